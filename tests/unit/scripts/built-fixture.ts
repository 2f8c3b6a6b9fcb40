import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCatalogueFiles } from '../../../scripts/build-catalogue.ts';
import type { BuiltFolders } from '../../../scripts/lib/built-catalogue.ts';
import { DATA } from '../../../scripts/lib/paths.ts';

let built: BuiltFolders | undefined;

/**
 * The real data/ built once per test file into a folder of its own, as `npm run catalogue:build` builds it:
 * test files run in parallel and must not race on public/catalogue/.
 */
export function builtOnce(): BuiltFolders {
  if (!built) {
    const publicDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-built-'));
    buildCatalogueFiles(publicDir, DATA);
    built = { publicDir, dataDir: DATA };
  }
  return built;
}

/** Removes the folder builtOnce made. */
export function removeBuilt(): void {
  if (built) fs.rmSync(built.publicDir, { recursive: true, force: true });
  built = undefined;
}
