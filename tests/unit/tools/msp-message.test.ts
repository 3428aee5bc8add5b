import { describe, expect, it } from 'vitest';
import {
  mspBookingHref,
  mspEmailHref,
  summaryWithLink,
  type MspContact,
  type MspMessage,
} from '../../../src/lib/tools/msp-message';
import { sharedToolCopy } from '../../../src/lib/tools/shared-tool-copy';

const words = sharedToolCopy.sendToMsp;
const contact: MspContact = { name: 'Acme MSP', email: 'hello@acme.example', booking: null };
const summary = 'Fit assessment for Zoë & Co: co-managed IT fits best.';
const link = 'https://site.example/assessment/co-managed/?v=1&employees=120&for=Zo%C3%AB';
const message: MspMessage = { subject: 'Fit assessment: co-managed', summary, link };

describe('a message to the MSP', () => {
  it('goes to the MSP’s address with the subject, the summary and the link in its body', () => {
    const url = new URL(mspEmailHref(contact, words, message));
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('hello@acme.example');
    expect(url.searchParams.get('subject')).toBe('Fit assessment: co-managed');
    const body = url.searchParams.get('body')!;
    expect(body).toContain('Acme MSP');
    expect(body).toContain(summary);
    expect(body.split('\n')).toContain(link);
  });

  it('leaves the link and the sentence introducing it out when the result is too big for a link', () => {
    const body = new URL(mspEmailHref(contact, words, { ...message, link: null })).searchParams.get('body')!;
    expect(body).toContain(summary);
    expect(body).not.toContain('https://');
    expect(body).not.toContain(words.bodyOutro);
  });

  it('offers no booking link unless the brand has one, and prefills the notes where it can', () => {
    expect(mspBookingHref(contact, message)).toBeNull();
    const plain = mspBookingHref(
      { ...contact, booking: { url: 'https://cal.example/acme/intro', summaryParam: null } },
      message,
    );
    expect(plain).toBe('https://cal.example/acme/intro');
    const filled = new URL(
      mspBookingHref(
        { ...contact, booking: { url: 'https://cal.example/acme/intro?x=1', summaryParam: 'notes' } },
        message,
      )!,
    );
    expect(filled.searchParams.get('x')).toBe('1');
    expect(filled.searchParams.get('notes')).toBe(`${summary}\n${link}`);
  });

  it('puts the link on a line of its own after the summary, or gives the summary alone', () => {
    expect(summaryWithLink(message)).toBe(`${summary}\n${link}`);
    expect(summaryWithLink({ ...message, link: null })).toBe(summary);
  });
});
