import type { FetchJson } from './fetch-json.ts';
import { parseCatalogue, parseManifest } from './parse-catalogue.ts';
import type { Catalogue } from './types.ts';

/** A parsed catalogue and the raw search index built for it (the matching core reads the index). */
export interface LoadedCatalogue {
  catalogue: Catalogue;
  index: unknown;
}

/** Fetches the manifest, then the catalogue and index it names, and parses the catalogue at the one boundary. */
export async function loadCatalogue(
  fetchJson: FetchJson,
  base = '/catalogue/',
  manifestFile = 'manifest.json',
): Promise<LoadedCatalogue> {
  const manifest = parseManifest(await fetchJson(`${base}${manifestFile}`));
  const [raw, index] = await Promise.all([
    fetchJson(`${base}${manifest.catalogue}`),
    fetchJson(`${base}${manifest.index}`),
  ]);
  const catalogue = parseCatalogue(raw);
  if (catalogue.hash !== manifest.hash) {
    throw new Error(`catalogue hash ${catalogue.hash} does not match manifest ${manifest.hash}`);
  }
  return { catalogue, index };
}
