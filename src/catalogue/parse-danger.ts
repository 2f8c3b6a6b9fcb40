/** The danger table of the wide-area index (src/matching/danger): read at the catalogue's one JSON boundary. */
import type { DangerRule, DangerTable } from './index-format.ts';
import { array, every, number, object, record, string, strings } from './parse-json.ts';

const numbers = (value: unknown, path: string): number[] => every(value, path, 'number', number);

function dangerRule(value: unknown, path: string): DangerRule {
  const r = object(value, path);
  return {
    kind: string(r.kind, `${path}/kind`),
    all: array(r.all, `${path}/all`).map((g, i) => numbers(g, `${path}/all/${i}`)),
    none: numbers(r.none, `${path}/none`),
    noneBefore: numbers(r.noneBefore, `${path}/noneBefore`),
    negatable: numbers(r.negatable, `${path}/negatable`),
  };
}

/** The danger word groups as sorted entries, and the rules (src/matching/danger). */
export function parseDangerTable(value: unknown, path: string): DangerTable {
  const d = object(value, path);
  return {
    concepts: strings(d.concepts, `${path}/concepts`),
    langs: strings(d.langs, `${path}/langs`),
    entries: strings(d.entries, `${path}/entries`),
    window: number(d.window, `${path}/window`),
    near: number(d.near, `${path}/near`),
    kin: array(d.kin, `${path}/kin`).map((k, i) => strings(k, `${path}/kin/${i}`)),
    prefixes: record(d.prefixes, `${path}/prefixes`, strings),
    alarm: array(d.alarm, `${path}/alarm`).map((r, i) => dangerRule(r, `${path}/alarm/${i}`)),
    net: array(d.net, `${path}/net`).map((r, i) => dangerRule(r, `${path}/net/${i}`)),
  };
}
