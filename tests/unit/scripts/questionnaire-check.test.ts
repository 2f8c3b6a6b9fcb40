import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkCatalogue, formatProblem } from '../../../scripts/lib/check/index.ts';
import { copyData, removeCopies } from './catalogue-fixture.ts';

const TODAY = '2026-11-25';

afterEach(removeCopies);

function breakQuestionnaire(
  dir: string,
  change: (q: { questions: Record<string, unknown>[] }) => void,
): string {
  const file = path.join(dir, 'questionnaire.json');
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  change(json);
  fs.writeFileSync(file, JSON.stringify(json, null, 2));
  return path.relative(path.resolve(import.meta.dirname, '../../..'), file);
}

const errors = (dir: string) =>
  checkCatalogue({ today: TODAY, dataDir: dir })
    .problems.filter((p) => p.severity === 'error')
    .map(formatProblem);

describe('catalogue:check validates data/questionnaire.json', () => {
  it('passes on the real questionnaire', () => {
    expect(errors(copyData())).toEqual([]);
  });

  it('names the option whose topic the taxonomy does not know', () => {
    const dir = copyData();
    breakQuestionnaire(dir, (q) => {
      const topics = q.questions.find((x) => x.id === 'topics') as { options: { topics: string[] }[] };
      (topics.options[0] as { topics: string[] }).topics = ['cryingg'];
    });
    const lines = errors(dir);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/questionnaire\.json: \/questions\/3\/options\/0\/topics\/0: .*cryingg/);
  });

  it('reports an unreadable questionnaire', () => {
    const dir = copyData();
    fs.writeFileSync(path.join(dir, 'questionnaire.json'), '{');
    expect(errors(dir)).toEqual([
      expect.stringMatching(/questionnaire\.json: \/: cannot read questionnaire/),
    ]);
  });
});
