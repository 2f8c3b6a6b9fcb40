/**
 * Size budgets on the production build (gzip level 9): what a phone downloads before the first screen works.
 * Prints a table; exits 1 when a budget is exceeded. `--json` prints the rows as JSON.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type PairFiles, parseManifest } from '../src/catalogue/index.ts';
import { LANGUAGES, LAZY_PARTS } from '../src/i18n/languages.ts';
import { ROOT } from './lib/paths.ts';

export interface Budget {
  name: string;
  files: string[];
  limitKb: number;
}

export interface BudgetRow extends Budget {
  bytes: number;
  gzip: number;
  ok: boolean;
}

/** The app's chunk, which the entry (src/main.tsx) loads after the first paint: part of making the first screen work. */
const APP_CHUNK = /^boot-[\w-]{8}\.js$/;

/**
 * The JS and CSS a phone fetches before the first screen works: what dist/index.html names, every chunk those
 * import statically, and the app chunk the entry imports after the first paint, with its static imports in turn.
 */
export function initialAssets(dist: string): { js: string[]; css: string[] } {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  const js = new Set<string>();
  const visit = (file: string) => {
    if (js.has(file)) return;
    js.add(file);
    const text = fs.readFileSync(path.join(dist, file), 'utf8');
    for (const [, dynamic, name = ''] of text.matchAll(
      /\b(?:from|import)\s*(\(\s*)?["'`]\.\/([\w.-]+\.js)["'`]/g,
    )) {
      if (!dynamic || APP_CHUNK.test(name)) visit(path.posix.join(path.posix.dirname(file), name));
    }
  };
  for (const ref of refs.filter((r) => r.endsWith('.js'))) visit(ref);
  return { js: [...js], css: refs.filter((r) => r.endsWith('.css')) };
}

/** The lazy chunk(s) that carry Leaflet and its stylesheet: the map, loaded only when a map is opened. */
export function mapAssets(dist: string): string[] {
  const dir = path.join(dist, 'assets');
  return (
    fs
      .readdirSync(dir)
      .filter((f) => /\.(js|css)$/.test(f))
      // Leaflet's own class name: the map's credits, which name leafletjs.com, ride in the offer's parts.
      .filter((f) => /leaflet-container|L\.Map/.test(fs.readFileSync(path.join(dir, f), 'utf8')))
      .map((f) => `assets/${f}`)
  );
}

/**
 * Each locale file's chunk (`en-<hash>.js`, `en.legal-<hash>.js`, `en.handover-<hash>.js`): what one language switch,
 * legal screen or hand-over costs.
 */
export function localeAssets(dist: string): Budget[] {
  const files = fs.readdirSync(path.join(dist, 'assets'));
  return LANGUAGES.flatMap(({ code }) =>
    ['', ...LAZY_PARTS.map((p) => `.${p}`)].flatMap((part) => {
      const chunk = new RegExp(`^${code.replace(/-/g, '\\-')}${part.replace('.', '\\.')}-[\\w-]{8}\\.js$`);
      const found = files.filter((f) => chunk.test(f)).map((f) => `assets/${f}`);
      // German's main texts are in the first bundle; every other file must exist.
      return code === 'de' && part === ''
        ? []
        : // 8.5 KB for a main file since issue 26 (8 KB for the parts): Ukrainian and Russian, two bytes a letter, were
          // 7.9 KB; the reviewed texts and the line names of the danger block and help-now took them to 8.3 KB
          // (measured on 2026-12-08). The other main files are at most 7.8 KB.
          [{ name: `locale ${code}${part}`, files: found, limitKb: part === '' ? 8.5 : 8 }];
    }),
  );
}

/** The pair files of the built manifest: wide-area + the largest region, what one family downloads. */
function familyFiles(dist: string): string[] {
  const dir = path.join(dist, 'catalogue');
  const manifest = parseManifest(JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')));
  const files = (p: PairFiles) => [p.catalogue, p.index].map((f) => `catalogue/${f}`);
  const size = (p: PairFiles) => files(p).reduce((sum, f) => sum + fs.statSync(path.join(dist, f)).size, 0);
  const largest = Object.values(manifest.regions).sort((a, b) => size(b) - size(a))[0];
  return [...files(manifest.wide), ...(largest ? files(largest) : [])];
}

/**
 * Every file of the service worker's precache manifest (the list in dist/sw.js): what the service worker downloads
 * on every phone that opens Lotse once, whatever its region (scripts/lib/precache.ts).
 */
export function precacheFiles(dist: string): string[] {
  const sw = fs.readFileSync(path.join(dist, 'sw.js'), 'utf8');
  const list = sw.match(/precacheAndRoute\(\[(.*?)\]/s)?.[1] ?? '';
  return [...list.matchAll(/url:"([^"]+)"/g)].map((m) => m[1] ?? '');
}

/** The budgets of DESIGN.md and the offline issue, measured on the production build. */
export function budgets(dist: string): Budget[] {
  const { js, css } = initialAssets(dist);
  const family = familyFiles(dist);
  return [
    // 45 KB until issue 14; home visits (the header's button, the visit's state) and the network link took it to
    // exactly 45.0 KB, one byte of any lazy chunk's hash away from failing: 1 KB of room, to be re-earned with the
    // prerendering of issue 15. Since issue 15 the entry is tiny and the app chunk follows the first paint: both
    // count, with their static imports. 47 KB since issue 24: the search is kept out of the address before the
    // first navigation (src/ui/common/private-address.ts, the search form through the router): 46.6 KB measured.
    // 47.2 KB since issue 26: help-now names its lines and regions in the family's language (ui/common/line-name.ts,
    // region-name.ts, regions.bayern/deutschland in de.json) and the results heading keeps the family's answers out of
    // the tab's title (data-title): 46.96 KB before, 47.19 KB measured on 2026-12-08 (48,325 B). 47.3 KB once issue 25's
    // typed-language line and issue 26's first paint in the family's language joined them: 48,381 B measured on
    // 2026-12-08 (the issue 28 split of ui/common is where these bytes are to be re-earned).
    { name: 'initial JavaScript', files: js, limitKb: 47.3 },
    { name: 'CSS', files: css, limitKb: 10 },
    { name: 'map chunk (JS + CSS)', files: mapAssets(dist), limitKb: 60 },
    // Issue 13 lets the index grow by 30 % for search in every language (index 32.7 KB gz → at most 42.4 KB).
    // Issue 15 splits it by region: what one family downloads is wide-area + its region (the largest here).
    // Issue 23 adds the danger word groups of nine languages to the wide-area index (src/matching/danger): measured
    // 244.4 KB per family and 278.9 KB for all pairs on 2026-12-07, against 49.8 and 84.2 KB before. The issue's own
    // target for the word groups (20 KB) is not met; the limits keep what was measured from growing unseen.
    { name: 'catalogue + index per family (wide + largest region)', files: family, limitKb: 250 },
    // The service worker's whole precache (issue 24, part 5): the app, the offline map layer, the build's manifest and
    // the wide-area pair, the same for every family; the regions' pairs are not in it (they are cached as the family
    // opens them). Measured 587.8 KB on 2026-12-07 (97 files), of which the wide-area pair and build.json are
    // 234.9 KB; before, with every region's pair, 633.5 KB (107 files), growing with every region of the deployment.
    // 606 KB since issue 25, whose brief allows the synonyms 15 KB gz: the everyday words and loanwords of nine
    // languages and the towns' coordinates took the wide-area index from 234.6 to 240.3 KB gz, the matching chunk
    // (town distance, typed language) from 31.6 to 32.9 KB: 604.6 KB measured on 2026-12-08, against 596.6 before.
    // And since issue 26: the reviewed texts of nine languages (the KoKi's limit said in each, plural forms, Leichte
    // Sprache's explanations of hard words) and the names of 15 lines in eight: 596.6 KB before, 601.3 KB measured on
    // 2026-12-08 (98 files); with issue 25's words as well, 610.2 KB measured on 2026-12-08 (98 files).
    { name: 'service worker precache', files: precacheFiles(dist), limitKb: 612 },
    ...localeAssets(dist),
  ];
}

/** Measures each budget's files raw and gzipped. */
export function measure(dist: string, list: Budget[]): BudgetRow[] {
  return list.map((b) => {
    const contents = b.files.map((f) => fs.readFileSync(path.join(dist, f)));
    const bytes = contents.reduce((sum, c) => sum + c.length, 0);
    const gzip = contents.reduce((sum, c) => sum + gzipSync(c, { level: 9 }).length, 0);
    // A budget that finds no file is a broken budget, not a passed one.
    return { ...b, bytes, gzip, ok: b.files.length > 0 && gzip <= b.limitKb * 1024 };
  });
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function main(): void {
  const dist = path.join(ROOT, 'dist');
  const rows = measure(dist, budgets(dist));
  if (process.argv.includes('--json')) {
    console.log(
      JSON.stringify(rows.map(({ name, bytes, gzip, limitKb, ok }) => ({ name, bytes, gzip, limitKb, ok }))),
    );
  } else {
    console.log('| budget | files | raw | gzip | limit | |\n|---|---|---|---|---|---|');
    for (const r of rows) {
      console.log(
        `| ${r.name} | ${r.files.length} | ${kb(r.bytes)} | ${kb(r.gzip)} | ${r.limitKb} KB | ${r.ok ? 'ok' : 'OVER'} |`,
      );
    }
  }
  if (rows.some((r) => !r.ok)) process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
