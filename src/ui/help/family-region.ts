import { useLocation } from 'preact-iso';
import type { LocalRegionId } from '../../catalogue/index.ts';
import { useAppState } from '../context.ts';
import { knownRegion } from './help-lines.ts';

/** The family's region: the one in this screen's URL (?region=), else the one the questionnaire found. */
export function useFamilyRegion(): LocalRegionId | undefined {
  const { query } = useLocation();
  const place = useAppState().answers.value.place;
  const answered = place && place !== 'prefer-not' ? place.region : undefined;
  return knownRegion(query.region) ?? answered;
}

/** The help-now link for a family, carrying their region when it is known. */
export function helpNowHref(region: LocalRegionId | undefined): string {
  return region ? `/help-now?region=${region}` : '/help-now';
}
