import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { flatten } from '../../../scripts/lib/locales/check.ts';
import type { Tree } from '../../../scripts/lib/locales/reference.ts';
import { LAZY_PARTS } from '../../../src/i18n/index.ts';

/*
 * Rules of Leichte Sprache (Netzwerk Leichte Sprache) that a machine can check in de-x-ls: short sentences, compound
 * words split with a hyphen and a capital after it (Kranken-Wagen, not Karto-graphie), no passive. Meaning and hard
 * words explained where they first appear are for a human reader (../shared/reviews).
 */

const DIR = path.resolve(import.meta.dirname, '../../../src/i18n/locales');
const files = ['de-x-ls.json', ...LAZY_PARTS.map((p) => `de-x-ls.${p}.json`)];
const texts = new Map<string, string>();
for (const file of files) {
  const tree = JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')) as Tree;
  for (const [key, value] of flatten(tree)) texts.set(key, String(value));
}

/** Longest sentence a Leichte-Sprache text may have, in words. */
const MAX_WORDS = 15;
// No exception list: the credits, the longest texts, fit once a colon ends a unit ("Grenzen von Städten: © …").
/** Sentences end at . ! ? ; or a colon followed by a space (LS often says "Das heißt: …"). */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?;:])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Words of a sentence: tokens with a letter or digit; a {{variable}} is one word. */
function words(sentence: string): string[] {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Hyphens followed by a small letter that are names, not split words (a program, a database). */
const LOWER_AFTER_HYPHEN = new Set(['axe-core', 'lotse-catalogue']);

describe('Leichte Sprache (de-x-ls) keeps the rules a machine can check', () => {
  it('reads the files', () => {
    expect(texts.size).toBeGreaterThan(400);
  });

  it(`no sentence longer than ${MAX_WORDS} words, licence credits included`, () => {
    const long = [...texts].flatMap(([key, text]) =>
      sentences(text)
        .filter((s) => words(s).length > MAX_WORDS)
        .map((s) => `${key}: ${s}`),
    );
    expect(long).toEqual([]);
  });

  it('compound words split with a hyphen and a capital after it (not Karto-graphie, not weiter-geben)', () => {
    const wrong = [...texts].flatMap(([key, text]) =>
      [...text.matchAll(/[\p{L}]+-\p{Ll}[\p{L}]*/gu)]
        .map((m) => m[0])
        .filter((w) => !LOWER_AFTER_HYPHEN.has(w))
        .map((w) => `${key}: ${w}`),
    );
    expect(wrong).toEqual([]);
  });

  it('no passive: Lotse, the family or the office does something (no "wird/werden/wurde … gespeichert")', () => {
    const passive = [...texts]
      .filter(([, text]) => /\b(wird|werden|wurde|wurden)\b/i.test(text))
      .map(([key, text]) => `${key}: ${text}`);
    expect(passive).toEqual([]);
  });

  it('the checks catch a broken text', () => {
    expect(words('Das ist {{count}} mal ein Satz – mit 3 Wörtern.')).toHaveLength(9);
    expect(sentences('Im Not-Fall: Rufen Sie 110 an. Dann kommt die Polizei!')).toHaveLength(3);
    expect('Bundes-Amt für Karto-graphie'.match(/[\p{L}]+-\p{Ll}[\p{L}]*/gu)).toEqual(['Karto-graphie']);
  });
});
