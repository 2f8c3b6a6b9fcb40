import type { PackedIndex } from '../matching/index.ts';
import type { FetchJson } from './fetch-json.ts';
import { parseCatalogue, parseManifest } from './parse-catalogue.ts';
import { parseSearchIndex } from './parse-index.ts';
import type { Catalogue } from './types.ts';

/** A parsed catalogue and the parsed search index built for it (the matching core unpacks the index). */
export interface LoadedCatalogue {
  catalogue: Catalogue;
  index: PackedIndex;
}

/** Fetches the manifest, then the catalogue and index it names, and parses both at the one boundary. */
export async function loadCatalogue(
  fetchJson: FetchJson,
  base = '/catalogue/',
  manifestFile = 'manifest.json',
): Promise<LoadedCatalogue> {
  const manifest = parseManifest(await fetchJson(`${base}${manifestFile}`));
  const [raw, rawIndex] = await Promise.all([
    fetchJson(`${base}${manifest.catalogue}`),
    fetchJson(`${base}${manifest.index}`),
  ]);
  const catalogue = parseCatalogue(raw);
  if (catalogue.hash !== manifest.hash) {
    throw new Error(`catalogue hash ${catalogue.hash} does not match manifest ${manifest.hash}`);
  }
  return { catalogue, index: parseSearchIndex(rawIndex) };
}
