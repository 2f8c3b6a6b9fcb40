/** Danger in a search: what the word groups understood, the words typo correction must leave alone, the signal. */
import type { SafetyRule } from '../safety-types.ts';
import { type DangerMatcher, dangerHits, detectDanger } from './detect.ts';
import { words } from './fold.ts';
import type { DangerSignal } from './types.ts';

/** What query analysis needs from the danger understanding of one text. */
export interface DangerReading {
  /** A typed word that is a danger word in some language: never "corrected" into a harmless one. */
  guards(raw: string): boolean;
  /** The alarm kinds' safety rules and the signal, with the phrases and patterns of safety.json found as well. */
  decide(listed: SafetyRule[], rules: SafetyRule[]): { safety: SafetyRule[]; signal: DangerSignal | null };
}

/** Reads a text's danger once; without word groups (small test indexes) only the listed phrases count, as a net. */
export function readDanger(text: string, matcher: DangerMatcher | null): DangerReading {
  const signal = matcher ? detectDanger(text, matcher) : null;
  const dangerous = matcher ? dangerWordSet(text, matcher) : new Set<string>();
  return {
    guards: (raw) => words(raw).some((w) => dangerous.has(w)),
    decide: (listed, rules) => ({
      safety: alarmRules(signal, rules),
      signal: signal ?? listedSignal(listed),
    }),
  };
}

/** The words of the text that are danger words of some language (after idioms). */
function dangerWordSet(text: string, matcher: DangerMatcher): Set<string> {
  const found = dangerHits(text, matcher);
  const carrying = new Set(CARRYING.map((c) => matcher.table.concepts.indexOf(c)));
  const out = new Set<string>();
  for (const h of found.hits) {
    if (!carrying.has(h.concept)) continue;
    for (let i = h.start; i < h.end; i += 1) out.add(found.words[i] ?? '');
  }
  return out;
}

/** The concepts whose words carry danger themselves (persons, pronouns, spoilers and idioms do not). */
const CARRYING = [
  'hit',
  'threat',
  'kill',
  'violence',
  'fear',
  'die',
  'suicide',
  'selfharm',
  'harm',
  'shake',
  'notbreathing',
  'unconscious',
  'blue',
  'seizure',
  'bleeding',
  'swallow',
  'toxic',
  'poison',
  'police',
  'ambulance',
  'emergency',
  'abuse',
  'neglect',
];

/** The safety rules of the alarm kinds understood, in the order understood. */
function alarmRules(signal: DangerSignal | null, rules: SafetyRule[]): SafetyRule[] {
  if (signal?.level !== 'alarm') return [];
  return signal.kinds.flatMap((k) => rules.filter((r) => r.id === k));
}

/**
 * A phrase or pattern of data/safety.json that the word groups did not understand ("ich kann nicht mehr") is a weak
 * signal: the compact row of its kind's 24/7 numbers, never the alarm.
 */
function listedSignal(listed: SafetyRule[]): DangerSignal | null {
  const first = listed[0];
  return first ? { kind: first.id, level: 'net', lang: null, kinds: [] } : null;
}
