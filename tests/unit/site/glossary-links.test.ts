import { describe, expect, it } from 'vitest';
import { el, root } from '../../support/hast-builders';
import glossary from '../../../src/content/glossary.json' with { type: 'json' };
import { createGlossaryMatcher, type GlossaryTermForms } from '../../../src/lib/content/glossary-matcher';
import { rehypeGlossaryLinks } from '../../../src/lib/content/rehype-glossary-links';
import { textContent, type HastElement, type HastNode, type HastParent } from '../../../src/lib/content/hast';

function links(node: HastNode): HastElement[] {
  const found: HastElement[] = [];
  const visit = (n: HastNode) => {
    if (n.type === 'element' && (n as HastElement).tagName === 'a') found.push(n as HastElement);
    if ('children' in n && Array.isArray(n.children)) n.children.forEach(visit);
  };
  visit(node);
  return found;
}
const glossaryLinks = (tree: HastNode) =>
  links(tree).filter((a) => (a.properties['className'] as string[] | undefined)?.includes('glossary-link'));
const linkedTexts = (tree: HastNode) => glossaryLinks(tree).map((a) => textContent(a));
const hrefs = (tree: HastNode) => glossaryLinks(tree).map((a) => a.properties['href']);

const TERMS: GlossaryTermForms[] = [
  { id: 'msp', term: 'MSP', aliases: ['MSPs', 'managed service provider'] },
  { id: 'provider', term: 'provider' },
  { id: 'tier-1', term: 'tier-1' },
  { id: 'sla', term: 'SLA' },
  { id: 'patch-ring', term: 'patch ring', aliases: ['patch rings'] },
];

function run(tree: HastParent, terms: readonly GlossaryTermForms[] = TERMS): HastParent {
  rehypeGlossaryLinks({ terms, glossaryPath: '/glossary/' })(tree);
  return tree;
}

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

// ---- rehype plugin ------------------------------------------------------------------
describe('rehypeGlossaryLinks', () => {
  it('links only the first use of each term per tree, across paragraphs', () => {
    const tree = run(root(el('p', 'Our MSP and the SLA.'), el('p', 'The MSP breached the SLA. MSPs vary.')));
    expect(linkedTexts(tree)).toEqual(['MSP', 'SLA']);
    const [first] = tree.children as HastElement[];
    expect(glossaryLinks(first!)).toHaveLength(2);
  });

  it('links a term again in a new tree (state is per page)', () => {
    const plugin = rehypeGlossaryLinks({ terms: TERMS, glossaryPath: '/glossary/' });
    const a = root(el('p', 'MSP'));
    const b = root(el('p', 'MSP'));
    plugin(a);
    plugin(b);
    expect(linkedTexts(a)).toEqual(['MSP']);
    expect(linkedTexts(b)).toEqual(['MSP']);
  });

  it('builds the link with the glossary href, class and the canonical term as title', () => {
    const tree = run(root(el('p', 'Two MSPs.')));
    const [link] = glossaryLinks(tree);
    expect(link).toEqual({
      type: 'element',
      tagName: 'a',
      properties: { href: '/glossary/#msp', className: ['glossary-link'], title: 'Glossary: MSP' },
      children: [{ type: 'text', value: 'MSPs' }],
    });
  });

  it('preserves the surrounding text exactly', () => {
    const sentence = '  Your MSP (not the provider) signs the SLA; tier-1 stays in-house.  ';
    const paragraph = el('p', sentence);
    run(root(paragraph));
    expect(textContent(paragraph)).toBe(sentence);
    expect(linkedTexts(paragraph)).toEqual(['MSP', 'provider', 'SLA', 'tier-1']);
    expect(paragraph.children.map((c) => c.type)).toEqual([
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

  it('does not create empty text nodes when a term starts or ends the text', () => {
    const paragraph = el('p', 'MSP');
    run(root(paragraph));
    expect(paragraph.children).toHaveLength(1);
    expect(linkedTexts(paragraph)).toEqual(['MSP']);
  });

  it('matches whole words only', () => {
    const tree = run(root(el('p', 'Five MSPX firms, a tier-10 desk, SLAs and providers.')));
    expect(glossaryLinks(tree)).toEqual([]);
  });

  it('links "tier-1" but not the "tier-1" inside "tier-10"', () => {
    const tree = run(root(el('p', 'A tier-10 queue feeds the tier-1 desk.')));
    expect(linkedTexts(tree)).toEqual(['tier-1']);
    const paragraph = tree.children[0] as HastElement;
    expect((paragraph.children[0] as { value: string }).value).toBe('A tier-10 queue feeds the ');
  });

  it('is case-sensitive', () => {
    const tree = run(root(el('p', 'an msp with an sla')));
    expect(glossaryLinks(tree)).toEqual([]);
  });

  it('links the longest form: "managed service provider" over "provider"', () => {
    const tree = run(root(el('p', 'Pick a managed service provider.')));
    expect(linkedTexts(tree)).toEqual(['managed service provider']);
    expect(hrefs(tree)).toEqual(['/glossary/#msp']);
  });

  it('never links inside a, h1-h6, code or pre, and still links later prose', () => {
    const skipped = ['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre'].map((tag) => el(tag, 'MSP SLA'));
    const tree = run(root(...skipped, el('p', 'Then the MSP.')));
    for (const node of skipped) {
      expect(node.children).toEqual([{ type: 'text', value: 'MSP SLA' }]);
    }
    expect(linkedTexts(tree)).toEqual(['MSP']);
    expect(hrefs(tree)).toEqual(['/glossary/#msp']);
  });

  it('does not look inside skipped elements even when nested deeper', () => {
    const code = el('code', 'SLA');
    const tree = run(root(el('pre', code), el('p', el('a', el('strong', 'MSP')))));
    expect(glossaryLinks(tree)).toEqual([]);
    expect(code.children).toEqual([{ type: 'text', value: 'SLA' }]);
  });

  it('links inside inline formatting such as strong and em', () => {
    const tree = run(root(el('p', 'See ', el('strong', 'the ', el('em', 'SLA')), ' now.')));
    expect(linkedTexts(tree)).toEqual(['SLA']);
  });

  it('descends into non-element parents (e.g. MDX JSX elements)', () => {
    const jsx: HastNode = { type: 'mdxJsxFlowElement', children: [el('p', 'The MSP.')] };
    const tree = run(root(jsx));
    expect(linkedTexts(tree)).toEqual(['MSP']);
  });

  it('keeps the whole tree text unchanged with the real glossary', () => {
    const tree = root(
      el('h2', 'Who is the MSP?'),
      el('p', 'A managed service provider runs RMM and PSA tools; the MSP signs an SLA.'),
      el('ul', el('li', 'Patch rings and a runbook for endpoints.')),
    );
    const before = textContent(tree);
    run(tree, glossary);
    expect(textContent(tree)).toBe(before);
  });

  it('links real glossary terms in a paragraph to /glossary/#<id>', () => {
    const tree = run(
      root(
        el('h2', 'Choosing an MSP'),
        el(
          'p',
          'Under co-managed IT, the MSP runs the RMM and PSA tools, agrees an SLA in the SOW and owns tier-1 tickets. The MSP also keeps a runbook.',
        ),
      ),
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
    const heading = tree.children[0] as HastElement;
    expect(glossaryLinks(heading)).toEqual([]);
    for (const href of hrefs(tree)) {
      const id = String(href).split('#')[1];
      expect(glossary.some((entry) => entry.id === id)).toBe(true);
    }
  });

  it('every real glossary term and alias links to its own entry', () => {
    for (const entry of glossary) {
      for (const form of [entry.term, ...(entry.aliases ?? [])]) {
        const tree = run(root(el('p', `About ${form} here.`)), glossary);
        expect({ form, hrefs: hrefs(tree) }).toEqual({ form, hrefs: [`/glossary/#${entry.id}`] });
      }
    }
  });
});
