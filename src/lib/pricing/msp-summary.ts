/*
 * The estimate in a few plain lines, for the panel that sends it to the MSP. Browser code loads
 * this when the reader reaches that panel, not with the page: the words' type is erased.
 */
import { fillTemplate } from '../text/template';
import type { MspMessage } from '../tools/msp-message';
import { estimatePricing, suggestPricingModel } from './estimate';
import { yearsInWords } from './estimate-words';
import type { EstimatorWords } from './estimator-copy-schema';
import { estimateQuery, type EstimatorState } from './estimator-state';
import { formatsFor } from './formats';
import { completeInputs } from './inputs';
import { sanitizePreparedFor } from './link-codec';
import type { RateCard } from './rate-card-schema';

/** The three ways a co-managed contract is priced; the security tier and the hire stay on the page. */
const CONTRACT_MODELS = ['per-user', 'per-device', 'block-hours'] as const;

/** What the estimator island knows that the message needs. */
export interface EstimatorSetting {
  card: RateCard;
  locale: string;
  currency: string;
  words: Pick<EstimatorWords, 'estimate' | 'years' | 'sendToMsp'>;
}

/**
 * The message for the estimate a state gives (the one on screen): its subject, the summary in a
 * few lines, and `address` (the page without its query) with the state's share query as the link.
 */
export function estimateMessage(
  state: EstimatorState,
  { card, locale, currency, words }: EstimatorSetting,
  address: string,
): MspMessage {
  const inputs = completeInputs(state.inputs, card);
  const { models } = estimatePricing(inputs, card, { locale });
  const suggestion = suggestPricingModel(inputs, card, { locale });
  const preparedFor = sanitizePreparedFor(state.preparedFor);
  const f = formatsFor(locale, currency);
  const own = words.sendToMsp;
  const years = yearsInWords(words.years, inputs.termYears, f);
  const users = f.number(inputs.users);
  const scope = inputs.scope.map((item) => card.scopeLabels[item]);
  const lines = [
    preparedFor ? fillTemplate(words.estimate.preparedFor, { name: preparedFor }) : '',
    fillTemplate(words.estimate.summary, {
      users,
      devices: f.number(inputs.devices),
      years,
      percent: f.number(inputs.annualAdjustmentPercent),
    }),
    ...(scope.length ? [own.scope, ...scope.map((label) => `- ${label}`)] : [own.noScope]),
    ...CONTRACT_MODELS.map((id) =>
      fillTemplate(own.model, {
        model: models[id].label,
        range: f.range(models[id].monthly.low, models[id].monthly.high),
        total: f.range(models[id].term.low, models[id].term.high),
        years,
      }),
    ),
    // Lower case, as the estimate on the page writes it.
    fillTemplate(words.estimate.suggestion, { model: models[suggestion.model].label.toLowerCase() }),
  ];
  return {
    subject: preparedFor
      ? fillTemplate(own.subjectFor, { name: preparedFor, users })
      : fillTemplate(own.subject, { users }),
    summary: lines.filter(Boolean).join('\n'),
    link: `${address}?${estimateQuery(state, card)}`,
  };
}
