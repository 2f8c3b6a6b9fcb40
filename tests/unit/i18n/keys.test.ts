import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import handover from '../../../src/i18n/locales/de.handover.json';
import main from '../../../src/i18n/locales/de.json';
import legal from '../../../src/i18n/locales/de.legal.json';
import network from '../../../src/i18n/locales/de.network.json';
import region from '../../../src/i18n/locales/de.region.json';
import visit from '../../../src/i18n/locales/de.visit.json';
import { REASON_KEYS } from '../../../src/matching/index.ts';

const SRC = path.resolve(import.meta.dirname, '../../../src');
/** German in its files: the bundled one and the parts each screen loads (legal, hand-over, visit, network, region). */
const de = { ...main, ...legal, ...handover, ...visit, ...network, ...region };

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return files(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** Whether a dotted key resolves in the locale, directly or as a plural (_one/_other). */
function has(key: string): boolean {
  const parts = key.split('.');
  const last = parts.pop() ?? '';
  let node: unknown = de;
  for (const p of parts) node = (node as Record<string, unknown> | undefined)?.[p];
  const leaf = node as Record<string, unknown> | undefined;
  return typeof leaf?.[last] === 'string' || typeof leaf?.[`${last}_other`] === 'string';
}

describe('German locale', () => {
  const used = files(SRC).flatMap((f) =>
    [
      ...fs
        .readFileSync(f, 'utf8')
        .matchAll(/(?:\bt\('|\btitleKey=")([a-zA-Z][a-zA-Z0-9]*(?:\.[a-zA-Z0-9]+)+)['"]/g),
    ].map((m) => m[1] ?? ''),
  );

  it('has every key the code asks for', () => {
    expect(used.length).toBeGreaterThan(100);
    expect([...new Set(used)].filter((k) => !has(k))).toEqual([]);
  });

  it('has a text for every reason the matching core can give', () => {
    expect(REASON_KEYS.filter((k) => !has(k))).toEqual([]);
  });

  it('has no reason text the matching core cannot give', () => {
    const keys: readonly string[] = REASON_KEYS;
    expect(Object.keys(de.reason).filter((k) => !keys.includes(`reason.${k}`))).toEqual([]);
  });
});
