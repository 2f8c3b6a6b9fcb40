import type { Catalogue, Offer } from '../../catalogue/index.ts';
import { areaNames } from '../common/region-name.ts';
import { useT } from '../context.ts';
import { translateTaxonomy } from '../lang/data-label.ts';

type Props = { offer: Offer; catalogue: Catalogue };

const label = (list: { id: string; label: string }[], id: string) =>
  list.find((x) => x.id === id)?.label ?? id;

/** Modes shown in a row of their own (cost, languages), so the ways to get help do not repeat them. */
const MODES_SHOWN_ELSEWHERE = ['free', 'other-language'];

/**
 * When, for whom, in which languages, at what cost and who is responsible: a row for each fact the
 * catalogue knows, and what it does not know in ONE line, so gaps do not push the facts off screen.
 */
export function OfferFacts({ offer, catalogue }: Props) {
  const t = useT();
  const { regions } = catalogue;
  const taxonomy = translateTaxonomy(t, catalogue.taxonomy);
  const forWhom = [
    ...offer.stages.map((s) => label(taxonomy.stages, s)),
    ...offer.audiences.map((a) => label(taxonomy.audiences, a)),
  ].join(', ');
  const ways = offer.modes
    .filter((m) => !MODES_SHOWN_ELSEWHERE.includes(m))
    .map((m) => label(taxonomy.modes, m))
    .join(', ');
  const cost = offer.free === true ? t('offer.free') : offer.free === false ? t('offer.notFree') : '';
  const rows: [string, string][] = [
    [t('offer.hours'), offer.schedule?.description ?? ''],
    [t('offer.forWhom'), forWhom],
    [t('offer.languages'), offer.languages.map((l) => label(taxonomy.languages, l)).join(', ')],
    [t('offer.cost'), cost],
    [t('offer.ways'), ways],
    // The catalogue has no field for accessibility yet, so it is always among the unknowns.
    [t('offer.accessibility'), ''],
    [t('offer.responsible'), areaNames(t, regions, offer.areas)],
  ];
  const unknown = rows.filter(([, value]) => !value).map(([name]) => name);
  return (
    <>
      <dl class="facts">
        {rows
          .filter(([, value]) => value)
          .map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {unknown.length > 0 && (
        <p class="facts__missing missing">{t('offer.missing', { fields: unknown.join(', ') })}</p>
      )}
    </>
  );
}
