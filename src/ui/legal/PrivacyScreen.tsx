import { bundledOperator } from '../../catalogue/index.ts';
import { TILE_HOST } from '../../map/index.ts';
import { BrowserHistory } from './BrowserHistory.tsx';
import { DeleteAll } from './DeleteAll.tsx';
import { Field } from './Field.tsx';
import { LegalPage } from './LegalPage.tsx';

/**
 * Datenschutzerklärung: what Lotse does not do, what stays on the device, what the browser keeps that Lotse cannot
 * delete, the one other host (map tiles, only after consent), what a web server logs, and who to ask.
 */
export function PrivacyScreen() {
  const operator = bundledOperator();
  return (
    <LegalPage titleKey="legal.privacyTitle">
      {(t) => (
        <>
          <p>{t('legal.privacyIntro')}</p>
          <ul>
            <li>{t('legal.privacyNoTracking')}</li>
            <li>{t('legal.privacyAnswers')}</li>
            <li>{t('legal.privacyDevice')}</li>
          </ul>
          <h2>{t('legal.storedHeading')}</h2>
          <ul>
            <li>{t('legal.storedList')}</li>
            <li>{t('legal.storedCatalogue')}</li>
            <li>{t('legal.storedTiles')}</li>
            <li>{t('legal.storedLanguage')}</li>
          </ul>
          <p>{t('legal.storedDeleteNote')}</p>
          <DeleteAll />
          <BrowserHistory t={t} />
          <h2>{t('legal.tilesHeading')}</h2>
          <p>{t('legal.tilesText', { host: TILE_HOST, button: t('map.consentYes') })}</p>
          <h2>{t('legal.privacyServerHeading')}</h2>
          <p>{t('legal.privacyServer')}</p>
          <dl class="facts">
            <Field label={t('legal.hosting')} value={operator.hosting} />
            <Field label={t('legal.privacyServerHeading')} value={operator.log_retention} />
          </dl>
          <h2>{t('legal.privacyController')}</h2>
          <dl class="facts">
            <Field label={t('legal.operator')} value={operator.name} />
            <Field label={t('legal.address')} value={operator.address} />
            <Field label={t('legal.email')} value={operator.email} />
            <Field label={t('legal.privacyContact')} value={operator.privacy_contact} />
          </dl>
        </>
      )}
    </LegalPage>
  );
}
