import { spawn, type SpawnOptions } from 'node:child_process';

/**
 * A child process the launcher depends on. Unlike waiting for its `exit` event in a shutdown path
 * (which never fires again once the child is already dead: the bug that left `npm start` hanging after
 * `kill -9` of Next.js), the exit is recorded once, whenever it happens, and `stop()` returns at once
 * for a child that is gone, or escalates to SIGKILL after `graceMs`.
 */
export type SupervisedChild = {
  pid: number | undefined;
  /** Called once when the child exits without `stop()` having been called. */
  onExit: (listener: (detail: string, code: number) => void) => void;
  stop: (graceMs?: number) => Promise<void>;
};

export function superviseChild(command: string, args: string[], options: SpawnOptions = {}): SupervisedChild {
  const child = spawn(command, args, { stdio: 'inherit', ...options });
  let stopping = false;
  const exited = new Promise<{ detail: string; code: number }>((resolve) => {
    child.once('exit', (code, signal) =>
      resolve(
        signal
          ? { detail: `killed by ${signal}`, code: 128 + (signalNumbers[signal] ?? 0) }
          : { detail: `exit code ${code}`, code: code ?? 1 },
      ),
    );
    child.once('error', (error) => resolve({ detail: error.message, code: 127 }));
  });
  return {
    pid: child.pid,
    onExit: (listener) => {
      void exited.then(({ detail, code }) => {
        if (!stopping) listener(detail, code);
      });
    },
    stop: async (graceMs = 10_000) => {
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

const signalNumbers: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };
