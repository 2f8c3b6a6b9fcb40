import type { Offer } from '../../catalogue/index.ts';
import { CRISIS_LINES, EMERGENCY_LINES, type FixedLine, linePhone } from '../common/emergency.ts';
import { LazyReadAloud } from '../common/LazyReadAloud.tsx';
import { useRegions } from '../common/use-regions.ts';
import { useAppState, useT } from '../context.ts';
import { useLegalTexts } from '../lang/use-part-texts.ts';
import { HISTORY_HREF } from '../legal/history-link.ts';
import { useFamilyRegion } from './family-region.ts';
import { HelpLine } from './HelpLine.tsx';
import { helpLines } from './help-lines.ts';
import { OfferLine } from './OfferLine.tsx';
import { RegionChooser } from './RegionChooser.tsx';

/**
 * /help-now (the region it was opened with stays out of the address): 110 and 112 first, then the 24/7 lines of the family's region, then the wide-area lines, then
 * other regions' lines. The fixed lines come from the first bundle, so they show even when the catalogue never loads.
 * Last, one calm line on the browser's history (a private window), from the legal texts, under the numbers.
 */
export function HelpNowScreen() {
  const t = useT();
  const app = useAppState();
  const state = app.catalogue.value;
  const region = useFamilyRegion();
  const ready = state.status === 'ready';
  // The family's region only; without one, 110/112, the wide-area lines and the region chooser (nothing more is fetched).
  useRegions(region ? [region] : []);
  const offers = ready ? state.catalogue.offers : [];
  const regions = ready ? state.catalogue.regions : [];
  const lines = helpLines(offers, regions, region, app.today());
  const fixed = (line: FixedLine, emergency = false) => {
    const offer = offers.find((o) => o.id === line.id);
    return offer ? (
      <OfferLine key={line.id} offer={offer} regions={regions} emergency={emergency} />
    ) : (
      <HelpLine
        key={line.id}
        id={line.id}
        name={t(line.name)}
        phones={[linePhone(line)]}
        emergency={emergency}
        more={false}
      />
    );
  };
  const list = (items: Offer[]) => items.map((o) => <OfferLine key={o.id} offer={o} regions={regions} />);
  return (
    <div class="help-now">
      <h1>{t('helpNow.title')}</h1>
      <p class="lead">{t('helpNow.intro')}</p>
      <LazyReadAloud from=".help-now h1, .help-now .lead, .help-now > .help-now__list" />
      <ul class="help-now__list">{EMERGENCY_LINES.map((line) => fixed(line, true))}</ul>
      {region ? <RegionLine region={region} /> : <RegionChooser />}
      {state.status === 'loading' && <p class="status">{t('summary.loading')}</p>}
      {state.status === 'error' && (
        <p class="status status--error" role="alert">
          {t('summary.error')}
        </p>
      )}
      <ul class="help-now__list">
        {list(lines.local)}
        {CRISIS_LINES.map((line) => fixed(line))}
        {list(lines.wide)}
      </ul>
      {lines.other.length > 0 && (
        <details class="help-now__other">
          <summary>{region ? t('helpNow.otherRegions') : t('helpNow.byRegion')}</summary>
          <ul class="help-now__list">{list(lines.other)}</ul>
        </details>
      )}
      <PrivateWindowLine />
    </div>
  );
}

/** Whose numbers come first, and the way to another region. */
function RegionLine({ region }: { region: string }) {
  const t = useT();
  return (
    <p class="help-now__region">
      {t('helpNow.forRegion', { name: t(`regions.${region}`) })}{' '}
      <a href="/help-now">{t('helpNow.changeRegion')}</a>
    </p>
  );
}

/** The calm line on the browser's history, once the legal texts that hold it are here. */
function PrivateWindowLine() {
  const t = useT();
  const legal = useLegalTexts();
  if (!legal) return null;
  return (
    <p class="help-now__private">
      {t('legal.history.helpNow')} <a href={HISTORY_HREF}>{t('legal.history.helpNowLink')}</a>
    </p>
  );
}
