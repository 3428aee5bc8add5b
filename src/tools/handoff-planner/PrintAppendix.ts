import { h } from 'preact';
import type { CheckResult } from '../../lib/handoff/checks';
import { detailText, ownerText } from '../../lib/handoff/describe-row';
import type { HandoffMatrix } from '../../lib/handoff/matrix';

// The planner's islands are written with h() rather than JSX, and without hooks: both would be
// scripts of their own on the page (see HandoffPlanner.ts).

interface Props {
  matrix: HandoffMatrix;
  checks: readonly CheckResult[];
  /** YYYY-MM-DD to print when the plan has no date of its own. */
  today: string;
}

/**
 * The one-page appendix to the statement of work. Hidden on screen; the print stylesheet shows
 * it in place of the editor, so the printout never carries buttons or empty form fields.
 */
export function PrintAppendix({ matrix, checks, today }: Props) {
  const labelOf = new Map(matrix.rows.map((row) => [row.id, row.label]));
  const internal = matrix.internalTeam || 'the internal IT team';
  const msp = matrix.mspName || 'the MSP';
  return h(
    'section',
    { class: 'hp-print', 'aria-label': 'Printable appendix' },
    h('h2', null, 'Appendix: who owns what in IT'),
    h(
      'p',
      null,
      'Between ',
      h('strong', null, internal),
      ' and ',
      h('strong', null, msp),
      ', as agreed on ',
      h('strong', null, matrix.date || today),
      '.',
    ),
    h(
      'table',
      null,
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          ['Work or handoff point', 'Owner', 'Escalate to', 'Response target', 'Terms and notes'].map((title) =>
            h('th', { scope: 'col' }, title),
          ),
        ),
      ),
      h(
        'tbody',
        null,
        matrix.rows.map((row) =>
          h(
            'tr',
            { key: row.id },
            h('th', { scope: 'row' }, row.label),
            h('td', null, ownerText(row, matrix)),
            h('td', null, row.escalation),
            h('td', null, row.responseTarget),
            h('td', null, [detailText(row), row.notes].filter(Boolean).join('. ')),
          ),
        ),
      ),
    ),
    h('h3', null, `Open checks (${checks.length})`),
    checks.length === 0
      ? h('p', null, 'None: every row has an owner, and the handoff terms are written down.')
      : h(
          'ul',
          null,
          checks.map((check) =>
            h(
              'li',
              { key: `${check.id} ${check.rowId}` },
              h('strong', null, `${check.rowId === null ? 'Whole plan' : labelOf.get(check.rowId)}:`),
              ' ',
              check.message,
            ),
          ),
        ),
    h(
      'div',
      { class: 'hp-sign' },
      h('p', null, `For ${internal}: name, signature, date`),
      h('p', null, `For ${msp}: name, signature, date`),
    ),
  );
}
