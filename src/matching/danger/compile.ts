/** Build time: the danger word groups and rules → the compact table shipped with the wide-area index. */
import { cyrillicTwins, fold, loose, scriptOf } from './fold.ts';
import {
  DANGER_CONCEPTS,
  type DangerInput,
  type DangerRule,
  type DangerRuleData,
  type DangerTable,
  ENTRY_SEP as SEP,
} from './types.ts';

/** Languages whose Latin entries are transliterations, matched as loose skeletons. */
const TRANSLIT_LANGS = new Set(['ru', 'uk', 'ar']);

const star = (t: string) => (t.endsWith('*') ? '*' : '');
const bare = (t: string) => t.replace(/\*$/, '');

/** One entry, folded; Latin entries of transliterating languages become loose skeletons (~). */
function foldEntry(entry: string, lang: string): string {
  const terms = entry.trim().split(/\s+/);
  const latin = terms.every((t) => scriptOf(fold(bare(t))) === 'latin');
  if (TRANSLIT_LANGS.has(lang) && latin)
    return `~${terms.map((t) => loose(fold(bare(t))) + star(t)).join(' ')}`;
  return terms.map((t) => fold(bare(t)) + star(t)).join(' ');
}

/**
 * The Latin twins (~) of a Cyrillic entry as written, as families type Russian and Ukrainian in Latin letters; none
 * for an entry in another script.
 */
function twinsOf(entry: string, lang: string): string[] {
  const terms = entry.trim().split(/\s+/);
  if (!terms.every((t) => scriptOf(fold(bare(t))) === 'cyrillic')) return [];
  let seqs: string[] = [''];
  for (const t of terms) {
    const twins = cyrillicTwins(bare(t), lang);
    seqs = seqs.flatMap((q) => twins.map((w) => (q ? `${q} ${w}${star(t)}` : `${w}${star(t)}`)));
  }
  return seqs.map((q) => `~${q}`);
}

/** Entries a shorter stem of the same concept already covers (schüttelt beside schüttel*) are not shipped. */
function withoutCovered(entries: Set<string>): string[] {
  const stems = [...entries].filter((e) => e.endsWith('*') && !e.includes(' ')).map((e) => e.slice(0, -1));
  const covered = (e: string) => {
    if (e.includes(' ')) return false;
    const word = e.replace(/\*$/, '');
    return stems.some((s) => s !== word && word.startsWith(s) && s.startsWith('~') === word.startsWith('~'));
  };
  return [...entries].filter((e) => !covered(e)).sort();
}

function compileRule(r: DangerRuleData, ids: Map<string, number>): DangerRule {
  const num = (c: string) => {
    const n = ids.get(c);
    if (n === undefined) throw new Error(`danger rule for ${r.kind}: unknown concept "${c}"`);
    return n;
  };
  return {
    kind: r.kind,
    all: r.all.map((g) => g.split('|').map(num)),
    none: (r.none ?? []).flatMap((g) => g.split('|').map(num)),
    noneBefore: (r.none_before ?? []).flatMap((g) => g.split('|').map(num)),
    negatable: r.negatable ? r.negatable.split('|').map(num) : [],
  };
}

/** Compiles the word groups (languages merged by code, entries folded and de-duplicated) and the rules. */
export function compileDanger(input: DangerInput): DangerTable {
  const concepts: string[] = [...DANGER_CONCEPTS];
  const ids = new Map(concepts.map((c, i) => [c, i]));
  const byLang = new Map<string, Map<string, Set<string>>>();
  for (const lex of input.lexicons) {
    const lang = lex.lang === 'ls' ? 'de' : lex.lang;
    const groups = byLang.get(lang) ?? new Map<string, Set<string>>();
    byLang.set(lang, groups);
    for (const [concept, entries] of Object.entries(lex.concepts)) {
      if (!ids.has(concept)) continue;
      const set = groups.get(concept) ?? new Set<string>();
      groups.set(concept, set);
      for (const e of entries)
        for (const f of [foldEntry(e, lang), ...twinsOf(e, lang)])
          if (f.replace(/[~*\s]/g, '') !== '') set.add(f);
    }
  }
  for (const [lang, list] of Object.entries(input.common ?? {})) {
    const groups = byLang.get(lang);
    if (groups) groups.set('common', new Set(list.map((w) => foldEntry(w, lang))));
  }
  const langs = [...byLang.keys()].sort();
  const entries = new Set<string>();
  langs.forEach((lang, l) => {
    for (const [concept, set] of byLang.get(lang) ?? []) {
      const c = ids.get(concept) ?? -1;
      for (const entry of withoutCovered(set)) entries.add(`${entry}${SEP}${c}${SEP}${l}`);
    }
  });
  return {
    concepts,
    langs,
    // Sorted by code point, so the run time finds a word's entries by binary search (detect.ts).
    entries: [...entries].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    window: input.rules.window,
    near: input.rules.near,
    kin: input.rules.kin ?? [],
    prefixes: input.rules.prefixes ?? {},
    alarm: input.rules.alarm.map((r) => compileRule(r, ids)),
    net: input.rules.net.map((r) => compileRule(r, ids)),
  };
}
