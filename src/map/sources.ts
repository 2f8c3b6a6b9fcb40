/** The one online source the map may use, only after consent, and what must be credited. Plain constants. */

/** BKG TopPlusOpen, web mercator; note {y} before {x} in this WMTS REST path. */
export const TILE_URL =
  'https://sgx.geodatenzentrum.de/wmts_topplus_open/tile/1.0.0/web/default/WEBMERCATOR/{z}/{y}/{x}.png';
export const TILE_HOST = 'sgx.geodatenzentrum.de';
export const TILE_MAX_ZOOM = 18;

/** The key under which the tile consent is remembered; written only when the user answers. */
export const CONSENT_KEY = 'lotse.tiles';

export const CREDITS = {
  base: {
    text: '© GeoBasis-DE / BKG 2021 (Daten verändert)',
    url: 'https://www.bkg.bund.de',
    licence: 'Datenlizenz Deutschland – Namensnennung – 2.0',
    licenceUrl: 'https://www.govdata.de/dl-de/by-2-0',
    datasets: 'VG250, VG5000',
  },
  tiles: {
    text: '© Bundesamt für Kartographie und Geodäsie (2026), Datenquellen:',
    url: 'https://sgx.geodatenzentrum.de/web_public/gdz/datenquellen/Datenquellen_TopPlusOpen.html',
  },
  leaflet: { text: 'Leaflet', url: 'https://leafletjs.com' },
} as const;
