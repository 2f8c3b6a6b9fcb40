import { useSignal } from '@preact/signals';
import { useAppState, useT } from '../context.ts';
import { HISTORY_ID } from './history-link.ts';
import { browserDevice, deleteStored } from './stored-data.ts';

/**
 * One button that deletes everything Lotse stored on this device (see stored-data.ts), then says what it was, and
 * that the browser's history is not touched (with a link to how to clear it).
 */
export function DeleteAll() {
  const t = useT();
  const state = useAppState();
  const message = useSignal('');
  const done = useSignal(false);
  const run = async () => {
    const count = state.saved.value.ids.length;
    // The saved list first, through its store, which closes its open connection so the database can go.
    const listed = await state.deleteSaved();
    const rest = await deleteStored(browserDevice()).catch(() => null);
    state.clearMemory();
    if (!listed || !rest) {
      message.value = t('legal.deleteFailed');
      done.value = false;
      return;
    }
    const items = [
      ...(count > 0 ? [t('legal.deletedItem.list', { count })] : []),
      ...rest.filter((item) => item !== 'list').map((item) => t(`legal.deletedItem.${item}`)),
    ];
    message.value =
      items.length > 0 ? t('legal.deleted', { items: items.join(', ') }) : t('legal.nothingStored');
    done.value = true;
  };
  return (
    <div class="delete-all">
      <button type="button" class="danger" onClick={run}>
        {t('legal.deleteAll')}
      </button>
      <p role="status">
        {message.value}
        {done.value && (
          <>
            {' '}
            {t('legal.deletedHistory')} <a href={`#${HISTORY_ID}`}>{t('legal.history.heading')}</a>
          </>
        )}
      </p>
    </div>
  );
}
