import type { Element } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';

/**
 * The trimmed text of the table's first header cell. Markdown tables always open with their
 * header row, so the first `th` in document order is the first column's header. Children are
 * read lazily from Rust, so the search stops as soon as it finds one.
 */
function firstHeaderText(node: Element, ctx: HastVisitorContext): string | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'th') return ctx.textContent(child).trim();
    const found = firstHeaderText(child, ctx);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Wraps each table in a focusable, labelled scroll region: on a 360 px phone a wide table
 * scrolls sideways inside the page instead of widening it, and keyboard users can scroll it.
 *
 * A Sätteri hast plugin factory: it runs once per document, so numbering restarts on each page.
 * Only `table` elements cross from Rust to JavaScript. Tables here are Markdown tables, which
 * cannot nest; a table written as JSX in MDX is left as its author wrote it.
 */
export function scrollableTables(): HastPluginDefinition {
  let count = 0;
  return {
    name: 'scrollable-tables',
    element: {
      filter: ['table'],
      visit(table, ctx) {
        count += 1;
        const header = firstHeaderText(table, ctx);
        ctx.wrapNode(table, {
          type: 'element',
          tagName: 'div',
          properties: {
            className: ['table-scroll'],
            role: 'region',
            tabIndex: 0,
            ariaLabel: header ? `Table ${count}: ${header}` : `Table ${count}`,
          },
          children: [],
        });
      },
    },
  };
}
