import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { webManifest } from './src/offline/manifest.ts';

const ROOT = fileURLToPath(new URL('.', import.meta.url));

// index.html lives in src/ so that the top level stays as small as DESIGN.md describes.
export default defineConfig({
  root: `${ROOT}src`,
  // Overridable so that a test can build a second version of the app beside the first (tests/e2e/update).
  publicDir: process.env.LOTSE_PUBLIC_DIR ?? `${ROOT}public`,
  plugins: [
    preact(),
    VitePWA({
      // Registered by src/offline/register-sw.ts through workbox-window; a new version waits for the user's tap.
      injectRegister: false,
      registerType: 'prompt',
      manifest: webManifest,
      includeAssets: ['icon.svg'],
      workbox: {
        // The app shell, every lazy screen and the map chunk, the current catalogue and index, the offline map
        // layer: everything a home visit without signal needs. Open-data downloads are not part of the app.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}', 'catalogue/*.json', 'geo/*.json'],
        globIgnores: ['open-data/**', 'screenshots/**', 'catalogue/manifest.json'],
        maximumFileSizeToCacheInBytes: 1_000_000,
        navigateFallback: '/index.html',
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
          {
            urlPattern: ({ url }) => /^\/catalogue\/(catalogue|index)\.[0-9a-f]+\.json$/.test(url.pathname),
            handler: 'CacheFirst',
            options: { cacheName: 'lotse-catalogue-v1', expiration: { maxEntries: 6 } },
          },
        ],
      },
    }),
  ],
  // Locale files are read whole (i18next takes the object): no named export per section, which would grow each
  // language's chunk (tests/unit/i18n, the size report's locale budgets).
  json: { namedExports: false },
  build: {
    outDir: process.env.LOTSE_OUT_DIR ?? `${ROOT}dist`,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    reportCompressedSize: false,
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
