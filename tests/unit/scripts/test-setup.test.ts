import { describe, expect, it } from 'vitest';
import { decide, type Host, missingLine, setUp } from '../../../scripts/lib/test-setup.ts';

const CHROMIUM = '/usr/bin/chromium';
const NGINX = '/usr/sbin/nginx';

/** A machine with these files; root with apt-get unless told otherwise; every command it runs is recorded. */
function machine(files: string[], over: Partial<Host> & { fails?: string } = {}): Host & { ran: string[] } {
  const present = new Set(files);
  const ran: string[] = [];
  return {
    env: {},
    exists: (path) => present.has(path),
    isRoot: () => true,
    hasApt: () => true,
    canSudo: () => false,
    run: (argv) => {
      const command = argv.join(' ');
      ran.push(command);
      if (over.fails && command.includes(over.fails))
        return { ok: false, output: 'E: Unable to locate package\n' };
      if (command.includes('apt-get install')) {
        if (argv.includes('chromium')) present.add(CHROMIUM);
        if (argv.includes('nginx')) present.add(NGINX);
      }
      return { ok: true, output: '' };
    },
    ...over,
    ran,
  };
}

function runSetUp(host: Host): { code: number; lines: string[] } {
  const lines: string[] = [];
  const code = setUp(host, (line) => lines.push(line));
  return { code, lines };
}

describe('the setup step of npm test', () => {
  it('does nothing and says nothing when Chromium and nginx are there', () => {
    const host = machine([CHROMIUM, NGINX]);
    expect(decide(host)).toEqual({ action: 'none' });
    expect(runSetUp(host)).toEqual({ code: 0, lines: [] });
    expect(host.ran).toEqual([]);
    expect(missingLine(host)).toBeNull();
  });

  it('as root with apt-get: installs what is missing in one line, with a policy-rc.d that it removes after', () => {
    const host = machine([NGINX]);
    expect(runSetUp(host)).toEqual({
      code: 0,
      lines: ['test-setup: installing chromium with apt-get, no service started'],
    });
    expect(host.ran).toEqual([
      "sh -c printf '#!/bin/sh\\nexit 101\\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d",
      'env DEBIAN_FRONTEND=noninteractive apt-get update -qq',
      'env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
      'rm -f /usr/sbin/policy-rc.d',
    ]);
  });

  it('keeps a policy-rc.d that was there, and installs both when both are missing', () => {
    const host = machine(['/usr/sbin/policy-rc.d']);
    expect(runSetUp(host).code).toBe(0);
    expect(host.ran).toEqual([
      'env DEBIAN_FRONTEND=noninteractive apt-get update -qq',
      'env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium nginx',
    ]);
  });

  it('not root but with sudo that asks no password (a CI runner): installs through sudo -n', () => {
    const host = machine([CHROMIUM], { isRoot: () => false, canSudo: () => true });
    expect(runSetUp(host).lines).toEqual([
      'test-setup: installing nginx with apt-get (sudo), no service started',
    ]);
    expect(host.ran.every((c) => c.startsWith('sudo -n '))).toBe(true);
  });

  it.each([
    ['not root', { isRoot: () => false }, ' (not root)'],
    ['without apt-get', { hasApt: () => false }, ' (no apt-get here to install it)'],
    ['with LOTSE_NO_INSTALL', { env: { LOTSE_NO_INSTALL: '1' } }, ' (LOTSE_NO_INSTALL is set)'],
  ])('%s: one line naming the program and the install command, exit 1, nothing run', (_, over, why) => {
    const host = machine([NGINX], over);
    expect(runSetUp(host)).toEqual({
      code: 1,
      lines: [
        `npm test needs Chromium (not at /usr/bin/chromium)${why}: run \`sudo apt-get install chromium\`, or set CHROMIUM_PATH to the binary`,
      ],
    });
    expect(host.ran).toEqual([]);
  });

  it('names both when both are missing', () => {
    const { lines } = runSetUp(machine([], { isRoot: () => false }));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Chromium (not at /usr/bin/chromium) and nginx (not at /usr/sbin/nginx or');
    expect(lines[0]).toContain('`sudo apt-get install chromium nginx`');
  });

  it('a CHROMIUM_PATH to nowhere is not installed over, even as root: it says so', () => {
    const host = machine([CHROMIUM, NGINX], { env: { CHROMIUM_PATH: '/nonexistent' } });
    expect(runSetUp(host)).toEqual({
      code: 1,
      lines: [
        'npm test needs Chromium (CHROMIUM_PATH=/nonexistent does not exist): run `sudo apt-get install chromium` and unset CHROMIUM_PATH, or set CHROMIUM_PATH to the binary',
      ],
    });
    expect(host.ran).toEqual([]);
  });

  it('finds nginx where serve.ts does: LOTSE_NGINX, else the Debian and the local path', () => {
    expect(missingLine(machine([CHROMIUM, '/opt/nginx'], { env: { LOTSE_NGINX: '/opt/nginx' } }))).toBeNull();
    expect(missingLine(machine([CHROMIUM, '/usr/local/sbin/nginx']))).toBeNull();
    expect(missingLine(machine([CHROMIUM]))).toContain(
      'nginx (not at /usr/sbin/nginx or /usr/local/sbin/nginx)',
    );
  });

  it('a failing apt-get: the install line, then one line with apt-get’s last word and the command, exit 1', () => {
    const host = machine([NGINX], { fails: 'apt-get install' });
    expect(runSetUp(host)).toEqual({
      code: 1,
      lines: [
        'test-setup: installing chromium with apt-get, no service started',
        'test-setup: chromium apt-get failed (E: Unable to locate package): run `sudo apt-get install chromium` by hand',
      ],
    });
    expect(host.ran.at(-1)).toBe('rm -f /usr/sbin/policy-rc.d');
  });
});
