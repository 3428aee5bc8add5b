/**
 * What reading a plan said (read-problems.ts), in the planner's words (notices.reading of its
 * copy file, handed to the page as props), filled in when the page shows it.
 */
import type { ReadingWords } from '../handoff-copy/copy-schema';
import { fillLocalized, fillTemplate } from '../text/template';
import type { JsonSource, Place, ReadWarning, Refusal } from './read-problems';

export const refusalInWords = (source: JsonSource, refusal: Refusal, words: ReadingWords, locale: string): string =>
  fillLocalized(words.refusals[refusal.code], { ...refusal, source: words.sources[source] }, locale);

function placeInWords(place: Place, source: JsonSource, words: ReadingWords, locale: string): string {
  if (place === null) return fillTemplate(words.places.document, { source: words.sources[source] });
  const n = place.row.toLocaleString(locale);
  return place.label === null
    ? fillTemplate(words.places.row, { n })
    : fillTemplate(words.places.namedRow, { n, label: place.label });
}

export function warningInWords(source: JsonSource, warning: ReadWarning, words: ReadingWords, locale: string): string {
  const place = 'place' in warning ? placeInWords(warning.place, source, words, locale) : '';
  // A field of the plan is named on its own ("MSP name"), a row's after its place.
  const field = 'field' in warning ? words.fields[warning.field] : '';
  const what =
    'field' in warning && warning.place !== null ? fillTemplate(words.places.field, { place, field }) : field;
  const holds = warning.code === 'not-a-row' ? words.notARow[warning.holds] : '';
  return fillLocalized(
    words.warnings[warning.code],
    { ...warning, source: words.sources[source], place, what, holds },
    locale,
  );
}
