/**
 * The e-mail a tool's "E-mail link" button opens: a subject, and a body with an introduction,
 * a blank line and the share link on a line of its own (mail clients make it clickable).
 */
export function shareEmailHref(subject: string, intro: string, url: string): string {
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(`${intro}\n\n${url}\n`)}`;
}
