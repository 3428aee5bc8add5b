/*
 * What the lead form sends and how it knows it arrived. Browser code imports this (only when a
 * reader opens the form), so the config's type is erased and nothing here validates.
 */
import type { LeadCapture } from '../config/lead-capture-schema';
import { summaryWithLink, type MspMessage } from './msp-message';

/** What the reader typed: only ever held in the form, sent when they press Send, never stored. */
export interface LeadDetails {
  name: string;
  email: string;
  company: string;
}

/** The page the lead was sent from, without its query (which holds the reader's answers). */
export interface LeadPage {
  url: string;
  title: string;
}

export interface LeadRequest {
  url: string;
  contentType: string;
  body: string;
}

/** HubSpot's unauthenticated "submit data to a form" endpoint, the one that accepts requests from a browser. */
const HUBSPOT_SUBMIT = 'https://api.hsforms.com/submissions/v3/integration/submit';

/** Where a lead is posted; the build allows exactly this URL's origin in the tool pages' policy. */
export function leadCaptureUrl(config: LeadCapture): string {
  return config.kind === 'hubspot'
    ? `${HUBSPOT_SUBMIT}/${encodeURIComponent(config.portalId)}/${encodeURIComponent(config.formId)}`
    : config.url;
}

/** HubSpot's contact object: the fields are contact properties. */
const HUBSPOT_CONTACT = '0-1';

export function leadRequest(
  config: LeadCapture,
  details: LeadDetails,
  message: MspMessage,
  page: LeadPage,
): LeadRequest {
  const url = leadCaptureUrl(config);
  if (config.kind === 'hubspot') {
    const { fields } = config;
    const values: [property: string, value: string][] = [
      [fields.name, details.name],
      [fields.email, details.email],
      [fields.company, details.company],
      [fields.summary, summaryWithLink(message)],
    ];
    return {
      url,
      contentType: 'application/json',
      body: JSON.stringify({
        // An empty optional field is left out, as HubSpot's own forms do.
        fields: values
          .filter(([, value]) => value !== '')
          .map(([name, value]) => ({ objectTypeId: HUBSPOT_CONTACT, name, value })),
        context: { pageUri: page.url, pageName: page.title },
        legalConsentOptions: { consent: { consentToProcess: true, text: config.consent } },
      }),
    };
  }
  const fields = {
    name: details.name,
    email: details.email,
    company: details.company,
    consent: 'yes',
    consentText: config.consent,
    summary: message.summary,
    link: message.link ?? '',
    page: page.url,
  };
  return config.encoding === 'json'
    ? { url, contentType: 'application/json', body: JSON.stringify({ ...fields, consent: true }) }
    : { url, contentType: 'application/x-www-form-urlencoded', body: new URLSearchParams(fields).toString() };
}

/** How a send ended: only a 2xx answer counts as sent. */
export type LeadOutcome =
  { sent: true } | { sent: false; reason: 'refused'; status: number } | { sent: false; reason: 'timeout' | 'network' };

type Send = (url: string, init: RequestInit) => Promise<Pick<Response, 'ok' | 'status'>>;

/**
 * Posts the lead and waits at most `timeoutMs` for the answer, then gives up on it (the request
 * is aborted, so a late answer changes nothing). Never throws: every failure is an outcome the
 * form can put into words.
 */
export async function sendLead(request: LeadRequest, timeoutMs: number, send: Send = fetch): Promise<LeadOutcome> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await send(request.url, {
      method: 'POST',
      headers: { 'content-type': request.contentType },
      body: request.body,
      signal: controller.signal,
      // The MSP's endpoint gets the lead and nothing else of the reader's: no cookies.
      credentials: 'omit',
      cache: 'no-store',
    });
    return response.ok ? { sent: true } : { sent: false, reason: 'refused', status: response.status };
  } catch {
    return { sent: false, reason: timedOut ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}
