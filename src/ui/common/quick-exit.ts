/** Where the quick exit goes: an everyday page that raises no question when someone looks at the screen. */
export const NEUTRAL_URL = 'https://www.google.de/search?q=wetter+morgen';

export interface ExitDeps {
  clear: () => void;
  /** How many history entries this visit has pushed (in-app navigations). */
  pushed: () => number;
  history: Pick<History, 'go'>;
  location: Pick<Location, 'replace'>;
  onPopState: (handler: () => void) => void;
}

/**
 * Leaves at once: clears what is in memory, steps back over the entries this visit pushed, then replaces the
 * first one with a neutral page, so that Back leads to where the person was before Lotse.
 */
export function quickExit(deps: ExitDeps): void {
  deps.clear();
  const steps = deps.pushed();
  if (steps > 0) {
    deps.onPopState(() => deps.location.replace(NEUTRAL_URL));
    deps.history.go(-steps);
  } else {
    deps.location.replace(NEUTRAL_URL);
  }
}

/** Counts presses of Shift; three within 1.5 s trigger the exit (a shortcut that needs no hunting for a button). */
export function tripleShift(
  onTrigger: () => void,
  now: () => number = Date.now,
): (event: KeyboardEvent) => void {
  let presses: number[] = [];
  return (event) => {
    if (event.key !== 'Shift' || event.repeat) return;
    const t = now();
    presses = [...presses.filter((p) => t - p < 1500), t];
    if (presses.length >= 3) {
      presses = [];
      onTrigger();
    }
  };
}
