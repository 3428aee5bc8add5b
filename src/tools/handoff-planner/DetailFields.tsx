import type { PlannerWords, RowWords } from '../../lib/handoff-copy/copy-schema';
import type { ExitTerms, MatrixRow, RowPatch } from '../../lib/handoff/matrix';
import { REVIEW_CADENCES, type ReviewCadence } from '../../lib/handoff/vocabulary';
import { fillTemplate } from '../../lib/text/template';
import { TextField } from './TextField';

interface Props {
  /** The prefix of the row's element ids. */
  id: string;
  row: MatrixRow;
  words: PlannerWords['card']['fields'];
  rowWords: RowWords;
  onPatch(patch: RowPatch): void;
}

/** Each exit term and the end of its field's id (#hp-exit-terms-format: ids are kept as they were). */
const EXIT_TERM_FIELDS = [
  ['tools', 'tools'],
  ['exportFormat', 'format'],
  ['timeline', 'timeline'],
] as const satisfies readonly (readonly [keyof ExitTerms, string])[];

/** The structured fields of the intake, scope-review and exit-terms rows (row-detail.ts). */
export function DetailFields({ id, row, words, rowWords, onPatch }: Props) {
  const { detail, label } = row;
  if (detail?.intakeChannels) {
    return (
      <TextField
        id={`${id}-channels`}
        words={words.intakeChannels}
        rowLabel={label}
        value={detail.intakeChannels.join(', ')}
        onCommit={(text) => onPatch({ intakeChannels: text.split(',') })}
      />
    );
  }
  if (detail?.reviewCadence !== undefined) {
    const selectId = `${id}-cadence`;
    return (
      <div class="hp-field">
        <label for={selectId}>{words.reviewCadence.label}</label>
        <select
          id={selectId}
          aria-label={fillTemplate(words.reviewCadence.name, { row: label })}
          value={detail.reviewCadence}
          onChange={(event) =>
            onPatch({ reviewCadence: (event.currentTarget as HTMLSelectElement).value as ReviewCadence })
          }
        >
          {REVIEW_CADENCES.map((cadence) => (
            <option value={cadence} key={cadence}>
              {rowWords.cadences[cadence]}
            </option>
          ))}
        </select>
      </div>
    );
  }
  if (detail?.exitTerms) {
    const terms = detail.exitTerms;
    return (
      <>
        {EXIT_TERM_FIELDS.map(([term, suffix]) => (
          <TextField
            key={term}
            id={`${id}-${suffix}`}
            words={words.exitTerms[term]}
            rowLabel={label}
            value={terms[term]}
            onCommit={(text) => onPatch({ exitTerms: { [term]: text } })}
          />
        ))}
      </>
    );
  }
  return null;
}
