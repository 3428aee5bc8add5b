import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { importMatrixJson, MATRIX_FORMAT } from '../../src/lib/handoff/json-codec';
import { MAX_CHAT_LINK_LENGTH } from '../../src/lib/handoff/link-codec';
import { parseCsv } from '../support/parse-csv';
import { expect, printedPageCount, tabTo, test } from './support/fixtures';
import { shippedRowNames as ROW_NAMES } from '../../src/lib/handoff-copy/copy';

/** The island marks itself ready once it has decided where the plan comes from. */
async function ready(page: Page) {
  await expect(page.locator('.planner')).toHaveAttribute('data-ready');
}

async function open(page: Page, path = '/handoff-planner/') {
  await page.goto(path);
  await ready(page);
}

/** The line that counts the open checks. */
const summary = (page: Page) => page.locator('.hp-count');
/** A row's owner radio for `owner`: checked when that is who owns the row. */
const ownerRadio = (page: Page, rowId: string, owner: string) =>
  page.locator(`input[name="hp-${rowId}-owner"][value="${owner}"]`);
const status = (page: Page) => page.locator('.hp-out [role="status"]');
const notice = (page: Page) => page.locator('.planner .notice');

async function downloadOf(page: Page, button: string): Promise<{ name: string; text: string; download: Download }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8'), download };
}

/** A file chosen in the planner's "Open a file" input. */
const jsonFile = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

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

/** The whole plan on screen: team fields, and each row's id, label, owner and field values. */
const pageMatrix = (page: Page) =>
  page.evaluate(() => {
    const rows = [...document.querySelectorAll<HTMLElement>('.hp-row')].map((row) => ({
      id: row.id,
      label: row.querySelector('h3')?.textContent,
      owner: row.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value,
      fields: [
        ...row.querySelectorAll<HTMLInputElement | HTMLSelectElement>('.hp-fields input, .hp-fields select'),
      ].map((field) => field.value),
    }));
    const info = ['#hp-internal', '#hp-msp', '#hp-date'].map(
      (id) => document.querySelector<HTMLInputElement>(id)!.value,
    );
    return { info, rows };
  });

test.describe('the handoff planner', () => {
  test('is filled in by keyboard, shows and announces check results, and keeps the plan on reload', async ({
    page,
    watch,
    openPage,
  }) => {
    await open(page);
    // The starting plan: only the incident bridge (shared, no lead, no escalation), scope review and exit terms are open.
    await expect(summary(page)).toHaveText('4 checks open.');
    await expect(page.locator('#row-incident-bridge .hp-checks li')).toHaveCount(2);
    await expect(page.locator('#row-scope-review .hp-checks a')).toHaveAttribute(
      'href',
      '/handoff-failures/#scope-drift',
    );

    // Tab from the team fields to the first row's owner radios, then arrow to "Nobody yet".
    await page.focus('#hp-date');
    await tabTo(page, 'input[name="hp-strategy-budget-owner"]:checked', 40);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(ownerRadio(page, 'strategy-budget', 'unassigned')).toBeChecked();
    await expect(summary(page)).toContainText('5 checks open.');
    await expect(summary(page)).toContainText('New: Nobody owns "Strategy and budget"');
    await expect(page.locator('#row-strategy-budget .hp-checks')).toContainText('Put the split in writing');
    // The radios have names a screen reader reads in full.
    await expect(page.getByRole('group', { name: 'Owner of Strategy and budget' })).toHaveCount(1);
    await expect(page.getByRole('textbox', { name: 'Escalate to for Backup and disaster recovery' })).toHaveCount(1);

    // Back to the internal team; Shift+Tab order stays inside the row's fields.
    await page.keyboard.press('ArrowRight');
    await expect(ownerRadio(page, 'strategy-budget', 'internal')).toBeChecked();
    await expect(summary(page)).toContainText('4 checks open. One check closed.');

    // Two intake channels open the double-ticket check, one closes it.
    await typeInto(page, '#hp-ticket-intake-channels', 'Service desk portal, phone the MSP');
    await expect(page.locator('#row-ticket-intake .hp-checks')).toContainText('2 places');
    await typeInto(page, '#hp-ticket-intake-channels', 'Service desk portal');
    await expect(page.locator('#row-ticket-intake .hp-checks')).toHaveCount(0);

    // A shared row asks for its lead; the end-user relationship with the MSP is flagged.
    await ownerRadio(page, 'end-user-relationship', 'msp').check();
    await expect(page.locator('#row-end-user-relationship .hp-checks')).toContainText('owns');
    await ownerRadio(page, 'end-user-relationship', 'internal').check();
    await expect(page.locator('#hp-incident-bridge-lead')).toHaveAttribute('aria-invalid', 'true');

    await fillPlan(page);
    await expect(summary(page)).toContainText('No checks open.');
    await expect(page.locator('#hp-incident-bridge-lead')).not.toHaveAttribute('aria-invalid');

    // Rename, remove with undo, add a custom row: all by keyboard.
    await page.getByRole('button', { name: 'Rename Project capacity' }).click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Projects and rollouts');
    await page.keyboard.press('Enter');
    await expect(page.locator('#row-project-capacity h3')).toHaveText('Projects and rollouts');
    await expect(page.locator(':focus')).toContainText('Rename');

    await page.getByRole('button', { name: 'Remove Vendor relationships' }).click();
    await expect(page.locator('#row-vendor-relationships')).toHaveCount(0);
    await expect(page.locator('#hp-undo')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#row-vendor-relationships')).toHaveCount(1);
    const order = await page.locator('.hp-row').evaluateAll((rows) => rows.map((row) => row.id));
    expect(order.indexOf('row-vendor-relationships')).toBe(order.indexOf('row-compliance-ownership') + 1);

    await page.getByRole('button', { name: 'Add a handoff point' }).click();
    await page.keyboard.type('Change approval board');
    await page.keyboard.press('Enter');
    await expect(page.locator('#row-custom-1 h3')).toHaveText('Change approval board');
    // A new row has no owner yet, which the checks say.
    await expect(summary(page)).toContainText('1 check open.');
    await ownerRadio(page, 'custom-1', 'shared').check();
    await typeInto(page, '#hp-custom-1-lead', 'Sam Lee');
    await expect(summary(page)).toContainText('No checks open.');

    const before = await pageMatrix(page);
    expect(before.info).toEqual(['Acme IT', 'Northwind MSP', '2026-03-01']);
    await page.reload();
    await ready(page);
    await expect.poll(() => pageMatrix(page)).toEqual(before);

    // A closed tab too: a new page in the same profile opens the same plan.
    await page.close();
    const again = await openPage();
    await open(again.page);
    await expect.poll(() => pageMatrix(again.page)).toEqual(before);
    await expect(summary(again.page)).toContainText('No checks open.');
    expect(watch.problems).toEqual([]);
    expect(again.problems).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  test('exports Markdown, CSV and JSON, and the JSON re-imports into a fresh browser as the same plan', async ({
    page,
    watch,
    freshPage,
  }) => {
    await open(page);
    await fillPlan(page);
    await ownerRadio(page, 'patching-rmm', 'unassigned').check();
    await expect(summary(page)).toContainText('1 check open.');

    const markdown = await downloadOf(page, 'Download Markdown');
    expect(markdown.name).toBe('handoff-matrix-acme-it-2026-03-01.md');
    expect(markdown.text).toContain('- **Internal team:** Acme IT');
    expect(markdown.text).toContain('| Patching and RMM | Nobody yet |');
    expect(markdown.text).toContain('## Open checks (1)');
    expect(markdown.text).toMatch(
      /\[Put the split in writing\]\(<https?:\/\/[^>]+\/who-owns-what\/#put-the-split-in-writing>\)/,
    );

    const csv = await downloadOf(page, 'Download CSV');
    expect(csv.name).toBe('handoff-matrix-acme-it-2026-03-01.csv');
    const table = parseCsv(csv.text.replace(/^\uFEFF/, ''));
    expect(table[0]).toEqual([
      'Kind',
      'Row',
      'Owner',
      'Lead',
      'Escalate to',
      'Response target',
      'Details',
      'Notes',
      'Open checks',
    ]);
    const patching = table.find((line) => line[1] === 'Patching and RMM')!;
    expect(patching[2]).toBe('Nobody yet');
    expect(patching[8]).toContain('Nobody owns');
    // A note that looks like a formula stays text in a spreadsheet.
    expect(table.find((line) => line[1] === 'Backup and disaster recovery')![7]).toBe(
      'Restore test monthly; =SUM(A1) stays text',
    );

    const json = await downloadOf(page, 'Download JSON');
    expect(json.name).toBe('handoff-matrix-acme-it-2026-03-01.json');
    const document = JSON.parse(json.text) as { format: string; version: number };
    expect(document.format).toBe(MATRIX_FORMAT);
    expect(document.version).toBe(1);
    const decoded = importMatrixJson(json.text, ROW_NAMES);
    expect(decoded.ok).toBe(true);
    const shown = await pageMatrix(page);

    // A fresh browser profile opens the file and shows the same plan.
    const other = await freshPage();
    await open(other.page);
    await typeInto(other.page, '#hp-internal', 'Other team');
    await other.page.setInputFiles('#hp-import', jsonFile(json.name, json.text));
    await expect.poll(() => pageMatrix(other.page)).toEqual(shown);
    await expect(notice(other.page)).toContainText('Opened “handoff-matrix-acme-it-2026-03-01.json”');
    await expect(summary(other.page)).toContainText('1 check open.');
    // The file replaced the plan this profile had on screen, which stays one click away.
    await other.page.getByRole('button', { name: 'Go back to the earlier plan' }).click();
    await expect(other.page.locator('#hp-internal')).toHaveValue('Other team');
    expect(watch.problems).toEqual([]);
    expect(other.problems).toEqual([]);
  });

  test('refuses a corrupt, hostile or newer file with a message, and keeps what was on screen', async ({
    page,
    watch,
  }) => {
    await open(page);
    await typeInto(page, '#hp-internal', 'Kept Team');
    await ownerRadio(page, 'backup-dr', 'shared').check();
    await expect(page.locator('#hp-backup-dr-lead')).toBeVisible();
    const before = await pageMatrix(page);
    const files: [string, string, RegExp][] = [
      ['corrupt.json', '{"format": "co-managed-it/handoff-matrix", "rows": [', /does not hold valid JSON/],
      [
        'proto.json',
        `{"format":"${MATRIX_FORMAT}","version":1,"rows":[],"__proto__":{"polluted":true}}`,
        /refused as unsafe/,
      ],
      ['newer.json', `{"format":"${MATRIX_FORMAT}","version":99,"rows":[]}`, /newer version of the planner/],
      ['other.json', '{"hello":"world"}', /not a handoff matrix/],
      [
        'huge.json',
        `{"format":"${MATRIX_FORMAT}","version":1,"rows":[],"notes":"${'x'.repeat(300 * 1024)}"}`,
        /more than 200 KB/,
      ],
    ];
    for (const [name, text, message] of files) {
      await page.setInputFiles('#hp-import', jsonFile(name, text));
      await expect(status(page), name).toHaveText(message);
      await expect(status(page), name).toContainText('Nothing was changed');
      expect(await pageMatrix(page), name).toEqual(before);
    }
    // Labels from a hostile file are shown as text, never run.
    const hostile = JSON.stringify({
      format: MATRIX_FORMAT,
      version: 1,
      internalTeam: '<img src=x onerror=alert(1)>',
      rows: [{ key: 'backup-dr', label: '<script>alert(2)</script>', owner: 'root', notes: 42, extra: 'x' }],
    });
    await page.setInputFiles('#hp-import', jsonFile('hostile.json', hostile));
    await expect(page.locator('#row-backup-dr h3')).toHaveText('<script>alert(2)</script>');
    await expect(page.locator('#hp-internal')).toHaveValue('<img src=x onerror=alert(1)>');
    await expect(page.locator('.planner img')).toHaveCount(0);
    await expect(ownerRadio(page, 'backup-dr', 'unassigned')).toBeChecked();
    const warnings = page.locator('.planner .notice li');
    await expect(warnings.filter({ hasText: /"root" is not one the planner knows/ })).not.toHaveCount(0);
    await expect(warnings.filter({ hasText: /unknown field "extra"/ })).not.toHaveCount(0);
    expect(watch.dialogs).toEqual([]);
    expect(watch.problems).toEqual([]);
  });

  test('copies a share link that opens the same plan in a fresh browser, keeping what that browser had', async ({
    page,
    watch,
    context,
    baseURL,
    freshPage,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
    await open(page);
    await fillPlan(page);
    await ownerRadio(page, 'security-operations', 'shared').check();
    await typeInto(page, '#hp-security-operations-lead', 'Priya Shah');
    const shown = await pageMatrix(page);
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await expect(status(page)).toContainText('Link copied');
    const link = await page.inputValue('.hp-out .manual-copy');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    expect(link.length).toBeLessThanOrEqual(MAX_CHAT_LINK_LENGTH);
    expect(new URL(link).searchParams.get('v')).toBe('1');

    const other = await freshPage();
    await open(other.page);
    await typeInto(other.page, '#hp-internal', 'Their own plan');
    await other.page.goto(link);
    await ready(other.page);
    await expect.poll(() => pageMatrix(other.page)).toEqual(shown);
    await expect(notice(other.page)).toContainText('comes from the link you opened');
    // The address no longer holds the link, so a reload keeps later edits instead of reopening it.
    await expect(other.page).toHaveURL((url) => url.search === '');
    await other.page.reload();
    await ready(other.page);
    await expect.poll(() => pageMatrix(other.page)).toEqual(shown);
    // The plan the link replaced is still there.
    await open(other.page);
    await expect(other.page.locator('#hp-internal')).toHaveValue('Acme IT');

    // A damaged link changes nothing and says why.
    await other.page.goto('/handoff-planner/?v=1&m=AAAA_not_deflate');
    await ready(other.page);
    await expect(notice(other.page)).toHaveText(/damaged|cut short/);
    await expect.poll(() => pageMatrix(other.page)).toEqual(shown);
    expect(watch.problems).toEqual([]);
    expect(other.problems).toEqual([]);
  });

  test('goes back to the plan a link replaced', async ({ page, watch, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
    await open(page);
    await typeInto(page, '#hp-internal', 'From the link');
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.inputValue('.hp-out .manual-copy');
    await typeInto(page, '#hp-internal', 'Saved before');
    await page.goto(link);
    await ready(page);
    await expect(page.locator('#hp-internal')).toHaveValue('From the link');
    await expect(notice(page)).toContainText('replaced the plan saved in this browser');
    await page.getByRole('button', { name: 'Go back to the earlier plan' }).click();
    await expect(page.locator('#hp-internal')).toHaveValue('Saved before');
    expect(watch.problems).toEqual([]);
  });

  test('falls back to the JSON file when the link would be too long for chat apps', async ({ page, watch }) => {
    await open(page);
    // Random text does not compress: fifteen long notes make a link far past what chat apps keep.
    for (const field of await page.locator('[id$="-notes"]').all()) {
      await field.fill(randomBytes(120).toString('base64'));
      await field.press('Tab');
    }
    const { name, text } = await downloadOf(page, 'Copy share link');
    expect(name).toMatch(/^handoff-matrix.*\.json$/);
    expect(importMatrixJson(text, ROW_NAMES).ok).toBe(true);
    await expect(status(page)).toContainText('too big for a link');
    await expect(page.locator('.hp-out .manual-copy')).toHaveCount(0);
    expect(watch.problems).toEqual([]);
  });

  test('arrives from the fit assessment pre-filled with its split', async ({ page, watch }) => {
    await page.goto(
      '/assessment/?v=1&employees=120&it-staff=2&needs=after-hours,security&custom-apps=no&it-is=capability&msp-is=partner&for=Acme%20Freight',
    );
    await expect(page.locator('[data-recommendation="co-managed"]')).toBeVisible();
    await page.getByRole('link', { name: 'Turn this split into a handoff plan with your MSP' }).click();
    await expect(page).toHaveURL(/\/handoff-planner\//);
    await ready(page);
    await expect(page.locator('#hp-internal')).toHaveValue('Acme Freight');
    await expect(notice(page)).toContainText('Filled in from your fit assessment');
    await expect(ownerRadio(page, 'after-hours-tier1', 'msp')).toBeChecked();
    await expect(ownerRadio(page, 'security-operations', 'msp')).toBeChecked();
    // Backup goes to the MSP only for security or compliance needs: security was named.
    await expect(ownerRadio(page, 'backup-dr', 'msp')).toBeChecked();
    // Project capacity was not a gap: it stays in-house, with the assessment's reason as its note.
    await expect(ownerRadio(page, 'project-capacity', 'internal')).toBeChecked();
    await expect(page.locator('#hp-project-capacity-notes')).not.toHaveValue('');
    await expect(page).toHaveURL((url) => url.search === '');

    // With a plan already saved, coming from the assessment asks before replacing it.
    await typeInto(page, '#hp-msp', 'Kept MSP');
    await page.goto('/handoff-planner/?from=assessment');
    await ready(page);
    await expect(page.locator('#hp-msp')).toHaveValue('Kept MSP');
    await page.getByRole('button', { name: 'Start from the assessment' }).click();
    await expect(page.locator('#hp-msp')).toHaveValue('');
    await page.getByRole('button', { name: 'Go back to the earlier plan' }).click();
    await expect(page.locator('#hp-msp')).toHaveValue('Kept MSP');
    expect(watch.problems).toEqual([]);
  });

  test('prints a one-page appendix without the controls', async ({ page, watch }) => {
    await open(page);
    await fillPlan(page);
    await ownerRadio(page, 'patching-rmm', 'unassigned').check();
    await page.emulateMedia({ media: 'print' });
    const appendix = page.locator('.hp-print');
    await expect(appendix).toBeVisible();
    for (const hidden of ['.hp-editor', '.hp-out', '.hp-info', '.site-header', 'h1']) {
      await expect(page.locator(hidden).first(), hidden).toBeHidden();
    }
    for (const text of ['Acme IT', 'Northwind MSP', '2026-03-01', 'Open checks (1)']) {
      await expect(appendix).toContainText(text);
    }
    await expect(page.locator('.hp-print tbody tr')).toHaveCount(15);
    // One A4 page.
    expect(await printedPageCount(page, { format: 'A4' })).toBe(1);
    expect(watch.problems).toEqual([]);
  });

  test('never breaks when the saved plan is corrupt or hostile, or storage is full or missing', async ({
    context,
    openPage,
  }) => {
    await context.addInitScript(
      ([format]) => {
        const mode = new URLSearchParams(location.search).get('storage');
        if (mode === 'corrupt') localStorage.setItem('co-managed-it:handoff', '{"format": "' + format + '", "rows": [');
        if (mode === 'hostile')
          localStorage.setItem(
            'co-managed-it:handoff',
            JSON.stringify({
              format,
              version: 1,
              rows: [{ key: 'backup-dr', label: '<img src=x onerror=alert(1)>', owner: 'msp' }],
              __proto__: null,
              constructor: 1,
            }),
          );
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
      const { page, problems } = await openPage();
      await open(page, `/handoff-planner/?storage=${mode}`);
      // A saved plan that fails the checks is dropped: the planner starts from its defaults.
      await expect(page.locator('.hp-row'), mode).toHaveCount(15);
      await expect(page.locator('#row-backup-dr h3'), mode).toHaveText('Backup and disaster recovery');
      await ownerRadio(page, 'backup-dr', 'unassigned').check();
      await expect(summary(page), mode).toContainText('5 checks open.');
      if (mode === 'full') {
        await expect(page.locator('.planner .notice[role="status"]')).toContainText('not saving the plan');
      }
      expect(problems, mode).toEqual([]);
      await page.close();
    }
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('shows the starting matrix and the gaps it checks', async ({ page }) => {
      await page.goto('/handoff-planner/');
      await expect(page.locator('.hp-row')).toHaveCount(15);
      await expect(ownerRadio(page, 'backup-dr', 'msp')).toBeChecked();
      await expect(summary(page)).toContainText('4 checks open');
      await expect(page.locator('.hp-gaps li')).toHaveCount(7);
    });
  });

  test.describe('at 360 px', () => {
    test.use({ viewport: { width: 360, height: 740 } });

    test('fits without sideways scrolling, with no console errors or CSP violations', async ({ page, watch }) => {
      await open(page);
      await ownerRadio(page, 'incident-bridge', 'shared').check();
      await page.getByRole('button', { name: 'Rename Tools and data on exit' }).click();
      await page.getByRole('button', { name: 'Add a function' }).click();
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      ).toBe(0);
      for (const selector of ['.hp-info', '.hp-editor', '.hp-out', '.hp-about']) {
        const overflow = await page.locator(selector).evaluate((element) => element.scrollWidth - element.clientWidth);
        expect(overflow, selector).toBeLessThanOrEqual(0);
      }
      expect(watch.problems).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
    });
  });
});
