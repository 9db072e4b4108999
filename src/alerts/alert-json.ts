import type { AlertRow } from '../../db/schema.ts';
import { parseParties } from '../events/claim-row.ts';
import { allianceDisplayName } from '../events/fact-key.ts';

/** An alert as CONTRACT's `alerts --json` gives it, and as webhooks and the file sink receive it. */
export interface AlertJson {
  id: number;
  /** The fact's kind. */
  kind: string;
  /** The alliance name; for an unnamed agreement its parties ("Amazon + Atos"); null for other kinds. */
  alliance: string | null;
  parties: string[];
  from: string | null;
  to: string;
  /** Publication time of the article that caused the change. */
  at: string;
  evidence: { url: string; publisher: string; quote: string };
}

export function toAlertJson(row: AlertRow): AlertJson {
  const parties = parseParties(row.parties);
  return {
    id: row.id,
    kind: row.kind,
    alliance: row.kind === 'agreement' ? allianceDisplayName(row.alliance, parties) : row.alliance,
    parties,
    from: row.from_status,
    to: row.to_status,
    at: row.at,
    evidence: { url: row.evidence_url, publisher: row.publisher, quote: row.quote },
  };
}
