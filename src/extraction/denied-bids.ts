import { foldText } from '../entities/fold-text.ts';
import type { AcquisitionClaim } from './claim.ts';
import type { Draft } from './draft.ts';
import type { SentenceContext } from './sentence-context.ts';

/**
 * The would-be buyer's own denial that names what it would buy: "has no interest in Solvaig Air", "is
 * not participating in any process involving Lannuzel", "made no offer for Vexo", « aucun projet
 * d'acquisition concernant Alpenlys », « ni intérêt pour Banca Vallisoletana », « n'a déposé aucune offre
 * sur Pradine ». The company named right after is the target; the speaker is the bidder.
 */
const BID_DENIED_FOR =
  /(?:\bno (?:["“”]\s?)?(?:interest(?:\s?["“”])? in|(?:intention|plans?)(?:\s?["“”])? (?:of|to))(?: (?:buying|buy|acquiring|acquire|taking over|take over|bidding for|bid for|making (?:an? |any )?(?:offer|bid) for|an? (?:offer|bid) for))?|\b(?:participating|taking part|involved) in (?:any|the|a) (?:\w+ ){0,2}(?:process|auction)(?:es)?["”]? (?:involving|for|regarding|concerning|around|over)|\b(?:made|make|submitted|tabled) no (?:\w+ )?(?:offer|bid)s? (?:for|on)|\bnot (?:made|submitted|tabled) (?:any |an? )?(?:\w+ )?(?:offer|bid)s? (?:for|on)|\b(?:aucune?|pas de|pas d'|ni) (?:projet|interet|intention|offre)(?: d'acquisition| de rachat| d'achat)? (?:concernant|pour|sur|visant|a l'egard d'|a l'egard de|(?:a|de|d') (?:racheter|acquerir|reprendre))|\b(?:depose|fait|etudie|remis) (?:aucune |d'|une |de )?offres? (?:sur|pour|visant))\s?$/u;

/** Only deny statements whose cue can read a bid, checked cheaply before the pattern above. */
const GATE = /interest|interet|process|auction|offer|offre|bid|projet|intention|plan/u;

const pairKey = (a: string, b: string) => [a, b].sort().join('|');

/**
 * A deny statement whose speaker rules out buying a company it names settles that takeover: an
 * acquisition of the same sentence is denied with the speaker as buyer, denied talks of that sentence
 * between the two become it, and the denied acquisition is added when no claim pairs them.
 */
export function deniedBidsForNamedTargets(drafts: Draft[], contexts: readonly SentenceContext[]): void {
  const denials = drafts.filter(
    (d) => d.claim.kind === 'statement' && d.claim.stance === 'deny' && !d.background,
  );
  if (denials.length === 0) return;
  const byIndex = new Map(contexts.map((c) => [c.index, c]));
  for (const s of denials) {
    const speaker = s.claim.parties[0];
    const ctx = byIndex.get(s.sentence);
    if (speaker === undefined || ctx === undefined || !GATE.test(ctx.folded)) continue;
    const named = (p: { start: number }) =>
      BID_DENIED_FOR.test(ctx.folded.slice(Math.max(0, p.start - 90), p.start));
    const known = ctx.parties.find((p) => p.type === 'company' && p.name !== speaker && named(p));
    const unknown = known ? undefined : ctx.candidates.find((c) => named(c));
    const target = known?.name ?? (unknown ? fullerName(drafts, unknown.name) : undefined);
    if (target === undefined || target === speaker) continue;
    const key = pairKey(speaker, target);
    const same = drafts.filter(
      (d) =>
        d.sentence === s.sentence &&
        (d.claim.kind === 'acquisition' || d.claim.kind === 'agreement') &&
        d.claim.parties.length === 2 &&
        pairKey(d.claim.parties[0] as string, d.claim.parties[1] as string) === key,
    );
    const claim: AcquisitionClaim = {
      kind: 'acquisition',
      parties: [speaker, target],
      status: 'denied',
      evidence: { text: ctx.sentence.text, start: ctx.sentence.start, end: ctx.sentence.end },
    };
    if (same.length > 0) {
      for (const d of same) {
        if (d.claim.kind === 'agreement' && (d.claim.status !== 'denied' || d.claim.alliance !== undefined))
          continue;
        const { attribution } = d.claim;
        const percent = d.claim.kind === 'acquisition' ? d.claim.percent : undefined;
        d.claim = {
          ...claim,
          ...(attribution ? { attribution } : {}),
          ...(percent !== undefined ? { percent } : {}),
        };
        d.rule = `${d.rule}+denied-bid`;
        d.cues.push('deny:bidder-names-target');
        d.explicit = true;
      }
      continue;
    }
    if (
      drafts.some(
        (d) =>
          d.claim.kind !== 'statement' &&
          d.claim.parties.includes(target) &&
          d.claim.parties.includes(speaker),
      )
    )
      continue;
    drafts.push({
      claim,
      rule: `${ctx.rules.language}.acquisition.denied-bid`,
      cues: ['deny:bidder-names-target'],
      sentence: ctx.index,
      background: false,
      explicit: true,
    });
  }
}

/** "Lannuzel" read as the "Biscuiterie Lannuzel" another claim of the article names. */
function fullerName(drafts: readonly Draft[], name: string): string {
  const short = ` ${foldText(name)} `;
  for (const d of drafts)
    for (const p of d.claim.parties) if (p !== name && ` ${foldText(p)} `.includes(short)) return p;
  return name;
}
