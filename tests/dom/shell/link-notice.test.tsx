import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReasonWords } from '../../../src/lib/links/reason-words';
import type { SetAsideReason } from '../../../src/lib/links/reasons';
import { LinkNotice } from '../../../src/tools/shell/LinkNotice';

const words = {
  label: 'About this link',
  fromLink: 'These answers come from the link you opened.',
  replacedSaved: 'These answers come from the link you opened. They replace your saved answers.',
  changeThem: 'Change any of them below.',
  ignored: 'Some values could not be used:',
  more: 'And {count} more.',
  dismiss: 'Dismiss',
};

const reasonWords: ReasonWords<SetAsideReason<'out-of-range' | 'one-of' | 'too-many-params'>> = {
  reasons: {
    'out-of-range': 'must be from {min} to {max}',
    'one-of': 'must be {choices}',
    'too-many-params': 'The link has {count} parameters; {max} were read.',
  },
  alternatives: '{items} or else {last}',
};

afterEach(cleanup);

const notice = () => screen.queryByRole('region', { name: words.label });

describe('LinkNotice', () => {
  it('says nothing when the answers did not come from a link and nothing was set aside', () => {
    render(
      <LinkNotice words={words} fromLink={false} replacedSaved={false} setAside={[]} more={0} onDismiss={vi.fn()} />,
    );
    expect(notice()).toBeNull();
  });

  it('names the values of a link it set aside, why in the tool’s words, and how many more', () => {
    render(
      <LinkNotice
        words={words}
        fromLink
        replacedSaved
        setAside={{
          ignored: [
            { param: 'employees', value: 'lots', reason: { code: 'out-of-range', min: 1, max: 100_000 } },
            { param: 'custom-apps', value: '', reason: { code: 'one-of', choices: ['yes', 'no', 'maybe'] } },
            { param: '', value: '', reason: { code: 'too-many-params', count: 1_200, max: 50 } },
          ],
          words: reasonWords,
          locale: 'de-DE',
        }}
        more={2}
        onDismiss={vi.fn()}
      />,
    );
    expect(notice()!.textContent).toContain(`${words.replacedSaved} ${words.changeThem}`);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      // Numbers as the page's locale writes them; a reason about the whole link on its own.
      'employees = lots: must be from 1 to 100.000',
      'custom-apps: must be yes, no or else maybe',
      'The link has 1.200 parameters; 50 were read.',
    ]);
    expect(notice()!.textContent).toContain('And 2 more.');
  });

  it('says what the tool gives it instead, lists sentences as text, and offers the tool’s actions before Dismiss', () => {
    const onDismiss = vi.fn();
    const goBack = vi.fn();
    render(
      <LinkNotice
        words={words}
        fromLink={false}
        replacedSaved={false}
        says="Opened “plan.json”."
        setAside={['Row 1 ("<img src=x>"): the unknown field "extra" was ignored.']}
        more={0}
        error
        onDismiss={onDismiss}
      >
        <button type="button" onClick={goBack}>
          Go back
        </button>
      </LinkNotice>,
    );
    const region = notice()!;
    expect(region.textContent).toContain('Opened “plan.json”.');
    expect(region.textContent).not.toContain(words.fromLink);
    expect(screen.getByRole('listitem').textContent).toBe(
      'Row 1 ("<img src=x>"): the unknown field "extra" was ignored.',
    );
    expect(region.querySelector('img')).toBeNull();
    expect(region.classList.contains('is-error')).toBe(true);
    // Focusable by script, so a tool can take the reader to it, but not a stop for Tab.
    expect(region.getAttribute('tabindex')).toBe('-1');
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Go back', words.dismiss]);
    fireEvent.click(screen.getByRole('button', { name: 'Go back' }));
    fireEvent.click(screen.getByRole('button', { name: words.dismiss }));
    expect([goBack.mock.calls.length, onDismiss.mock.calls.length]).toEqual([1, 1]);
  });
});
