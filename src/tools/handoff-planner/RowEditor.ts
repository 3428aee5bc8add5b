import { Component, h } from 'preact';
import type { CheckResult } from '../../lib/handoff/checks';
import { CADENCE_WORDS } from '../../lib/handoff/describe-row';
import type { HandoffMatrix, MatrixRow, RowPatch } from '../../lib/handoff/matrix';
import { OWNERS, REVIEW_CADENCES, type Owner, type ReviewCadence } from '../../lib/handoff/vocabulary';
import { DraftInput } from './DraftInput';

interface Props {
  row: MatrixRow;
  matrix: HandoffMatrix;
  checks: readonly CheckResult[];
  renaming: boolean;
  /**
   * False while the page is opening: the card keeps the server's markup untouched (no hydration
   * work) until the planner brings it to life, a few cards per task (see HandoffPlanner.ts).
   */
  live: boolean;
  onPatch(patch: RowPatch): void;
  /** The new name, or null to keep the old one. */
  onRename(label: string | null): void;
  onStartRename(): void;
  onRemove(): void;
}

const ownerWords = (matrix: HandoffMatrix): Record<Owner, string> => ({
  internal: matrix.internalTeam || 'Internal team',
  msp: matrix.mspName || 'MSP',
  shared: 'Shared',
  unassigned: 'Nobody yet',
});

/**
 * "Escalate to for Backup and disaster recovery": each control's name for screen readers starts
 * with its short visible label and names the row, as an aria-label (no extra element per field:
 * the page already holds hundreds).
 */
const named = (visible: string, rowLabel: string, word = 'of') => `${visible} ${word} ${rowLabel}`;

interface TextProps {
  id: string;
  label: string;
  rowLabel: string;
  value: string;
  word?: string;
  hint?: string;
  required?: boolean;
  onCommit(value: string): void;
}

function textField({ id, label, rowLabel, value, word, hint, required, onCommit }: TextProps) {
  const hintId = `${id}-hint`;
  return h(
    'div',
    { class: 'hp-field', key: id },
    h('label', { for: id }, label, required && ' (required)'),
    hint && h('span', { class: 'hint', id: hintId }, hint),
    h(DraftInput, {
      type: 'text',
      id,
      value,
      // "Required" is announced from the attribute.
      'aria-label': named(label, rowLabel, word),
      required: !!required,
      'aria-invalid': required && value === '' ? 'true' : undefined,
      'aria-describedby': hint ? hintId : undefined,
      onCommit,
    }),
  );
}

function renameForm(id: string, label: string, onRename: Props['onRename']) {
  const fieldId = `${id}-rename`;
  return h(
    'form',
    {
      class: 'hp-rename',
      onSubmit: (event: Event) => {
        event.preventDefault();
        onRename((document.getElementById(fieldId) as HTMLInputElement | null)?.value ?? '');
      },
      onKeyDown: (event: KeyboardEvent) => {
        if (event.key === 'Escape') onRename(null);
      },
    },
    h('label', { for: fieldId }, 'New name'),
    h('input', {
      type: 'text',
      id: fieldId,
      defaultValue: label,
      maxLength: 80,
      required: true,
      'aria-label': named('New name', label, 'for'),
    }),
    h('button', { type: 'submit' }, 'Save name'),
    h('button', { type: 'button', class: 'secondary', onClick: () => onRename(null) }, 'Cancel'),
  );
}

/** The structured fields of the intake, scope-review and exit-terms rows (row-detail.ts). */
function detailFields(id: string, row: MatrixRow, onPatch: Props['onPatch']) {
  const { detail, label } = row;
  if (detail?.intakeChannels) {
    return textField({
      id: `${id}-channels`,
      label: 'Intake channels',
      rowLabel: label,
      word: 'for',
      value: detail.intakeChannels.join(', '),
      hint: 'Every way users raise a ticket, separated by commas',
      onCommit: (text) => onPatch({ intakeChannels: text.split(',') }),
    });
  }
  if (detail?.reviewCadence !== undefined) {
    const selectId = `${id}-cadence`;
    return h(
      'div',
      { class: 'hp-field', key: selectId },
      h('label', { for: selectId }, 'How often'),
      h(
        'select',
        {
          id: selectId,
          'aria-label': named('How often', label, 'for'),
          value: detail.reviewCadence,
          onChange: (event: Event) =>
            onPatch({ reviewCadence: (event.currentTarget as HTMLSelectElement).value as ReviewCadence }),
        },
        REVIEW_CADENCES.map((cadence) => h('option', { value: cadence, key: cadence }, CADENCE_WORDS[cadence])),
      ),
    );
  }
  if (detail?.exitTerms) {
    const terms = detail.exitTerms;
    return [
      textField({
        id: `${id}-tools`,
        label: 'Tools that stay or go',
        rowLabel: label,
        word: 'for',
        value: terms.tools,
        onCommit: (tools) => onPatch({ exitTerms: { tools } }),
      }),
      textField({
        id: `${id}-format`,
        label: 'Export format',
        rowLabel: label,
        word: 'for',
        value: terms.exportFormat,
        onCommit: (exportFormat) => onPatch({ exitTerms: { exportFormat } }),
      }),
      textField({
        id: `${id}-timeline`,
        label: 'Timeline',
        rowLabel: label,
        word: 'for',
        value: terms.timeline,
        onCommit: (timeline) => onPatch({ exitTerms: { timeline } }),
      }),
    ];
  }
  return null;
}

const sameChecks = (a: readonly CheckResult[], b: readonly CheckResult[]) =>
  a.length === b.length && a.every((check, index) => check.message === b[index]!.message);

/**
 * One row of the matrix as a card of labelled fields; a grid on wide screens (tools.css). It
 * re-renders only when what it shows changes, so an edit redraws one card, not the whole plan.
 * Its callbacks must therefore read state when called, never capture it.
 */
export class RowEditor extends Component<Props> {
  override shouldComponentUpdate(next: Props) {
    const now = this.props;
    return (
      next.row !== now.row ||
      next.renaming !== now.renaming ||
      next.live !== now.live ||
      next.matrix.internalTeam !== now.matrix.internalTeam ||
      next.matrix.mspName !== now.matrix.mspName ||
      !sameChecks(next.checks, now.checks)
    );
  }

  override render(props: Props) {
    return props.live
      ? rowEditor(props)
      : h('li', { ...cardAttributes(props), dangerouslySetInnerHTML: KEEP_SERVER_HTML });
  }
}

/** Preact leaves the server's children of an element hydrated with `dangerouslySetInnerHTML` alone. */
const KEEP_SERVER_HTML = { __html: '' };

const cardAttributes = ({ row, checks }: Props) => ({
  class: `hp-row${checks.length ? ' hp-open' : ''}`,
  id: `row-${row.id}`,
  'aria-labelledby': `hp-${row.id}-name`,
});

function rowEditor(props: Props) {
  const { row, matrix, checks, renaming, onPatch, onRename, onStartRename, onRemove } = props;
  const id = `hp-${row.id}`;
  const { label } = row;
  const owners = ownerWords(matrix);
  return h(
    'li',
    cardAttributes(props),
    h(
      'div',
      { class: 'hp-row-head' },
      h('h3', { id: `${id}-name` }, label),
      h(
        'div',
        { class: 'hp-row-tools' },
        h(
          'button',
          {
            type: 'button',
            class: 'secondary',
            onClick: onStartRename,
            'aria-expanded': renaming ? 'true' : 'false',
            'aria-label': `Rename ${label}`,
          },
          'Rename',
        ),
        h('button', { type: 'button', class: 'secondary', onClick: onRemove, 'aria-label': `Remove ${label}` }, 'Remove'),
      ),
    ),
    renaming && renameForm(id, label, onRename),
    h(
      'fieldset',
      { class: 'hp-owner', 'aria-label': named('Owner', label) },
      h('legend', null, 'Owner'),
      OWNERS.map((owner) =>
        h(
          'label',
          { class: 'hp-choice', key: owner },
          h('input', {
            type: 'radio',
            name: `${id}-owner`,
            value: owner,
            checked: row.owner === owner,
            onChange: () => onPatch({ owner }),
          }),
          owners[owner],
        ),
      ),
    ),
    h(
      'div',
      { class: 'hp-fields' },
      row.owner === 'shared' &&
        textField({
          id: `${id}-lead`,
          label: 'Lead',
          rowLabel: label,
          value: row.lead,
          required: true,
          hint: 'The person who decides when the teams disagree',
          onCommit: (lead) => onPatch({ lead }),
        }),
      textField({
        id: `${id}-escalation`,
        label: 'Escalate to',
        rowLabel: label,
        word: 'for',
        value: row.escalation,
        onCommit: (escalation) => onPatch({ escalation }),
      }),
      textField({
        id: `${id}-response`,
        label: 'Response target',
        rowLabel: label,
        word: 'for',
        value: row.responseTarget,
        onCommit: (responseTarget) => onPatch({ responseTarget }),
      }),
      detailFields(id, row, onPatch),
      textField({
        id: `${id}-notes`,
        label: 'Notes',
        rowLabel: label,
        word: 'on',
        value: row.notes,
        onCommit: (notes) => onPatch({ notes }),
      }),
    ),
    checks.length > 0 &&
      h(
        'ul',
        { class: 'hp-checks', 'aria-label': `Open checks for ${label}` },
        checks.map((check) => h('li', { key: check.id }, check.message, ' ', h('a', { href: check.href }, check.guideTitle))),
      ),
  );
}
