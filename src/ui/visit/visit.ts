import type { AppState } from '../app-state.ts';
import type { LanguageControl } from '../lang/language.ts';
import { createMemoryStore } from './memory-store.ts';

/**
 * The header's "Hausbesuch": first says what a visit is (for professionals, nothing stored) and asks to begin it,
 * with its texts from the precache, so this works offline.
 */
export async function askVisit(state: AppState, language: LanguageControl | null): Promise<void> {
  await language?.loadPart('visit');
  state.visit.value = 'asking';
}

/**
 * Starts a home visit: its texts first (from the precache, so this works offline), then an empty list in memory
 * and empty answers that speak about the family. The device's own saved list stays where it is, untouched.
 */
export async function startVisit(state: AppState, language: LanguageControl | null): Promise<void> {
  await language?.loadPart('visit');
  state.clearMemory();
  state.answers.value = { professional: true };
  state.visit.value = 'on';
  await state.switchStore(createMemoryStore());
}

/**
 * Ends a visit: forgets its list and answers, shows the device's own list and language again and returns to the
 * start screen, replacing the current entry so that Back does not lead to the visit's last screen.
 */
export async function endVisit(
  state: AppState,
  language: LanguageControl | null,
  route: (url: string, replace?: boolean) => void,
): Promise<void> {
  // The visit's memory store is dropped with the switch below: its list is gone with it.
  state.clearMemory();
  state.visit.value = 'ended';
  route('/', true);
  await state.switchStore();
  const stored = language?.stored();
  if (language && stored && stored !== language.current.value.code) await language.apply(stored);
}
