import type { ArticleState } from '../article-state.ts';
import type { PartyMention } from '../find-parties.ts';

/** Verbs of selling another's goods, active: "start selling", "distribuerait", "will stock", "proposera". */
const SELLER_VERB =
  /^(?:(?:start|begin|started|began|starts|begins|commence\w* a|se mettra a) )?(?:sell(?:s|ing)?|distribut(?:e|es|ing)|stock(?:s|ing)?|carry(?:ing)?|market(?:s|ing)?|offer(?:s|ing)?|vendr\w*|vendre|distribuer\w*|commercialiser\w*|proposer\w*)\b/u;
/** "The group said", "Le groupe a indiqué qu'": a telling frame whose speaker is the pronoun's antecedent. */
const TELLING =
  /^[^,;:]{0,50}?\b(?:said|says|added|announced|expects|told [\w ]{1,30}?|a (?:indique|precise|annonce|affirme|assure|confirme|explique|ajoute|fait savoir)|indique|precise|annonce)\s+(?:(?:on|in|last|this) \w+\s+)?(?:that\s+|qu'\s*|que\s+)?/u;
/** The subject, a pronoun or a role noun, then the verb's auxiliaries only: "it would", "il", "the group will". */
const ANAPHOR_SUBJECT =
  /^(?:it|il|elle|(?:the|le|la|l')\s?(?:[\w-]+ )?(?:group|company|firm|retailer|chain|distributor|grocer|operator|groupe|societe|entreprise|enseigne|distributeur|firme|detaillant|operateur))\s+(?:(?:will|would|also|then|now|plans to|intends to|expects to|expected to|planned to|intended to|is to|aims to|could|should|may|va|vont|doit|devrait|compte|entend|prevoit de|egalement|aussi|desormais)\s+){0,3}$/u;
/** "distribuerait la marque", "sell the brand": the definite brand is the article's company told of, not the seller. */
const THE_BRAND = /^\s*(?:la marque|the brand|les produits de la marque|the brand's products)\b/u;

/**
 * "The group said it would start selling Graystock's recycled aggregates", "Le groupe a indiqué qu'il
 * distribuerait la marque": a seller named only by a pronoun or a role noun sells another's goods; the owner
 * of the goods named after the verb makes them and launches nothing. The seller is the company the anaphor
 * stands for (the topic), unless that company is the goods' maker: then the headline's, else nobody.
 * Returns undefined when the sentence is not of this shape, [] when no seller can be told.
 */
export function anaphorSeller(
  lead: string,
  said: string,
  afterVerb: string,
  objects: readonly PartyMention[],
  state: ArticleState,
): PartyMention[] | undefined {
  const verb = SELLER_VERB.exec(said);
  if (verb === null) return undefined;
  const frame = TELLING.exec(lead);
  const rest = frame === null ? lead : lead.slice(frame[0].length);
  if (!ANAPHOR_SUBJECT.test(rest.trimStart())) return undefined;
  const makers = new Set(objects.map((p) => p.name));
  if (state.topic !== undefined && THE_BRAND.test(said.slice(verb[0].length) + afterVerb))
    makers.add(state.topic.name);
  for (const c of [state.topic, state.headline])
    if (c !== undefined && c.type === 'company' && !makers.has(c.name)) return [c];
  return [];
}

/**
 * "The group said it would also launch a Lochgair cask-finished cognac", « Le groupe a indiqué qu'il lancera … »: a
 * subject that is only a pronoun or a role noun, after an optional frame of telling, stands for the article's company;
 * a brand named in what is launched does not launch it.
 */
export function anaphorLead(lead: string): boolean {
  const frame = TELLING.exec(lead);
  const rest = frame === null ? lead : lead.slice(frame[0].length);
  return ANAPHOR_SUBJECT.test(rest.trimStart());
}
