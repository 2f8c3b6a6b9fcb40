import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOTSE_CONF, mainConfig, nginxBinary, siteConfig, testWorker } from '../../../scripts/nginx/serve.ts';
import { GERMAN, LANGUAGES } from '../../../src/i18n/languages.ts';

const ROOT = path.join(import.meta.dirname, '../../..');
const conf = fs.readFileSync(LOTSE_CONF, 'utf8');

describe('scripts/nginx/lotse.conf, the deployable server config', () => {
  it("sends the app's own CSP (the meta tag of src/index.html) as a header, plus frame-ancestors 'none'", () => {
    const html = fs.readFileSync(path.join(ROOT, 'src/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const header = /add_header Content-Security-Policy "([^"]+)" always;/.exec(conf)?.[1];
    expect(meta).toBeTruthy();
    expect(header).toBe(`${meta}; frame-ancestors 'none'`);
  });

  it('sets headers only at server level, since one add_header in a location drops all the others there', () => {
    const locations = conf.split(/^\s*location\b/m).slice(1);
    expect(locations.length).toBeGreaterThan(0);
    expect(locations.filter((l) => l.includes('add_header'))).toEqual([]);
  });

  it("puts a test's port and root in place of the two marked lines and keeps everything else", () => {
    const site = siteConfig(4425, '/tmp/dist');
    expect(site).toContain('    listen 127.0.0.1:4425;\n');
    expect(site).toContain('    root /tmp/dist;\n');
    expect(site).not.toMatch(/listen 80;|\/srv\/lotse/);
    expect(site.split('\n').length).toBe(conf.split('\n').length);
    expect(mainConfig(site, '/tmp/p')).toMatch(
      /pid \/tmp\/p\/nginx\.pid;[\s\S]*client_body_temp_path \/tmp\/p\//,
    );
  });

  it("runs the test server's workers as the user who starts it: as root a `user` line, otherwise none", () => {
    const site = siteConfig(4425, '/tmp/dist');
    expect(mainConfig(site, '/tmp/p', { user: 'root', group: 'root' })).toMatch(
      /^daemon off;\nuser root root;\nworker_processes 1;/,
    );
    expect(mainConfig(site, '/tmp/p')).not.toMatch(/^\s*user\b/m);
    const worker = testWorker();
    if (process.getuid?.() === 0) expect(worker?.user).toBe(os.userInfo().username);
    else expect(worker).toBeUndefined();
  });

  it('gives CSV files the text/csv type nginx lacks, in a location of their own, and a charset to all text', () => {
    const csv = /location ~ \\\.csv\$ \{\s*types \{ \}\s*default_type text\/csv;/.exec(conf);
    expect(csv).toBeTruthy();
    expect(conf.indexOf('location ~ \\.csv$')).toBeLessThan(conf.indexOf('location ~ ^/(assets'));
    const types = /^\s*charset_types([^;]+);/m.exec(conf)?.[1]?.split(/\s+/).filter(Boolean);
    expect(types).toEqual(expect.arrayContaining(['text/plain', 'text/csv', 'application/json', 'text/xml']));
    expect(/^\s*gzip_types([^;]+);/m.exec(conf)?.[1]).toContain('text/csv');
  });

  it('serves `?lang=` pages for exactly the languages Lotse speaks besides German (served-file.ts)', () => {
    const alternatives = /map \$arg_lang \$lotse_lang \{[^}]*~\^\(([^)]+)\)\$\s+\/lang\/\$1;/.exec(conf)?.[1];
    const codes = LANGUAGES.map((l) => l.code).filter((c) => c !== GERMAN);
    expect(alternatives?.split('|').sort()).toEqual(codes.sort());
  });

  it('fails with a clear message when nginx is not installed, so its browser tests can never be skipped', () => {
    expect(() => nginxBinary(['/nonexistent/nginx', undefined])).toThrow(
      /nginx is not installed.*apt-get install nginx/,
    );
  });
});
