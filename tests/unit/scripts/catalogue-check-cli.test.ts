import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/catalogue-check.ts';
import { isAfter, isOlderThanThreeYears, isRealDate } from '../../../scripts/lib/check/dates.ts';
import { pointInAnyPolygon, pointInPolygon } from '../../../scripts/lib/check/geometry.ts';
import { lineColumn } from '../../../scripts/lib/check/read.ts';
import type { Polygon } from '../../../scripts/lib/check/types.ts';
import {
  catalogueFile,
  copyData,
  editOffer,
  REAL_DATA,
  ROOT,
  removeCopies,
  TODAY,
} from './catalogue-fixture.ts';

afterEach(removeCopies);

// A spawned tsx takes over 5 s on a loaded machine; give the test the same minute as the process.
describe('CLI', { timeout: 60_000 }, () => {
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
