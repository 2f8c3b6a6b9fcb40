import { SearchForm } from './common/SearchForm.tsx';
import { useT } from './context.ts';

/** Any unknown path: say so plainly and offer the search instead of a dead end. */
export function NotFoundScreen() {
  const t = useT();
  return (
    <div>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <SearchForm />
      <p>
        <a href="/">{t('notFound.home')}</a>
      </p>
    </div>
  );
}
