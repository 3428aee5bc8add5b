import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = resolve('.');
let sandboxes: string[] = [];

/** A throwaway copy of the project, so a broken data file never touches the real tree. */
function projectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cmit-build-'));
  for (const entry of ['src', 'public', 'astro.config.ts', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  sandboxes.push(dir);
  return dir;
}

function editJson(dir: string, file: string, edit: (data: any) => void) {
  const path = join(dir, file);
  const data = JSON.parse(readFileSync(path, 'utf8'));
  edit(data);
  writeFileSync(path, JSON.stringify(data, null, 2));
}

function build(dir: string) {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterEach(() => {
  for (const dir of sandboxes) rmSync(dir, { recursive: true, force: true });
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

  it('a FAQ entry without a question mark', () => {
    const dir = projectCopy();
    editJson(dir, 'src/content/faq.json', (items) => (items[0].question = 'No question here'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('faq');
    expect(output).toContain('question');
  });
});
