import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { estimateCsv } from '../../lib/pricing/csv';
import { estimatePricing, suggestPricingModel } from '../../lib/pricing/estimate';
import { completeInputs, inputsFromAssessment } from '../../lib/pricing/inputs';
import { decodeEstimatorQuery, encodeEstimatorQuery, sanitizePreparedFor } from '../../lib/pricing/link-codec';
import { formatMoney, formatMoneyRange } from '../../lib/pricing/money';
import type { RateCard } from '../../lib/pricing/rate-card-schema';
import {
  $assessment,
  $estimator,
  $storageWorks,
  EMPTY_ESTIMATE_STATE,
  hasSavedEstimate,
  setEstimatePreparedFor,
  updateEstimate,
} from '../../stores/estimator';
import { LinkNotice } from '../shared/LinkNotice';
import { ShareActions } from '../shared/ShareActions';
import { CsvDownload } from './CsvDownload';
import { EstimateResult } from './EstimateResult';
import { EstimatorForm } from './EstimatorForm';

interface Props {
  /** Validated at build time by the page; the island never loads the validator. */
  card: RateCard;
  locale: string;
  currency: string;
  siteName: string;
}

/** Formatting helpers every part of the result uses. */
export interface Formats {
  money(cents: number): string;
  range(low: number, high: number): string;
  number(value: number): string;
  /** The contract term in words: "3 years". */
  years: string;
}

interface LinkState {
  fromLink: boolean;
  replacedSaved: boolean;
  ignored: { param: string; value: string; reason: string }[];
}

const NO_LINK: LinkState = { fromLink: false, replacedSaved: false, ignored: [] };

/**
 * Preact leaves an element's server-rendered children alone when it hydrates one with
 * `dangerouslySetInnerHTML`, and keeps them while the same value is passed again.
 */
const KEEP_SERVER_HTML = { __html: '' };

export default function PricingEstimator({ card, locale, currency, siteName }: Props) {
  const stored = useStore($estimator);
  const storageWorks = useStore($storageWorks);
  // Until the page has decided where the inputs come from, render what the server rendered.
  const [base, setBase] = useState('');
  const [link, setLink] = useState<LinkState>(NO_LINK);
  const [fromAssessment, setFromAssessment] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const firstSummary = useRef<string | null>(null);

  // Precedence on opening: a link, else what this browser saved, else the fit assessment, else defaults.
  useEffect(() => {
    const decoded = decodeEstimatorQuery(location.search);
    const saved = $estimator.get();
    const query = (state: typeof saved) => encodeEstimatorQuery(completeInputs(state.inputs, card), state.preparedFor);
    if (decoded.fromLink) {
      const linked = { inputs: completeInputs(decoded.inputs, card), preparedFor: decoded.preparedFor };
      // Reopening the page from its own address changes nothing, so there is nothing to say.
      const differs = !hasSavedEstimate(saved) || query(saved) !== query(linked);
      setLink({ fromLink: differs, replacedSaved: differs && hasSavedEstimate(saved), ignored: decoded.ignored });
      $estimator.set(linked);
    } else {
      setLink({ ...NO_LINK, ignored: decoded.ignored });
      const { answers, preparedFor } = $assessment.get();
      if (!hasSavedEstimate(saved) && (answers.employees !== null || answers.needsAnswered)) {
        $estimator.set({
          inputs: inputsFromAssessment({ employees: answers.employees ?? Number.NaN, needs: answers.needs }, card),
          preparedFor,
        });
        setFromAssessment(true);
      }
    }
    setBase(`${location.origin}${location.pathname}`);
  }, []);

  const state = base ? stored : EMPTY_ESTIMATE_STATE;
  const inputs = completeInputs(state.inputs, card);
  const preparedFor = sanitizePreparedFor(state.preparedFor);
  const query = encodeEstimatorQuery(inputs, preparedFor);
  // The server rendered the estimate for the defaults. Until the inputs differ from those, the
  // browser keeps that HTML instead of recomputing it: hydrating stays light, and the first use of
  // Intl (which loads the locale's number data) waits until there is something new to show.
  const live = useRef(typeof window === 'undefined');
  const serverQuery = useMemo(() => encodeEstimatorQuery(completeInputs({}, card), null), [card]);
  if (query !== serverQuery) live.current = true;
  const estimate = useMemo(() => (live.current ? estimatePricing(inputs, card, { locale }) : null), [query, live.current]);
  const suggestion = useMemo(() => (live.current ? suggestPricingModel(inputs, card, { locale }) : null), [query, live.current]);
  const formats: Formats = {
    money: (cents) => formatMoney(cents, locale, currency),
    range: (low, high) => formatMoneyRange(low, high, locale, currency),
    number: (value) => value.toLocaleString(locale),
    years: `${inputs.termYears} year${inputs.termYears === 1 ? '' : 's'}`,
  };

  // Keep the address bar a faithful, shareable copy of what is on screen.
  useEffect(() => {
    if (base && location.search !== `?${query}`) history.replaceState(null, '', `?${query}`);
  }, [query, base]);

  const band = (id: 'per-user' | 'per-device' | 'block-hours') =>
    formats.range(estimate!.models[id].monthly.low, estimate!.models[id].monthly.high);
  const summary =
    estimate && suggestion
      ? `Per user ${band('per-user')} a month, per device ${band('per-device')}, block hours ${band('block-hours')}. Suggested: ${estimate.models[suggestion.model].label}.`
      : '';
  // A short summary for screen readers once the figures settle; not on opening the page.
  useEffect(() => {
    if (!base) return;
    if (firstSummary.current === null) firstSummary.current = summary;
    if (summary === firstSummary.current) return;
    const timer = setTimeout(() => setAnnouncement(summary), 500);
    return () => clearTimeout(timer);
  }, [summary, base]);

  return (
    <div class="estimator" data-ready={base ? '' : undefined}>
      <LinkNotice {...link} onDismiss={() => setLink(NO_LINK)} />
      {fromAssessment && (
        <p class="notice no-print">
          Filled in from your fit assessment: users from your head count, scope from the gaps you chose. Change anything below.
        </p>
      )}
      {!storageWorks && (
        <p class="notice" role="status">
          This browser is not saving your inputs, so they will be lost on reload. Copy the link below to keep them.
        </p>
      )}
      <EstimatorForm
        card={card}
        inputs={inputs}
        preparedFor={state.preparedFor}
        onChange={(change) => updateEstimate(change(completeInputs($estimator.get().inputs, card)))}
        onPreparedFor={setEstimatePreparedFor}
        onReset={() => {
          $estimator.set(EMPTY_ESTIMATE_STATE);
          setFromAssessment(false);
          setLink(NO_LINK);
        }}
      />
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <section id="estimate" class="estimator-result result-body" aria-labelledby="estimate-title">
        {estimate && suggestion ? (
          <EstimateResult estimate={estimate} suggestion={suggestion} inputs={inputs} preparedFor={preparedFor} card={card} formats={formats} />
        ) : (
          <div class="est-body" dangerouslySetInnerHTML={KEEP_SERVER_HTML} />
        )}
        <h3 class="no-print">Share or keep this estimate</h3>
        <CsvDownload csv={() => estimateCsv(estimate ?? estimatePricing(inputs, card, { locale }), currency)} preparedFor={preparedFor} />
        <ShareActions
          url={`${base}?${query}`}
          emailSubject={`Co-managed IT estimate${preparedFor ? ` for ${preparedFor}` : ''} (${siteName})`}
          emailIntro="Here is the co-managed IT pricing estimate. Open the link to see every model and change any input:"
          printLabel="Print with the chart"
        />
      </section>
    </div>
  );
}
