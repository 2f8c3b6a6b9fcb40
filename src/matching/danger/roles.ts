/**
 * Who does what to whom, as far as word order tells it. The word groups name people (the writer, "he", the partner),
 * not their case: "I want to hit him" and "he wants to hit me" hold the same concepts. In a clause the one who acts
 * is named first and the one acted on last (subject before object in every language Lotse reads, in SVO, V2 and
 * SOV alike), so the order of the people in the clause tells the roles apart.
 */
import { MAX_TEXT_CHARS } from '../light.ts';
import { words } from './fold.ts';
import type { Hit } from './hits.ts';

/** Where each word of the text stands: the number of its sentence and of its clause. */
export interface Layout {
  sentence: number[];
  clause: number[];
}

/** A sentence ends at . ! ? ; … and a line end (also Arabic ؟ ؛); a clause also at a comma (, ،). */
const SENTENCE_END = /[.!?;…\n\r؟؛]+/u;
const CLAUSE_END = /[.!?;…\n\r؟؛,،]+/u;

function numbered(text: string, end: RegExp): number[] {
  const out: number[] = [];
  text.split(end).forEach((part, i) => {
    for (const _ of words(part)) out.push(i);
  });
  return out;
}

/** The sentences and clauses of a text, word by word as `words` reads it. */
export function layoutOf(text: string): Layout {
  const t = text.slice(0, MAX_TEXT_CHARS);
  return { sentence: numbered(t, SENTENCE_END), clause: numbered(t, CLAUSE_END) };
}

/** The concept numbers roles are read from. */
export interface People {
  me: number;
  he: number;
  /** Adults other than the writer and "him": the partner, a neighbour, someone. */
  adults: number[];
}

/**
 * The writer acts on "him" (he is the baby): in the clause of `verb`, the writer is the first person named and "he"
 * the last, and no other adult is named. "ich will ihn schlagen", "boję się, że go uderzę, ja" — not "er schlägt
 * mich", "I'm scared he'll hit me", "my husband says he'll hit him".
 */
export function writerActsOnHim(verb: Hit, hits: Hit[], layout: Layout, p: People): boolean {
  const clause = layout.clause[verb.start];
  const people = hits
    .filter(
      (h) =>
        layout.clause[h.start] === clause &&
        (h.concept === p.me || h.concept === p.he || p.adults.includes(h.concept)),
    )
    .sort((a, b) => a.start - b.start || a.end - b.end);
  if (people.some((h) => p.adults.includes(h.concept))) return false;
  const first = people[0];
  const last = people[people.length - 1];
  if (first?.concept !== p.me || last?.concept !== p.he) return false;
  // Right around the verb only the case tells "mich schlägt er" (he hits me) from "I hit him"; the word groups do not
  // know case, so the reading that raises the alarm for the writer stands.
  return !(first.end === verb.start && last.start === verb.end);
}

/**
 * "my" is no person: a word of the writer right before a word of the `owned` concepts (the substances: "my pills",
 * "meine Tabletten", "мои таблетки") owns it, so "she took my antidepressants" names no one who swallowed but the
 * child.
 */
export function withoutPossessives(hits: Hit[], me: number, owned: number[]): Hit[] {
  const starts = new Set(hits.filter((h) => owned.includes(h.concept)).map((h) => h.start));
  return hits.filter((h) => h.concept !== me || h.end - h.start !== 1 || !starts.has(h.end));
}
