import type { CoverageReport, CoverageRow } from './coverage.ts';

/** "12/15 (80 %)": a count of the active offers with its rounded share; "–" when there are none. */
export function share(count: number, of: number): string {
  return of === 0 ? '–' : `${count}/${of} (${Math.round((count / of) * 100)} %)`;
}

const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;

function regionLine(r: CoverageRow): string {
  return line([
    r.area === 'local' || r.area === 'wide-area' ? `**${r.name}**` : `${r.name} (\`${r.area}\`)`,
    String(r.offers),
    String(r.ended),
    share(r.direct, r.active),
    share(r.provider, r.active),
    share(r.directOrProvider, r.active),
    share(r.confirmed, r.active),
    r.area === 'wide-area' ? '–' : r.topicsWithoutOffer.join(', ') || '–',
  ]);
}

const orNone = (values: string[]): string => (values.length > 0 ? values.join('; ') : 'no source');

/** The report as Markdown: the region table, then the KoKi / Frühe-Hilfen coordinations. */
export function coverageMarkdown(report: CoverageReport): string {
  const regionTable = [
    line([
      'Region',
      'Angebote',
      'beendet',
      'direkter Kontakt',
      'Kontakt über Träger',
      'direkt oder Träger',
      'bestätigt ≤ 3 Jahre',
      'Themen ohne lokales Angebot',
    ]),
    line(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---']),
    ...report.rows.map(regionLine),
  ];
  const kokiTable = [
    line(['Koordination', 'Region', 'Telefon (Quelle)', 'Website (Quelle)', 'über Träger', 'erreichbar']),
    line(['---', '---', '---', '---', '---', '---']),
    ...report.koki.map((k) =>
      line([
        `${k.name} (\`${k.id}\`)`,
        k.areas.join(', '),
        k.phone ? `${k.phone} (${orNone(k.phoneSources)})` : '–',
        k.url ? `${k.url} (${orNone(k.urlSources)})` : '–',
        k.provider ?? '–',
        k.reachable ? 'ja' : 'nein',
      ]),
    ),
  ];
  return [
    `# Abdeckung des Katalogs (Stand ${report.today})`,
    '',
    'Anteile beziehen sich auf die nicht beendeten Angebote; ein Angebot für zwei Regionen zählt in beiden.',
    '',
    ...regionTable,
    '',
    '## KoKi / Koordination Frühe Hilfen',
    '',
    ...kokiTable,
    '',
  ].join('\n');
}
