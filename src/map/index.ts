/**
 * The map: the app's only Leaflet importer, reached through one dynamic import when someone opens a map.
 * Offline it draws our own outlines and place names; online tiles come only after consent (enableOnlineTiles).
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
import { fetchJson, type Offer } from '../catalogue/index.ts';
import { addBaseLayer, type BaseLayer, type GeoData, loadGeo } from './base-layer.ts';
import { corners, isPoint, pointsBounds, regionBounds } from './geo-bounds.ts';
import { markerLayer } from './markers.ts';
import { TILE_MAX_ZOOM, TILE_URL } from './sources.ts';
import { toMarkers } from './to-markers.ts';
import type { MapHandle, MapOptions, MarkerGroup } from './types.ts';

export type * from './types.ts';

/** Until anything is known: Germany, from high enough that no region is cut off. */
const START: [number, number] = [50.3, 9.6];
const EXACT_ZOOM = 15;
const APPROXIMATE_ZOOM = 12;

/** Mounts a map into `element` and returns the handle that updates and removes it. */
export function mountMap(element: HTMLElement, options: MapOptions): MapHandle {
  const { texts, focusId, regionCodes = [] } = options;
  // Sized by map.css, which arrives with this chunk: the host page needs no map styles of its own.
  element.classList.add('lotse-map');
  // Reduced motion: no zoom, fade or marker animations and no inertia (the CSS rule alone would leave Leaflet
  // waiting for transitions that never run).
  const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const map: LeafletMap = createMap(element, {
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

  let groups: MarkerGroup[] = [];
  let markers: LayerGroup | null = null;
  let byId = new Map<string, Marker>();
  let geo: GeoData | null = null;
  let base: BaseLayer | null = null;
  let tiles: TileLayer | null = null;
  let destroyed = false;

  const frame = () => {
    const focused = focusId ? byId.get(focusId) : undefined;
    const group = groups.find((g) => g.entries.some((e) => e.id === focusId));
    if (focused && group) {
      map.setView(focused.getLatLng(), group.approximate ? APPROXIMATE_ZOOM : EXACT_ZOOM);
      return;
    }
    const bounds = pointsBounds(groups) ?? (geo && regionBounds(geo.regions.features, regionCodes));
    if (!bounds) return;
    if (isPoint(bounds))
      map.setView([bounds.south, bounds.west], groups[0]?.approximate ? APPROXIMATE_ZOOM : 14);
    else map.fitBounds(corners(bounds), { padding: [32, 32], maxZoom: 14 });
  };

  const handle: MapHandle = {
    setOffers(offers: readonly Offer[]) {
      markers?.remove();
      groups = toMarkers(offers);
      const built = markerLayer(groups, texts);
      markers = built.layer.addTo(map);
      byId = built.byId;
      frame();
    },
    enableOnlineTiles(on: boolean) {
      if (on && !tiles) {
        tiles = tileLayer(TILE_URL, { maxZoom: TILE_MAX_ZOOM, referrerPolicy: 'no-referrer' }).addTo(map);
      } else if (!on && tiles) {
        tiles.remove();
        tiles = null;
      }
      base?.setTiles(on);
    },
    focusOffer(id: string) {
      const m = byId.get(id);
      if (!m) return;
      map.setView(m.getLatLng(), Math.max(map.getZoom(), APPROXIMATE_ZOOM));
      m.openPopup();
    },
    destroy() {
      destroyed = true;
      map.remove();
      element.classList.remove('lotse-map');
    },
  };

  handle.setOffers(options.offers);
  handle.enableOnlineTiles(options.onlineTiles === true);
  void loadGeo(options.geoBase ?? '/geo/', options.fetchJson ?? fetchJson).then((loaded) => {
    if (destroyed || !loaded) return;
    geo = loaded;
    base = addBaseLayer(map, loaded);
    base.setTiles(tiles !== null);
    if (groups.length === 0) frame();
  });
  return handle;
}
