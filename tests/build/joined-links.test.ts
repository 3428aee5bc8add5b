import { describe, expect, it } from 'vitest';
import { findJoinedLinks } from '../support/joined-links';
import { builtHtmlFiles, readBuilt, sitePathOf } from './dist-pages';

/**
 * Astro 7's `compressHTML: 'jsx'` drops the whitespace between a line of text and a tag on the next
 * line, so "and\n<a>the comparison</a>" ships as "andthe comparison". Keep a link and the words around
 * it on one line in the source, or write the space out with {' '}.
 */
describe('no link text runs into a neighbouring word', () => {
  const pages = builtHtmlFiles();

  it('finds built pages to check', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it.each(pages)('%s', (file) => {
    const joined = findJoinedLinks(readBuilt(file)).map(
      (link) =>
        `${sitePathOf(file)}: link to ${link.href} runs into the text ${link.side === 'both' ? 'on both sides' : `${link.side} it`}: ${link.snippet}`,
    );
    expect(joined, `Put a space between each link and the word next to it:\n${joined.join('\n')}`).toEqual([]);
  });
});
