import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LeadCapture } from '../../../src/lib/config/lead-capture-schema';
import type { MspMessage, MspPanelSetup } from '../../../src/lib/tools/msp-message';
import { sharedToolCopy } from '../../../src/lib/tools/shared-tool-copy';
import { SendToMsp } from '../../../src/tools/shell/SendToMsp';

const words = sharedToolCopy.leadForm;
const CONSENT = 'I agree that Acme MSP may contact me about this result and keep my details for that purpose.';
const endpoint: LeadCapture = {
  kind: 'endpoint',
  url: 'https://leads.acme.example/in',
  encoding: 'json',
  consent: CONSENT,
  timeoutSeconds: 1,
};
const setup: MspPanelSetup = {
  contact: { name: 'Acme MSP', email: 'hello@acme.example', booking: null },
  words: sharedToolCopy.sendToMsp,
  lead: { config: endpoint, words },
};
const message: MspMessage = {
  subject: 'Fit assessment',
  summary: 'Co-managed IT fits best.',
  link: 'https://it.example.com/assessment/co-managed/?v=1&employees=120',
};

const fetchMock = vi.fn<typeof fetch>();
const writeText = vi.fn<(text: string) => Promise<void>>();

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  writeText.mockReset().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  localStorage.clear();
  sessionStorage.clear();
  history.replaceState(null, '', '/assessment/co-managed/?v=1&employees=120');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function openForm() {
  render(<SendToMsp setup={setup} version="1" message={async () => message} />);
  const open = screen.getByRole('button', { name: 'Ask Acme MSP to get in touch' });
  expect(open.getAttribute('aria-expanded')).toBe('false');
  fireEvent.click(open);
  await screen.findByRole('textbox', { name: words.name });
  expect(open.getAttribute('aria-expanded')).toBe('true');
  return open;
}

const box = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const type = (name: string, value: string) => fireEvent.input(box(name), { target: { value } });
const consent = () => screen.getByRole('checkbox', { name: CONSENT }) as HTMLInputElement;
const send = () => fireEvent.click(screen.getByRole('button', { name: 'Send to Acme MSP' }));
const describedBy = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

function fillIn() {
  type(words.name, ' Dana  Ortiz ');
  type(words.email, 'dana@acme-freight.example');
  type(words.company, 'Acme Freight');
  fireEvent.click(consent());
}

describe('the lead form', () => {
  it('says what is missing next to each field, sends nothing, and moves to the first problem', async () => {
    await openForm();
    type(words.email, 'dana at acme');
    send();
    expect(fetchMock).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(box(words.name));
    expect(box(words.name).getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(box(words.name))).toContain(words.nameMissing);
    expect(describedBy(box(words.email))).toContain(words.emailInvalid);
    expect(describedBy(box(words.email))).toContain('Acme MSP replies to this address.');
    expect(describedBy(consent())).toContain('Tick the box to agree');
    // The company is optional.
    expect(box(words.company).getAttribute('aria-invalid')).toBeNull();
    // Fixing a field clears its message as the reader types.
    type(words.name, 'Dana');
    expect(box(words.name).getAttribute('aria-invalid')).toBeNull();
  });

  it('posts the details, the consent and the summary with its link, and says it was sent', async () => {
    fetchMock.mockResolvedValue(new Response('{}', { status: 201 }));
    await openForm();
    fillIn();
    send();
    const sent = await screen.findByText('Sent. Acme MSP has your details and the summary, and will be in touch.');
    expect(sent.getAttribute('role')).toBe('status');
    expect(document.activeElement).toBe(sent);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(endpoint.url);
    expect(init?.credentials).toBe('omit');
    expect(JSON.parse(String(init?.body))).toEqual({
      name: 'Dana Ortiz',
      email: 'dana@acme-freight.example',
      company: 'Acme Freight',
      consent: true,
      consentText: CONSENT,
      summary: message.summary,
      link: message.link,
      page: `${location.origin}/assessment/co-managed/`,
    });
    // What the reader typed went nowhere else: not into storage, not into the address.
    expect(JSON.stringify({ ...localStorage, ...sessionStorage })).not.toMatch(/Dana|acme-freight/);
    expect(location.href).not.toMatch(/Dana|acme-freight/);
  });

  it('reports a refusal, keeps every value, and offers the summary to copy', async () => {
    fetchMock.mockResolvedValue(new Response('oops', { status: 500 }));
    await openForm();
    fillIn();
    send();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('error 500');
    expect(alert.textContent).toContain('Everything you typed is still in the form');
    expect(document.activeElement).toBe(alert);
    expect(box(words.name).value).toBe(' Dana  Ortiz ');
    expect(box(words.email).value).toBe('dana@acme-freight.example');
    expect(box(words.company).value).toBe('Acme Freight');
    expect(consent().checked).toBe(true);
    const summary = screen.getByRole('textbox', { name: words.summaryLabel }) as HTMLTextAreaElement;
    expect(summary.value).toBe(`${message.summary}\n${message.link}`);
    fireEvent.click(screen.getByRole('button', { name: words.copy }));
    await screen.findByText(words.copied);
    expect(writeText).toHaveBeenCalledWith(`${message.summary}\n${message.link}`);
  });

  it('gives up on an endpoint that never answers after the timeout, and says so', async () => {
    fetchMock.mockImplementation(
      (_url, init) =>
        new Promise((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        ),
    );
    await openForm();
    fillIn();
    send();
    expect(screen.getByText('Sending to Acme MSP…')).toBeTruthy();
    const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(alert.textContent).toContain('Acme MSP did not answer in time');
    expect(box(words.email).value).toBe('dana@acme-freight.example');
  });

  it('keeps what was typed while the form is folded away', async () => {
    const open = await openForm();
    type(words.name, 'Dana');
    fireEvent.click(open);
    expect(open.getAttribute('aria-expanded')).toBe('false');
    expect((document.getElementById('lead-form') as HTMLFormElement).hidden).toBe(true);
    fireEvent.click(open);
    await waitFor(() => expect(box(words.name).value).toBe('Dana'));
  });
});
