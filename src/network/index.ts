export { type Coordination, coordinationsOf } from './coordination.ts';
export {
  areasOf,
  type CoverageMatrix,
  coverageMatrix,
  hasEnded,
  isLocalOffer,
  localOffersOf,
  type MatrixRow,
  topicCounts,
  topicsWithoutOffer,
} from './coverage.ts';
export { type CsvWords, cellText, matrixCsv, recheckCsv, sourceWhere } from './csv.ts';
export { eventsOf, type RegionEvents } from './events.ts';
export {
  confirmedRecently,
  hasDirectContact,
  type RecheckEntry,
  type RecheckReason,
  type RecheckSource,
  recheckList,
  recheckReasons,
} from './recheck.ts';
