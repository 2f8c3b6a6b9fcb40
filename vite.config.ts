import path from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import type { Plugin, Rolldown } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { precacheOptions } from './scripts/lib/precache.ts';
import { servedFile } from './scripts/lib/prerender/served-file.ts';
import { CATALOGUE_CACHE } from './src/catalogue/runtime-cache.ts';
import { webManifest } from './src/offline/manifest.ts';

const ROOT = fileURLToPath(new URL('.', import.meta.url));
const OUT_DIR = process.env.LOTSE_OUT_DIR ?? `${ROOT}dist`;
// Overridable so that a test can build a second version of the app beside the first (tests/e2e/update).
const PUBLIC_DIR = process.env.LOTSE_PUBLIC_DIR ?? `${ROOT}public`;

/**
 * dist/shell.html: the built index.html before scripts/prerender.ts fills it with the start page. The service
 * worker answers every navigation offline with it (a deep link must not flash the start page), the hosts answer
 * routes that have no prerendered page with it, and the prerender takes it as its template.
 */
function contentFreeShell(): Plugin {
  return {
    name: 'lotse:shell',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset') throw new Error('lotse:shell: the build has no index.html');
      this.emitFile({ type: 'asset', fileName: 'shell.html', source: index.source });
    },
  };
}

/** `vite preview` (npm start, the browser tests) answers paths as nginx does: scripts/lib/prerender/served-file.ts. */
function servePrerendered(): Plugin {
  return {
    name: 'lotse:serve-prerendered',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://x');
        const pathname = decodeURIComponent(url.pathname);
        if (path.extname(pathname)) return next();
        const file = servedFile(OUT_DIR, pathname, url.search);
        // No page (`/lang/…`, a second address of a page in another language): a 404, as nginx answers.
        if (!file) {
          res.statusCode = 404;
          res.end();
          return;
        }
        req.url = `/${path.relative(OUT_DIR, file)}${url.search}`;
        next();
      });
    },
  };
}

/**
 * The modules the entry (src/main.tsx) and the app (src/boot.tsx) import statically, directly or not, per chunking
 * pass: the entry, the app chunk and their imports.
 */
const bootModules = new WeakMap<Rolldown.ChunkingContext, Set<string>>();
function staticallyFromStart(ctx: Rolldown.ChunkingContext): Set<string> {
  const known = bootModules.get(ctx);
  if (known) return known;
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const next of ctx.getModuleInfo(id)?.importedIds ?? []) visit(next);
  };
  visit(path.join(ROOT, 'src', 'main.tsx'));
  visit(path.join(ROOT, 'src', 'boot.tsx'));
  bootModules.set(ctx, seen);
  return seen;
}

/**
 * The lazy chunk group of a module, by folder, for modules neither the entry nor the app chunk carries: everything that reads the
 * catalogue at start in one chunk (five requests and a waterfall before), the parts of offers' cards, pages and map
 * panels in another (a dozen sub-kilobyte chunks before). Screens, Leaflet, the QR encoder and locales keep their own.
 */
function lazyGroup(id: string, ctx: Rolldown.ChunkingContext): string | null {
  const file = path.relative(ROOT, id).split(path.sep).join('/');
  // Re-exported by doors the app chunk imports (catalogue/index.ts, matching/light.ts), yet never used by it.
  if (
    /^src\/(catalogue\/(cached-catalogue|load-catalogue|parse-(index|json|catalogue))|matching\/split-index)\.ts$/.test(
      file,
    )
  ) {
    return 'catalogue-load';
  }
  if (file === 'src/matching/home-koki.ts') return 'offer-parts';
  if (staticallyFromStart(ctx).has(id)) return null;
  return /^src\/(ui\/(common|lang|map)\/[\w-]+\.tsx?|map\/[\w-]+\.ts)$/.test(file) ? 'offer-parts' : null;
}

// index.html lives in src/ so that the top level stays as small as DESIGN.md describes.
export default defineConfig({
  root: `${ROOT}src`,
  publicDir: PUBLIC_DIR,
  plugins: [
    preact(),
    contentFreeShell(),
    servePrerendered(),
    VitePWA({
      // Registered by src/offline/register-sw.ts through workbox-window; a new version waits for the user's tap.
      injectRegister: false,
      registerType: 'prompt',
      manifest: webManifest,
      includeAssets: ['icon.svg'],
      workbox: {
        // The app shell, every lazy screen and the map chunk, the offline map layer, the build's own manifest and the
        // wide-area pair: what every family needs, whatever its region (scripts/lib/precache.ts). NOT the regions'
        // pairs: the family's regions are cached as the page loads them (the CacheFirst rule below and IndexedDB),
        // so a phone keeps the wide area and the regions opened on it, not every region of Germany. Open-data
        // downloads are not part of the app. Of the HTML only the start page and the shell: the prerendered pages
        // (one per offer, national scale) are written after this list is made, and offline the shell draws any of
        // them from the stored catalogue.
        ...precacheOptions(path.join(PUBLIC_DIR, 'catalogue')),
        navigateFallback: '/shell.html',
        navigateFallbackDenylist: [/^\/open-data\//, /^\/catalogue\//, /^\/geo\//],
        cleanupOutdatedCaches: true,
        clientsClaim: false,
        skipWaiting: false,
        // The manifest names the newest catalogue: ask the network first, fall back to the last answer offline.
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname === '/catalogue/manifest.json',
            handler: 'NetworkFirst',
            options: { cacheName: 'lotse-manifest-v1', networkTimeoutSeconds: 4 },
          },
          // The pairs the page loads (wide-area, the family's regions): a hashed file never changes. No expiration
          // here: entries are only this device's regions, and the page deletes the files a newer manifest no longer
          // names once it has stored the newer copy (pruneCatalogueFiles, src/catalogue/cache.ts), so old versions do
          // not pile up and a second region never evicts the first. The pattern is HASHED_CATALOGUE_FILE's
          // (src/catalogue/runtime-cache.ts), written out: Workbox copies this function into sw.js without its
          // imports.
          {
            urlPattern: ({ url }) => /^\/catalogue\/(catalogue|index)\.[0-9a-f]+\.json$/.test(url.pathname),
            handler: 'CacheFirst',
            options: { cacheName: CATALOGUE_CACHE },
          },
        ],
      },
    }),
  ],
  // Locale files are read whole (i18next takes the object): no named export per section, which would grow each
  // language's chunk (tests/unit/i18n, the size report's locale budgets).
  json: { namedExports: false },
  build: {
    outDir: OUT_DIR,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    reportCompressedSize: false,
    // No modulepreload links inserted for dynamic imports, and no polyfill for them: in Lighthouse each inserted
    // link cost the main thread ~3 ms, a long task on a phone. A chunk's own imports are fetched as it is parsed.
    modulePreload: {
      polyfill: false,
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
    },
    rolldownOptions: {
      output: {
        // Fewer, larger lazy chunks where modules always load together: each request is a task on the main thread
        // and, on a slow line, a round trip (issue 15's Lighthouse targets). The app chunk keeps what it imports.
        codeSplitting: {
          // A group takes its own modules only, never their dependencies (Preact would move into it).
          includeDependenciesRecursively: false,
          groups: [{ name: lazyGroup }],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        root: ROOT,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        root: ROOT,
        test: {
          name: 'component',
          environment: 'happy-dom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
      {
        extends: true,
        root: ROOT,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
