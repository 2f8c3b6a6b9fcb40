import type { LocalRegionId } from '../../catalogue/index.ts';
import type { Match } from '../../matching/index.ts';
import { telHref } from '../common/format.ts';
import { useT } from '../context.ts';

type Props = { matches: Match[]; kinds: string[]; region: LocalRegionId | undefined };

/**
 * Help in danger, above everything else on /results: one large call button per line of the safety block, each
 * saying whom it reaches. Lines without a phone keep a link to their page, so nothing of the block is lost.
 */
export function DangerBlock({ matches, kinds, region }: Props) {
  const t = useT();
  const kind = kinds[0] ?? 'urgent';
  return (
    <section class="danger-block" aria-labelledby="danger-heading">
      <h2 id="danger-heading">{t([`danger.heading.${kind}`, 'danger.heading.default'])}</h2>
      <ul class="danger-block__calls">
        {matches.map(({ offer }) => {
          const phone = offer.phones[0];
          const who = offer.available_24_7 ? t('danger.allDay') : t('danger.notAllDay');
          return (
            <li key={offer.id}>
              {phone ? (
                <a class="danger-call" href={telHref(phone.number)}>
                  <span class="visually-hidden">{t('danger.call')} </span>
                  <span class="danger-call__number" dir="ltr">
                    {phone.display}
                  </span>
                  <span class="danger-call__name">{offer.name}</span>
                  <span class="danger-call__who">{who}</span>
                </a>
              ) : (
                <a class="danger-call danger-call--page" href={`/offer/${encodeURIComponent(offer.id)}`}>
                  <span class="danger-call__name">{offer.name}</span>
                </a>
              )}
            </li>
          );
        })}
      </ul>
      <p class="danger-block__more">
        <a href={region ? `/help-now?region=${region}` : '/help-now'}>{t('results.safetyLink')}</a>
      </p>
    </section>
  );
}
