import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNginx } from '../../scripts/nginx/serve.ts';
import { firstPaintJourneys } from './support/first-paint.ts';
import { NGINX_PORT, serveNginx } from './support/nginx.ts';
import { offlineJourneys } from './support/offline-journeys.ts';
import { privacyJourneys } from './support/privacy-journeys.ts';
import type { StaticServer } from './support/static-server.ts';

const DIST = path.resolve(import.meta.dirname, '../../dist');
const YEAR = 'public, max-age=31536000, immutable';

/** The CSP of the built page's meta tag: the header must say the same, plus what only a header can say. */
function builtCsp(): string {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  if (!csp) throw new Error('dist/index.html has no Content-Security-Policy meta tag');
  return csp;
}

/** One GET as a download tool sends it, asking for gzip; the raw body, not decoded. */
function getRaw(
  url: string,
  headers: Record<string, string>,
): Promise<http.IncomingMessage & { raw: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve(Object.assign(response, { raw: Buffer.concat(chunks) })));
      })
      .on('error', reject);
  });
}

/** The headers that matter, as measured on one response (lower-case names, missing ones left out). */
async function measure(
  url: string,
): Promise<{ status: number; body: string; headers: Record<string, string> }> {
  const response = await fetch(url);
  const names = ['content-type', 'cache-control', 'content-security-policy', 'referrer-policy'];
  names.push('permissions-policy', 'x-content-type-options');
  const headers = Object.fromEntries(
    names.flatMap((n) => (response.headers.has(n) ? [[n, response.headers.get(n) ?? '']] : [])),
  );
  return { status: response.status, body: await response.text(), headers };
}

describe('the production server: nginx with scripts/nginx/lotse.conf', () => {
  it('refuses to report a server whose GET / is not 200: it stops nginx and says why', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-no-build-'));
    try {
      await expect(startNginx(empty, NGINX_PORT)).rejects.toThrow(
        /GET \/ answered 404 instead of 200, so it serves nothing of .*lotse-no-build-.*nginx's error log/,
      );
      await expect(fetch(`http://127.0.0.1:${NGINX_PORT}/`)).rejects.toThrow();
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  describe('offline journeys behind nginx', () => {
    offlineJourneys(serveNginx);
  });

  describe('privacy journeys and headers behind nginx', () => {
    let server: StaticServer;
    beforeAll(async () => {
      server = await serveNginx(DIST);
    });
    afterAll(async () => {
      await server?.stop();
    });

    privacyJourneys(() => server.url);

    describe("a link in the family's language behind nginx", () => {
      firstPaintJourneys(() => server.url);
    });

    it('sends the security headers with every response and caches only hashed files for good', async () => {
      const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
      const script = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
      const catalogue = JSON.parse(fs.readFileSync(path.join(DIST, 'catalogue/manifest.json'), 'utf8')).wide
        .catalogue;
      const workbox = fs.readdirSync(DIST).find((f) => /^workbox-[0-9a-f]+\.js$/.test(f));
      const security = {
        'content-security-policy': `${builtCsp()}; frame-ancestors 'none'`,
        'referrer-policy': 'no-referrer',
        'permissions-policy':
          'camera=(), microphone=(), geolocation=(self), payment=(), usb=(), browsing-topics=()',
        'x-content-type-options': 'nosniff',
      };
      const cases: [string, string, string][] = [
        ['/', 'text/html; charset=utf-8', 'no-cache'],
        ['/offer/koki-ostallgaeu', 'text/html; charset=utf-8', 'no-cache'],
        [`${script}`, 'application/javascript; charset=utf-8', YEAR],
        [`/${workbox}`, 'application/javascript; charset=utf-8', YEAR],
        ['/sw.js', 'application/javascript; charset=utf-8', 'no-cache'],
        ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8', 'no-cache'],
        ['/catalogue/manifest.json', 'application/json; charset=utf-8', 'no-cache'],
        [`/catalogue/${catalogue}`, 'application/json; charset=utf-8', YEAR],
        ['/open-data/README.txt', 'text/plain; charset=utf-8', 'no-cache'],
        ['/open-data/LIZENZ.txt', 'text/plain; charset=utf-8', 'no-cache'],
        ['/open-data/offers.csv', 'text/csv; charset=utf-8', 'no-cache'],
      ];
      for (const [url, type, cache] of cases) {
        const { status, headers } = await measure(`${server.url}${url}`);
        expect({ url, status, headers }).toEqual({
          url,
          status: 200,
          headers: { ...security, 'content-type': type, 'cache-control': cache },
        });
      }
    });

    it('sends the open data as UTF-8 text, and offers.csv gzipped to a client that asks for it', async () => {
      for (const name of ['README.txt', 'LIZENZ.txt']) {
        const { body } = await measure(`${server.url}/open-data/${name}`);
        expect(body).toBe(fs.readFileSync(path.join(DIST, 'open-data', name), 'utf8'));
        expect(body).toMatch(/[äöüÄÖÜß]/);
      }
      const csv = fs.readFileSync(path.join(DIST, 'open-data/offers.csv'));
      const gzipped = await getRaw(`${server.url}/open-data/offers.csv`, { 'Accept-Encoding': 'gzip' });
      expect([gzipped.statusCode, gzipped.headers['content-encoding']]).toEqual([200, 'gzip']);
      expect(gunzipSync(gzipped.raw).equals(csv)).toBe(true);
      expect(gzipped.raw.length).toBeLessThan(csv.length / 2);
      const plain = await getRaw(`${server.url}/open-data/offers.csv`, {});
      expect([plain.headers['content-encoding'], plain.raw.equals(csv)]).toEqual([undefined, true]);
    });

    it('answers each route with its prerendered page or the shell, but a missing file with a real 404', async () => {
      const file = (name: string) => fs.readFileSync(path.join(DIST, name), 'utf8');
      for (const [route, name] of [
        ['/', 'index.html'],
        ['/offer/koki-ostallgaeu', 'offer/koki-ostallgaeu.html'],
        ['/region/kaufbeuren', 'region/kaufbeuren.html'],
        ['/help-now?region=coburg-land', 'help-now.html'],
        ['/impressum', 'impressum.html'],
        ['/results?region=ostallgaeu', 'results/ostallgaeu.html'],
        ['/results?region=ostallgaeu&topics=crying', 'results/ostallgaeu/crying.html'],
        ['/results?region=ostallgaeu&topics=gone', 'shell.html'],
        ['/results?region=..%2F..%2Findex&topics=x', 'shell.html'],
        ['/results?region=ostallgaeu&q=hebamme', 'shell.html'],
        ['/list?ids=koki-ostallgaeu', 'shell.html'],
        ['/offer/gone', 'shell.html'],
        // ?lang= of a language Lotse speaks: the page drawn in it, else that language's shell; any other: German.
        ['/offer/koki-ostallgaeu?lang=ar', 'lang/ar/offer/koki-ostallgaeu.html'],
        ['/results?region=ostallgaeu&topics=crying&lang=uk', 'lang/uk/results/ostallgaeu/crying.html'],
        ['/results?region=ostallgaeu&lang=de-x-ls', 'lang/de-x-ls/results/ostallgaeu.html'],
        ['/?lang=tr', 'lang/tr/index.html'],
        ['/help-now?lang=ru', 'lang/ru/help-now.html'],
        ['/list?ids=koki-ostallgaeu&lang=ar', 'lang/ar/shell.html'],
        ['/results?lang=ar&region=ostallgaeu', 'lang/ar/shell.html'],
        ['/offer/koki-ostallgaeu?lang=xx', 'offer/koki-ostallgaeu.html'],
        ['/offer/koki-ostallgaeu?lang=de', 'offer/koki-ostallgaeu.html'],
        ['/offer/koki-ostallgaeu?lang=..%2F..%2Fetc', 'offer/koki-ostallgaeu.html'],
      ] as const) {
        const { status, body } = await measure(`${server.url}${route}`);
        expect({ route, status, same: body === file(name) }).toEqual({ route, status: 200, same: true });
      }
      for (const missing of [
        '/assets/gone-0000.js',
        '/catalogue/catalogue.000000000000.json',
        '/geo/gone.json',
        '/gone.png',
        // The pages in other languages have their address with ?lang=, not a second one.
        '/lang/ar/offer/koki-ostallgaeu',
        '/lang/ar/shell.html',
      ]) {
        const { status, body, headers } = await measure(`${server.url}${missing}`);
        expect({ missing, status, html: body.includes('<div id="app">') }).toEqual({
          missing,
          status: 404,
          html: false,
        });
        expect(headers['x-content-type-options']).toBe('nosniff');
      }
    });
  });
});
