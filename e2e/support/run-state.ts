import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { test } from '@playwright/test';

/**
 * A folder for what one run learns and later tests need: the demo admin's two-factor secret, and which
 * code steps have been used. Files, not module variables: a failed test restarts the worker, which then
 * forgets its modules' state while the server (on the same database for the whole run) remembers. It is
 * under the run's output folder, which Playwright empties when a run starts.
 */
export function runStateDir(...parts: string[]): string {
  const dir = path.join(test.info().project.outputDir, 'run-state', ...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
}
