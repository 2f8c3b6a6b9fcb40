/** The offline base map: district and municipality outlines and place names, from our own /geo/ files. */
import {
  divIcon,
  type GeoJSON,
  geoJSON,
  type LayerGroup,
  type Map as LeafletMap,
  layerGroup,
  marker,
  type PathOptions,
} from 'leaflet';
import type { FetchJson } from '../../catalogue/index.ts';
import { labelVisible } from '../labels.ts';
import type { RegionFeature, RegionsFile, TownsFile } from '../types.ts';

export interface GeoData {
  regions: RegionsFile;
  towns: TownsFile;
}

export interface BaseLayer {
  /** Online tiles carry their own fills and names: outlines only then, so the two do not fight. */
  setTiles(on: boolean): void;
  remove(): void;
}

/** Fetches both files; null when offline and not cached, and the map then shows markers only. */
export async function loadGeo(base: string, fetchJson: FetchJson): Promise<GeoData | null> {
  try {
    const [regions, towns] = await Promise.all([
      fetchJson(`${base}regions.json`),
      fetchJson(`${base}towns.json`),
    ]);
    if (!isCollection(regions) || !isCollection(towns)) return null;
    // Our own build writes both files (scripts/lib/geo); isCollection checks the outer shape at runtime.
    return { regions: regions as RegionsFile, towns: towns as TownsFile };
  } catch {
    return null;
  }
}

function isCollection(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    'type' in value &&
    value.type === 'FeatureCollection' &&
    'features' in value &&
    Array.isArray(value.features)
  );
}

function regionStyle(feature: RegionFeature | undefined, tiles: boolean): PathOptions {
  const context = feature?.properties.context === true;
  if (feature?.properties.level === 'district') {
    return context
      ? { color: '#7d8a88', weight: 1.5, dashArray: '4 4', fill: false }
      : { color: '#1f5f5b', weight: 2.5, fill: false };
  }
  return {
    color: context ? '#c4bcae' : '#9c9282',
    weight: 0.8,
    fillColor: context ? '#ece6da' : '#ffffff',
    fillOpacity: tiles ? 0 : context ? 0.5 : 0.85,
  };
}

/** Draws outlines (municipalities under districts) and zoom-dependent place names. */
export function addBaseLayer(map: LeafletMap, geo: GeoData): BaseLayer {
  let tiles = false;
  const level = (l: RegionFeature['properties']['level']) => ({
    ...geo.regions,
    features: geo.regions.features.filter((f) => f.properties.level === l),
  });
  const outlines: GeoJSON[] = [level('municipality'), level('district')].map((data) =>
    geoJSON(data, {
      interactive: false,
      // Leaflet types features generically; this layer only ever holds the features of regions.json.
      style: (f) => regionStyle(f as RegionFeature | undefined, tiles),
    }).addTo(map),
  );
  const ranks = new Map<number, LayerGroup>();
  for (const town of geo.towns.features) {
    const { name, rank, context } = town.properties;
    const [lon, lat] = town.geometry.coordinates;
    const text = document.createElement('span');
    text.textContent = name;
    const className = `map-label map-label--r${Math.min(rank, 4)}${context ? ' map-label--context' : ''}`;
    const label = marker([lat, lon], {
      icon: divIcon({ className, html: text, iconSize: [0, 0] }),
      interactive: false,
      keyboard: false,
      pane: 'labels',
    });
    if (!ranks.has(rank)) ranks.set(rank, layerGroup());
    ranks.get(rank)?.addLayer(label);
  }
  const showLabels = () => {
    const zoom = map.getZoom();
    for (const [rank, group] of ranks) {
      const show = !tiles && labelVisible(rank, zoom);
      if (show && !map.hasLayer(group)) group.addTo(map);
      if (!show && map.hasLayer(group)) group.remove();
    }
  };
  map.on('zoomend', showLabels);
  showLabels();
  return {
    setTiles(on) {
      tiles = on;
      // As above: the outline layers hold only regions.json features, which Leaflet types generically.
      for (const layer of outlines) layer.setStyle((f) => regionStyle(f as RegionFeature | undefined, tiles));
      showLabels();
    },
    remove() {
      map.off('zoomend', showLabels);
      for (const layer of [...outlines, ...ranks.values()]) layer.remove();
    },
  };
}
