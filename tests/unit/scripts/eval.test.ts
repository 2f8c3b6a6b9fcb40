import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRE_TARGETS, runEval, runQuestionnaireEval, TARGETS } from '../../../scripts/eval.ts';
import { DATA } from '../../../scripts/lib/paths.ts';

describe('eval', () => {
  it('meets the quality targets on data/eval/queries.json (CI fails if quality drops)', () => {
    const report = runEval();
    expect(report.queries).toBe(74);
    expect(report.recall_at_5).toBeGreaterThanOrEqual(TARGETS.recall_at_5);
    expect(report.hit_at_5).toBeGreaterThanOrEqual(TARGETS.hit_at_5);
    expect(report.pass).toBe(true);
  });

  it('generalises to our own held-out smoke queries', () => {
    const report = runEval(path.join(DATA, 'eval', 'heldout-smoke.json'));
    expect(report.hit_at_5).toBeGreaterThanOrEqual(0.9);
    expect(report.recall_at_5).toBeGreaterThanOrEqual(0.85);
  });

  it('meets the quality targets on data/eval/questionnaire.json, answers run as the app runs them', () => {
    const report = runQuestionnaireEval();
    expect(report.queries).toBeGreaterThanOrEqual(30);
    expect(report.recall_at_5).toBeGreaterThanOrEqual(QUESTIONNAIRE_TARGETS.recall_at_5);
    expect(report.hit_at_5).toBeGreaterThanOrEqual(QUESTIONNAIRE_TARGETS.hit_at_5);
  });
});
