import { describe, expect, it, vi } from 'vitest';
import type { LeadCapture } from '../../../src/lib/config/lead-capture-schema';
import { leadCaptureUrl, leadRequest, sendLead, type LeadRequest } from '../../../src/lib/tools/lead-request';
import type { MspMessage } from '../../../src/lib/tools/msp-message';

const CONSENT = 'I agree that Acme MSP may contact me about this result.';
const hubspot: LeadCapture = {
  kind: 'hubspot',
  portalId: '1234567',
  formId: '3f1c2a7e-5b6d-4e8f-9a0b-1c2d3e4f5a6b',
  consent: CONSENT,
  fields: { name: 'firstname', email: 'email', company: 'company', summary: 'message' },
  timeoutSeconds: 10,
};
const json: LeadCapture = {
  kind: 'endpoint',
  url: 'https://leads.acme.example/in?src=guide',
  encoding: 'json',
  consent: CONSENT,
  timeoutSeconds: 10,
};
const form: LeadCapture = { ...json, encoding: 'form' };
const details = { name: 'Zoë Ortiz', email: 'zoe@acme.example', company: 'Acme & Sons' };
const message: MspMessage = {
  subject: 'S',
  summary: 'Co-managed IT fits best.\nMy answers: 120 employees.',
  link: 'https://it.example.com/assessment/?v=1',
};
const page = { url: 'https://it.example.com/assessment/', title: 'Fit assessment' };

describe('where a lead goes', () => {
  it('is HubSpot’s public form-submission endpoint for the account and form, or the MSP’s own URL', () => {
    expect(leadCaptureUrl(hubspot)).toBe(
      'https://api.hsforms.com/submissions/v3/integration/submit/1234567/3f1c2a7e-5b6d-4e8f-9a0b-1c2d3e4f5a6b',
    );
    expect(leadCaptureUrl(json)).toBe(json.url);
  });
});

describe('what a lead says', () => {
  it('gives HubSpot each value as a contact property of the form, with the page and the consent given', () => {
    const request = leadRequest(hubspot, details, message, page);
    expect(request.contentType).toBe('application/json');
    expect(JSON.parse(request.body)).toEqual({
      fields: [
        { objectTypeId: '0-1', name: 'firstname', value: 'Zoë Ortiz' },
        { objectTypeId: '0-1', name: 'email', value: 'zoe@acme.example' },
        { objectTypeId: '0-1', name: 'company', value: 'Acme & Sons' },
        { objectTypeId: '0-1', name: 'message', value: `${message.summary}\n${message.link}` },
      ],
      context: { pageUri: page.url, pageName: page.title },
      legalConsentOptions: { consent: { consentToProcess: true, text: CONSENT } },
    });
  });

  it('leaves an empty company out of a HubSpot submission, and uses the property names the MSP chose', () => {
    const custom = {
      ...hubspot,
      fields: { name: 'full_name', email: 'work_email', company: 'company', summary: 'notes' },
    };
    const { fields } = JSON.parse(leadRequest(custom, { ...details, company: '' }, message, page).body);
    expect(fields.map((field: { name: string }) => field.name)).toEqual(['full_name', 'work_email', 'notes']);
  });

  it('writes the same fields to the MSP’s endpoint as JSON or as a form post', () => {
    const expected = {
      name: 'Zoë Ortiz',
      email: 'zoe@acme.example',
      company: 'Acme & Sons',
      consentText: CONSENT,
      summary: message.summary,
      link: message.link,
      page: page.url,
    };
    const asJson = leadRequest(json, details, message, page);
    expect(asJson).toMatchObject({ url: json.url, contentType: 'application/json' });
    expect(JSON.parse(asJson.body)).toEqual({ ...expected, consent: true });
    const asForm = leadRequest(form, details, message, page);
    expect(asForm.contentType).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(asForm.body))).toEqual({ ...expected, consent: 'yes' });
  });

  it('sends an empty link when the result was too big for one', () => {
    expect(JSON.parse(leadRequest(json, details, { ...message, link: null }, page).body).link).toBe('');
  });
});

describe('sending a lead', () => {
  const request: LeadRequest = { url: 'https://leads.acme.example/in', contentType: 'application/json', body: '{}' };
  const answer = (status: number) => vi.fn(async (_url: string, _init: RequestInit) => new Response(null, { status }));

  it.each([200, 201, 204, 299])('counts a %i answer as sent', async (status) => {
    expect(await sendLead(request, 1000, answer(status))).toEqual({ sent: true });
  });

  it.each([300, 302, 400, 404, 429, 500, 503])('counts a %i answer as refused, with its status', async (status) => {
    expect(await sendLead(request, 1000, answer(status))).toEqual({ sent: false, reason: 'refused', status });
  });

  it('posts the body with its type, without cookies', async () => {
    const send = answer(200);
    await sendLead(request, 1000, send);
    expect(send).toHaveBeenCalledWith(
      request.url,
      expect.objectContaining({ method: 'POST', body: '{}', credentials: 'omit' }),
    );
    expect(send).toHaveBeenCalledWith(
      request.url,
      expect.objectContaining({ headers: { 'content-type': 'application/json' } }),
    );
  });

  it('calls a failed connection a network failure', async () => {
    const send = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await sendLead(request, 1000, send)).toEqual({ sent: false, reason: 'network' });
  });

  it('aborts a request that gets no answer in time and calls it a timeout', async () => {
    vi.useFakeTimers();
    try {
      let signal: AbortSignal | undefined;
      const hang = vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise<Response>((_resolve, reject) => {
            signal = init.signal ?? undefined;
            signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
          }),
      );
      const outcome = sendLead(request, 5000, hang);
      await vi.advanceTimersByTimeAsync(4999);
      expect(signal?.aborted).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(await outcome).toEqual({ sent: false, reason: 'timeout' });
      expect(signal?.aborted).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
