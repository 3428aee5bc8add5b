import { describe, expect, it } from 'vitest';
import type { Element, Root, RootContent } from 'hast';
import { elementsOf, renderMarkdown, renderMdx } from '../../support/satteri-render';
import glossary from '../../../src/content/glossary.json' with { type: 'json' };
import { createGlossaryMatcher, type GlossaryTermForms } from '../../../src/lib/content/glossary-matcher';
import { glossaryLinks } from '../../../src/lib/content/glossary-links';

type Node = Root | RootContent;

function textContent(node: Node): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textContent).join('') : '';
}

function links(node: Node): Element[] {
  const found: Element[] = [];
  const visit = (n: Node) => {
    if (n.type === 'element' && n.tagName === 'a') found.push(n);
    if ('children' in n) n.children.forEach(visit);
  };
  visit(node);
  return found;
}
const classesOf = (a: Element) => {
  const value = a.properties['className'] ?? a.properties['class'];
  return Array.isArray(value) ? value.map(String) : String(value ?? '').split(' ');
};
const linksOf = (tree: Node) => links(tree).filter((a) => classesOf(a).includes('glossary-link'));
const linkedTexts = (tree: Node) => linksOf(tree).map((a) => textContent(a));
const hrefs = (tree: Node) => linksOf(tree).map((a) => a.properties['href']);
const children = elementsOf;

const TERMS: GlossaryTermForms[] = [
  { id: 'msp', term: 'MSP', aliases: ['MSPs', 'managed service provider'] },
  { id: 'provider', term: 'provider' },
  { id: 'tier-1', term: 'tier-1' },
  { id: 'sla', term: 'SLA' },
  { id: 'patch-ring', term: 'patch ring', aliases: ['patch rings'] },
];

// ---- matcher --------------------------------------------------------------------------
describe('createGlossaryMatcher', () => {
  const find = createGlossaryMatcher(TERMS);
  const none = new Set<string>();

  it('returns the id and exact offsets of the first whole-word match', () => {
    const sentence = 'Ask your MSP today.';
    expect(find(sentence, none)).toEqual({ id: 'msp', start: 9, end: 12 });
  });

  it('does not find a term inside a longer word', () => {
    expect(find('The MSPX team and SLAs', none)).toBeNull();
    expect(find('tier-10 support', none)).toBeNull();
    expect(find('pre-tier-1 desk', none)).toBeNull();
    expect(find('providers only', none)).toBeNull();
  });

  it('finds a plural only when it is listed as an alias', () => {
    expect(find('Two MSPs agreed', none)).toEqual({ id: 'msp', start: 4, end: 8 });
    expect(find('Two SLAs agreed', none)).toBeNull();
  });

  it('is case-sensitive', () => {
    expect(find('our msp and Sla', none)).toBeNull();
    expect(find('Tier-1 desk', none)).toBeNull();
  });

  it('prefers the longest form at a position', () => {
    const match = find('a managed service provider helps', none);
    expect(match).toEqual({ id: 'msp', start: 2, end: 26 });
  });

  it('skips ids already linked and moves on to a later term', () => {
    expect(find('the MSP and the SLA', new Set(['msp']))).toEqual({ id: 'sla', start: 16, end: 19 });
  });

  it('lets a shorter overlapping form match when the longer one is skipped', () => {
    // "managed service provider" belongs to msp; with msp done, "provider" may still be found.
    const match = find('a managed service provider helps', new Set(['msp']));
    expect(match).toEqual({ id: 'provider', start: 18, end: 26 });
  });

  it('falls back to a shorter form at the same start when the longer form is not a whole word', () => {
    // "PCI DSS-compliant": "PCI DSS" runs into "-compliant", but "PCI" is a whole word.
    const pci = createGlossaryMatcher([{ id: 'pci-dss', term: 'PCI DSS', aliases: ['PCI'] }]);
    expect(pci('PCI DSS-compliant shops', new Set())).toEqual({ id: 'pci-dss', start: 0, end: 3 });
  });

  it('treats regular-expression characters in terms literally', () => {
    const special = createGlossaryMatcher([
      { id: 'cpp', term: 'C++' },
      { id: 'dot', term: 'a.b' },
    ]);
    expect(special('write C++ code', new Set())).toEqual({ id: 'cpp', start: 6, end: 9 });
    expect(special('axb', new Set())).toBeNull();
  });

  it('returns null for an empty glossary', () => {
    expect(createGlossaryMatcher([])('MSP', none)).toBeNull();
  });

  it('gives the same answer when called repeatedly (no leaked regex state)', () => {
    expect(find('x SLA y', none)).toEqual(find('x SLA y', none));
    expect(find('SLA', none)).toEqual({ id: 'sla', start: 0, end: 3 });
  });
});

// ---- hast plugin (through Sätteri, Astro's Markdown processor) ----------------------------
const plugin = (terms: readonly GlossaryTermForms[] = TERMS) =>
  glossaryLinks({ terms, glossaryPath: '/glossary/', linkTitle: 'Glossary: {term}' });
const run = (markdown: string, terms?: readonly GlossaryTermForms[]) => renderMarkdown(markdown, [plugin(terms)]);

describe('glossaryLinks', () => {
  it('links only the first use of each term per page, across paragraphs', async () => {
    const tree = await run('Our MSP and the SLA.\n\nThe MSP breached the SLA. MSPs vary.');
    expect(linkedTexts(tree)).toEqual(['MSP', 'SLA']);
    expect(linksOf(children(tree)[0]!)).toHaveLength(2);
  });

  it('links a term again on the next page (state is per document)', async () => {
    const shared = plugin();
    const a = await renderMarkdown('MSP', [shared]);
    const b = await renderMarkdown('MSP', [shared]);
    expect(linkedTexts(a)).toEqual(['MSP']);
    expect(linkedTexts(b)).toEqual(['MSP']);
  });

  it('builds the link with the glossary href, class and the canonical term as title', async () => {
    const [link] = linksOf(await run('Two MSPs.'));
    expect(link).toEqual({
      type: 'element',
      tagName: 'a',
      properties: { href: '/glossary/#msp', className: ['glossary-link'], title: 'Glossary: MSP' },
      children: [{ type: 'text', value: 'MSPs' }],
    });
  });

  it('preserves the surrounding text exactly', async () => {
    const sentence = 'Your MSP (not the provider) signs the SLA; tier-1 stays in-house.';
    const [paragraph] = children(await run(sentence));
    expect(textContent(paragraph!)).toBe(sentence);
    expect(linkedTexts(paragraph!)).toEqual(['MSP', 'provider', 'SLA', 'tier-1']);
    expect(paragraph!.children.map((c) => c.type)).toEqual([
      'text',
      'element',
      'text',
      'element',
      'text',
      'element',
      'text',
      'element',
      'text',
    ]);
  });

  it('does not create empty text nodes when a term starts or ends the text', async () => {
    const [paragraph] = children(await run('MSP'));
    expect(paragraph!.children).toHaveLength(1);
    expect(linkedTexts(paragraph!)).toEqual(['MSP']);
  });

  it('matches whole words only', async () => {
    expect(linksOf(await run('Five MSPX firms, a tier-10 desk, SLAs and providers.'))).toEqual([]);
  });

  it('links "tier-1" but not the "tier-1" inside "tier-10"', async () => {
    const tree = await run('A tier-10 queue feeds the tier-1 desk.');
    expect(linkedTexts(tree)).toEqual(['tier-1']);
    expect(children(tree)[0]!.children[0]).toEqual({ type: 'text', value: 'A tier-10 queue feeds the ' });
  });

  it('is case-sensitive', async () => {
    expect(linksOf(await run('an msp with an sla'))).toEqual([]);
  });

  it('links the longest form: "managed service provider" over "provider"', async () => {
    const tree = await run('Pick a managed service provider.');
    expect(linkedTexts(tree)).toEqual(['managed service provider']);
    expect(hrefs(tree)).toEqual(['/glossary/#msp']);
  });

  it('never links inside links, headings, inline code or code blocks, and still links later prose', async () => {
    const skipped = [
      '[MSP SLA](/elsewhere/)',
      ...[1, 2, 3, 4, 5, 6].map((depth) => `${'#'.repeat(depth)} MSP SLA`),
      '`MSP SLA`',
      '```\nMSP SLA\n```',
    ];
    const tree = await run([...skipped, 'Then the MSP.'].join('\n\n'));
    expect(linkedTexts(tree)).toEqual(['MSP']);
    expect(hrefs(tree)).toEqual(['/glossary/#msp']);
    expect(textContent(tree)).toContain('MSP SLA\n');
  });

  it('does not look inside skipped elements even when nested deeper', async () => {
    const tree = await run('[**MSP** and *the SLA*](/x/)\n\n> ## A quoted MSP heading');
    expect(linksOf(tree)).toEqual([]);
  });

  it('links inside inline formatting such as strong and em', async () => {
    expect(linkedTexts(await run('See **the *SLA*** now.'))).toEqual(['SLA']);
  });

  it('descends into MDX JSX elements, but not into JSX links or headings', async () => {
    const tree = await renderMdx(
      '<a href="/x/">The MSP</a>\n\n<h2>Our SLA</h2>\n\n<div>\n\nThe MSP and the SLA.\n\n</div>',
      [plugin()],
    );
    expect(linkedTexts(tree)).toEqual(['MSP', 'SLA']);
    const [, , div] = children(tree);
    expect(linksOf(div!)).toHaveLength(2);
    expect(linksOf(div!)[0]!.properties).toEqual({
      href: '/glossary/#msp',
      class: 'glossary-link',
      title: 'Glossary: MSP',
    });
  });

  it('keeps the whole text unchanged with the real glossary', async () => {
    const markdown =
      '## Who is the MSP?\n\nA managed service provider runs RMM and PSA tools; the MSP signs an SLA.\n\n- Patch rings and a runbook for endpoints.';
    const before = textContent(await renderMarkdown(markdown));
    expect(textContent(await run(markdown, glossary))).toBe(before);
  });

  it('links real glossary terms in a paragraph to /glossary/#<id>', async () => {
    const tree = await run(
      '## Choosing an MSP\n\nUnder co-managed IT, the MSP runs the RMM and PSA tools, agrees an SLA in the SOW and owns tier-1 tickets. The MSP also keeps a runbook.',
      glossary,
    );
    expect(hrefs(tree)).toEqual([
      '/glossary/#co-managed-it',
      '/glossary/#msp',
      '/glossary/#rmm',
      '/glossary/#psa',
      '/glossary/#sla',
      '/glossary/#sow',
      '/glossary/#tier-1',
      '/glossary/#runbook',
    ]);
    expect(linksOf(children(tree)[0]!)).toEqual([]);
    for (const href of hrefs(tree)) {
      const id = String(href).split('#')[1];
      expect(glossary.some((entry) => entry.id === id)).toBe(true);
    }
  });

  it('every real glossary term and alias links to its own entry', async () => {
    for (const entry of glossary) {
      for (const form of [entry.term, ...(entry.aliases ?? [])]) {
        const tree = await run(`About ${form} here.`, glossary);
        expect({ form, hrefs: hrefs(tree) }).toEqual({ form, hrefs: [`/glossary/#${entry.id}`] });
      }
    }
  });
});
