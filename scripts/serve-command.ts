import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/**
 * The arguments to Node that run the production server (scripts/serve.ts) on `port`: the one way
 * `npm start`, the end-to-end tests, the cluster test and the benchmark start it. Run with cwd at the
 * checkout's root, so that `--import tsx` resolves.
 */
export function serveArguments(port: number): string[] {
  return ['--import', 'tsx', path.join(root, 'scripts/serve.ts'), '--port', String(port)];
}
