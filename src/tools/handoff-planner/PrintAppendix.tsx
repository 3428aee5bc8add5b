import type { PlannerWords } from '../../lib/handoff-copy/copy-schema';
import type { CheckResult } from '../../lib/handoff/checks';
import { detailText, ownerText } from '../../lib/handoff/describe-row';
import type { HandoffMatrix } from '../../lib/handoff/matrix';
import { fillTemplate, templateParts } from '../../lib/text/template';

interface Props {
  matrix: HandoffMatrix;
  checks: readonly CheckResult[];
  /** YYYY-MM-DD to print when the plan has no date of its own. */
  today: string;
  words: Pick<PlannerWords, 'appendix' | 'row' | 'checks'>;
}

/**
 * The one-page appendix to the statement of work. Hidden on screen; the print stylesheet shows
 * it in place of the editor, so the printout never carries buttons or empty form fields.
 */
export function PrintAppendix({
  matrix,
  checks,
  today,
  words: { appendix: words, row: rowWords, checks: checkWords },
}: Props) {
  const labelOf = new Map(matrix.rows.map((row) => [row.id, row.label]));
  const internal = matrix.internalTeam || words.internalTeam;
  const msp = matrix.mspName || words.msp;
  const { columns } = words;
  return (
    <section class="hp-print" aria-label={words.label}>
      <h2>{words.title}</h2>
      <p>
        {templateParts(words.between, {
          internal: <strong>{internal}</strong>,
          msp: <strong>{msp}</strong>,
          date: <strong>{matrix.date || today}</strong>,
        })}
      </p>
      <table>
        <thead>
          <tr>
            {[columns.row, columns.owner, columns.escalation, columns.responseTarget, columns.notes].map((title) => (
              <th scope="col">{title}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.label}</th>
              <td>{ownerText(row, matrix, rowWords)}</td>
              <td>{row.escalation}</td>
              <td>{row.responseTarget}</td>
              <td>{[detailText(row, rowWords), row.notes].filter(Boolean).join('. ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{fillTemplate(checkWords.heading, { count: checks.length })}</h3>
      {checks.length === 0 ? (
        <p>{words.noChecks}</p>
      ) : (
        <ul>
          {checks.map((check) => (
            <li key={`${check.id} ${check.rowId}`}>
              <strong>
                {fillTemplate(words.checkOf, {
                  row: check.rowId === null ? checkWords.wholePlan : (labelOf.get(check.rowId) ?? ''),
                })}
              </strong>{' '}
              {check.message}
            </li>
          ))}
        </ul>
      )}
      <div class="hp-sign">
        <p>{fillTemplate(words.signature, { team: internal })}</p>
        <p>{fillTemplate(words.signature, { team: msp })}</p>
      </div>
    </section>
  );
}
