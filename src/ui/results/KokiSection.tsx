import type { Catalogue, Offer } from '../../catalogue/index.ts';
import { OfferCard } from '../common/OfferCard.tsx';
import { useT } from '../context.ts';

/** The family's own KoKi, above the matches: the one office that can help with everything here. */
export function KokiSection({ koki, catalogue }: { koki: Offer; catalogue: Catalogue }) {
  const t = useT();
  return (
    <section class="koki" aria-labelledby="koki-heading">
      <h2 id="koki-heading" class="koki__label">
        {t('results.yourKoki')}
      </h2>
      <OfferCard offer={koki} catalogue={catalogue} reasons={[t('results.kokiReason')]} compact />
    </section>
  );
}
