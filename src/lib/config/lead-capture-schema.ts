import { z } from 'zod';

/**
 * Optional lead capture: a form under every result that sends the reader's name, e-mail and
 * company, with the result's summary and link, to the MSP's CRM. Off (null) by default, so the
 * default site makes no request to anyone else. Turning it on is also what opens the tool pages'
 * Content-Security-Policy to that one origin (lead-capture-csp.ts).
 */

/** Browsers only treat http as trustworthy on this machine: plain http is for a local test endpoint. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function isEndpointUrl(value: string): boolean {
  try {
    const url = new URL(value);
    const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
    return secure && !url.username && !url.password && !url.hash;
  } catch {
    return false;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The sentence the reader ticks to agree; the MSP's own words, sent along with every lead. */
const consent = z
  .string({ error: 'write the sentence the reader ticks to agree to be contacted' })
  .trim()
  .min(
    20,
    'write the whole sentence the reader agrees to: who will contact them, about what, and where the privacy notice is',
  )
  .max(600, 'keep the consent sentence under 600 characters');

/** How long the reader waits for an answer before being told it did not go through. */
const timeoutSeconds = z
  .number()
  .int('must be a whole number of seconds')
  .min(1, 'must be at least 1 second')
  .max(60, 'must be at most 60 seconds')
  .default(10);

/** A HubSpot contact property: lowercase letters, digits and underscores, as HubSpot names them. */
const hubspotProperty = z.string().regex(/^[a-z][a-z0-9_]{0,99}$/, 'must be a HubSpot property name such as "company"');

const hubspot = z.strictObject({
  kind: z.literal('hubspot'),
  /** The HubSpot account number (the form's embed code calls it portalId). */
  portalId: z
    .string()
    .regex(/^\d{1,12}$/, 'must be the HubSpot account number, digits only (portalId in the embed code)'),
  /** The form's ID (formId in the embed code). */
  formId: z
    .string()
    .regex(UUID, 'must be the form’s ID, such as 3f1c2a7e-5b6d-4e8f-9a0b-1c2d3e4f5a6b (formId in the embed code)'),
  consent,
  /**
   * Which property of the HubSpot form receives each value. HubSpot refuses a submission that
   * names a property the form does not have, so each one must be a field on that form.
   */
  fields: z
    .strictObject({
      name: hubspotProperty,
      email: hubspotProperty,
      company: hubspotProperty,
      summary: hubspotProperty,
    })
    .default({ name: 'firstname', email: 'email', company: 'company', summary: 'message' }),
  timeoutSeconds,
});

const endpoint = z.strictObject({
  kind: z.literal('endpoint'),
  url: z
    .string()
    .refine(isEndpointUrl, 'must be an https:// URL (http:// only for localhost, to test against a local endpoint)'),
  /** How the body is written: JSON, or an HTML form's `application/x-www-form-urlencoded`. */
  encoding: z.enum(['json', 'form'], { error: 'must be "json" or "form"' }),
  consent,
  timeoutSeconds,
});

export const leadCaptureSchema = z.discriminatedUnion('kind', [hubspot, endpoint], {
  error: 'must be "hubspot" or "endpoint" (or set leadCapture to null to turn lead capture off)',
});
export type LeadCapture = z.infer<typeof leadCaptureSchema>;

export const leadCaptureFileSchema = z.strictObject({ leadCapture: leadCaptureSchema.nullable() });
