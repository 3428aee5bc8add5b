/*
 * The estimator island as a reader meets it: the page's build-time markup, hydrated by the
 * client entry's hydrateIsland, opening with a link, saved inputs or the fit assessment's answers.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { render as preactRender } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browserRateCard } from '../../../src/lib/pricing/browser-card';
import { estimatePricing } from '../../../src/lib/pricing/estimate';
import { estimatorCopy } from '../../../src/lib/pricing/estimator-copy';
import { EMPTY_ESTIMATE_STATE } from '../../../src/lib/pricing/estimator-state';
import { defaultInputsFrom, type EstimatorInputs } from '../../../src/lib/pricing/inputs';
import { centsToWholeDollars } from '../../../src/lib/pricing/money';
import { rateCard } from '../../../src/lib/pricing/rate-card';
import { sharedToolCopy } from '../../../src/lib/tools/shared-tool-copy';
import { STORAGE_KEYS } from '../../../src/lib/tools/storage-keys';
import { gapToWork } from '../../../src/lib/work/gap-to-work';
import { scopeByGap } from '../../../src/lib/work/work-by-gap';
import { $estimator, $storageWorks } from '../../../src/stores/estimator';
import { storage } from '../../../src/stores/storage';
import { EstimateDetails } from '../../../src/tools/estimator/EstimateDetails';
import Estimator, { type EstimatorProps } from '../../../src/tools/estimator/Estimator';
import { hydrateIsland } from '../../../src/tools/shell/hydrate-island';

const props: EstimatorProps = {
  card: browserRateCard(rateCard),
  scopeByGap: scopeByGap(gapToWork),
  locale: 'en-US',
  currency: 'USD',
  siteName: 'Example Guide',
  words: estimatorCopy.tool,
  msp: {
    contact: { name: 'Acme MSP', email: 'hello@acme.example', booking: null },
    words: sharedToolCopy.sendToMsp,
    lead: null,
  },
};
const START = defaultInputsFrom(rateCard);

/** The page as built (the island rendered for the starting inputs), opened at `search`, then hydrated. */
async function openPage(search = '') {
  history.replaceState(null, '', `/estimator/${search}`);
  const root = document.createElement('div');
  root.dataset['island'] = 'estimator';
  root.dataset['props'] = JSON.stringify(props);
  // As the page renders it: with the estimate's details, which the browser loads on demand.
  root.innerHTML = renderToString(<Estimator {...props} details={EstimateDetails} />);
  document.body.append(root);
  const built = root.innerHTML;
  hydrateIsland('estimator', Estimator);
  await waitFor(() => expect(root.querySelector('.estimator[data-ready]')).not.toBeNull());
  // Opened in its mode: a link's estimate first, anything else the form first.
  await waitFor(() => expect(root.querySelector('[data-mode]')).not.toBeNull());
  return { root, built };
}

const field = (label: string | RegExp) => screen.getByRole('textbox', { name: label }) as HTMLInputElement;
const type = (label: string | RegExp, value: string) => fireEvent.input(field(label), { target: { value } });
const monthlyHigh = (root: HTMLElement, model: string) =>
  Number(root.querySelector(`[data-model="${model}"]`)!.getAttribute('data-monthly-high'));
const expectedHigh = (inputs: EstimatorInputs, model: 'per-user' | 'per-device') =>
  centsToWholeDollars(estimatePricing(inputs, rateCard).models[model].monthly.high);
const linkNotice = () => screen.queryByRole('region', { name: 'About this link' });
/** A link opens on the estimate with the inputs in short; this brings the form back. */
const changeAnswers = () => fireEvent.click(screen.getByRole('button', { name: 'Change answers' }));

beforeEach(() => {
  $estimator.set(EMPTY_ESTIMATE_STATE);
  delete storage[STORAGE_KEYS.estimator];
  delete storage[STORAGE_KEYS.assessment];
  $storageWorks.set(true);
});

afterEach(() => {
  const root = document.querySelector<HTMLElement>('[data-island]');
  if (root) preactRender(null, root);
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('the estimator island', () => {
  it('hydrates the build-time estimate as it is when nothing else applies, and keeps the address a share link', async () => {
    const { root, built } = await openPage();
    expect(root.querySelector('.est-body')!.outerHTML).toBe(
      new DOMParser().parseFromString(built, 'text/html').querySelector('.est-body')!.outerHTML,
    );
    expect(linkNotice()).toBeNull();
    expect(location.search).toBe('?v=1&users=100&devices=150&scope=after-hours,patching&hours=20&term=3&adj=3');
  });

  it('opens a link with its figures, and says it replaced the inputs saved in this browser', async () => {
    $estimator.set({ inputs: { users: 300 }, preparedFor: null });
    const { root } = await openPage(
      '?v=1&users=120&devices=180&scope=after-hours,security&hours=25&term=2&adj=3&for=Acme',
    );
    const linked = {
      users: 120,
      devices: 180,
      scope: ['after-hours', 'security'],
      hoursPerMonth: 25,
      termYears: 2,
      annualAdjustmentPercent: 3,
    } as const;
    expect(monthlyHigh(root, 'per-user')).toBe(expectedHigh({ ...linked, scope: [...linked.scope] }, 'per-user'));
    expect(root.querySelector('.prepared-for')!.textContent).toBe('Prepared for Acme');
    // The details under the estimate loaded before it opened: never the build's figures for a moment.
    expect(root.querySelector('.est-security')!.textContent).toContain('for 120 users');
    // It leads with the estimate: the inputs in short under the suggestion, the form put away.
    const summary = screen.getByRole('region', { name: 'Based on these answers' });
    expect([...summary.querySelectorAll('dt, dd')].map((item) => item.textContent)).toEqual([
      'Supported users',
      '120',
      'Endpoints (devices)',
      '180',
      'What the MSP takes on',
      'After-hours cover (nights and weekends, tier-1)',
      'Security operations',
      'Support hours a month',
      '25',
      'Contract term',
      '2 years',
      'Annual price adjustment (%)',
      '3',
    ]);
    expect(root.querySelector('.suggestion')!.compareDocumentPosition(summary)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(screen.queryByRole('textbox', { name: /^Supported users/ })).toBeNull();
    expect(within(summary).getByRole('region', { name: 'About this link' }).textContent).toContain(
      'These answers come from the link you opened. They replace the answers saved in this browser. Change any of them below.',
    );
    changeAnswers();
    await waitFor(() => expect(document.activeElement).toBe(field(/^Supported users/)));
    expect(field(/^Supported users/).value).toBe('120');
    expect(field(/^Prepared for/).value).toBe('Acme');
    expect(screen.queryByRole('region', { name: 'Based on these answers' })).toBeNull();
    expect(linkNotice()).not.toBeNull();
  });

  it('says nothing when the link holds what this browser saved already', async () => {
    $estimator.set({ inputs: { ...START, users: 120, devices: 180 }, preparedFor: null });
    await openPage('?v=1&users=120&devices=180&scope=after-hours,patching&hours=20&term=3&adj=3');
    expect(linkNotice()).toBeNull();
  });

  it('lists the values of a hostile link it set aside, as text, and opens on the defaults', async () => {
    const { root } = await openPage(
      '?users=-5&scope=%3Cscript%3Ealert(1)%3C/script%3E&for=%3Cimg%20src=x%20onerror=alert(1)%3E',
    );
    const items = within(linkNotice()!)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    // Each with its reason, in the words of the estimator's copy file.
    expect(items).toEqual([
      'users = -5: must be a whole number from 1 to 100,000, written in digits',
      'scope = <script>alert(1)</script>: unknown scope item; known items are after-hours, patching, backup, security, cloud, compliance, projects',
    ]);
    expect(root.querySelector('script, img')).toBeNull();
    expect(root.querySelector('.prepared-for')!.textContent).toBe('Prepared for <img src=x onerror=alert(1)>');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(linkNotice()).toBeNull());
    changeAnswers();
    await waitFor(() => expect(field(/^Supported users/).value).toBe('100'));
  });

  it("starts from the fit assessment's saved answers, and says so, when this browser saved no estimate", async () => {
    storage[STORAGE_KEYS.assessment] = 'v=1&employees=300&it-staff=2&needs=compliance';
    const { root } = await openPage();
    expect(field(/^Supported users/).value).toBe('300');
    expect(root.querySelector('[data-model="per-user"]')!.getAttribute('data-covers')).toBe('backup');
    const notice = root.querySelector('[data-from-assessment]')!;
    expect(notice.textContent).toBe(
      'Filled in from your fit assessment: users from your head count, scope from the gaps you chose (how each gap becomes scope). Change anything below.',
    );
    expect(
      within(notice as HTMLElement)
        .getByRole('link')
        .getAttribute('href'),
    ).toBe('#from-assessment');
  });

  it('keeps inputs saved in this browser over the assessment', async () => {
    storage[STORAGE_KEYS.assessment] = 'v=1&employees=300&needs=compliance';
    $estimator.set({ inputs: { users: 42 }, preparedFor: null });
    const { root } = await openPage();
    expect(field(/^Supported users/).value).toBe('42');
    expect(root.querySelector('[data-from-assessment]')).toBeNull();
  });

  it('recalculates as the reader types; devices follow users until set by hand', async () => {
    const { root } = await openPage();
    type(/^Supported users/, '250');
    await waitFor(() => expect(field(/^Endpoints/).value).toBe('375'));
    expect(monthlyHigh(root, 'per-user')).toBe(expectedHigh({ ...START, users: 250, devices: 375 }, 'per-user'));
    expect(location.search).toContain('users=250&devices=375');
    type(/^Endpoints/, '1,000');
    type(/^Supported users/, '300');
    await waitFor(() => expect(location.search).toContain('users=300&devices=1000'));
    expect(field(/^Endpoints/).value).toBe('1,000');
  });

  it("keeps the build's security comparison and assumptions until the figures move, then shows them for the new ones", async () => {
    const { root } = await openPage();
    const security = () => root.querySelector('.est-security')!.textContent;
    expect(security()).toContain('for 100 users');
    type(/^Supported users/, '250');
    await waitFor(() => expect(security()).toContain('for 250 users'));
    expect(root.querySelector('.est-details')!.getAttribute('aria-busy')).toBeNull();
    expect(root.querySelector('.est-assumption-list')).not.toBeNull();
  });

  it("leaves the build's details in place when they load before the figures move, so a focused table keeps focus", async () => {
    const { root } = await openPage();
    const table = within(root.querySelector<HTMLElement>('.est-security')!).getByRole('region');
    table.focus();
    fireEvent.focusIn(table);
    // The details module loads on that first touch; give it time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(table.isConnected).toBe(true);
    expect(document.activeElement).toBe(table);
    type(/^Supported users/, '250');
    await waitFor(() => expect(root.querySelector('.est-security')!.textContent).toContain('for 250 users'));
  });

  it('explains a value it cannot use under its field, and keeps the last figures', async () => {
    const { root } = await openPage();
    const before = monthlyHigh(root, 'per-user');
    type(/^Supported users/, '0');
    const error = await screen.findByText('Enter a whole number from 1 to 100,000.');
    expect(field(/^Supported users/).getAttribute('aria-invalid')).toBe('true');
    expect(field(/^Supported users/).getAttribute('aria-describedby')).toBe(`est-users-hint ${error.id}`);
    expect(monthlyHigh(root, 'per-user')).toBe(before);
    // Half-typed decimals are not mistakes.
    type(/^Annual price adjustment/, '2.');
    await waitFor(() => expect(location.search).toContain('adj=2'));
    expect(field(/^Annual price adjustment/).value).toBe('2.');
    expect(field(/^Annual price adjustment/).getAttribute('aria-invalid')).toBeNull();
  });

  it('resets every field, the figures and the notices to the starting inputs', async () => {
    const { root } = await openPage('?v=1&users=120&scope=backup&junk=1');
    changeAnswers();
    // Hours are at their starting value already: what was typed must go all the same.
    type(/^Support hours/, 'lots');
    await screen.findByText('Enter a whole number from 0 to 2,000.');
    fireEvent.click(screen.getByRole('button', { name: 'Reset to our defaults' }));
    await waitFor(() => expect(field(/^Supported users/).value).toBe('100'));
    expect(field(/^Endpoints/).value).toBe('150');
    expect(field(/^Support hours/).value).toBe('20');
    expect(screen.queryByText('Enter a whole number from 0 to 2,000.')).toBeNull();
    expect((screen.getByRole('checkbox', { name: 'Backup and disaster recovery' }) as HTMLInputElement).checked).toBe(
      false,
    );
    expect(monthlyHigh(root, 'per-user')).toBe(expectedHigh(START, 'per-user'));
    expect(linkNotice()).toBeNull();
    expect(location.search).toBe('?v=1&users=100&devices=150&scope=after-hours,patching&hours=20&term=3&adj=3');
  });

  it('changes scope and term from their controls', async () => {
    const { root } = await openPage();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Backup and disaster recovery' }));
    await waitFor(() => expect(location.search).toContain('scope=after-hours,patching,backup'));
    expect(root.querySelector('[data-model="per-user"]')!.getAttribute('data-covers')).toContain('backup');
    fireEvent.click(screen.getByRole('radio', { name: '1 year' }));
    await waitFor(() => expect(screen.getByRole('columnheader', { name: 'Over 1 year' })).toBeTruthy());
  });

  it('e-mails the share link, naming who the estimate is for', async () => {
    await openPage('?v=1&users=120&for=Acme');
    const href = screen.getByRole('link', { name: 'E-mail link' }).getAttribute('href')!;
    const body = decodeURIComponent(href.split('&body=')[1]!);
    expect(decodeURIComponent(href.split('&body=')[0]!)).toBe(
      'mailto:?subject=Co-managed IT estimate for Acme (Example Guide)',
    );
    expect(body).toBe(`${estimatorCopy.tool.email.intro}\n\n${location.origin}/estimator/${location.search}\n`);
  });

  it('saves the CSV of the line items under a name made from who it is for, and says so', async () => {
    const clicked = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function (this: HTMLAnchorElement) {});
    await openPage('?v=1&for=Acme%20Ltd');
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV of the line items' }));
    // The CSV writer loads on the first download.
    await waitFor(() => expect(clicked).toHaveBeenCalledOnce());
    expect((clicked.mock.contexts[0] as HTMLAnchorElement).download).toBe('co-managed-it-estimate-acme-ltd.csv');
    await screen.findByText('The CSV file with every line item has been saved to your downloads.');
  });

  it('sends the estimate on screen to the MSP once the reader reaches the panel', async () => {
    await openPage('?v=1&users=120&for=Acme');
    const email = screen.getByRole('link', { name: 'E-mail Acme MSP' });
    // As built: the MSP's address alone, until the reader comes near.
    expect(email.getAttribute('href')).toBe('mailto:hello@acme.example');
    fireEvent.focusIn(email);
    await waitFor(() => expect(email.getAttribute('href')).toContain('body='));
    const mail = new URL(email.getAttribute('href')!);
    expect(mail.searchParams.get('subject')).toContain('Acme');
    const body = mail.searchParams.get('body')!;
    expect(body).toContain('For 120 users');
    expect(body).toContain(`${location.origin}/estimator/${location.search}`);
  });

  it('reads a summary out once the figures settle, but not the figures it opens with', async () => {
    const { root } = await openPage('?v=1&users=120');
    changeAnswers();
    const live = root.querySelector('[aria-live="polite"]')!;
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(live.textContent).toBe('');
    type(/^Supported users/, '250');
    await waitFor(
      () => expect(live.textContent).toMatch(/^Per user \$[\d,]+–\$[\d,]+ a month, per device .+\. Suggested: .+\.$/),
      { timeout: 2000 },
    );
  });

  it('says when this browser will not keep the inputs', async () => {
    await openPage();
    expect(screen.queryByText(estimatorCopy.tool.notices.notSaving)).toBeNull();
    $storageWorks.set(false);
    await screen.findByText(estimatorCopy.tool.notices.notSaving);
  });
});
