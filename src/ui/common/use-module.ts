import { useEffect, useState } from 'preact/hooks';

export type ModuleState<T> = { status: 'loading' } | { status: 'ready'; module: T } | { status: 'error' };

/** One load per loader and page: the pending promise, and the module once it has arrived. */
const loads = new Map<() => Promise<unknown>, { pending: Promise<unknown>; module?: unknown }>();

/**
 * Loads a code-split module inside a screen that is already drawn, so a screen's heading and form paint with the
 * first bundle while the heavier part follows. Each loader runs once per page; a failed load is reported (offline
 * without the precache) and tried again on the next mount.
 */
export function useModule<T>(load: () => Promise<T>): ModuleState<T> {
  const [state, setState] = useState<ModuleState<T>>(() => {
    const entry = loads.get(load);
    if (!entry || !('module' in entry)) return { status: 'loading' };
    // The cache is keyed by the loader itself, so an entry's module is what this `load` resolved to: a T.
    return { status: 'ready', module: entry.module as T };
  });
  useEffect(() => {
    let entry = loads.get(load);
    if (entry && 'module' in entry) return;
    if (!entry) {
      const created: { pending: Promise<unknown>; module?: unknown } = { pending: load() };
      created.pending.then(
        (module) => {
          created.module = module;
        },
        () => loads.delete(load),
      );
      entry = created;
      loads.set(load, entry);
    }
    let live = true;
    entry.pending.then(
      // As above: the pending promise is this loader's, shared through the untyped cache.
      (module) => live && setState({ status: 'ready', module: module as T }),
      () => live && setState({ status: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  return state;
}
