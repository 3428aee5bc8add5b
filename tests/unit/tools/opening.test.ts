import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseOpening } from '../../../src/lib/tools/opening';

const state = fc.option(fc.record({ users: fc.integer({ min: 1, max: 5 }) }), { nil: null });
const defaults = { users: 0 };

describe('what a tool opens with', () => {
  it('takes a link first, then saved work, then another tool’s answers, then the defaults', () => {
    fc.assert(
      fc.property(state, state, state, (link, saved, fromOtherTool) => {
        const opening = chooseOpening({ link, saved, fromOtherTool, defaults });
        const expected = link ?? saved ?? fromOtherTool ?? defaults;
        expect(opening.state).toBe(expected);
        expect(opening.source).toBe(link ? 'link' : saved ? 'saved' : fromOtherTool ? 'other-tool' : 'defaults');
      }),
    );
  });

  it('says a link replaced saved work only when the two differ', () => {
    expect(
      chooseOpening({ link: { users: 2 }, saved: { users: 3 }, fromOtherTool: null, defaults }).replacedSaved,
    ).toBe(true);
    expect(
      chooseOpening({ link: { users: 2 }, saved: { users: 2 }, fromOtherTool: null, defaults }).replacedSaved,
    ).toBe(false);
    expect(
      chooseOpening({ link: { users: 2 }, saved: null, fromOtherTool: { users: 4 }, defaults }).replacedSaved,
    ).toBe(false);
    expect(chooseOpening({ link: null, saved: { users: 3 }, fromOtherTool: null, defaults }).replacedSaved).toBe(false);
  });

  it('lets a tool say what counts as the same work', () => {
    const sameUsers = (a: { users: number }, b: { users: number }) => a.users % 2 === b.users % 2;
    expect(
      chooseOpening({ link: { users: 1 }, saved: { users: 3 }, fromOtherTool: null, defaults, same: sameUsers })
        .replacedSaved,
    ).toBe(false);
  });
});
