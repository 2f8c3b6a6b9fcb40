/**
 * The CLI, eval and bench read what the app ships: public/catalogue/ (manifest, content-hashed catalogue and
 * packed index), parsed by the app's own loader. When those files are missing or older than anything in data/,
 * they are built first, so a fresh clone and a just-edited data file both give current answers.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Catalogue } from '../../src/catalogue/index.ts';
import { loadCatalogue } from '../../src/catalogue/load-catalogue.ts';
import { createSearcher, type PackedIndex, type Searcher, unpackIndex } from '../../src/matching/index.ts';
import { DATA, PUBLIC, rel } from './paths.ts';

/** Where the built files live and what they are built from; LOTSE_PUBLIC_DIR / LOTSE_DATA_DIR as in the build. */
export interface BuiltFolders {
  publicDir: string;
  dataDir: string;
}

/** The folders the build script uses, so that the CLI reads exactly what `npm run catalogue:build` wrote. */
export function builtFolders(): BuiltFolders {
  return {
    publicDir: process.env.LOTSE_PUBLIC_DIR ?? PUBLIC,
    dataDir: process.env.LOTSE_DATA_DIR ?? DATA,
  };
}

/** The built catalogue and its packed index, as the app receives them. */
export interface BuiltCatalogue {
  catalogue: Catalogue;
  index: PackedIndex;
}

/** The newest modification time of any file under dir, in ms. */
function newestChange(dir: string): number {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce(
      (newest, entry) => Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs),
      0,
    );
}

/** True when the manifest is missing or older than a file in data/, as make would judge it. */
export function needsBuild({ publicDir, dataDir }: BuiltFolders): boolean {
  const manifest = path.join(publicDir, 'catalogue', 'manifest.json');
  return !fs.existsSync(manifest) || fs.statSync(manifest).mtimeMs < newestChange(dataDir);
}

/** Reads public/catalogue/ through the app's loadCatalogue (manifest, hash check, parse), building it first if needed. */
export async function loadBuiltCatalogue(
  folders: BuiltFolders = builtFolders(),
  log: (line: string) => void = console.error,
): Promise<BuiltCatalogue> {
  if (needsBuild(folders)) {
    log(
      `${rel(path.join(folders.publicDir, 'catalogue'))}/ is missing or older than data/: building it first`,
    );
    // Loaded only here: the build pulls in the validator (Ajv, libphonenumber), which every search would pay for.
    const { buildCatalogueFiles } = await import('../build-catalogue.ts');
    buildCatalogueFiles(folders.publicDir, folders.dataDir);
  }
  const dir = path.join(folders.publicDir, 'catalogue');
  const readJson = async (file: string): Promise<unknown> => JSON.parse(fs.readFileSync(file, 'utf8'));
  const { catalogue, index } = await loadCatalogue(readJson, `${dir}${path.sep}`);
  // index.<hash>.json is what packIndex wrote in this build (buildCatalogueFiles), named by the manifest just checked.
  return { catalogue, index: index as PackedIndex };
}

/** The searcher over a built catalogue, made exactly as the app's results screen makes it. */
export function searcherFor({ catalogue, index }: BuiltCatalogue): Searcher {
  return createSearcher(catalogue.offers, unpackIndex(index), catalogue.organizations);
}
