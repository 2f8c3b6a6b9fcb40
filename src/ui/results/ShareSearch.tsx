import { GERMAN } from '../../i18n/index.ts';
import { ShareButton } from '../common/ShareButton.tsx';
import { useLanguage, useT } from '../context.ts';
import { type ResultsRequest, resultsUrl } from './results-url.ts';

type Props = { request: ResultsRequest };

/**
 * "Suche teilen": the one way a search leaves this tab, on purpose (a midwife sends a family the search she did with
 * them). The address never holds it (common/private-address.ts); this link does, with the page's language.
 */
export function ShareSearch({ request }: Props) {
  const t = useT();
  const code = useLanguage()?.current.value.code ?? GERMAN;
  const url = resultsUrl({ ...request, lang: code === GERMAN ? undefined : code });
  return (
    <div class="share-search no-print">
      <ShareButton
        share={{ url }}
        texts={{
          label: t('results.shareSearch'),
          shared: '',
          copied: t('results.shareSearchCopied'),
          failed: t('results.shareSearchFailed'),
        }}
      />
    </div>
  );
}
