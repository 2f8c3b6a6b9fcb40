import type { TFunction } from 'i18next';
import { useEffect } from 'preact/hooks';
import { titleFor } from '../common/page-title.ts';
import { HISTORY_ID } from './history-link.ts';

/**
 * What the browser keeps that Lotse cannot delete: the list of pages opened (their titles, never what was typed),
 * and how to avoid it (a private window) or clear it, on Android (Chrome) and iPhone (Safari).
 */
export function BrowserHistory({ t }: { t: TFunction }) {
  // Opened from help-now's link: the layout scrolls a new screen to its top, so this section is scrolled to after it.
  useEffect(() => {
    if (location.hash !== `#${HISTORY_ID}`) return;
    const frame = requestAnimationFrame(() => document.getElementById(HISTORY_ID)?.scrollIntoView?.());
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <>
      <h2 id={HISTORY_ID}>{t('legal.history.heading')}</h2>
      <p>{t('legal.history.text', { example: titleFor(t('helpNow.title')) })}</p>
      <p>{t('legal.history.exit', { exit: t('exit.label') })}</p>
      <p>{t('legal.history.private')}</p>
      <ul>
        <li>{t('legal.history.privateAndroid')}</li>
        <li>{t('legal.history.privateIphone')}</li>
      </ul>
      <p>{t('legal.history.clear')}</p>
      <ul>
        <li>{t('legal.history.clearAndroid')}</li>
        <li>{t('legal.history.clearIphone')}</li>
      </ul>
    </>
  );
}
