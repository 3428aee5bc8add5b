import type { PlannerWords } from '../../lib/handoff-copy/copy-schema';
import { updateMatrixInfo, type HandoffMatrix, type MatrixInfoPatch } from '../../lib/handoff/matrix';
import { DraftInput } from './DraftInput';
import { editPlan } from './plan-edits';

interface Props {
  matrix: HandoffMatrix;
  words: PlannerWords['teams'];
}

const field = (id: string, label: string, type: 'text' | 'date', value: string, key: keyof MatrixInfoPatch) => (
  <div class="hp-field">
    <label for={id}>{label}</label>
    <DraftInput
      type={type}
      id={id}
      value={value}
      onCommit={(text) => editPlan((matrix) => updateMatrixInfo(matrix, { [key]: text }))}
    />
  </div>
);

/** The two teams the plan is between, and the day they agreed it. */
export const TeamFields = ({ matrix, words }: Props) => (
  <fieldset class="hp-info no-print">
    <legend>{words.legend}</legend>
    {field('hp-internal', words.internalTeam, 'text', matrix.internalTeam, 'internalTeam')}
    {field('hp-msp', words.msp, 'text', matrix.mspName, 'mspName')}
    {field('hp-date', words.date, 'date', matrix.date, 'date')}
  </fieldset>
);
