import { describe, expect, it } from 'vitest';
import { findJoinedLinks } from '../../support/joined-links';

const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;
const sides = (body: string) => findJoinedLinks(page(body)).map((link) => `${link.text}:${link.side}`);

describe('findJoinedLinks', () => {
  it('flags a word run into the start or the end of a link', () => {
    expect(sides('<p>and<a href="/comparison/">the comparison</a> page</p>')).toEqual(['the comparison:before']);
    expect(sides('<p>the <a href="/x/">link</a>s here</p>')).toEqual(['link:after']);
    expect(sides('<p>Write to<a href="mailto:a@b.c">a@b.c</a>today</p>')).toEqual(['a@b.c:both']);
  });

  it('flags a link that starts right after a full stop, comma or colon with no space', () => {
    expect(sides('<p>the real ones.<a href="/x/">Link help</a></p>')).toEqual(['Link help:before']);
    expect(sides('<p>one,<a href="/x/">two</a></p>')).toEqual(['two:before']);
    expect(sides('<p>See:<a href="/x/">this</a></p>')).toEqual(['this:before']);
    expect(sides('<p>ones. <a href="/x/">Link help</a></p>')).toEqual([]);
    expect(sides('<p>as in “<a href="/x/">this</a>”, or /<a href="/y/">that</a></p>')).toEqual([]);
  });

  it('flags digits and letters beyond ASCII', () => {
    expect(sides('<p>page 2<a href="/x/">here</a></p>')).toEqual(['here:before']);
    expect(sides('<p>voilà<a href="/x/">ici</a></p>')).toEqual(['ici:before']);
  });

  it('accepts spaces, punctuation and block boundaries around a link', () => {
    expect(sides('<p>and <a href="/x/">the comparison</a>.</p>')).toEqual([]);
    expect(sides('<p>(<a href="/x/">see</a>)</p>')).toEqual([]);
    expect(sides('<p>and<a href="/x/"> the comparison </a>page</p>')).toEqual([]);
    expect(sides('<ul><li>One</li><li><a href="/x/">Two</a></li></ul><p>Three</p>')).toEqual([]);
    expect(sides('<p>line<br><a href="/x/">next</a></p>')).toEqual([]);
  });

  it('reads through inline elements on either side', () => {
    expect(sides('<p><strong>See</strong><a href="/x/">this</a></p>')).toEqual(['this:before']);
    expect(sides('<p><em>see <a href="/x/">this</a></em>now</p>')).toEqual(['this:after']);
    expect(sides('<p>and <strong><a href="/x/">bold</a></strong> text</p>')).toEqual([]);
  });

  it('treats two links with nothing between them as joined', () => {
    expect(sides('<nav><a href="/a/">Previous</a><a href="/b/">Next</a></nav>')).toEqual([
      'Previous:after',
      'Next:before',
    ]);
  });

  it('ignores links with no text, and the content of scripts and styles', () => {
    expect(sides('<p>icon<a href="/x/"><img alt="home" src="/i.svg"></a>text</p>')).toEqual([]);
    expect(sides('<script>var a="x"</script><a href="/x/">go</a>')).toEqual([]);
  });

  it('reads noscript content as the page shows it without JavaScript', () => {
    expect(sides('<noscript><p>See<a href="/x/">this</a></p></noscript>')).toEqual(['this:before']);
  });

  it('gives a snippet that marks the link inside its surrounding text', () => {
    const [link] = findJoinedLinks(page('<p>Read the guide and<a href="/comparison/">the comparison</a> first.</p>'));
    expect(link).toMatchObject({ href: '/comparison/', snippet: '…Read the guide and[[the comparison]] first.…' });
  });
});
