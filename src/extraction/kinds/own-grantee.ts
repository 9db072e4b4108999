import type { ArticleState } from '../article-state.ts';
import type { PartyMention } from '../find-parties.ts';
import { actors, type SentenceContext, type Span } from '../sentence-context.ts';
import { anaphoricHolder } from './certified-holder.ts';

/**
 * After the issuer's verb, the grantee is the story's own company, not named: "has granted a type certificate to
 * its VA-19", "had certified its GX-9 interlocking to SIL 4" (the possessive object, not the approval granted), "granted the company AEO status", « a délivré à la compagnie brestoise son certificat ».
 */
const OWN_GRANTEE =
  /^\s(?:its|their) (?!(?:first |new |final |full )?(?:approval|authori[sz]ation|consent|clearance|blessing|certificat\w*|licen[cs]es?|accreditation|green light|go-ahead)\b)|\b(?:(?:to|for) (?:its|their)|the (?:company|group|firm)|(?:a|au|aux) (?:son|sa|ses|leur|leurs)|a (?:la |l')(?:societe|entreprise|compagnie|groupe|start-up|banque|fintech|chaine|firme)|(?:son|sa|ses|leur|leurs) (?:certificat|agrement|label|autorisation|homologation|qualification|certification|licence))\b/u;

/** Between a company and the issuer it quotes: "X said on Monday that the FDA …", « X a annoncé que l'ACPR … ». */
const TELLS_THAT =
  /\b(?:said|says|announced|announces|confirmed|reported|stated|annonce|indique|confirme|fait savoir|precise)\b[^;:.]{0,80}$/u;

/**
 * Who an issuer grants a label to when the sentence names no company after its verb: the company that tells of
 * the grant ("Brugevia announced that the Commission has granted marketing authorisation for Nervanza"), or,
 * when the words after the verb point back to the story's own company ("to its", "the company", « son
 * certificat »), the topic. Undefined otherwise: a grant to someone unnamed is nobody's label.
 */
export function ownGrantee(
  ctx: SentenceContext,
  state: ArticleState,
  issuer: Span,
  verbEnd: number,
  labelEnd: number,
): PartyMention | undefined {
  const teller = actors(ctx, { start: 0, end: issuer.start })
    .filter((p) => p.type === 'company' && TELLS_THAT.test(ctx.folded.slice(p.end, issuer.start)))
    .at(-1);
  if (teller !== undefined) return teller;
  if (!OWN_GRANTEE.test(ctx.folded.slice(verbEnd, labelEnd + 40))) return undefined;
  return anaphoricHolder(ctx, state) ?? state.topic;
}
