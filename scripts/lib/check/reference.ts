import path from 'node:path';
import type { RegionInfo, Taxonomy } from '../../../src/catalogue/types.ts';
import { displayPath } from './display.ts';
import { readJsonFile } from './read.ts';
import type { Place, Polygon, Problem, Reference } from './types.ts';

const TAXONOMY_KEYS = ['topics', 'stages', 'audiences', 'modes', 'categories', 'languages'] as const;

interface Feature {
  properties?: { ags?: unknown };
  geometry?: { type?: unknown; coordinates?: unknown } | null;
}

function referenceProblem(file: string, message: string): Problem {
  return { severity: 'error', file: displayPath(file), pointer: '', message, rule: 'reference' };
}

/** Reads one reference file and picks the named arrays out of it; problems go to the list instead of throwing. */
function readArrays(
  file: string,
  keys: readonly string[],
  problems: Problem[],
): Record<string, unknown[]> | null {
  const result = readJsonFile(file);
  if (!result.ok) {
    problems.push(referenceProblem(file, result.message));
    return null;
  }
  const value = (result.value ?? {}) as Record<string, unknown>;
  const missing = keys.filter((key) => !Array.isArray(value[key]));
  for (const key of missing) problems.push(referenceProblem(file, `reference data needs an array "${key}"`));
  return missing.length > 0 ? null : (value as Record<string, unknown[]>);
}

/** Polygons of one GeoJSON geometry; a Polygon is a MultiPolygon with one part. */
function polygonsOf(geometry: Feature['geometry']): Polygon[] {
  if (!geometry || !Array.isArray(geometry.coordinates)) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates as Polygon];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as Polygon[];
  return [];
}

/** Catchment polygons by AGS, gathered from all features that carry that AGS. */
function polygonsByAgs(features: Feature[]): Map<string, Polygon[]> {
  const map = new Map<string, Polygon[]>();
  for (const feature of features) {
    const ags = feature.properties?.ags;
    if (typeof ags !== 'string') continue;
    map.set(ags, [...(map.get(ags) ?? []), ...polygonsOf(feature.geometry)]);
  }
  return map;
}

/** A region whose catchment has no polygon would let every location pass, so it is an error of the data. */
function checkCatchments(regions: RegionInfo[], polygons: Map<string, Polygon[]>, file: string): Problem[] {
  return regions.flatMap((region) =>
    (region.catchment_ags ?? [])
      .filter((ags) => !polygons.get(ags)?.length)
      .map((ags) => ({
        severity: 'error' as const,
        file: displayPath(file),
        pointer: '',
        message: `no polygon for catchment AGS "${ags}" of region "${region.id}"`,
        rule: 'reference',
      })),
  );
}

/** Loads taxonomy, regions, places and catchment polygons from dataDir; null when any of them is unusable. */
export function loadReference(dataDir: string, problems: Problem[]): Reference | null {
  const taxonomy = readArrays(path.join(dataDir, 'taxonomy.json'), TAXONOMY_KEYS, problems);
  const regions = readArrays(path.join(dataDir, 'regions.json'), ['regions'], problems)?.regions;
  const places = readArrays(path.join(dataDir, 'places.json'), ['places'], problems)?.places;
  const geoFile = path.join(dataDir, 'geo', 'regions.geojson');
  const features = readArrays(geoFile, ['features'], problems)?.features;
  if (!taxonomy || !regions || !places || !features) return null;
  const polygons = polygonsByAgs(features as Feature[]);
  const missing = checkCatchments(regions as RegionInfo[], polygons, geoFile);
  problems.push(...missing);
  if (missing.length > 0) return null;
  return {
    taxonomy: taxonomy as unknown as Taxonomy,
    regions: regions as RegionInfo[],
    places: places as Place[],
    polygons,
  };
}
