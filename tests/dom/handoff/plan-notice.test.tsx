/*
 * The planner's notice words what reading a plan said when it shows: a link's warnings and how
 * many more there were, or why a link was refused, in the words of the planner's copy file.
 */
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handoffPlannerCopy } from '../../../src/lib/handoff-copy/copy';
import { PlanNotice } from '../../../src/tools/handoff-planner/PlanNotice';

const words = handoffPlannerCopy.notices;
const show = (notice: Parameters<typeof PlanNotice>[0]['notice']) =>
  render(
    <PlanNotice
      notice={notice}
      words={words}
      locale="en-US"
      canGoBack={false}
      onGoBack={vi.fn()}
      onStartFromAssessment={vi.fn()}
      onDismiss={vi.fn()}
    />,
  );
const region = () => screen.getByRole('region', { name: words.link.label });

afterEach(cleanup);

describe('PlanNotice', () => {
  it('lists what a link’s plan changed, and counts the rest', () => {
    show({
      kind: 'link',
      replacedSaved: false,
      warnings: [
        { code: 'unknown-owner', place: { row: 1, label: '<img src=x>' }, value: 'root' },
        { code: 'too-many-rows', count: 1_500, max: 60 },
      ],
      more: 31,
    });
    expect(
      within(region())
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Row 1 ("<img src=x>"): the owner "root" is not one the planner knows, so the row is unassigned.',
      'The link lists 1,500 rows; only the first 60 were kept.',
    ]);
    expect(region().textContent).toContain('And 31 more problems like these.');
    expect(region().querySelector('img')).toBeNull();
  });

  it('says why a link was refused, and that the saved plan is unchanged', () => {
    show({ kind: 'refused', refusal: { code: 'newer-link', version: '3' }, savedKept: true });
    expect(region().textContent).toContain(
      'This link was made by a newer version of the planner (link format 3). Reload the page to get the newest planner. Your saved plan is unchanged.',
    );
    expect(region().classList.contains('is-error')).toBe(true);
  });
});
