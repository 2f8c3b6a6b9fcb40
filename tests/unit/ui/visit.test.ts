import { describe, expect, it } from 'vitest';
import type { CatalogueCache, Snapshot } from '../../../src/catalogue/index.ts';
import { createI18n, LANG_KEY } from '../../../src/i18n/index.ts';
import { createAppState } from '../../../src/ui/app-state.ts';
import { createLanguage } from '../../../src/ui/lang/language.ts';
import { createMemoryStore } from '../../../src/ui/visit/memory-store.ts';
import { endVisit, startVisit } from '../../../src/ui/visit/visit.ts';
import { loadedAll, makeCatalogue } from '../../fixtures/builders.ts';
import { memoryStore } from '../../fixtures/render-app.tsx';

/** A catalogue cache that records every write and reset. */
function recordingCache(): CatalogueCache & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    read: async () => undefined,
    write: async (snapshot: Snapshot) => void calls.push(`write ${snapshot.hash}`),
    reset: async () => void calls.push('reset'),
  };
}

function appWith(device = memoryStore(['koki']), cache = recordingCache()) {
  const catalogue = makeCatalogue([]);
  return createAppState({
    loadCatalogue: async () => loadedAll(catalogue),
    savedStore: device,
    catalogueCache: cache,
  });
}

describe('the memory store of a visit', () => {
  it('keeps the order of saving, moves a saved id to the end, removes and clears', async () => {
    const store = createMemoryStore();
    await store.add('a');
    await store.add('b');
    await store.add('a');
    expect(await store.list()).toEqual(['b', 'a']);
    await store.remove('b');
    expect(await store.list()).toEqual(['a']);
    await store.clear();
    expect(await store.list()).toEqual([]);
  });
});

describe('a home visit', () => {
  it('saves to memory while the device’s list stays untouched, and ending shows the device’s list again', async () => {
    const device = memoryStore(['koki']);
    const state = appWith(device);
    await state.start();
    state.answers.value = { stage: 'baby' };
    await startVisit(state, null);
    expect(state.visit.value).toBe('on');
    expect(state.answers.value).toEqual({ professional: true });
    expect(state.saved.value.ids).toEqual([]);
    await state.save('a');
    await state.save('b');
    await state.unsave('a');
    expect(state.saved.value.ids).toEqual(['b']);
    expect(device.ids).toEqual(['koki']);
    const routes: [string, boolean | undefined][] = [];
    await endVisit(state, null, (url, replace) => routes.push([url, replace]));
    expect(routes).toEqual([['/', true]]);
    expect(state.visit.value).toBe('ended');
    expect(state.answers.value).toEqual({});
    expect(state.saved.value.ids).toEqual(['koki']);
    expect(device.ids).toEqual(['koki']);
  });

  it('writes no catalogue copy while on; without a visit the copy is stored', async () => {
    const cache = recordingCache();
    const state = appWith(memoryStore(), cache);
    await startVisit(state, null);
    await state.start();
    expect(state.catalogue.value.status).toBe('ready');
    expect(cache.calls).toEqual([]);
    const calm = recordingCache();
    await appWith(memoryStore(), calm).start();
    expect(calm.calls).toHaveLength(1);
  });

  it('switches the language without keeping the choice, and shows the device’s own again at the end', async () => {
    const storage = new Map<string, string>([[LANG_KEY, 'tr']]);
    const writes: string[] = [];
    const state = appWith();
    const language = createLanguage({
      i18n: createI18n(),
      storage: {
        length: 1,
        key: () => LANG_KEY,
        clear: () => writes.push('clear'),
        removeItem: (k) => writes.push(`-${k}`),
        getItem: (k) => storage.get(k) ?? null,
        setItem: (k, v) => void writes.push(`${k}=${v}`),
      },
      root: null,
      load: async () => 'ok',
      remember: () => state.visit.value !== 'on',
    });
    await startVisit(state, language);
    await language.choose('en');
    expect(language.current.value.code).toBe('en');
    expect(writes).toEqual([]);
    await endVisit(state, language, () => undefined);
    expect(language.current.value.code).toBe('tr');
    await language.choose('pl');
    expect(writes).toEqual([`${LANG_KEY}=pl`]);
  });
});
