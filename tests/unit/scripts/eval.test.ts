import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUESTIONNAIRE_TARGETS, runEval, runQuestionnaireEval, TARGETS } from '../../../scripts/eval.ts';
import { loadBuiltCatalogue, searcherFor } from '../../../scripts/lib/built-catalogue.ts';
import {
  DANGER_FLOORS,
  type DangerEvalFile,
  FITTING_LINES,
  readDangerCorpus,
  runDangerEval,
} from '../../../scripts/lib/eval-danger.ts';
import { heldRates } from '../../../scripts/lib/eval-danger-table.ts';
import { MULTILINGUAL_TARGETS, runMultilingualEval } from '../../../scripts/lib/eval-multilingual.ts';
import { DATA } from '../../../scripts/lib/paths.ts';
import type { Searcher } from '../../../src/matching/index.ts';
import { builtOnce, removeBuilt } from './built-fixture.ts';

/** Tests that work through the whole real data set get a minute, as build-catalogue's do, not vitest's 5 s. */
const WHOLE_DATA = { timeout: 60_000 };

let searcher: Searcher;
beforeAll(async () => {
  searcher = searcherFor(await loadBuiltCatalogue(builtOnce()));
}, 60_000);
afterAll(removeBuilt);

describe('eval on the built catalogue', () => {
  it('meets the quality targets on data/eval/queries.json (CI fails if quality drops)', async () => {
    const report = await runEval(undefined, 5, searcher);
    expect(report.queries).toBe(74);
    expect(report.recall_at_5).toBeGreaterThanOrEqual(TARGETS.recall_at_5);
    expect(report.hit_at_5).toBeGreaterThanOrEqual(TARGETS.hit_at_5);
    expect(report.pass).toBe(true);
  });

  it('generalises to our own held-out smoke queries', async () => {
    const report = await runEval(path.join(DATA, 'eval', 'heldout-smoke.json'), 5, searcher);
    expect(report.hit_at_5).toBeGreaterThanOrEqual(0.9);
    expect(report.recall_at_5).toBeGreaterThanOrEqual(0.85);
  });

  it('meets the quality targets on data/eval/questionnaire.json, answers run as the app runs them', async () => {
    const report = await runQuestionnaireEval(undefined, 5, searcher);
    expect(report.queries).toBeGreaterThanOrEqual(30);
    expect(report.recall_at_5).toBeGreaterThanOrEqual(QUESTIONNAIRE_TARGETS.recall_at_5);
    expect(report.hit_at_5).toBeGreaterThanOrEqual(QUESTIONNAIRE_TARGETS.hit_at_5);
  });

  it('meets the targets in every language of data/eval/multilingual.json, danger lines with 110 first', () => {
    const report = runMultilingualEval(searcher);
    const languages = Object.keys(report.languages);
    expect(languages).toEqual(expect.arrayContaining(['en', 'tr', 'ar', 'uk', 'ru', 'pl', 'ro', 'de-x-ls']));
    for (const lang of languages) {
      expect(report.languages[lang]?.queries ?? 0).toBeGreaterThanOrEqual(lang === 'mixed' ? 1 : 8);
      expect(report.languages[lang]?.recall_at_5).toBeGreaterThanOrEqual(MULTILINGUAL_TARGETS.recall_at_5);
      expect(report.languages[lang]?.hit_at_5).toBeGreaterThanOrEqual(MULTILINGUAL_TARGETS.hit_at_5);
    }
    expect(report.pass).toBe(true);
  });
});

describe('the danger corpus and its eval', WHOLE_DATA, () => {
  const corpus = readDangerCorpus();
  const held = (f: DangerEvalFile) => f.danger.filter((d) => d.half === 'held');

  it('holds 400+ phrasings of danger (30+ per language, every kind in every language) and 200+ lookalikes', () => {
    const original = corpus.map((f) => ({ ...f, danger: f.danger.filter((d) => !d.extra) }));
    expect(corpus.map((f) => f.lang).sort()).toEqual(['ar', 'de', 'en', 'ls', 'pl', 'ro', 'ru', 'tr', 'uk']);
    expect(original.reduce((n, f) => n + f.danger.length, 0)).toBeGreaterThanOrEqual(400);
    expect(
      corpus.reduce((n, f) => n + f.lookalikes.filter((l) => l.half === 'held').length, 0),
    ).toBeGreaterThan(100);
    for (const f of original) {
      expect(f.danger.length, f.lang).toBeGreaterThanOrEqual(30);
      expect(new Set(held(f).map((d) => d.kind)), f.lang).toEqual(new Set(Object.keys(FITTING_LINES)));
    }
  });

  it('stays at or above the floors measured on the held-out half (the issue’s 0.95 is not reached yet)', () => {
    const heldOnly = corpus.map((f) => ({
      ...f,
      danger: held(f),
      lookalikes: f.lookalikes.filter((l) => l.half === 'held'),
    }));
    const rates = heldRates(runDangerEval(searcher, heldOnly));
    for (const [lang, floor] of Object.entries(DANGER_FLOORS.languages))
      expect(rates.languages[lang], lang).toBeGreaterThanOrEqual(floor);
    expect(rates.calm).toBeGreaterThanOrEqual(DANGER_FLOORS.calm);
  });
});
