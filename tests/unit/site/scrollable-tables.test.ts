import { describe, expect, it } from 'vitest';
import type { Element, Root, RootContent } from 'hast';
import { elementsOf, renderMarkdown, renderMdx } from '../../support/satteri-render';
import { scrollableTables } from '../../../src/lib/content/scrollable-tables';

type Node = Root | RootContent;
const elements = elementsOf;
const run = (markdown: string) => renderMarkdown(markdown, [scrollableTables]);

function table(headers: string[], rows: string[][] = [['x']]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

function wrappers(tree: Node): Element[] {
  const found: Element[] = [];
  const visit = (n: Node) => {
    if (n.type === 'element' && n.tagName === 'div' && n.properties['role'] === 'region') found.push(n);
    if ('children' in n) n.children.forEach(visit);
  };
  visit(tree);
  return found;
}
const labels = (tree: Node) => wrappers(tree).map((w) => w.properties['ariaLabel']);

describe('scrollableTables', () => {
  it('wraps a table in a focusable labelled scroll region', async () => {
    const tree = await run(table(['Model', 'Price'], [['Per user', '$50']]));
    const [wrapper, ...rest] = elements(tree);
    expect(rest).toEqual([]);
    expect(wrapper!.tagName).toBe('div');
    expect(wrapper!.properties).toEqual({
      className: ['table-scroll'],
      role: 'region',
      tabIndex: 0,
      ariaLabel: 'Table 1: Model',
    });
    expect(elements(wrapper!).map((e) => e.tagName)).toEqual(['table']);
  });

  it('keeps the table itself unchanged inside the wrapper', async () => {
    const markdown = table(['Question', 'In-house'], [['Who works tickets', 'Staff']]);
    const [plain] = elements(await renderMarkdown(markdown));
    const [wrapper] = elements(await run(markdown));
    expect(elements(wrapper!)[0]).toEqual(plain);
  });

  it('numbers tables in document order, including nested ones', async () => {
    const tree = await run(
      [table(['First']), 'between', `> ${table(['Second']).replaceAll('\n', '\n> ')}`, table(['Third'])].join('\n\n'),
    );
    expect(labels(tree)).toEqual(['Table 1: First', 'Table 2: Second', 'Table 3: Third']);
    expect(elements(tree)[1]!.tagName).toBe('p');
    expect(elements(tree)[2]!.tagName).toBe('blockquote');
  });

  it('restarts numbering on each page', async () => {
    await renderMarkdown(table(['A']), [scrollableTables]);
    expect(labels(await renderMarkdown(table(['B']), [scrollableTables]))).toEqual(['Table 1: B']);
  });

  it('labels with the text of the first header, inline markup included', async () => {
    expect(labels(await run(table(['**Cost** *shape*', 'Other'])))).toEqual(['Table 1: Cost shape']);
  });

  it('labels with the first column header, not a later one or a body cell', async () => {
    expect(labels(await run(table(['Question', 'In-house'], [['Who works tickets', 'Staff']])))).toEqual([
      'Table 1: Question',
    ]);
  });

  it('falls back to "Table N" when the first header cell is empty', async () => {
    expect(labels(await run(table(['', 'Other'])))).toEqual(['Table 1']);
  });

  it('leaves a page without tables untouched', async () => {
    const markdown = 'Hello *world*\n\n- a list\n\n## A heading';
    expect(await run(markdown)).toEqual(await renderMarkdown(markdown));
  });

  it('gives MDX pages the same wrapper, with HTML attribute names', async () => {
    const [wrapper] = elements(await renderMdx(table(['Model']), [scrollableTables]));
    expect(wrapper!.properties).toEqual({
      class: 'table-scroll',
      role: 'region',
      tabindex: '0',
      'aria-label': 'Table 1: Model',
    });
    expect(elements(wrapper!).map((e) => e.tagName)).toEqual(['table']);
  });
});
