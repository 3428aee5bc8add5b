import type { AssessmentAnswers } from './answers';
import { decodeAssessmentQuery, encodeAssessmentQuery, type DecodedAssessmentLink } from './link-codec';

/**
 * What the form's controls hold, named after the share link's parameters. The form is read as a
 * link, so typed answers go through the same validation a shared link does, and answers are
 * shown by spreading a link over the controls.
 */
export interface FormValues {
  employees: string;
  'it-staff': string;
  /** Ticked boxes: gap ids, or "none". */
  needs: string[];
  'custom-apps': string;
  'it-is': string;
  'msp-is': string;
  for: string;
}

export type FieldName = keyof FormValues;

export const EMPTY_FORM: FormValues = {
  employees: '',
  'it-staff': '',
  needs: [],
  'custom-apps': '',
  'it-is': '',
  'msp-is': '',
  for: '',
};

const NUMBER_FIELDS: readonly FieldName[] = ['employees', 'it-staff'];

/** The answers the form holds, read the way a link is read (with what it had to set aside). */
export function readFormValues(values: FormValues): DecodedAssessmentLink {
  const query = new URLSearchParams('v=1');
  for (const name of Object.keys(values) as FieldName[]) {
    const value = values[name];
    if (name === 'needs') {
      if (value.length) query.set(name, (value as string[]).join());
    } else if (value) {
      // Number fields forgive thousands separators and stray spaces.
      query.set(name, NUMBER_FIELDS.includes(name) ? (value as string).replace(/[\s,]/g, '') : (value as string));
    }
  }
  return decodeAssessmentQuery(query.toString());
}

/** The controls' values that show these answers. */
export function formValuesFor(answers: AssessmentAnswers, preparedFor: string | null): FormValues {
  const link = new URLSearchParams(encodeAssessmentQuery(answers, preparedFor));
  const text = (name: FieldName) => link.get(name) ?? '';
  return {
    employees: text('employees'),
    'it-staff': text('it-staff'),
    needs: text('needs') ? text('needs').split(',') : [],
    'custom-apps': text('custom-apps'),
    'it-is': text('it-is'),
    'msp-is': text('msp-is'),
    for: text('for'),
  };
}

/** True when the form already says what these answers say (then what the reader typed stays). */
export const formShows = (values: FormValues, answers: AssessmentAnswers, preparedFor: string | null): boolean => {
  const read = readFormValues(values);
  return encodeAssessmentQuery(read.answers, read.preparedFor) === encodeAssessmentQuery(answers, preparedFor);
};

/** One control changed. Ticking "none of these" clears the gaps, and ticking a gap clears "none". */
export function withChange(values: FormValues, name: FieldName, value: string, checked = true): FormValues {
  if (name !== 'needs') return { ...values, [name]: value };
  const others = values.needs.filter((need) => need !== value && (need === 'none') === (value === 'none'));
  return { ...values, needs: checked ? [...others, value] : others };
}
