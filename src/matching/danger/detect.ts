/**
 * Run time: danger understood by meaning. The text's words are matched against every language's word groups
 * (hits.ts), and the rules combine what is found: one word of each concept within a window, all in one language,
 * none of the rule's spoilers near, an alarm turned into a net when its verb is negated.
 */
import { dangerHits, type Hit } from './hits.ts';
import type { DangerMatcher } from './lookup.ts';
import { type Layout, layoutOf, type People, withoutPossessives, writerActsOnHim } from './roles.ts';
import type { DangerRule, DangerSignal } from './types.ts';

export { dangerHits } from './hits.ts';
export { type DangerMatcher, dangerMatcher } from './lookup.ts';

const distance = (a: Hit, b: Hit) => Math.max(0, a.start - b.end + 1, b.start - a.end + 1);

/** A hit with a negation right before or after it, in its clause ("potrząsnę, nie wytrzymam" denies nothing). */
function negated(h: Hit, hits: Hit[], m: DangerMatcher, clause: number[]): boolean {
  // A negation inside the entry itself ("won't let me leave") is part of its meaning, not a denial of it.
  const inside = (n: Hit) => n.start >= h.start && n.end <= h.end;
  const near = (n: Hit) => distance(n, h) <= m.table.near && clause[n.start] === clause[h.start];
  return hits.some((n) => n.concept === m.neg && !inside(n) && near(n));
}

interface Holds {
  hits: Hit[];
  negated: boolean;
}

/** Within one sentence, words may stand this much further apart than the window: a long message says one thing. */
const SENTENCE_REACH = 1.5;

/** What a rule is read in: the text's sentences and clauses, and the concept numbers of the people. */
interface Reading {
  layout: Layout;
  people: People;
}

/** Roles by word order (roles.ts): a rule that names the writer (`me`) before "him" (`he`) holds only when the writer acts on him. */
function rolesHold(rule: DangerRule, picked: Hit[], hits: Hit[], r: Reading): boolean {
  const { people } = r;
  const person = (g: number[]) =>
    g.every((c) => c === people.me || c === people.he || people.adults.includes(c));
  const verb = picked.find((_, i) => !person(rule.all[i] ?? []));
  if (!verb) return true;
  const only = (c: number) => rule.all.findIndex((g) => g.length === 1 && g[0] === c);
  const me = only(people.me);
  const he = only(people.he);
  return me < 0 || he < me || writerActsOnHim(verb, hits, r.layout, people);
}

/** Whether a rule holds: per anchor, the nearest hit of each group within the window; un-negated first. */
function holds(rule: DangerRule, hits: Hit[], m: DangerMatcher, r: Reading): Holds | null {
  const { window } = m.table;
  const reach = (a: Hit, b: Hit) =>
    distance(a, b) <=
    (r.layout.sentence[a.start] === r.layout.sentence[b.start] ? window * SENTENCE_REACH : window);
  const groups = rule.all.map((g) => hits.filter((h) => g.includes(h.concept)));
  if (groups.some((g) => g.length === 0)) return null;
  let best: Holds | null = null;
  for (const anchor of groups[0] ?? []) {
    // One meaning is said in one language: the words a rule combines, its spoilers and negations all are.
    const kin = m.group[anchor.lang];
    const same = (h: Hit) => m.group[h.lang] === kin;
    const chosen = groups.map((g) =>
      g.reduce<Hit | null>(
        (a, h) => (same(h) && reach(h, anchor) && (!a || distance(h, anchor) < distance(a, anchor)) ? h : a),
        null,
      ),
    );
    if (chosen.some((h) => h === null)) continue;
    const picked = chosen.filter((h): h is Hit => h !== null);
    const near = (h: Hit) => picked.some((p) => distance(h, p) <= window);
    if (!rolesHold(rule, picked, hits.filter(same), r)) continue;
    // A spoiler inside a word the rule uses ("rzucić nim o ścianę": nim) is part of that word's meaning.
    const within = (h: Hit) => picked.some((p) => h.start >= p.start && h.end <= p.end);
    // A subject stands before the rule's first word (the verb): "mein Kind schlägt mich", not "… vor dem Kind".
    const verb = picked[0]?.start ?? 0;
    // …even when the rule itself names it: "die kleine schlägt" is the child hitting, "schlägt das Kind" it hit.
    const before = (h: Hit) => rule.noneBefore.includes(h.concept) && h.end <= verb;
    const spoils = (h: Hit) => (rule.none.includes(h.concept) && !within(h)) || before(h);
    if (hits.some((h) => same(h) && spoils(h) && near(h))) continue;
    const neg = picked.some(
      (h) => rule.negatable.includes(h.concept) && negated(h, hits.filter(same), m, r.layout.clause),
    );
    if (!neg) return { hits: picked, negated: false };
    best = best ?? { hits: picked, negated: true };
  }
  return best;
}

/** The language most of the hits came from (the first hit's on a tie). */
function languageOf(hits: Hit[], m: DangerMatcher, text: string): string | null {
  const count = new Map<number, number>();
  for (const h of hits) count.set(h.lang, (count.get(h.lang) ?? 0) + 1);
  let best: number | null = null;
  for (const h of hits) if (best === null || (count.get(h.lang) ?? 0) > (count.get(best) ?? 0)) best = h.lang;
  const lang = best === null ? null : (m.table.langs[best] ?? null);
  return lang === 'ru' || lang === 'uk' ? kinLanguage(text, lang) : lang;
}

/**
 * Russian and Ukrainian share most words once folded: the letters only one of them has decide (ї, є, ґ, і are
 * Ukrainian; ы, э, ъ, ё Russian), else the language the words came from.
 */
function kinLanguage(text: string, found: string): string {
  if (/[їєґі]/i.test(text)) return 'uk';
  if (/[ыэъё]/i.test(text)) return 'ru';
  return found;
}

/**
 * A laughing or eye-rolling face marks a threat or a wish to die as a figure of speech ("mąż mnie zabije 😂"): the
 * alarm of such a kind becomes a net (its numbers stay one tap away). Danger to the body (a swallowed battery, a
 * seizure) keeps its alarm whatever face follows it.
 */
const JOKE = /[😂🤣😅😆😹🙄😜😝]/u;
const JOKING = new Set(['violence', 'suicide', 'harm-thoughts', 'child-at-risk']);

/** What danger a text shows: the first alarm rule that holds (with every other alarm kind), else the first net. */
export function detectDanger(text: string, m: DangerMatcher): DangerSignal | null {
  const id = (c: string) => m.table.concepts.indexOf(c);
  const hits = withoutPossessives(dangerHits(text, m).hits, id('me'), [id('toxic')]);
  if (hits.length === 0) return null;
  const r: Reading = {
    layout: layoutOf(text),
    people: { me: id('me'), he: id('he'), adults: [id('aggressor'), id('other')] },
  };
  const joke = JOKE.test(text);
  const kinds: string[] = [];
  let first: Holds | null = null;
  let net: { kind: string; holds: Holds } | null = null;
  for (const rule of m.table.alarm) {
    const h = holds(rule, hits, m, r);
    if (!h) continue;
    if (h.negated || (joke && JOKING.has(rule.kind))) {
      net = net ?? { kind: rule.kind, holds: h };
      continue;
    }
    if (!kinds.includes(rule.kind)) kinds.push(rule.kind);
    first = first ?? h;
  }
  const kind = kinds[0];
  if (first && kind) return { kind, level: 'alarm', lang: languageOf(first.hits, m, text), kinds };
  for (const rule of m.table.net) {
    if (net) break;
    const h = holds(rule, hits, m, r);
    if (h) net = { kind: rule.kind, holds: h };
  }
  return net ? { kind: net.kind, level: 'net', lang: languageOf(net.holds.hits, m, text), kinds: [] } : null;
}
