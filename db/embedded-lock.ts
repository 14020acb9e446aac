import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * An embedded PostgreSQL left behind by a launcher that died without stopping it (kill -9, the OOM
 * killer, a power cut) holds the data folder: its postmaster.pid names it. Before starting a new one we
 * look at that file:
 *
 *   - no file, or its process is gone: nothing to do (PostgreSQL removes a stale lock file itself);
 *   - the process is not a PostgreSQL of this data folder (the pid was reused): the lock file is stale;
 *   - it is our PostgreSQL and its parent has gone (it was re-parented to init): an orphan, stopped;
 *   - it is our PostgreSQL and its parent is alive: another launcher uses this folder, which we refuse.
 */

export type LockState =
  | { kind: 'none' }
  | { kind: 'dead'; pid: number }
  | { kind: 'foreign'; pid: number }
  | { kind: 'orphan'; pid: number; port: number | null }
  | { kind: 'in_use'; pid: number; parentPid: number; port: number | null };

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
    readonly parentPid: number,
  ) {
    super(
      `the embedded PostgreSQL of ${dataDir} is already running (pid ${pid}, started by pid ${parentPid}); ` +
        'another `npm start` (or backup, seed, migrate) is using it: stop that one first',
    );
    this.name = 'DataDirInUseError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function procFile(pid: number, name: string): string | null {
  try {
    return readFileSync(`/proc/${pid}/${name}`, 'utf8');
  } catch {
    return null;
  }
}

function parentOf(pid: number): number | null {
  const stat = procFile(pid, 'stat');
  // Field 4, after the command name in parentheses (which may itself hold spaces or parentheses).
  const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
  const parent = Number(fields?.[1]);
  return Number.isInteger(parent) ? parent : null;
}

function isPostgresOf(pid: number, clusterDir: string): boolean {
  const cmdline = procFile(pid, 'cmdline');
  if (cmdline === null) return false;
  const args = cmdline.split('\0');
  const dataIndex = args.indexOf('-D');
  return (
    path.basename(args[0] ?? '') === 'postgres' &&
    dataIndex >= 0 &&
    path.resolve(args[dataIndex + 1] ?? '') === path.resolve(clusterDir)
  );
}

/** What holds `clusterDir` now, from its postmaster.pid (pid on line 1, port on line 4). */
export function inspectLock(clusterDir: string): LockState {
  const file = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(file)) return { kind: 'none' };
  const lines = readFileSync(file, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]) || null;
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return { kind: 'dead', pid };
  if (!isPostgresOf(pid, clusterDir)) return { kind: 'foreign', pid };
  const parentPid = parentOf(pid);
  // Re-parented to init (1) or to a sub-reaper that is not a launcher: nobody will stop it.
  const parentIsLauncher = parentPid !== null && parentPid > 1 && /node|tsx/.test(procFile(parentPid, 'comm') ?? '');
  if (!parentIsLauncher) return { kind: 'orphan', pid, port };
  return { kind: 'in_use', pid, parentPid: parentPid!, port };
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

/**
 * Makes the data folder free to start a server on, or throws DataDirInUseError. An orphan gets a fast
 * shutdown (SIGINT: open transactions roll back, the data is safe), then SIGKILL if it does not go.
 */
export async function clearStaleServer(clusterDir: string, log: (line: string) => void): Promise<void> {
  const state = inspectLock(clusterDir);
  switch (state.kind) {
    case 'none':
    case 'dead':
      return;
    case 'foreign':
      log(`Removing a stale postmaster.pid in ${clusterDir} (pid ${state.pid} is not its PostgreSQL).`);
      await rm(path.join(clusterDir, 'postmaster.pid'), { force: true });
      return;
    case 'orphan':
      log(`Stopping an orphaned embedded PostgreSQL (pid ${state.pid}) left by an earlier run.`);
      process.kill(state.pid, 'SIGINT');
      if (!(await waitForExit(state.pid, 30_000))) {
        process.kill(state.pid, 'SIGKILL');
        await waitForExit(state.pid, 5_000);
      }
      return;
    case 'in_use':
      throw new DataDirInUseError(clusterDir, state.pid, state.parentPid);
  }
}
