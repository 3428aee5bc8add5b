import { Component, h, hydrate, type ComponentChildren, type ComponentType } from 'preact';

/**
 * Brings a server-rendered Preact component to life without Astro's island runtime.
 *
 * Astro's `client:*` directives add an inline custom-element bootstrap and a renderer chunk
 * (about 2.6 KB gzip) to every page with an island. The tool pages have a 15 KB budget, so a
 * tool page renders the component at build time inside `<div data-island="name"
 * data-props="{json}">` (see AssessmentPage.astro), keeps slots it shows only later in
 * `<template data-slot-of="name" data-slot="slot">`, and calls this from a page script, which
 * hydrates with the same props: all that bootstrap did for us.
 *
 * Slots are wrapped in <tool-slot name="..."> on the server (Astro strips its own wrapper from
 * components it does not hydrate), so the client can find them and hydrate the same element.
 */

interface SlotProps {
  name: string;
  html: string;
}

/** Markup Astro built for a slot; Preact keeps it as it is and never diffs inside it. */
class StaticSlot extends Component<SlotProps> {
  override shouldComponentUpdate() {
    return false;
  }
  override render({ name, html }: SlotProps) {
    return h('tool-slot', { name, dangerouslySetInnerHTML: { __html: html } });
  }
}

const slot = (name: string, html: string) => h(StaticSlot, { name, html });

export function hydrateIsland<P>(name: string, component: ComponentType<P>): void {
  const root = document.querySelector<HTMLElement>(`[data-island="${name}"]`);
  if (!root) return;
  const slots: Record<string, ComponentChildren> = {};
  // Slots the server rendered in place, and slots it kept in templates because the
  // component shows them only later (a result, say).
  for (const element of root.querySelectorAll('tool-slot[name]')) {
    if (element.parentElement!.closest('tool-slot')) continue;
    const slotName = element.getAttribute('name')!;
    slots[slotName] = slot(slotName, element.innerHTML);
  }
  for (const template of document.querySelectorAll<HTMLTemplateElement>(`template[data-slot-of="${name}"]`)) {
    slots[template.dataset.slot!] = slot(template.dataset.slot!, template.innerHTML);
  }
  const props = JSON.parse(root.dataset.props ?? '{}') as P;
  hydrate(h(component as ComponentType<object>, { ...props, ...slots }), root);
}
