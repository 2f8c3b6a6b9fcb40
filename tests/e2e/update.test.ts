import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LotsePage } from './pages/lotse.ts';
import { openSession } from './support/browser.ts';
import { waitForServiceWorker } from './support/offline.ts';
import { copyDist, serveStatic } from './support/static-server.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const GENERATED = new Set(['catalogue', 'open-data', 'geo']);
const RENAMED = 'KoKi – Netzwerk frühe Kindheit Landkreis Ostallgäu (neue Daten)';
let work: string;
let second: string;

/** Builds a second version of the app whose catalogue differs in one offer's name, as a data update would. */
function buildSecondVersion(): string {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-v2-'));
  const data = path.join(work, 'data');
  const pub = path.join(work, 'public');
  const out = path.join(work, 'dist');
  fs.cpSync(path.join(ROOT, 'data'), data, { recursive: true });
  fs.cpSync(path.join(ROOT, 'public'), pub, {
    recursive: true,
    filter: (src) => !GENERATED.has(path.basename(src)),
  });
  const file = path.join(data, 'catalogue/ostallgaeu.json');
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  const koki = json.offers.find((o: { id: string }) => o.id === 'koki-ostallgaeu');
  koki.name = RENAMED;
  fs.writeFileSync(file, JSON.stringify(json, null, 2));
  const env = { ...process.env, LOTSE_DATA_DIR: data, LOTSE_PUBLIC_DIR: pub, LOTSE_OUT_DIR: out };
  const run = (script: string, args: string[]) =>
    execFileSync(process.execPath, [path.join(ROOT, script), ...args], { cwd: ROOT, env, stdio: 'pipe' });
  run('node_modules/tsx/dist/cli.mjs', ['scripts/build-catalogue.ts']);
  run('node_modules/vite/bin/vite.js', ['build', '--logLevel', 'error']);
  return out;
}

beforeAll(() => {
  second = buildSecondVersion();
}, 120_000);

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

describe('update', () => {
  it('a new version waits, offers "Neue Version verfügbar", and replaces the first after the tap', async () => {
    const server = await serveStatic(copyDist());
    const session = await openSession();
    try {
      const page = new LotsePage(session.page, server.url);
      await page.goto('/offer/koki-ostallgaeu');
      await waitForServiceWorker(session.page);
      // The background refresh of the catalogue (cached first, then fresh) ends before the second build is deployed:
      // this test is about the app's version, which must wait for the tap, not about a data refresh in flight.
      await session.page.waitForLoadState('networkidle');
      expect(await page.title()).toBe('KoKi – Netzwerk frühe Kindheit Landkreis Ostallgäu');

      // Deploy the second build over the first, as a static host would.
      for (const entry of fs.readdirSync(server.root))
        fs.rmSync(path.join(server.root, entry), { recursive: true });
      fs.cpSync(second, server.root, { recursive: true });

      await session.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const banner = session.page.getByRole('button', { name: 'Aktualisieren' });
      await banner.waitFor({ timeout: 20_000 });
      // Nothing reloads by itself: the page still shows the first version until the user taps.
      expect(await page.title()).toBe('KoKi – Netzwerk frühe Kindheit Landkreis Ostallgäu');
      await banner.click();
      await session.page.waitForFunction(
        (name) => document.querySelector('h1')?.textContent === name,
        RENAMED,
        {
          timeout: 20_000,
        },
      );
      expect(session.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    } finally {
      await session.close();
      await server.stop();
      fs.rmSync(server.root, { recursive: true, force: true });
    }
  }, 90_000);
});
