import type { ArticleState } from '../article-state.ts';
import type { PartyMention } from '../find-parties.ts';

/** "The joint venture will begin offering", "La coentreprise commercialisera": the venture just named. */
const VENTURE_SUBJECT =
  /^\s*(?:the (?:new )?(?:joint venture|venture|jv|alliance|joint company|new entity)|la (?:nouvelle )?(?:co-?entreprise|filiale commune|societe commune|structure commune|entite commune|nouvelle entite|alliance)|l'alliance|l'entite commune)\b/u;
/** "Le drone de la coentreprise", "the venture's first satellite", "the first product of the joint venture": the venture's own offer. */
const VENTURE_OWNS =
  /^\s*(?:(?:le|la|les|l') ?(?:[\w-]+ ){0,2}?(?:[\w-]+) (?:de la|de l'|du) (?:nouvelle |future )?(?:co-?entreprise|filiale commune|societe commune|entite commune|alliance)|the (?:new )?(?:joint venture|venture|jv|joint company)'s|the (?:[\w-]+ ){0,2}?[\w-]+ of the (?:new )?(?:joint venture|venture|jv|joint company))\b/u;
/** "L'offre commune", "the joint offering": both sides' offer, even of a resale deal. */
const JOINT_OFFER_SUBJECT =
  /^\s*(?:the (?:new )?(?:joint|combined)|(?:le|la|l') ?(?:nouvelle? )?(?:offre|plateforme|service|solution|produit|application) (?:commune?|conjointe?))\b/u;
/**
 * "The service, which will run on Orange's cloud, is set to launch": a definite offer with no owner
 * named before it is the offer of the deal just told, so its launchers are that deal's parties.
 */
const OFFER_SUBJECT =
  /^\s*(?:the (?:new )?|(?:le|la|l') ?(?:nouvelle? )?)(service|offering|offer|platform|solution|product|app|offre|plateforme|produit|application)\b(?!\s*(?:de|d'|du|des|of)\b)/u;

const RESALE =
  /\b(?:distribution|distribuer\w*|distribuera\w*|revend\w*|revente|resell\w*|resale|distributor|reseller|commercialiser\w* (?:l'offre|les offres)|proposeront (?:l'offre|les offres))\b/u;

const asParty = (name: string, type: PartyMention['type'] = 'company'): PartyMention => ({
  name,
  type,
  known: true,
  start: 0,
  end: 0,
});

/**
 * "The first product, a white-label platform, …", "The full service, including …", « La plateforme ne sera pas
 * lancée … »: a definite offer with no owner of its own ("de X", "of X" would name one).
 */
const VENTURE_OFFER_SUBJECT =
  /^\s*(?:the (?:(?:first|full|complete|new|initial) )?|(?:le|la|l') ?(?:(?:premier|premiere|nouvelle?|nouvel) )?)(?:service|platform|product|offer|offering|app|plateforme|offre|produit|application)\b(?!\s*(?:de|d'|du|des|of)\b)/u;

/**
 * The offer of a venture the founders' own deal has just created ("ITV and ProSieben … form a venture to be called
 * Northlight. The first product … will be available"): the venture sells it, not one founder nor the pair. A
 * venture recalled beside another deal (`foundersVenture` is that deal's, not this one) changes nothing.
 */
function ventureOffer(lead: string, state: ArticleState): PartyMention[] | undefined {
  const venture = state.alliance;
  if (venture === undefined || state.foundersVenture !== venture) return undefined;
  return VENTURE_OFFER_SUBJECT.test(lead) ? [asParty(venture, 'alliance')] : undefined;
}

/** "The venture, to be called Northlight, will …", « La coentreprise, baptisée Ciramel, … »: the deal's venture taken up. */
const VENTURE_TAKEN_UP =
  /^\s*(?:the (?:new |joint )?(?:joint venture|venture|joint company)|la (?:nouvelle |future )?(?:co-?entreprise|filiale commune|societe commune|entite commune))\s*,/u;

/**
 * Whether the sentence, which names a venture (`named`), opens by taking up the venture of the deal the sentence
 * before told: that venture is then the founders' own.
 */
export function namesDealVenture(folded: string, state: ArticleState, named: boolean): boolean {
  return (
    named &&
    state.founders !== undefined &&
    state.foundersText !== undefined &&
    state.previous?.folded === state.foundersText &&
    VENTURE_TAKEN_UP.test(folded)
  );
}

/** "Créée en 2025 par Safran et Morlanne Aéro, la coentreprise ...": a fronted participle before the subject. */
const FRONTED_PARTICIPLE =
  /^\s*(?:creee?s?|fondee?s?|nee?s?|constituee?s?|created|formed|founded|set up|established)\b[^,]*,\s*/u;

/** "elle proposera", "it will offer": a clause opening on a singular subject pronoun. */
const SINGULAR_PRONOUN = /^\s*(?:elle|il|it)\s/u;

/**
 * Who launches when the subject is the venture or the joint offer rather than a named company. `before` is the
 * sentence before the launch's clause: « La coentreprise fournira Renault ; elle proposera ses modules … »: the
 * pronoun takes up the venture that opened the sentence, not the customer named after it.
 */
export function impliedLaunchers(lead: string, state: ArticleState, before = ''): PartyMention[] | undefined {
  const fronted = FRONTED_PARTICIPLE.exec(lead);
  const subject = fronted === null ? lead : lead.slice(fronted[0].length);
  if (state.alliance !== undefined && (VENTURE_SUBJECT.test(subject) || VENTURE_OWNS.test(subject)))
    return [asParty(state.alliance, 'alliance')];
  if (state.alliance !== undefined && SINGULAR_PRONOUN.test(lead) && VENTURE_SUBJECT.test(before))
    return [asParty(state.alliance, 'alliance')];
  const venture = ventureOffer(subject, state);
  if (venture !== undefined) return venture;
  const offer = OFFER_SUBJECT.exec(lead);
  // Only an offer the deal itself announced ("teamed up ... to offer hospitals a service").
  const noun = offer?.[1];
  if (
    state.founders !== undefined &&
    state.founders.length >= 2 &&
    noun !== undefined &&
    state.foundersText?.includes(noun)
  ) {
    // A distribution or resale deal: the offer is the provider's (named first), not its distributor's.
    if (RESALE.test(state.foundersText ?? '') && !JOINT_OFFER_SUBJECT.test(lead))
      return [asParty(state.founders[0] as string)];
    return state.founders.map((name) => asParty(name));
  }
  return undefined;
}

/** "Ils prévoient une collection commune", "Ces forfaits seront vendus", "These packages will go on sale". */
const BACK_TO_PAIR =
  /^\s*(?:ils|elles|they|(?:ces|cette|cet|ce|these|this|those) (?:[\w-]+ )?(?:offres?|forfaits?|packages?|services?|produits?|solutions?|plateformes?|sejours?|billets?|bundles?|offers?|offerings?|products?|platforms?|tickets?|collections?|gammes?|ranges?))\b/u;

/**
 * A sentence right after a deal between two companies that opens on a plural pronoun or a
 * demonstrative offer speaks of that pair: they launch together, whatever the deal's kind.
 */
export function pairLaunchers(sentence: string, state: ArticleState): PartyMention[] | undefined {
  const founders = state.founders;
  if (founders === undefined || founders.length < 2 || state.foundersText === undefined) return undefined;
  if (state.previous?.folded !== state.foundersText || !BACK_TO_PAIR.test(sentence)) return undefined;
  return founders.map((name) => asParty(name));
}

/**
 * "Hydroporte, une coentreprise détenue à 60 % par le pétrolier, qui commercialisera", "la nouvelle entité, qui
 * ne proposera pas": a relative whose antecedent is the venture just named launches as the venture.
 */
const VENTURE_RELATIVE =
  /\b(?:co-?entreprise|filiale commune|societe commune|entite commune|nouvelle entite|structure commune|joint[- ]venture|venture|new entity|joint company)\b[^.;:]{0,60}?,\s*(?:qui|which|that)\s+(?:[\w'-]+\s+){0,3}$/u;

/** The venture, when the launch word opens a relative clause on it. */
export function ventureRelative(
  folded: string,
  before: number,
  state: ArticleState,
): PartyMention[] | undefined {
  if (state.alliance === undefined) return undefined;
  return VENTURE_RELATIVE.test(folded.slice(Math.max(0, before - 100), before))
    ? [asParty(state.alliance, 'alliance')]
    : undefined;
}
