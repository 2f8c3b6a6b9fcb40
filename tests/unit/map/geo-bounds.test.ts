import { describe, expect, it } from 'vitest';
import { corners, isPoint, pointsBounds, regionBounds } from '../../../src/map/geo-bounds.ts';
import { labelVisible } from '../../../src/map/labels.ts';
import type { RegionFeature } from '../../../src/map/types.ts';

function square(ags: string, lon: number, lat: number, size: number, context = false): RegionFeature {
  const ring: [number, number][] = [
    [lon, lat],
    [lon + size, lat],
    [lon + size, lat + size],
    [lon, lat + size],
    [lon, lat],
  ];
  return {
    type: 'Feature',
    properties: { ags, name: ags, level: 'district', ...(context ? { context: true as const } : {}) },
    geometry: { type: 'Polygon', coordinates: [ring] },
  };
}

describe('pointsBounds', () => {
  it('is null without points and the enclosing box otherwise', () => {
    expect(pointsBounds([])).toBeNull();
    expect(
      pointsBounds([
        { lat: 47.8, lon: 10.6 },
        { lat: 50.3, lon: 10.9 },
        { lat: 47.5, lon: 10.7 },
      ]),
    ).toEqual({ south: 47.5, west: 10.6, north: 50.3, east: 10.9 });
  });

  it('recognises a single point, which must not be zoomed into without limit', () => {
    const one = pointsBounds([{ lat: 47.8, lon: 10.6 }]);
    expect(one && isPoint(one)).toBe(true);
    expect(corners({ south: 1, west: 2, north: 3, east: 4 })).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });
});

describe('regionBounds', () => {
  const features = [
    square('09762', 10.6, 47.85, 0.1),
    square('09777', 10.2, 47.4, 1),
    square('05374', 7.2, 50.8, 0.5, true),
  ];

  it('frames the outlines with the given AGS codes', () => {
    expect(regionBounds(features, ['09762'])).toEqual({ south: 47.85, west: 10.6, north: 47.95, east: 10.7 });
  });

  it('without codes, frames everything we serve and leaves out context areas', () => {
    expect(regionBounds(features)).toEqual({ south: 47.4, west: 10.2, north: 48.4, east: 11.2 });
    expect(regionBounds(features, ['99999'])).toEqual(regionBounds(features));
  });

  it('reads multipolygons', () => {
    const multi: RegionFeature = {
      ...square('1', 0, 0, 1),
      geometry: {
        type: 'MultiPolygon',
        coordinates: [square('1', 0, 0, 1).geometry.coordinates as [number, number][][], [[[5, 5]]]],
      },
    };
    expect(regionBounds([multi])).toEqual({ south: 0, west: 0, north: 5, east: 5 });
  });
});

describe('labelVisible', () => {
  it('shows district names zoomed out and more towns the closer one zooms in', () => {
    expect(labelVisible(0, 7)).toBe(true);
    expect(labelVisible(0, 13)).toBe(false);
    expect(labelVisible(1, 7)).toBe(false);
    expect(labelVisible(1, 8)).toBe(true);
    expect(labelVisible(4, 10)).toBe(false);
    expect(labelVisible(4, 11)).toBe(true);
    expect([1, 2, 3, 4].map((rank) => labelVisible(rank, 9.5))).toEqual([true, true, false, false]);
  });
});
