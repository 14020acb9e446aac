import { demoFocalPoint, demoSecretariat } from './support/accounts';
import { expect, test } from './support/fixtures';
import { visit } from './support/navigation';
import { fillSignIn } from './support/sign-in';

/** Headers, the proxy's place, and what errors show. */

test('public pages share a policy without a nonce; sign-in pages get a fresh nonce each time', async ({ request }) => {
  const home = await request.get('/');
  const publicPolicy = home.headers()['content-security-policy']!;
  expect(publicPolicy).toContain("object-src 'none'");
  expect(publicPolicy).toContain("base-uri 'none'");
  expect(publicPolicy).toContain("frame-ancestors 'none'");
  expect(publicPolicy).not.toContain('nonce-');
  expect(home.headers()['x-content-type-options']).toBe('nosniff');
  expect(home.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(home.headers()['permissions-policy']).toContain('camera=()');
  expect(home.headers()['strict-transport-security']).toContain('max-age=');

  const first = (await request.get('/login')).headers()['content-security-policy']!;
  const second = (await request.get('/login')).headers()['content-security-policy']!;
  expect(first).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(first).not.toContain("'unsafe-inline' 'nonce");
  expect(first).not.toBe(second);
  expect((await request.get('/api/health')).headers()['content-security-policy']).toContain("default-src 'none'");
  // The one-time-link pages send no Referer anywhere.
  const link = await request.get('/invitation/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
  expect(link.headers()['referrer-policy']).toBe('no-referrer');
});

test('the nonce reaches the scripts: a signed-in page runs with no CSP violation', async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/login');
  await fillSignIn(page, demoSecretariat);
  await expect(page).toHaveURL(/\/workspace$/);
  // Client-side code works (the show-password switch is React state).
  await visit(page, '/workspace/account');
  await page.getByRole('button', { name: 'Show password' }).first().click();
  await expect(page.getByRole('button', { name: 'Hide password' })).toBeVisible();
  expect(violations).toEqual([]);
});

test('a request with x-middleware-subrequest is answered exactly as one without it', async ({
  request,
  focalPoint,
}) => {
  const header = { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' };
  for (const path of ['/workspace', '/workspace/users', '/fr/workspace/audit', '/login']) {
    const plain = await request.get(path, { maxRedirects: 0 });
    const forged = await request.get(path, { maxRedirects: 0, headers: header });
    expect(forged.status(), path).toBe(plain.status());
    expect(forged.headers().location, path).toBe(plain.headers().location);
  }
  // Signed in as a focal point, the admin pages stay closed with or without the header.
  const focal = focalPoint;
  await expect(focal).toHaveURL(/\/workspace$/);
  const cookies = await focal.context().cookies();
  const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const plain = await request.get('/workspace/users', { headers: { cookie }, maxRedirects: 0 });
  const forged = await request.get('/workspace/users', { headers: { cookie, ...header }, maxRedirects: 0 });
  expect(plain.status()).toBe(404);
  expect(forged.status()).toBe(404);
});

test('the session cookie is HttpOnly, SameSite=Lax and __Secure- in production; callbackUrl stays on this site', async ({
  browser,
  focalPoint,
  focalPointCountry,
}) => {
  const page = focalPoint;
  await expect(page).toHaveURL(/\/workspace$/);
  const session = (await page.context().cookies()).find((cookie) => cookie.name.endsWith('next-auth.session-token'))!;
  expect(session.name).toBe('__Secure-next-auth.session-token');
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: true });

  const other = await (await browser.newContext()).newPage();
  await other.goto('/login?callbackUrl=https%3A%2F%2Fevil.example%2Fsteal');
  await fillSignIn(other, demoFocalPoint(focalPointCountry));
  await expect(other).toHaveURL(/^http:\/\/localhost:\d+\/workspace$/);
});

test('errors show no stack trace and no SQL', async ({ request }) => {
  for (const response of [
    await request.get('/workspace/users/not-a-user'),
    await request.post('/api/auth/callback/credentials', { form: { email: "' or 1=1 --", password: 'x' } }),
    await request.get('/invitation/%27%3Bselect'),
  ]) {
    const body = await response.text();
    // SQL as a driver prints it (select "col", select *, escaped in a payload), not a label's word "Select".
    expect(body).not.toMatch(
      /\bat [\w.]+ \(|node_modules|Failed query|\bselect\s+(?:distinct\s+)?\\*["*(]|syntax error|stack/i,
    );
  }
});
