import { useSignal } from '@preact/signals';
import { useAppState, useT } from '../context.ts';

/** One button that deletes everything Lotse stored on this device. */
export function DeleteAll() {
  const t = useT();
  const state = useAppState();
  const message = useSignal('');
  const run = async () => {
    const ok = await state.deleteAll();
    state.clearMemory();
    message.value = ok ? t('legal.deleted') : t('legal.deleteFailed');
  };
  return (
    <div class="delete-all">
      <button type="button" class="danger" onClick={run}>
        {t('legal.deleteAll')}
      </button>
      <p role="status">{message.value}</p>
    </div>
  );
}
