import { describe, expect, it } from 'vitest';
import { realData } from './real-data.ts';

/** Danger said in many ways: the kind that must be found first. */
const DANGER: [string, string][] = [
  ['mein Mann schlägt mich', 'violence'],
  ['er hat mich wieder geschlagen', 'violence'],
  ['Er schlug mich gestern vor dem Kind', 'violence'],
  ['ich habe Angst, dass er mich umbringt', 'violence'],
  ['würgt mich, wenn er trinkt', 'violence'],
  ['mein Freund tritt und schlägt mich', 'violence'],
  ['mein Partner prügelt mich', 'violence'],
  ['er hat mich verprügelt', 'violence'],
  ['er bedroht mich und die Kinder', 'violence'],
  ['mein Ex droht mich umzubringen', 'violence'],
  ['er will mich umbringen', 'violence'],
  ['mein Mann bringt mich um', 'violence'],
  ['ich habe Angst vor meinem Mann', 'violence'],
  ['er hat mich gewürgt', 'violence'],
  ['mich schlägt er jeden Abend', 'violence'],
  ['MEIN MANN SCHLÄGT MICH!!!', 'violence'],
  ['mein mann schlaegt mich', 'violence'],
  ['kocam beni dövüyor', 'violence'],
  ['he hits me', 'violence'],
  ['ich will nicht mehr leben', 'suicide'],
  ['ich denke daran, mir das Leben zu nehmen', 'suicide'],
  ['ich will mich umbringen', 'suicide'],
  ['ich bringe mich um', 'suicide'],
  ['ich habe Suizidgedanken', 'suicide'],
  ['manchmal möchte ich sterben', 'suicide'],
  ['ich möchte einfach nicht mehr leben', 'suicide'],
  ['ich bin lebensmüde', 'suicide'],
  ['I want to kill myself', 'suicide'],
  ['ich habe Angst, dem Baby etwas anzutun', 'harm-thoughts'],
  ['ich könnte meinem Kind wehtun', 'harm-thoughts'],
  ['ich habe mein Baby geschüttelt', 'shaking'],
  ['ich habe Angst, ich tue meinem Baby weh', 'harm-thoughts'],
  ['mein Kind wird misshandelt', 'child-at-risk'],
  ['der Vater schlägt das Kind', 'child-at-risk'],
  ['die Nachbarn prügeln ihr Baby', 'child-at-risk'],
  ['mein Kind hat Tabletten verschluckt', 'poison'],
  ['Baby atmet nicht', 'medical'],
];

/** "My husband beats me" in every language of the app, typed as families type it: 110 must come first. */
const VIOLENCE_EVERY_LANGUAGE: [string, string][] = [
  ['en', 'my husband beats me'],
  ['en', 'my partner hits me every night'],
  ['tr', 'kocam beni vuruyor'],
  ['tr', 'kocam beni dövdü'],
  ['tr', 'kocam beni dovuyor'],
  ['ar', 'زوجي يضربني'],
  ['ar', 'zawji yadribuni'],
  ['uk', "чоловік б'є мене"],
  ['uk', 'чоловик бье мене'],
  ['uk', 'cholovik bye mene'],
  ['ru', 'муж бьёт меня'],
  ['ru', 'муж меня бьет'],
  ['ru', 'muzh byot menya'],
  ['pl', 'mąż mnie bije'],
  ['pl', 'maz mnie bije'],
  ['ro', 'soțul mă bate'],
  ['ro', 'sotul ma bate'],
  ['de-x-ls', 'Mein Mann haut mich.'],
];

/**
 * Weak signals: words of danger or overwhelm without an act, answered with the compact row of the kind's 24/7
 * numbers, not the alarm ("häusliche Gewalt" alone is a topic: counselling, or a question about it).
 */
const NET: [string, string][] = [
  ['ich schaffe das alles nicht mehr', 'overwhelm'],
  ['ich kann nicht mehr', 'overwhelm'],
  ['ich packe das nicht mehr', 'overwhelm'],
  ['ich bin völlig am Ende', 'overwhelm'],
  ['ich schaffe es einfach nicht mehr mit dem Baby', 'overwhelm'],
  ['я больше не могу', 'overwhelm'],
  ['nu mai pot', 'overwhelm'],
  ['nie daję rady', 'overwhelm'],
  ['häusliche Gewalt', 'violence'],
  // Reported, not happening to the writer now: the lines of the kind as a row, and the Jugendamt in the list.
  ['Kindeswohlgefährdung melden', 'child-at-risk'],
  ['das Kind wurde geschlagen', 'violence'],
];

/** Other danger kinds outside German, English and Turkish. */
const DANGER_OTHER_LANGUAGES: [string, string][] = [
  ['nie chcę żyć', 'suicide'],
  ['nu mai vreau să trăiesc', 'suicide'],
  ['не хочу жити', 'suicide'],
  ['dziecko nie oddycha', 'medical'],
];

/** Harmless lookalikes: no danger kind at all. */
const HARMLESS: string[] = [
  'der Schlafmangel bringt mich um',
  'Baby schläft nicht, das bringt mich noch um',
  'mein Baby schlägt mit dem Kopf',
  'Baby schlägt sich den Kopf an',
  'Gewalt in der Erziehung vermeiden – Elternkurs',
  'gewaltfreie Erziehung',
  'das Baby tritt mich nachts im Bauch',
  'mein Kind schlägt mich, wenn es wütend ist',
  'mein Kind schlägt andere Kinder in der Krippe',
  'Stillen tut weh',
  'Baby schreit nachts',
  'kein Geld für Windeln',
  'Trennung und Scheidung, wir streiten viel',
  'Schlaganfall in der Familie, Hilfe für mich',
  'Frauenhaus Coburg',
  'Krabbelgruppe',
  'mein Mann hilft mir nicht im Haushalt',
  'Baby schläft nicht mehr durch',
  'Zähne tun meinem Baby weh',
  'ich will wieder arbeiten gehen',
  'meine Haut ist trocken, ich creme mir die Haut ein',
  'oğlum 2 yaşında hala konuşmuyor',
  'bebelușul plânge',
  'dziecko ciągle płacze',
  // The false alarms issue 23 found: rocking a baby, and a baby that swallowed air (colic).
  'bebeği salladım ama hâlâ ağlıyor',
  'I rocked the baby but it still cries',
  'bebek çok hava yuttu, gaz sancısı',
  'البيبي بلع هوا وعنده مغص',
];

/** The misses: a corrected or overlooked word must not hide danger. */
const NOT_HIDDEN: [string, string][] = [
  ['kocam bana şiddet uyguluyor', 'violence'],
  ['ich tu meinem baby gleich was an', 'harm-thoughts'],
  ['Ich habe Angst, dass ich meinem Baby wehtue', 'harm-thoughts'],
];

describe('danger understood, not just matched', () => {
  const { searcher } = realData();

  it.each(DANGER)('%j is danger of kind %s', (text, kind) => {
    const r = searcher.search({ text, region: 'ostallgaeu' });
    expect(r.danger[0]).toBe(kind);
    expect(r.safety).toBe(true);
  });

  it.each(VIOLENCE_EVERY_LANGUAGE)(
    '%s: %j is violence with 110 first, whatever the UI language',
    (_, text) => {
      for (const lang of ['de', 'tr']) {
        const r = searcher.search({ text, region: 'coburg-stadt', lang });
        expect(r.danger[0]).toBe('violence');
        expect(r.results[0]?.id).toBe('notruf-110');
        expect(r.results[0]?.block).toBe('safety');
      }
    },
  );

  it.each(DANGER_OTHER_LANGUAGES)('%j is danger of kind %s', (text, kind) => {
    expect(searcher.search({ text, region: 'ostallgaeu' }).danger[0]).toBe(kind);
  });

  it.each(NOT_HIDDEN)(
    '%j raises the alarm of kind %s, whatever typo correction makes of it',
    (text, kind) => {
      const r = searcher.search({ text, region: 'coburg-stadt' });
      expect(r.signal).toMatchObject({ kind, level: 'alarm' });
      expect(r.results[0]?.block).toBe('safety');
    },
  );

  it.each(NET)('%j is a weak signal of kind %s: a compact row of 24/7 numbers, no alarm', (text, kind) => {
    const r = searcher.search({ text, region: 'ostallgaeu' });
    expect(r.signal).toMatchObject({ kind, level: 'net' });
    expect(r.safety).toBe(false);
    expect(r.netLines.length).toBeGreaterThan(0);
    expect(r.netLines.every((o) => o.phones.length > 0)).toBe(true);
  });

  it.each(HARMLESS)('%j raises no alarm', (text) => {
    const r = searcher.search({ text, region: 'ostallgaeu' });
    expect(r.danger).toEqual([]);
    expect(r.safety).toBe(false);
  });

  it('"Kind in Gefahr" brings the emergency numbers first', () => {
    const r = searcher.search({ text: 'Kind in Gefahr', region: 'ostallgaeu' });
    expect(r.signal?.level).toBe('alarm');
    expect(['notruf-110', 'notruf-112']).toContain(r.results[0]?.id);
  });

  it('a police call-out over a fight at home brings the police line first', () => {
    const r = searcher.search({ text: 'polizei war da wegen streit', region: 'coburg-stadt' });
    expect(r.signal).toMatchObject({ kind: 'police', level: 'alarm' });
    expect(r.results[0]?.id).toBe('notruf-110');
  });

  it('finds danger at the end of a 10,000-character text, after emoji, other scripts and RTL', () => {
    const filler = '😀 Привет مرحبا שלום hallo baby krabbeln '.repeat(230);
    const text = `${filler} mein Mann schlägt mich`;
    expect(text.length).toBeLessThanOrEqual(10_000);
    expect(searcher.search({ text, region: 'kaufbeuren' }).danger).toEqual(['violence']);
  });

  it('does not read beyond 10,000 characters', () => {
    const text = `${'x'.repeat(10_001)} mein Mann schlägt mich`;
    expect(searcher.search({ text, region: 'kaufbeuren' }).danger).toEqual([]);
  });

  it('lists the alarm kinds, and urgent last', () => {
    const r = searcher.search({
      text: 'ich kann nicht mehr, mein Mann schlägt mich',
      region: 'kaufbeuren',
      urgent: true,
    });
    // Overwhelm is a weak signal, so only the alarm kinds are listed.
    expect(r.danger).toEqual(['violence', 'urgent']);
  });

  it('finds danger after one word repeated a thousand times, without slowing down', () => {
    const started = performance.now();
    const r = searcher.search({ text: `${'mich '.repeat(1000)}schlägt`, region: 'kaufbeuren' });
    expect(r.danger).toEqual(['violence']);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
