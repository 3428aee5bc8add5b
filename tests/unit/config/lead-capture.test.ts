import { describe, expect, it } from 'vitest';
import raw from '../../../src/data/lead-capture.json' with { type: 'json' };
import { LEAD_CAPTURE_FILE, leadCapture } from '../../../src/lib/config/lead-capture';
import { leadCaptureDirectives } from '../../../src/lib/config/lead-capture-csp';
import { leadCaptureFileSchema } from '../../../src/lib/config/lead-capture-schema';
import { parseDataFile } from '../../../src/lib/config/config-error';
import { problemsFor } from '../../support/data-file-problems';

const CONSENT = 'I agree that Acme MSP may contact me about this result and keep my details for that purpose.';
const hubspot = {
  kind: 'hubspot',
  portalId: '1234567',
  formId: '3f1c2a7e-5b6d-4e8f-9a0b-1c2d3e4f5a6b',
  consent: CONSENT,
};
const endpoint = {
  kind: 'endpoint',
  url: 'https://crm.acme.example/hooks/lead?key=guide',
  encoding: 'json',
  consent: CONSENT,
};

const parse = (leadCapture: unknown) =>
  parseDataFile(leadCaptureFileSchema, { leadCapture }, LEAD_CAPTURE_FILE).leadCapture;
const problems = (leadCapture: unknown) => problemsFor(leadCaptureFileSchema, { leadCapture }, LEAD_CAPTURE_FILE);

describe('lead capture (src/data/lead-capture.json)', () => {
  it('is off as shipped', () => {
    expect(raw).toEqual({ leadCapture: null });
    expect(leadCapture).toBeNull();
  });

  it('fills in HubSpot’s usual contact properties and a 10-second wait when the file leaves them out', () => {
    expect(parse(hubspot)).toEqual({
      ...hubspot,
      fields: { name: 'firstname', email: 'email', company: 'company', summary: 'message' },
      timeoutSeconds: 10,
    });
    expect(parse({ ...endpoint, encoding: 'form', timeoutSeconds: 4 })).toMatchObject({
      encoding: 'form',
      timeoutSeconds: 4,
    });
  });

  it.each([
    [{ ...hubspot, portalId: 'acme' }, 'leadCapture.portalId: must be the HubSpot account number'],
    [{ ...hubspot, formId: 'contact-us' }, 'leadCapture.formId: must be the form’s ID'],
    [
      { ...hubspot, fields: { name: 'First Name', email: 'email', company: 'company', summary: 'message' } },
      'leadCapture.fields.name:',
    ],
    [{ ...hubspot, consent: 'OK' }, 'leadCapture.consent: write the whole sentence'],
    [{ ...endpoint, url: 'http://crm.acme.example/lead' }, 'leadCapture.url: must be an https:// URL'],
    [{ ...endpoint, url: 'https://user:pw@crm.acme.example/lead' }, 'leadCapture.url:'],
    [{ ...endpoint, encoding: 'xml' }, 'leadCapture.encoding: must be "json" or "form"'],
    [{ ...endpoint, timeoutSeconds: 0 }, 'leadCapture.timeoutSeconds: must be at least 1 second'],
    [{ ...endpoint, extra: true }, 'leadCapture:'],
    [{ ...endpoint, kind: 'mailchimp' }, 'leadCapture.kind: must be "hubspot" or "endpoint"'],
  ])('refuses %j, naming the file and the field', (config, expected) => {
    const message = problems(config);
    expect(message).toContain(LEAD_CAPTURE_FILE);
    expect(message).toContain(expected);
  });

  it('accepts plain http only for an endpoint on this machine, to test against', () => {
    expect(parse({ ...endpoint, url: 'http://127.0.0.1:4850/leads' })).toMatchObject({
      url: 'http://127.0.0.1:4850/leads',
    });
    expect(parse({ ...endpoint, url: 'http://localhost:8080/leads' })).toMatchObject({
      url: 'http://localhost:8080/leads',
    });
  });
});

describe('what lead capture adds to the tool pages’ policy', () => {
  it('adds nothing when it is off', () => {
    expect(leadCaptureDirectives(null)).toEqual([]);
  });

  it('adds exactly the origin leads go to, for requests and form posts', () => {
    expect(leadCaptureDirectives(parse(hubspot))).toEqual([
      'connect-src https://api.hsforms.com',
      'form-action https://api.hsforms.com',
    ]);
    expect(leadCaptureDirectives(parse(endpoint))).toEqual([
      'connect-src https://crm.acme.example',
      'form-action https://crm.acme.example',
    ]);
    expect(leadCaptureDirectives(parse({ ...endpoint, url: 'http://127.0.0.1:4850/leads' }))).toEqual([
      'connect-src http://127.0.0.1:4850',
      'form-action http://127.0.0.1:4850',
    ]);
  });
});
