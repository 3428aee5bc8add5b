import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  buildCopy as build,
  editJson,
  projectCopy as newProjectCopy,
  removeProjectCopy,
} from '../support/project-copy';

let sandboxes: string[] = [];

/** A throwaway copy of the project, so a broken data file never touches the real tree. */
function projectCopy(): string {
  const dir = newProjectCopy();
  sandboxes.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of sandboxes) removeProjectCopy(dir);
  sandboxes = [];
});

describe('a bad edit fails the build with a message naming the file and the field', () => {
  it.each([
    ['a relative base URL', (b: any) => (b.baseUrl = '/guide'), 'baseUrl'],
    ['an empty site name', (b: any) => (b.siteName = '  '), 'siteName'],
    ['an unknown currency', (b: any) => (b.currency = 'ABC'), 'currency'],
  ])('brand config with %s', (_, edit, field) => {
    const dir = projectCopy();
    editJson(dir, 'src/data/brand.json', edit);
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('src/data/brand.json');
    expect(output).toContain(`${field}:`);
  });

  it('a guide page whose description is too long', () => {
    const dir = projectCopy();
    const page = join(dir, 'src/content/guide/comparison.mdx');
    const text = readFileSync(page, 'utf8').replace(/^description: .*$/m, `description: "${'x'.repeat(170)}"`);
    writeFileSync(page, text);
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('comparison');
    expect(output).toMatch(/description/);
    expect(output).toContain('at most 160 characters');
  });

  it('a gap that hands the MSP work clients keep', () => {
    const dir = projectCopy();
    editJson(dir, 'src/data/gap-to-work.json', (map) => map.gaps.compliance.handOver.push('compliance-ownership'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('src/data/gap-to-work.json');
    expect(output).toContain('gaps.compliance.handOver[2]: must be work an MSP can own');
  });

  it('estimator wording with a placeholder the code does not fill', () => {
    const dir = projectCopy();
    editJson(dir, 'src/data/estimator-copy.json', (copy) => (copy.tool.estimate.summary = 'For {people} users.'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('src/data/estimator-copy.json');
    expect(output).toContain('tool.estimate.summary: has an unknown placeholder {people}');
  });

  it.each([
    [
      'site wording left blank',
      'src/data/site-copy.json',
      (copy: any) => (copy.footer.sitemapLink = ' '),
      'footer.sitemapLink',
    ],
    [
      'an outcome page without its description',
      'src/data/assessment-copy.json',
      (copy: any) => delete copy.page.outcomes['in-house'].description,
      'page.outcomes.in-house.description',
    ],
  ])('%s', (_, file, edit, field) => {
    const dir = projectCopy();
    editJson(dir, file, edit);
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(file);
    expect(output).toContain(`${field}:`);
  });

  it('a link reason quoting a value its reason does not have', () => {
    const dir = projectCopy();
    editJson(dir, 'src/data/assessment-copy.json', (copy) => (copy.linkNotice.reasons.empty = 'empty, not {max}'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('src/data/assessment-copy.json');
    expect(output).toContain(
      'linkNotice.reasons.empty: has an unknown placeholder {max}; this text takes no placeholders',
    );
  });

  it('lead capture whose endpoint is not https', () => {
    const dir = projectCopy();
    editJson(dir, 'src/data/lead-capture.json', (file) => {
      file.leadCapture = {
        kind: 'endpoint',
        url: 'http://crm.example.com/leads',
        encoding: 'json',
        consent: 'I agree that Example Managed Services may contact me about this result.',
      };
    });
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('src/data/lead-capture.json');
    expect(output).toContain('leadCapture.url: must be an https:// URL');
  });

  it('a FAQ entry without a question mark', () => {
    const dir = projectCopy();
    editJson(dir, 'src/content/faq.json', (items) => (items[0].question = 'No question here'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('faq');
    expect(output).toContain('question');
  });
});
