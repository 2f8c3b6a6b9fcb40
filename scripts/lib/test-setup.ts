/**
 * What `npm test` needs from the system besides node_modules: Debian's Chromium for the browser tests and nginx for
 * the tests behind the production server config. `decide` says, from injected facts about the machine, whether
 * everything is there, what to install, or the one line that says what is missing; `setUp` carries it out.
 * scripts/test-setup.ts runs it at the start of `npm test` (and .ci/run through it); tests/e2e/global-setup.ts
 * asks `missingLine` before any browser starts.
 */

/** A program the tests run, the Debian package that brings it, and where the tests look for it. */
export interface Program {
  name: string;
  packageName: string;
  /** The variable that points the tests at another binary. */
  variable: string;
  /** The paths the tests try, in order; the first that exists is used. */
  candidates: string[];
  /** The path the package installs: installing helps only when it is one of the candidates. */
  installs: string;
}

type Env = Record<string, string | undefined>;

/** Chromium as scripts/lib/chromium.ts and nginx as scripts/nginx/serve.ts look for them. */
export function programs(env: Env): Program[] {
  return [
    {
      name: 'Chromium',
      packageName: 'chromium',
      variable: 'CHROMIUM_PATH',
      candidates: [env.CHROMIUM_PATH ?? '/usr/bin/chromium'],
      installs: '/usr/bin/chromium',
    },
    {
      name: 'nginx',
      packageName: 'nginx',
      variable: 'LOTSE_NGINX',
      candidates: [env.LOTSE_NGINX, '/usr/sbin/nginx', '/usr/local/sbin/nginx'].filter(
        (c): c is string => !!c,
      ),
      installs: '/usr/sbin/nginx',
    },
  ];
}

/** The machine as far as setting up is concerned; tests pass their own. */
export interface Host {
  env: Env;
  exists: (path: string) => boolean;
  isRoot: () => boolean;
  /** apt-get is on this machine (Debian, Ubuntu). */
  hasApt: () => boolean;
  /** sudo works without a password (as on CI runners that are not root). */
  canSudo: () => boolean;
  /** Runs a command to its end; `output` is what it printed, for the line that says why it failed. */
  run: (argv: string[]) => { ok: boolean; output: string };
}

export type Decision =
  | { action: 'none' }
  | { action: 'install'; packages: string[]; sudo: boolean; line: string }
  | { action: 'stop'; line: string };

const POLICY = '/usr/sbin/policy-rc.d';

/** The command a person runs to install these packages. */
export function installCommand(packages: string[]): string {
  return `sudo apt-get install ${packages.join(' ')}`;
}

/** Why a program is not usable, in a few words: where the tests looked. */
function where(program: Program, env: Env): string {
  const set = env[program.variable];
  return set ? `${program.variable}=${set} does not exist` : `not at ${program.candidates.join(' or ')}`;
}

/** A missing program whose variable points at a file the package will not install: installing alone does not help. */
function pointedAway(program: Program): boolean {
  return !program.candidates.includes(program.installs);
}

/** One line naming what is missing and how to get it. */
function stopLine(missing: Program[], env: Env, why = ''): string {
  const what = missing.map((p) => `${p.name} (${where(p, env)})`).join(' and ');
  const fix = installCommand(missing.map((p) => p.packageName));
  const unset = missing.filter(pointedAway).map((p) => p.variable);
  const then = unset.length > 0 ? ` and unset ${unset.join(' and ')}` : '';
  const variables = missing.map((p) => p.variable).join(' or ');
  return `npm test needs ${what}${why}: run \`${fix}\`${then}, or set ${variables} to the binary`;
}

/** The programs the tests need that are not where the tests look. */
function missingPrograms(host: Pick<Host, 'env' | 'exists'>): Program[] {
  return programs(host.env).filter((p) => !p.candidates.some((c) => host.exists(c)));
}

/** What to do about the programs the tests need, on this host. */
export function decide(host: Host): Decision {
  const missing = missingPrograms(host);
  if (missing.length === 0) return { action: 'none' };
  const env = host.env;
  // A variable pointing at a missing file stays wrong after any install: only the person can fix that.
  if (missing.some(pointedAway)) return { action: 'stop', line: stopLine(missing, env) };
  if (env.LOTSE_NO_INSTALL)
    return { action: 'stop', line: stopLine(missing, env, ' (LOTSE_NO_INSTALL is set)') };
  if (!host.hasApt())
    return { action: 'stop', line: stopLine(missing, env, ' (no apt-get here to install it)') };
  const sudo = !host.isRoot();
  if (sudo && !host.canSudo()) return { action: 'stop', line: stopLine(missing, env, ' (not root)') };
  const packages = missing.map((p) => p.packageName);
  return {
    action: 'install',
    packages,
    sudo,
    line: `test-setup: installing ${packages.join(' ')} with apt-get${sudo ? ' (sudo)' : ''}, no service started`,
  };
}

/** apt-get update and install with a policy-rc.d in place, so that no system service starts; it is removed after. */
function install(host: Host, packages: string[], sudo: boolean): { ok: boolean; output: string } {
  const as = (argv: string[]) => host.run(sudo ? ['sudo', '-n', ...argv] : argv);
  const apt = ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get'];
  const addPolicy = !host.exists(POLICY);
  if (addPolicy) {
    const wrote = as(['sh', '-c', `printf '#!/bin/sh\\nexit 101\\n' > ${POLICY} && chmod +x ${POLICY}`]);
    if (!wrote.ok) return wrote;
  }
  try {
    const updated = as([...apt, 'update', '-qq']);
    return updated.ok ? as([...apt, 'install', '-y', '-qq', ...packages]) : updated;
  } finally {
    if (addPolicy) as(['rm', '-f', POLICY]);
  }
}

/**
 * Makes sure the programs are there, saying each step in one line (nothing when all is there); returns the exit
 * code: 0 when the tests can run.
 */
export function setUp(host: Host, say: (line: string) => void): number {
  const decision = decide(host);
  if (decision.action === 'none') return 0;
  say(decision.line);
  if (decision.action === 'stop') return 1;
  const result = install(host, decision.packages, decision.sudo);
  if (result.ok && missingPrograms(host).length === 0) return 0;
  const last = result.output.trim().split('\n').at(-1)?.trim();
  const why = result.ok ? 'still missing after apt-get' : `apt-get failed${last ? ` (${last})` : ''}`;
  say(
    `test-setup: ${decision.packages.join(' ')} ${why}: run \`${installCommand(decision.packages)}\` by hand`,
  );
  return 1;
}

/** Without installing anything: null when the tests can run, else the one line that says what is missing. */
export function missingLine(host: Pick<Host, 'env' | 'exists'>): string | null {
  const missing = missingPrograms(host);
  return missing.length > 0 ? stopLine(missing, host.env) : null;
}
