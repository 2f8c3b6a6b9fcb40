import { formatProblem } from './format.ts';
import type { CheckResult, Problem } from './types.ts';
import { WARNING_LABELS } from './warnings.ts';

/** The id of the offer a problem points into, for summaries that list offers rather than pointers. */
function offerIdOf(result: CheckResult, problem: Problem): string {
  const offerPointer = /^\/offers\/\d+/.exec(problem.pointer)?.[0];
  const offer = result.offers.find((o) => o.file === problem.file && o.pointer === offerPointer);
  return offer?.record.id ?? `${problem.file}: ${problem.pointer || '/'}`;
}

/** One line per warning kind: label, count and the ids of the offers concerned. */
export function warningSummary(result: CheckResult): string[] {
  const byRule = new Map<string, string[]>();
  for (const problem of result.problems.filter((p) => p.severity === 'warning')) {
    byRule.set(problem.rule, [...(byRule.get(problem.rule) ?? []), offerIdOf(result, problem)]);
  }
  // Known kinds first, in a fixed order, so that the output is stable between runs.
  const rules = [...Object.keys(WARNING_LABELS), ...byRule.keys()].filter(
    (r, i, all) => all.indexOf(r) === i,
  );
  return rules.flatMap((rule) => {
    const ids = byRule.get(rule);
    return ids ? [`warning: ${WARNING_LABELS[rule] ?? rule}: ${ids.length} (${ids.join(', ')})`] : [];
  });
}

/** The whole report as printed by the CLI: errors, warning summary, totals. */
export function reportLines(result: CheckResult, fileCount: number): string[] {
  const errors = result.problems.filter((p) => p.severity === 'error');
  const warnings = result.problems.length - errors.length;
  const totals = `${result.offers.length} offers in ${fileCount} files, ${errors.length} errors, ${warnings} warnings`;
  return [...errors.map(formatProblem), ...warningSummary(result), `catalogue:check: ${totals}`];
}
