import type { TFunction } from 'i18next';
import { type CoverageMatrix, cellText } from '../../network/index.ts';

type Props = { matrix: CoverageMatrix; current: string | undefined; t: TFunction };

/**
 * The matrix as a real table: one row per topic (its header sticks to the left when the table scrolls sideways at
 * 360 px), one column per region, a gap written as the word "Lücke", never as colour alone.
 */
export function CoverageTable({ matrix, current, t }: Props) {
  const gap = t('network.gap');
  const chosen = matrix.rows.find((r) => r.region === current);
  const gaps = chosen ? chosen.counts.filter((c) => c === 0).length : 0;
  return (
    <section aria-labelledby="network-matrix">
      <h2 id="network-matrix">{t('network.matrixHeading')}</h2>
      {chosen && (
        <p class="network__gaps">{t('network.gapsSummary', { region: chosen.name, count: gaps })}</p>
      )}
      {/* Focusable, so a keyboard can scroll it; named, so a screen reader says what it is. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1) */}
      <section class="network__scroll" tabIndex={0} aria-label={t('network.matrixScroll')}>
        <table class="network__matrix">
          <caption>{t('network.matrixCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('network.topic')}</th>
              {matrix.rows.map((r) => (
                <th key={r.region} scope="col" class={r.region === current ? 'is-current' : undefined}>
                  {r.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.topics.map((topic, i) => (
              <tr key={topic.id}>
                <th scope="row">{topic.label}</th>
                {matrix.rows.map((r) => {
                  const count = r.counts[i] ?? 0;
                  const classes = [count === 0 ? 'gap' : '', r.region === current ? 'is-current' : ''];
                  return (
                    <td key={r.region} class={classes.join(' ').trim() || undefined}>
                      {cellText(count, gap)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}
