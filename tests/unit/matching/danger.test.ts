import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileDanger } from '../../../src/matching/danger/compile.ts';
import { dangerMatcher, detectDanger } from '../../../src/matching/danger/detect.ts';
import {
  arabicStems,
  cyrillicTwins,
  fold,
  loose,
  umlautForm,
  words,
} from '../../../src/matching/danger/fold.ts';
import type { DangerLexicon, DangerRulesFile } from '../../../src/matching/danger/types.ts';

describe('fold', () => {
  it.each([
    ['Schüttelt', 'schuttelt'],
    ['hiiiilfe', 'hilfe'],
    ['DÖVÜYOR', 'dovuyor'],
    ['ı', 'i'],
    ['أنا', 'انا'],
    ['إسعاف', 'اسعاف'],
    ['ضربة', 'ضربه'],
    ['مستشفى', 'مستشفي'],
    ['چان', 'كان'],
    ['گال', 'قال'],
    ["б'є", 'бе'],
    ['бьёт', 'бет'],
    ['їжа', 'ижа'],
    ['Straße', 'strasse'],
    ['Łódź', 'lodz'],
  ])('%s → %s', (raw, folded) => {
    expect(fold(raw)).toBe(folded);
  });

  it('tries German typed with ae/oe/ue as the groups spell it, and leaves other words alone', () => {
    expect(umlautForm('schuetteln')).toBe('schutteln');
    expect(umlautForm('aer')).toBe('ar');
    expect(umlautForm('schlagen')).toBeNull();
    expect(fold('aer')).toBe('aer');
  });

  it('keeps digits inside a word (Arabizi) and splits at hyphens (Romanian clitics)', () => {
    expect(words('3am bi2tolni!')).toEqual(['3am', 'bi2tolni']);
    expect(words('m-a bătut')).toEqual(['m', 'a', 'batut']);
    expect(words("don't")).toEqual(['dont']);
  });

  it('gives Cyrillic Latin twins that meet the ways families type them', () => {
    expect(cyrillicTwins('бьёт', 'ru')).toEqual(expect.arrayContaining([loose('byot'), loose('bet')]));
    expect(loose('bjot')).toBe(loose('byot'));
    expect(cyrillicTwins('допоможіть', 'uk')).toContain(loose('dopomozhit'));
    expect(cyrillicTwins('дитина', 'uk')).toEqual(expect.arrayContaining([loose('dytyna'), loose('ditina')]));
    expect(cyrillicTwins('голова', 'uk')).toContain(loose('holova'));
    expect(cyrillicTwins('голова', 'ru')).toContain(loose('golova'));
    expect(cyrillicTwins('ты', 'ru')).toEqual(expect.arrayContaining([loose('ty'), loose('ti')]));
  });

  it('takes Arabic clitics and dialect prefixes off one at a time', () => {
    expect(arabicStems('وبيضربني')).toEqual(expect.arrayContaining(['بيضربني', 'يضربني', 'ضربني']));
    expect(arabicStems('الشرطة')).toContain('شرطة');
  });
});

const lexicon = (lang: string, concepts: Record<string, string[]>): DangerLexicon => ({ lang, concepts });
const RULES: DangerRulesFile = {
  window: 6,
  near: 2,
  alarm: [
    { kind: 'violence', all: ['aggressor|he', 'hit'], none: ['info'], negatable: 'hit' },
    { kind: 'suicide', all: ['want', 'neg', 'live'] },
    { kind: 'harm-thoughts', all: ['harm', 'child'] },
  ],
  net: [{ kind: 'violence', all: ['hit'] }],
};
const matcher = dangerMatcher(
  compileDanger({
    rules: RULES,
    lexicons: [
      lexicon('de', {
        aggressor: ['mann', 'freund*'],
        he: ['er'],
        hit: ['schlag*', 'schläg*', 'geschlagen', 'hau*'],
        neg: ['nicht', 'nie'],
        want: ['will', 'möchte'],
        live: ['leben'],
        harm: ['tu an', 'tue an', 'antun'],
        child: ['baby', 'kind'],
        info: ['beratung*'],
        calm: ['schlag auf schlag'],
      }),
      lexicon('ls', { hit: ['schlegt'] }),
      lexicon('ru', { aggressor: ['муж'], hit: ['бьёт', 'избил*'] }),
      lexicon('ar', { aggressor: ['زوجي', 'zawji'], hit: ['ضرب*', 'darab*'] }),
      lexicon('tr', { aggressor: ['koca*'], hit: ['döv*'] }),
    ],
  }),
);
const detect = (text: string) => detectDanger(text, matcher);

describe('detectDanger', () => {
  it('combines an aggressor and a hitting word in any order, tense or script', () => {
    for (const text of [
      'mein Mann schlägt mich',
      'geschlagen hat er mich gestern',
      'mein freund schlegt mich',
      'муж бьёт',
      'muzh byot',
      'muzh bjot',
      'زوجي بيضربني',
      'zawji darabni',
      'kocam beni dövdü',
      'KOCAM BENI DOVUYOR',
    ])
      expect(detect(text), text).toMatchObject({ kind: 'violence', level: 'alarm' });
  });

  it('tells Ukrainian from Russian by the letters only one of them has', () => {
    expect(detect('муж бьёт, її нема')?.lang).toBe('uk');
    expect(detect('муж избил меня, мы одни')?.lang).toBe('ru');
  });

  it('names the language the danger words were written in (Leichte-Sprache spellings count as German)', () => {
    expect(detect('муж избил меня')?.lang).toBe('ru');
    expect(detect('zawji darabni')?.lang).toBe('ar');
    expect(detect('mein freund schlegt mich')?.lang).toBe('de');
  });

  it('finds a separable verb across the words between its parts', () => {
    expect(detect('ich tu meinem Baby gleich was an')).toMatchObject({
      kind: 'harm-thoughts',
      level: 'alarm',
    });
  });

  it('reads a negation as part of the meaning where the rule asks for one ("will nicht mehr leben")', () => {
    expect(detect('ich will nicht mehr leben')).toMatchObject({ kind: 'suicide', level: 'alarm' });
    expect(detect('ich will leben')).toBeNull();
  });

  it('turns a negated alarm into a net: a compact row, never nothing', () => {
    expect(detect('mein Mann schlägt mich nicht')).toMatchObject({ kind: 'violence', level: 'net' });
  });

  it('lets a spoiler near the words (a question about counselling) keep the alarm down', () => {
    expect(detect('Beratung wenn der Mann schlägt')?.level).toBe('net');
  });

  it('takes the words of a harmless idiom out before the rules run', () => {
    expect(detect('mein Freund Schlag auf Schlag')).toBeNull();
  });

  it('does not combine words further apart than the window across sentences, nor half as far again in one', () => {
    expect(detect('mein Mann kommt heute sehr spät heim. Dann geschlagen')?.level).toBe('net');
    const far = 'mein Mann kommt heute sehr sehr sehr spät heim und dann irgendwann geschlagen';
    expect(detect(far)?.level).toBe('net');
  });

  it('never throws and stays calm on odd input', () => {
    expect(detect('')).toBeNull();
    expect(detect('👶🏽💥😭'.repeat(100))).toBeNull();
    expect(detect('a'.repeat(10_000))).toBeNull();
    // A long story before the danger still raises it, up to MAX_TEXT_CHARS.
    expect(detect(`${'lorem ipsum '.repeat(800)} mein Mann schlägt mich`)?.level).toBe('alarm');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        const r = detect(s);
        return r === null || ['alarm', 'net'].includes(r.level);
      }),
    );
  });
});
