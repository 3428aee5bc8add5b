import { isElement, textContent, type HastElement, type HastNode, type HastParent } from './hast';

function firstHeaderText(table: HastElement): string {
  const stack: HastNode[] = [...table.children];
  while (stack.length) {
    const node = stack.shift()!;
    if (isElement(node) && node.tagName === 'th') return textContent(node).trim();
    if ('children' in node && Array.isArray(node.children)) stack.push(...node.children);
  }
  return '';
}

/**
 * Wraps each table in a focusable, labelled scroll region: on a 360 px phone a wide table
 * scrolls sideways inside the page instead of widening it, and keyboard users can scroll it.
 */
export function rehypeScrollableTables() {
  return (tree: HastParent) => {
    let count = 0;
    const walk = (parent: HastParent) => {
      parent.children = parent.children.map((child) => {
        if (!isElement(child)) return child;
        if (child.tagName !== 'table') {
          walk(child);
          return child;
        }
        count += 1;
        const header = firstHeaderText(child);
        return {
          type: 'element',
          tagName: 'div',
          properties: {
            className: ['table-scroll'],
            role: 'region',
            tabIndex: 0,
            ariaLabel: header ? `Table ${count}: ${header}` : `Table ${count}`,
          },
          children: [child],
        } satisfies HastElement;
      });
    };
    walk(tree);
  };
}
