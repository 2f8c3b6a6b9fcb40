/**
 * `tsx scripts/nginx/serve.ts [--port N] [DIST]`: serves a build (dist/ by default) with the deployable
 * scripts/nginx/lotse.conf, as a foreground nginx with its own prefix in a temp folder (no system service, nothing
 * under /etc or /var touched), its workers running as the user who started it. The browser tests run the offline
 * and privacy journeys against it.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../lib/paths.ts';

export const LOTSE_CONF = path.join(ROOT, 'scripts/nginx/lotse.conf');

export interface NginxServer {
  url: string;
  /** Stops nginx (fast shutdown: open connections are dropped, as when the site is gone) and removes its prefix. */
  stop: () => Promise<void>;
}

/** The nginx binary, or a clear error: the nginx tests must fail, never skip, when it is missing. */
export function nginxBinary(
  candidates = [process.env.LOTSE_NGINX, '/usr/sbin/nginx', '/usr/local/sbin/nginx'],
): string {
  const found = candidates.find((c): c is string => !!c && fs.existsSync(c));
  if (!found) {
    throw new Error(
      'nginx is not installed, so Lotse cannot be tested behind its production server: ' +
        '`apt-get install nginx` (.ci/run does this in CI), or set LOTSE_NGINX to the binary',
    );
  }
  return found;
}

/** lotse.conf with a test's port and root in place of its two marked lines; the rest is served as deployed. */
export function siteConfig(port: number, root: string): string {
  const conf = fs.readFileSync(LOTSE_CONF, 'utf8');
  const put = (text: string, marker: string, line: string) => {
    const pattern = new RegExp(`^.*# lotse: ${marker}$`, 'm');
    if (!pattern.test(text)) throw new Error(`${LOTSE_CONF}: no line marked "# lotse: ${marker}"`);
    return text.replace(pattern, `    ${line}`);
  };
  return put(put(conf, 'listen', `listen 127.0.0.1:${port};`), 'root', `root ${root};`);
}

/** The user and group nginx's workers run as. */
export interface Worker {
  user: string;
  group: string;
}

/**
 * Started by root (as in CI), nginx would drop its workers to `nobody`, who cannot read a clone in a folder only
 * root may enter (root's home is 0700, so is a `mktemp -d` folder): every request would be a 404. So the test
 * server keeps them as the user who runs it, by name, as the `user` directive wants. Anyone else starts nginx
 * without privileges, where its workers are that user already and a `user` line would only draw a warning.
 */
export function testWorker(): Worker | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const name = (flag: string) => execFileSync('id', [flag], { encoding: 'utf8' }).trim();
  return { user: name('-un'), group: name('-gn') };
}

/** A whole nginx.conf around the site: everything nginx writes stays under `prefix`. */
export function mainConfig(site: string, prefix: string, worker?: Worker): string {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `    ${name}_temp_path ${path.join(prefix, name)};`)
    .join('\n');
  const user = worker ? `user ${worker.user} ${worker.group};\n` : '';
  return `daemon off;
${user}worker_processes 1;
pid ${path.join(prefix, 'nginx.pid')};
error_log stderr warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
${temp}
${site}
}
`;
}

/** Waits until nginx answers `url`, or fails with what it printed; returns the status of that first answer. */
async function waitUntilUp(url: string, child: ChildProcess, log: () => string): Promise<number> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`nginx exited early:\n${log()}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      return response.status;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`nginx did not answer at ${url}:\n${log()}`);
}

/**
 * Starts nginx with lotse.conf on `port`, serving `root`. It returns only once GET / has answered 200: otherwise
 * it stops nginx and throws, with nginx's error log, instead of reporting a server that serves nothing.
 */
export async function startNginx(root: string, port: number): Promise<NginxServer> {
  const binary = nginxBinary();
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-nginx-'));
  const conf = path.join(prefix, 'nginx.conf');
  fs.writeFileSync(conf, mainConfig(siteConfig(port, path.resolve(root)), prefix, testWorker()));
  const child = spawn(binary, ['-p', prefix, '-c', conf, '-e', 'stderr'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    fs.rmSync(prefix, { recursive: true, force: true });
  };
  try {
    const status = await waitUntilUp(`${url}/`, child, () => output);
    if (status !== 200) {
      throw new Error(
        `nginx started, but GET / answered ${status} instead of 200, so it serves nothing of ${root} ` +
          `(a folder its workers may not read, or no build there?); nginx's error log:\n${output.trim() || '(empty)'}`,
      );
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const portAt = args.indexOf('--port');
  const port = portAt >= 0 ? Number(args.splice(portAt, 2)[1]) : 8080;
  const server = await startNginx(path.resolve(args[0] ?? path.join(ROOT, 'dist')), port);
  console.log(`Lotse behind nginx (scripts/nginx/lotse.conf) at ${server.url}; Ctrl-C stops it`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => void server.stop().then(() => process.exit(0)));
  }
}
