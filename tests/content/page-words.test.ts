/*
 * Shipped content: the pages' own words (each tool's copy file's `page`, link-help.json's and
 * site-copy.json's). The schemas stop an unknown {placeholder}; they cannot stop a rewording
 * that drops one, and a dropped placeholder in these sentences is a link, a bold button name
 * or an address the reader no longer gets. An MSP that rewords a sentence keeps its
 * placeholders, or edits this test on purpose.
 */
import { describe, expect, it } from 'vitest';
import { assessmentCopy } from '../../src/lib/assessment/copy';
import { handoffPlannerCopy } from '../../src/lib/handoff-copy/copy';
import { linkHelp } from '../../src/lib/content/link-help';
import { siteCopy } from '../../src/lib/content/site-copy';
import { MODELS } from '../../src/lib/assessment/models';
import { placeholdersIn } from '../../src/lib/text/template-schema';

const uses = (template: string) => placeholdersIn(template).sort();

describe('sentences that carry links, or quote what the reader typed, keep every placeholder', () => {
  it.each([
    ['assessment-copy.json page.readMore', assessmentCopy.page.readMore, ['comparison', 'whenItFits']],
    ['assessment-copy.json page.linkHelp', assessmentCopy.page.linkHelp, ['linkHelp']],
    ['handoff-planner-copy.json page.why.questions', handoffPlannerCopy.page.why.questions, ['failures']],
    [
      'handoff-planner-copy.json page.readFirst',
      handoffPlannerCopy.page.readFirst,
      ['estimator', 'toolStack', 'whoOwnsWhat'],
    ],
    ['handoff-planner-copy.json page.howTo.steps', handoffPlannerCopy.page.howTo.steps.join(' '), ['assessment']],
    ['site-copy.json callToAction.tools', siteCopy.callToAction.tools, ['assessment', 'estimator', 'lead', 'planner']],
    ['site-copy.json footer.contact', siteCopy.footer.contact, ['callToAction', 'email']],
    ['site-copy.json footer.links', siteCopy.footer.links, ['linkHelp', 'sitemap']],
    ['site-copy.json pages.guide.progress', siteCopy.pages.guide.progress, ['date', 'part', 'parts']],
    ['site-copy.json searchStatus.found.one', siteCopy.searchStatus.found.one, ['n', 'query']],
    ['site-copy.json searchStatus.found.other', siteCopy.searchStatus.found.other, ['n', 'query']],
    ['site-copy.json searchStatus.none', siteCopy.searchStatus.none, ['query']],
    ['link-help.json page.lead', linkHelp.page.lead, ['copyLink']],
    ['link-help.json page.planner.share', linkHelp.page.planner.share, ['link', 'm', 'path', 'v', 'version']],
    ['link-help.json page.planner.tooLong', linkHelp.page.planner.tooLong, ['fromAssessment']],
  ])('%s', (_field, template, placeholders) => {
    expect(uses(template)).toEqual(placeholders);
  });
});

describe('the outcome pages share links open', () => {
  it('each has its own title and description, which the link preview shows', () => {
    const { outcomes } = assessmentCopy.page;
    expect(new Set(MODELS.map((model) => outcomes[model].title)).size).toBe(MODELS.length);
    expect(new Set(MODELS.map((model) => outcomes[model].description)).size).toBe(MODELS.length);
  });
});
