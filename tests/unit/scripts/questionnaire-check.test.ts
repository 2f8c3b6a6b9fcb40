import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkCatalogue, formatProblem } from '../../../scripts/lib/check/index.ts';
import { validateQuestionnaire } from '../../../scripts/lib/check/questionnaire.ts';
import { DATA } from '../../../scripts/lib/paths.ts';
import { readReference } from '../../../scripts/lib/read-data.ts';
import type { Questionnaire } from '../../../src/matching/index.ts';
import { copyData, removeCopies } from './catalogue-fixture.ts';

/** Tests that work through the whole real data set get a minute, as build-catalogue's do, not vitest's 5 s. */
const WHOLE_DATA = { timeout: 60_000 };

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

describe('catalogue:check validates data/questionnaire.json', WHOLE_DATA, () => {
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

describe('validateQuestionnaire', () => {
  const raw = JSON.parse(fs.readFileSync(path.join(DATA, 'questionnaire.json'), 'utf8')) as Questionnaire;
  const { taxonomy } = readReference();
  const copy = (): Questionnaire => structuredClone(raw);

  it('finds nothing wrong with the real questionnaire', () => {
    expect(validateQuestionnaire(raw, taxonomy)).toEqual([]);
  });

  it.each<[string, (q: Questionnaire) => void, string]>([
    ['a missing question', (q) => q.questions.pop(), '/questions'],
    [
      'an unknown topic id',
      (q) => ((q.questions[3]?.options[0] as { topics: string[] }).topics = ['nope']),
      '/questions/3/options/0/topics/0',
    ],
    [
      'a duplicate option id',
      (q) => q.questions[4]?.options.push({ id: 'phone', label: 'x' }),
      '/questions/4/options/7/id',
    ],
    [
      'a question that cannot be skipped',
      (q) => ((q.questions[1] as { skippable: boolean }).skippable = false),
      '/questions/1/skippable',
    ],
    ['an empty text', (q) => ((q.questions[2] as { text: string }).text = ' '), '/questions/2/text'],
    [
      'an empty family-phrased text',
      (q) => Object.assign(q.questions[1] ?? {}, { text_professional: '' }),
      '/questions/1/text_professional',
    ],
    [
      'an empty family-phrased label',
      (q) => Object.assign(q.questions[3]?.options[0] ?? {}, { label_professional: ' ' }),
      '/questions/3/options/0/label_professional',
    ],
    [
      'a safety question without a way out',
      (q) => delete q.questions[0]?.options[0]?.goto,
      '/questions/0/options',
    ],
  ])('reports %s at its pointer', (_, breakIt, pointer) => {
    const q = copy();
    breakIt(q);
    expect(validateQuestionnaire(q, taxonomy).map((p) => p.pointer)).toContain(pointer);
  });

  it('never throws on junk', () => {
    for (const junk of [null, 42, 'x', [], { questions: 'no' }, { version: 1, questions: [null, 1] }]) {
      expect(validateQuestionnaire(junk).length).toBeGreaterThan(0);
    }
  });
});
