import { useModule } from './use-module.ts';

type Props = { from: string };

const loadReadAloud = () => import('./ReadAloud.tsx');

/**
 * "Vorlesen" for screens in the first bundle (help-now): it loads after the screen, because the first bundle has no
 * room for it and calling for help needs no voice.
 */
export function LazyReadAloud({ from }: Props) {
  const chunk = useModule(loadReadAloud);
  return chunk.status === 'ready' ? <chunk.module.ReadAloud from={from} /> : null;
}
