import { LegalPage } from './LegalPage.tsx';

const BKG = 'https://www.bkg.bund.de';
const DL_DE_BY = 'https://www.govdata.de/dl-de/by-2-0';
const ODBL = 'https://opendatacommons.org/licenses/odbl/1-0/';
const HSDS = 'https://docs.openreferral.org/en/latest/';
const CC_BY_SA = 'https://creativecommons.org/licenses/by-sa/4.0/';

/** The credits the data's licences require, and the open-data downloads (same origin). */
export function CreditsScreen() {
  return (
    <LegalPage titleKey="legal.creditsTitle">
      {(t) => (
        <>
          <p>{t('legal.creditsIntro')}</p>
          <ul>
            <li>{t('legal.creditsOffers')}</li>
            <li>
              {t('legal.creditsBkg')} <a href={BKG}>bkg.bund.de</a>,{' '}
              <a href={DL_DE_BY}>{t('legal.licenceDl')}</a>
            </li>
            <li>
              {t('legal.creditsDestatis')} <a href={DL_DE_BY}>{t('legal.licenceDl')}</a>
            </li>
            <li>
              {t('legal.creditsOsm')} <a href={ODBL}>ODbL 1.0</a>
            </li>
            <li>
              {t('legal.creditsHsds')} <a href={HSDS}>Open Referral</a>, <a href={CC_BY_SA}>CC BY-SA 4.0</a>
            </li>
          </ul>
          <h2>{t('legal.openDataHeading')}</h2>
          <p>{t('legal.openDataText')}</p>
          <ul>
            <li>
              <a href="/open-data/hsds/services.json">{t('legal.openDataHsds')}</a>
            </li>
            <li>
              <a href="/open-data/offers.csv" download>
                {t('legal.openDataCsv')}
              </a>
            </li>
          </ul>
        </>
      )}
    </LegalPage>
  );
}
