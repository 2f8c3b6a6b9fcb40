import { useEffect, useState } from 'preact/hooks';
import type { Catalogue } from '../../catalogue/index.ts';
import { createSearcher, type PackedIndex, type Searcher, unpackIndex } from '../../matching/index.ts';

/** One searcher per catalogue for the page's lifetime: coming back to the results does not rebuild it. */
const searchers = new WeakMap<Catalogue, Searcher>();

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A searcher together with the catalogue it was built from: results must be drawn from the same data. */
export interface Built {
  catalogue: Catalogue;
  searcher: Searcher;
}

/**
 * The searcher for this catalogue, built once per catalogue for the page's lifetime. Building (unpacking the
 * index, tens of milliseconds on a phone) runs in a task of its own and the results render in the next, so
 * neither joins the task that brought the catalogue. While a newer catalogue's searcher is being built, the
 * last one stays in use with its own catalogue, so the results do not blink; null only before the first.
 */
export function useSearcher(catalogue: Catalogue, index: PackedIndex): Built | null {
  const [built, setBuilt] = useState<Built | null>(() => {
    const known = searchers.get(catalogue);
    return known ? { catalogue, searcher: known } : null;
  });
  useEffect(() => {
    let live = true;
    const known = searchers.get(catalogue);
    if (known) {
      setBuilt({ catalogue, searcher: known });
      return;
    }
    void (async () => {
      await nextTask();
      if (!live) return;
      const searcher = createSearcher(catalogue.offers, unpackIndex(index), catalogue.organizations);
      searchers.set(catalogue, searcher);
      await nextTask();
      if (live) setBuilt({ catalogue, searcher });
    })();
    return () => {
      live = false;
    };
  }, [catalogue, index]);
  return built;
}
