/*
 * The pricing estimator in the browser. The page renders everything at build time for the
 * starting inputs (the form, the estimate, the share buttons); this script brings it to life
 * without a UI framework, which would cost more than the estimator itself on a page held to
 * 15 KB of JavaScript. It reads the form, keeps the inputs in the store (saved in this
 * browser and written to the address bar as a share link) and re-renders the estimate with
 * the same view code the page used at build time (view.ts).
 */
import { readSavedAssessment } from '../../lib/pricing/assessment-prefill';
import { estimateCsv } from '../../lib/pricing/csv';
import { estimatePricing, suggestPricingModel } from '../../lib/pricing/estimate';
import { completeInputs, devicesForUsers, inputsFromAssessment, INPUT_LIMITS, type EstimatorInputs } from '../../lib/pricing/inputs';
import { decodeEstimatorQuery, encodeEstimatorQuery, sanitizePreparedFor } from '../../lib/pricing/link-codec';
import type { RateCard } from '../../lib/pricing/rate-card-schema';
import type { ScopeByGap } from '../../lib/work/work-by-gap';
import {
  $estimator,
  $storageWorks,
  EMPTY_ESTIMATE_STATE,
  hasSavedEstimate,
  savedAssessment,
  setEstimatePreparedFor,
  updateEstimate,
  type EstimatorState,
} from '../../stores/estimator';
import { estimateHtml, formatsFor, linkNoticeHtml } from './view';

/** What the page hands the script, as JSON in the root's `data-config`. */
export interface EstimatorConfig {
  /** Validated at build time by the page; the browser never loads the validator. */
  card: RateCard;
  /** The scope items each fit-assessment gap prices (src/data/gap-to-work.json, via the page). */
  scopeByGap: ScopeByGap;
  locale: string;
  currency: string;
}

type NumberKey = 'users' | 'devices' | 'hoursPerMonth' | 'annualAdjustmentPercent';

export function startEstimator(root: HTMLElement) {
  const { card, scopeByGap, locale, currency } = JSON.parse(root.dataset['config']!) as EstimatorConfig;
  const find = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const form = find<HTMLFormElement>('form');
  const body = find('.est-body');
  const notice = find('[data-link-notice]');
  const fromAssessment = find('[data-from-assessment]');
  const announcer = find('[aria-live]');
  const email = find<HTMLAnchorElement>('[data-action=email]');
  const query = (state: EstimatorState) =>
    encodeEstimatorQuery(completeInputs(state.inputs, card), sanitizePreparedFor(state.preparedFor));

  /** The value each number field last showed or reported, so a change from elsewhere is told from the reader's typing. */
  const shown = new Map<HTMLInputElement, number>();
  /** The control being changed, left as the reader typed it. */
  let editing: EventTarget | null = null;
  /** The server rendered the estimate for the defaults; it is only replaced once the inputs differ. */
  let rendered = query(EMPTY_ESTIMATE_STATE);
  let firstSummary: string | undefined;
  /** The share link for what is on screen. */
  let url = '';
  let timer: ReturnType<typeof setTimeout> | undefined;

  const setError = (input: HTMLInputElement, invalid: boolean) => {
    const id = `${input.id}-error`;
    let error = document.getElementById(id);
    if (invalid && !error) {
      error = document.createElement('p');
      error.className = 'field-error';
      error.id = id;
      error.textContent = input.dataset['error']!;
      input.after(error);
    }
    if (!invalid) error?.remove();
    input.setAttribute('aria-describedby', `${input.id}-hint${invalid ? ` ${id}` : ''}`);
    if (invalid) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  };

  /** Makes the form show these inputs, without touching the control the reader is using. */
  const showInForm = (inputs: EstimatorInputs, preparedFor: string | null) => {
    for (const input of form.querySelectorAll('input')) {
      const key = input.dataset['key'] as NumberKey | 'termYears' | undefined;
      if (input === editing) continue;
      if (input.type === 'checkbox') input.checked = inputs.scope.includes(input.value as never);
      else if (key === 'termYears') input.checked = input.value === String(inputs.termYears);
      else if (key) {
        if (shown.get(input) === inputs[key]) continue;
        shown.set(input, inputs[key]);
        input.value = String(inputs[key]);
        setError(input, false);
      } else if (input.value !== (preparedFor ?? '')) input.value = preparedFor ?? '';
    }
  };

  const render = (state: EstimatorState) => {
    const inputs = completeInputs(state.inputs, card);
    const preparedFor = sanitizePreparedFor(state.preparedFor);
    const search = `?${encodeEstimatorQuery(inputs, preparedFor)}`;
    showInForm(inputs, state.preparedFor);
    // Keep the address bar a faithful, shareable copy of what is on screen.
    if (location.search !== search) history.replaceState(null, '', search);
    url = location.origin + location.pathname + search;
    // The subject names who the estimate is for; a function, so a `$` in the name stays literal.
    const subject = email.dataset['subject']!.replace('{for}', () => (preparedFor ? ` for ${preparedFor}` : ''));
    email.href = `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(
      `${email.dataset['intro']}\n\n${url}\n`,
    )}`;
    if (search === `?${rendered}`) {
      firstSummary ??= '';
      return;
    }
    rendered = search.slice(1);
    const estimate = estimatePricing(inputs, card, { locale });
    const suggestion = suggestPricingModel(inputs, card, { locale });
    const f = formatsFor(locale, currency, inputs.termYears);
    body.innerHTML = estimateHtml(estimate, suggestion, preparedFor, card, f);
    // A short summary for screen readers once the figures settle; not for the figures on opening.
    const band = (id: 'per-user' | 'per-device' | 'block-hours') =>
      f.range(estimate.models[id].monthly.low, estimate.models[id].monthly.high);
    announce(
      `Per user ${band('per-user')} a month, per device ${band('per-device')}, block hours ${band('block-hours')}. Suggested: ${estimate.models[suggestion.model].label}.`,
    );
  };

  const announce = (summary: string) => {
    clearTimeout(timer);
    firstSummary ??= summary;
    if (summary !== firstSummary) timer = setTimeout(() => (announcer.textContent = summary), 500);
  };

  /** Reads one number field; a value it cannot use is explained under the field and ignored. */
  const readNumber = (input: HTMLInputElement, key: NumberKey) => {
    const decimals = input.dataset['decimals'] !== undefined;
    const raw = input.value.trim();
    const cleaned = decimals ? raw.replace(/\s/g, '').replace(',', '.') : raw.replace(/[,\s]/g, '');
    // With decimals, "2." and ".5" count too, so typing "2.5" shows no error on the way.
    const value = (decimals ? /^(?=\.?\d)\d*(?:\.\d{0,2})?$/ : /^\d{1,15}$/).test(cleaned) ? Number(cleaned) : Number.NaN;
    const limit = INPUT_LIMITS[key];
    const invalid = cleaned !== '' && !(value >= limit.min && value <= limit.max);
    setError(input, invalid);
    if (cleaned === '' || invalid) return;
    shown.set(input, value);
    const current = completeInputs($estimator.get().inputs, card);
    // Devices follow users at the usual ratio until the reader sets a count of their own.
    updateEstimate(
      key === 'users' && current.devices === devicesForUsers(current.users, card)
        ? { users: value, devices: devicesForUsers(value, card) }
        : { [key]: value },
    );
  };

  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('input', ({ target }) => {
    const input = target as HTMLInputElement;
    const key = input.dataset['key'] as NumberKey | 'termYears' | undefined;
    editing = input;
    if (input.name === 'scope') {
      const boxes = form.querySelectorAll<HTMLInputElement>('[name=scope]:checked');
      updateEstimate({ scope: [...boxes].map((box) => box.value) as EstimatorInputs['scope'] });
    } else if (key === 'termYears') updateEstimate({ termYears: Number(input.value) as 1 | 2 | 3 });
    else if (key) readNumber(input, key);
    else setEstimatePreparedFor(input.value.trim() ? input.value : null);
    editing = null;
  });

  root.addEventListener('click', async (event) => {
    const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset['action'];
    if (action === 'reset') {
      $estimator.set(EMPTY_ESTIMATE_STATE);
      notice.textContent = '';
      fromAssessment.hidden = true;
    } else if (action === 'dismiss') notice.textContent = '';
    else if (action === 'print') print();
    else if (action === 'csv') downloadCsv();
    else if (action === 'copy') {
      const status = find('[data-share-status]');
      const manual = find('[data-manual-copy]');
      try {
        await navigator.clipboard.writeText(url);
        status.textContent = status.dataset['copied']!;
        manual.hidden = true;
      } catch {
        // Clipboard access can be refused (permissions, older browsers): offer the link to copy by hand.
        manual.hidden = false;
        status.textContent = status.dataset['blocked']!;
        const field = manual.querySelector('input')!;
        field.value = url;
        field.select();
      }
    }
  });

  /** Saves the line items of every model as a CSV file, made in the browser. */
  const downloadCsv = () => {
    const { inputs, preparedFor } = $estimator.get();
    // The byte-order mark tells spreadsheet programs the file is UTF-8.
    const csv = estimateCsv(estimatePricing(completeInputs(inputs, card), card, { locale }), currency);
    const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    const name = sanitizePreparedFor(preparedFor)
      ?.replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase();
    link.href = url;
    link.download = `co-managed-it-estimate${name ? `-${name}` : ''}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    const status = find('[data-csv-status]');
    status.textContent = status.dataset['done']!;
  };

  // Precedence on opening: a link, else what this browser saved, else the fit assessment, else defaults.
  const decoded = decodeEstimatorQuery(location.search);
  const saved = $estimator.get();
  if (decoded.fromLink) {
    const linked = { inputs: completeInputs(decoded.inputs, card), preparedFor: decoded.preparedFor };
    // Reopening the page from its own address changes nothing, so there is nothing to say.
    const differs = !hasSavedEstimate(saved) || query(saved) !== query(linked);
    notice.innerHTML = linkNoticeHtml(differs, differs && hasSavedEstimate(saved), decoded.ignored);
    $estimator.set(linked);
  } else {
    notice.innerHTML = linkNoticeHtml(false, false, decoded.ignored);
    const assessment = hasSavedEstimate(saved) ? null : readSavedAssessment(savedAssessment());
    if (assessment) {
      $estimator.set({ inputs: inputsFromAssessment(assessment.answers, card, scopeByGap), preparedFor: assessment.preparedFor });
      fromAssessment.hidden = false;
    }
  }
  $storageWorks.subscribe((works) => (find('[data-not-saving]').hidden = works));
  $estimator.subscribe(render);
  root.dataset['ready'] = '';
}
