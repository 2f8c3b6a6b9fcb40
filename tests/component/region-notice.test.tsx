import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { LoadedCatalogue, RegionFailure } from '../../src/catalogue/index.ts';
import { DataStatus } from '../../src/ui/common/DataStatus.tsx';
import { loadedAll, makeCatalogue, makeOffer } from '../fixtures/builders.ts';
import { renderApp } from '../fixtures/render-app.tsx';

describe('a neighbour region whose pair fails to download', () => {
  it('is named in a German notice, and the family’s own region stays loaded', async () => {
    const catalogue = makeCatalogue([makeOffer({ id: 'own', areas: ['kaufbeuren'] })]);
    const whole = loadedAll(catalogue);
    // Kaufbeuren loads; Ostallgäu's files answer 404, as the real loader reports it.
    const load = async (ids: readonly string[]): Promise<LoadedCatalogue & { failed: RegionFailure[] }> => ({
      ...whole,
      regions: ids.filter((id) => id === 'kaufbeuren'),
      failed: ids
        .filter((id) => id === 'ostallgaeu')
        .map((region) => ({ region, kind: 'failed', message: 'index.abc.json: HTTP 404' })),
    });
    const { state } = await renderApp(<DataStatus />, { catalogue, load });
    await state.needRegions(['kaufbeuren']);
    expect(screen.queryByText(/konnten nicht geladen werden/)).toBeNull();
    await state.needRegions(['ostallgaeu']);
    await screen.findByText(
      'Die Angebote für Landkreis Ostallgäu konnten nicht geladen werden. Ohne Internet gibt es nur die Regionen, die auf diesem Gerät schon einmal geöffnet wurden. Sie sehen die Angebote, die schon geladen sind.',
    );
    const shown = state.catalogue.value;
    expect(shown.status === 'ready' && shown.regions).toEqual(['kaufbeuren']);
  });
});
