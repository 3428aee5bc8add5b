import type { CheckResult } from '../../lib/handoff/checks';
import { detailText, ownerText } from '../../lib/handoff/describe-row';
import type { HandoffMatrix } from '../../lib/handoff/matrix';

interface Props {
  matrix: HandoffMatrix;
  checks: CheckResult[];
  /** YYYY-MM-DD to print when the plan has no date of its own. */
  today: string;
}

/**
 * The one-page appendix to the statement of work. Hidden on screen; the print stylesheet shows
 * it in place of the editor, so the printout never carries buttons or empty form fields.
 */
export function PrintAppendix({ matrix, checks, today }: Props) {
  const labelOf = new Map(matrix.rows.map((row) => [row.id, row.label]));
  return (
    <section class="hp-print" aria-label="Printable appendix">
      <h2>Appendix: who owns what in IT</h2>
      <p class="hp-print-parties">
        Between <strong>{matrix.internalTeam || 'the internal IT team'}</strong> and{' '}
        <strong>{matrix.mspName || 'the MSP'}</strong>, as agreed on <strong>{matrix.date || today}</strong>.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Work or handoff point</th>
            <th scope="col">Owner</th>
            <th scope="col">Escalate to</th>
            <th scope="col">Response target</th>
            <th scope="col">Terms and notes</th>
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.id} class={row.kind === 'handoff' ? 'hp-print-handoff' : undefined}>
              <th scope="row">{row.label}</th>
              <td>{ownerText(row, matrix)}</td>
              <td>{row.escalation}</td>
              <td>{row.responseTarget}</td>
              <td>{[detailText(row), row.notes].filter(Boolean).join('. ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Open checks ({checks.length})</h3>
      {checks.length === 0 ? (
        <p>None: every row has an owner, and the handoff terms are written down.</p>
      ) : (
        <ul>
          {checks.map((check) => (
            <li key={`${check.id}-${check.rowId}`}>
              <strong>{check.rowId === null ? 'Whole plan' : labelOf.get(check.rowId)}:</strong> {check.message}
            </li>
          ))}
        </ul>
      )}
      <div class="hp-sign">
        <p>For {matrix.internalTeam || 'the internal IT team'}: name, signature, date</p>
        <p>For {matrix.mspName || 'the MSP'}: name, signature, date</p>
      </div>
    </section>
  );
}
