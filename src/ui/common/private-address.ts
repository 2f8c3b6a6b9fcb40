import { signal } from '@preact/signals';

/*
 * What a family typed, answered or chose never stands in the address. The browser keeps every address in its
 * history list, where someone who checks the phone finds it; Lotse cannot delete that list. So the app writes only
 * which screen it is (`/results`, `/help-now`) and keeps the rest of a screen's query for this tab: the history
 * entry holds an opaque id, the query itself lives in this tab's sessionStorage (gone when the tab closes) or, during
 * a home visit or where the browser refuses storage, in memory. Back, reload and offline draw the same screen;
 * the quick exit, the end of a home visit and „Alles löschen“ forget it (AppDeps.forget).
 */

/** The query parameters that hold the family's own words or answers, per screen that takes them. */
export const PRIVATE_PARAMS: Readonly<Record<string, readonly string[]>> = {
  '/results': ['q', 'region', 'place', 'stage', 'audience', 'topics', 'modes'],
  '/help-now': ['region'],
};

/** The field of a history entry's state that names its hidden query. */
const STATE_FIELD = 'lotseSearch' as const;
/** The prefix of the hidden queries' keys in sessionStorage (all removed by `forget`). */
export const SEARCH_KEY_PREFIX = 'lotse.search.';

/**
 * The hidden query of the current history entry: null until `keepAddressPrivate` runs (the prerender, component
 * tests), then the query string ('' when the entry has none).
 */
export const hiddenQuery = signal<string | null>(null);

/** An address split into what may be shown and what must not. */
export function splitAddress(url: string, base: string): { shown: string; hidden: string } {
  const target = new URL(url, base);
  const names = PRIVATE_PARAMS[target.pathname] ?? [];
  const shown = new URLSearchParams();
  const hidden = new URLSearchParams();
  for (const [name, value] of target.searchParams) {
    (names.includes(name) ? hidden : shown).append(name, value);
  }
  // Untouched when nothing is private: a handed-over list keeps its commas as written.
  if (!hidden.toString()) return { shown: `${target.pathname}${target.search}${target.hash}`, hidden: '' };
  const query = shown.toString();
  return {
    shown: `${target.pathname}${query ? `?${query}` : ''}${target.hash}`,
    hidden: hidden.toString(),
  };
}

/**
 * The query a screen reads: the public part of its URL (`lang`) and the entry's hidden part. Before
 * `keepAddressPrivate` runs (the prerender), the URL's own query.
 */
export function screenQuery(url: string, hidden: string | null = hiddenQuery.value): URLSearchParams {
  const at = url.indexOf('?');
  const query = new URLSearchParams(at < 0 ? '' : url.slice(at));
  if (hidden === null) return query;
  const path = at < 0 ? url : url.slice(0, at);
  const names = PRIVATE_PARAMS[path] ?? [];
  for (const name of names) query.delete(name);
  for (const [name, value] of new URLSearchParams(hidden)) query.append(name, value);
  return query;
}

/** A screen's query as a `?…` string ('' when empty). */
export function screenSearch(url: string, hidden?: string | null): string {
  const query = screenQuery(url, hidden).toString();
  return query ? `?${query}` : '';
}

export interface AddressDeps {
  history: History;
  location: Pick<Location, 'href'>;
  /** This tab's sessionStorage, or null where the browser refuses it. */
  storage: Storage | null;
  /** False while nothing may be written to the device (a home visit): the queries then stay in memory. */
  durable: () => boolean;
  onPopState: (handler: () => void) => void;
  newId?: () => string;
}

let counter = 0;
const defaultId = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

const idOf = (state: unknown): string | null => {
  const id = typeof state === 'object' && state && STATE_FIELD in state ? state[STATE_FIELD] : null;
  return typeof id === 'string' ? id : null;
};

/**
 * Makes every address the app writes (pushState, replaceState: the router's, the questionnaire's) leave out the
 * screen's private parameters, and moves those of the address the tab opened with (a shared link, a form sent
 * before the app took over) out of it. Returns `forget`, which drops every hidden query of this tab.
 */
export function keepAddressPrivate(deps: AddressDeps): () => void {
  const { history, storage } = deps;
  const newId = deps.newId ?? defaultId;
  const memory = new Map<string, string>();
  const safely = (act: () => void) => {
    try {
      act();
    } catch {
      // A full or locked storage: the memory copy serves this page; a reload then starts without the query.
    }
  };
  const read = (id: string | null): string => {
    if (id === null) return '';
    const remembered = memory.get(id);
    if (remembered !== undefined) return remembered;
    let stored: string | null = null;
    safely(() => {
      stored = storage?.getItem(SEARCH_KEY_PREFIX + id) ?? null;
    });
    return stored ?? '';
  };
  const write = (hidden: string): string => {
    const id = newId();
    memory.set(id, hidden);
    if (deps.durable()) safely(() => storage?.setItem(SEARCH_KEY_PREFIX + id, hidden));
    return id;
  };
  const wrap =
    (original: History['pushState']): History['pushState'] =>
    (state, title, url) => {
      if (url == null) {
        original(state, title, url);
        return;
      }
      const { shown, hidden } = splitAddress(String(url), deps.location.href);
      const next: Record<string, unknown> = typeof state === 'object' && state ? { ...state } : {};
      delete next[STATE_FIELD];
      if (hidden) next[STATE_FIELD] = write(hidden);
      hiddenQuery.value = hidden;
      original(next, title, shown);
    };
  history.pushState = wrap(history.pushState.bind(history));
  history.replaceState = wrap(history.replaceState.bind(history));
  deps.onPopState(() => {
    hiddenQuery.value = read(idOf(history.state));
  });
  const opened = splitAddress(deps.location.href, deps.location.href);
  if (opened.hidden) history.replaceState(history.state, '', deps.location.href);
  else hiddenQuery.value = read(idOf(history.state));
  return () => {
    memory.clear();
    safely(() => {
      if (!storage) return;
      const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i));
      for (const key of keys) if (key?.startsWith(SEARCH_KEY_PREFIX)) storage.removeItem(key);
    });
    hiddenQuery.value = '';
  };
}
