import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { localePrefixes } from './support/locales';
import { visit } from './support/navigation';
import { expect, test } from './support/own-server';

/**
 * The secretariat's review with context and its lists, in a real browser: a returned report, once
 * resubmitted, shows the reviewer the earlier reason and what changed (claimed status, narrative word
 * by word, evidence); the assessed status must be chosen; opening a second round names the open one;
 * three drafts are published at once; "Remind now" reminds a state once a day. Every new page and
 * state passes axe in every language. This spec verifies reports, publishes commitments and opens a
 * round, which other specs count, so it runs on a server and database of its own.
 */

test.describe.configure({ mode: 'serial' });

const stamp = Date.now().toString(36);
let reviewPath = '';
let roundPath = '';

async function createCommitment(page: Page, title: string): Promise<string> {
  await visit(page, '/workspace/commitments/new');
  await page.getByLabel('Member state').selectOption({ label: 'Norway' });
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Date it was made').fill('2024-09-15');
  await page.getByLabel(/^CSS-2\b/).check();
  await page.getByRole('button', { name: 'Create commitment' }).click();
  await page.waitForURL(/saved=created/);
  return (await page.getByText(/^NOR-2024-\d{2,} · Norway$/).textContent())!.split(' ')[0]!;
}

test('a resubmitted report shows the reviewer the earlier reason and what changed', async ({
  secretariat,
  focalPoint: focal,
}) => {
  test.setTimeout(180_000);
  const ref = await createCommitment(secretariat, `Open the register of associations ${stamp}`);
  await secretariat.getByRole('button', { name: 'Publish' }).click();
  // The banner says what the button did, not what the creation did.
  await expect(secretariat.getByText(`Commitment ${ref} published: it now shows on the public pages.`)).toBeVisible();
  await expect(secretariat.getByText('created as a draft')).toHaveCount(0);
  await expect(secretariat).toHaveTitle(new RegExp(`Commitment ${ref}`));

  // Norway's focal point reports.
  await visit(focal, '/workspace/country');
  await focal.getByRole('link', { name: `Report on ${ref}` }).click();
  await focal.getByLabel('Status you claim').selectOption('substantial');
  await focal.getByLabel('What has been done').fill('The register is online for some associations.');
  await focal.getByLabel('Label of link 1').fill('Old register');
  await focal.getByLabel('Address of link 1').fill('https://brreg.example/old');
  await focal.getByRole('button', { name: 'Submit for review' }).click();
  await expect(focal.getByText('Report submitted. The secretariat will review it.')).toBeVisible();

  // The secretariat returns it with a reason.
  await visit(secretariat, '/workspace/review');
  await secretariat.getByRole('link', { name: `Review the report on ${ref}` }).click();
  await expect(secretariat).toHaveTitle(new RegExp(`Review the report on ${ref}`));
  await secretariat.getByLabel('Reason').fill('Say which associations, and link the new register.');
  await secretariat.getByRole('button', { name: 'Return the report' }).click();
  await secretariat.getByRole('dialog').getByRole('button', { name: 'Yes, return it' }).click();
  await expect(secretariat.getByText(`Report on ${ref} returned to the state.`)).toBeVisible();

  // The focal point revises the claim, the narrative and the evidence, and resubmits.
  await visit(focal, '/workspace/reports');
  await focal.getByRole('link', { name: ref }).first().click();
  await expect(focal.getByRole('heading', { level: 1 })).toContainText(`Report on ${ref} of`);
  await focal.getByLabel('Status you claim').selectOption('complete');
  await focal.getByLabel('What has been done').fill('The register is online for all associations.');
  await focal.getByLabel('Label of link 1').fill('New register');
  await focal.getByLabel('Address of link 1').fill('https://brreg.example/new');
  await focal.getByRole('button', { name: 'Submit for review' }).click();
  await expect(focal.getByText('Report submitted. The secretariat will review it.')).toBeVisible();

  // The reviewer sees the earlier reason and every change since.
  await visit(secretariat, '/workspace/review');
  await secretariat.getByRole('link', { name: `Review the report on ${ref}` }).click();
  await secretariat.waitForURL(/\/workspace\/review\/\d+$/);
  reviewPath = new URL(secretariat.url()).pathname;
  const returns = secretariat.locator('section[aria-labelledby="returns-heading"]');
  await expect(returns.getByRole('heading', { name: 'Returned before' })).toBeVisible();
  await expect(returns).toContainText('Say which associations, and link the new register.');
  await expect(returns.getByText('Claimed status')).toBeVisible();
  await expect(returns.locator('dd').filter({ hasText: 'was' }).first()).toContainText('Substantial');
  await expect(returns.locator('dd').filter({ hasText: 'was' }).first()).toContainText('Complete');
  await expect(returns.locator('del')).toContainText('some');
  await expect(returns.locator('ins')).toContainText('all');
  // Each change is named for a screen reader, not only drawn.
  await expect(returns.locator('ins .sr-only').first()).toHaveText('[added:');
  await expect(returns.locator('del .sr-only').first()).toHaveText('[removed:');
  await expect(returns.getByText('Evidence added').locator('..')).toContainText('New register');
  await expect(returns.getByText('Evidence removed').locator('..')).toContainText('Old register');
  await expectNoAxeViolations(secretariat);

  // The assessed status starts unchosen and must be chosen; what was typed stays.
  await expect(secretariat.getByLabel('Assessed status')).toHaveValue('');
  await secretariat.getByLabel('Public note').fill('All associations are now listed.');
  await secretariat.getByRole('button', { name: 'Verify and publish the status' }).click();
  await expect(secretariat.getByLabel('Assessed status')).toHaveAttribute('aria-invalid', 'true');
  await expect(
    secretariat.getByText('Choose your own assessment of the status; it is not copied from the claim.').first(),
  ).toBeVisible();
  await expect(secretariat.getByLabel('Public note')).toHaveValue('All associations are now listed.');
  await expectNoAxeViolations(secretariat, `${reviewPath} refused`);

  // The history names the report by its date, never by a number.
  const history = secretariat.locator('section[aria-labelledby="history-heading"]');
  await expect(history).toContainText('Report returned (report of');
  await expect(history).not.toContainText(/report \d+\)/);
});

test('opening a second round names the round that is open', async ({ secretariat }) => {
  await visit(secretariat, '/workspace/rounds');
  const open = secretariat
    .getByRole('row')
    .filter({ has: secretariat.getByRole('cell', { name: 'Open', exact: true }) })
    .first();
  const openTitle = (await open.getByRole('link').first().textContent())!.trim();
  await open.getByRole('link').first().click();
  await secretariat.waitForURL(/\/workspace\/rounds\/\d+$/);
  roundPath = new URL(secretariat.url()).pathname;

  await visit(secretariat, '/workspace/rounds');
  await secretariat.getByLabel('Title').fill(`Second round ${stamp}`);
  await secretariat.getByLabel('Opens on').fill('2030-01-01');
  await secretariat.getByLabel('Deadline').fill('2030-03-01');
  await secretariat.getByRole('button', { name: 'Create round' }).click();
  await expect(secretariat.getByRole('heading', { level: 1 })).toHaveText(`Second round ${stamp}`);
  await secretariat.getByRole('button', { name: 'Open the round' }).click();
  await expect(
    secretariat.getByText(`The round “${openTitle}” is open. Close it before opening another one.`),
  ).toBeVisible();
  await expect(secretariat.getByText('Someone else changed this')).toHaveCount(0);
  await expectNoAxeViolations(secretariat, 'second round refused');
});

test('three drafts are published at once, each in its own history', async ({ secretariat }) => {
  test.setTimeout(120_000);
  const refs: string[] = [];
  for (const n of [1, 2, 3]) refs.push(await createCommitment(secretariat, `Bulk ${stamp} ${n}`));

  await visit(secretariat, `/workspace/commitments?publication=draft&q=${encodeURIComponent(`Bulk ${stamp}`)}`);
  // Nothing ticked: told so, nothing moves.
  await secretariat.getByRole('button', { name: 'Publish the selected drafts' }).click();
  await expect(secretariat.getByText('Tick at least one draft commitment in the list.')).toBeVisible();
  for (const ref of refs) await secretariat.getByRole('checkbox', { name: `Select ${ref}` }).check();
  await expectNoAxeViolations(secretariat, 'bulk selection');
  await secretariat.getByRole('button', { name: 'Publish the selected drafts' }).click();
  await expect(secretariat.getByText(`3 commitments published: ${refs.join(', ')}.`)).toBeVisible();

  for (const ref of refs) {
    await visit(secretariat, `/workspace/commitments?q=${encodeURIComponent(ref)}`);
    await secretariat.getByRole('link', { name: ref }).click();
    await expect(secretariat.locator('header').getByText('Published', { exact: true })).toBeVisible();
    await expect(secretariat.locator('section[aria-labelledby="history-heading"]')).toContainText('Published');
  }
});

test('Remind now reminds a state behind at most once a day', async ({ secretariat }) => {
  // Norway has just had three commitments published with no report in this round: it is behind.
  await visit(secretariat, `${roundPath}?show=behind&sort=state&dir=desc`);
  const norway = secretariat.getByRole('row').filter({ hasText: 'Norway' });
  await norway.getByRole('button', { name: /^Remind now/ }).click();
  await expect(norway.getByText(/^Reminder queued for \d+ focal points? of Norway\.$/)).toBeVisible();
  await expectNoAxeViolations(secretariat, 'reminded');

  await visit(secretariat, `${roundPath}?show=behind`);
  await secretariat
    .getByRole('row')
    .filter({ hasText: 'Norway' })
    .getByRole('button', { name: /^Remind now/ })
    .click();
  await expect(
    secretariat.getByText(
      'Norway has already been reminded today. A state can be reminded at most once a day; try again tomorrow.',
    ),
  ).toBeVisible();
  await expectNoAxeViolations(secretariat, 'reminded twice');

  // Sorted by a column: the table says how. The deadline is weeks ahead, so no state is late yet.
  await visit(secretariat, `${roundPath}?show=behind&sort=state&dir=desc`);
  await expect(secretariat.getByRole('columnheader', { name: /^Reporting/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await visit(secretariat, `${roundPath}?show=late`);
  await expect(secretariat.getByText('No state matches.')).toBeVisible();
});

test('the new pages and states pass axe in every language', async ({ secretariat }) => {
  test.setTimeout(300_000);
  expect(reviewPath, 'the first test found the review').not.toBe('');
  for (const prefix of localePrefixes) {
    for (const where of [
      '/workspace/reports/all',
      '/workspace/reports/all?state=returned',
      '/workspace/review?claimedStatus=complete',
      reviewPath,
      `${roundPath}?show=behind&sort=reported&dir=desc`,
      '/workspace/commitments?publication=draft',
    ]) {
      await visit(secretariat, `${prefix}${where}`);
      await expect(secretariat.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(secretariat, `${prefix}${where}`);
    }
  }
  // The list of every report finds the verified one of the first test by its stage and claim.
  await visit(secretariat, '/workspace/reports/all?claimedStatus=complete');
  await expect(secretariat.getByRole('status').first()).toContainText(/report/);
});
