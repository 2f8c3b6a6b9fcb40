import { type Cell, csvFile } from '../catalogue/index.ts';
import type { CoverageMatrix } from './coverage.ts';
import type { RecheckEntry, RecheckReason, RecheckSource } from './recheck.ts';

/** The words of the files, from the screen's German texts: this module holds no user-visible text. */
export interface CsvWords {
  topic: string;
  gap: string;
  id: string;
  offer: string;
  reasons: string;
  sources: string;
  reason: Record<RecheckReason, string>;
}

/** A matrix cell as the table and the file show it: the count, or the gap mark (a word, never colour only). */
export const cellText = (count: number, gap: string): string => (count === 0 ? gap : String(count));

/** The matrix as a German-Excel CSV (BOM, semicolons, CRLF): one row per topic, one column per region. */
export function matrixCsv(matrix: CoverageMatrix, words: CsvWords): string {
  const header: Cell[] = [words.topic, ...matrix.rows.map((r) => r.name)];
  const rows = matrix.topics.map((t, i): Cell[] => [
    t.label,
    ...matrix.rows.map((r) => cellText(r.counts[i] ?? 0, words.gap)),
  ]);
  return csvFile([header, ...rows], ';');
}

/** Where a source can be found: its URL, else its seed document's file name. */
export const sourceWhere = (s: RecheckSource): string => s.url ?? s.document ?? '';

/** The re-check list as a German-Excel CSV: one row per entry, its reasons and its sources joined. */
export function recheckCsv(entries: RecheckEntry[], words: CsvWords): string {
  const header: Cell[] = [words.id, words.offer, words.reasons, words.sources];
  const rows = entries.map((e): Cell[] => [
    e.id,
    e.name,
    e.reasons.map((r) => words.reason[r]).join(', '),
    e.sources.map(sourceWhere).join(' | '),
  ]);
  return csvFile([header, ...rows], ';');
}
