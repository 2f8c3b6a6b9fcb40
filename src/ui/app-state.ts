import { signal } from '@preact/signals';
import type { Catalogue } from '../catalogue/index.ts';

export type CatalogueState =
  | { status: 'loading' }
  | { status: 'ready'; catalogue: Catalogue }
  | { status: 'error'; message: string };

export interface AppDeps {
  loadCatalogue: () => Promise<Catalogue>;
}

/** Everything the screens share, created once in main.tsx (or per test) and passed by context. */
export function createAppState(deps: AppDeps) {
  const catalogue = signal<CatalogueState>({ status: 'loading' });

  /** Loads the catalogue; a failure becomes a state the screens can explain, never an uncaught error. */
  async function start(): Promise<void> {
    try {
      catalogue.value = { status: 'ready', catalogue: await deps.loadCatalogue() };
    } catch (error) {
      catalogue.value = { status: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  }

  return { catalogue, start };
}

export type AppState = ReturnType<typeof createAppState>;
