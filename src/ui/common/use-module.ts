import { useEffect, useState } from 'preact/hooks';

export type ModuleState<T> = { status: 'loading' } | { status: 'ready'; module: T } | { status: 'error' };

const loaded = new Map<() => Promise<unknown>, Promise<unknown>>();
const resolved = new Map<() => Promise<unknown>, unknown>();

/**
 * Loads a code-split module inside a screen that is already drawn, so a screen's heading and form paint with the
 * first bundle while the heavier part follows. Each loader runs once per page; a failed load is reported (offline
 * without the precache) and tried again on the next mount.
 */
export function useModule<T>(load: () => Promise<T>): ModuleState<T> {
  const [state, setState] = useState<ModuleState<T>>(() =>
    resolved.has(load) ? { status: 'ready', module: resolved.get(load) as T } : { status: 'loading' },
  );
  useEffect(() => {
    if (resolved.has(load)) return;
    let live = true;
    let pending = loaded.get(load) as Promise<T> | undefined;
    if (!pending) {
      pending = load().then((module) => {
        resolved.set(load, module);
        return module;
      });
      loaded.set(load, pending);
    }
    pending.then(
      (module) => live && setState({ status: 'ready', module }),
      () => {
        loaded.delete(load);
        if (live) setState({ status: 'error' });
      },
    );
    return () => {
      live = false;
    };
  }, [load]);
  return state;
}
