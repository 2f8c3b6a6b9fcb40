import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkCatalogue } from '../../../scripts/lib/check/index.ts';
import { copyData, errorLines, removeCopies } from './catalogue-fixture.ts';

const TODAY = '2026-11-30';

afterEach(removeCopies);

type Events = { events: Record<string, unknown>[] };

/** Changes the first event of a copy of data/events.json; returns the file as messages name it. */
function breakEvent(dir: string, change: (e: Record<string, unknown>, all: Events) => void): string {
  const file = path.join(dir, 'events.json');
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as Events;
  change(json.events[0] ?? {}, json);
  fs.writeFileSync(file, JSON.stringify(json, null, 2));
  return file;
}

const errors = (dir: string) => errorLines(checkCatalogue({ today: TODAY, dataDir: dir }));

describe('catalogue:check validates data/events.json', () => {
  it('passes on the real file', () => expect(errors(copyData())).toEqual([]));

  it('names a day that does not exist and a seed document that is not there', () => {
    const dir = copyData();
    const file = breakEvent(dir, (e) => {
      e.date = '2026-02-30';
      e.source = { title: 'Q', document: 'sources/seeds/missing.txt', date: null };
    });
    expect(errors(dir)).toEqual([
      `${file}: /events/0/date: "2026-02-30" is not a real day`,
      `${file}: /events/0/source/document: no such document "sources/seeds/missing.txt"`,
    ]);
  });

  it('names a duplicate id and refuses a time the schema does not know', () => {
    const dir = copyData();
    const file = breakEvent(dir, (e, all) => {
      all.events.push({ ...e });
    });
    expect(errors(dir)).toEqual([`${file}: /events/1/id: duplicate event id "netzwerktreffen-coburg-2026"`]);
    breakEvent(dir, (e) => {
      e.time = '19 Uhr';
    });
    expect(errors(dir).join('\n')).toMatch(/\/events\/0\/time/);
  });
});
