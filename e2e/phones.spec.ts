import type { Page, TestInfo } from '@playwright/test';
import { directionOf, locales } from '@/lib/i18n/routing';
import { expect, test } from './support/fixtures';
import { localisedPath, PUBLIC_PAGES } from './support/public-pages';

/**
 * Every public page and the main workspace pages on a phone, 320 and 375 px wide (an iPhone SE of
 * each generation), in English and, once it is switched on, in Arabic, which reads from the right: the
 * document is no wider than the screen, the page's heading is on the first screen, and its main figures
 * are on screen, not cut off at an edge or left in a box that scrolls sideways. A screenshot of each
 * page at each width is attached to the report, to look at; nothing compares them.
 */

const PHONES = [
  { width: 320, height: 568 },
  { width: 375, height: 667 },
] as const;

// Arabic joins English as soon as lib/i18n/routing.ts lists it: its own pages, with dir="rtl" from the
// server, rather than an English page with the direction forced.
const PHONE_LOCALES = (['en', 'ar'] as const).filter((locale) => (locales as readonly string[]).includes(locale));
const prefixOf = (locale: string) => (locale === 'en' ? '' : `/${locale}`);

/**
 * What a reader comes to each page for, by selector (no words, so that it holds in every language).
 * Every page is also checked for its heading; these must be there too, and on screen.
 */
const FIGURES: readonly [RegExp, readonly string[]][] = [
  [/^\/$/, ['main dl dd', 'main figure svg']],
  [
    /^\/countries$/,
    ['tr[data-country] th a', 'tr[data-country] [data-standing]', 'tr[data-country] [data-column="score"]'],
  ],
  [/^\/countries\/(nor|can)$/, ['[data-figure="score"]', '[data-figure="trend"]', 'tr[data-commitment] [data-status]']],
  [/^\/countries\/mli$/, ['[data-figure="score"]', '[data-event]']],
  [/^\/commitments\//, ['main header [data-status]', '[data-report]']],
  [/^\/standards(\?framework=demo)?$/, ['main [data-fill]']],
  [/^\/standards\/(css-1|demo-4)$/, ['main table tbody tr']],
  [/^\/methodology$/, ['[data-status-row]']],
  [/^\/data$/, ['main table tbody tr']],
  [/^\/countries\/mex\/as-of\//, ['[data-figure="score"]', 'table[data-table="as-of-commitments"] [data-status]']],
  [/^\/countries\/nor\/as-of\/2000/, ['[data-citation]']],
  [/^\/compare\?/, ['td[data-figure="score"]', 'td[data-figure="commitments"]']],
  [/^\/embed\//, ['[data-figure="score"]', '[data-figure="trend"]']],
];

// The axe scan's pages, and those it reaches elsewhere: a suspended state, a 404, a comparison, the
// embeddable card (framed at 360 px by default, so narrower still on a phone) and the sign-in page.
const PAGES = [
  ...PUBLIC_PAGES,
  '/countries/mli',
  '/countries/xyz',
  '/compare?countries=nor,mex,can',
  '/embed/countries/nor',
  '/login',
];

function figuresOf(path: string): readonly string[] {
  return FIGURES.find(([pattern]) => pattern.test(path))?.[1] ?? [];
}

/**
 * The open page fits the phone: measured from the top of the page, as it first shows. Elements that
 * are not rendered (a priority table's other columns) or only there for screen readers are left out.
 */
async function expectFitsPhone(page: Page, figures: readonly string[], label: string) {
  const { width, height } = page.viewportSize()!;
  const measured = await page.evaluate(
    ({ selectors }) => {
      const onScreen = (element: Element) => {
        const box = element.getBoundingClientRect();
        return box.left >= -0.5 && box.right <= window.innerWidth + 0.5;
      };
      const shown = (element: Element) =>
        element.checkVisibility({ visibilityProperty: true }) && element.getBoundingClientRect().width > 1;
      return {
        scrollWidth: document.documentElement.scrollWidth,
        missing: selectors.filter((selector) => ![...document.querySelectorAll(selector)].some(shown)),
        cutOff: selectors.flatMap((selector) =>
          [...document.querySelectorAll(selector)]
            .filter((element) => shown(element) && !onScreen(element))
            .map((element) => `${selector}: ${element.textContent?.trim().slice(0, 40)}`),
        ),
      };
    },
    { selectors: [...figures] },
  );
  expect(measured.scrollWidth, `${label}: the document is no wider than the screen`).toBeLessThanOrEqual(width);
  expect(measured.missing, `${label}: the main figures are there`).toEqual([]);
  expect(measured.cutOff, `${label}: the main figures are on screen`).toEqual([]);

  const heading = await page.getByRole('heading', { level: 1 }).first().boundingBox();
  expect(heading, `${label}: the page has a visible heading`).not.toBeNull();
  expect(heading!.y + heading!.height, `${label}: the heading is on the first screen`).toBeLessThanOrEqual(height);
  expect(heading!.x, label).toBeGreaterThanOrEqual(0);
  expect(heading!.x + heading!.width, label).toBeLessThanOrEqual(width);
}

/** A screenshot of the whole page, kept as a file in the test's output folder and attached to the report. */
async function attachScreenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(name);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** Opens `path` at each phone width on one page, checks it and keeps a screenshot of each. */
async function checkAtPhoneWidths(
  page: Page,
  testInfo: TestInfo,
  locale: string,
  path: string,
  figures = figuresOf(path),
) {
  for (const phone of PHONES) {
    await test.step(`${phone.width} px`, async () => {
      await page.setViewportSize(phone);
      const response = await page.goto(localisedPath(prefixOf(locale), path));
      expect(response?.status(), path).toBeLessThan(path === '/countries/xyz' ? 500 : 400);
      await expect(page.locator('html')).toHaveAttribute('dir', directionOf(locale));
      await expectFitsPhone(page, figures, `${locale} ${path} at ${phone.width} px`);
      await attachScreenshot(page, testInfo, `${locale}${path.replace(/[^a-z0-9]+/gi, '-')}-${phone.width}.png`);
    });
  }
}

for (const locale of PHONE_LOCALES) {
  test.describe(`on a phone, in ${locale}`, () => {
    for (const path of PAGES) {
      test(`public ${path}`, async ({ page }, testInfo) => {
        await checkAtPhoneWidths(page, testInfo, locale, path);
      });
    }

    test('the secretariat’s workspace', async ({ secretariat }, testInfo) => {
      const prefix = prefixOf(locale);
      // The pages behind the first entry of each list, as a person reaches them.
      const first = async (list: string, link: RegExp) => {
        await secretariat.goto(`${prefix}${list}`);
        const href = await secretariat
          .locator('main a[href]')
          .evaluateAll(
            (links, source) => links.map((a) => a.getAttribute('href')!).find((h) => new RegExp(source).test(h)),
            link.source,
          );
        expect(href, `a link on ${list}`).toBeTruthy();
        return href!.replace(new RegExp(`^${prefix}`), '');
      };
      const review = await first('/workspace/review', /\/workspace\/review\/\d+$/);
      const commitment = await first('/workspace/commitments', /\/workspace\/commitments\/\d+$/);
      const round = await first('/workspace/rounds', /\/workspace\/rounds\/\d+$/);
      const pages: [string, string[]][] = [
        ['/workspace', []],
        ['/workspace/dashboard', ['main section[aria-labelledby]']],
        [
          '/workspace/review',
          ['main table tbody tr a[href*="/workspace/review/"]', 'main form select[name="roundId"]'],
        ],
        ['/workspace/reports/all', ['main table tbody tr a[href*="/workspace/re"]', 'main form select[name="state"]']],
        [review, ['main form button[type="submit"]', 'main form textarea']],
        ['/workspace/commitments', ['main table tbody tr a[href*="/workspace/commitments/"]']],
        [
          '/workspace/commitments?publication=draft',
          ['main form#bulk-publication button[type="submit"]', 'main table tbody tr input[type="checkbox"]'],
        ],
        [commitment, ['main h1']],
        [`${commitment}/edit`, ['main form input[name="title"]', 'main form button[type="submit"]']],
        ['/workspace/commitments/new', ['main form select', 'main form button[type="submit"]']],
        ['/workspace/rounds', ['main table tbody tr']],
        [round, ['main table tbody tr', 'main form select[name="show"]']],
        [`${round}?show=behind&sort=state&dir=desc`, ['main table thead a[href*="sort="]']],
        ['/workspace/import', ['main input[type="file"]']],
        ['/workspace/account', ['main form button']],
      ];
      for (const [path, figures] of pages) {
        await test.step(path, () => checkAtPhoneWidths(secretariat, testInfo, locale, path, figures));
      }
    });

    test('an admin’s reference data', async ({ admin }, testInfo) => {
      const pages: [string, string[]][] = [
        ['/workspace/reference/countries', ['main table tbody tr a[href*="/workspace/reference/countries/"]']],
        ['/workspace/reference/countries/nor', ['main form select', 'main form button[type="submit"]']],
        ['/workspace/reference/membership', ['main table tbody tr[data-country] a', 'main tr [data-standing]']],
        [
          '/workspace/reference/membership/mli',
          ['main li[data-event]', 'main form select[name="type"]', 'main form button[type="submit"]'],
        ],
        ['/workspace/reference/frameworks', ['main table tbody tr a[href]', 'main form button[type="submit"]']],
        [
          '/workspace/reference/frameworks/CSS',
          ['main table tbody tr [data-label]', 'main form button[type="submit"]'],
        ],
        [
          '/workspace/reference/frameworks/CSS/standards/CSS-1',
          ['main form input[name="title_en"]', 'main form button[type="submit"]'],
        ],
      ];
      for (const [path, figures] of pages) {
        await test.step(path, () => checkAtPhoneWidths(admin, testInfo, locale, path, figures));
      }
    });

    test('a focal point’s workspace', async ({ focalPoint }, testInfo) => {
      const prefix = prefixOf(locale);
      await focalPoint.goto(`${prefix}/workspace/country`);
      const hrefs = await focalPoint
        .locator('main a[href]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      const find = (pattern: RegExp) => {
        const href = hrefs.find((candidate) => pattern.test(candidate));
        expect(href, `a link matching ${pattern} on /workspace/country`).toBeTruthy();
        return href!.replace(new RegExp(`^${prefix}`), '');
      };
      const reportForm = find(/\/workspace\/reports\/new\?commitment=\d+$/);
      const report = find(/\/workspace\/reports\/\d+$/);
      const commitment = find(/\/workspace\/commitments\/\d+$/);
      const pages: [string, string[]][] = [
        ['/workspace', []],
        [
          '/workspace/country',
          ['main table tbody tr a[href*="/workspace/commitments/"]', 'main table tbody tr [data-status]'],
        ],
        ['/workspace/reports', ['main table tbody tr']],
        [report, ['main h1']],
        [reportForm, ['main form select', 'main form textarea', 'main form button[type="submit"]']],
        [commitment, ['main h1']],
        ['/workspace/account', ['main form button']],
      ];
      for (const [path, figures] of pages) {
        await test.step(path, () => checkAtPhoneWidths(focalPoint, testInfo, locale, path, figures));
      }
    });
  });
}

test.describe('the workspace menu', () => {
  test('is a closed button on a phone that opens without JavaScript, and a sidebar on a wide screen', async ({
    browser,
    secretariat,
  }) => {
    const context = await browser.newContext({
      storageState: await secretariat.context().storageState(),
      javaScriptEnabled: false,
      viewport: PHONES[1],
    });
    const page = await context.newPage();
    await page.goto('/workspace/dashboard');
    const menu = page.locator('details.workspace-menu');
    const reviewLink = menu.locator('nav a[href="/workspace/review"]');
    await expect(menu).not.toHaveAttribute('open');
    await expect(reviewLink).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();

    await menu.locator('summary').click();
    await expect(menu).toHaveAttribute('open');
    await expect(reviewLink).toBeVisible();
    await expect(menu.getByRole('button', { name: 'Sign out' })).toBeVisible();

    await page.setViewportSize({ width: 1024, height: 768 });
    await page.reload();
    await expect(menu.locator('summary')).toBeHidden();
    await expect(reviewLink).toBeVisible();
    await context.close();
  });

  test('closes as its link takes a phone to the next page, which opens at its heading', async ({ secretariat }) => {
    await secretariat.setViewportSize(PHONES[0]);
    await secretariat.goto('/workspace/dashboard');
    const menu = secretariat.locator('details.workspace-menu');
    await menu.locator('summary').click();
    await menu.locator('nav a[href="/workspace/review"]').click();
    await expect(secretariat).toHaveURL(/\/workspace\/review$/);
    await expect(menu).not.toHaveAttribute('open');
    await expect(secretariat.getByRole('heading', { level: 1 })).toBeInViewport();
  });
});
