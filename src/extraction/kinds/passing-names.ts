import type { PartyMention } from '../find-parties.ts';
import { BRANDED } from './pair-offer.ts';

/**
 * "available to AWS customers", "for Vellmar subscribers", « aux clients Orange »: the platform or operator whose
 * customers the offer reaches is its channel, not its maker (« aux clients d'Orange » is read by find-launches).
 */
const AUDIENCE_BEFORE =
  /\b(?:to|for|aux?|pour(?: les| ses| leurs)?|a (?:ses|leurs|tous les))\s(?:all |its |their |existing |new |the |selected |eligible )?$/u;
const AUDIENCE_AFTER =
  /^(?:['’]s?)?\s(?:[\w-]+\s)?(?:customers|clients|subscribers|users|members|developers|merchants|patients|account holders|abonnes|utilisateurs|adherents|membres)\b/u;
const AUDIENCE_NOUN_BEFORE =
  /\b(?:aux|a (?:ses|leurs|tous les)|pour (?:les|ses|leurs)) (?:[\w-]+ )?(?:clients|abonnes|utilisateurs|adherents|membres)\s$/u;

/**
 * « Le nouveau laser de la société, baptisé Taillefer, », "its new chip, called Corvo,": the name given to an offer,
 * read as a venture's, is the offer, not its maker. A company opening the name ("baptisée Orange Pro", "branded
 * Nuagerie Horizon") names the maker, and a venture so named ("la coentreprise, baptisée Ciramel") is the one launching.
 */
const VENTURE_NAMED =
  /(?<!\b(?:de|du|des|of|par|by)\s)(?:^|\b(?:la|le|l'|the|a|an|une?|sa|son|leur|its|their)\s?)(?:[\w-]+ )?(?:co-?entreprise|filiale|societe|entreprise|entite|structure|alliance|consortium|groupement|start-?up|joint[- ]venture|venture|company|entity|firm|partnership|partenariat)\b[^,;.]{0,40},?\s*$/u;

/**
 * "The microphones, built on GlobalFoundries' process, will be available", "a service powered by Nvidia chips",
 * « une puce gravée chez STMicroelectronics », « reposant sur Azure »: the supplier of a technology the offer uses
 * is not the one selling it. "developed by X" is left alone: a developer most often sells what it develops.
 */
const SUPPLIED_BY =
  /\b(?:(?:built|based|running|designed|fabricated|manufactured|made|produced) (?:on|using|around|at)|powered by|equipped with|using|integrating|(?:gravee?s?|fabriquee?s?|produite?s?|assemblee?s?) chez|equipee?s? (?:de|d'|du|des)|embarquant|integrant|utilisant|reposant sur|basee?s? sur|construite?s? sur|fonctionnant sur|tournant sur)\s(?:the |la |le |les |l'|des |du |de )?$/u;

/**
 * Whether the name is the platform or operator whose customers the offer reaches. Only this mention is set aside: the
 * company may still launch when the story is its own ("Capgemini bought Quillane. A service … will be offered to
 * Capgemini clients").
 */
export function audienceOwner(folded: string, p: PartyMention): boolean {
  const before = folded.slice(Math.max(0, p.start - 60), p.start);
  return (
    (AUDIENCE_BEFORE.test(before) && AUDIENCE_AFTER.test(folded.slice(p.end, p.end + 40))) ||
    AUDIENCE_NOUN_BEFORE.test(before)
  );
}

/** Whether a name the launch sentence gives is only told in passing: the offer's own name, a technology's supplier. */
export function namedInPassing(folded: string, p: PartyMention): boolean {
  const before = folded.slice(Math.max(0, p.start - 60), p.start);
  if (SUPPLIED_BY.test(before)) return true;
  if (BRANDED.test(before) && !VENTURE_NAMED.test(before.replace(BRANDED, '')) && p.type !== 'company')
    return true;
  return false;
}
