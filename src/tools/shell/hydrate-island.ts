import { h, hydrate, type ComponentType } from 'preact';

/**
 * Brings a tool to life without Astro's island runtime: the page rendered the component at build
 * time inside ToolIsland.astro with its props as JSON, and this hydrates that same element with
 * the same props, which is all the runtime's bootstrap did for us (see
 * docs/decisions/0001-island-hydration.md for the bytes it saves).
 */
export function hydrateIsland<P>(name: string, component: ComponentType<P>): void {
  const root = document.querySelector<HTMLElement>(`[data-island="${name}"]`);
  if (!root) return;
  const props = JSON.parse(root.dataset['props'] ?? '{}') as P;
  hydrate(h(component as ComponentType<object>, props as object), root);
}

/**
 * Preact leaves an element's server-rendered children alone when it hydrates one with
 * `dangerouslySetInnerHTML`: a part of a tool whose code is not live yet keeps its markup (a
 * planner card until its turn, the print appendix, the estimate's details until they load).
 */
export const KEEP_SERVER_HTML = { __html: '' };
