import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { evaluate, markdownToHtml, type HastPluginList } from 'satteri';

/** Astro's Markdown features: GitHub-flavoured Markdown and smart punctuation. */
const FEATURES = { gfm: true, smartPunctuation: true } as const;

function withoutPositions<Node extends Root | RootContent>(node: Node): Node {
  delete node.position;
  if ('children' in node) for (const child of node.children) withoutPositions(child);
  return node;
}

/** The element children of a node (text between them skipped). */
export function elementsOf(node: Root | Element): Element[] {
  const found: Element[] = [];
  for (const child of node.children as RootContent[]) if (child.type === 'element') found.push(child);
  return found;
}

/** Markdown through Sätteri with the given hast plugins, read back as a hast tree (no positions). */
export async function renderMarkdown(markdown: string, hastPlugins: HastPluginList = []): Promise<Root> {
  const { html } = await markdownToHtml(markdown, { hastPlugins, features: FEATURES });
  return withoutPositions(fromHtml(html, { fragment: true }));
}

const FRAGMENT = Symbol('fragment');

/** A JSX runtime that builds hast, so compiled MDX can be inspected like the Markdown output. */
function jsx(type: unknown, props: unknown): Root | Element {
  const { children, ...properties } = props as Record<string, unknown>;
  const list = (Array.isArray(children) ? children : children === undefined ? [] : [children]) as unknown[];
  const content = list.flatMap((child): ElementContent[] => {
    if (typeof child === 'string') return [{ type: 'text', value: child }];
    if (child && typeof child === 'object' && (child as Root).type === 'root')
      return (child as Root).children as ElementContent[];
    return [child as ElementContent];
  });
  if (type === FRAGMENT) return { type: 'root', children: content };
  if (typeof type === 'function') return (type as (props: unknown) => Root | Element)(props);
  return { type: 'element', tagName: String(type), properties: properties as Element['properties'], children: content };
}

/**
 * MDX through Sätteri with the given hast plugins, as Astro compiles guide pages (HTML attribute
 * names), evaluated into a hast tree. Attributes keep their HTML names: `class`, `aria-label`.
 */
export async function renderMdx(mdx: string, hastPlugins: HastPluginList = []): Promise<Root> {
  const module = await evaluate(mdx, {
    Fragment: FRAGMENT,
    jsx,
    jsxs: jsx,
    hastPlugins,
    features: FEATURES,
    elementAttributeNameCase: 'html',
  });
  const Content = module['default'] as (props: object) => Root | Element;
  const tree = Content({});
  return tree.type === 'root' ? tree : { type: 'root', children: [tree] };
}
