/** Builds the SVG for a 1200x630 link preview card; rendered to PNG at build time. */
export interface PreviewCard {
  eyebrow: string;
  title: string;
  footer: string;
  accent?: string;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Greedy word wrap; a word longer than a line is cut rather than allowed to overflow the card. */
export function wrapWords(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const piece = word.length > maxChars ? `${word.slice(0, maxChars - 1)}…` : word;
    if (!current) current = piece;
    else if (current.length + 1 + piece.length <= maxChars) current += ` ${piece}`;
    else {
      lines.push(current);
      current = piece;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  // Mark the cut with an ellipsis, dropping the last word only when the mark would not fit.
  kept[maxLines - 1] = last.length < maxChars ? `${last}…` : `${last.replace(/\s*\S*$/, '')}…`;
  return kept;
}

// Separate font properties: resvg ignores the `font` shorthand, which left every card at 12 px.
export function buildPreviewSvg(card: PreviewCard): string {
  const accent = card.accent ?? '#0b5cad';
  const titleLines = wrapWords(card.title, 26, 4);
  const titleTop = 250 - (titleLines.length - 1) * 34;
  const title = titleLines
    .map((line, i) => `<text x="80" y="${titleTop + i * 76}" class="title">${escapeXml(line)}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<style>
.eyebrow{font-family:'DejaVu Sans';font-weight:bold;font-size:34px;fill:${accent}}
.title{font-family:'DejaVu Sans';font-weight:bold;font-size:64px;fill:#10213a}
.footer{font-family:'DejaVu Sans';font-size:30px;fill:#33475f}
</style>
<rect width="1200" height="630" fill="#f5f8fc"/>
<rect width="24" height="630" fill="${accent}"/>
<text x="80" y="120" class="eyebrow">${escapeXml(card.eyebrow)}</text>
${title}
<rect x="80" y="520" width="1040" height="2" fill="#c5d2e3"/>
<text x="80" y="575" class="footer">${escapeXml(card.footer)}</text>
</svg>`;
}
