/**
 * Which pages may be framed, and by whom. Ordinary pages: nobody (`frame-ancestors 'none'`,
 * `X-Frame-Options: DENY`). The embed pages (/embed/<tool>/): the site itself (the live preview
 * on /embed/) and exactly the origins the brand lists in `embed.allowedOrigins`.
 */
export const EMBED_PREFIX = '/embed/';

/** An embed page is one tool under /embed/; /embed/ itself is the documentation page, framed by nobody. */
export function isEmbedPage(path: string): boolean {
  return path.startsWith(EMBED_PREFIX) && path.length > EMBED_PREFIX.length;
}

/** The response headers that decide framing for a page at `path`. */
// Embed pages send no X-Frame-Options: it cannot name origins, and browsers that know CSP ignore it anyway.
export function framingHeaders(path: string): [name: string, value: string][] {
  return isEmbedPage(path) ? [] : [['X-Frame-Options', 'DENY']];
}

/** The CSP `frame-ancestors` directive for a page at `path`. */
export function frameAncestors(path: string, allowedOrigins: readonly string[]): string {
  return isEmbedPage(path) ? ["frame-ancestors 'self'", ...allowedOrigins].join(' ') : "frame-ancestors 'none'";
}

/** The full site's page for a path: an embed page's share links and "open in full page" lead there. */
export function fullPagePath(path: string): string {
  return isEmbedPage(path) ? path.slice(EMBED_PREFIX.length - 1) : path;
}

/** The embed page of a tool's full page (`/estimator/` → `/embed/estimator/`). */
export const embedPagePath = (toolPath: string): string => `${EMBED_PREFIX.slice(0, -1)}${toolPath}`;
