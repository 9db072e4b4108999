import type { PartyMention } from '../find-parties.ts';
import type { SentenceContext, Span } from '../sentence-context.ts';

/**
 * What a distribution deal moves is an offer, not a side: "under which Baxter will distribute Dermaline",
 * "that will bundle Ardent Play with its plans", "pour commercialiser Nuvelia", "will resell its Ventrix suite".
 * The name right after the selling verb (with at most an article or a possessive) is the thing sold.
 */
const SELLS_BEFORE =
  /\b(?:distribute[sd]?|distributing|sell|sells|selling|resell|resells|reselling|bundle[sd]?|bundling|market|markets|marketing|carry|carries|distribuer|distribuera|distribueront|distribue|distribuent|commercialiser|commercialisera|commercialiseront|commercialise|revendre|revendra|revendront|vendre|vendra|vendront)\s+(?:the |its |their |a |an |le |la |les |l'|sa |son |ses |leur |leurs )?(?:(?:new|flagship|nouvelle?|nouvel) )?$/u;
/** "under which Ventrix will be sold through …", "Nuvelia sera distribuée par …": the offer as a passive's subject. */
const SOLD_AFTER =
  /^\s*(?:will be|would be|is to be|are to be|sera|seront|serait) (?:(?:also|aussi|egalement) )?(?:sold|distributed|resold|bundled|marketed|offered|distribuee?s?|commercialisee?s?|vendue?s?|revendue?s?|proposee?s?)\b/u;
/** "La gamme de Morlay Cycles sera vendue par …": the name after "de"/"of" owns what is sold. */
const OWNED_BEFORE = /(?:\b(?:de|du|des|of)\s|\bd')$/u;
/**
 * After the name, the words that show it is the owner of what is sold, not the thing: "distribute Corvell's
 * dressings", "sell Corvell products", "distribuer Corvell, la marque …" stays ambiguous and is left a side.
 */
const OWNER_AFTER =
  /^(?:['’](?:s\b|\s)|\s+(?:products?|devices?|software|services?|models?|offerings?|ranges?|brands?|produits|services|logiciels|gammes?|marques?|modeles)\b|\s*,)/u;

/**
 * The names of a deal's clause told as the offer sold under it. A registry company is never an offer here:
 * "will distribute Orange" does not happen, "distribute Microsoft's models" is caught by the owner test.
 */
export function soldObjects(ctx: SentenceContext, clause: Span, parties: PartyMention[]): Set<string> {
  const sold = new Set<string>();
  const side = new Set<string>();
  for (const p of parties) {
    if (p.known || p.type !== 'company' || p.start < clause.start || p.end > clause.end) {
      side.add(p.name);
      continue;
    }
    const before = ctx.folded.slice(Math.max(clause.start, p.start - 40), p.start);
    const after = ctx.folded.slice(p.end, Math.min(clause.end, p.end + 50));
    if (
      (SELLS_BEFORE.test(before) && !OWNER_AFTER.test(after)) ||
      (SOLD_AFTER.test(after) && !OWNED_BEFORE.test(before))
    )
      sold.add(p.name);
    else side.add(p.name);
  }
  // "Gardelys signed a deal with Thales, under which Thales will resell Gardelys": a name also told as a side.
  for (const name of side) sold.delete(name);
  return sold;
}
