import { createGlossaryMatcher, type GlossaryTermForms } from './glossary-matcher';
import { childrenOf, isElement, type HastElement, type HastNode, type HastParent, type HastText } from './hast';

export interface GlossaryLinkOptions {
  terms: readonly GlossaryTermForms[];
  glossaryPath: string;
}

// Linking inside these would nest links or clutter headings and code samples.
const SKIPPED_TAGS = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'script', 'style']);

/** Links the first use of each glossary term on a page to its entry on the glossary page. */
export function rehypeGlossaryLinks(options: GlossaryLinkOptions) {
  const findFirstTerm = createGlossaryMatcher(options.terms);
  const termTitles = new Map(options.terms.map((t) => [t.id, t.term]));

  return (tree: HastParent) => {
    const linked = new Set<string>();

    const linkTextNode = (node: HastText): HastNode[] => {
      const out: HastNode[] = [];
      let rest = node.value;
      for (let match = findFirstTerm(rest, linked); match; match = findFirstTerm(rest, linked)) {
        linked.add(match.id);
        if (match.start > 0) out.push({ type: 'text', value: rest.slice(0, match.start) });
        const link: HastElement = {
          type: 'element',
          tagName: 'a',
          properties: {
            href: `${options.glossaryPath}#${match.id}`,
            className: ['glossary-link'],
            title: `Glossary: ${termTitles.get(match.id) ?? match.id}`,
          },
          children: [{ type: 'text', value: rest.slice(match.start, match.end) }],
        };
        out.push(link);
        rest = rest.slice(match.end);
      }
      if (rest) out.push({ type: 'text', value: rest });
      return out;
    };

    const walk = (parent: HastParent) => {
      parent.children = parent.children.flatMap((child) => {
        if (child.type === 'text') return linkTextNode(child as HastText);
        if (isElement(child)) {
          if (!SKIPPED_TAGS.has(child.tagName)) walk(child);
        } else if (childrenOf(child).length > 0) {
          walk(child as HastParent);
        }
        return [child];
      });
    };
    walk(tree);
  };
}
