import type { Store } from '../../../db/connect.ts';
import { parseParties } from '../../events/claim-row.ts';
import { countedAt } from '../../events/claims-for-status.ts';

export interface ArticleView {
  id: number;
  url: string;
  canonicalUrl: string;
  title: string;
  publisher: string;
  publishedAt: string | null;
  language: string | null;
  sourceName: string | null;
  /** The main text the claims' offsets refer to. */
  text: string;
  /** Set when the article is a syndicated copy: its claims are those of the original. */
  duplicateOf: number | null;
  fetchedAt: string;
}

export interface ArticleClaimView {
  id: number;
  index: number;
  factId: number | null;
  kind: string;
  parties: string[];
  status: string;
  stance: string | null;
  alliance: string | null;
  label: string | null;
  issuer: string | null;
  percent: number | null;
  direction: string | null;
  eventDate: string | null;
  attribution: string | null;
  evidence: { text: string; start: number; end: number };
  /** The extraction rule that read the claim, when the extractor named it. */
  rule: string | null;
}

/** One stored article with the claims read in it, in reading order; undefined when there is none. */
export async function articleWithClaims(
  db: Store,
  id: number,
): Promise<{ article: ArticleView; claims: ArticleClaimView[] } | undefined> {
  const row = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const claims = await db
    .selectFrom('claims')
    .selectAll()
    .where('article_id', '=', id)
    // A syndicated copy's claims are retracted once its original is read: the original speaks for the story.
    .where(countedAt())
    .orderBy('claim_index')
    .execute();
  return {
    article: {
      id: row.id,
      url: row.url,
      canonicalUrl: row.canonical_url,
      title: row.title,
      publisher: row.publisher,
      publishedAt: row.published_at,
      language: row.language,
      sourceName: row.source_name,
      text: row.text,
      duplicateOf: row.duplicate_of,
      fetchedAt: row.fetched_at,
    },
    claims: claims.map((c) => ({
      id: c.id,
      index: c.claim_index,
      factId: c.fact_id,
      kind: c.kind,
      parties: parseParties(c.parties),
      status: c.status,
      stance: c.stance,
      alliance: c.alliance,
      label: c.label,
      issuer: c.issuer,
      percent: c.percent === null ? null : Number(c.percent),
      direction: c.direction,
      eventDate: c.event_date,
      attribution: c.attribution,
      evidence: { text: c.evidence_text, start: Number(c.evidence_start), end: Number(c.evidence_end) },
      rule: c.rule,
    })),
  };
}
