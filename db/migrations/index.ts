import type { Migration, MigrationProvider } from 'kysely';
import * as ingestion from './001-ingestion.ts';
import * as eventLog from './002-event-log.ts';
import * as eventLookup from './003-event-lookup.ts';
import * as claimRetraction from './004-claim-retraction.ts';
import * as deliveryLease from './005-delivery-lease.ts';
import * as simhashBands from './006-simhash-bands.ts';

/** Migrations are listed here, not read from disk, so that they run the same from any working directory. */
export const migrations: Record<string, Migration> = {
  '001-ingestion': ingestion,
  '002-event-log': eventLog,
  '003-event-lookup': eventLookup,
  '004-claim-retraction': claimRetraction,
  '005-delivery-lease': deliveryLease,
  '006-simhash-bands': simhashBands,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
