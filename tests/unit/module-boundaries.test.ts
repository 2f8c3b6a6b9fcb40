/**
 * Each src/ folder is reached through its doors only: a relative import from one top-level folder of src/ into
 * another must name that folder's index.ts (or matching/light.ts, the small door the first bundle uses so that it
 * does not pull Fuse.js in), never a file behind it. The composition roots (src/main.tsx, src/boot.tsx, src/app.tsx, and
 * src/prerender.tsx, the build's entry that draws the same app in Node) wire the folders together and may reach into them; tests and scripts are not src/ folders, and
 * imports that leave src/ (data files) are not this test's concern.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './source-files.ts';

const SRC = path.resolve(import.meta.dirname, '../../src');
/** Public entries besides each folder's index.ts. */
// i18n/loader.ts: the language switch imports it dynamically, so the first bundle does not carry the locale map.
const EXTRA_DOORS = new Set(['matching/light.ts', 'i18n/loader.ts']);

/** The relative specifiers of a file's static imports, re-exports and dynamic imports. */
function importsOf(text: string): string[] {
  const found = text.matchAll(/(?:\bfrom|\bimport\s*\(?)\s*['"](\.{1,2}\/[^'"]+)['"]/g);
  return [...found].map((m) => m[1] as string);
}

/** Imports of `file` (a path under src/) that go behind another folder's index.ts. */
function deepImports(file: string, text: string): string[] {
  const [folder] = path.relative(SRC, file).split(path.sep);
  return importsOf(text).filter((spec) => {
    const target = path.relative(SRC, path.resolve(path.dirname(file), spec)).split(path.sep);
    return (
      target.length > 1 &&
      target[0] !== '..' &&
      target[0] !== folder &&
      !(target.length === 2 && (target[1] === 'index.ts' || EXTRA_DOORS.has(target.join('/'))))
    );
  });
}

describe('src/ folders meet only at their index.ts', () => {
  it('no folder imports another folder’s internals', () => {
    const root = new Set(['main.tsx', 'boot.tsx', 'app.tsx', 'prerender.tsx']);
    const deep = sourceFiles(['src'])
      .filter((f) => !root.has(path.relative(SRC, f)))
      .flatMap((f) =>
        deepImports(f, fs.readFileSync(f, 'utf8')).map((s) => `${path.relative(SRC, f)}: ${s}`),
      );
    expect(deep).toEqual([]);
  });

  it('the Leaflet chunk is reached only through the dynamic import in src/map/index.ts', () => {
    const chunk = path.join(SRC, 'map', 'leaflet');
    const reaching = sourceFiles(['src'])
      .filter((f) => !f.startsWith(chunk))
      .flatMap((f) => {
        const text = fs.readFileSync(f, 'utf8');
        const inChunk = (spec: string) => path.resolve(path.dirname(f), spec).startsWith(chunk);
        const dynamic = [...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1] as string);
        return importsOf(text)
          .filter(inChunk)
          .map((spec) => `${path.relative(SRC, f)}: ${spec}${dynamic.includes(spec) ? ' (dynamic)' : ''}`);
      });
    expect(reaching).toEqual(['map/index.ts: ./leaflet/mount-map.ts (dynamic)']);
  });

  it('tells a deep import from an index import and from an import inside the folder', () => {
    const file = path.join(SRC, 'ui', 'map', 'MapPanel.tsx');
    const text = [
      "import type { Offer } from '../../catalogue/types.ts';",
      "import { CREDITS } from '../../map/index.ts';",
      "import { useT } from '../context.ts';",
      "export { x } from '../../matching/score.ts';",
      "import { MAX_TEXT_CHARS } from '../../matching/light.ts';",
      "const load = () => import('../../map/leaflet/mount-map.ts');",
    ].join('\n');
    expect(deepImports(file, text)).toEqual([
      '../../catalogue/types.ts',
      '../../matching/score.ts',
      '../../map/leaflet/mount-map.ts',
    ]);
  });

  it('no two top-level folders of src/ import each other, directly or around a loop', () => {
    const edges = new Map<string, Set<string>>();
    for (const f of sourceFiles(['src'])) {
      const [from, ...rest] = path.relative(SRC, f).split(path.sep);
      if (!from || rest.length === 0) continue;
      for (const spec of importsOf(fs.readFileSync(f, 'utf8'))) {
        const [to, ...inside] = path.relative(SRC, path.resolve(path.dirname(f), spec)).split(path.sep);
        if (to && to !== from && to !== '..' && inside.length > 0)
          edges.set(from, new Set([...(edges.get(from) ?? []), to]));
      }
    }
    expect(foldersInLoops(edges)).toEqual([]);
  });

  it('finds a loop around three folders', () => {
    const edges = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set(['a'])],
    ]);
    expect(foldersInLoops(edges)).toEqual(['a', 'b', 'c']);
  });
});

/** The folders from which an import path leads back to themselves. */
function foldersInLoops(edges: Map<string, Set<string>>): string[] {
  const reaches = (from: string, target: string, seen = new Set<string>()): boolean =>
    [...(edges.get(from) ?? [])].some((next) => {
      if (next === target) return true;
      if (seen.has(next)) return false;
      seen.add(next);
      return reaches(next, target, seen);
    });
  return [...edges.keys()].filter((f) => reaches(f, f)).sort();
}
