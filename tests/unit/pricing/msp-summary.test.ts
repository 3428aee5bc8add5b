import { describe, expect, it } from 'vitest';
import { estimatePricing } from '../../../src/lib/pricing/estimate';
import { estimatorCopy } from '../../../src/lib/pricing/estimator-copy';
import { formatsFor } from '../../../src/lib/pricing/formats';
import { defaultInputsFrom } from '../../../src/lib/pricing/inputs';
import { estimateMessage, type EstimatorSetting } from '../../../src/lib/pricing/msp-summary';
import { rateCard } from '../../../src/lib/pricing/rate-card';

const setting: EstimatorSetting = { card: rateCard, locale: 'en-US', currency: 'USD', words: estimatorCopy.tool };
const ADDRESS = 'https://it.example.com/estimator/';
const START = defaultInputsFrom(rateCard);
const f = formatsFor('en-US', 'USD');

describe('the estimate in a message to the MSP', () => {
  it('gives each contract model’s monthly band and the whole term, the suggestion and the share link', () => {
    const inputs = {
      ...START,
      users: 120,
      devices: 180,
      scope: ['after-hours', 'security'] as const,
      termYears: 3 as const,
    };
    const message = estimateMessage(
      { inputs: { ...inputs, scope: [...inputs.scope] }, preparedFor: null },
      setting,
      ADDRESS,
    );
    const { models } = estimatePricing({ ...inputs, scope: [...inputs.scope] }, rateCard);
    for (const id of ['per-user', 'per-device', 'block-hours'] as const) {
      expect(message.summary).toContain(
        `${models[id].label}: ${f.range(models[id].monthly.low, models[id].monthly.high)} a month, ${f.range(models[id].term.low, models[id].term.high)} over 3 years.`,
      );
    }
    expect(message.summary).toContain('For 120 users and 180 devices over 3 years');
    expect(message.summary).toContain(
      `${estimatorCopy.tool.sendToMsp.scope}\n- ${rateCard.scopeLabels['after-hours']}\n- ${rateCard.scopeLabels.security}\n`,
    );
    expect(message.summary).toMatch(/^Suits this company: .+\.$/m);
    // The security tier and the hire stay on the page: the message is about the contract.
    expect(message.summary).not.toContain(models.hire.label);
    expect(message.subject).toBe('Co-managed IT estimate for 120 users');
    expect(message.link).toBe(
      `${ADDRESS}?v=1&users=120&devices=180&scope=after-hours,security&hours=${START.hoursPerMonth}&term=3&adj=${START.annualAdjustmentPercent}`,
    );
  });

  it('says the MSP runs the help desk only when no scope is ticked', () => {
    const message = estimateMessage({ inputs: { scope: [] }, preparedFor: null }, setting, ADDRESS);
    expect(message.summary).toContain(estimatorCopy.tool.sendToMsp.noScope);
  });

  it('names who the estimate is for in the subject and the first line, cleaned as on the page', () => {
    const message = estimateMessage({ inputs: {}, preparedFor: 'Acme\u202E Freight' }, setting, ADDRESS);
    expect(message.subject).toBe(`Co-managed IT estimate for Acme Freight (${f.number(START.users)} users)`);
    expect(message.summary.split('\n')[0]).toBe('Prepared for Acme Freight');
    expect(message.link).toContain('for=Acme%20Freight');
  });

  it('takes every sentence from the copy file', () => {
    const words = {
      ...estimatorCopy.tool,
      sendToMsp: { ...estimatorCopy.tool.sendToMsp, model: '[{model}|{range}|{total}|{years}]', subject: 'S {users}' },
    };
    const message = estimateMessage({ inputs: {}, preparedFor: null }, { ...setting, words }, ADDRESS);
    expect(message.subject).toBe(`S ${f.number(START.users)}`);
    expect(message.summary).toMatch(/^\[Per.+\|.+\|.+\|\d years\]$/m);
  });
});
