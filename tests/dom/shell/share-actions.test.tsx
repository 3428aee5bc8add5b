import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ShareActions, type ShareStatus } from '../../../src/tools/shell/ShareActions';

const words = {
  title: 'Share',
  copy: 'Copy link',
  email: 'E-mail link',
  print: 'Print',
  copied: 'Link copied.',
  blocked: 'Copying was blocked: copy the link below.',
  manualLabel: 'Link to share',
};

const writeText = vi.fn<(text: string) => Promise<void>>();

beforeEach(() => {
  writeText.mockReset().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
afterEach(cleanup);

const status = () => screen.getByRole('status').textContent;
const linkField = () => screen.queryByRole('textbox', { name: words.manualLabel }) as HTMLInputElement | null;

describe('ShareActions', () => {
  it('copies the link, says so, and offers e-mail only with a mail link', async () => {
    const { rerender } = render(<ShareActions words={words} url="https://example.com/?v=1" />);
    expect(screen.queryByRole('link', { name: words.email })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: words.copy }));
    await waitFor(() => expect(status()).toBe(words.copied));
    expect(writeText).toHaveBeenCalledWith('https://example.com/?v=1');
    expect(linkField()).toBeNull();
    rerender(<ShareActions words={words} url="https://example.com/?v=1" emailHref="mailto:?body=x" />);
    expect(screen.getByRole('link', { name: words.email }).getAttribute('href')).toBe('mailto:?body=x');
  });

  it('shows the link selected when the clipboard is refused', async () => {
    writeText.mockRejectedValue(new Error('denied'));
    render(<ShareActions words={words} url="https://example.com/?v=1" />);
    fireEvent.click(screen.getByRole('button', { name: words.copy }));
    await waitFor(() => expect(status()).toBe(words.blocked));
    const field = linkField()!;
    expect(field.value).toBe('https://example.com/?v=1');
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
  });

  it('makes the link when asked, keeps it in view once copied, and gives none when there is none to give', async () => {
    const make = vi.fn<() => Promise<string | null>>().mockResolvedValue('https://example.com/?m=abc');
    const { rerender } = render(<ShareActions words={words} url={make} showLink />);
    fireEvent.click(screen.getByRole('button', { name: words.copy }));
    await waitFor(() => expect(linkField()?.value).toBe('https://example.com/?m=abc'));
    expect(status()).toBe(words.copied);
    make.mockResolvedValue(null);
    const tooBig: ShareStatus = { text: 'Too big for a link: saved as a file.' };
    fireEvent.click(screen.getByRole('button', { name: words.copy }));
    await waitFor(() => expect(linkField()).toBeNull());
    rerender(<ShareActions words={words} url={make} showLink status={tooBig} />);
    expect(status()).toBe(tooBig.text);
    expect(writeText).toHaveBeenCalledTimes(1);
  });

  it('says what the tool’s own actions did on the same line, each new status taking over', async () => {
    const { rerender } = render(
      <ShareActions words={words} url="https://example.com/" status={{ text: 'Saved plan.json.' }} />,
    );
    expect(status()).toBe('Saved plan.json.');
    const refused: ShareStatus = { text: 'Not a plan. Nothing was changed.', error: true };
    rerender(<ShareActions words={words} url="https://example.com/" status={refused} />);
    expect(status()).toBe(refused.text);
    expect(screen.getByRole('status').classList.contains('is-error')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: words.copy }));
    await waitFor(() => expect(status()).toBe(words.copied));
    rerender(<ShareActions words={words} url="https://example.com/" status={{ ...refused }} />);
    expect(status()).toBe(refused.text);
  });
});
