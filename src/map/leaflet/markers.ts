/** Offer markers: focusable, opened with Enter or Space, popups with links to the offer pages. */
import { divIcon, type LayerGroup, layerGroup, type Marker, marker } from 'leaflet';
import { markerLabel } from '../to-markers.ts';
import type { MapEntry, MapTexts, MarkerGroup } from '../types.ts';

function popupContent(entries: MapEntry[], texts: MapTexts): HTMLElement {
  const list = document.createElement('ul');
  list.className = 'map-popup';
  for (const entry of entries) {
    const item = list.appendChild(document.createElement('li'));
    const link = item.appendChild(document.createElement('a'));
    link.href = entry.href;
    link.textContent = entry.name;
    const place = item.appendChild(document.createElement('span'));
    place.className = 'map-popup__place';
    place.textContent = entry.place;
    if (entry.approximate) {
      const approx = item.appendChild(document.createElement('span'));
      approx.className = 'map-popup__approx';
      approx.textContent = texts.approximate;
    }
  }
  return list;
}

function iconFor(group: MarkerGroup) {
  const count = group.entries.length;
  const className = [
    'map-marker',
    group.approximate ? 'map-marker--approx' : 'map-marker--exact',
    count > 1 ? 'map-marker--group' : '',
  ].join(' ');
  return divIcon({
    className,
    html: count > 1 ? `<span aria-hidden="true">${count}</span>` : '',
    iconSize: [32, 32],
    iconAnchor: [16, 16],
    popupAnchor: [0, -14],
  });
}

/** Builds one marker per group; `byId` finds the first marker of each offer. */
export function markerLayer(
  groups: MarkerGroup[],
  texts: MapTexts,
): { layer: LayerGroup; byId: Map<string, Marker> } {
  const layer = layerGroup();
  const byId = new Map<string, Marker>();
  for (const group of groups) {
    const label = markerLabel(group, texts);
    const content = popupContent(group.entries, texts);
    const m = marker([group.lat, group.lon], {
      icon: iconFor(group),
      keyboard: true,
      title: label,
      alt: label,
      riseOnHover: true,
      zIndexOffset: group.approximate ? 0 : 100,
    });
    m.bindPopup(content, { maxWidth: 280, maxHeight: 260 });
    // Leaflet opens popups on Enter only; a role="button" is expected to answer Space as well.
    m.on('add', () => {
      const el = m.getElement();
      el?.setAttribute('aria-label', label);
      el?.addEventListener('keydown', (e) => {
        if (e.key !== ' ') return;
        e.preventDefault();
        m.openPopup();
      });
    });
    // Keyboard users land in the popup and get back to their marker with Escape.
    m.on('popupopen', (e) => {
      const popup = e.popup.getElement();
      popup?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', texts.close);
      popup?.querySelector<HTMLElement>('.map-popup a')?.focus({ preventScroll: true });
    });
    content.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      m.closePopup();
      m.getElement()?.focus();
    });
    layer.addLayer(m);
    for (const entry of group.entries) if (!byId.has(entry.id)) byId.set(entry.id, m);
  }
  return { layer, byId };
}
