import { useEffect, useState } from 'preact/hooks';
import { loadedModule, loadOnce } from './deferred.ts';

export type ModuleState<T> = { status: 'loading' } | { status: 'ready'; module: T } | { status: 'error' };

/**
 * Loads a code-split module inside a screen that is already drawn, so a screen's heading and form paint with the
 * first bundle while the heavier part follows. Each loader runs once per page (`loadOnce`); a failed load is
 * reported (offline without the precache) and tried again on the next mount.
 */
export function useModule<T>(load: () => Promise<T>): ModuleState<T> {
  const [state, setState] = useState<ModuleState<T>>(() => {
    const loaded = loadedModule(load);
    return loaded ? { status: 'ready', module: loaded.module } : { status: 'loading' };
  });
  useEffect(() => {
    if (loadedModule(load)) return;
    let live = true;
    loadOnce(load).then(
      (module) => live && setState({ status: 'ready', module }),
      () => live && setState({ status: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  return state;
}
