import {
  array,
  CatalogueFormatError,
  nullableString,
  object,
  optional,
  string,
  strings,
} from './parse-json.ts';

/** Where an event's facts come from: a web page or a seed document (by file name), with that source's date. */
export interface EventSource {
  title: string;
  url?: string;
  document?: string;
  date: string | null;
}

/** A network meeting for professionals (data/events.json). */
export interface NetworkEvent {
  id: string;
  title: string;
  /** YYYY-MM-DD. */
  date: string;
  /** HH:MM, only when the source gives it. */
  time?: string;
  place: string;
  /** Region ids the event is for. */
  regions: string[];
  note?: string;
  source: EventSource;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function parseSource(value: unknown, path: string): EventSource {
  const s = object(value, path);
  const url = optional(s.url, `${path}/url`, string);
  const document = optional(s.document, `${path}/document`, string);
  if (url === undefined && document === undefined) {
    throw new CatalogueFormatError(path, 'needs a url or a document');
  }
  return {
    title: string(s.title, `${path}/title`),
    ...(url !== undefined ? { url } : {}),
    ...(document !== undefined ? { document } : {}),
    date: nullableString(s.date, `${path}/date`),
  };
}

function parseEvent(value: unknown, path: string): NetworkEvent {
  const e = object(value, path);
  const date = string(e.date, `${path}/date`);
  if (!DAY.test(date)) throw new CatalogueFormatError(`${path}/date`, 'must be YYYY-MM-DD');
  const time = optional(e.time, `${path}/time`, string);
  const note = optional(e.note, `${path}/note`, string);
  return {
    id: string(e.id, `${path}/id`),
    title: string(e.title, `${path}/title`),
    date,
    ...(time !== undefined ? { time } : {}),
    place: string(e.place, `${path}/place`),
    regions: strings(e.regions, `${path}/regions`),
    ...(note !== undefined ? { note } : {}),
    source: parseSource(e.source, `${path}/source`),
  };
}

/** The one boundary where data/events.json becomes typed events; throws CatalogueFormatError. */
export function parseEvents(value: unknown): NetworkEvent[] {
  return array(object(value, '').events, '/events').map((e, i) => parseEvent(e, `/events/${i}`));
}
