/** Danger read by sentence and by roles (roles.ts, detect.ts): who acts on whom, long messages, jokes. */
import { describe, expect, it } from 'vitest';
import { compileDanger } from '../../../src/matching/danger/compile.ts';
import { dangerMatcher, detectDanger } from '../../../src/matching/danger/detect.ts';
import { layoutOf, withoutPossessives, writerActsOnHim } from '../../../src/matching/danger/roles.ts';
import type { DangerLexicon, DangerRulesFile } from '../../../src/matching/danger/types.ts';

const lexicon = (lang: string, concepts: Record<string, string[]>): DangerLexicon => ({ lang, concepts });
const RULES: DangerRulesFile = {
  window: 4,
  near: 1,
  alarm: [
    { kind: 'harm-thoughts', all: ['hit|harm', 'me', 'he'], none: ['aggressor', 'other'] },
    { kind: 'violence', all: ['aggressor|he', 'hit'], negatable: 'hit' },
    { kind: 'child-at-risk', all: ['hit', 'child'], none: ['me'], none_before: ['child'] },
    { kind: 'violence', all: ['hit', 'me'] },
  ],
  net: [{ kind: 'violence', all: ['hit'] }],
};
const LEXICONS: DangerLexicon[] = [
  lexicon('de', {
    aggressor: ['mann'],
    he: ['er', 'ihn', 'ihm'],
    me: ['ich', 'mich', 'mir'],
    child: ['kind', 'baby', 'kleine'],
    hit: ['schlag*', 'schläg*', 'hau*'],
    other: ['nachbar*'],
    neg: ['nicht'],
  }),
  lexicon('en', { he: ['he', 'him'], me: ['i', 'me'], hit: ['hit*'], kill: ['kill*'] }),
];
const matcher = dangerMatcher(compileDanger({ rules: RULES, lexicons: LEXICONS }));
const detect = (text: string) => detectDanger(text, matcher);

describe('roles by word order', () => {
  it('reads the writer named first and "him" last as the writer acting on him (he is the baby)', () => {
    expect(detect('ich will ihn schlagen')).toMatchObject({ kind: 'harm-thoughts', level: 'alarm' });
    expect(detect('I want to hit him')).toMatchObject({ kind: 'harm-thoughts', level: 'alarm' });
  });

  it('reads "he" before the writer as him acting on the writer', () => {
    expect(detect('er schlägt mich')).toMatchObject({ kind: 'violence', level: 'alarm' });
    expect(detect('I am scared he will hit me')).toMatchObject({ kind: 'violence', level: 'alarm' });
  });

  it('reads roles per clause: a comma starts the next one', () => {
    const text = 'er schreit, ich will ihn hauen';
    expect(layoutOf(text)).toEqual({ clause: [0, 0, 1, 1, 1, 1], sentence: [0, 0, 0, 0, 0, 0] });
    expect(detect(text)).toMatchObject({ kind: 'harm-thoughts', level: 'alarm' });
  });

  it('never lets an adult named in the clause be read as the writer acting on him', () => {
    const layout = layoutOf('ich glaube der Nachbar will ihn hauen');
    const hit = (concept: string, start: number) => ({
      concept: matcher.table.concepts.indexOf(concept),
      lang: 0,
      start,
      end: start + 1,
      loose: false,
      short: false,
    });
    const people = {
      me: matcher.table.concepts.indexOf('me'),
      he: matcher.table.concepts.indexOf('he'),
      adults: [matcher.table.concepts.indexOf('aggressor'), matcher.table.concepts.indexOf('other')],
    };
    const verb = hit('hit', 6);
    expect(writerActsOnHim(verb, [hit('me', 0), hit('other', 3), hit('he', 5), verb], layout, people)).toBe(
      false,
    );
    expect(writerActsOnHim(verb, [hit('me', 0), hit('he', 5), verb], layout, people)).toBe(true);
  });
});

describe('a child hit with no one named', () => {
  it('is a child at risk when the child is the one hit ("die schlagen das Kind")', () => {
    expect(detect('die schlagen das Kind jeden Tag')).toMatchObject({
      kind: 'child-at-risk',
      level: 'alarm',
    });
  });

  it('is no alarm when the child is the one hitting ("die Kleine haut den Hund")', () => {
    expect(detect('die Kleine haut den Hund')?.level).not.toBe('alarm');
  });
});

describe('long messages', () => {
  it('combines words further apart than the window inside one sentence, not across sentences', () => {
    // window 4, one sentence: up to 6 words apart
    expect(detect('der Mann kommt spät heim und schlägt')).toMatchObject({
      kind: 'violence',
      level: 'alarm',
    });
    expect(detect('der Mann kommt. spät heim und schlägt')?.level).toBe('net');
  });
});

describe('a negation', () => {
  it('turns an alarm into a net in the clause of its word, not across a comma', () => {
    expect(detect('der Mann schlägt nicht')).toMatchObject({ kind: 'violence', level: 'net' });
    expect(detect('der Mann schlägt, nicht auszuhalten')).toMatchObject({ kind: 'violence', level: 'alarm' });
  });
});

describe('a laughing face', () => {
  it('turns a threat said in jest into a net, not an alarm', () => {
    expect(detect('der Mann schlägt mich 😂')).toMatchObject({ kind: 'violence', level: 'net' });
    expect(detect('der Mann schlägt mich')).toMatchObject({ kind: 'violence', level: 'alarm' });
  });
});

describe('withoutPossessives', () => {
  const c = (name: string) => matcher.table.concepts.indexOf(name);
  const at = (concept: string, start: number, end = start + 1) => ({
    concept: c(concept),
    lang: 0,
    start,
    end,
    loose: false,
    short: false,
  });

  it('takes out the writer\'s word right before a substance ("she took my pills"), no other', () => {
    const hits = [at('swallow', 1), at('me', 2), at('toxic', 3), at('me', 5)];
    expect(withoutPossessives(hits, c('me'), [c('toxic')])).toEqual([hits[0], hits[2], hits[3]]);
  });

  it("keeps a writer's word spanning more than one word and one before another concept", () => {
    const hits = [at('me', 0, 2), at('toxic', 2), at('me', 3), at('hit', 4)];
    expect(withoutPossessives(hits, c('me'), [c('toxic')])).toEqual(hits);
  });
});

describe('the writer right before the verb and "he" right after it', () => {
  it('stays him acting on the writer: only case tells "mich schlägt er" from "I hit him"', () => {
    expect(detect('mich schlägt er jeden Abend')).toMatchObject({ kind: 'violence', level: 'alarm' });
    expect(detect('ich will ihn schlagen')).toMatchObject({ kind: 'harm-thoughts', level: 'alarm' });
  });
});
