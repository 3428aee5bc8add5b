import type { Element, ElementContent, Text } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { createGlossaryMatcher, type GlossaryTermForms } from './glossary-matcher';
import { fillTemplate } from '../text/template';

export interface GlossaryLinkOptions {
  terms: readonly GlossaryTermForms[];
  glossaryPath: string;
  /** A link's tooltip, with {term} (site-copy.json's glossaryLinkTitle). */
  linkTitle: string;
}

// Linking inside these would nest links or clutter headings and code samples.
const SKIPPED_TAGS = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'script', 'style']);

type Ancestor = NonNullable<ReturnType<HastVisitorContext['parent']>>;

/** An element, or an HTML element written as JSX in MDX (`<a href>`), that must not get links inside. */
function isSkipped(node: Ancestor): boolean {
  if (node.type === 'element') return SKIPPED_TAGS.has(node.tagName);
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return SKIPPED_TAGS.has(node.name ?? '');
  return false;
}

/**
 * Links the first use of each glossary term on a page to its entry on the glossary page.
 *
 * A Sätteri hast plugin (Astro's default Markdown processor, for .md and .mdx alike): the
 * returned factory runs once per document, so each page starts with no term linked. Only text
 * nodes cross from Rust to JavaScript; a node is looked at further only when the precompiled
 * matcher finds a term in it, and only then are its ancestors checked.
 */
export function glossaryLinks(options: GlossaryLinkOptions): () => HastPluginDefinition {
  const findFirstTerm = createGlossaryMatcher(options.terms);
  const termTitles = new Map(options.terms.map((t) => [t.id, t.term]));
  const termCount = termTitles.size;

  const link = (id: string, value: string): Element => ({
    type: 'element',
    tagName: 'a',
    properties: {
      href: `${options.glossaryPath}#${id}`,
      className: ['glossary-link'],
      title: fillTemplate(options.linkTitle, { term: termTitles.get(id) ?? id }),
    },
    children: [{ type: 'text', value }],
  });

  return () => {
    const linked = new Set<string>();
    // Within a pass Sätteri hands out one object per parent, so verdicts can be cached by identity.
    const skippedVerdicts = new Map<Ancestor, boolean>();

    const insideSkipped = (node: Text, ctx: HastVisitorContext): boolean => {
      const seen: Ancestor[] = [];
      let verdict = false;
      for (let parent: Ancestor | undefined = ctx.parent(node); parent; parent = ctx.parent(parent)) {
        const cached = skippedVerdicts.get(parent);
        if (cached !== undefined) {
          verdict = cached;
          break;
        }
        seen.push(parent);
        if (isSkipped(parent)) {
          verdict = true;
          break;
        }
      }
      for (const parent of seen) skippedVerdicts.set(parent, verdict);
      return verdict;
    };

    return {
      name: 'glossary-links',
      text(node, ctx) {
        if (linked.size === termCount) return;
        let match = findFirstTerm(node.value, linked);
        if (!match || insideSkipped(node, ctx)) return;
        const out: ElementContent[] = [];
        let rest = node.value;
        for (; match; match = findFirstTerm(rest, linked)) {
          linked.add(match.id);
          if (match.start > 0) out.push({ type: 'text', value: rest.slice(0, match.start) });
          out.push(link(match.id, rest.slice(match.start, match.end)));
          rest = rest.slice(match.end);
        }
        if (rest) out.push({ type: 'text', value: rest });
        ctx.replaceNode(node, out);
      },
    };
  };
}
