/** Build step for the offline base map: data/geo/*.geojson → outDir/geo/{regions,towns}.json, trimmed to what the map draws. */
import fs from 'node:fs';
import path from 'node:path';
import type {
  GeoPosition,
  RegionFeature,
  RegionsFile,
  TownFeature,
  TownsFile,
} from '../../../src/map/types.ts';
import { DATA, rel } from '../paths.ts';

interface SourceFeature {
  properties?: Record<string, unknown>;
  geometry?: { type?: unknown; coordinates?: unknown };
}

const DISTRICT_KINDS = new Set(['kreis', 'landkreis', 'kreisfreie_stadt']);
const MUNICIPALITY_KINDS = new Set(['gemeinde', 'gemeindefreies_gebiet']);

/** Five decimals are about a metre: more than enough for outlines, and much shorter text. */
export function round5(n: number): number {
  return Math.round(n * 1e5) / 1e5;
}

function position(value: unknown, where: string): GeoPosition {
  if (
    !Array.isArray(value) ||
    value.length < 2 ||
    !value.every((n) => typeof n === 'number' && Number.isFinite(n))
  ) {
    throw new Error(`${where}: not a [lon, lat] position`);
  }
  return [round5(value[0] as number), round5(value[1] as number)];
}

function ring(value: unknown, where: string): GeoPosition[] {
  if (!Array.isArray(value)) throw new Error(`${where}: not a ring`);
  // Rounding can make neighbours equal; a repeated point only costs bytes.
  return value
    .map((p) => position(p, where))
    .filter((p, i, all) => i === 0 || p[0] !== all[i - 1]?.[0] || p[1] !== all[i - 1]?.[1]);
}

function rings(value: unknown, where: string): GeoPosition[][] {
  if (!Array.isArray(value)) throw new Error(`${where}: not a polygon`);
  return value.map((r) => ring(r, where));
}

function text(props: Record<string, unknown>, key: string, where: string): string {
  const value = props[key];
  if (typeof value !== 'string' || value === '') throw new Error(`${where}: property ${key} missing`);
  return value;
}

function features(file: string): SourceFeature[] {
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { type?: unknown; features?: unknown };
  if (json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new Error(`${rel(file)}: not a GeoJSON FeatureCollection`);
  }
  return json.features as SourceFeature[];
}

/** One outline with only ags, name, level and the context flag; municipalities first so districts draw on top. */
export function toRegions(source: SourceFeature[], file = 'regions.geojson'): RegionsFile {
  const out = source.map((f, i): RegionFeature => {
    const props = f.properties ?? {};
    const where = `${file} feature ${i}`;
    const kind = text(props, 'kind', where);
    if (!DISTRICT_KINDS.has(kind) && !MUNICIPALITY_KINDS.has(kind))
      throw new Error(`${where}: unknown kind ${kind}`);
    const base = {
      ags: text(props, 'ags', where),
      name: text(props, 'name', where),
      level: DISTRICT_KINDS.has(kind) ? ('district' as const) : ('municipality' as const),
      ...(props.context === true ? { context: true as const } : {}),
    };
    const { type, coordinates } = f.geometry ?? {};
    if (type === 'Polygon') {
      return {
        type: 'Feature',
        properties: base,
        geometry: { type, coordinates: rings(coordinates, where) },
      };
    }
    if (type === 'MultiPolygon' && Array.isArray(coordinates)) {
      const polygons = coordinates.map((p) => rings(p, where));
      return { type: 'Feature', properties: base, geometry: { type, coordinates: polygons } };
    }
    throw new Error(`${where}: geometry must be a Polygon or MultiPolygon`);
  });
  const order = (f: RegionFeature) => (f.properties.level === 'municipality' ? 0 : 1);
  return { type: 'FeatureCollection', features: out.sort((a, b) => order(a) - order(b)) };
}

/** One place name with its rank (0–4) and the context flag. */
export function toTowns(source: SourceFeature[], file = 'towns.geojson'): TownsFile {
  return {
    type: 'FeatureCollection',
    features: source.map((f, i): TownFeature => {
      const props = f.properties ?? {};
      const where = `${file} feature ${i}`;
      const rank = props.rank;
      if (typeof rank !== 'number' || !Number.isInteger(rank) || rank < 0 || rank > 4) {
        throw new Error(`${where}: rank must be 0–4`);
      }
      if (f.geometry?.type !== 'Point') throw new Error(`${where}: geometry must be a Point`);
      return {
        type: 'Feature',
        properties: {
          name: text(props, 'name', where),
          rank,
          ...(props.context === true ? { context: true as const } : {}),
        },
        geometry: { type: 'Point', coordinates: position(f.geometry.coordinates, where) },
      };
    }),
  };
}

function shown(file: string): string {
  const relative = rel(file);
  return relative.startsWith('..') ? file : relative;
}

/** Writes outDir/geo/regions.json and outDir/geo/towns.json from dataDir/geo, replacing an earlier build's. */
export function writeGeoData(outDir: string, dataDir: string = DATA): { files: string[] } {
  const source = path.join(dataDir, 'geo');
  const regionsFile = path.join(source, 'regions.geojson');
  const townsFile = path.join(source, 'towns.geojson');
  const regions = toRegions(features(regionsFile), rel(regionsFile));
  const towns = toTowns(features(townsFile), rel(townsFile));
  const dir = path.join(outDir, 'geo');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const written: [string, unknown][] = [
    [path.join(dir, 'regions.json'), regions],
    [path.join(dir, 'towns.json'), towns],
  ];
  for (const [file, json] of written) fs.writeFileSync(file, JSON.stringify(json), 'utf8');
  return { files: written.map(([file]) => shown(file)) };
}
