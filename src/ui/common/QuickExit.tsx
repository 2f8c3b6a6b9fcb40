import { useEffect } from 'preact/hooks';
import { useT } from '../context.ts';
import { tripleShift } from './quick-exit.ts';

type Props = { onExit: () => void };

/** "Seite schnell verlassen": a visible button on every screen plus three presses of Shift. */
export function QuickExit({ onExit }: Props) {
  const t = useT();
  useEffect(() => {
    const onKey = tripleShift(onExit);
    window.addEventListener('keyup', onKey);
    return () => window.removeEventListener('keyup', onKey);
  }, [onExit]);
  return (
    <button type="button" class="quick-exit" onClick={onExit} title={t('exit.hint')}>
      {t('exit.label')}
    </button>
  );
}
