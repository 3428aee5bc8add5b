import { describe, expect, it } from 'vitest';
import { isTrackingParam } from '../../../src/lib/links/tracking-params';

describe('tracking parameters', () => {
  it.each([
    // Both codecs dropped these before the list was shared…
    'utm_source',
    'utm_medium',
    'utm_campaign',
    'fbclid',
    'gclid',
    'msclkid',
    'mc_cid',
    'mc_eid',
    // …the assessment also these…
    'gbraid',
    'wbraid',
    'dclid',
    'twclid',
    'ttclid',
    'li_fat_id',
    'igshid',
    'yclid',
    '_ga',
    '_gl',
    '_hsenc',
    '_hsmi',
    'mkt_tok',
    // …and the estimator any utm_ name at all.
    'utm_',
    'utm_x-y',
    'utm_ä',
  ])('%s is dropped', (name) => {
    expect(isTrackingParam(name)).toBe(true);
  });

  it.each(['v', 'for', 'users', 'needs', 'utm', 'xutm_source', 'gclid2', 'ref', '__proto__', ''])(
    '%j is a parameter like any other',
    (name) => {
      expect(isTrackingParam(name)).toBe(false);
    },
  );
});
