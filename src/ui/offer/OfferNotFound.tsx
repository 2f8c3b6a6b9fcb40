import { SearchForm } from '../common/SearchForm.tsx';
import { useT } from '../context.ts';

/** /offer/<id> for an id the catalogue does not hold: says so and offers the search instead of a dead end. */
export function OfferNotFound() {
  const t = useT();
  return (
    <div>
      <h1>{t('offer.notFoundTitle')}</h1>
      <p>{t('offer.notFoundText')}</p>
      <SearchForm />
    </div>
  );
}
