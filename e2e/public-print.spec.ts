import { expect, test, type Page } from '@playwright/test';

/**
 * The country scorecard prints on one A4 sheet (public-pages issue: "a print style that puts one
 * country on A4"): the site's navigation stays off the paper, and every commitment keeps its status
 * in words. Norway's demo scorecard is the reference; the French and Spanish labels are longer, so
 * those pages are printed too.
 */

const STATUS_WORDS = ['Not started', 'Limited', 'Substantial', 'Complete', 'Withdrawn', 'No information'];

// The printable width of A4 with the scorecard's 12 mm side margins, in CSS pixels (96 per inch).
const A4_PRINTABLE_WIDTH = Math.floor(((210 - 2 * 12) / 25.4) * 96);

/** Page objects in a PDF: `/Type /Page`, not the `/Type /Pages` tree node above them. */
function countPdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

async function printToPdf(page: Page, path: string): Promise<Buffer> {
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
  return page.pdf({ format: 'A4', preferCSSPageSize: true });
}

for (const path of ['/countries/nor', '/fr/countries/nor', '/es/countries/nor']) {
  test(`print: ${path} fits on one A4 page`, async ({ page }) => {
    const pdf = await printToPdf(page, path);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(countPdfPages(pdf)).toBe(1);
  });
}

test('print: the scorecard keeps its content and leaves the screen-only parts off the paper', async ({ page }) => {
  await page.goto('/countries/nor');
  await page.emulateMedia({ media: 'print' });

  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Language' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Download and reuse' })).toBeHidden();
  await expect(page.locator('[data-embed-snippet]')).toBeHidden();

  await expect(page.getByRole('heading', { level: 1, name: 'Norway' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Commitments', exact: true })).toBeVisible();

  // Every published commitment is on paper, each with its verified status in words, not only a colour.
  const rows = page.locator('tr[data-commitment]');
  const published = Number(await page.locator('[data-figure="commitments"]').innerText());
  expect(published).toBeGreaterThan(0);
  await expect(rows).toHaveCount(published);
  for (const row of await rows.all()) {
    const status = row.locator('td [data-status]').first();
    await expect(status).toBeVisible();
    expect(STATUS_WORDS).toContain((await status.innerText()).trim());
  }

  // The score over rounds survives as its table (the chart repeats it and stays off the paper).
  await expect(page.getByRole('table', { name: 'Score of Norway at the end of each reporting round' })).toBeVisible();
});

test('print: nothing on the scorecard is wider than the A4 printable width', async ({ page }) => {
  await page.setViewportSize({ width: A4_PRINTABLE_WIDTH, height: 1000 });
  await page.goto('/es/countries/nor');
  await page.emulateMedia({ media: 'print' });
  const overflowing = await page
    .locator('.scorecard, .scorecard .table-scroll, .scorecard table')
    .evaluateAll((elements) =>
      elements
        .filter((element) => element.scrollWidth > element.clientWidth + 1)
        .map((element) => element.outerHTML.slice(0, 80)),
    );
  expect(overflowing).toEqual([]);
});
