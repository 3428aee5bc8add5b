/** The small slice of the HTML syntax tree (hast) that our rehype plugins touch. */
export interface HastText {
  type: 'text';
  value: string;
}
export interface HastElement {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: HastNode[];
}
export interface HastParent {
  type: string;
  children: HastNode[];
}
export type HastNode = HastText | HastElement | { type: string; children?: HastNode[]; value?: unknown };

export function isElement(node: HastNode): node is HastElement {
  return node.type === 'element';
}

export function childrenOf(node: HastNode): HastNode[] {
  return 'children' in node && Array.isArray(node.children) ? node.children : [];
}

export function textContent(node: HastNode): string {
  if (node.type === 'text') return String((node as HastText).value);
  return childrenOf(node).map(textContent).join('');
}
