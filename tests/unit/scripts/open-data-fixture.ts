import type { OpenDataContext } from '../../../scripts/lib/open-data/index.ts';
import { readOfferRecords, readOrganizations, readReference } from '../../../scripts/lib/read-data.ts';
import type { OfferRecord } from '../../../src/catalogue/types.ts';
import { REAL_DATA, TODAY } from './catalogue-fixture.ts';

/** The real records under data/, as the build reads them. */
export const realOffers: OfferRecord[] = readOfferRecords(REAL_DATA);

/** What the open-data export needs besides the records, from data/, with a fixed day so that status is stable. */
export const realContext: OpenDataContext = {
  ...readReference(REAL_DATA),
  organizations: readOrganizations(REAL_DATA),
  today: TODAY,
};
