/**
 * Share links that carry the whole matrix: `?v=1&m=<base64url of raw-DEFLATE JSON>`. `v` is
 * the link format (how `m` is packed); the JSON inside carries its own document version and
 * goes through the same migrations and checks as an imported file. Decoding never throws.
 *
 * Chat apps and some mail clients cut or refuse long links, so a link over
 * MAX_CHAT_LINK_LENGTH should not be offered: the page saves the JSON file instead.
 */
import { readVersion } from '../links/versions';
import { base64urlToBytes, bytesToBase64url } from './base64url';
import { deflateRaw, inflateRaw } from './deflate';
import { readMatrixDocument, type MatrixImport } from './json-codec';
import { packForLink, unpackFromLink } from './link-payload';
import type { HandoffMatrix, RowNames } from './matrix';
import type { Refusal } from './read-problems';
import { MAX_IMPORT_BYTES, parseUntrustedJson } from './untrusted-json';

export const LINK_VERSION = 1;

/** Comfortably under what common chat apps and mail clients keep intact in one link. */
export const MAX_CHAT_LINK_LENGTH = 2_000;

/** A query longer than this cannot hold a matrix: compressed, a full one is far smaller. */
export const MAX_LINK_QUERY_LENGTH = 300_000;

export const isTooLongForChat = (url: string): boolean => url.length > MAX_CHAT_LINK_LENGTH;

/** The query string (no leading "?") of a link that opens this matrix; `names` as in packForLink. */
export async function encodeMatrixLink(matrix: HandoffMatrix, names: RowNames): Promise<string> {
  const json = JSON.stringify(packForLink(matrix, names));
  const packed = await deflateRaw(new TextEncoder().encode(json));
  return `v=${LINK_VERSION}&m=${bytesToBase64url(packed)}`;
}

/** The query part of whatever was passed: a search string with or without "?", or a whole URL. */
function queryOf(search: string): string {
  const withoutHash = search.split('#')[0] ?? '';
  const mark = withoutHash.indexOf('?');
  return mark === -1 ? withoutHash : withoutHash.slice(mark + 1);
}

/** True when the query carries a matrix, so a plain visit to the planner is not an error. */
export function hasMatrixLink(search: string | null | undefined): boolean {
  return (
    typeof search === 'string' &&
    search.length <= MAX_LINK_QUERY_LENGTH &&
    new URLSearchParams(queryOf(search)).has('m')
  );
}

const refused = (refusal: Refusal): MatrixImport => ({ ok: false, source: 'link', refusal });
const DAMAGED = refused({ code: 'damaged-link' });

async function decode(search: string, names: RowNames): Promise<MatrixImport> {
  if (search.length > MAX_LINK_QUERY_LENGTH) return refused({ code: 'link-too-long' });
  const params = new URLSearchParams(queryOf(search));
  const packed = params.get('m');
  if (packed === null || packed.trim() === '') return refused({ code: 'no-matrix' });
  const version = readVersion(params.get('v') ?? '', LINK_VERSION);
  if (version.kind === 'newer') return refused({ code: 'newer-link', version: String(version.version) });
  // Links have carried `v=1` from the start: 0 is as unreadable as none.
  if (version.kind === 'unreadable' || version.version < 1) return refused({ code: 'no-link-version' });

  const bytes = base64urlToBytes(packed.trim());
  if (bytes === null) return DAMAGED;
  const inflated = await inflateRaw(bytes, MAX_IMPORT_BYTES);
  if (!inflated.ok) {
    return inflated.reason === 'too-big' ? refused({ code: 'unpacks-too-big', kb: MAX_IMPORT_BYTES / 1024 }) : DAMAGED;
  }
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
  } catch {
    return DAMAGED;
  }
  const parsed = parseUntrustedJson(json);
  return parsed.ok ? readMatrixDocument(unpackFromLink(parsed.value, names), 'link', names) : refused(parsed.refusal);
}

/**
 * Never throws or rejects; a refusal leaves the page as it was. A built-in row the link left
 * unnamed gets its name in `names`, the name the page gives it now (docs/decisions/0004).
 */
export async function decodeMatrixLink(search: string | null | undefined, names: RowNames): Promise<MatrixImport> {
  try {
    return await decode(typeof search === 'string' ? search : '', names);
  } catch {
    return refused({ code: 'unreadable' });
  }
}
