import type { TFunction } from 'i18next';
import type { RecheckEntry, RecheckSource } from '../../network/index.ts';

type Props = { entries: RecheckEntry[]; t: TFunction };

/** A web source as a link; a seed brochure, which is not online, by its file name. */
function SourceItem({ source, t }: { source: RecheckSource; t: TFunction }) {
  const label = source.title ?? source.url ?? '';
  if (source.url) return <a href={source.url}>{label}</a>;
  return <span>{t('network.document', { name: source.document ?? '' })}</span>;
}

/** The region's entries to re-check, each with its reasons in words and its source links. */
export function RecheckSection({ entries, t }: Props) {
  return (
    <section aria-labelledby="network-recheck">
      <h2 id="network-recheck">{t('network.recheckHeading', { count: entries.length })}</h2>
      <p>{t('network.recheckIntro')}</p>
      {entries.length === 0 && <p>{t('network.recheckNone')}</p>}
      <ul class="network__recheck">
        {entries.map((e) => (
          <li key={e.id}>
            <a href={`/offer/${e.id}`}>{e.name}</a>
            <p>
              {t('network.reasonsLabel')} {e.reasons.map((r) => t(`network.reason.${r}`)).join(', ')}
            </p>
            <p>
              {t('network.sourcesLabel')}{' '}
              {e.sources.map((s, i) => (
                <span key={`${s.url ?? s.document}-${i}`}>
                  {i > 0 && ' · '}
                  <SourceItem source={s} t={t} />
                </span>
              ))}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
