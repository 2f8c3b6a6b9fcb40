import { offlineJourneys } from './support/offline-journeys.ts';
import { serveStatic } from './support/static-server.ts';

offlineJourneys(serveStatic);
