import { spawn, type SpawnOptions } from 'node:child_process';
import { EnvError } from '@/lib/env';

/** Ends a command-line script with one line that says what is wrong, and no stack trace. */
export function fail(message: string): never {
  console.error(`Error: ${message}`);
  process.exit(1);
}

export function explain(error: unknown): string {
  if (error instanceof EnvError) return error.message;
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: unknown }).cause;
    const causeText = cause instanceof Error ? ` (${cause.message})` : '';
    return `${error.message.split('\n')[0]}${causeText}`;
  }
  return String(error);
}

/** Runs `main`, printing any error as one line and exiting non-zero. */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => fail(explain(error)));
}

/** Runs a command with inherited output and resolves with its exit code. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', () => resolve(127));
  });
}
