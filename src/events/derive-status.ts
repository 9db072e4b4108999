import type { ClaimStatus } from '../extraction/claim.ts';
import type { ClaimForStatus, DerivedStatus, DerivedTransition, StatusRules } from './claim-for-status.ts';
import { confidenceOf, type Support } from './confidence.ts';
import { canonicalPartySet } from './normalise-name.ts';
import { independentSources, isPartyVoice } from './source-independence.ts';

/** What one article says about the fact, once its claims and its parties' statements are read together. */
type Verdict = 'party_confirm' | 'outlet_confirm' | 'deny' | 'rumour';

// Statements speak about deals, stakes, labels and launches; not about share moves or other statements.
const STATEMENT_TARGETS = new Set(['agreement', 'acquisition', 'certification', 'launch']);

/**
 * Derives a fact's status from its claims, oldest first. The rules, in order of reading:
 *
 * 1. Claims are read article by article in publication order (ties: learned order, then article id),
 *    so a late article lands at its publication time and history is recomputed.
 * 2. Within one article, its claims of the fact and its parties' statements (stance confirm/deny;
 *    "no comment" says nothing) give one verdict, so that an article reads the same whether the
 *    extraction marked the rumoured claim `denied` or left it `rumour` beside a party's denial:
 *    - a claim `confirmed` confirms. It is a party's own word when attributed to a party, published by
 *      one, or it is the party's statement; otherwise it is the outlet asserting it unhedged;
 *    - else a party's `confirm` statement confirms;
 *    - else a claim `denied` or a party's `deny` statement denies;
 *    - else the article only reports the rumour.
 *    An article that asserts the fact as done reads a party's denial in it as background (an old
 *    denial quoted beside a deal now signed), so confirmation wins inside one article.
 * 3. The first article sets the initial status (a transition from null: never alerted).
 *    A party's word confirms; an outlet's unhedged assertion confirms at once when
 *    `independentOutletsToConfirm` is 0, else once that many independent outlets have asserted it
 *    since the last denial (until then the fact stays a rumour); a denial denies; a rumour never
 *    moves a fact already confirmed or denied. confirmed <-> denied reversals are transitions too.
 * Each transition records the claim that caused it.
 */
export function deriveStatus(claims: readonly ClaimForStatus[], rules: StatusRules): DerivedStatus {
  const members = claims.filter((c) => c.role === 'member');
  if (members.length === 0) return { status: null, transitions: [], confidence: 0 };
  const parties = new Set(canonicalPartySet(members.flatMap((c) => c.parties)));
  const kind = members[0]?.kind ?? 'agreement';
  const sources = independentSources(claims, parties);

  let status: ClaimStatus | null = null;
  const transitions: DerivedTransition[] = [];
  const support: Support[] = [];
  let outletsSinceDenial = new Set<string>();

  for (const article of articlesInOrder(claims)) {
    const verdict = readArticle(article, parties, STATEMENT_TARGETS.has(kind));
    if (!verdict) continue;
    support.push(...verdict.support.map((s) => ({ ...s, source: sources.get(s.claim.id) ?? '' })));
    let next: ClaimStatus | null = status;
    switch (verdict.verdict) {
      case 'party_confirm':
        next = 'confirmed';
        break;
      case 'outlet_confirm': {
        outletsSinceDenial.add(sources.get(verdict.cause.id) ?? '');
        const needed = rules.independentOutletsToConfirm;
        if (needed === 0 || outletsSinceDenial.size >= needed) next = 'confirmed';
        else if (status === null) next = 'rumour';
        break;
      }
      case 'deny':
        next = 'denied';
        outletsSinceDenial = new Set();
        break;
      case 'rumour':
        if (status === null) next = 'rumour';
        break;
    }
    if (next !== null && next !== status) {
      transitions.push({ from: status, to: next, claimId: verdict.cause.id, at: verdict.cause.publishedAt });
      status = next;
    }
  }
  return { status, transitions, confidence: confidenceOf(status, support, rules.publisherWeights) };
}

function articlesInOrder(claims: readonly ClaimForStatus[]): ClaimForStatus[][] {
  const byArticle = new Map<number, ClaimForStatus[]>();
  for (const claim of claims) {
    const list = byArticle.get(claim.articleId) ?? [];
    list.push(claim);
    byArticle.set(claim.articleId, list);
  }
  const articles = [...byArticle.values()].map((list) => list.sort((a, b) => a.id - b.id));
  const first = (list: ClaimForStatus[]) =>
    list.find((c) => c.role === 'member') ?? (list[0] as ClaimForStatus);
  return articles.sort((a, b) => {
    const x = first(a);
    const y = first(b);
    return (
      compare(x.publishedAt, y.publishedAt) || compare(x.learnedAt, y.learnedAt) || x.articleId - y.articleId
    );
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface ArticleVerdict {
  verdict: Verdict;
  cause: ClaimForStatus;
  support: Array<Omit<Support, 'source'>>;
}

function readArticle(
  article: ClaimForStatus[],
  parties: ReadonlySet<string>,
  readsStatements: boolean,
): ArticleVerdict | undefined {
  const members = article.filter((c) => c.role === 'member');
  if (members.length === 0) return undefined;
  const confirmed = members.filter((c) => c.status === 'confirmed');
  const statements =
    readsStatements && confirmed.length === 0
      ? article.filter(
          (c) =>
            c.role === 'context' &&
            c.kind === 'statement' &&
            c.stance !== 'no_comment' &&
            canonicalPartySet(c.parties).some((p) => parties.has(p)),
        )
      : [];
  const byParty = confirmed.find((c) => isPartyVoice(c, parties));
  const support: Array<Omit<Support, 'source'>> = [];
  for (const c of members) {
    const verdict: Verdict =
      c.status === 'confirmed'
        ? isPartyVoice(c, parties)
          ? 'party_confirm'
          : 'outlet_confirm'
        : c.status === 'denied'
          ? 'deny'
          : 'rumour';
    support.push({ claim: c, verdict });
  }
  for (const s of statements)
    support.push({ claim: s, verdict: s.stance === 'confirm' ? 'party_confirm' : 'deny' });

  if (confirmed[0])
    return { verdict: byParty ? 'party_confirm' : 'outlet_confirm', cause: byParty ?? confirmed[0], support };
  const confirming = statements.find((s) => s.stance === 'confirm');
  if (confirming) return { verdict: 'party_confirm', cause: confirming, support };
  const denying = [...members.filter((c) => c.status === 'denied'), ...statements].sort(
    (a, b) => a.id - b.id,
  )[0];
  if (denying) return { verdict: 'deny', cause: denying, support };
  return { verdict: 'rumour', cause: members[0] as ClaimForStatus, support };
}
