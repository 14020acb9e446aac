import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { connect } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { seedDatabase } from '@/db/seed';
import { createDatabase, dropDatabase, uniqueName } from '@/test/databases';
import { demoFocalPoint, demoSecretariat } from './support/accounts';
import { cleanEnv, freePort, startProcess, waitForHttp, type Started } from './ops-support';

/**
 * Two production servers on one PostgreSQL behind nginx (run as a child, with its own config and
 * prefix in a temp folder): sessions and rate limits hold across both, a sign-out on one ends the
 * session on the other, and when one is killed nginx goes on serving from the other.
 */

const nginxBin = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((file) => existsSync(file));
const root = path.resolve(import.meta.dirname, '..');
const nextBin = path.join(root, 'node_modules/next/dist/bin/next');

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
      servers.push(startProcess(process.execPath, [nextBin, 'start', '-p', String(port)], env, root));
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
