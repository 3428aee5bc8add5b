import type { LinkFormat } from './link-format';

/** The query string (no leading "?") for `state`: `v` first, then each parameter in table order. */
export function encodeLink<State>(format: LinkFormat<State>, state: State): string {
  const parts = [`v=${format.version.current}`];
  for (const param of format.params) {
    const value = param.write(state);
    if (value !== undefined) parts.push(`${param.name}=${value}`);
  }
  return parts.join('&');
}
