import { bundledOperator } from '../../catalogue/index.ts';
import { Field } from './Field.tsx';
import { LegalPage } from './LegalPage.tsx';

/** Impressum from data/operator.json. */
export function ImprintScreen() {
  const operator = bundledOperator();
  return (
    <LegalPage titleKey="legal.imprintTitle">
      {(t) => (
        <>
          <dl class="facts">
            <Field label={t('legal.operator')} value={operator.name} />
            <Field label={t('legal.address')} value={operator.address} />
            <Field label={t('legal.email')} value={operator.email} />
            <Field label={t('legal.phone')} value={operator.phone} />
            <Field label={t('legal.representedBy')} value={operator.represented_by} />
            <Field label={t('legal.responsible')} value={operator.responsible_for_content} />
          </dl>
          <p>{t('legal.offersNote')}</p>
        </>
      )}
    </LegalPage>
  );
}
