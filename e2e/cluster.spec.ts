import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { connect } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { seedDatabase } from '@/db/seed';
import { createDatabase, dropDatabase, uniqueName } from '@/test/databases';
import { serveArguments } from '@/scripts/serve-command';
import { demoFocalPoint, demoSecretariat } from './support/accounts';
import { visit } from './support/navigation';
import { fillSignIn } from './support/sign-in';
import { cleanEnv, freePort, startProcess, waitForHttp, type Started } from './ops-support';

/**
 * Two production servers on one PostgreSQL behind nginx (run as a child, with its own config and
 * prefix in a temp folder): a verification made through one is on the other's pages on the next
 * request, sessions and rate limits hold across both, a sign-out on one ends the session on the other,
 * each writes one JSON log line per request with nothing secret in it, and when one is killed nginx
 * goes on serving from the other.
 */

const nginxBin = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((file) => existsSync(file));
const root = path.resolve(import.meta.dirname, '..');

test.describe.configure({ mode: 'serial' });

if (!nginxBin) {
  console.warn(
    '\n*** nginx is not installed: the several-servers spec cannot run (apt-get install nginx-light). ***\n',
  );
  if (process.env.CI) test('nginx is installed (required in CI)', () => expect(nginxBin).toBeDefined());
}

test.describe('several servers behind nginx', () => {
  test.skip(!nginxBin, 'nginx is not installed');

  const dir = mkdtempSync(path.join(os.tmpdir(), 'et-cluster-'));
  const dbName = uniqueName('et_cluster');
  const servers: Started[] = [];
  let nginx: Started | undefined;
  let ports: { a: number; b: number; lb: number };

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    const serverUrl = process.env.TEST_DATABASE_URL!;
    const url = await createDatabase(serverUrl, dbName);
    await migrateDatabase(url);
    const connection = connect(url, { max: 2 });
    await seedDatabase(connection.db, { demo: true });
    await connection.sql.end();

    ports = { a: await freePort(), b: await freePort(), lb: await freePort() };
    const secret = randomBytes(32).toString('base64');
    for (const port of [ports.a, ports.b]) {
      const env = cleanEnv({
        NODE_ENV: 'production',
        DATABASE_URL: url,
        NEXTAUTH_SECRET: secret,
        NEXTAUTH_URL: `http://127.0.0.1:${ports.lb}`,
        TRUST_PROXY: '1',
      });
      servers.push(startProcess(process.execPath, serveArguments(port), env, root));
    }

    chmodSync(dir, 0o755);
    for (const sub of ['logs', 'temp']) mkdirSync(path.join(dir, sub));
    writeFileSync(
      path.join(dir, 'nginx.conf'),
      `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/temp/body;
  proxy_temp_path ${dir}/temp/proxy;
  fastcgi_temp_path ${dir}/temp/fastcgi;
  uwsgi_temp_path ${dir}/temp/uwsgi;
  scgi_temp_path ${dir}/temp/scgi;
  upstream app {
    server 127.0.0.1:${ports.a} max_fails=1 fail_timeout=30s;
    server 127.0.0.1:${ports.b} max_fails=1 fail_timeout=30s;
  }
  server {
    listen 127.0.0.1:${ports.lb};
    location / {
      proxy_pass http://app;
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_next_upstream error timeout http_502;
    }
  }
}
`,
    );
    nginx = startProcess(nginxBin!, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], process.env, dir);
    await Promise.all(
      [ports.a, ports.b, ports.lb].map((port) => waitForHttp(`http://127.0.0.1:${port}/api/health`, 120_000)),
    );
  });

  test.afterAll(async () => {
    for (const started of [nginx, ...servers]) started?.child.kill('SIGTERM');
    await Promise.all([nginx, ...servers].map((started) => started?.exited));
    await dropDatabase(process.env.TEST_DATABASE_URL!, dbName).catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  });

  /** A cookie jar over plain fetch: what a browser would send, to whichever server we choose. */
  function jar() {
    const cookies = new Map<string, string>();
    const header = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const fetchOn = async (port: number, pathname: string, init: RequestInit = {}) => {
      const response = await fetch(`http://127.0.0.1:${port}${pathname}`, {
        ...init,
        redirect: 'manual',
        headers: { ...(init.headers as Record<string, string>), cookie: header() },
      });
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(';');
        const [name, ...value] = pair!.split('=');
        if (/max-age=0/i.test(line) || value.join('=') === '') cookies.delete(name!);
        else cookies.set(name!, value.join('='));
      }
      return response;
    };
    const signIn = async (port: number, account: { email: string; password: string }) => {
      const { csrfToken } = (await (await fetchOn(port, '/api/auth/csrf')).json()) as { csrfToken: string };
      const response = await fetchOn(port, '/api/auth/callback/credentials', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ csrfToken, ...account, json: 'true' }).toString(),
      });
      return (await response.json()) as { url: string };
    };
    const signOut = async (port: number) => {
      const { csrfToken } = (await (await fetchOn(port, '/api/auth/csrf')).json()) as { csrfToken: string };
      await fetchOn(port, '/api/auth/signout', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ csrfToken, json: 'true' }).toString(),
      });
    };
    const snapshot = () => new Map(cookies);
    const restore = (saved: Map<string, string>) => {
      cookies.clear();
      for (const [name, value] of saved) cookies.set(name, value);
    };
    return { fetchOn, signIn, signOut, snapshot, restore };
  }

  const inWorkspace = async (browser: ReturnType<typeof jar>, port: number) =>
    (await browser.fetchOn(port, '/workspace')).status === 200;

  test('a session made on one server opens the other, and signing out on one ends it on both', async () => {
    const person = jar();
    const result = await person.signIn(ports.a, demoSecretariat);
    expect(result.url).not.toContain('error');
    expect(await inWorkspace(person, ports.a)).toBe(true);
    expect(await inWorkspace(person, ports.b)).toBe(true);

    const copied = person.snapshot();
    await person.signOut(ports.b);
    person.restore(copied);
    expect(await inWorkspace(person, ports.a)).toBe(false);
    expect(await inWorkspace(person, ports.b)).toBe(false);
  });

  test('the sign-in limit counts failures made on either server', async () => {
    const attacker = jar();
    for (let attempt = 0; attempt < 5; attempt++) {
      const port = attempt % 2 === 0 ? ports.a : ports.b;
      expect(
        (await attacker.signIn(port, { email: demoFocalPoint('NOR').email, password: `wrong guess ${attempt}` })).url,
      ).toContain('error');
    }
    // Locked on both now, even with the right password.
    for (const port of [ports.a, ports.b]) {
      expect((await jar().signIn(port, demoFocalPoint('NOR'))).url).toContain('rate_limited');
    }
  });

  test('a verification made through one server is on the other’s pages on the next request', async ({ browser }) => {
    const reader = `http://127.0.0.1:${ports.b}`;
    const estonia = async () =>
      (
        (await (await fetch(`${reader}/api/v1/commitments?country=est`)).json()) as {
          data: { ref: string; status: string }[];
        }
      ).data;
    // Server B has Estonia's page and data in its cache before the change.
    expect((await fetch(`${reader}/countries/est`)).status).toBe(200);
    const before = await estonia();

    const context = await browser.newContext({ baseURL: `http://127.0.0.1:${ports.a}` });
    const secretariat = await context.newPage();
    await secretariat.goto('/login');
    await fillSignIn(secretariat, demoSecretariat);
    await secretariat.waitForURL((url) => !url.pathname.endsWith('/login'));
    await visit(secretariat, `http://127.0.0.1:${ports.a}/workspace/review`);
    const link = secretariat.getByRole('link', { name: /^Review the report on EST-/ });
    const ref = /EST-\d{4}-\d{2}/.exec((await link.textContent()) ?? '')![0];
    expect(before.find((row) => row.ref === ref)?.status).toBe('substantial');
    await link.click();
    expect(new URL(secretariat.url()).port).toBe(String(ports.a));
    await secretariat.getByLabel('Assessed status').selectOption('complete');
    await secretariat.getByRole('button', { name: 'Verify and publish the status' }).click();
    await expect(secretariat.getByText(`Report on ${ref} verified; the public status is updated.`)).toBeVisible();

    // The very next requests to server B: the API and the country page.
    expect((await estonia()).find((row) => row.ref === ref)?.status).toBe('complete');
    const page = await context.newPage();
    await page.goto(`${reader}/countries/est`);
    await expect(page.getByRole('row', { name: new RegExp(ref) })).toContainText('Complete');
    await context.close();
  });

  test('each server writes one JSON line per request, with its id, and nothing secret', async () => {
    const token = `invitation${randomBytes(12).toString('hex')}`;
    const answered = await fetch(`http://127.0.0.1:${ports.b}/en/invitation/${token}?from=mail`, {
      redirect: 'manual',
    });
    const requestId = answered.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    // A URL that cannot be decoded gets a plain 400 with the security headers, not a bare 500.
    const undecodable = await fetch(`http://127.0.0.1:${ports.b}/%ff%fe`);
    expect(undecodable.status).toBe(400);
    expect(undecodable.headers.get('x-content-type-options')).toBe('nosniff');
    expect(undecodable.headers.get('content-security-policy')).toContain("default-src 'none'");

    await expect
      .poll(() => servers[1]!.output().includes(requestId!), { message: 'the request line is written' })
      .toBe(true);
    const lines = servers.flatMap((server) => server.output().split('\n')).filter((line) => line.trim() !== '');
    const parsed = lines.map((line) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch {
        return { notJson: line };
      }
    });
    expect(parsed.filter((line) => 'notJson' in line)).toEqual([]);
    const requests = parsed.filter((line) => line.msg === 'request');
    // Every request these tests made: sign-ins, workspace pages, the API, health checks.
    expect(requests.length).toBeGreaterThan(20);
    for (const line of requests) {
      expect(line).toMatchObject({ level: 'info', service: 'engagement-tracker' });
      expect(typeof line.requestId).toBe('string');
      expect(typeof line.status).toBe('number');
    }
    expect(requests.find((line) => line.requestId === requestId)).toMatchObject({
      method: 'GET',
      path: '/en/invitation/[redacted]',
      status: answered.status,
    });
    expect(requests.some((line) => line.path === '/api/auth/callback/credentials' && line.method === 'POST')).toBe(
      true,
    );
    const text = lines.join('\n');
    for (const secret of [token, 'from=mail', demoSecretariat.password, demoFocalPoint('NOR').password, 'csrfToken'])
      expect({ secret, logged: text.includes(secret) }).toEqual({ secret, logged: false });
  });

  test('when one server is killed, nginx goes on serving from the other', async () => {
    const person = jar();
    expect((await person.signIn(ports.lb, demoSecretariat)).url).not.toContain('error');
    servers[0]!.child.kill('SIGKILL');
    await servers[0]!.exited;
    for (let request = 0; request < 6; request++) {
      expect((await fetch(`http://127.0.0.1:${ports.lb}/api/health`)).status).toBe(200);
      expect(await inWorkspace(person, ports.lb)).toBe(true);
    }
  });
});
