import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppState } from '../../../src/ui/app-state.ts';
import { createSavedStore, savedOrder } from '../../../src/ui/list/saved-store.ts';
import { createMemoryStore } from '../../../src/ui/visit/memory-store.ts';
import { loadedAll, makeCatalogue } from '../../fixtures/builders.ts';

/** A store on an empty in-memory IndexedDB (idb opens through the global one, so that is the same factory). */
function freshStore() {
  const factory = new IDBFactory();
  vi.stubGlobal('indexedDB', factory);
  return createSavedStore(factory);
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the saved list keeps the order in which things were saved', () => {
  it('two saves in the same millisecond: the first saved stays first, whatever the ids spell', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-03-01T09:00:00.000Z') });
    const store = freshStore();
    await store.add('koki-ostallgaeu');
    await store.add('donum-vitae-kaufbeuren');
    await store.add('babylotse');
    expect(await store.list()).toEqual(['koki-ostallgaeu', 'donum-vitae-kaufbeuren', 'babylotse']);
  });

  it('a clock that goes back (set by hand, or by the network) does not reorder the list', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-03-01T09:00:00.000Z') });
    const store = freshStore();
    await store.add('b-first');
    vi.setSystemTime(new Date('2026-02-01T09:00:00.000Z'));
    await store.add('a-second');
    expect(await store.list()).toEqual(['b-first', 'a-second']);
  });

  it('saving again moves an offer to the end; removing keeps the others in their order', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-03-01T09:00:00.000Z') });
    const store = freshStore();
    for (const id of ['c', 'b', 'a']) await store.add(id);
    await store.add('c');
    expect(await store.list()).toEqual(['b', 'a', 'c']);
    await store.remove('a');
    await store.add('d');
    expect(await store.list()).toEqual(['b', 'c', 'd']);
  });

  it('saves started together (a handed-over list saved at once) land in the order they were asked for', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-03-01T09:00:00.000Z') });
    const store = freshStore();
    await Promise.all(['z', 'y', 'x'].map((id) => store.add(id)));
    expect(await store.list()).toEqual(['z', 'y', 'x']);
  });
});

describe('savedOrder', () => {
  it('puts rows saved before the sequence number existed first, by their time, then the numbered ones', () => {
    const rows = [
      { id: 'a-new', savedAt: '2026-01-01T00:00:00.000Z', seq: 2 },
      { id: 'b-old', savedAt: '2025-06-01T00:00:00.000Z' },
      { id: 'c-new', savedAt: '2025-01-01T00:00:00.000Z', seq: 1 },
      { id: 'd-old', savedAt: '2025-05-01T00:00:00.000Z' },
    ];
    expect(savedOrder(rows)).toEqual(['d-old', 'b-old', 'c-new', 'a-new']);
  });
});

describe('the list on screen after saving a handed-over list', () => {
  it('is the order the store reads back after a reload (an offer saved again moves to the end in both)', async () => {
    const device = createMemoryStore();
    for (const id of ['a', 'b', 'c']) await device.add(id);
    const state = createAppState({
      loadCatalogue: async () => loadedAll(makeCatalogue([])),
      savedStore: device,
    });
    await state.switchStore(device);
    await state.saveAll(['d', 'a']);
    expect(state.saved.value.ids).toEqual(await device.list());
    expect(state.saved.value.ids).toEqual(['b', 'c', 'd', 'a']);
  });
});
