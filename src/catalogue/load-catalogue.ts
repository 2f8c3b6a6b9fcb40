import { parseCatalogue, parseManifest } from './parse-catalogue.ts';
import type { Catalogue } from './types.ts';

export type FetchJson = (url: string) => Promise<unknown>;

/** Fetches the manifest, then the catalogue it names, and parses both at the one boundary. */
export async function loadCatalogue(fetchJson: FetchJson, base = '/catalogue/'): Promise<Catalogue> {
  const manifest = parseManifest(await fetchJson(`${base}manifest.json`));
  const catalogue = parseCatalogue(await fetchJson(`${base}${manifest.catalogue}`));
  if (catalogue.hash !== manifest.hash) {
    throw new Error(`catalogue hash ${catalogue.hash} does not match manifest ${manifest.hash}`);
  }
  return catalogue;
}

/** fetch() as a FetchJson: rejects on HTTP errors so that callers fall back instead of parsing an error page. */
export const fetchJson: FetchJson = async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
};
