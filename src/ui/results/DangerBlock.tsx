import type { LocalRegionId, Offer } from '../../catalogue/index.ts';
import type { Match } from '../../matching/index.ts';
import { CallLine } from '../common/CallLine.tsx';
import { telHref } from '../common/format.ts';
import { lineName } from '../common/line-name.ts';
import { useT } from '../context.ts';
import { DangerInTheirLanguage } from './DangerInTheirLanguage.tsx';

type Props = {
  matches: Match[];
  kinds: string[];
  region: LocalRegionId | undefined;
  /** The language the danger was written in, when Lotse understood it (its heading is said in it too). */
  typed?: string | null;
};

/**
 * Help in danger, above everything else on /results: one large call button per line of the safety block, each
 * saying whom it reaches. Lines without a phone keep a link to their page, so nothing of the block is lost.
 */
export function DangerBlock({ matches, kinds, region, typed = null }: Props) {
  const t = useT();
  const kind = kinds[0] ?? 'urgent';
  const line = (offer: Offer) => {
    const phone = offer.phones[0];
    if (!phone) {
      // Framed like a call but white, so that it does not pass for one; the fallback lives here, not in CallLine,
      // which is in the first bundle.
      return (
        <a class="call-line call-line--page" href={`/offer/${encodeURIComponent(offer.id)}`}>
          <span class="call-line__name">{lineName(t, offer).name}</span>
        </a>
      );
    }
    const who = offer.available_24_7 ? t('danger.allDay') : t('danger.notAllDay');
    const { name, german } = lineName(t, offer);
    return <CallLine href={telHref(phone.number)} phone={phone} name={name} notes={[german, who]} />;
  };
  return (
    <section class="danger-block" aria-labelledby="danger-heading">
      <h2 id="danger-heading">{t([`danger.heading.${kind}`, 'danger.heading.default'])}</h2>
      <DangerInTheirLanguage kind={kind} typed={typed} />
      <ul class="danger-block__calls">
        {matches.map(({ offer }) => (
          <li key={offer.id}>{line(offer)}</li>
        ))}
      </ul>
      <p class="danger-block__more">
        <a href={region ? `/help-now?region=${region}` : '/help-now'}>{t('results.safetyLink')}</a>
      </p>
    </section>
  );
}
