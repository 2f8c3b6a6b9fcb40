import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkCatalogue, formatProblem } from '../../../scripts/lib/check/index.ts';
import { copyData, removeCopies } from './catalogue-fixture.ts';

/** Tests that work through the whole real data set get a minute, as build-catalogue's do, not vitest's 5 s. */
const WHOLE_DATA = { timeout: 60_000 };

const TODAY = '2026-12-07';

afterEach(removeCopies);

const errors = (dir: string) =>
  checkCatalogue({ today: TODAY, dataDir: dir })
    .problems.filter((p) => p.severity === 'error')
    .map(formatProblem);

type Lexicon = { lang: string; checked_by?: string; concepts: Record<string, string[]> };

/** Changes a copy's data/danger/<name>.json and returns its path (as messages name a file outside the project). */
function change<T>(dir: string, name: string, edit: (json: T) => void): string {
  const file = path.join(dir, 'danger', `${name}.json`);
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  edit(json);
  fs.writeFileSync(file, JSON.stringify(json, null, 2));
  return file;
}

describe('catalogue:check validates data/danger/', WHOLE_DATA, () => {
  it('passes on the real word groups and rules', () => {
    expect(errors(copyData())).toEqual([]);
  });

  it('names a stem too short to mean anything once folded, by file and pointer', () => {
    const dir = copyData();
    const file = change<Lexicon>(dir, 'en', (l) => {
      l.concepts.hit = ['hi*', ...(l.concepts.hit ?? [])];
    });
    expect(errors(dir)).toEqual([
      `${file}: /concepts/hit/0: the stem "hi*" is shorter than 3 letters once folded ("hi")`,
    ]);
  });

  it('names one word that would name two people', () => {
    const dir = copyData();
    const file = change<Lexicon>(dir, 'de', (l) => {
      l.concepts.he = [...(l.concepts.he ?? []), 'ich'];
    });
    const at = JSON.parse(fs.readFileSync(file, 'utf8')).concepts.he.length - 1;
    expect(errors(dir)).toEqual([
      `${file}: /concepts/he/${at}: "ich" is also in me: one word cannot name two people`,
    ]);
  });

  it('refuses a file without its second reader, and a concept the rules do not know', () => {
    const dir = copyData();
    const file = change<Lexicon>(dir, 'tr', (l) => {
      delete l.checked_by;
      l.concepts.weather = ['yağmur'];
    });
    const found = errors(dir);
    expect(found).toContain(`${file}: /: missing required field "checked_by"`);
    expect(found.some((e) => e.startsWith(`${file}: /concepts`) && e.includes('weather'))).toBe(true);
  });

  it('names a rule whose kind data/safety.json does not define', () => {
    const dir = copyData();
    const file = change<{ alarm: { kind: string }[] }>(dir, 'rules', (r) => {
      (r.alarm[0] as { kind: string }).kind = 'flood';
    });
    expect(errors(dir)).toEqual([
      `${file}: /alarm/0/kind: unknown kind "flood": data/safety.json has no such kind`,
    ]);
  });
});
