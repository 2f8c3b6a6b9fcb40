import { useModule } from '../common/use-module.ts';

const load = () => import('./parts.ts');

type Props = { part: 'suggestion' | 'notes' };

/** A language part from its own chunk, drawn when it arrives; the caller renders this only when it has a say. */
export function LazyLanguagePart({ part }: Props) {
  const parts = useModule(load);
  if (parts.status !== 'ready') return null;
  const Part = part === 'suggestion' ? parts.module.LanguageSuggestion : parts.module.LanguageNotes;
  return <Part />;
}
