/**
 * `for`: the prospect a link was prepared for, shown as "Prepared for …". Both filled-in tools
 * carry it with the same rules: plain text on one line, at most 80 characters.
 */
import { cleanLine, toPlainLine } from '../text/plain-line';
import type { LinkParam } from './link-format';
import type { SetAsideReason } from './reasons';

/** In UTF-16 units, like an HTML `maxlength`, so a form field and a link agree. */
export const MAX_PREPARED_FOR_LENGTH = 80;

/**
 * The prospect's name: one plain line, invisible characters removed, at most 80 characters;
 * null when nothing readable is left. Still untrusted text: render it as text, never as HTML.
 */
export function sanitizePreparedFor(raw: unknown): string | null {
  return (typeof raw === 'string' && cleanLine(raw, MAX_PREPARED_FOR_LENGTH)) || null;
}

/**
 * The `for` parameter of a tool whose link state holds `preparedFor`. An empty `for=` means "no
 * name", unless `empty` gives the reason it is set aside for.
 */
export function preparedForParam<State extends { preparedFor: string | null }, Empty extends SetAsideReason = never>(
  empty: Empty | null,
): LinkParam<State, SetAsideReason<'no-readable-text' | 'shortened'> | Empty> {
  return {
    name: 'for',
    values: { kind: 'text', maxLength: MAX_PREPARED_FOR_LENGTH },
    read(value, state, setAside) {
      state.preparedFor = sanitizePreparedFor(value);
      if (state.preparedFor === null) {
        const reason = value.trim() ? { code: 'no-readable-text' as const } : empty;
        if (reason !== null) setAside(value, reason);
      } else if (toPlainLine(value).length > MAX_PREPARED_FOR_LENGTH)
        setAside(value, { code: 'shortened', max: MAX_PREPARED_FOR_LENGTH });
    },
    write(state) {
      const name = sanitizePreparedFor(state.preparedFor);
      return name === null ? undefined : encodeURIComponent(name);
    },
  };
}
