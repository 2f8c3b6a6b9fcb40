import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { missingLine } from '../../scripts/lib/test-setup.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PORT = Number(process.env.LOTSE_E2E_PORT ?? 4199);

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Waits until the preview server answers, or fails with what it printed. */
async function waitForServer(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`preview server exited early:\n${log()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`preview server did not answer at ${url}:\n${log()}`);
}

/** Serves the production build (dist/, built by `npm run build` before the browser tests) on a test port. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // One line instead of every browser test failing (`npm test` has tried to install them before it came here).
  const missing = missingLine({ env: process.env, exists: fs.existsSync });
  if (missing) throw new Error(missing);
  if (!fs.existsSync(path.join(ROOT, 'dist/index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` before the browser tests');
  }
  const vite = path.join(ROOT, 'node_modules/vite/bin/vite.js');
  const server = spawn(process.execPath, [vite, 'preview', '--port', String(PORT), '--strictPort'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  server.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const baseUrl = `http://127.0.0.1:${PORT}`;
  await waitForServer(`${baseUrl}/`, server, () => output);
  project.provide('baseUrl', baseUrl);
  return async () => {
    server.kill();
  };
}
