import { bundledOperator } from '../../catalogue/index.ts';
import { formatDate } from '../common/format.ts';
import { Field } from './Field.tsx';
import { LegalPage } from './LegalPage.tsx';

/** The day of the self-assessment this statement reports; change it only together with a new assessment. */
export const ASSESSED_ON = '2026-11-30';

/** The known limits, in the order the statement lists them (keys under a11yStatement.limits). */
const LIMITS = ['translations', 'germanOffers', 'signLanguage', 'map', 'people'] as const;

/**
 * Erklärung zur Barrierefreiheit in the form BITV 2.0 asks for: state of conformity with its known limits, how it
 * was assessed, the feedback contact and the enforcement procedure. The operator's facts come from
 * data/operator.json; an unknown one is marked missing like in the imprint, never filled with a guess.
 */
export function A11yStatementScreen() {
  const operator = bundledOperator();
  return (
    <LegalPage titleKey="a11yStatement.title">
      {(t) => (
        <>
          <h2>{t('a11yStatement.stateHeading')}</h2>
          <p>{t('a11yStatement.state')}</p>
          <ul>
            {LIMITS.map((key) => (
              <li key={key}>{t(`a11yStatement.limits.${key}`)}</li>
            ))}
          </ul>
          <h2>{t('a11yStatement.methodHeading')}</h2>
          <p>{t('a11yStatement.method', { date: formatDate(ASSESSED_ON) })}</p>
          <h2>{t('a11yStatement.feedbackHeading')}</h2>
          <p>{t('a11yStatement.feedback')}</p>
          <dl class="facts">
            <Field label={t('legal.contact')} value={operator.accessibility_contact} />
            <Field label={t('legal.operator')} value={operator.name} />
          </dl>
          <h2>{t('a11yStatement.enforcementHeading')}</h2>
          <p>{t('a11yStatement.enforcement')}</p>
          <dl class="facts">
            <Field label={t('a11yStatement.enforcementBody')} value={operator.enforcement_body} />
          </dl>
        </>
      )}
    </LegalPage>
  );
}
