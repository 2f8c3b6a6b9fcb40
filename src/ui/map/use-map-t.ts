import { useT } from '../context.ts';
import { MAP_STRINGS_DE, type MapStringKey } from './strings.ts';

/** A translate function for the map's keys that falls back to the German defaults until de.json has them. */
export function useMapT(): (key: MapStringKey, params?: Record<string, string | number>) => string {
  const t = useT();
  return (key, params = {}) => t(key, { ...params, defaultValue: MAP_STRINGS_DE[key] });
}
