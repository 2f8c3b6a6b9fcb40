import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/catalogue-check.ts';
import { isAfter, isOlderThanThreeYears, isRealDate } from '../../../scripts/lib/check/dates.ts';
import { pointInAnyPolygon, pointInPolygon } from '../../../scripts/lib/check/geometry.ts';
import { type CheckResult, checkCatalogue, formatProblem } from '../../../scripts/lib/check/index.ts';
import { lineColumn } from '../../../scripts/lib/check/read.ts';
import type { Polygon } from '../../../scripts/lib/check/types.ts';
import {
  catalogueFile,
  copyData,
  editOffer,
  editOrganization,
  knownIds,
  organizationsPath,
  REAL_DATA,
  removeCopies,
} from './catalogue-fixture.ts';

const TODAY = '2026-11-25';
const ROOT = path.resolve(REAL_DATA, '..');

const errorLines = (result: CheckResult): string[] =>
  result.problems.filter((p) => p.severity === 'error').map(formatProblem);

/** Checks a data copy and asserts that exactly this one error line was reported. */
function expectOnlyError(dataDir: string, line: string, files?: string[]): CheckResult {
  const result = checkCatalogue({ dataDir, today: TODAY, ...(files ? { files } : {}) });
  const errors = errorLines(result);
  expect(errors).toContain(line);
  expect(errors).toHaveLength(1);
  return result;
}

afterEach(removeCopies);

describe('checkCatalogue on the real data', () => {
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

describe('phones', () => {
  const edit = (change: (phone: { number: string; display: string }) => void): string => {
    const dir = copyData();
    editOffer(dir, 'wide-area', 0, (o) => {
      change(o.phones[0] ?? { number: '', display: '' });
    });
    return dir;
  };

  it('reports a number that is not a valid German number', () => {
    const dir = edit((p) => {
      p.number = '+491234';
    });
    expectOnlyError(
      dir,
      `${catalogueFile(dir, 'wide-area')}: /offers/0/phones/0/number: invalid phone number "+491234"`,
    );
  });

  it('names the canonical form of a number written nationally', () => {
    const dir = edit((p) => {
      p.number = '0800 40 40 020';
    });
    const message = 'phone number "0800 40 40 020" is not in canonical form; it would be "+498004040020"';
    expectOnlyError(dir, `${catalogueFile(dir, 'wide-area')}: /offers/0/phones/0/number: ${message}`);
  });

  it('reports a display that dials another number', () => {
    const dir = edit((p) => {
      p.display = '0831 123';
    });
    const message = 'display "0831 123" does not match number "+498004040020"';
    expectOnlyError(dir, `${catalogueFile(dir, 'wide-area')}: /offers/0/phones/0/display: ${message}`);
  });
});

describe('locations', () => {
  it('reports a postal code of another region', () => {
    const dir = copyData();
    editOffer(dir, 'ostallgaeu', 0, (o) => {
      const address = o.locations[0]?.address;
      if (address) address.postal_code = '87600';
    });
    const message = 'postal code 87600 is not in the places of the served regions (ostallgaeu)';
    expectOnlyError(
      dir,
      `${catalogueFile(dir, 'ostallgaeu')}: /offers/0/locations/0/address/postal_code: ${message}`,
    );
  });

  it('reports a Kaufbeuren offer moved to Coburg', () => {
    const dir = copyData();
    editOffer(dir, 'kaufbeuren', 12, (o) => {
      Object.assign(o.locations[0] ?? {}, { latitude: 50.258421, longitude: 10.964232 });
    });
    const message = 'coordinates 50.258421, 10.964232 lie outside the served regions (kaufbeuren)';
    expectOnlyError(dir, `${catalogueFile(dir, 'kaufbeuren')}: /offers/12/locations/0: ${message}`);
  });

  it('treats Kaufbeuren as a hole in Ostallgäu', () => {
    const dir = copyData();
    editOffer(dir, 'ostallgaeu', 3, (o) => {
      Object.assign(o.locations[0] ?? {}, { latitude: 47.879698, longitude: 10.620583 });
    });
    const message = 'coordinates 47.879698, 10.620583 lie outside the served regions (ostallgaeu)';
    expectOnlyError(dir, `${catalogueFile(dir, 'ostallgaeu')}: /offers/3/locations/0: ${message}`);
  });
});

describe('dates, links and e-mail', () => {
  it('reports an impossible date', () => {
    const dir = copyData();
    editOffer(dir, 'kaufbeuren', 0, (o) => {
      o.source.date = '2023-02-30';
    });
    expectOnlyError(
      dir,
      `${catalogueFile(dir, 'kaufbeuren')}: /offers/0/source/date: "2023-02-30" is not a real calendar date`,
    );
  });

  it('reports month 13 in a further source', () => {
    const dir = copyData();
    editOffer(dir, 'kaufbeuren', 0, (o) => {
      const [further] = o.further_sources ?? [];
      if (further) further.date = '2023-13';
    });
    const line = `${catalogueFile(dir, 'kaufbeuren')}: /offers/0/further_sources/0/date: "2023-13" is not a real calendar date`;
    expectOnlyError(dir, line);
  });

  it('reports a date after today', () => {
    const dir = copyData();
    editOffer(dir, 'kaufbeuren', 0, (o) => {
      o.assured_date = '2026-11-26';
    });
    const line = `${catalogueFile(dir, 'kaufbeuren')}: /offers/0/assured_date: date 2026-11-26 is after today (2026-11-25)`;
    expectOnlyError(dir, line);
  });

  it('requires https for the offer URL', () => {
    const dir = copyData();
    editOffer(dir, 'wide-area', 0, (o) => {
      o.url = 'http://www.geburt-vertraulich.de';
    });
    expectOnlyError(dir, `${catalogueFile(dir, 'wide-area')}: /offers/0/url: URL must use https`);
  });

  it('reports a malformed e-mail address', () => {
    const dir = copyData();
    editOffer(dir, 'coburg-land', 2, (o) => {
      o.email = 'familie@landkreis-coburg';
    });
    const line = `${catalogueFile(dir, 'coburg-land')}: /offers/2/email: invalid e-mail address "familie@landkreis-coburg"`;
    expectOnlyError(dir, line);
  });
});

describe('sources of contact fields', () => {
  const uncovered =
    "contact field has no source (add its pointer to source.covers or to a further_sources entry's covers)";

  it('reports a contact field that no source covers', () => {
    const dir = copyData();
    editOffer(dir, 'wide-area', 0, (o) => {
      o.phones.push({ number: '+4983429110', display: '08342 911-0' });
    });
    expectOnlyError(dir, `${catalogueFile(dir, 'wide-area')}: /offers/0/phones/1: ${uncovered}`);
  });

  it('accepts a contact field covered by a further source', () => {
    const dir = copyData();
    editOffer(dir, 'wide-area', 0, (o) => {
      o.email = 'info@example.org';
      o.further_sources = [{ title: 'Flyer', url: 'https://example.org/flyer', covers: ['/email'] }];
    });
    expect(errorLines(checkCatalogue({ dataDir: dir, today: TODAY }))).toEqual([]);
  });

  it('reports a covers entry that points at nothing', () => {
    const dir = copyData();
    editOffer(dir, 'wide-area', 0, (o) => {
      o.source.covers = [...(o.source.covers ?? []), '/email'];
    });
    const line = `${catalogueFile(dir, 'wide-area')}: /offers/0/source/covers/2: covers "/email", but the offer has no value there`;
    expectOnlyError(dir, line);
  });

  it('requires a url or document on a further source that covers fields', () => {
    const dir = copyData();
    editOffer(dir, 'wide-area', 0, (o) => {
      o.further_sources = [{ title: 'Hearsay', covers: ['/url'] }];
    });
    const line = `${catalogueFile(dir, 'wide-area')}: /offers/0/further_sources/0: a further source that covers fields needs a url or a document`;
    expectOnlyError(dir, line);
  });

  it('explains a covers entry that is not a JSON pointer', () => {
    const dir = copyData();
    editOffer(dir, 'wide-area', 0, (o) => {
      o.source.covers = ['phones/0', '/url'];
    });
    const line = `${catalogueFile(dir, 'wide-area')}: /offers/0/source/covers/0: must be a JSON pointer into the offer, e.g. /phones/0`;
    expectOnlyError(dir, line);
  });
});

describe('organizations', () => {
  it('reports an unknown organization id', () => {
    const dir = copyData();
    editOffer(dir, 'kaufbeuren', 0, (o) => {
      o.organization.id = 'stadt-kaufbeuren-x';
    });
    const line = `${catalogueFile(dir, 'kaufbeuren')}: /offers/0/organization/id: unknown organization "stadt-kaufbeuren-x" (not in organizations.json)`;
    expectOnlyError(dir, line);
  });

  it('reports an organization phone that is not canonical', () => {
    const dir = copyData();
    const i = editOrganization(dir, 'landratsamt-ostallgaeu', (org) => {
      const [phone] = org.phones;
      if (phone) phone.number = '08342 911-0';
    });
    const message = 'phone number "08342 911-0" is not in canonical form; it would be "+4983429110"';
    expectOnlyError(dir, `${organizationsPath(dir)}: /organizations/${i}/phones/0/number: ${message}`);
  });

  it('reports an organization phone whose display dials another number', () => {
    const dir = copyData();
    const i = editOrganization(dir, 'landratsamt-ostallgaeu', (org) => {
      const [phone] = org.phones;
      if (phone) phone.display = '08342 911-1';
    });
    const message = 'display "08342 911-1" does not match number "+4983429110"';
    expectOnlyError(dir, `${organizationsPath(dir)}: /organizations/${i}/phones/0/display: ${message}`);
  });

  it('reports a duplicate organization id', () => {
    const dir = copyData();
    const file = organizationsPath(dir);
    const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { organizations: { id: string }[] };
    const [first] = json.organizations;
    if (first) json.organizations.push({ ...first });
    fs.writeFileSync(file, JSON.stringify(json));
    const i = json.organizations.length - 1;
    const line = `${organizationsPath(dir)}: /organizations/${i}/id: duplicate organization id "stadt-kaufbeuren"`;
    expectOnlyError(dir, line);
  });

  it('requires https and a well-formed e-mail for organizations', () => {
    const dir = copyData();
    const i = editOrganization(dir, 'landratsamt-coburg-familienbuero', (org) => {
      org.url = 'http://www.landkreis-coburg.de';
      org.email = 'familie@landkreis-coburg';
    });
    const result = checkCatalogue({ dataDir: dir, today: TODAY });
    expect(errorLines(result)).toEqual([
      `${organizationsPath(dir)}: /organizations/${i}/url: URL must use https`,
      `${organizationsPath(dir)}: /organizations/${i}/email: invalid e-mail address "familie@landkreis-coburg"`,
    ]);
  });

  it('reports a missing organizations.json and skips the id check', () => {
    const dir = copyData();
    fs.rmSync(organizationsPath(dir));
    expectOnlyError(dir, `${organizationsPath(dir)}: /: cannot read file (ENOENT)`);
  });
});

describe('CLI', () => {
  const run = (...files: string[]) =>
    spawnSync('npx', ['tsx', 'scripts/catalogue-check.ts', ...files], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('exits 1 on a broken copy and prints the error line', () => {
    const dir = copyData();
    editOffer(dir, 'kaufbeuren', 0, (o) => {
      o.topics[0] = 'cryingg';
    });
    const { status, stdout } = run(catalogueFile(dir, 'kaufbeuren'));
    expect(stdout).toContain(
      `${catalogueFile(dir, 'kaufbeuren')}: /offers/0/topics/0: unknown topic "cryingg"`,
    );
    expect(stdout.trim().split('\n').at(-1)).toMatch(
      /^catalogue:check: 14 offers in 1 files, 1 errors, \d+ warnings$/,
    );
    expect(status).toBe(1);
  });

  it('exits 0 on the real data', () => {
    const { status, stdout } = run();
    expect(stdout.trim().split('\n').at(-1)).toMatch(
      /^catalogue:check: 99 offers in 6 files, 0 errors, \d+ warnings$/,
    );
    expect(status).toBe(0);
  });

  it('main() returns the exit code without reading the clock', () => {
    const lines: string[] = [];
    const code = main([path.join(REAL_DATA, 'catalogue', 'wide-area.json')], TODAY, (line) =>
      lines.push(line),
    );
    expect(code).toBe(0);
    expect(lines.at(-1)).toMatch(/^catalogue:check: 15 offers in 1 files, 0 errors, \d+ warnings$/);
  });
});

describe('point in polygon', () => {
  // A 10 x 10 square with a 2 x 2 hole in the middle, as [lon, lat] rings.
  const square: Polygon = [
    [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ],
    [
      [4, 4],
      [6, 4],
      [6, 6],
      [4, 6],
      [4, 4],
    ],
  ];

  it('finds a point inside', () => expect(pointInPolygon(2, 3, square)).toBe(true));
  it('rejects a point outside', () => expect(pointInPolygon(12, 3, square)).toBe(false));
  it('rejects a point inside a hole', () => expect(pointInPolygon(5, 5, square)).toBe(false));
  it('accepts a point in any part of a multipolygon', () => {
    const far: Polygon = [
      [
        [20, 20],
        [30, 20],
        [25, 30],
        [20, 20],
      ],
    ];
    expect(pointInAnyPolygon(25, 22, [square, far])).toBe(true);
    expect(pointInAnyPolygon(15, 15, [square, far])).toBe(false);
  });
});

describe('date helpers', () => {
  it('knows real calendar dates', () => {
    expect(['2024', '2024-02', '2024-02-29', '2023-12-31'].every(isRealDate)).toBe(true);
    expect(['2023-02-29', '2023-13', '2023-00', '2023-04-31', '2023-1-1'].some(isRealDate)).toBe(false);
  });

  it('compares partial dates with today', () => {
    expect(isAfter('2026-12', TODAY)).toBe(true);
    expect(isAfter('2026', TODAY)).toBe(false);
    expect(isOlderThanThreeYears('2023-10', TODAY)).toBe(true);
    expect(isOlderThanThreeYears('2023', TODAY)).toBe(false);
  });

  it('turns an offset into line and column', () => {
    expect(lineColumn('{\n  "a": x\n}', 9)).toEqual({ line: 2, column: 8 });
  });
});
