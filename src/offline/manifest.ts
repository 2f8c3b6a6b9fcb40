import type { ManifestOptions } from 'vite-plugin-pwa';

/** Brand colours, shared with src/index.html (theme-color) and the icon script. */
export const BRAND = { theme: '#1f5f5b', background: '#fdf8f0', accent: '#f2b84b' } as const;

/** The German web app manifest that vite-plugin-pwa writes to /manifest.webmanifest. */
export const webManifest: Partial<ManifestOptions> = {
  id: '/',
  name: 'Lotse – Frühe Hilfen finden',
  short_name: 'Lotse',
  description:
    'Lotse findet Frühe Hilfen für Schwangere und Familien mit Kindern bis drei Jahre – anonym, ohne Anmeldung und auch ohne Netz.',
  lang: 'de',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'any',
  theme_color: BRAND.theme,
  background_color: BRAND.background,
  categories: ['health', 'lifestyle', 'social'],
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
  ],
  shortcuts: [
    {
      name: 'Hilfe sofort',
      short_name: 'Hilfe sofort',
      description: 'Notrufe und Soforthilfe rund um die Uhr',
      url: '/help-now',
      icons: [{ src: '/icons/shortcut-help.png', sizes: '96x96', type: 'image/png' }],
    },
    {
      name: 'Meine Liste',
      short_name: 'Meine Liste',
      description: 'Gemerkte Angebote, auch ohne Netz',
      url: '/list',
      icons: [{ src: '/icons/shortcut-list.png', sizes: '96x96', type: 'image/png' }],
    },
  ],
  screenshots: [
    {
      src: '/screenshots/narrow.png',
      sizes: '360x800',
      type: 'image/png',
      form_factor: 'narrow',
      label: 'Passende Hilfe im Ostallgäu für ein Baby, das viel schreit',
    },
    {
      src: '/screenshots/wide.png',
      sizes: '1280x800',
      type: 'image/png',
      form_factor: 'wide',
      label: 'Startseite: Hilfe finden, die zu Ihrer Familie passt',
    },
  ],
};
