import { useLocation } from 'preact-iso';
import type { LocalRegionId } from '../../catalogue/index.ts';
import { screenQuery } from '../common/private-address.ts';
import { useAppState } from '../context.ts';
import { knownRegion } from './help-lines.ts';

/** The family's region: the one this screen was opened with (?region=, kept out of the address), else the one the questionnaire found. */
export function useFamilyRegion(): LocalRegionId | undefined {
  const { url } = useLocation();
  const place = useAppState().answers.value.place;
  const answered = place && place !== 'prefer-not' ? place.region : undefined;
  return knownRegion(screenQuery(url).get('region')) ?? answered;
}

/** The help-now link for a family, carrying their region when it is known. */
export function helpNowHref(region: LocalRegionId | undefined): string {
  return region ? `/help-now?region=${region}` : '/help-now';
}
