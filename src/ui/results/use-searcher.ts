import { useEffect, useState } from 'preact/hooks';
import { type Catalogue, nextTask } from '../../catalogue/index.ts';
import { createSearcher, type PackedIndex, type Searcher, unpackIndex } from '../../matching/index.ts';

/** A searcher together with the catalogue it was built from: results must be drawn from the same data. */
export interface Built {
  catalogue: Catalogue;
  searcher: Searcher;
  /** The regions merged into that catalogue: a region loaded since is not searched yet. */
  regions: readonly string[];
}

/** One searcher per catalogue for the page's lifetime: coming back to the results does not rebuild it. */
const searchers = new WeakMap<Catalogue, Built>();

/**
 * The searcher for this catalogue, built now unless it was (unpacking the index is tens of milliseconds on a phone).
 * A prerendered results page is drawn (src/prerender.tsx) and taken over (src/boot.tsx) with it built beforehand,
 * so that the first render already shows the matches the served page holds.
 */
export function prepareSearcher(catalogue: Catalogue, index: PackedIndex, regions: readonly string[]): Built {
  const known = searchers.get(catalogue);
  if (known) return known;
  const made = {
    catalogue,
    searcher: createSearcher(catalogue.offers, unpackIndex(index), catalogue.organizations),
    regions,
  };
  searchers.set(catalogue, made);
  return made;
}

/**
 * The searcher for this catalogue, built once per catalogue for the page's lifetime. Building (unpacking the
 * index, tens of milliseconds on a phone) runs in a task of its own and the results render in the next, so
 * neither joins the task that brought the catalogue. While a newer catalogue's searcher is being built, the
 * last one stays in use with its own catalogue, so the results do not blink; null only before the first.
 */
export function useSearcher(
  catalogue: Catalogue,
  index: PackedIndex,
  regions: readonly string[],
): Built | null {
  const [built, setBuilt] = useState<Built | null>(() => searchers.get(catalogue) ?? null);
  useEffect(() => {
    let live = true;
    const known = searchers.get(catalogue);
    if (known) {
      setBuilt(known);
      return;
    }
    void (async () => {
      await nextTask();
      if (!live) return;
      const made = prepareSearcher(catalogue, index, regions);
      await nextTask();
      if (live) setBuilt(made);
      // The danger lookups (tens of milliseconds on a phone) in a task of their own, before a family types.
      await nextTask();
      made.searcher.prepare();
    })();
    return () => {
      live = false;
    };
  }, [catalogue, index, regions]);
  return built;
}
