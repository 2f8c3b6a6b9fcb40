import { bundledOperator } from '../../catalogue/index.ts';
import { useT } from '../context.ts';
import { useLegalTexts } from '../lang/use-part-texts.ts';
import { Field } from './Field.tsx';

/** Impressum from data/operator.json. */
export function ImprintScreen() {
  const ready = useLegalTexts();
  const t = useT();
  const operator = bundledOperator();
  if (!ready) return null;
  return (
    <div class="prose">
      <h1>{t('legal.imprintTitle')}</h1>
      <dl class="facts">
        <Field label={t('legal.operator')} value={operator.name} />
        <Field label={t('legal.address')} value={operator.address} />
        <Field label={t('legal.email')} value={operator.email} />
        <Field label={t('legal.phone')} value={operator.phone} />
        <Field label={t('legal.representedBy')} value={operator.represented_by} />
        <Field label={t('legal.responsible')} value={operator.responsible_for_content} />
      </dl>
      <p>{t('legal.offersNote')}</p>
    </div>
  );
}
