import { effect, type Signal, signal } from '@preact/signals';
import {
  type CatalogueCache,
  type CatalogueUpdate,
  type LoadedCatalogue,
  loadCachedCatalogueLazily,
  type Origin,
  type RegionFailure,
} from '../catalogue/index.ts';
import type { Answers } from '../matching/index.ts';
import type { SavedStore } from './list/saved-store.ts';
import { createRegionLoading, type LoadRegions } from './regions.ts';

/** Ready: the wide-area pair merged with the regions loaded so far (see regions.ts). */
export type CatalogueState =
  | ({ status: 'ready'; origin: Origin; stale: boolean } & LoadedCatalogue)
  | { status: 'loading' }
  | { status: 'error'; message: string };

export type SavedState = { status: 'loading' | 'ready' | 'error'; ids: string[] };

/**
 * Home visit ("Hausbesuch", src/ui/visit): while `on`, nothing is written to the device. It lives in this page's
 * memory only, so a reload or closing the tab ends it too; `asking` while the header's button has asked whether to
 * begin one (a parent may take "Hausbesuch" for a request for a home visit); `ended` until the start screen has said so.
 */
export type VisitPhase = 'off' | 'asking' | 'on' | 'ended';

/** Questionnaire answers (option ids per question, as the core reads them): kept in memory only, never stored. */
export type { Answers };

export interface AppDeps {
  /** Loads the manifest, the wide-area pair and the pairs of these regions, merged. */
  loadCatalogue: LoadRegions;
  /** The catalogue this build shipped with (manifest, wide-area pair: precached), when the newest cannot be loaded. */
  loadBuiltCatalogue?: LoadRegions;
  savedStore: SavedStore;
  /** Where the last good catalogue is kept between visits; without it every start fetches. */
  catalogueCache?: CatalogueCache;
  /** Today as YYYY-MM-DD, for "within three years" wording; tests pass a fixed day. */
  today?: () => string;
  /** Forgets what this tab keeps beside the answers (the searches behind its history entries: private-address.ts). */
  forget?: () => void;
}

/** The catalogue cache, writing (and resetting) only while no visit is on: a visit writes nothing. */
function visitAware(cache: CatalogueCache, visit: Signal<VisitPhase>): CatalogueCache {
  const idle = () => Promise.resolve();
  return {
    read: () => cache.read(),
    write: (snapshot) => (visit.value === 'on' ? idle() : cache.write(snapshot)),
    reset: () => (visit.value === 'on' ? idle() : cache.reset()),
    prune: (keep) => (visit.value === 'on' ? idle() : (cache.prune?.(keep) ?? idle())),
  };
}

/** A region's pair from the newest catalogue, else from the one this build shipped with (a bad manifest online). */
function loadEither(deps: AppDeps): LoadRegions {
  return async (ids) => {
    try {
      return await deps.loadCatalogue(ids);
    } catch (error) {
      if (!deps.loadBuiltCatalogue) throw error;
      return deps.loadBuiltCatalogue(ids);
    }
  };
}

/** Loads the catalogue into `catalogue`; a failure becomes a state the screens can explain, never an uncaught error. */
async function loadCatalogueState(
  deps: AppDeps,
  cache: CatalogueCache | undefined,
  regions: ReturnType<typeof createRegionLoading>,
  show: (update: CatalogueUpdate | CatalogueState) => void,
): Promise<void> {
  const load = () => deps.loadCatalogue(regions.asked());
  try {
    if (cache) {
      const built = deps.loadBuiltCatalogue;
      const report = (u: CatalogueUpdate) => {
        if (u.origin === 'cache') regions.keep(u.regions);
        regions.noteFailed(u.failed);
        show(u);
      };
      await loadCachedCatalogueLazily(
        load,
        cache,
        report,
        built ? { fallback: () => built(regions.asked()) } : {},
      );
    } else {
      const loaded = await load();
      regions.noteFailed(loaded.failed);
      show({ ...loaded, origin: 'network', stale: false });
    }
  } catch (error) {
    return show({ status: 'error', message: error instanceof Error ? error.message : String(error) });
  }
  await regions.settle();
}

/** The saved list's actions on the store in use; a failing store leaves an error state, the list and the app. */
function savedListActions(store: () => SavedStore, saved: Signal<SavedState>) {
  /** Reads the saved list; a broken database leaves an error state and the rest of the app working. */
  async function loadSaved(): Promise<void> {
    try {
      saved.value = { status: 'ready', ids: await store().list() };
    } catch {
      saved.value = { status: 'error', ids: saved.value.ids };
    }
  }

  /** Runs a change against the store, keeping the in-memory list when the store fails. */
  async function change(run: () => Promise<void>, next: string[]): Promise<boolean> {
    try {
      await run();
      saved.value = { status: 'ready', ids: next };
      return true;
    } catch {
      saved.value = { status: 'error', ids: saved.value.ids };
      return false;
    }
  }

  const ids = () => saved.value.ids;
  return {
    loadSaved,
    save: (id: string) => change(() => store().add(id), [...ids().filter((i) => i !== id), id]),
    saveAll: (list: string[]) =>
      change(async () => {
        for (const id of list) await store().add(id);
      }, [...ids().filter((i) => !list.includes(i)), ...new Set(list)]),
    unsave: (id: string) =>
      change(
        () => store().remove(id),
        ids().filter((i) => i !== id),
      ),
    /** Deletes the saved list (its store closes its connection first); legal/DeleteAll deletes the rest. */
    deleteSaved: () => change(() => store().clear(), []),
  };
}

/** Everything the screens share, created once in boot.tsx (or per test) and passed by context. */
export function createAppState(deps: AppDeps) {
  const catalogue = signal<CatalogueState>({ status: 'loading' });
  const saved = signal<SavedState>({ status: 'loading', ids: [] });
  const answers = signal<Answers>({});
  /** Set when a new version of the app is waiting; calling it applies the update (on the user's tap only). */
  const update = signal<(() => void) | null>(null);
  const visit = signal<VisitPhase>('off');
  /** Regions asked for whose pairs could not be loaded: the screens say so, the loaded regions keep working. */
  const regionProblems = signal<RegionFailure[]>([]);
  const cache = deps.catalogueCache && visitAware(deps.catalogueCache, visit);
  const show = (u: CatalogueUpdate | CatalogueState) => {
    catalogue.value = 'status' in u ? u : { status: 'ready', ...u };
  };
  const regions = createRegionLoading({
    load: loadEither(deps),
    current: () => (catalogue.value.status === 'ready' ? catalogue.value : null),
    show,
    problems: regionProblems,
    cache,
  });
  // The questionnaire's place answer names the family's region: its pair is fetched while the family answers on.
  effect(() => {
    const place = answers.value.place;
    if (place && place !== 'prefer-not' && place.region) void regions.need([place.region]);
  });
  let store = deps.savedStore;
  const list = savedListActions(() => store, saved);
  return {
    today: deps.today ?? (() => new Date().toISOString().slice(0, 10)),
    catalogue,
    saved,
    answers,
    update,
    visit,
    regionProblems,
    /** Fetches and merges the pairs of these regions (own, neighbour, an offer's) unless loaded; see regions.ts. */
    needRegions: regions.need,
    /** Puts the saved list on another store (a visit's memory) or back on the device's, and reads it. */
    switchStore: (next: SavedStore = deps.savedStore): Promise<void> => {
      store = next;
      return list.loadSaved();
    },
    /** Loads the saved list and the catalogue. */
    start: async (): Promise<void> => {
      void list.loadSaved();
      await loadCatalogueState(deps, cache, regions, show);
    },
    ...list,
    /** Forgets the answers in memory and the searches behind this tab's history (quick exit, "start over"). */
    clearMemory: () => {
      answers.value = {};
      deps.forget?.();
    },
  };
}

export type AppState = ReturnType<typeof createAppState>;
