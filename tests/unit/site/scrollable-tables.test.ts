import { describe, expect, it } from 'vitest';
import { el, root, text } from '../../support/hast-builders';
import { rehypeScrollableTables } from '../../../src/lib/content/rehype-scrollable-tables';
import type { HastElement, HastNode, HastParent } from '../../../src/lib/content/hast';

function table(headers: string[], rows: string[][]): HastElement {
  return el(
    'table',
    text('\n'),
    el('thead', el('tr', ...headers.map((h) => el('th', h)))),
    el('tbody', ...rows.map((row) => el('tr', ...row.map((cell) => el('td', cell))))),
  );
}

function run(tree: HastParent): HastParent {
  rehypeScrollableTables()(tree);
  return tree;
}

describe('rehypeScrollableTables', () => {
  it('wraps a table in a focusable labelled scroll region', () => {
    const original = table(['Model', 'Price'], [['Per user', '$50']]);
    const snapshot = structuredClone(original);
    const tree = run(root(original));
    expect(tree.children).toHaveLength(1);
    expect(tree.children[0]).toEqual({
      type: 'element',
      tagName: 'div',
      properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: 'Table 1: Model' },
      children: [snapshot],
    });
  });

  it('keeps the very same table node inside the wrapper, content unchanged', () => {
    const original = table(['Question', 'In-house'], [['Who works tickets', 'Staff']]);
    const snapshot = structuredClone(original);
    const tree = run(root(original));
    const wrapper = tree.children[0] as HastElement;
    expect(wrapper.children[0]).toBe(original);
    expect(original).toEqual(snapshot);
  });

  it('numbers tables in document order, including nested ones', () => {
    const tree = run(
      root(
        table(['First'], []),
        el('p', 'between'),
        el('section', el('div', table(['Second'], []))),
        table(['Third'], []),
      ),
    );
    const labels: string[] = [];
    const visit = (node: HastNode) => {
      if (node.type === 'element' && (node as HastElement).tagName === 'div') {
        const label = (node as HastElement).properties['ariaLabel'];
        if (typeof label === 'string') labels.push(label);
      }
      if ('children' in node && Array.isArray(node.children)) node.children.forEach(visit);
    };
    visit(tree);
    expect(labels).toEqual(['Table 1: First', 'Table 2: Second', 'Table 3: Third']);
    expect((tree.children[1] as HastElement).tagName).toBe('p');
  });

  it('restarts numbering for each tree (page)', () => {
    const plugin = rehypeScrollableTables();
    const a = root(table(['A'], []));
    const b = root(table(['B'], []));
    plugin(a);
    plugin(b);
    expect((b.children[0] as HastElement).properties['ariaLabel']).toBe('Table 1: B');
  });

  it('labels with the trimmed text of the first header, including inline markup', () => {
    const t = el('table', el('thead', el('tr', el('th', '  ', el('strong', 'Cost'), ' shape '), el('th', 'Other'))));
    const tree = run(root(t));
    expect((tree.children[0] as HastElement).properties['ariaLabel']).toBe('Table 1: Cost shape');
  });

  it('labels with the column header, not a row header in the body', () => {
    const t = el(
      'table',
      el('thead', el('tr', el('th', 'Question'), el('th', 'In-house'))),
      el('tbody', el('tr', el('th', 'Who works tickets'), el('td', 'Staff'))),
    );
    const tree = run(root(t));
    expect((tree.children[0] as HastElement).properties['ariaLabel']).toBe('Table 1: Question');
  });

  it('falls back to "Table N" when the table has no header cell', () => {
    const tree = run(root(el('table', el('tbody', el('tr', el('td', 'only data'))))));
    expect((tree.children[0] as HastElement).properties['ariaLabel']).toBe('Table 1');
  });

  it('leaves a tree without tables untouched', () => {
    const tree = root(el('p', 'Hello ', el('em', 'world')), text('\n'));
    const before = structuredClone(tree);
    run(tree);
    expect(tree).toEqual(before);
  });
});
