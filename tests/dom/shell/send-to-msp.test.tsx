import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MspMessage, MspPanelSetup } from '../../../src/lib/tools/msp-message';
import { sharedToolCopy } from '../../../src/lib/tools/shared-tool-copy';
import { SendToMsp } from '../../../src/tools/shell/SendToMsp';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const setup: MspPanelSetup = {
  contact: { name: 'Acme MSP', email: 'hello@acme.example', booking: null },
  words: sharedToolCopy.sendToMsp,
  lead: null,
};
const booking = { url: 'https://cal.example/acme/intro', summaryParam: 'notes' };
const messageFor = (version: string): MspMessage => ({
  subject: `Result ${version}`,
  summary: `Summary of ${version}`,
  link: `https://it.example.com/tool/?v=${version}`,
});

const emailLink = () => screen.getByRole('link', { name: 'E-mail Acme MSP' });
const bodyOf = (href: string | null) => new URL(href!).searchParams.get('body');

describe('SendToMsp', () => {
  it('links plainly to the MSP as built, then carries the result’s summary and link once the reader comes near', async () => {
    const message = vi.fn(async () => messageFor('1'));
    render(<SendToMsp setup={{ ...setup, contact: { ...setup.contact, booking } }} version="1" message={message} />);
    expect(screen.getByRole('heading', { name: 'Send this to Acme MSP' })).toBeTruthy();
    expect(emailLink().getAttribute('href')).toBe('mailto:hello@acme.example');
    const book = screen.getByRole('link', { name: 'Book a call with Acme MSP' });
    expect(book.getAttribute('href')).toBe(booking.url);
    expect(message).not.toHaveBeenCalled();

    fireEvent.pointerEnter(emailLink().closest('section')!);
    await waitFor(() => expect(bodyOf(emailLink().getAttribute('href'))).toContain('Summary of 1'));
    expect(new URL(emailLink().getAttribute('href')!).searchParams.get('subject')).toBe('Result 1');
    expect(new URL(book.getAttribute('href')!).searchParams.get('notes')).toBe(
      'Summary of 1\nhttps://it.example.com/tool/?v=1',
    );
    // Reaching it again for the same result makes nothing again.
    fireEvent.focusIn(emailLink());
    expect(message).toHaveBeenCalledTimes(1);
  });

  it('makes the message again for a changed result the next time the reader reaches the panel', async () => {
    const message = vi.fn(async () => messageFor('1'));
    const { rerender } = render(<SendToMsp setup={setup} version="1" message={message} />);
    fireEvent.focusIn(emailLink());
    await waitFor(() => expect(bodyOf(emailLink().getAttribute('href'))).toContain('Summary of 1'));
    message.mockImplementation(async () => messageFor('2'));
    rerender(<SendToMsp setup={setup} version="2" message={message} />);
    fireEvent.focusIn(emailLink());
    await waitFor(() => expect(bodyOf(emailLink().getAttribute('href'))).toContain('Summary of 2'));
  });

  it('holds a link followed before its message is made, then opens the full message', async () => {
    const assign = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, assign } as Location);
    render(<SendToMsp setup={setup} version="1" message={async () => messageFor('1')} />);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    emailLink().dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    await waitFor(() => expect(assign).toHaveBeenCalledOnce());
    expect(bodyOf(assign.mock.calls[0]![0])).toContain('Summary of 1');
    // Once made for the result on screen, the link is followed as it is.
    const again = new MouseEvent('click', { bubbles: true, cancelable: true });
    emailLink().dispatchEvent(again);
    expect(again.defaultPrevented).toBe(false);
  });

  it('opens the booking page in a new tab, never in the page or a frame holding it, even before its message is made', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    render(
      <SendToMsp
        setup={{ ...setup, contact: { ...setup.contact, booking } }}
        version="1"
        message={async () => messageFor('1')}
      />,
    );
    const book = screen.getByRole('link', { name: 'Book a call with Acme MSP' });
    expect(book.getAttribute('target')).toBe('_blank');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    book.dispatchEvent(click);
    await waitFor(() => expect(open).toHaveBeenCalledOnce());
    const [href, target] = open.mock.calls[0]!;
    expect(target).toBe('_blank');
    expect(new URL(String(href)).searchParams.get('notes')).toContain('Summary of 1');
  });

  it('offers no lead form unless the MSP set one up', () => {
    render(<SendToMsp setup={setup} version="1" message={async () => messageFor('1')} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(document.querySelector('form')).toBeNull();
  });
});
