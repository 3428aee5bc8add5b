/*
 * The panel when the parts it loads on demand cannot be fetched (a phone that lost its signal):
 * the reader is told and can retry, and the e-mail link still reaches the MSP.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MspPanelSetup } from '../../../src/lib/tools/msp-message';
import { sharedToolCopy } from '../../../src/lib/tools/shared-tool-copy';
import { fillTemplate } from '../../../src/lib/text/template';
import { SendToMsp } from '../../../src/tools/shell/SendToMsp';

vi.mock('../../../src/tools/shell/LeadForm', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});
vi.mock('../../../src/tools/shell/send-to-msp-live', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

const setup: MspPanelSetup = {
  contact: { name: 'Acme MSP', email: 'hello@acme.example', booking: null },
  words: sharedToolCopy.sendToMsp,
  lead: {
    config: {
      kind: 'endpoint',
      url: 'https://leads.acme.example/in',
      encoding: 'json',
      consent: 'I agree.',
      timeoutSeconds: 1,
    },
    words: sharedToolCopy.leadForm,
  },
};
const message = async () => ({
  subject: 'Fit assessment',
  summary: 'Co-managed IT fits best.',
  link: 'https://x.example/',
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the panel under a result, offline', () => {
  it('says the form did not load, keeps it closed, and offers the button again', async () => {
    render(<SendToMsp setup={setup} version="1" message={message} />);
    const open = screen.getByRole('button', { name: 'Ask Acme MSP to get in touch' });
    fireEvent.click(open);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(fillTemplate(sharedToolCopy.sendToMsp.loadFailed, { msp: 'Acme MSP' }));
    expect(open.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('opens the plain e-mail to the MSP when the summary cannot be made', async () => {
    const assign = vi.spyOn(window.location, 'assign').mockImplementation(() => {});
    render(<SendToMsp setup={setup} version="1" message={message} />);
    fireEvent.click(screen.getByRole('link', { name: 'E-mail Acme MSP' }));
    await vi.waitFor(() => expect(assign).toHaveBeenCalledWith('mailto:hello@acme.example'));
  });
});
