import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMatrixJson, MATRIX_FORMAT } from '../../src/lib/handoff/json-codec';
import { MAX_CHAT_LINK_LENGTH } from '../../src/lib/handoff/link-codec';
import { parseCsv } from '../support/parse-csv';
import { baseUrl, launchChromium, newContext, openFreshPage, openWatchedPage, printedPageCount } from './support/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The island marks itself ready once it has decided where the plan comes from. */
async function open(page: Page, path = '/handoff-planner/') {
  await page.goto(path);
  await page.locator('.planner[data-ready]').waitFor();
}

const summary = async (page: Page) => ((await page.locator('.hp-count').textContent()) ?? '').trim();
const owner = (page: Page, rowId: string) =>
  page.locator(`input[name="hp-${rowId}-owner"]:checked`).getAttribute('value');

async function downloadOf(page: Page, button: string): Promise<{ name: string; text: string; download: Download }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8'), download };
}

/** Moves focus with Tab until `selector` has it (at most `limit` presses), as a keyboard user would. */
async function tabTo(page: Page, selector: string, limit = 40) {
  for (let i = 0; i < limit; i += 1) {
    if (await page.locator(selector).evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Types into a field and moves on, which is when the planner takes the text. */
async function typeInto(page: Page, selector: string, text: string) {
  await page.focus(selector);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

/** Fills a plan by keyboard that leaves exactly the checks named in the test open. */
async function fillPlan(page: Page) {
  await typeInto(page, '#hp-internal', 'Acme IT');
  await typeInto(page, '#hp-msp', 'Northwind MSP');
  await page.focus('#hp-date');
  await page.keyboard.type('03012026');
  await page.keyboard.press('Tab');
  await typeInto(page, '#hp-incident-bridge-lead', 'Dana Ortiz');
  await typeInto(page, '#hp-incident-bridge-escalation', 'Internal on-call lead');
  await page.selectOption('#hp-scope-review-cadence', 'quarterly');
  await typeInto(page, '#hp-exit-terms-tools', 'RMM and PSA stay with the MSP');
  await typeInto(page, '#hp-exit-terms-format', 'CSV of every ticket');
  await typeInto(page, '#hp-exit-terms-timeline', 'Within 30 days of notice');
  await typeInto(page, '#hp-backup-dr-notes', 'Restore test monthly; =SUM(A1) stays text');
}

const pageMatrix = (page: Page) =>
  page.evaluate(() => {
    const rows = [...document.querySelectorAll<HTMLElement>('.hp-row')].map((row) => ({
      id: row.id,
      label: row.querySelector('h3')?.textContent,
      owner: row.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value,
      fields: [...row.querySelectorAll<HTMLInputElement | HTMLSelectElement>('.hp-fields input, .hp-fields select')].map(
        (field) => field.value,
      ),
    }));
    const info = ['#hp-internal', '#hp-msp', '#hp-date'].map((id) => document.querySelector<HTMLInputElement>(id)!.value);
    return { info, rows };
  });

describe('the handoff planner', () => {
  it('is filled in by keyboard, shows and announces check results, and keeps the plan on reload', async () => {
    const { page, problems, foreignRequests, context } = await openFreshPage(browser);
    await open(page);
    // The starting plan: only the incident bridge (shared, no lead, no escalation), scope review and exit terms are open.
    await expect.poll(() => summary(page)).toBe('4 checks open.');
    expect(await page.locator('#row-incident-bridge .hp-checks li').count()).toBe(2);
    const guideLink = page.locator('#row-scope-review .hp-checks a');
    expect(await guideLink.getAttribute('href')).toBe('/handoff-failures/#scope-drift');

    // Tab from the team fields to the first row's owner radios, then arrow to "Nobody yet".
    await page.focus('#hp-date');
    await tabTo(page, 'input[name="hp-strategy-budget-owner"]:checked');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await owner(page, 'strategy-budget')).toBe('unassigned');
    await expect.poll(() => summary(page)).toContain('5 checks open.');
    expect(await summary(page)).toContain('New: Nobody owns "Strategy and budget"');
    expect(await page.locator('#row-strategy-budget .hp-checks').textContent()).toContain('Put the split in writing');
    // The radios have names a screen reader reads in full.
    expect(await page.getByRole('group', { name: 'Owner of Strategy and budget' }).count()).toBe(1);
    expect(await page.getByRole('textbox', { name: 'Escalate to for Backup and disaster recovery' }).count()).toBe(1);

    // Back to the internal team; Shift+Tab order stays inside the row's fields.
    await page.keyboard.press('ArrowRight');
    expect(await owner(page, 'strategy-budget')).toBe('internal');
    await expect.poll(() => summary(page)).toContain('4 checks open. One check closed.');

    // Two intake channels open the double-ticket check, one closes it.
    await typeInto(page, '#hp-ticket-intake-channels', 'Service desk portal, phone the MSP');
    await expect.poll(() => page.locator('#row-ticket-intake .hp-checks').textContent()).toContain('2 places');
    await typeInto(page, '#hp-ticket-intake-channels', 'Service desk portal');
    await expect.poll(() => page.locator('#row-ticket-intake .hp-checks').count()).toBe(0);

    // A shared row asks for its lead; the end-user relationship with the MSP is flagged.
    await page.locator('input[name="hp-end-user-relationship-owner"][value="msp"]').check();
    await expect.poll(() => page.locator('#row-end-user-relationship .hp-checks').textContent()).toContain('owns');
    await page.locator('input[name="hp-end-user-relationship-owner"][value="internal"]').check();
    expect(await page.getAttribute('#hp-incident-bridge-lead', 'aria-invalid')).toBe('true');

    await fillPlan(page);
    await expect.poll(() => summary(page)).toContain('No checks open.');
    expect(await page.getAttribute('#hp-incident-bridge-lead', 'aria-invalid')).toBeNull();

    // Rename, remove with undo, add a custom row: all by keyboard.
    await page.getByRole('button', { name: 'Rename Project capacity' }).click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Projects and rollouts');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#row-project-capacity h3').textContent()).toBe('Projects and rollouts');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain('Rename');

    await page.getByRole('button', { name: 'Remove Vendor relationships' }).click();
    expect(await page.locator('#row-vendor-relationships').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('hp-undo');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#row-vendor-relationships').count()).toBe(1);
    const order = await page.locator('.hp-row').evaluateAll((rows) => rows.map((row) => row.id));
    expect(order.indexOf('row-vendor-relationships')).toBe(order.indexOf('row-compliance-ownership') + 1);

    await page.getByRole('button', { name: 'Add a handoff point' }).click();
    await page.keyboard.type('Change approval board');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#row-custom-1 h3').textContent()).toBe('Change approval board');
    // A new row has no owner yet, which the checks say.
    await expect.poll(() => summary(page)).toContain('1 check open.');
    await page.locator('input[name="hp-custom-1-owner"][value="shared"]').check();
    await typeInto(page, '#hp-custom-1-lead', 'Sam Lee');
    await expect.poll(() => summary(page)).toContain('No checks open.');

    const before = await pageMatrix(page);
    expect(before.info).toEqual(['Acme IT', 'Northwind MSP', '2026-03-01']);
    await page.reload();
    await page.locator('.planner[data-ready]').waitFor();
    await expect.poll(() => pageMatrix(page)).toEqual(before);

    // A closed tab too: a new page in the same profile opens the same plan.
    await page.close();
    const again = await openWatchedPage(context);
    await open(again.page);
    await expect.poll(() => pageMatrix(again.page)).toEqual(before);
    expect(await summary(again.page)).toContain('No checks open.');
    expect(problems).toEqual([]);
    expect(again.problems).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('exports Markdown, CSV and JSON, and the JSON re-imports into a fresh browser as the same plan', async () => {
    const { page, problems, context } = await openFreshPage(browser);
    await open(page);
    await fillPlan(page);
    await page.locator('input[name="hp-patching-rmm-owner"][value="unassigned"]').check();
    await expect.poll(() => summary(page)).toContain('1 check open.');

    const markdown = await downloadOf(page, 'Download Markdown');
    expect(markdown.name).toBe('handoff-matrix-acme-it-2026-03-01.md');
    expect(markdown.text).toContain('- **Internal team:** Acme IT');
    expect(markdown.text).toContain('| Patching and RMM | Nobody yet |');
    expect(markdown.text).toContain('## Open checks (1)');
    expect(markdown.text).toMatch(/\[Put the split in writing\]\(<https?:\/\/[^>]+\/who-owns-what\/#put-the-split-in-writing>\)/);

    const csv = await downloadOf(page, 'Download CSV');
    expect(csv.name).toBe('handoff-matrix-acme-it-2026-03-01.csv');
    const table = parseCsv(csv.text.replace(/^\uFEFF/, ''));
    expect(table[0]).toEqual(['Kind', 'Row', 'Owner', 'Lead', 'Escalate to', 'Response target', 'Details', 'Notes', 'Open checks']);
    const patching = table.find((line) => line[1] === 'Patching and RMM')!;
    expect(patching[2]).toBe('Nobody yet');
    expect(patching[8]).toContain('Nobody owns');
    // A note that looks like a formula stays text in a spreadsheet.
    expect(table.find((line) => line[1] === 'Backup and disaster recovery')![7]).toBe('Restore test monthly; =SUM(A1) stays text');

    const json = await downloadOf(page, 'Download JSON');
    expect(json.name).toBe('handoff-matrix-acme-it-2026-03-01.json');
    const document = JSON.parse(json.text) as { format: string; version: number };
    expect(document.format).toBe(MATRIX_FORMAT);
    expect(document.version).toBe(1);
    const decoded = importMatrixJson(json.text);
    expect(decoded.ok).toBe(true);
    const shown = await pageMatrix(page);

    // A fresh browser profile opens the file and shows the same plan.
    const other = await openFreshPage(browser);
    await open(other.page);
    await typeInto(other.page, '#hp-internal', 'Other team');
    const saved = join(mkdtempSync(join(tmpdir(), 'hp-')), json.name);
    writeFileSync(saved, json.text);
    await other.page.setInputFiles('#hp-import', saved);
    await expect.poll(() => pageMatrix(other.page)).toEqual(shown);
    expect(await other.page.locator('.planner > .notice').textContent()).toContain('Opened “handoff-matrix-acme-it-2026-03-01.json”');
    expect(await summary(other.page)).toContain('1 check open.');
    // The file replaced the plan this profile had on screen, which stays one click away.
    await other.page.getByRole('button', { name: 'Go back to the earlier plan' }).click();
    await expect.poll(() => other.page.inputValue('#hp-internal')).toBe('Other team');
    expect(problems).toEqual([]);
    expect(other.problems).toEqual([]);
    await context.close();
    await other.context.close();
  });

  it('refuses a corrupt, hostile or newer file with a message, and keeps what was on screen', async () => {
    const { page, problems, context, dialogs } = await openFreshPage(browser);
    await open(page);
    await typeInto(page, '#hp-internal', 'Kept Team');
    await page.locator('input[name="hp-backup-dr-owner"][value="shared"]').check();
    await page.locator('#hp-backup-dr-lead').waitFor();
    const before = await pageMatrix(page);
    const dir = tmpdir();
    const files: [string, string, RegExp][] = [
      ['corrupt.json', '{"format": "co-managed-it/handoff-matrix", "rows": [', /does not hold valid JSON/],
      ['proto.json', `{"format":"${MATRIX_FORMAT}","version":1,"rows":[],"__proto__":{"polluted":true}}`, /refused as unsafe/],
      ['newer.json', `{"format":"${MATRIX_FORMAT}","version":99,"rows":[]}`, /newer version of the planner/],
      ['other.json', '{"hello":"world"}', /not a handoff matrix/],
      ['huge.json', `{"format":"${MATRIX_FORMAT}","version":1,"rows":[],"notes":"${'x'.repeat(300 * 1024)}"}`, /more than 200 KB/],
    ];
    for (const [name, text, message] of files) {
      const path = join(dir, `hp-${process.pid}-${name}`);
      writeFileSync(path, text);
      await page.setInputFiles('#hp-import', path);
      await expect.poll(() => page.locator('.hp-out [role="status"]').textContent(), { message: name }).toMatch(message);
      expect(await page.locator('.hp-out [role="status"]').textContent()).toContain('Nothing was changed');
      expect(await pageMatrix(page), name).toEqual(before);
    }
    // Labels from a hostile file are shown as text, never run.
    const hostile = join(dir, `hp-${process.pid}-hostile.json`);
    writeFileSync(
      hostile,
      JSON.stringify({
        format: MATRIX_FORMAT,
        version: 1,
        internalTeam: '<img src=x onerror=alert(1)>',
        rows: [{ key: 'backup-dr', label: '<script>alert(2)</script>', owner: 'root', notes: 42, extra: 'x' }],
      }),
    );
    await page.setInputFiles('#hp-import', hostile);
    await expect.poll(() => page.locator('#row-backup-dr h3').textContent()).toBe('<script>alert(2)</script>');
    expect(await page.inputValue('#hp-internal')).toBe('<img src=x onerror=alert(1)>');
    expect(await page.locator('.planner img').count()).toBe(0);
    expect(await owner(page, 'backup-dr')).toBe('unassigned');
    const warnings = await page.locator('.planner > .notice li').allTextContents();
    expect(warnings.some((line) => line.includes('"root" is not one the planner knows'))).toBe(true);
    expect(warnings.some((line) => line.includes('unknown field "extra"'))).toBe(true);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('copies a share link that opens the same plan in a fresh browser, keeping what that browser had', async () => {
    const { page, problems, context } = await openFreshPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    await open(page);
    await fillPlan(page);
    await page.locator('input[name="hp-security-operations-owner"][value="shared"]').check();
    await typeInto(page, '#hp-security-operations-lead', 'Priya Shah');
    const shown = await pageMatrix(page);
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await expect.poll(() => page.locator('.hp-out [role="status"]').textContent()).toContain('Link copied');
    const link = await page.inputValue('.hp-out .manual-copy');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    expect(link.length).toBeLessThanOrEqual(MAX_CHAT_LINK_LENGTH);
    expect(new URL(link).searchParams.get('v')).toBe('1');

    const other = await openFreshPage(browser);
    await open(other.page);
    await typeInto(other.page, '#hp-internal', 'Their own plan');
    await other.page.goto(link);
    await other.page.locator('.planner[data-ready]').waitFor();
    await expect.poll(() => pageMatrix(other.page)).toEqual(shown);
    const notice = other.page.locator('.planner > .notice');
    expect(await notice.textContent()).toContain('comes from the link you opened');
    // The address no longer holds the link, so a reload keeps later edits instead of reopening it.
    expect(new URL(other.page.url()).search).toBe('');
    await other.page.reload();
    await other.page.locator('.planner[data-ready]').waitFor();
    await expect.poll(() => pageMatrix(other.page)).toEqual(shown);
    // The plan the link replaced is still there.
    await open(other.page);
    expect(await other.page.inputValue('#hp-internal')).toBe('Acme IT');

    // A damaged link changes nothing and says why.
    await other.page.goto('/handoff-planner/?v=1&m=AAAA_not_deflate');
    await other.page.locator('.planner[data-ready]').waitFor();
    expect(await other.page.locator('.planner > .notice').textContent()).toMatch(/damaged|cut short/);
    await expect.poll(() => pageMatrix(other.page)).toEqual(shown);
    expect(problems).toEqual([]);
    expect(other.problems).toEqual([]);
    await context.close();
    await other.context.close();
  });

  it('goes back to the plan a link replaced', async () => {
    const { page, problems, context } = await openFreshPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    await open(page);
    await typeInto(page, '#hp-internal', 'From the link');
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.inputValue('.hp-out .manual-copy');
    await typeInto(page, '#hp-internal', 'Saved before');
    await page.goto(link);
    await page.locator('.planner[data-ready]').waitFor();
    await expect.poll(() => page.inputValue('#hp-internal')).toBe('From the link');
    expect(await page.locator('.planner > .notice').textContent()).toContain('replaced the plan saved in this browser');
    await page.getByRole('button', { name: 'Go back to the earlier plan' }).click();
    await expect.poll(() => page.inputValue('#hp-internal')).toBe('Saved before');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('falls back to the JSON file when the link would be too long for chat apps', async () => {
    const { page, problems, context } = await openFreshPage(browser);
    await open(page);
    // Random text does not compress: fifteen long notes make a link far past what chat apps keep.
    for (const field of await page.locator('[id$="-notes"]').all()) {
      await field.fill(randomBytes(120).toString('base64'));
      await field.press('Tab');
    }
    const { name, text } = await downloadOf(page, 'Copy share link');
    expect(name).toMatch(/^handoff-matrix.*\.json$/);
    expect(importMatrixJson(text).ok).toBe(true);
    expect(await page.locator('.hp-out [role="status"]').textContent()).toContain('too big for a link');
    expect(await page.locator('.hp-out .manual-copy').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('arrives from the fit assessment pre-filled with its split', async () => {
    const { page, problems, context } = await openFreshPage(browser);
    await page.goto('/assessment/?v=1&employees=120&it-staff=2&needs=after-hours,security&custom-apps=no&it-is=capability&msp-is=partner&for=Acme%20Freight');
    await page.locator('[data-recommendation="co-managed"]').waitFor();
    await page.getByRole('link', { name: 'Turn this split into a handoff plan with your MSP' }).click();
    await page.waitForURL(/\/handoff-planner\//);
    await page.locator('.planner[data-ready]').waitFor();
    await expect.poll(() => page.inputValue('#hp-internal')).toBe('Acme Freight');
    expect(await page.locator('.planner > .notice').textContent()).toContain('Filled in from your fit assessment');
    expect(await owner(page, 'after-hours-tier1')).toBe('msp');
    expect(await owner(page, 'security-operations')).toBe('msp');
    // Backup goes to the MSP only for security or compliance needs: security was named.
    expect(await owner(page, 'backup-dr')).toBe('msp');
    // Project capacity was not a gap: it stays in-house, with the assessment's reason as its note.
    expect(await owner(page, 'project-capacity')).toBe('internal');
    expect(await page.inputValue('#hp-project-capacity-notes')).not.toBe('');
    expect(new URL(page.url()).search).toBe('');

    // With a plan already saved, coming from the assessment asks before replacing it.
    await typeInto(page, '#hp-msp', 'Kept MSP');
    await page.goto('/handoff-planner/?from=assessment');
    await page.locator('.planner[data-ready]').waitFor();
    expect(await page.inputValue('#hp-msp')).toBe('Kept MSP');
    await page.getByRole('button', { name: 'Start from the assessment' }).click();
    await expect.poll(() => page.inputValue('#hp-msp')).toBe('');
    await page.getByRole('button', { name: 'Go back to the earlier plan' }).click();
    await expect.poll(() => page.inputValue('#hp-msp')).toBe('Kept MSP');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('prints a one-page appendix without the controls', async () => {
    const { page, problems, context } = await openFreshPage(browser);
    await open(page);
    await fillPlan(page);
    await page.locator('input[name="hp-patching-rmm-owner"][value="unassigned"]').check();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.hp-print').isVisible()).toBe(true);
    for (const hidden of ['.hp-editor', '.hp-out', '.hp-info', '.site-header', 'h1']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    const appendix = (await page.locator('.hp-print').textContent()) ?? '';
    expect(appendix).toContain('Acme IT');
    expect(appendix).toContain('Northwind MSP');
    expect(appendix).toContain('2026-03-01');
    expect(appendix).toContain('Open checks (1)');
    expect(await page.locator('.hp-print tbody tr').count()).toBe(15);
    // One A4 page.
    expect(await printedPageCount(page, { format: 'A4' })).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('never breaks when the saved plan is corrupt or hostile, or storage is full or missing', async () => {
    const { context } = await openFreshPage(browser);
    await context.addInitScript(
      ([format]) => {
        const mode = new URLSearchParams(location.search).get('storage');
        if (mode === 'corrupt') localStorage.setItem('co-managed-it:handoff', '{"format": "' + format + '", "rows": [');
        if (mode === 'hostile')
          localStorage.setItem('co-managed-it:handoff', JSON.stringify({ format, version: 1, rows: [{ key: 'backup-dr', label: '<img src=x onerror=alert(1)>', owner: 'msp' }], __proto__: null, constructor: 1 }));
        if (mode === 'full') {
          // Start from no saved plan (the earlier pages of this test saved theirs), then refuse every write.
          localStorage.removeItem('co-managed-it:handoff');
          Storage.prototype.setItem = () => {
            throw new DOMException('full', 'QuotaExceededError');
          };
        }
        if (mode === 'blocked')
          Object.defineProperty(window, 'localStorage', {
            get: () => {
              throw new Error('storage disabled');
            },
          });
      },
      [MATRIX_FORMAT],
    );
    for (const mode of ['corrupt', 'hostile', 'full', 'blocked']) {
      const { page, problems } = await openWatchedPage(context);
      await open(page, `/handoff-planner/?storage=${mode}`);
      // A saved plan that fails the checks is dropped: the planner starts from its defaults.
      expect(await page.locator('.hp-row').count(), mode).toBe(15);
      expect(await page.locator('#row-backup-dr h3').textContent(), mode).toBe('Backup and disaster recovery');
      await page.locator('input[name="hp-backup-dr-owner"][value="unassigned"]').check();
      await expect.poll(() => summary(page), { message: mode }).toContain('5 checks open.');
      if (mode === 'full') {
        expect(await page.locator('.planner .notice[role="status"]').textContent()).toContain('not saving the plan');
      }
      expect(problems, mode).toEqual([]);
      await page.close();
    }
    await context.close();
  });

  it('without JavaScript, shows the starting matrix and the gaps it checks', async () => {
    const noJs = await newContext(browser, { javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto('/handoff-planner/');
    expect(await page.locator('.hp-row').count()).toBe(15);
    expect(await page.locator('input[name="hp-backup-dr-owner"][value="msp"]').isChecked()).toBe(true);
    expect(await page.locator('.hp-count').textContent()).toContain('4 checks open');
    expect(await page.locator('.hp-gaps li').count()).toBe(7);
    await noJs.close();
  });

  it('fits 360 px without sideways scrolling, with no console errors or CSP violations', async () => {
    const { page, problems, foreignRequests, context } = await openFreshPage(browser, { viewport: { width: 360, height: 740 } });
    await open(page);
    await page.locator('input[name="hp-incident-bridge-owner"][value="shared"]').check();
    await page.getByRole('button', { name: 'Rename Tools and data on exit' }).click();
    await page.getByRole('button', { name: 'Add a function' }).click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    for (const selector of ['.hp-info', '.hp-editor', '.hp-out', '.hp-about']) {
      const overflow = await page.locator(selector).evaluate((element) => element.scrollWidth - element.clientWidth);
      expect(overflow, selector).toBeLessThanOrEqual(0);
    }
    expect(problems).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});
