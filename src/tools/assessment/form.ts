import { QUESTION_COUNT, type AssessmentAnswers } from '../../lib/assessment/answers';
import {
  decodeAssessmentQuery,
  encodeAssessmentQuery,
  type DecodedAssessmentLink,
} from '../../lib/assessment/link-codec';
import { fillTemplate } from '../../lib/text/template';

/**
 * The form is static markup (AssessmentForm.astro) whose controls carry the share link's
 * parameter names. Reading it builds a link and decodes it, so typed answers go through the
 * same validation as a shared link; showing answers spreads a link over it.
 */

const NUMBER_PARAMS = ['employees', 'it-staff'];

function readForm(form: HTMLFormElement): DecodedAssessmentLink {
  const query = new URLSearchParams('v=1');
  const needs: string[] = [];
  for (const [name, entry] of new FormData(form)) {
    // Number fields forgive thousands separators and stray spaces.
    const value = NUMBER_PARAMS.includes(name) ? String(entry).replace(/[\s,]/g, '') : String(entry);
    if (name === 'needs') needs.push(value);
    else if (value) query.set(name, value);
  }
  if (needs.length) query.set('needs', needs.join());
  return decodeAssessmentQuery(query.toString());
}

/** Calls `onChange` with the answers whenever the reader changes the form. */
export function listenToForm(
  form: HTMLFormElement,
  onChange: (answers: AssessmentAnswers, preparedFor: string | null) => void,
) {
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('input', ({ target }) => {
    // "None of these" and the gaps exclude each other.
    const box = target as HTMLInputElement;
    if (box.name === 'needs' && box.checked) {
      for (const other of form.querySelectorAll<HTMLInputElement>('[name=needs]')) {
        if ((other.value === 'none') !== (box.value === 'none')) other.checked = false;
      }
    }
    const { answers, preparedFor } = readForm(form);
    onChange(answers, preparedFor);
  });
}

/**
 * Makes the form show these answers (after a link, "start over" or another tab changed them),
 * without touching what the reader is typing, then updates the progress and the field errors.
 */
export function showInForm(
  form: HTMLFormElement,
  answers: AssessmentAnswers,
  preparedFor: string | null,
  answered: number,
  progressText: string,
) {
  const query = encodeAssessmentQuery(answers, preparedFor);
  let read = readForm(form);
  if (encodeAssessmentQuery(read.answers, read.preparedFor) !== query) {
    const link = new URLSearchParams(query);
    for (const input of form.querySelectorAll('input')) {
      const value = link.get(input.name) ?? '';
      if (input.type === 'text') input.value = value;
      else input.checked = value.split(',').includes(input.value);
    }
    read = readForm(form);
  }
  for (const name of NUMBER_PARAMS) {
    const input = form.querySelector<HTMLInputElement>(`[name=${name}]`)!;
    const error = input.nextElementSibling as HTMLElement;
    const invalid = read.ignored.some((entry) => entry.param === name);
    error.hidden = !invalid;
    input.setAttribute('aria-invalid', String(invalid));
    input.setAttribute('aria-describedby', `${input.id}-hint${invalid ? ` ${error.id}` : ''}`);
  }
  form.querySelector('progress')!.value = answered;
  form.querySelector('[data-progress-text]')!.textContent = fillTemplate(progressText, {
    answered,
    total: QUESTION_COUNT,
  });
  form.querySelector<HTMLElement>('.progress-jump')!.hidden = answered < QUESTION_COUNT;
}
