import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/**
 * Finds links whose text runs into a neighbouring word, such as `and<a>the comparison</a>` or
 * `<a>link</a>s`, or starts right after a full stop or comma with no space (`ones.<a>Link help</a>`). Astro's `compressHTML: 'jsx'` drops the whitespace between a line of text and
 * a tag on the next line, so markup that looks spaced in the source can render as "and thecomparison".
 *
 * The page is parsed with a real HTML parser (hast-util-from-html, on parse5) and flattened into
 * the text a reader sees: phrasing elements (em, strong, span…) run on, every other element starts
 * and ends a block, and scripts, styles and templates add nothing.
 */

/** Elements that flow inside a line of text; everything else starts a new block. */
const PHRASING = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]);
/** Elements whose content a reader never sees as text. */
const SILENT = new Set([
  'head',
  'script',
  'style',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'select',
  'textarea',
]);

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SENTENCE_END = /[.,;:!?]/;
const BLOCK_BREAK = '\n';

export interface JoinedLink {
  /** The link's text as a reader sees it. */
  text: string;
  href: string;
  /** Which side touches a letter or digit. */
  side: 'before' | 'after' | 'both';
  /** The surrounding text with the link marked: `…and[[the comparison]] page…`. */
  snippet: string;
}

interface LinkSpan {
  element: Element;
  start: number;
  end: number;
}

function flatten(tree: Root): { flat: string; links: LinkSpan[] } {
  let flat = '';
  const links: LinkSpan[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'text') {
      flat += node.value;
      return;
    }
    if (node.type === 'root') {
      node.children.forEach(visit);
      return;
    }
    if (node.type !== 'element') return;
    const tag = node.tagName;
    if (SILENT.has(tag)) {
      flat += BLOCK_BREAK;
      return;
    }
    if (tag === 'noscript') {
      // Parsed with scripting on, noscript holds raw markup: read it as the page would without JavaScript.
      const raw = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
      flat += BLOCK_BREAK;
      if (raw.includes('<')) visit(fromHtml(raw, { fragment: true }));
      else node.children.forEach(visit);
      flat += BLOCK_BREAK;
      return;
    }
    const inline = PHRASING.has(tag);
    if (!inline) flat += BLOCK_BREAK;
    const start = flat.length;
    node.children.forEach(visit);
    if (tag === 'a') links.push({ element: node, start, end: flat.length });
    if (!inline) flat += BLOCK_BREAK;
  };
  visit(tree);
  return { flat, links };
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

/** Every link in the page whose text touches a letter or digit just outside it. */
export function findJoinedLinks(html: string): JoinedLink[] {
  const { flat, links } = flatten(fromHtml(html));
  const found: JoinedLink[] = [];
  for (const { element, start, end } of links) {
    const text = flat.slice(start, end);
    if (!text.trim()) continue;
    const outsideBefore = start > 0 ? flat[start - 1]! : ' ';
    const outsideAfter = end < flat.length ? flat[end]! : ' ';
    // A word, or the end of a sentence or clause ("ones.Link help"), right against the link's first character.
    const before =
      (WORD_CHAR.test(outsideBefore) && !/^\s/.test(text)) ||
      (SENTENCE_END.test(outsideBefore) && WORD_CHAR.test(text[0]!));
    const after = WORD_CHAR.test(outsideAfter) && !/\s$/.test(text);
    if (!before && !after) continue;
    const lead = oneLine(flat.slice(Math.max(0, start - 30), start)).trimStart();
    const tail = oneLine(flat.slice(end, end + 30)).trimEnd();
    found.push({
      text: oneLine(text),
      href: String(element.properties.href ?? ''),
      side: before && after ? 'both' : before ? 'before' : 'after',
      snippet: `…${lead}[[${oneLine(text)}]]${tail}…`,
    });
  }
  return found;
}
