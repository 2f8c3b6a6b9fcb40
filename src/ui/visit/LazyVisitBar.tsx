import { useModule } from '../common/use-module.ts';
import { useLocale } from '../lang/use-locale.ts';
import { loadVisit } from './load-visit.ts';

/** The visit's banner (or the note that it ended) from the visit's chunk; rendered only once a visit started. */
export function LazyVisitBar() {
  const parts = useModule(loadVisit);
  const locale = useLocale();
  return parts.status === 'ready' ? <parts.module.VisitBar locale={locale} /> : null;
}
