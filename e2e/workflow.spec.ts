import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { visit } from './support/navigation';

/**
 * The reporting loop in a real browser, with the demo accounts: the secretariat logs a commitment and
 * publishes it, Norway's focal point reports, the secretariat returns the report, the focal point
 * revises and resubmits, the secretariat verifies it with a different assessed status, and the public
 * country page shows both voices at once, with no restart. Workspace pages are checked with axe,
 * including forms that show errors.
 */

test.describe.configure({ mode: 'serial' });

test('the whole reporting loop, ending on the public country page with both voices', async ({
  browser,
  secretariat,
  focalPoint: focal,
}) => {
  const title = `Publish the NGO register online ${Date.now()}`;

  // 1. The secretariat logs a commitment; a first attempt with no title is refused next to the field.
  await visit(secretariat, '/workspace/commitments/new');
  await secretariat.getByLabel('Member state').selectOption({ label: 'Norway' });
  await secretariat.getByLabel(/^CSS-2\b/).check();
  await secretariat.getByRole('button', { name: 'Create commitment' }).click();
  await expect(secretariat.getByRole('heading', { name: /There is 1 problem/ })).toBeVisible();
  await expect(secretariat.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
  await expect(secretariat.getByLabel('Member state')).toHaveValue(/\d+/);
  await expectNoAxeViolations(secretariat);

  await secretariat.getByLabel('Title').fill(title);
  await secretariat.getByLabel('Date it was made').fill('2024-09-15');
  await secretariat.getByLabel('Target date').fill('2026-06-30');
  await secretariat.getByRole('button', { name: 'Create commitment' }).click();
  await expect(secretariat.getByRole('heading', { level: 1 })).toHaveText(title);
  const ref = (await secretariat.getByText(/^NOR-2024-\d{2,} · Norway$/).textContent())!.split(' ')[0]!;
  await secretariat.getByRole('button', { name: 'Publish' }).click();
  await expect(secretariat.getByRole('button', { name: 'Unpublish' })).toBeVisible();
  await expect(secretariat.locator('header').getByText('Published', { exact: true })).toBeVisible();
  await expectNoAxeViolations(secretariat);

  // 2. Norway's focal point reports on it.
  await visit(focal, '/workspace/country');
  await expectNoAxeViolations(focal);
  await focal.getByRole('link', { name: `Report on ${ref}` }).click();
  await focal.getByLabel('Status you claim').selectOption('complete');
  await focal.getByLabel('What has been done').fill('The register is online and searchable.');
  await focal.getByLabel('Label of link 1').fill('The register');
  await focal.getByLabel('Address of link 1').fill('javascript:alert(1)');
  await focal.getByRole('button', { name: 'Submit for review' }).click();
  await expect(focal.getByLabel('Address of link 1')).toHaveAttribute('aria-invalid', 'true');
  await expect(focal.getByLabel('What has been done')).toHaveValue('The register is online and searchable.');
  await expectNoAxeViolations(focal);
  await focal.getByLabel('Address of link 1').fill('https://brreg.example/register');
  await focal.getByRole('button', { name: 'Submit for review' }).click();
  await expect(focal.getByText('Report submitted. The secretariat will review it.')).toBeVisible();

  // 3. The secretariat returns it with a reason.
  await visit(secretariat, '/workspace/review');
  await expectNoAxeViolations(secretariat);
  await secretariat.getByRole('link', { name: `Review the report on ${ref}` }).click();
  await expect(secretariat.getByRole('link', { name: 'The register' })).toHaveAttribute(
    'href',
    'https://brreg.example/register',
  );
  await secretariat.getByRole('button', { name: 'Return the report' }).click();
  await expect(secretariat.getByLabel('Reason')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(secretariat);
  await secretariat.getByLabel('Reason').fill('Please add the decree that created the register.');
  await secretariat.getByRole('button', { name: 'Return the report' }).click();
  await secretariat.getByRole('dialog').getByRole('button', { name: 'Yes, return it' }).click();
  await expect(secretariat.getByText(`Report on ${ref} returned to the state.`)).toBeVisible();

  // 4. The focal point sees the reason, revises and resubmits.
  await visit(focal, '/workspace/reports');
  await expectNoAxeViolations(focal);
  await expect(focal.getByRole('row', { name: new RegExp(ref) })).toContainText(
    'Please add the decree that created the register.',
  );
  await focal.getByRole('link', { name: ref }).first().click();
  await expect(focal.getByText('Please add the decree that created the register.')).toBeVisible();
  await focal.getByRole('button', { name: 'Add a link' }).click();
  await focal.getByLabel('Label of link 2').fill('Decree of 2025');
  await focal.getByLabel('Address of link 2').fill('https://lovdata.example/decree');
  await focal.getByRole('button', { name: 'Submit for review' }).click();
  await expect(focal.getByText('Report submitted. The secretariat will review it.')).toBeVisible();

  // The public reads that must change are cached now, before the verification: the country page, the
  // overview, the API, and another state's page, which the verification must leave cached.
  const reader = await (await browser.newContext()).newPage();
  const api = reader.request;
  const apiStatus = async () => {
    const body = (await (await api.get(`/api/v1/commitments?country=nor&limit=500`)).json()) as {
      data: { ref: string; status: string }[];
    };
    return body.data.find((item) => item.ref === ref)?.status;
  };
  for (const path of ['/countries/nor', '/', '/countries/mex']) await api.get(path);
  expect((await api.get('/countries/mex')).headers()['x-nextjs-cache']).toBe('HIT');
  expect(await (await api.get('/')).text()).not.toContain(title);
  const statusBefore = await apiStatus();
  expect(statusBefore).toBeTruthy();
  expect(statusBefore).not.toBe('substantial');

  // 5. The secretariat verifies it with a different assessment and a public note.
  await visit(secretariat, '/workspace/review');
  await secretariat.getByRole('link', { name: `Review the report on ${ref}` }).click();
  await secretariat.getByLabel('Assessed status').selectOption('substantial');
  await secretariat.getByLabel('Public note').fill('The register is online; the decree is not yet in force.');
  await secretariat.getByRole('button', { name: 'Verify and publish the status' }).click();
  await expect(secretariat.getByText(`Report on ${ref} verified; the public status is updated.`)).toBeVisible();

  // 6. The public page shows both voices on the very next request, and so do the overview's latest
  // updates and the API; another state's page is still served from the cache.
  await reader.goto('/countries/nor');
  const row = reader.getByRole('row', { name: new RegExp(ref) });
  await expect(row).toContainText('Substantial');
  await expect(row).toContainText('Complete');
  expect(await (await api.get('/')).text()).toContain(title);
  expect(await apiStatus()).toBe('substantial');
  expect((await api.get('/countries/mex')).headers()['x-nextjs-cache']).toBe('HIT');

  // 7. Archiving takes it off the public page at once (and leaves the demo figures as they were for other tests).
  await visit(secretariat, '/workspace/commitments?q=' + encodeURIComponent(ref));
  await secretariat.getByRole('link', { name: ref }).click();
  await secretariat.getByRole('button', { name: 'Archive' }).click();
  await secretariat.getByRole('dialog').getByRole('button', { name: 'Yes, archive' }).click();
  await expect(secretariat.getByRole('button', { name: 'Restore as draft' })).toBeVisible();
  await reader.reload();
  await expect(reader.getByRole('row', { name: new RegExp(ref) })).toHaveCount(0);
});

test('secretariat workspace pages pass axe', async ({ secretariat: page }) => {
  for (const path of [
    '/workspace/dashboard',
    '/workspace/commitments',
    '/workspace/commitments?overdue=1',
    '/workspace/rounds',
    '/workspace/import',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  }
  // The round form with errors.
  await visit(page, '/workspace/rounds');
  await page.getByLabel('Title').fill('Spring');
  await page.getByLabel('Opens on').fill('2025-05-01');
  await page.getByLabel('Deadline').fill('2025-04-01');
  await page.getByRole('button', { name: 'Create round' }).click();
  await expect(page.getByText('The deadline cannot be before the opening date.').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the workspace passes axe in Arabic, read from the right, a form with errors included', async ({
  secretariat: page,
  focalPoint: focal,
}) => {
  const ar = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../messages/ar/workflow.json'), 'utf8')) as {
    rounds: { fieldTitle: string; opensOn: string; deadline: string; create: string };
    errors: { deadlineBeforeOpening: string };
  };
  for (const where of [
    '/ar/workspace/dashboard',
    '/ar/workspace/commitments',
    '/ar/workspace/review',
    '/ar/workspace/rounds',
  ]) {
    await page.goto(where);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  }
  await visit(page, '/ar/workspace/rounds');
  await page.getByLabel(ar.rounds.fieldTitle).fill('ربيع');
  await page.getByLabel(ar.rounds.opensOn).fill('2025-05-01');
  await page.getByLabel(ar.rounds.deadline).fill('2025-04-01');
  await page.getByRole('button', { name: ar.rounds.create }).click();
  await expect(page.getByText(ar.errors.deadlineBeforeOpening).first()).toBeVisible();
  await expectNoAxeViolations(page);

  for (const where of ['/ar/workspace', '/ar/workspace/reports']) {
    await focal.goto(where);
    await expect(focal.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(focal);
  }
});

test('a focal point cannot open another state’s commitment or the secretariat’s pages', async ({
  secretariat: staff,
  focalPoint: page,
}) => {
  await staff.goto('/workspace/commitments?q=MEX-');
  const mexican = (await staff.getByRole('link', { name: /^MEX-/ }).first().getAttribute('href'))!.split('/').pop()!;

  for (const path of [
    '/workspace/review',
    '/workspace/commitments',
    '/workspace/dashboard',
    '/workspace/import',
    `/workspace/commitments/${mexican}`,
    `/workspace/reports/new?commitment=${mexican}`,
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});

test('two people edit one commitment: the second is told what changed, keeps their input, and loses nothing on saving again', async ({
  secretariat: first,
}) => {
  await visit(first, '/workspace/commitments/new');
  await first.getByLabel('Member state').selectOption({ label: 'Mexico' });
  await first.getByLabel('Title').fill(`Draft for two editors ${Date.now()}`);
  await first.getByLabel('Responsible body').fill('Ministry of the Interior');
  await first.getByLabel(/^CSS-4\b/).check();
  await first.getByRole('button', { name: 'Create commitment' }).click();
  await first.waitForURL(/saved=created/);
  await first.getByRole('link', { name: 'Edit' }).click();
  await expect(first.getByLabel('Title')).not.toHaveValue('');
  const second = await first.context().newPage();
  await visit(second, first.url());
  const originalBody = await second.getByLabel('Responsible body').inputValue();

  const theirTitle = `Renamed by the first editor ${Date.now()}`;
  await first.getByLabel('Title').fill(theirTitle);
  await first.getByRole('button', { name: 'Save changes' }).click();
  await first.waitForURL(/saved=updated/);

  const myBody = `${originalBody} (second editor)`;
  await second.getByLabel('Responsible body').fill(myBody);
  await second.getByRole('button', { name: 'Save changes' }).click();
  await expect(second.getByText('Someone else saved this commitment after you opened it.').first()).toBeVisible();
  await expect(second.getByText(`Someone else changed this to: ${theirTitle}`).first()).toBeVisible();
  // The untouched title takes their value; the responsible body keeps what this person typed.
  await expect(second.getByLabel('Title')).toHaveValue(theirTitle);
  await expect(second.getByLabel('Responsible body')).toHaveValue(myBody);
  await expectNoAxeViolations(second);

  await second.getByRole('button', { name: 'Save my version' }).click();
  // Back on the commitment's page: both edits are there.
  await second.waitForURL(/saved=updated/);
  await expect(second.getByRole('heading', { level: 1 })).toHaveText(theirTitle);
  await expect(second.getByText(myBody)).toBeVisible();
});

test('CSV import: a dry run lists bad rows by number, then only the valid rows are imported; export downloads', async ({
  secretariat: page,
}) => {
  await visit(page, '/workspace/import');
  const stamp = Date.now();
  const csv = [
    'ref,country,title,made_on,standards,language',
    `,NOR,Imported commitment ${stamp},2023-04-01,CSS-1,es`,
    `,ZZZ,Unknown state ${stamp},2023-04-01,CSS-1`,
    `,MEX,,2023-04-01,CSS-2`,
    `,MEX,Bad date ${stamp},2023-02-30,CSS-2`,
  ].join('\n');
  await page
    .getByLabel('CSV file')
    .setInputFiles({ name: 'commitments.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Check the file (nothing is written)' }).click();
  const problems = page.getByRole('table', { name: /3 problems, by row/ });
  await expect(problems).toBeVisible();
  await expect(problems.getByRole('row', { name: /^3 country This country is not known\. ZZZ$/ })).toBeVisible();
  await expect(problems.getByRole('row', { name: /^4 title This field is required\.$/ })).toBeVisible();
  await expect(problems.getByRole('row', { name: /^5 made_on Enter a date as YYYY-MM-DD/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Import only the valid row' }).click();
  await expect(page.getByText('1 commitment imported.')).toBeVisible();

  await page.goto(`/workspace/commitments?q=${stamp}`);
  await expect(page.getByRole('row', { name: new RegExp(`NOR-2023-\\d+ Imported commitment ${stamp}`) })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Export CSV' }).click(),
  ]);
  const text = await (
    await download.createReadStream()
  )
    .toArray()
    .then((chunks) => Buffer.concat(chunks).toString('utf8'));
  expect(text.split('\r\n')[0]).toBe(
    '\uFEFFref,country,title,description,made_at,made_on,source_url,responsible_body,target_date,standards,status,publication,language',
  );
  expect(text).toContain(`Imported commitment ${stamp}`);
  // The language the file gave travels through the import and back out in the export.
  expect(text.split('\r\n')[1]).toMatch(/,es$/);
  expect(text.split('\r\n').filter((line) => line !== '')).toHaveLength(2);
});
