import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { round5, toRegions, toTowns, writeGeoData } from '../../../scripts/lib/geo/index.ts';
import type { RegionsFile, TownsFile } from '../../../src/map/types.ts';

const DATA = path.resolve(import.meta.dirname, '../../../data');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-geo-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const read = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;

describe('writeGeoData', () => {
  const { files } = writeGeoData(tmp, DATA);
  const regions = read<RegionsFile>(path.join(tmp, 'geo', 'regions.json'));
  const towns = read<TownsFile>(path.join(tmp, 'geo', 'towns.json'));

  it('writes geo/regions.json and geo/towns.json', () => {
    expect(files.map((f) => path.basename(f))).toEqual(['regions.json', 'towns.json']);
  });

  it('keeps every outline: 5 districts and 78 municipalities, municipalities first', () => {
    const levels = regions.features.map((f) => f.properties.level);
    expect(levels.filter((l) => l === 'district')).toHaveLength(5);
    expect(levels.filter((l) => l === 'municipality')).toHaveLength(78);
    expect(levels.indexOf('district')).toBe(78);
    for (const ags of ['09762', '09777', '09463', '09473', '05374012']) {
      expect(regions.features.some((f) => f.properties.ags === ags)).toBe(true);
    }
  });

  it('keeps only what the map draws, and the context flag', () => {
    const keys = new Set(regions.features.flatMap((f) => Object.keys(f.properties)));
    expect([...keys].sort()).toEqual(['ags', 'context', 'level', 'name']);
    expect(regions.features.find((f) => f.properties.ags === '05374')?.properties.context).toBe(true);
    expect(regions.features.find((f) => f.properties.ags === '09762')?.properties.context).toBeUndefined();
    expect(towns.features).toHaveLength(154);
    const townKeys = new Set(towns.features.flatMap((f) => Object.keys(f.properties)));
    expect([...townKeys].sort()).toEqual(['context', 'name', 'rank']);
    expect(towns.features.every((f) => f.properties.rank >= 0 && f.properties.rank <= 4)).toBe(true);
  });

  it('rounds coordinates to 5 decimals and is smaller than its source', () => {
    const coords = JSON.stringify(regions).match(/-?\d+\.\d+/g) ?? [];
    expect(coords.every((c) => (c.split('.')[1] ?? '').length <= 5)).toBe(true);
    const size = (f: string) => fs.statSync(f).size;
    expect(size(path.join(tmp, 'geo', 'regions.json'))).toBeLessThan(
      size(path.join(DATA, 'geo', 'regions.geojson')),
    );
    expect(size(path.join(tmp, 'geo', 'towns.json'))).toBeLessThan(
      size(path.join(DATA, 'geo', 'towns.geojson')),
    );
  });
});

describe('toRegions and toTowns', () => {
  it('rounds, drops repeated points, and refuses what the map could not draw', () => {
    expect(round5(10.123456789)).toBe(10.12346);
    const poly = (coordinates: unknown) => ({
      properties: { ags: '1', name: 'A', kind: 'gemeinde' },
      geometry: { type: 'Polygon', coordinates },
    });
    const ring = [
      [1.000001, 2],
      [1.000002, 2],
      [3, 4],
    ];
    expect(toRegions([poly([ring])]).features[0]?.geometry.coordinates).toEqual([
      [
        [1, 2],
        [3, 4],
      ],
    ]);
    expect(() => toRegions([poly([[['x', 1]]])])).toThrow(/position/);
    expect(() => toRegions([{ properties: { ags: '1', name: 'A', kind: 'land' } }])).toThrow(/unknown kind/);
    expect(() => toRegions([{ properties: { name: 'A', kind: 'gemeinde' } }])).toThrow(/ags/);
    const town = (rank: unknown) => ({
      properties: { name: 'T', rank },
      geometry: { type: 'Point', coordinates: [1, 2] },
    });
    expect(toTowns([town(2)]).features[0]).toEqual({
      type: 'Feature',
      properties: { name: 'T', rank: 2 },
      geometry: { type: 'Point', coordinates: [1, 2] },
    });
    expect(() => toTowns([town(7)])).toThrow(/rank/);
  });
});
