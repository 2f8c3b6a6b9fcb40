import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkCatalogue, formatProblem } from '../../../scripts/lib/check/index.ts';
import { copyData, removeCopies } from './catalogue-fixture.ts';

/** Tests that work through the whole real data set get a minute, as build-catalogue's do, not vitest's 5 s. */
const WHOLE_DATA = { timeout: 60_000 };

const TODAY = '2026-11-25';

afterEach(removeCopies);

type Json = Record<string, unknown> & { kinds: Record<string, unknown>[] };

/** Changes a copy of the real data/safety.json and returns how messages name it (outside the project: as is). */
function breakSafety(dir: string, change: (s: Json) => void): string {
  const file = path.join(dir, 'safety.json');
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as Json;
  change(json);
  fs.writeFileSync(file, JSON.stringify(json, null, 2));
  return file;
}

const errors = (dir: string) =>
  checkCatalogue({ today: TODAY, dataDir: dir })
    .problems.filter((p) => p.severity === 'error')
    .map(formatProblem);

const kind = (s: Json, id: string) => s.kinds.find((k) => k.id === id) as Record<string, string[]>;
const kindIndex = (s: Json, id: string) => s.kinds.findIndex((k) => k.id === id);

describe('catalogue:check validates data/safety.json', WHOLE_DATA, () => {
  it('passes on the real file', () => {
    expect(errors(copyData())).toEqual([]);
  });

  it('names an unknown offer of a kind', () => {
    const dir = copyData();
    let at = -1;
    const file = breakSafety(dir, (s) => {
      at = kindIndex(s, 'violence');
      (kind(s, 'violence').offers as string[])[0] = 'xyz';
    });
    expect(errors(dir)).toEqual([`${file}: /kinds/${at}/offers/0: unknown offer "xyz"`]);
  });

  it('names an unknown topic, category and emergency number', () => {
    const dir = copyData();
    const file = breakSafety(dir, (s) => {
      const first = s.kinds[0] as Record<string, string[]>;
      first.topics = ['violense'];
      first.categories = ['hotlines'];
      first.numbers = ['119'];
    });
    expect(errors(dir)).toEqual([
      `${file}: /kinds/0/topics/0: unknown topic "violense"`,
      `${file}: /kinds/0/categories/0: unknown category "hotlines"`,
      `${file}: /kinds/0/numbers/0: unknown emergency number "119": no offer has it`,
    ]);
  });

  it('names unknown offers of call lines and needs not covered, and a duplicate kind', () => {
    const dir = copyData();
    const file = breakSafety(dir, (s) => {
      (s.call_lines as unknown[])[0] = { topics: ['crying'], offers: ['elterntelefon'] };
      (s.not_covered as unknown[])[0] = {
        id: 'kita',
        label: 'Kita',
        terms: ['kita'],
        responsible: ['kita-amt'],
      };
      s.kinds[1] = { ...s.kinds[1], id: s.kinds[0]?.id };
    });
    // The kind renamed away is still named by data/danger/rules.json, which the danger check reports on its own.
    expect(errors(dir).filter((e) => e.startsWith(file))).toEqual([
      `${file}: /kinds/1/id: duplicate kind "violence"`,
      `${file}: /call_lines/0/offers/0: unknown offer "elterntelefon"`,
      `${file}: /not_covered/0/responsible/0: unknown offer "kita-amt"`,
    ]);
  });

  it('reports a bad shape with the schema and stops there', () => {
    const dir = copyData();
    const file = breakSafety(dir, (s) => {
      (s.kinds[0] as Record<string, unknown>).max = 'three';
    });
    expect(errors(dir)).toEqual([
      expect.stringMatching(new RegExp(`^${file}: /kinds/0/max: must be an integer$`)),
    ]);
  });

  it('reports an unreadable file', () => {
    const dir = copyData();
    fs.writeFileSync(path.join(dir, 'safety.json'), '{');
    expect(errors(dir)).toEqual([expect.stringMatching(/safety\.json: \/: invalid JSON at line 1/)]);
  });
});
