/** The danger eval's figures as text (scripts/eval.ts) and as the held-out rates the tests read. */
import { type DangerReport, FITTING_LINES, type Half, rate, sum, type Tally } from './eval-danger.ts';

/** The report as a table: one line per language, then per kind, for one half. */
export function dangerTable(report: DangerReport, half: Half): string[] {
  const { danger, calm } = report.halves[half];
  const kinds = Object.keys(FITTING_LINES);
  const cell = (t: Tally | undefined) => (t ? `${t.ok}/${t.n}` : '-').padStart(6);
  const lines = [
    `  ${'lang'.padEnd(5)} ${'all'.padStart(9)} ${kinds.map((k) => k.slice(0, 6).padStart(6)).join(' ')}   calm`,
  ];
  for (const lang of Object.keys(danger)) {
    const all = sum(Object.values(danger[lang] ?? {}));
    const c = calm[lang] ?? { n: 0, ok: 0 };
    lines.push(
      `  ${lang.padEnd(5)} ${`${all.ok}/${all.n}`.padStart(6)} ${rate(all).toFixed(2)} ${kinds.map((k) => cell(danger[lang]?.[k])).join(' ')}  ${c.ok}/${c.n}`,
    );
  }
  const all = sum(Object.values(danger).flatMap((k) => Object.values(k)));
  const c = sum(Object.values(calm));
  lines.push(
    `  all   ${`${all.ok}/${all.n}`.padStart(6)} ${rate(all).toFixed(3)}   lookalikes calm ${c.ok}/${c.n} ${rate(c).toFixed(3)}`,
  );
  return lines;
}

/** The held-out rates the targets read, for tests. */
export function heldRates(report: DangerReport): { languages: Record<string, number>; calm: number } {
  const held = report.halves.held;
  return {
    languages: Object.fromEntries(
      Object.entries(held.danger).map(([lang, kinds]) => [lang, rate(sum(Object.values(kinds)))]),
    ),
    calm: rate(sum(Object.values(held.calm))),
  };
}
