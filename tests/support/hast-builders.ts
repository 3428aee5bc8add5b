import type { HastElement, HastNode, HastParent } from '../../src/lib/content/hast';

/** Tiny hast trees for the rehype plugin tests: el('p', 'text', el('em', 'more')). */
export const text = (value: string): HastNode => ({ type: 'text', value });

export const el = (tagName: string, ...children: (HastNode | string)[]): HastElement => ({
  type: 'element',
  tagName,
  properties: {},
  children: children.map((c) => (typeof c === 'string' ? text(c) : c)),
});

export const root = (...children: HastNode[]): HastParent => ({ type: 'root', children });
