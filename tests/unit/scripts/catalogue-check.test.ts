import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { checkCatalogue, formatProblem } from '../../../scripts/lib/check/index.ts';
import {
  catalogueFile,
  copyData,
  editOffer,
  errorLines,
  expectOnlyError,
  knownIds,
  removeCopies,
  TODAY,
} from './catalogue-fixture.ts';

/** Tests that work through the whole real data set get a minute, as build-catalogue's do, not vitest's 5 s. */
const WHOLE_DATA = { timeout: 60_000 };

afterEach(removeCopies);

describe('checkCatalogue on the real data', WHOLE_DATA, () => {
  it('finds no errors in the 99 real offers', () => {
    const result = checkCatalogue({ today: TODAY });
    expect(errorLines(result)).toEqual([]);
    expect(result.offers).toHaveLength(99);
  });

  it('reports warnings without turning them into errors', () => {
    const dir = copyData();
    editOffer(dir, 'wide-area', 0, (o) => {
      o.source.url = 'http://www.hebammen-bw.de/';
      o.source.confidence = 'low';
      o.source.date = '2019-05';
    });
    const result = checkCatalogue({ dataDir: dir, today: TODAY });
    expect(errorLines(result)).toEqual([]);
    const file = catalogueFile(dir, 'wide-area');
    const warnings = result.problems.filter((p) => p.severity === 'warning' && p.file === file);
    expect(warnings.filter((p) => p.pointer.startsWith('/offers/0/')).map(formatProblem)).toEqual([
      `${file}: /offers/0/source/date: source is older than three years (2019-05)`,
      `${file}: /offers/0/source/confidence: source confidence is low`,
      `${file}: /offers/0/source/url: source page is only known over http`,
    ]);
  });
});

describe('reading files', () => {
  it('reports a missing file and still checks the others', () => {
    const dir = copyData();
    const files = ['kaufbeuren', 'ostallgaeu'].map((name) => catalogueFile(dir, name));
    fs.rmSync(files[0] ?? '');
    const result = expectOnlyError(dir, `${files[0]}: /: cannot read file (ENOENT)`, files);
    expect(result.offers.every((o) => o.file === files[1])).toBe(true);
    expect(result.offers).toHaveLength(15);
  });

  it('reports an empty file', () => {
    const dir = copyData();
    fs.writeFileSync(catalogueFile(dir, 'coburg-land'), '  \n');
    expectOnlyError(dir, `${catalogueFile(dir, 'coburg-land')}: /: file is empty`);
  });

  it('reports a JSON syntax error with line and column', () => {
    const dir = copyData();
    const file = catalogueFile(dir, 'kaufbeuren');
    const text = fs.readFileSync(file, 'utf8');
    // Drop the comma after the first id: the parser stumbles over the next property on line 6.
    fs.writeFileSync(file, text.replace('"id": "koki-stadt-kaufbeuren",', '"id": "koki-stadt-kaufbeuren"'));
    expectOnlyError(dir, `${file}: /: invalid JSON at line 6, column 7: comma expected`);
  });
});

describe('schema', () => {
  it('points at an unknown field itself', () => {
    const dir = copyData();
    editOffer(dir, 'kaufbeuren', 0, (o) => {
      o.opening_hours = 'Mo-Fr';
    });
    expectOnlyError(
      dir,
      `${catalogueFile(dir, 'kaufbeuren')}: /offers/0/opening_hours: unknown field "opening_hours"`,
    );
  });

  it('points at the object that lacks a required field', () => {
    const dir = copyData();
    editOffer(dir, 'kaufbeuren', 1, (o) => {
      Reflect.deleteProperty(o, 'category');
    });
    expectOnlyError(dir, `${catalogueFile(dir, 'kaufbeuren')}: /offers/1: missing required field "category"`);
  });

  it('lists the allowed values of an enum', () => {
    const dir = copyData();
    editOffer(dir, 'kaufbeuren', 1, (o) => {
      o.source.confidence = 'certain' as 'high';
    });
    const line = `${catalogueFile(dir, 'kaufbeuren')}: /offers/1/source/confidence: must be one of: high, medium, low`;
    expectOnlyError(dir, line);
  });

  it('gives one message for a value that matches no branch of an anyOf', () => {
    const dir = copyData();
    editOffer(dir, 'wide-area', 0, (o) => {
      o.url = 42 as unknown as string;
    });
    expectOnlyError(dir, `${catalogueFile(dir, 'wide-area')}: /offers/0/url: must be a string or null`);
  });

  it('explains a pattern in words, once, inside an anyOf', () => {
    const dir = copyData();
    editOffer(dir, 'kaufbeuren', 0, (o) => {
      o.source.date = '2024-3';
    });
    const line = `${catalogueFile(dir, 'kaufbeuren')}: /offers/0/source/date: must be a date written YYYY, YYYY-MM or YYYY-MM-DD`;
    expectOnlyError(dir, line);
  });
});

describe('ids', () => {
  it('reports the second occurrence of an id, naming the first', () => {
    const dir = copyData();
    editOffer(dir, 'ostallgaeu', 0, (o) => {
      o.id = 'koki-stadt-kaufbeuren';
    });
    const first = `${catalogueFile(dir, 'kaufbeuren')}: /offers/0`;
    const line = `${catalogueFile(dir, 'ostallgaeu')}: /offers/0/id: duplicate id "koki-stadt-kaufbeuren" (also in ${first})`;
    expectOnlyError(dir, line);
  });

  it('reports an unknown topic and lists the known ones', () => {
    const dir = copyData();
    editOffer(dir, 'kaufbeuren', 0, (o) => {
      o.topics[0] = 'cryingg';
    });
    const line = `${catalogueFile(dir, 'kaufbeuren')}: /offers/0/topics/0: unknown topic "cryingg" (known: ${knownIds('topics')})`;
    expectOnlyError(dir, line);
  });

  it('does not accept a derived mode', () => {
    const dir = copyData();
    editOffer(dir, 'kaufbeuren', 0, (o) => {
      o.modes.push('free');
    });
    const known = 'phone, in-person, home-visit, online, anonymous, group';
    expectOnlyError(
      dir,
      `${catalogueFile(dir, 'kaufbeuren')}: /offers/0/modes/3: unknown mode "free" (known: ${known})`,
    );
  });

  it('reports an unknown service area', () => {
    const dir = copyData();
    editOffer(dir, 'kaufbeuren', 0, (o) => {
      o.service_areas = ['09999'];
    });
    const known = '09762, 09777, 09463, 09473, 05374012, bayern, deutschland';
    const line = `${catalogueFile(dir, 'kaufbeuren')}: /offers/0/service_areas/0: unknown service area "09999" (known: ${known})`;
    expectOnlyError(dir, line);
  });
});
