import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { SummaryLine } from '../../../src/tools/shell/AnswerSummary';
import { ToolLayout } from '../../../src/tools/shell/ToolLayout';

afterEach(cleanup);

const words = { title: 'Based on these answers', change: 'Change answers' };

function show(resultFirst: boolean | null, summary: readonly SummaryLine[] = [['Users', '120']]) {
  return render(
    <ToolLayout
      resultFirst={resultFirst}
      summary={summary}
      words={words}
      notices={<p>These answers come from the link you opened.</p>}
      form={
        <form aria-label="Your company">
          <a href="#result">See the result</a>
          <label>
            Users <input name="users" />
          </label>
        </form>
      }
      result={(short: ComponentChildren | null) => (
        <section aria-label="Your estimate">
          <h2>Per user suits you</h2>
          {short}
          <p>The details</p>
        </section>
      )}
    />,
  );
}

const layout = (container: Element) => container.querySelector<HTMLElement>('.tool-layout')!;
const form = () => screen.queryByRole('form', { name: 'Your company' });
const summary = () => screen.queryByRole('region', { name: words.title });

describe('ToolLayout', () => {
  it('shows the form and the result, and no mode, until the tool has decided what it opens with', () => {
    const { container } = show(null);
    expect(form()).not.toBeNull();
    expect(summary()).toBeNull();
    expect(screen.getByText('These answers come from the link you opened.')).toBeTruthy();
    expect(layout(container).hasAttribute('data-mode')).toBe(false);
  });

  it('keeps the form first when no link opened the page on a result', () => {
    const { container } = show(false);
    expect(form()).not.toBeNull();
    expect(summary()).toBeNull();
    expect(layout(container).dataset['mode']).toBe('inputs-first');
  });

  it('opened on a result, puts the form away and gives the answers in short inside the result, after its headline', () => {
    const { container } = show(true, [
      ['Users', '120'],
      ['Scope', 'Patching', 'Security'],
    ]);
    expect(layout(container).dataset['mode']).toBe('result-first');
    expect(form()).toBeNull();
    const short = summary()!;
    expect(screen.getByRole('heading', { name: 'Per user suits you' }).compareDocumentPosition(short)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    // A term with several values gives each its own line.
    expect([...short.querySelectorAll('dt, dd')].map((item) => `${item.tagName} ${item.textContent}`)).toEqual([
      'DT Users',
      'DD 120',
      'DT Scope',
      'DD Patching',
      'DD Security',
    ]);
    // Where the answers came from is said with them, not above a form that is not showing.
    expect(short.textContent).toContain('These answers come from the link you opened.');
  });

  it('lists answers that are sentences of their own', () => {
    show(true, [
      ['', '120 employees'],
      ['', 'no custom systems'],
    ]);
    expect(
      screen
        .getAllByRole('listitem')
        .map((item) => item.textContent)
        .join('; '),
    ).toBe('120 employees; no custom systems');
  });

  it('brings the form back on "Change answers", with the first field focused, and keeps it', async () => {
    const { container } = show(true);
    fireEvent.click(screen.getByRole('button', { name: words.change }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Users' })));
    expect(summary()).toBeNull();
    expect(layout(container).dataset['mode']).toBe('inputs-first');
    expect(screen.getByText('These answers come from the link you opened.').closest('form, section')).toBeNull();
  });
});
