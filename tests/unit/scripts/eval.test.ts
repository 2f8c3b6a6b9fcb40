import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUESTIONNAIRE_TARGETS, runEval, runQuestionnaireEval, TARGETS } from '../../../scripts/eval.ts';
import { loadBuiltCatalogue, searcherFor } from '../../../scripts/lib/built-catalogue.ts';
import { MULTILINGUAL_TARGETS, runMultilingualEval } from '../../../scripts/lib/eval-multilingual.ts';
import { DATA } from '../../../scripts/lib/paths.ts';
import type { Searcher } from '../../../src/matching/index.ts';
import { builtOnce, removeBuilt } from './built-fixture.ts';

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
