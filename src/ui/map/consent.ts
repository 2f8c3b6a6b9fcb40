/** The tile consent on this device: read freely, written only when the user answers, removed on withdrawal. */
import { CONSENT_KEY } from '../../map/index.ts';

export type TileChoice = 'yes' | 'no' | null;

// Private modes and locked-down browsers may throw on any access; the choice then lives for this visit only.
function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The remembered answer, or null when the user has not answered (or it cannot be read). */
export function readChoice(): TileChoice {
  try {
    const value = storage()?.getItem(CONSENT_KEY);
    return value === 'yes' || value === 'no' ? value : null;
  } catch {
    return null;
  }
}

/** Remembers the answer the user just gave. */
export function writeChoice(choice: 'yes' | 'no'): void {
  try {
    storage()?.setItem(CONSENT_KEY, choice);
  } catch {
    // Not remembered, still honoured for this visit.
  }
}

/** Forgets the answer, so that nothing about the map stays on the device. */
export function clearChoice(): void {
  try {
    storage()?.removeItem(CONSENT_KEY);
  } catch {
    // Nothing stored that could be removed.
  }
}
