import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { followHeading, SITE_TITLE, titleFor } from '../../src/ui/common/page-title.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  document.body.innerHTML = '';
  document.title = '';
});

describe('page title', () => {
  it("is the screen's heading and the app's name, the site's title without a heading", () => {
    expect(titleFor('  Sofort\n Hilfe ')).toBe('Sofort Hilfe – Lotse');
    expect(titleFor('')).toBe(SITE_TITLE);
    expect(titleFor(null)).toBe(SITE_TITLE);
  });

  it('is the title the built page starts with (src/index.html)', () => {
    const html = fs.readFileSync(path.resolve(import.meta.dirname, '../../src/index.html'), 'utf8');
    expect(/<title>([^<]*)<\/title>/.exec(html)?.[1]).toBe(SITE_TITLE);
  });

  it('follows the heading of the screen through navigations, text changes and screens without one', async () => {
    document.body.innerHTML = '<div id="app"><header><h2>Lotse</h2></header><main id="main"></main></div>';
    const root = document.getElementById('app') as HTMLElement;
    const main = root.querySelector('main') as HTMLElement;
    const stop = followHeading(root);
    expect(document.title).toBe(SITE_TITLE);
    main.innerHTML = '<h1>Passende Angebote</h1>';
    await settle();
    expect(document.title).toBe('Passende Angebote – Lotse');
    // A language switch rewrites the heading's text node in place.
    const text = main.querySelector('h1')?.firstChild;
    if (text) text.textContent = 'Matching offers';
    await settle();
    expect(document.title).toBe('Matching offers – Lotse');
    main.innerHTML = '<p>…</p>';
    await settle();
    expect(document.title).toBe(SITE_TITLE);
    // A heading with a title of its own (/results): the tab says that, and follows it when it changes.
    main.innerHTML =
      '<h1 data-title="Passende Hilfe">Passende Hilfe: Gewalt und Bedrohung – Stadt Coburg</h1>';
    await settle();
    expect(document.title).toBe('Passende Hilfe – Lotse');
    main.querySelector('h1')?.setAttribute('data-title', 'Help that fits');
    await settle();
    expect(document.title).toBe('Help that fits – Lotse');
    main.innerHTML = '<p>…</p>';
    await settle();
    stop();
    main.innerHTML = '<h1>Nach dem Ende</h1>';
    await settle();
    expect(document.title).toBe(SITE_TITLE);
  });
});
