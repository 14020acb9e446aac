import type { Page } from '@playwright/test';

/**
 * Resolves once React has hydrated the page: the body and every form control carry React's fiber. A
 * full page load (goto, a sign-in's window.location, a link followed before hydration) shows the
 * server's HTML first, and until its scripts take over a click can be lost (the sign-in form, the
 * show-password switch and the CSV check do their work in the browser) or sent as a plain form post.
 */
export async function waitForHydration(page: Page) {
  await page.waitForFunction(
    () => {
      const hydrated = (element: Element) => Object.keys(element).some((key) => key.startsWith('__reactFiber$'));
      // Hidden inputs are left out: React writes some ($ACTION_…, for forms that work without scripts) that
      // it never hydrates, and no one clicks them.
      const controls = document.querySelectorAll('form, button, input:not([type="hidden"]), select, textarea');
      return document.body !== null && hydrated(document.body) && [...controls].every(hydrated);
    },
    undefined,
    { timeout: 60_000 },
  );
}

/** Opens `path` and waits until the page answers clicks, as a person waits for a page to finish loading. */
export async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  await waitForHydration(page);
  return response;
}
