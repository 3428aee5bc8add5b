/*
 * What turning lead capture on changes in the built site, and what it leaves alone: the default
 * build (dist/) makes no request to anyone else, and a build with HubSpot set up (a project copy)
 * opens exactly the tool pages' connect-src and form-action to HubSpot's origin, nothing more.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractMetaCsp, parseHeadersFile } from '../../src/integrations/headers-file';
import { buildCopy, editJson, projectCopy, removeProjectCopy } from '../support/project-copy';
import { builtHtmlFiles, DIST } from './dist-pages';

const HUBSPOT = 'https://api.hsforms.com';
const pages = builtHtmlFiles();
// The embed pages (/embed/<tool>/) are the same tools, with the same panel and policy.
const isToolPage = (file: string) => /^(embed\/)?(assessment|estimator|handoff-planner)\//.test(file);
const toolPages = pages.filter(isToolPage);

/** A policy as directive → sources. */
const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
const policyOf = (dist: string, file: string) => directives(extractMetaCsp(readFileSync(join(dist, file), 'utf8'))!);
const islandProps = (dist: string, file: string) =>
  JSON.parse(
    readFileSync(join(dist, file), 'utf8')
      .match(/data-island="[^"]+" data-props="([^"]*)"/)![1]!
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );

describe('lead capture off (the default build)', () => {
  it('has tool pages to check', () => {
    expect(toolPages).toEqual(
      expect.arrayContaining(['assessment/index.html', 'estimator/index.html', 'handoff-planner/index.html']),
    );
  });

  it.each(pages)('%s lets the page connect and post to its own origin only', (file) => {
    const policy = policyOf(DIST, file);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
  });

  it.each(toolPages)('%s gives its panel no lead form', (file) => {
    expect(islandProps(DIST, file).msp.lead).toBeNull();
  });
});

describe('lead capture on, with HubSpot (a build of a project copy)', () => {
  let copy = '';
  let dist = '';

  beforeAll(() => {
    copy = projectCopy();
    editJson(copy, 'src/data/lead-capture.json', (file) => {
      file.leadCapture = {
        kind: 'hubspot',
        portalId: '1234567',
        formId: '3f1c2a7e-5b6d-4e8f-9a0b-1c2d3e4f5a6b',
        consent: 'I agree that Example Managed Services may contact me about this result.',
      };
    });
    const { status, output } = buildCopy(copy);
    expect(status, output).toBe(0);
    dist = join(copy, 'dist');
  }, 180_000);

  afterAll(() => removeProjectCopy(copy));

  it.each(toolPages)('%s adds HubSpot’s origin to connect-src and form-action, and changes nothing else', (file) => {
    const before = policyOf(DIST, file);
    const after = policyOf(dist, file);
    expect(after.get('connect-src')).toEqual(["'self'", HUBSPOT]);
    expect(after.get('form-action')).toEqual(["'self'", HUBSPOT]);
    after.set('connect-src', ["'self'"]).set('form-action', ["'self'"]);
    expect(after).toEqual(before);
  });

  it.each(pages.filter((file) => !isToolPage(file)))('%s keeps the policy of the default build', (file) => {
    expect(policyOf(dist, file)).toEqual(policyOf(DIST, file));
  });

  it('writes the same policies into _headers for a static host', () => {
    const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
    const policy = (path: string) =>
      rules.find((rule) => rule.pattern === path)!.headers.find(([name]) => name === 'Content-Security-Policy')![1];
    expect(policy('/estimator/')).toContain(`connect-src 'self' ${HUBSPOT};`);
    expect(policy('/estimator/')).toContain(`form-action 'self' ${HUBSPOT};`);
    expect(policy('/faq/')).toContain("connect-src 'self';");
  });

  it('gives each tool’s panel the form, with the consent sentence from the file, and says so at the top of the page', () => {
    for (const file of ['assessment/index.html', 'estimator/index.html', 'handoff-planner/index.html']) {
      expect(readFileSync(join(dist, file), 'utf8')).toContain('The one exception is the form under your result');
      expect(readFileSync(join(DIST, file), 'utf8')).not.toContain('The one exception');
      const { lead } = islandProps(dist, file).msp;
      expect(lead.config).toMatchObject({ kind: 'hubspot', portalId: '1234567' });
      expect(lead.config.consent).toContain('may contact me');
      expect(lead.words.send).toBe('Send to {msp}');
    }
  });
});
