import type { TFunction } from 'i18next';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { RegionInfo } from '../../catalogue/index.ts';
import {
  type CoverageMatrix,
  type CsvWords,
  matrixCsv,
  type RecheckEntry,
  recheckCsv,
} from '../../network/index.ts';

type Props = {
  matrix: CoverageMatrix;
  recheck: { region: RegionInfo; entries: RecheckEntry[] } | null;
  t: TFunction;
};

/** The files' words from the screen's German texts, so table and file say the same. */
function csvWords(t: TFunction): CsvWords {
  const reason = (id: keyof CsvWords['reason']) => t(`network.reason.${id}`);
  return {
    topic: t('network.topic'),
    gap: t('network.gap'),
    id: t('network.csv.id'),
    offer: t('network.csv.offer'),
    reasons: t('network.csv.reasons'),
    sources: t('network.csv.sources'),
    reason: {
      stale: reason('stale'),
      undated: reason('undated'),
      'low-confidence': reason('low-confidence'),
      'no-contact': reason('no-contact'),
    },
  };
}

/** An object URL for a text made on this device (no request leaves it); revoked when the text changes or goes. */
function useCsvUrl(text: string | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (text === null) return;
    const made = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    setUrl(made);
    return () => {
      URL.revokeObjectURL(made);
      setUrl(null);
    };
  }, [text]);
  return url;
}

/** The matrix and the region's re-check list as CSV files a German-locale Excel opens in columns. */
export function CsvDownloads({ matrix, recheck, t }: Props) {
  const words = useMemo(() => csvWords(t), [t]);
  const matrixUrl = useCsvUrl(useMemo(() => matrixCsv(matrix, words), [matrix, words]));
  const entries = recheck?.entries;
  const recheckUrl = useCsvUrl(
    useMemo(() => (entries ? recheckCsv(entries, words) : null), [entries, words]),
  );
  return (
    <section aria-labelledby="network-downloads">
      <h2 id="network-downloads">{t('network.downloadsHeading')}</h2>
      <p>{t('network.downloadsIntro')}</p>
      <ul class="network__downloads">
        {matrixUrl && (
          <li>
            <a href={matrixUrl} download="lotse-abdeckung.csv">
              {t('network.downloadMatrix')}
            </a>
          </li>
        )}
        {recheck && recheckUrl && (
          <li>
            <a href={recheckUrl} download={`lotse-nachpruefen-${recheck.region.id}.csv`}>
              {t('network.downloadRecheck', { region: recheck.region.name })}
            </a>
          </li>
        )}
      </ul>
    </section>
  );
}
