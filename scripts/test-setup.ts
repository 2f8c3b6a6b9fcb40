/**
 * `tsx scripts/test-setup.ts`: the first step of `npm test`. Finds Chromium and nginx where the tests look for
 * them; installs the missing ones with apt-get when it may (root, or sudo without a password; never with
 * LOTSE_NO_INSTALL set), else stops with one line naming what is missing and the command that installs it.
 * Says nothing when all is there. See scripts/lib/test-setup.ts.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { type Host, setUp } from './lib/test-setup.ts';

const ok = (argv: string[]) => spawnSync(argv[0] ?? '', argv.slice(1), { stdio: 'ignore' }).status === 0;

const host: Host = {
  env: process.env,
  exists: (path) => fs.existsSync(path),
  isRoot: () => process.getuid?.() === 0,
  hasApt: () => ok(['sh', '-c', 'command -v apt-get']),
  canSudo: () => ok(['sudo', '-n', 'true']),
  run: (argv) => {
    const result = spawnSync(argv[0] ?? '', argv.slice(1), { encoding: 'utf8' });
    return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
  },
};

process.exitCode = setUp(host, (line) => console.error(line));
