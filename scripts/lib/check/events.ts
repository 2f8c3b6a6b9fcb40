import fs from 'node:fs';
import path from 'node:path';
import { parseEvents } from '../../../src/catalogue/parse-events.ts';
import { isRealDate } from './dates.ts';
import { reporterFor } from './display.ts';
import { pointerOf } from './pointer.ts';
import { readAgainstSchema } from './read.ts';
import type { Problem } from './types.ts';

/**
 * Checks data/events.json: its shape against data/schema/events.schema.json, then that each date is a real day,
 * each id is used once and each seed document exists (an event must name a source someone can open).
 */
export function checkEvents(dataDir: string, problems: Problem[]): void {
  const report = reporterFor(path.join(dataDir, 'events.json'), problems);
  const checked = readAgainstSchema(dataDir, 'events', report);
  if (!checked) return;
  const seen = new Set<string>();
  parseEvents(checked.value).forEach((event, i) => {
    if (!isRealDate(event.date))
      report(pointerOf('/events', i, 'date'), `"${event.date}" is not a real day`, 'date');
    if (seen.has(event.id))
      report(pointerOf('/events', i, 'id'), `duplicate event id "${event.id}"`, 'events');
    seen.add(event.id);
    const doc = event.source.document;
    if (doc && !fs.existsSync(path.join(dataDir, doc))) {
      report(pointerOf('/events', i, 'source', 'document'), `no such document "${doc}"`, 'events');
    }
  });
}
