/**
 * The map chunk: the app's only Leaflet importer, reached through the one dynamic import in src/map/index.ts when
 * someone opens a map. Offline it draws our own outlines and place names; online tiles come only after consent.
 */
import 'leaflet/dist/leaflet.css';
import './map.css';
import {
  control,
  map as createMap,
  type LayerGroup,
  type Map as LeafletMap,
  type Marker,
  type TileLayer,
  tileLayer,
} from 'leaflet';
import { fetchJson, type Offer } from '../../catalogue/index.ts';
import { corners, isPoint, pointsBounds, regionBounds } from '../geo-bounds.ts';
import { TILE_MAX_ZOOM, TILE_URL } from '../sources.ts';
import { toMarkers } from '../to-markers.ts';
import type { MapHandle, MapOptions, MapTexts, MarkerGroup } from '../types.ts';
import { addBaseLayer, type BaseLayer, type GeoData, loadGeo } from './base-layer.ts';
import { markerLayer } from './markers.ts';

/** Until anything is known: Germany, from high enough that no region is cut off. */
const START: [number, number] = [50.3, 9.6];
const EXACT_ZOOM = 15;
const APPROXIMATE_ZOOM = 12;

/** What one mounted map holds between updates. */
interface MapState {
  map: LeafletMap;
  groups: MarkerGroup[];
  markers: LayerGroup | null;
  byId: Map<string, Marker>;
  geo: GeoData | null;
  base: BaseLayer | null;
  tiles: TileLayer | null;
  destroyed: boolean;
}

/** A Leaflet map in `element`, still (no animation, no inertia) when the user asks for reduced motion. */
function createLeafletMap(element: HTMLElement, texts: MapTexts): LeafletMap {
  // Sized by map.css, which arrives with this chunk: the host page needs no map styles of its own.
  element.classList.add('lotse-map');
  // The CSS rule alone would leave Leaflet waiting for transitions that never run.
  const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const map = createMap(element, {
    zoomAnimation: !still,
    fadeAnimation: !still,
    markerZoomAnimation: !still,
    inertia: !still,
    zoomControl: false,
    // The credits stand in full below the map (MapPanel), not in a corner control that small screens crop.
    attributionControl: false,
    keyboard: true,
    minZoom: 5,
    maxZoom: TILE_MAX_ZOOM,
  });
  control.zoom({ zoomInTitle: texts.zoomIn, zoomOutTitle: texts.zoomOut }).addTo(map);
  const labels = map.createPane('labels');
  labels.style.zIndex = '450';
  labels.style.pointerEvents = 'none';
  map.setView(START, 6);
  return map;
}

/** Shows the focused offer, else every marker, else the offers' regions. */
function frame(s: MapState, focusId: string | undefined, regionCodes: readonly string[]): void {
  const focused = focusId ? s.byId.get(focusId) : undefined;
  const group = s.groups.find((g) => g.entries.some((e) => e.id === focusId));
  if (focused && group) {
    s.map.setView(focused.getLatLng(), group.approximate ? APPROXIMATE_ZOOM : EXACT_ZOOM);
    return;
  }
  const bounds = pointsBounds(s.groups) ?? (s.geo && regionBounds(s.geo.regions.features, regionCodes));
  if (!bounds) return;
  if (isPoint(bounds))
    s.map.setView([bounds.south, bounds.west], s.groups[0]?.approximate ? APPROXIMATE_ZOOM : 14);
  else s.map.fitBounds(corners(bounds), { padding: [32, 32], maxZoom: 14 });
}

/** Online tiles on or off; the base layer drops its fills and names under them. */
function setTiles(s: MapState, on: boolean): void {
  if (on && !s.tiles) {
    s.tiles = tileLayer(TILE_URL, { maxZoom: TILE_MAX_ZOOM, referrerPolicy: 'no-referrer' }).addTo(s.map);
  } else if (!on && s.tiles) {
    s.tiles.remove();
    s.tiles = null;
  }
  s.base?.setTiles(on);
}

/** Mounts a map into `element` and returns the handle that updates and removes it. */
export function mountMap(element: HTMLElement, options: MapOptions): MapHandle {
  const { texts, focusId, regionCodes = [] } = options;
  const s: MapState = {
    map: createLeafletMap(element, texts),
    groups: [],
    markers: null,
    byId: new Map(),
    geo: null,
    base: null,
    tiles: null,
    destroyed: false,
  };
  const handle: MapHandle = {
    setOffers(offers: readonly Offer[]) {
      s.markers?.remove();
      s.groups = toMarkers(offers);
      const built = markerLayer(s.groups, texts);
      s.markers = built.layer.addTo(s.map);
      s.byId = built.byId;
      frame(s, focusId, regionCodes);
    },
    enableOnlineTiles: (on: boolean) => setTiles(s, on),
    focusOffer(id: string) {
      const m = s.byId.get(id);
      if (!m) return;
      s.map.setView(m.getLatLng(), Math.max(s.map.getZoom(), APPROXIMATE_ZOOM));
      m.openPopup();
    },
    destroy() {
      s.destroyed = true;
      s.map.remove();
      element.classList.remove('lotse-map');
    },
  };
  handle.setOffers(options.offers);
  handle.enableOnlineTiles(options.onlineTiles === true);
  void loadGeo(options.geoBase ?? '/geo/', options.fetchJson ?? fetchJson).then((loaded) => {
    if (s.destroyed || !loaded) return;
    s.geo = loaded;
    s.base = addBaseLayer(s.map, loaded);
    s.base.setTiles(s.tiles !== null);
    if (s.groups.length === 0) frame(s, focusId, regionCodes);
  });
  return handle;
}
