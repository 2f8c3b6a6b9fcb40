import { useMemo } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { bundledEvents, type Catalogue } from '../../catalogue/index.ts';
import { coordinationsOf, coverageMatrix, eventsOf, recheckList } from '../../network/index.ts';
import { useRegions } from '../common/use-regions.ts';
import { useAppState, useT } from '../context.ts';
import { CoordinationSection } from './CoordinationSection.tsx';
import { CoverageTable } from './CoverageTable.tsx';
import { CsvDownloads } from './CsvDownloads.tsx';
import { EventsSection } from './EventsSection.tsx';
import { RecheckSection } from './RecheckSection.tsx';
import { RegionNav } from './RegionNav.tsx';
import { type NetworkTexts, useNetworkTexts } from './use-network-texts.ts';
import './network.css';

/** Everything the screen shows, computed by the pure network module from the catalogue the app holds. */
function useOverview(catalogue: Catalogue | null, regionId: string | undefined, today: string) {
  return useMemo(() => {
    if (!catalogue) return null;
    const { offers, regions, taxonomy, organizations } = catalogue;
    const region = regions.find((r) => r.kind === 'local' && r.id === regionId);
    return {
      matrix: coverageMatrix(offers, taxonomy, regions, today),
      region: region
        ? {
            info: region,
            coordinations: coordinationsOf(offers, organizations, region),
            recheck: recheckList(offers, region, regions, today),
            events: eventsOf(bundledEvents(), region.id, today),
          }
        : null,
    };
  }, [catalogue, regionId, today]);
}

/**
 * /network?region=: for KoKi / Frühe-Hilfen coordinators, in German only. Region chooser first, then the region's
 * coordination, the coverage matrix of all regions, the entries to re-check, the network events and the CSV files.
 */
export function NetworkScreen() {
  const texts = useNetworkTexts();
  const title = useT()('footer.network');
  const app = useAppState();
  const state = app.catalogue.value;
  const regionId = useLocation().query.region;
  // Coordinators compare all regions (coverage matrix, re-check list): every pair of this deployment.
  const waiting = useRegions(state.status === 'ready' ? Object.keys(state.manifest.regions) : []);
  const overview = useOverview(state.status === 'ready' ? state.catalogue : null, regionId, app.today());
  // Nothing until the texts are there (a moment, from the precache), as on the legal screens: a heading that
  // changes its words after a moment reads as two screens; only a failed load keeps the footer link's words.
  if (texts.status !== 'ready') {
    return texts.status === 'loading' ? null : <Heading texts={texts} fallback={title} />;
  }
  const { t } = texts;
  return (
    <div class="network">
      <Heading texts={texts} fallback={title} />
      <p class="lead">{t('network.intro')}</p>
      {(state.status === 'loading' || waiting) && <p class="status">{t('network.loading')}</p>}
      {state.status === 'error' && (
        <p class="status status--error" role="alert">
          {t('network.error')}
        </p>
      )}
      {overview && !waiting && (
        <>
          <RegionNav regions={overview.matrix.rows} current={regionId} t={t} />
          {overview.region && <CoordinationSection items={overview.region.coordinations} t={t} />}
          <CoverageTable matrix={overview.matrix} current={regionId} t={t} />
          {overview.region && <RecheckSection entries={overview.region.recheck} t={t} />}
          {overview.region && <EventsSection events={overview.region.events} t={t} />}
          <CsvDownloads
            matrix={overview.matrix}
            recheck={
              overview.region ? { region: overview.region.info, entries: overview.region.recheck } : null
            }
            t={t}
          />
        </>
      )}
    </div>
  );
}

/** The one h1: the screen's own title once its texts are there, the footer link's words when they failed to load. */
function Heading({ texts, fallback }: { texts: NetworkTexts; fallback: string }) {
  return <h1>{texts.status === 'ready' ? texts.t('network.title') : fallback}</h1>;
}
