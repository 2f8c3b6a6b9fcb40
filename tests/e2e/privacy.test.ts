import { inject } from 'vitest';
import { privacyJourneys } from './support/privacy-journeys.ts';

privacyJourneys(() => inject('baseUrl'));
