import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvalAnswers, EvalQuery } from '../../../scripts/eval.ts';
import { loadBuiltCatalogue, searcherFor } from '../../../scripts/lib/built-catalogue.ts';
import { DATA } from '../../../scripts/lib/paths.ts';
import { run } from '../../../scripts/search.ts';
import { parseManifest } from '../../../src/catalogue/index.ts';
import { createCatalogueLoader } from '../../../src/catalogue/load-catalogue.ts';
import {
  answersToQuery,
  createSearcher,
  type Query,
  type Questionnaire,
  type Searcher,
  unpackIndex,
} from '../../../src/matching/index.ts';
import { builtOnce, removeBuilt } from './built-fixture.ts';

const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(file, 'utf8'));
const evalFile = (name: string) => path.join(DATA, 'eval', name);

/**
 * The app's way: the pairs it downloads, parsed and merged by src/catalogue, the searcher made as useSearcher makes
 * it, and the regions loaded as the results screen asks for them (regions.ts): wide-area first; then the query's
 * region or the regions of places named in the text; all regions when the family gave none.
 */
async function appSearch(publicDir: string): Promise<(query: Query) => Searcher> {
  const dir = `${path.join(publicDir, 'catalogue')}${path.sep}`;
  const load = createCatalogueLoader(async (file) => readJson(file), dir);
  const manifest = parseManifest(readJson(`${dir}manifest.json`));
  const searchers = new Map<string, Searcher>();
  const searcher = async (ids: string[]) => {
    const { catalogue, index } = await load(ids);
    return createSearcher(catalogue.offers, unpackIndex(index), catalogue.organizations);
  };
  const wide = await searcher([]);
  const all = await searcher(Object.keys(manifest.regions));
  for (const id of Object.keys(manifest.regions)) searchers.set(id, await searcher([id]));
  for (const a of Object.keys(manifest.regions))
    for (const b of Object.keys(manifest.regions))
      if (a < b) searchers.set(`${a},${b}`, await searcher([a, b]));
  return (query) => {
    const first = wide.search(query);
    const needed = [...new Set([...(first.region ? [first.region] : []), ...first.namedRegions])].sort();
    if (needed.length === 0) return all;
    // The eval names at most two regions per query; a third would need its own searcher here.
    const found = searchers.get(needed.join(','));
    if (!found) throw new Error(`no searcher for ${needed.join(',')}`);
    return found;
  };
}

/** A ranking as the CLI prints it: id and score of every result, in order. */
type Ranking = { id: string; score: number }[];
const ranking = (searcher: Searcher, query: Query): Ranking =>
  searcher.search(query).results.map((m) => ({ id: m.id, score: m.score }));

let publicDir: string;
let appFor: (query: Query) => Searcher;
const appRanking = (query: Query) => ranking(appFor(query), query);
beforeAll(async () => {
  publicDir = builtOnce().publicDir;
  appFor = await appSearch(publicDir);
}, 60_000);
afterAll(removeBuilt);

describe('the CLI (global index) and the app (wide-area + the regions it loads) rank the eval set identically', {
  timeout: 60_000,
}, () => {
  it('free text: `npm run search -- --batch` prints the app ranking for every query', async () => {
    const queries = readJson(evalFile('queries.json')) as EvalQuery[];
    const batch = path.join(publicDir, 'eval.jsonl');
    const lines = queries.map((q) => JSON.stringify({ q: q.query, region: q.region }));
    fs.writeFileSync(batch, lines.join('\n'));
    const out: string[] = [];
    process.env.LOTSE_PUBLIC_DIR = publicDir;
    const code = await run(['--batch', batch], { out: (l) => out.push(l), err: (l) => out.push(l) });
    delete process.env.LOTSE_PUBLIC_DIR;
    expect(code).toBe(0);
    expect(out).toHaveLength(queries.length);
    const cli = out.map((l) =>
      (JSON.parse(l) as { results: Ranking }).results.map(({ id, score }) => ({ id, score })),
    );
    const expected = queries.map((q) =>
      appRanking({ text: q.query, ...(q.region ? { region: q.region } : {}) }),
    );
    expect(cli.every((r) => r.length > 0)).toBe(true);
    expect(cli).toEqual(expected);
  });

  it('questionnaire: the CLI loader ranks every answer set as the app does', async () => {
    const questionnaire = readJson(path.join(DATA, 'questionnaire.json')) as Questionnaire;
    const cases = readJson(evalFile('questionnaire.json')) as EvalAnswers[];
    const cli = searcherFor(await loadBuiltCatalogue({ publicDir, dataDir: DATA }));
    const queries = cases.map((c) => answersToQuery(c.answers, questionnaire));
    expect(queries.length).toBeGreaterThanOrEqual(30);
    expect(queries.map((q) => ranking(cli, q))).toEqual(queries.map(appRanking));
  });
});
