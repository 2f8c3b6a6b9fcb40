import type { SavedStore } from '../list/saved-store.ts';

/** A saved list in this page's memory only: the list of a home visit, gone with the visit, the reload or the tab. */
export function createMemoryStore(): SavedStore {
  let ids: string[] = [];
  return {
    list: async () => [...ids],
    add: async (id) => {
      ids = [...ids.filter((i) => i !== id), id];
    },
    remove: async (id) => {
      ids = ids.filter((i) => i !== id);
    },
    clear: async () => {
      ids = [];
    },
  };
}
