import { z } from 'zod';
import { NEEDS } from '../assessment/answers';
import { MSP_CAPABLE } from '../assessment/split';
import { SCOPES } from '../pricing/scopes';

/** Readers see this text where the estimator explains its pre-fill, so it has to be a real sentence. */
const reasoning = z.string().trim().min(20, 'explain the mapping in a full sentence; readers see this text');

const scopeItem = z.enum(SCOPES, { error: () => `must be an estimator scope item: one of ${SCOPES.join(', ')}` });

// Compliance ownership, strategy and the rest of ALWAYS_INTERNAL are not in this list, so a gap
// can never hand them over.
const mspWork = z.enum(MSP_CAPABLE, {
  error: () => `must be work an MSP can own: one of ${MSP_CAPABLE.join(', ')}`,
});

/** Each scope item stands for one slice of work, so pricing it never prices work the split keeps. */
const pricedAs = z.record(mspWork, scopeItem).superRefine((map, ctx) => {
  const firstPricing = new Map<string, string>();
  for (const [work, item] of Object.entries(map)) {
    const earlier = firstPricing.get(item);
    if (earlier === undefined) firstPricing.set(item, work);
    else {
      ctx.addIssue({
        code: 'custom',
        path: [work],
        message: `prices the same scope item (${item}) as ${earlier}; each scope item stands for one slice of work`,
      });
    }
  }
});

const gap = z.strictObject({
  handOver: z
    .array(mspWork)
    .min(1, 'a gap the MSP fills hands it at least one slice of work')
    .refine((items) => new Set(items).size === items.length, 'must not list a slice of work twice'),
  reasoning,
});

export const gapToWorkSchema = z.strictObject({
  pricedAs,
  gaps: z.record(z.enum(NEEDS), gap),
});
