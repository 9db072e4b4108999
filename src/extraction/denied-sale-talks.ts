import { foldText } from '../entities/fold-text.ts';
import type { Draft } from './draft.ts';
import type { SentenceContext } from './sentence-context.ts';

/** Bare talks ("aucune négociation avec X", "never been in talks with X"): the talks name no deal of their own. */
const BARE_TALKS_RULE = /\.agreement\.(?:talks|negociations|jamais-discute-avec)$/u;

/**
 * Words telling that the company is, or is not, for sale: "n'est pas à vendre", "aucune intention de
 * vendre", "cession", "rachat", "nous resterons indépendants", "not for sale", "possible buyer",
 * "intends to stay independent".
 */
const SALE_CONTEXT =
  /\b(?:a vendre|de vendre|souhaite vendre|veut vendre|cession|ceder|rachat|racheter|reprise par|repreneur|acquereur|prise de controle|offre (?:publique|de rachat|d'achat)|rester(?:a|ons|ont)? independant\w*|for sale|to sell|selling (?:the|our|its) (?:company|business|group)|sale of (?:the|our|its) (?:company|business|group)|takeover|buyer|bidder|bid for|offer for|to acquire|acquisition of|stay(?:ing)? independent|remain(?:ing)? independent)\b/u;

/** The company talks were held with: the name right after "avec" / "with". */
const WITH_BEFORE = /\b(?:avec|with)\s+(?:(?:le|la|les|l'|the)\s*)?(?:[\p{L}-]+ ){0,2}$/u;

/**
 * « Il n'y a aucune négociation avec Smurfit Westrock. L'entreprise n'est pas à vendre » : talks a
 * company denies holding, where the words around them are about selling it, are the takeover talks
 * the article reports; the company talked with is the buyer. Talks denied about anything else stay
 * an agreement.
 */
export function talksAsDeniedSale(
  drafts: Draft[],
  contexts: readonly SentenceContext[],
  title: string | undefined,
): void {
  const folded = new Map<number, string>();
  for (const ctx of contexts) folded.set(ctx.index, ctx.folded);
  const titleText = title === undefined ? '' : foldText(title);
  for (const d of drafts) {
    const claim = d.claim;
    if (claim.kind !== 'agreement' || claim.status !== 'denied' || claim.alliance !== undefined) continue;
    if (claim.parties.length !== 2 || !BARE_TALKS_RULE.test(d.rule)) continue;
    const text = folded.get(d.sentence);
    if (text === undefined) continue;
    const around = [titleText, folded.get(d.sentence - 1), text, folded.get(d.sentence + 1)];
    if (!around.some((t) => t !== undefined && SALE_CONTEXT.test(t))) continue;
    const buyers = claim.parties.filter((p) => {
      const at = text.indexOf(foldText(p));
      return at >= 0 && WITH_BEFORE.test(text.slice(Math.max(0, at - 40), at));
    });
    if (buyers.length !== 1) continue;
    const buyer = buyers[0] as string;
    const named = claim.parties.find((p) => p !== buyer) as string;
    // "Ardelise" beside "Maison Ardelise", the target the article's own takeover sentence names: one company.
    const target = sameBuyerTarget(drafts, buyer, named) ?? named;
    const { alliance: _alliance, ...rest } = claim;
    d.claim = { ...rest, kind: 'acquisition', parties: [buyer, target] };
    d.rule = `${d.rule}+denied-sale`;
  }
}

/** The fuller name another acquisition by the same buyer gives the target: "Maison Ardelise" for "Ardelise". */
function sameBuyerTarget(drafts: readonly Draft[], buyer: string, target: string): string | undefined {
  const short = ` ${foldText(target)} `;
  for (const d of drafts) {
    const [b, t] = d.claim.parties;
    if (d.claim.kind !== 'acquisition' || b !== buyer || t === undefined || t === target) continue;
    if (` ${foldText(t)} `.includes(short)) return t;
  }
  return undefined;
}
