import { foldText } from '../../entities/fold-text.ts';
import type { ArticleState } from '../article-state.ts';
import { assessStatus } from '../assess-status.ts';
import type { LaunchClaim } from '../claim.ts';
import { baseOf, type Draft, draftOf } from '../draft.ts';
import { LAUNCHER_FROM_CONTEXT } from '../echoed-launches.ts';
import type { PartyMention } from '../find-parties.ts';
import { launchSourced, sourceHedged } from '../own-speaker.ts';
import { possessorOfRelative } from '../possessed-relative.ts';
import { matchAll } from '../rules/rule-set.ts';
import { bySalience, newSalience } from '../salience.ts';
import { actors, clauseAt, type SentenceContext } from '../sentence-context.ts';
import { boundBefore, type DateMatch, findDates, findRelativeDays, formatDay } from '../values/find-dates.ts';
import { extendedOfferLaunchers } from './extended-offer.ts';
import { FRONTED_AFTER } from './find-agreements.ts';
import { impliedLaunchers, pairLaunchers, ventureRelative } from './launch-subject.ts';
import { possessedOfferOwner, possessiveOfferOwner } from './offer-owner.ts';
import { ownOfferTeller } from './own-offer-teller.ts';
import { namedBySiteNoun, ownerInProductName, possessorCandidate } from './owner-in-name.ts';
import { HEADED, pairOfferLaunchers } from './pair-offer.ts';
import { pairTells } from './pair-tells.ts';
import { audienceOwner, namedInPassing } from './passing-names.ts';
import { datesPastEvent } from './past-event-date.ts';
import { reportedLauncher } from './reported-launcher.ts';
import { seasonDate } from './season-dates.ts';
import { secondLaunchTold } from './second-launch.ts';
import { anaphorLead, anaphorSeller } from './seller-subject.ts';
import { alreadyOnSale, launchOnlyInCondition } from './unlaunched-offer.ts';

/** A sentence opening on a singular possessive ("Son offre", "Its service"): the owner was named just before. */
const OWN_OFFER_LEAD = /^\s*(?:son|sa|ses|its)\s/u;

/** "Une offre de transition …", "Dans l'intervalle, une offre intermédiaire …", "An interim service …": an offer told with no owner. */
const UNOWNED_OFFER_LEAD =
  /^\s*(?:(?:dans l'intervalle|en attendant|d'ici la|in the meantime|meanwhile)[^,]{0,20},\s*)?(?:une?|an?) (?:[\w-]+ )?(?:offre|service|plateforme|offer|offering|platform)\b/u;

/** How far a date may sit from the launch word and still be its date. */
const MAX_DISTANCE = 130;
/** A season with no year is the launch's only right beside its words (« lancera à l'automne une gamme »). */
const SEASON_DISTANCE = 40;

/** "available from today", "disponible dès aujourd'hui": a press release's own day is the launch date. */
const FROM_TODAY =
  /^\s*(?:[\w-]+ )?(?:(?:from|as of|starting|beginning) today|today|(?:des |a partir d'|a compter d')aujourd'hui|(?:des|a compter de) ce jour)\b/u;

/** "Acme today launched", "Acme a lancé aujourd'hui": the day word right before the launch word. */
const TODAY_BEFORE = /\b(?:today|aujourd'hui)(?: (?:officially|formally|publicly|officiellement))?\s*$/u;

/**
 * "Merrow launched its service on Tuesday", "Ravenac a lancé lundi son offre", "disponible depuis ce matin":
 * a launch told as done is dated by the day named beside it (a relative day of the publication week).
 */
const DONE_LAUNCH =
  /\b(?:launched|rolled out|released|unveiled|went live|switched on|opened|(?:a|ont) (?:\w+ )?(?:lance|ouvert|devoile|deploye|mis en (?:service|ligne|vente)|commercialise)|(?:est|sont) (?:disponibles? |accessibles? |en (?:vente|ligne|service) )?depuis)\s*$/u;
/** "a lancé lundi une offre publique d'achat", "launched a bond issue": a bid or a financing, no offer to customers. */
const FINANCIAL_OFFER =
  /\b(?:offres? publiques?|opa|ope|offres? (?:de rachat|d'achat|d'echange|amicale|hostile|ferme)|tender offer|takeover (?:offer|bid)|(?:cash|share|all-share|hostile|recommended) offer|bids? for|offers? for|emprunts?|obligat\w+|bonds?|ipo|introduction en bourse|augmentation de capital|levee de fonds|funding round|share buyback|rachat d'actions|appels? d'offres|tenders?|rights issue)\b/u;
/** "l'appel d'offres, lancé en février", "the tender launched in May": a buyer's procedure opened, no offer. */
const TENDER_LAUNCHED =
  /\b(?:appels? d'offres|accords?-cadres?|contrats?-cadres?|consultations?|procedures?|mise en concurrence|tenders?|requests? for (?:proposals|tenders|information)|rfps?|competitions?|bidding (?:process|round))\b[^.;]{0,60}?$/u;
const LAUNCHED_WORD = /^(?:lance|launched|opened|ouvert)/u;
/**
 * "le lancement au premier semestre 2028 d'une consultation publique", "the launch of a strike ballot": a procedure,
 * an inquiry or a strike started is no offer put on sale.
 */
const PROCEDURE_LAUNCHED =
  /^[^.;]{0,50}?\b(?:d'une?|du|de la|des|of an?|of the) (?:(?:nouvelle?|new|large|vaste|public) )?(?:consultations?|enquetes?|greves?|procedures?|appels? d'offres|tenders?|strikes?|probes?|inquir(?:y|ies)|investigations?)\b/u;
/** "Un mouvement de grève lancé en juin", "a strike launched in June": a strike or an inquiry, no offer. */
const ACTION_LAUNCHED =
  /\b(?:greves?|mouvements? (?:de greve|sociaux|social)|strikes?|walkouts?|enquetes?|investigations?|probes?|inquir(?:y|ies))\b[^.;,]{0,20}$/u;
/**
 * "before Sabrenne publishes its first-quarter order intake on 24 April", « avant la publication de ses résultats le
 * 24 avril »: the date of a results publication is no launch date.
 */
const RESULTS_DATE =
  /\b(?:publish(?:es|ed|ing)?|report(?:s|ed|ing)?|releases?|publie\w*|presente\w*|publication (?:de|des|du)) (?:its |their |the |ses |son |sa |leurs? )?(?:[\w'-]+ ){0,3}(?:results|earnings|order intake|orders|sales|revenue|figures|accounts|resultats|chiffre d'affaires|comptes|prises de commandes|ventes)\b[^.;]{0,30}$/u;
/** "would weigh on margins next year", « pèseront sur les marges l'an prochain »: a cost's horizon, no launch date. */
const WEIGHS_ON = /\b(?:weigh(?:s|ed|ing)?|peser\w*|pese\w*) (?:on|sur)\b[^.;]{0,40}$/u;
/** "est disponible depuis ce matin", "has been available since Monday". */
const AVAILABLE_SINCE = /^\s+(?:depuis|since)\b/u;
/** How far a relative day may sit from a done launch's verb: "a lancé lundi", "launched X for Y on Tuesday". */
const DONE_DAY_DISTANCE = 80;

/** ", que la société n'envisage pas avant 2030", ", which it does not expect before 2030": a relative clause dates the launch it follows. */
const RELATIVE_DATE = /^\s*,?\s*(?:que|qu'|qui|which|that)\b[^,;]{0,70}$/u;
/**
 * An availability's date right after its preposition, a few words after the verb: "offered to shipowners from …",
 * "does not expect to sell its first unit before 2034".
 */
const DATE_PREPOSITION =
  /^[^,;]{0,70}\b(?:from|in|by|starting|as of|beginning|before|a partir d[eu']|a compter d[eu']|des|en|d'ici(?: a)?|courant|avant)\s*(?:the |le |la |l'|du |de la |de l')?$/u;

/** "initialement prévu en", "originally planned for", "repoussé de", "delayed from": a date a postponement replaces. */
const SUPERSEDED_BEFORE =
  /\b(?:(?:initialement|a l'origine|au depart|originellement|originally|initially)\s+(?:prevue?s?|programmee?s?|attendue?s?|annoncee?s?|fixee?s?|planned|scheduled|slated|expected|due|set|targeted)|(?:prevue?s?|programmee?s?|attendue?s?|annoncee?s?|planned|scheduled|slated|expected|due)\s+(?:initialement|a l'origine|au depart|originally|initially)|(?:repousse|reporte|decale|differe|retarde)e?s?|delayed|postponed|pushed back|put back)\s+(?:pour|en|a|au|d'ici(?: a)?|for|in|by|on|until|de|du|from)?\s*(?:le |la |l'|the )?$/u;

function supersededDate(folded: string, d: { index: number }): boolean {
  const lead = folded.slice(Math.max(0, d.index - 60), d.index);
  // "reporté à septembre", "pushed back to October": the new date, not the replaced one.
  return (
    SUPERSEDED_BEFORE.test(lead) &&
    !/\b(?:a|au|to|until|jusqu'(?:a|au|en))\s*(?:le |la |l'|the )?$/u.test(lead)
  );
}

/**
 * "which Pelikaan said would go on sale in May, is now due … on 2 May", « est désormais prévue le 3 juin »: the date told
 * as the one now set replaces the one the sentence recalls.
 */
const NOW_SET =
  /\b(?:(?:is|are) now (?:due|expected|scheduled|slated|set|planned|targeted)|(?:est|sont) (?:desormais|maintenant) (?:prevue?s?|attendue?s?|programmee?s?))\b[^.;]{0,60}$/u;

const nowSet = (folded: string, d: { index: number }) =>
  NOW_SET.test(folded.slice(Math.max(0, d.index - 80), d.index));

const COORDINATION = /^\s*(?:,|et|and|&)(?: de| d'| du| des)?\s*$/u;
/**
 * "Charente Logistique et l'armateur CMA CGM lanceront", "Velmar and the Danish carrier Ostrand will launch": the
 * second name of a coordinated subject may come with its trade noun; a preposition or a relative ends the list.
 */
const DESCRIBED_COORDINATION =
  /^\s*(?:et|and|&)\s(?:(?:l'|le |la |les |the |its |son |sa |leur |fellow )?(?!(?:de|du|des|d|of|for|pour|avec|with|which|qui|that|que|said|a|has|have|will|then|puis)\b)[a-z][\w-]*\s){1,3}$/u;

/** "the region that AWS is building with Deutsche Telekom", "la plateforme que Capgemini développe avec Orange". */
const BUILT_BY = /(?:\b(?:that|which|que|qu')|\b(?:by|par))\s*$/u;
const BUILT_WITH =
  /^\s*(?:(?:is|are|was|were|has|have|had|will|a|ont|va|vont)\s+)?(?:(?:been|ete|jointly|conjointement|ensemble)\s+)?(?:[a-z-]{3,}\s+)?(?:(?:jointly|together|conjointement|ensemble)\s+)?(?:with|avec|alongside|aux cotes (?:de|d'|du))\s*(?:the |le |la |l')?$/u;

/** The offer's builder named in a relative or passive clause before the launch word, with its partner. */
function builtWith(ctx: SentenceContext, first: PartyMention, gap: string): boolean {
  return BUILT_WITH.test(gap) && BUILT_BY.test(ctx.folded.slice(Math.max(0, first.start - 12), first.start));
}

/**
 * « Fondée en 2024 par Nora Beffort, …, Tarnveld ouvrira », "Founded by Ada Kerr and Tom Lisle, Quillbay will launch":
 * the founders a fronted participle names describe the subject; « Après l'accord signé en février avec Microsoft,
 * Cybelorn prépare … », "Following its deal with Nokia, Brightwater will launch …": a fronted phrase of time tells what
 * came before. The names in either launch nothing, once a comma has closed the phrase.
 */
const FRONTED_LEAD =
  /^\s*(?:(?:co-?)?(?:fondee?s?|creee?s?|cofondee?s?|founded|co-founded|cofounded|created|set up|started|established)\b[^,;:]{0,40}\b(?:par|by)\s[^,;:]{0,40}|(?:apres|depuis|dans la foulee (?:de|d'|du|des)|a la suite (?:de|d'|du|des)|au lendemain (?:de|d'|du|des)|after|following|since|in the wake of)\s[^,;:]{0,100})$/u;

function inFrontedPhrase(folded: string, p: PartyMention, at: number): boolean {
  return FRONTED_LEAD.test(folded.slice(0, p.start)) && folded.slice(p.end, at).includes(',');
}

/** « , et Publicis prévoit … », "…, but Orvane will …": a conjunction after a comma opens a clause with a subject of its own. */
const CLAUSE_CONJUNCTION = /,\s+(?:et|mais|tandis que|alors que|but|while|whereas)\s+$/u;
/** At least three words of a clause between the name before and the conjunction: no list of names ("A, B, and C"). */
const CLAUSE_WORDS = /(?:\s[\w'-]+){3}/u;

/**
 * « Tramage conservera sa marque et ses 140 salariés, et Publicis prévoit d'intégrer sa technologie … pour la proposer
 * à ses clients à partir de janvier »: the launch words in the second coordinated clause are its subject's, not the
 * first clause's. The last such subject before the launch words, if any.
 */
function coordinatedClauseSubject(
  folded: string,
  candidates: readonly PartyMention[],
  at: number,
): PartyMention | undefined {
  let subject: PartyMention | undefined;
  let previous: PartyMention | undefined;
  for (const p of candidates) {
    if (p.end > at) break;
    const gap = folded.slice(previous?.end ?? 0, p.start);
    if (
      previous !== undefined &&
      CLAUSE_CONJUNCTION.test(gap) &&
      CLAUSE_WORDS.test(gap.replace(CLAUSE_CONJUNCTION, ''))
    )
      subject = p;
    previous = p;
  }
  return subject;
}

/** The subject and the names listed with it ("l'offre commune de Telvia et Nuvola Systems"). */
function coordinatedWith(
  ctx: SentenceContext,
  candidates: readonly PartyMention[],
  first: PartyMention,
  before: number,
): PartyMention[] {
  const out = [first];
  for (const p of candidates) {
    const last = out.at(-1) as PartyMention;
    if (p.start < last.end || p.end > before) continue;
    const gap = ctx.folded.slice(last.end, p.start);
    if (
      !COORDINATION.test(gap) &&
      !DESCRIBED_COORDINATION.test(gap) &&
      !(out.length === 1 && builtWith(ctx, first, gap))
    )
      break;
    out.push(p);
  }
  return out;
}

/** A sentence whose subject is a market, a sector or demand: what it says deploys is no company's offer. */
const MARKET_SUBJECT =
  /^\s*(?:(?:le|la|les|l'|the|this|ce|cette) )?(?:[\w-]+ ){0,2}?(?:marches?|secteur|industrie|filiere|demande|markets?|sector|industry|demand)\b/u;
const OFFER_WORD = /^(?:offers?|offres?)$/u;
const BID_FOR = /^\s*(?:for|on|sur|pour)\s+(?:the |l'|le |la )?$/u;

const TITLE_CASE_WORD = /^\p{Lu}/u;
const WORD_BEFORE = /([\p{L}&]+)\s+$/u;
const WORD_AFTER = /^\s+([\p{L}&]+)/u;
/** A capitalised trigger between two capitalised words is part of a name ("IATA Operational Safety Audit"). */
function insideTitle(text: string, start: number, end: number): boolean {
  if (!TITLE_CASE_WORD.test(text.charAt(start))) return false;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  const after = WORD_AFTER.exec(text.slice(end, end + 30))?.[1];
  return (
    before !== undefined && after !== undefined && TITLE_CASE_WORD.test(before) && TITLE_CASE_WORD.test(after)
  );
}

/** Whether the trigger's words lie inside a name the sentence gives an organisation ("Live Nation", "Release Labs"). */
function insideName(ctx: SentenceContext, trigger: { index: number; end: number }): boolean {
  const within = (p: { start: number; end: number }) => p.start <= trigger.index && trigger.end <= p.end;
  return ctx.parties.some(within) || ctx.candidates.some(within);
}

/** « de », « du » right after « arrivée », before the name of who arrives. */
const ARRIVAL_OF = /^\s+(?:de |du |d'|des )\s*$/u;

/** Whether a company (named, or told by a descriptor) is what arrives right after the word at `at`. */
function companyArrives(ctx: SentenceContext, at: number): boolean {
  return ctx.parties.some(
    (p) => p.type === 'company' && p.start >= at && ARRIVAL_OF.test(ctx.folded.slice(at, p.start)),
  );
}

/** An announced availability date of an offer or platform, as precise as the text gives it. */
/** "accessible aux patients du CHU", "available to customers of Orange": the audience's owner launches nothing. */
const AUDIENCE_OF =
  /\b(?:aux|a ses|a leurs|to|for)\s(?:\w+ )?(?:patients|clients|customers|users|utilisateurs|usagers|abonnes|subscribers|eleves|students|agents|salaries|employees|staff|members|adherents)\s(?:de la |de l'|du |des |de |d'|of (?:the )?)$/u;

/**
 * "disponibles dans les 260 hypermarchés de l'enseigne", "chez Carrefour", "in Tesco's stores", "will go on sale on
 * Zalando", « en vente sur Zalando »: where the offer is sold, a retailer that launches nothing of its own.
 */
const SOLD_AT =
  /\b(?:on sale|for sale|available|sold|stocked) (?:on|at)\s$|\b(?:en vente|disponibles?|vendue?s?) sur\s$|\b(?:dans|en|sur)\s(?:les |des |ses |leurs )?(?:[\d ]+ )?(?:magasins|hypermarches|supermarches|rayons|boutiques|points de vente|etals)\s(?:de la |de l'|du |des |de |d')?$|\bchez\s$|\b(?:in|at|across|on the shelves of)\s(?:the |all |its |their )?(?:[\d,]+ )?(?:stores|supermarkets|shops|outlets)\s(?:of )?(?:the )?$/u;

/**
 * "go live in Belgium on January 8 with Proximus", "un assistant construit avec le géant de Redmond", "sold
 * through Darty": a partner or a channel named after the launch words is not the offer's maker.
 */
const PARTNER_AFTER =
  /\b(?:with|avec|alongside|aux cotes d[eu']|through|via|across)\s(?:the |le |la |les |l')?$/u;

/** "on Walmart shelves", "in Tesco stores": the retailer that holds the shelves launches nothing of its own. */
const SHELVES_OF = /^(?:'s)?\s(?:shelves|stores|supermarkets|shops|pharmacies)\b/u;

/** "l'offre intégrant la technologie de Cybersylve", "a service built on Quillane's technology": a supplier, not the launcher. */
const TECHNOLOGY_OF =
  /\b(?:(?:integrant|utilisant|reposant sur|basee? sur|fondee? sur) (?:la |les )?technologies? (?:de |d'|du )|(?:built on|based on|powered by|using) (?:the )?technology (?:of|from) )$/u;
const TECHNOLOGY_AFTER = /^['’]s technology\b/u;

/** "les volailles sous la marque Cadoret Plein Air", "under the Dunmore Hill brand": a brand, not its maker. */
const BRAND_OF = /\b(?:sous (?:la|sa|leur|une) marque|under (?:the|its|their|a) brand)\s*[«"“]?\s*$/u;

/**
 * « commercialisées sous la marque Ligéria »: a venture the article told, written bare as the brand, launches what bears
 * it; a brand coined in quotes (« sous la marque « Terres d'Iroise » ») is a new name, not the venture.
 */
function ventureBrand(folded: string, p: PartyMention): boolean {
  return p.type === 'alliance' && !/[«"“]\s*$/u.test(folded.slice(Math.max(0, p.start - 3), p.start));
}

function audienceFree(ctx: SentenceContext, candidates: readonly PartyMention[]): PartyMention[] {
  return candidates.filter((p) => {
    const before = ctx.folded.slice(Math.max(0, p.start - 40), p.start);
    return !AUDIENCE_OF.test(before) && !SOLD_AT.test(before);
  });
}

/** Industrial sites put into service are no offer launched to customers. */
const FACILITY =
  /^\s*(?:(?:l'|le |la |les |the |its |their |sa |son |ses |leur )(?:nouvelle? |new |future |premiere? |first )?(?:usine|electrolyseur|centrale|raffinerie|entrepot|gigafactory|mine|reacteur|parc (?:eolien|solaire|photovoltaique)|ferme (?:solaire|eolienne)|centrale (?:solaire|eolienne)|chantier|site de production|ligne de production|plant|factory|refinery|warehouse|electrolyser|electrolyzer|reactor|wind farm|wind park|solar farm|solar park|solar plant|mill|smelter|production line))\b/u;

/**
 * "Le campus doit entrer en service", "a campus that is due to open in 2028", "the tunnel was expected to open to
 * traffic in 2034", "the interconnector would not be in service before 2033", « le gazoduc doit entrer en service en
 * 2029 »: a building or a piece of infrastructure (a grid link, a pipeline, a dam) named just before the launch word, with no offer named in
 * the lead, opens as a site, not as an offer. A site after "for" / « pour » is what a product is for ("a cup for
 * stadiums and arenas", « un logiciel pour les usines »): the product opens, not the site.
 */
const FACILITY_NEAR =
  /(?<!\b(?:dont|whose) (?:le |la |les |l'|its |their )?)(?<!\b(?:for|pour) (?:les |des |the )?(?:[\w-]+ (?:and|et|or|ou) )?)\b(?:campus|data ?cent(?:er|re)s?|datacenters?|centres? de donnees|batiments?|buildings?|usines?|ateliers?|workshops?|plants?|factory|factories|entrepots?|warehouses?|sieges?|headquarters|tours?|towers?|hopitaux|hopital|hospitals?|bureaux|offices|gigafactory|fonderie|foundry|fab|site|sites|terminal|port|(?:quais?|docks?|berths?|piers?|jetees?)(?!-)|tunnels?|ponts?|bridges?|viaducs?|viaducts?|autoroutes?|motorways?|highways?|roads?|rocades?|gares?|railway stations?|metro stations?|(?:metro|subway|tram|tramway|railway|rail|high-speed) (?:lines?|extensions?)|lignes? (?:de metro|de tram\w*|ferroviaires?|a grande vitesse)|extensions?|prolongements?|aeroports?|airports?|stades?|stadiums?|arenas?|unites? de (?:production|\d[\d ,.]*\s?(?:mw|megawatts?|gw|gigawatts?|tonnes?))|interconnect(?:or|eur)s?|interconnexions?|(?:subsea |undersea |sous-marins? )?cables?(?: sous-marins?)?|pipelines?|gazoducs?|oleoducs?|substations?|sous-stations?|postes? (?:electriques?|de transformation|sources?)|converter stations?|stations? de conversion|(?:power|transmission|high-voltage) lines?|lignes? (?:a )?(?:tres )?haute tension|dams?|barrages?)\b[^.;:]{0,70}$/u;
/**
 * "The fertilisers, made from ammonia produced at Yara's Porsgrunn site, will be available", « les bières, brassées
 * dans l'usine de Gand, seront en vente »: a participle phrase set off by commas tells where the goods named before it
 * are made; the site it names is their origin, not what opens. Group 1 is the words before the phrase.
 */
const MADE_AT =
  /^(.*),\s*(?:made|produced|manufactured|brewed|distilled|grown|refined|assembled|fabrique(?:e|s|es)?|produite?s?|brassee?s?|distillee?s?|elaboree?s?|assemblee?s?|raffinee?s?|issue?s?) (?:\w+ )?(?:from|at|in|with|by|on|dans|a|en|sur|par|avec|de|d'|du|des)\b[^.;:,]{0,130}(?:,[^.;:,]{0,30})?$/su;

/** Whether the site the lead names only tells where goods named before it are made. */
function madeAtSite(lead: string): boolean {
  const m = MADE_AT.exec(lead);
  return m !== null && !FACILITY_NEAR.test((m[1] as string).slice(-90)) && /\p{L}/u.test(m[1] as string);
}

/**
 * "une offre intermédiaire, hébergée dans les centres de données d'Ascalis, sera proposée", "a service, hosted in
 * the group's data centres, will be available": the building is where the offer named before it runs, not what opens.
 */
const HOSTED_IN =
  /\b(?:hebergee?s?|installee?s?|exploitee?s?|operee?s?|hosted|housed|run|operated) (?:\w+ )?(?:dans|sur|chez|in|at|on|from)\b[^.;:]{0,130}$/u;
/** "hébergée dans les centres de données d'Ascalis", "hosted in Norland's data centres": the host, not the launcher. */
const HOSTED_BY =
  /\b(?:hebergee?s?|installee?s?|hosted|housed) (?:\w+ )?(?:dans|sur|chez|par|in|at|on|by)\b[^,;.:]{0,50}$/u;
/** "The foundry will make its new casting line available": the subject makes an object available, the object is offered. */
const AVAILABLE_WORD = /^(?:available|disponibles?)\b/u;
const MADE_AVAILABLE = /\b(?:make|makes|making|made|will make|to make)\b(?: [\w'-]+){1,6}\s*$/u;
/** "commercialiser", "to sell": what is sold is an offer, whatever plant the sentence names before it. */
const SELLING = /\b(?:commerciali\w+|vend\w*|sell\w*|market(?:s|ed|ing)?|on sale)\b/u;
const OFFER_NOUN =
  /\b(?:offres?|services?|plateformes?|produits?|solutions?|applications?|regions?|gammes?|abonnements?|forfaits?|versions?|declinaisons?|offers?|offerings?|platforms?|products?|apps?|subscriptions?|cloud|sites? (?:marchands?|internet|web|de vente en ligne|de commerce en ligne|d'e-commerce)|websites?|online stores?|webshops?|boutiques? en ligne)\b/u;
/** "commercially available", "disponible commercialement": only an offer is sold, never the site it is built for. */
const COMMERCIALLY_AVAILABLE =
  /^(?:commercially available|commercialement disponibles?|disponibles? commercialement)\b/u;
/** "mis en service", "entrer en service", "opérationnelles", "become operational": put to work, not put on sale. */
const PUT_IN_SERVICE =
  /^(?:(?:mis|mise|mises|entrer|entrera|entreront|entre|entrent|entrerait|entreraient) en service|mise en service|operationnel\w*|(?:enter|enters|entering|come into|comes into|go into|goes into) service|(?:become |be )?operational)\b/u;
/**
 * « La mise en production n'est pas attendue avant 2029 », "production is due to start in 2031": a mine, a plant or a
 * field starting to produce is no offer put on sale; only an offer named beside it (« la mise en production de la
 * plateforme », IT's go-live) is launched.
 */
const PUT_IN_PRODUCTION = /^mise en production\b/u;
/** "entrer en service", "in service": the word service there names no offer. */
const IN_SERVICE = /\b(?:en|in) service\b/u;
/**
 * "anticipe une hausse de 40 % de la demande d'ici 2028", "expects demand to double by 2030": a date
 * right after a forecast is the forecast's horizon, not a launch date.
 */
const FORECAST =
  /\b(?:anticip\w+|prevoi\w*|prevision\w*|table\w* sur|s'attend\w*|estim\w+|project\w*|forecast\w*|expects?|expected|predicts?)\b(?: [\w'%,.-]+){0,3} (?:(?:une|a|an) )?(?:hausse|croissance|baisse|progression|augmentation|doublement|recul|demande|marche|chiffre|demand|growth|increase|rise|decline|market|revenue|sales|to (?:grow|double|rise|reach(?! (?:its |their |the )?(?:first |paying |commercial )?(?:customers|clients|buyers|consumers|users|patients|the public|the market|market|shelves|stores)\b)|triple))\b[^.;]{0,60}$/u;

/** "proposera 41 dollars par action", "will offer 310 pence a share": a price bid for shares, no offer to customers. */
const PRICE_PER_SHARE =
  /^\s*(?:de |d')?(?:payer )?(?:(?:le|un|au|the|a) (?:meme |same )?(?:prix|price) (?:de |d'|of )?)?(?:about |around |some |up to |environ |jusqu'a )?(?:\$|€|£|usd |eur |chf )?\s?\d[\d ,.]*\s?(?:pence|p|cents|dollars?|euros?|francs?|livres?|pounds|couronnes?|€|\$|£)?\s?(?:a|per|for each|par|l') ?(?:share|ordinary share|action|titre)s?\b/u;
/**
 * "a tender offer expected to open in December", "a non-binding offer … talks could begin in October", "whose C$41
 * counter-offer of Sept. 30": an offer qualified as a bid for shares is a takeover step, no offer to customers.
 * "the recommended 147p offer", "a 520-pence offer", "a possible offer" (the takeover code's words): a price in pence
 * or cents, or an offer said possible, is a bid for the shares too.
 */
const BID_OFFER_BEFORE =
  /\b(?:make|makes|made|making|submit|submits|submitted|submitting|table|tables|tabled|tabling|lodge|lodged|put in) (?:a|an|any|no|another) (?:(?:formal|firm|rival|new|higher|improved) )?$|\b(?:tender|non-binding|binding|takeover|buyout|cash|all-cash|all-share|cash-and-share|firm|formal|indicative|rival|competing|higher|improved|sweetened|revised|hostile|recommended|unsolicited|mandatory|counter|possible|potential)[- ](?:[$€£]?\d[\d.,]*[- ]?(?:p|pence|cents?)[- ])?$|\b\d[\d.,]*[- ]?(?:p|pence|cents?)[- ]$/u;
/** "an offer valuing Sedaris at …", "will offer the same price per share to minority holders": a bid's price. */
const BID_OFFER_AFTER =
  /^s? (?:valuing|that (?:values|valued|would value|could value)|[^.;,]{0,30}?\b(?:a|per) (?:share|ordinary share)s?|[^.;,]{0,30}?\b(?:would|could|might|may|will) value)\b/u;
/**
 * "L'offre sera ouverte du 2 au 30 novembre", "the offer will be open from 2 to 30 November", « La souscription sera
 * ouverte du 29 octobre au 2 novembre »: a tender's or a share issue's window, no offer put on sale.
 */
const TENDER_WINDOW =
  /\b(?:l'offre|l'opa|l'ope|(?:the )?(?:tender )?offer|(?:la periode de |les? )?souscriptions?|(?:the )?subscription(?: period)?|(?:the )?(?:order )?books?)\b[^.;]{0,40}?\b(?:sera|seront|serait|restera|resterait|will|would|is to|is set to) (?:\w+ )?(?:ouverte?s?|be open|remain open) (?:du|entre le|from|between) (?:\d|[a-z]+ \d)/u;

/** The words of a stock market debut: "listing", "IPO", "shares", "trading". */
const LISTING_WORDS =
  /\b(?:listings?|ipos?|flotation|float|shares?|stocks?|trading|bourse|exchange|market debut|stock market)\b/u;

/**
 * "vise l'équilibre opérationnel dès cette année", "has set a goal of halving those losses by 2035": a date right
 * after a target is the target's horizon, not a launch date.
 */
const TARGET =
  /\b(?:goal|target|objective|ambition|aims?|aiming|vis(?:e|ent|ait|aient|era|eront|er)|objectif|ambitionn\w+|pledg\w+|committed to)\b(?: [\w'%,.-]+){0,6}? (?:(?:l')?halv\w+|cut\w*|reduc\w+|reduire|diviser|doubl\w+|tripl\w+|net zero|(?:la )?neutralite|(?:l')?equilibre|break ?-?even\w*|(?:la )?rentabilite|profitab\w+)\b[^.;]{0,60}$/u;

/**
 * "expected to close in the third quarter", "doit être finalisée au second semestre": a date a deal's closing
 * governs is the deal's, not an availability.
 */
const DEAL_CLOSING =
  /\b(?:to close|(?:will|would|should) close|closing|completion|to complete|be completed|(?:etre |sera |serait )finalisee?s?|(?:etre |sera |serait )bouclee?s?|finalisation|bouclage)\b[^.;,]{0,30}$/u;

/** ", Lattimer said.", ", a indiqué Brumalis.": a company reported as telling of the launch, closing the sentence. */
const SAID_AFTER =
  /^\s*(?:said|says|added|announced|confirmed|told [\w ]{1,30}|a (?:indique|precise|annonce|affirme|assure|declare|confirme|explique|ajoute|fait savoir))\s*(?:(?:in|dans) (?:a|an|un|une) (?:statement|release|communique)\s*)?[.!»"”\s]*$/u;
const SAID_BEFORE =
  /,\s*(?:(?:said|says|added|announced|confirmed|according to|a (?:indique|precise|annonce|affirme|assure|declare|confirme|explique|ajoute|fait savoir)|indique|precise|ajoute|selon)\s+(?:le |la |l'|the )?(?:(?:societe|groupe|entreprise|start-up|startup|editeur|company|group|firm) )?)?$/u;
const CLOSING = /^\s*(?:(?:in|dans) (?:a|an|un|une) (?:statement|release|communique)\s*)?[.!»"”\s]*$/u;

/** The company a closing reporting clause names as speaking of the launch, if any. */
function reportingSpeaker(ctx: SentenceContext, after: number): PartyMention | undefined {
  const { folded } = ctx;
  return actors(ctx, { start: after, end: folded.length }).find((p) => {
    const before = folded.slice(after, p.start);
    const rest = folded.slice(p.end);
    if (!SAID_BEFORE.test(before)) return false;
    return /,\s*$/u.test(before) ? SAID_AFTER.test(rest) : CLOSING.test(rest);
  });
}

/**
 * « un partenariat qui permettra aux commerçants d'obtenir », "a deal to offer hospitals": the deal itself tells what it
 * brings customers, so the offer told next is the pair's; a bare « a signé avec Atos » leaves it to the subject's company.
 */
const DEAL_BRINGS =
  /\b(?:qui permettr\w+|permettant|pour (?:offrir|proposer|lancer|commercialiser|distribuer)|afin (?:de|d') (?:offrir|proposer|lancer|commercialiser)|to (?:offer|provide|launch|sell|market)|(?:which|that) will (?:allow|let|enable)|allowing|enabling)\b/u;

/**
 * Whether no company, nor a role noun, is said after `after` to tell of the launch (", Puma said", « a précisé
 * l'opérateur »): one of a pair telling of the offer launches it alone.
 */
function untold(ctx: SentenceContext, after: number): boolean {
  return reportingSpeaker(ctx, after) === undefined && !ROLE_SPEAKER.test(ctx.folded.slice(after));
}

/**
 * "Orange a précisé qu'une offre commune ... serait disponible": a joint offer told by one of the
 * founders is the founders' offer; every company the lead names must be one of them.
 */
function jointOffer(
  candidates: readonly PartyMention[],
  before: number,
  founders: readonly string[],
): boolean {
  const named = candidates.filter((p) => p.end <= before);
  return founders.length >= 2 && named.length > 0 && named.every((p) => founders.includes(p.name));
}

/**
 * "Dassault Systèmes said it would make the joint product available", "Orange a indiqué qu'il
 * commercialiserait l'offre commune": a singular pronoun for the subject makes the joint offer the
 * object of that company's own act.
 */
const OWN_ACT = /\b(?:it|il|elle)\b/u;

/** ", mais pas avant 2028", ", but not before 2028": a bound told in the clause after the launch. */
const BOUND_NEXT =
  /^\s*(?:mais|but|though|although|albeit|quoique) (?:(?:sans doute|probably|certainly) )?(?:pas|not|no|jamais|never)\b/u;
/** "d'ici à la fin de l'année", "by the end of the year": the date's own words bound it. */
const OWN_NOT_AFTER = /^(?:d'ici|avant|by|before|no later than)\b/u;
/** The pluperfect's auxiliary: an event told as already past at the time of the story. */
const PLUPERFECT = /\b(?:avait|avaient|had)\b/u;
/** "Orange a signé avec X : X proposera …": the clause after a colon has its own subject. */
const COLON = /:\s/gu;
/**
 * ", a indiqué la plateforme", ", the group said": a role noun reporting the launch stands for the
 * company the article is about, not for the last company named.
 */
const ROLE_SPEAKER =
  /,\s*(?:(?:a (?:indique|precise|annonce|affirme|assure|declare|confirme|explique|ajoute|fait savoir)|indique|precise|ajoute|said|says|added|announced|confirmed|explained)\s+(?:la |le |l'|the )(?:plateforme|groupe|societe|entreprise|firme|start-up|startup|jeune pousse|editeur|operateur|platform|group|company|firm|operator)|the (?:platform|group|company|firm|operator|start-up|startup) (?:said|says|added|announced|confirmed|explained))\b[^;]{0,80}$/u;
/**
 * "un accord en vertu duquel AXA France commercialisera", "a deal under which Quillane's software will be
 * sold": the relative opens a clause of its own, whose subject launches, whatever pair the deal names.
 */
const DEAL_RELATIVE =
  /\b(?:en vertu (?:duquel|de laquelle)|aux termes (?:duquel|de laquelle)|dans le cadre (?:duquel|de laquelle)|par (?:lequel|laquelle)|(?:under|through|by) which|whereby)\s+(?:[\w'-]+ ){0,3}$/u;
/**
 * "The company said it had signed a distribution agreement with Hargreaves Lansdown, under which its range will be
 * offered", « Orvane a signé avec Delsite un accord en vertu duquel sa gamme sera proposée »: the possessive in the
 * relative is the sentence's subject's; the partner named before the relative only carries the offer.
 */
const DEAL_POSSESSIVE =
  /\b(?:en vertu (?:duquel|de laquelle)|aux termes (?:duquel|de laquelle)|dans le cadre (?:duquel|de laquelle)|(?:under|through|by) which|whereby)\s+(?:its|son|sa|ses)\s/u;

/** The subject of the sentence whose relative tells of the subject's own offer: its first name, else the anaphor's company. */
function dealRelativeOwner(ctx: SentenceContext, state: ArticleState, at: number): PartyMention | undefined {
  const m = DEAL_POSSESSIVE.exec(ctx.folded.slice(0, at));
  if (m === null) return undefined;
  const first = actors(ctx, { start: 0, end: m.index })[0];
  if (first !== undefined && /^[\s«"]*$/u.test(ctx.folded.slice(0, first.start)))
    return first.type === 'company' ? first : undefined;
  const anaphor = ctx.rules.organisations.topic.exec(ctx.folded.slice(0, m.index));
  return anaphor?.index === 0 && state.topic?.type === 'company'
    ? { ...state.topic, start: 0, end: 0 }
    : undefined;
}

/** "L'offre commune", "the joint service": the offer of the deal the article told. */
const JOINT_OFFER = /\b(?:communes?|conjointes?|joint|combined)\b/u;
/**
 * « Les premières plaquettes issues de cette collaboration », "the first sensors from the partnership": what the
 * deal the article told yields is the pair's, whichever of the two tells of it.
 */
const PARTNERSHIP_PRODUCT =
  /\b(?:issue?s? (?:de|du) (?:cette|leur|ce|la|le) (?:collaboration|partenariat|alliance|cooperation)|(?:from|of) (?:the|this|their) (?:partnership|collaboration|alliance|tie-up))\b/u;

/**
 * "Veltrix today announced …", "PARIS, February 8, 2027 -- Veltrix …", "…, Sept. 20, 2028 /Ferrowire/ -- …": the day
 * the news is told (a dateline, with or without the wire's slug, or a day right before the verb of telling) dates the
 * announcement, not an availability.
 */
const ANNOUNCEMENT_DAY =
  /^\s*(?:\/[^/\s][^/]{0,30}\/\s*)?(?:--|—|–|(?:announced|unveiled|said|signed|unveils|announces|says|signs)\b)/u;

/**
 * "Détenue à parts égales, Optrion ne commercialisera pas …", "Founded in 2026, Vellmar will offer …": a participle
 * phrase fronted before the subject describes it; the subject still heads the sentence, whoever tells of it.
 */
const FRONTED_DESCRIPTION =
  /^\s*(?:detenue?s?|creee?s?|fondee?s?|constituee?s?|basee?s?|installee?s?|implantee?s?|owned|held|founded|created|formed|set up|established|based)\b[^,;:]{0,60},\s*$/u;

/**
 * « leur offre commune de diagnostic, baptisée Veritas Bâti Rhône », "a joint service called Kelpay": the name an offer
 * is given (a venture so named, after its own noun, is read elsewhere).
 */
const OFFER_NAMED =
  /\b(?:offres?|offers?|offerings?|services?|plateformes?|platforms?|produits?|products?|solutions?|applications?|apps?|gammes?|ranges?)\b[^.;,]{0,40},?\s*(?:branded|dubbed|called|named|baptisee?s?|nommee?s?|appelee?s?|denommee?s?)\s+[«"“]?\s*$/u;

/**
 * "it expected Velarest to be available to patients in November", "wants Kelpay to go live in May": the name between a
 * verb of expecting and "to be" is what becomes available, the verb's object; the one expecting launches it ("expected
 * Brightmoor to offer it", "to be able to offer it": Brightmoor is the one offering).
 */
const EXPECTED_BEFORE = /\b(?:expects?|expected|expecting|wants?|wanted|hopes? for|needs?|needed)\s+$/u;
const TO_AFTER = /^\s+to (?:be (?!able\b)|become\b|go (?:on sale|live)\b|hit\b|reach\b|arrive\b)/u;

/** "The service will start", "La navette démarrera": the offer told just before, by its noun. */
const DEFINITE_OFFER =
  /^\s*(?:the|this|le|la|l'|ce|cette) (?:new |nouvelle? |nouvel )?(?:service|offer|offering|platform|shuttle|route|connection|offre|plateforme|navette|liaison)\b/u;
/** "It also plans to launch", "Il prévoit de lancer": a clause opening on a subject pronoun. */
const PRONOUN_LEAD = /^\s*(?:it|il|elle)\s/u;
/** "which Fjordvik said would be", "que Brenvale dit vouloir": a company telling of the launch in a relative. */
const RELATIVE_BEFORE = /\b(?:which|that|que|qu'|qui)\s*$/u;
const SAID_WOULD =
  /^\s*(?:said|says|expects|expected|believes|has said|had said|a (?:dit|indique|precise|affirme|assure)|dit|indique|estime)(?: (?:on|last|this) \w+)?\s+(?:(?:it|they|elle|il) )?(?:would|will|should|could|sera|serait|devrait|pourrait)\b[^,;]{0,40}$/u;
/** "Pelham's own-brand range will be available": an offer its owner's possessive names. */
const OWNED_OFFER =
  /^['’]s (?:own[- ](?:brand|label) |own |new |first |latest )?(?:[\w-]+ ){0,2}?(?:range|ranges|products?|collection|line|offer|offering|service|platform|app|brand)\b/u;

function relativeSpeaker(
  ctx: SentenceContext,
  candidates: readonly PartyMention[],
  from: number,
  to: number,
): PartyMention | undefined {
  const p = candidates.filter((c) => c.start >= from && c.end <= to).at(-1);
  if (p === undefined) return undefined;
  if (!RELATIVE_BEFORE.test(ctx.folded.slice(Math.max(from, p.start - 12), p.start))) return undefined;
  return SAID_WOULD.test(ctx.folded.slice(p.end, to)) ? p : undefined;
}

/** The subject's own product ("Pelham's own-brand range"), not the offer of the pair the article told. */
function ownProduct(ctx: SentenceContext, p: PartyMention, lead: string): boolean {
  return OWNED_OFFER.test(ctx.sentence.text.slice(p.end, p.end + 50)) && !JOINT_OFFER.test(lead);
}

/** Whether the first name is only the owner of the offer in a longer subject, with others after it. */
function ownedByOther(ctx: SentenceContext, p: PartyMention, lead: string, state: ArticleState): boolean {
  return ownProduct(ctx, p, lead) && state.founders !== undefined;
}

/** The launch rules whose words run from the seller's verb over what it sells (the rule files' ids). */
const SELLER_WORDS = new Set(['mise-a-disposition', 'open-for-bookings', 'first-deliveries']);

/**
 * "Le groupe a indiqué qu'il distribuerait la marque … à partir de", "deliveries of the Ridgeback to customers
 * will begin": a name inside the launch words themselves, between the seller's verb and the date, is what is
 * sold or delivered, not who sells it.
 */
function outsideTrigger(
  candidates: readonly PartyMention[],
  trigger: { id: string; index: number; end: number },
) {
  if (!SELLER_WORDS.has(trigger.id)) return candidates;
  return candidates.filter((p) => p.start < trigger.index || p.start >= trigger.end);
}

export function findLaunches(ctx: SentenceContext, state: ArticleState): Draft[] {
  const { rules, folded } = ctx;
  const found: Draft[] = [];
  // Where the launch read so far ends: a later one needs a clause of its own (second-launch.ts).
  let told = -1;
  for (const trigger of matchAll(rules.launch.triggers, ctx.triggerText)) {
    if (found.length > 0 && trigger.index < told) continue;
    if (
      LAUNCHED_WORD.test(folded.slice(trigger.index, trigger.end)) &&
      TENDER_LAUNCHED.test(folded.slice(Math.max(0, trigger.index - 80), trigger.index))
    )
      continue;
    // "its IATA Operational Safety Audit", "the Live Nation group": a word inside a title-case name.
    if (insideTitle(ctx.sentence.text, trigger.index, trigger.end)) continue;
    // "The acquisition is Live Nation's third", « Disponible Conseil »: a word of a company's own name tells no launch.
    if (insideName(ctx, trigger)) continue;
    // « l'arrivée du norvégien », « l'arrivée de Fjellmark au capital »: a company arriving is no offer arriving.
    if (folded.slice(trigger.index, trigger.end) === 'arrivee' && companyArrives(ctx, trigger.end)) continue;
    // « ses tests déjà commercialisés », "already on sale": launched before, no launch to date.
    if (alreadyOnSale(folded, trigger)) continue;
    let clause = clauseAt(ctx, trigger.index);
    const following = ctx.clauses.find((c) => c.start >= clause.end);
    if (following !== undefined && BOUND_NEXT.test(folded.slice(following.start, following.end)))
      clause = { start: clause.start, end: following.end };
    const dates = findDates(folded.slice(clause.start, clause.end), rules, ctx.published)
      .map((d) => ({ ...d, index: d.index + clause.start, end: d.end + clause.start }))
      .filter((d) => {
        const year = Number(d.date.slice(0, 4));
        return ctx.published === undefined || (year >= ctx.published.y - 1 && year <= ctx.published.y + 15);
      })
      .filter((d) => !ANNOUNCEMENT_DAY.test(folded.slice(d.end, d.end + 40)))
      .filter((d) => !datesPastEvent(folded, clause.start, trigger, d))
      // "Initialement prévu en juin, le lancement … est reporté à septembre", "delayed from 2028 to 2029": the
      // date a postponement replaces is no longer the launch's, when the new one is written.
      .filter(
        (d, _i, all) => !supersededDate(folded, d) || all.every((o) => o === d || supersededDate(folded, o)),
      )
      .filter((d, _i, all) => nowSet(folded, d) || !all.some((o) => nowSet(folded, o)));
    const distance = (d: { index: number; end: number }) =>
      d.index >= trigger.end ? d.index - trigger.end : trigger.index - d.end;
    const attached = (d: { index: number }) =>
      d.index >= trigger.end &&
      (RELATIVE_DATE.test(folded.slice(trigger.end, d.index)) ||
        // "said in July that it would be available … from the second quarter of 2028": the date the
        // availability's own preposition brings, not a nearer one the telling or another event carries.
        DATE_PREPOSITION.test(folded.slice(trigger.end, d.index).replace(rules.dates.period, '')))
        ? 0
        : 1;
    const written = dates
      .filter((d) => distance(d) <= MAX_DISTANCE)
      .sort((a, b) => attached(a) - attached(b) || distance(a) - distance(b))[0];
    // « Intermarché lancera à l'automne une gamme … »: a season with no year, in a launch still to come.
    const season =
      written === undefined
        ? seasonDate(
            folded.slice(clause.start, trigger.end),
            folded.slice(clause.start, clause.end),
            clause.start,
            ctx.published,
            rules.language,
          )
        : undefined;
    // Only beside a launcher the sentence names before the launch words: an offer told with no owner, in a season, is
    // most often the launch the article dated before, told again.
    const seasonal =
      season !== undefined &&
      distance(season) <= SEASON_DISTANCE &&
      actors(ctx, { start: clause.start, end: trigger.index }).length > 0
        ? season
        : undefined;
    const today =
      written === undefined && ctx.published !== undefined
        ? (FROM_TODAY.exec(folded.slice(trigger.end)) ??
          TODAY_BEFORE.exec(folded.slice(Math.max(0, trigger.index - 24), trigger.index)))
        : null;
    const done =
      written === undefined &&
      today === null &&
      // "launched a weather satellite on Tuesday": a rocket's payload is no offer.
      OFFER_NOUN.test(folded.slice(clause.start, clause.end)) &&
      !FINANCIAL_OFFER.test(folded.slice(clause.start, clause.end)) &&
      (DONE_LAUNCH.test(folded.slice(clause.start, trigger.end)) ||
        AVAILABLE_SINCE.test(folded.slice(trigger.end, trigger.end + 8)))
        ? findRelativeDays(
            ctx.sentence.text.slice(clause.start, clause.end),
            folded.slice(clause.start, clause.end),
            rules,
            ctx.published,
          )
            .map((d) => ({ ...d, index: d.index + clause.start, end: d.end + clause.start }))
            .find((d) => d.index >= trigger.end && d.index - trigger.end <= DONE_DAY_DISTANCE)
        : undefined;
    const date: DateMatch | undefined =
      written ??
      seasonal ??
      done ??
      (today !== null && ctx.published !== undefined
        ? {
            date: formatDay(ctx.published),
            index: trigger.end + today.index,
            end: trigger.end + today[0].length,
            precision: 'day',
          }
        : undefined);
    if (date === undefined) continue;
    if (found.length > 0 && !secondLaunchTold(folded, told, trigger.index, date.index)) continue;
    // "Proximus, which had studied an offer for Lysander": an offer for a company is a bid, not an offer to customers.
    if (
      OFFER_WORD.test(folded.slice(trigger.index, trigger.end)) &&
      ctx.parties.some((p) => p.start >= trigger.end && BID_FOR.test(folded.slice(trigger.end, p.start)))
    )
      continue;
    // "…, should the product reach the market, commercial volumes …": a launch only in a condition, dated by nothing.
    if (launchOnlyInCondition(folded, clause, trigger, date)) continue;
    if (FORECAST.test(folded.slice(Math.max(clause.start, date.index - 120), date.index))) continue;
    if (PRICE_PER_SHARE.test(folded.slice(trigger.end, trigger.end + 60))) continue;
    if (
      OFFER_WORD.test(folded.slice(trigger.index, trigger.end)) &&
      (BID_OFFER_BEFORE.test(folded.slice(Math.max(0, trigger.index - 32), trigger.index)) ||
        BID_OFFER_AFTER.test(folded.slice(trigger.end, trigger.end + 60)))
    )
      continue;
    if (TENDER_WINDOW.test(folded.slice(clause.start, clause.end))) continue;
    // "Kisaragi's debut was the largest technology listing in Tokyo": a stock's first day of trading, no offer.
    if (
      /^debuts?$/u.test(folded.slice(trigger.index, trigger.end)) &&
      LISTING_WORDS.test(folded.slice(clause.start, clause.end))
    )
      continue;
    if (TARGET.test(folded.slice(Math.max(clause.start, date.index - 120), date.index))) continue;
    if (DEAL_CLOSING.test(folded.slice(Math.max(clause.start, date.index - 60), date.index))) continue;
    if (RESULTS_DATE.test(folded.slice(Math.max(clause.start, date.index - 80), date.index))) continue;
    if (WEIGHS_ON.test(folded.slice(Math.max(clause.start, date.index - 50), date.index))) continue;
    if (
      LAUNCHED_WORD.test(folded.slice(trigger.index, trigger.end)) &&
      ACTION_LAUNCHED.test(folded.slice(Math.max(0, trigger.index - 40), trigger.index))
    )
      continue;
    if (
      /^(?:lancement|launch)$/u.test(folded.slice(trigger.index, trigger.end)) &&
      PROCEDURE_LAUNCHED.test(folded.slice(trigger.end, trigger.end + 90))
    )
      continue;
    // "Getlink avait signé en 2027 un accord pour proposer …": a past year told in the pluperfect is history.
    if (
      ctx.published !== undefined &&
      Number(date.date.slice(0, 4)) < ctx.published.y &&
      PLUPERFECT.test(folded.slice(clause.start, trigger.index))
    )
      continue;
    let colon = -1;
    for (const m of folded.slice(clause.start, trigger.index).matchAll(COLON)) colon = clause.start + m.index;
    const afterColon = colon < 0 ? [] : actors(ctx, { start: colon, end: clause.end });
    // "Nouveau retard pour Sorvane : sa plateforme …": with no name of their own, the words after the colon are the named one's.
    // "disponibles dans les hypermarchés de l'enseigne": the retailer where it is sold launches nothing.
    const named = afterColon.length > 0 ? afterColon : actors(ctx, clause);
    // « leur offre commune …, baptisée Veritas Bâti Rhône, serait proposée »: the joint offer's own name, unless it
    // opens on one partner's name ("the combined offering, branded Capgemini Veltro Assure": that partner's).
    const jointOfferName = (p: PartyMention) =>
      state.founders !== undefined &&
      state.founders.length >= 2 &&
      JOINT_OFFER.test(folded.slice(clause.start, p.start)) &&
      OFFER_NAMED.test(folded.slice(Math.max(0, p.start - 80), p.start)) &&
      !state.founders.some((f) => foldText(p.name).startsWith(foldText(f)));
    const seller = (p: PartyMention) =>
      SOLD_AT.test(folded.slice(Math.max(0, p.start - 40), p.start)) ||
      SHELVES_OF.test(folded.slice(p.end, p.end + 16)) ||
      (BRAND_OF.test(folded.slice(Math.max(0, p.start - 30), p.start)) && !ventureBrand(folded, p)) ||
      jointOfferName(p) ||
      (p.end <= trigger.index &&
        EXPECTED_BEFORE.test(folded.slice(Math.max(0, p.start - 16), p.start)) &&
        TO_AFTER.test(folded.slice(p.end, p.end + 24))) ||
      TECHNOLOGY_OF.test(folded.slice(Math.max(0, p.start - 40), p.start)) ||
      TECHNOLOGY_AFTER.test(folded.slice(p.end, p.end + 16)) ||
      // "hébergée sur notre cloud privé": the speaker's own cloud hosts its own offer; only a host named by name is beside it.
      (HOSTED_BY.test(folded.slice(Math.max(0, p.start - 60), p.start)) &&
        TITLE_CASE_WORD.test(ctx.sentence.text.charAt(p.start))) ||
      (p.start >= trigger.end && PARTNER_AFTER.test(folded.slice(Math.max(0, p.start - 24), p.start))) ||
      namedInPassing(folded, p);
    const candidates = named.filter(
      (p) => !seller(p) && !audienceOwner(folded, p) && !inFrontedPhrase(folded, p, trigger.index),
    );
    const sellers = new Set(named.filter(seller).map((p) => p.name));
    const lead = folded.slice(clause.start, trigger.index);
    // "The joint offer will be available": the trigger word may itself be the offer the founders' phrase names.
    const jointLead = folded.slice(clause.start, trigger.end);
    // "L'électrolyseur ... doit entrer en service", "the plant will go live": a facility, not an offer.
    const siteCompany = FACILITY.test(lead) ? namedBySiteNoun(lead, state) : undefined;
    if (FACILITY.test(lead) && siteCompany === undefined) continue;
    const near = lead.slice(-90);
    const said = folded.slice(trigger.index, trigger.end).replace(IN_SERVICE, '');
    if (
      FACILITY_NEAR.test(near) &&
      !OFFER_NOUN.test(near) &&
      !madeAtSite(lead) &&
      !(HOSTED_IN.test(lead.slice(-160)) && OFFER_NOUN.test(lead)) &&
      !(MADE_AVAILABLE.test(near) && AVAILABLE_WORD.test(said)) &&
      !OFFER_NOUN.test(said) &&
      !SELLING.test(said) &&
      !COMMERCIALLY_AVAILABLE.test(folded.slice(trigger.index, trigger.end + 24))
    )
      continue;
    // "Les deux postes … seront mis en service en 2030", "les cellules devraient être opérationnelles": a thing
    // put into service with no offer named before it is equipment starting up, not an offer sold.
    if (
      PUT_IN_SERVICE.test(folded.slice(trigger.index, trigger.end + 20)) &&
      !OFFER_NOUN.test(lead.slice(-120))
    )
      continue;
    if (
      PUT_IN_PRODUCTION.test(folded.slice(trigger.index, trigger.end)) &&
      !OFFER_NOUN.test(lead.slice(-120)) &&
      !OFFER_NOUN.test(folded.slice(trigger.end, trigger.end + 40))
    )
      continue;
    // The launcher is the subject: the first organisation before the launch word.
    let parties: PartyMention[] = [];
    // "which Fjordvik said would be commercially available": the company telling of the launch in the
    // relative clause is its launcher.
    // "… Lindqvist's engine, which … is due to be offered from 2028": the product's owner offers it.
    const owned = possessedOfferOwner(ctx, clause.start, trigger.index);
    const teller =
      relativeSpeaker(ctx, candidates, clause.start, trigger.index) ??
      possessorOfRelative(ctx, trigger.index) ??
      // "the first model of Maserati's new range would go on sale", "Its system will be available": the offer's owner.
      owned ??
      // "The company said its GPU offering, built on Nvidia hardware, will launch": the speaker's own offer.
      ownOfferTeller(ctx, state, clause.start, trigger.index) ??
      possessiveOfferOwner(ctx, state, clause.start, trigger.index) ??
      dealRelativeOwner(ctx, state, trigger.index) ??
      candidates.find(
        (p) =>
          p.end <= trigger.index &&
          DEAL_RELATIVE.test(folded.slice(Math.max(clause.start, p.start - 40), p.start)),
      );
    const subjectParty =
      teller ??
      coordinatedClauseSubject(folded, candidates, trigger.index) ??
      reportedLauncher(folded, candidates, trigger.index) ??
      candidates.find((p) => p.end <= trigger.index);
    const implied =
      extendedOfferLaunchers(trigger.id, lead, state, ctx.index) ??
      pairLaunchers(folded, state) ??
      impliedLaunchers(lead, state, folded.slice(0, clause.start)) ??
      ventureRelative(folded, trigger.index, state);
    // "The group said it would start selling Graystock's aggregates": the anaphor sells, the goods' owner makes.
    const sold =
      implied === undefined && subjectParty === undefined
        ? anaphorSeller(
            lead,
            said,
            folded.slice(trigger.end, trigger.end + 40),
            candidates.filter((p) => p.start >= trigger.index),
            state,
          )
        : undefined;
    if (implied !== undefined) parties = implied;
    else if (teller !== undefined) parties = [teller];
    else if (
      ctx.rules.organisations.founders.test(jointLead) &&
      state.founders !== undefined &&
      !(subjectParty !== undefined && ownProduct(ctx, subjectParty, lead)) &&
      (subjectParty === undefined ||
        (jointOffer(candidates, trigger.index, state.founders) &&
          !OWN_ACT.test(folded.slice(subjectParty.end, trigger.index))))
    )
      parties = state.founders.map((name) => ({ name, type: 'company', known: true, start: 0, end: 0 }));
    else if (subjectParty !== undefined && !ownedByOther(ctx, subjectParty, lead, state))
      parties = coordinatedWith(ctx, candidates, subjectParty, trigger.index);
    else if (subjectParty !== undefined) parties = [subjectParty];
    // "It also plans to launch a Maison Orée online store": the pronoun is the article's company; a
    // brand named after the launch word is what is launched.
    else if (sold !== undefined) parties = sold;
    else if ((PRONOUN_LEAD.test(lead) || anaphorLead(lead)) && state.topic?.type === 'company')
      parties = [state.topic];
    // "the two companies will jointly market a new shuttle. The service will start on 4 June", « Dorvel et Kessane
    // ont officialisé un partenariat … Le service sera disponible dès le 10 avril »: the offer the sentence before
    // gave the pair, or the one their deal just told brings, is theirs.
    else if (
      DEFINITE_OFFER.test(jointLead) &&
      state.founders !== undefined &&
      state.founders.length >= 2 &&
      state.previous !== undefined &&
      (ctx.rules.organisations.founders.test(state.previous.folded) ||
        (state.previous.folded === state.foundersText &&
          DEAL_BRINGS.test(state.foundersText) &&
          untold(ctx, Math.max(date.end, trigger.end))))
    )
      parties = state.founders.map((name) => ({ name, type: 'company', known: true, start: 0, end: 0 }));
    else if (audienceFree(ctx, outsideTrigger(candidates, trigger)).length > 0)
      parties = audienceFree(ctx, outsideTrigger(candidates, trigger)).slice(0, 1);
    else if (
      state.founders !== undefined &&
      ctx.rules.organisations.founders.test(folded.slice(clause.start, clause.end))
    )
      parties = state.founders.map((name) => ({ name, type: 'company', known: true, start: 0, end: 0 }));
    else {
      // "..., but the service will not be available before 2026": the sentence's subject, else the article's.
      const sentenceSubject = actors(ctx, { start: 0, end: clause.start })[0];
      const nameOwner =
        siteCompany ??
        ownerInProductName(ctx, state, clause.start, clause.end) ??
        possessorCandidate(ctx, state, clause.start);
      if (sentenceSubject !== undefined) parties = [sentenceSubject];
      else if (nameOwner !== undefined) parties = [nameOwner];
      // "… créent la coentreprise Solvane. Son offre sera disponible en 2029": its own, the venture's; and
      // "… créent la coentreprise Nuvélune. … Une offre de transition sera proposée dès juin": an offer no
      // company is written beside, in the story of a venture its founders set up, is the venture's too.
      else if (
        state.alliance !== undefined &&
        ((OWN_OFFER_LEAD.test(folded.slice(clause.start, trigger.index)) &&
          state.previous?.parties.some((p) => p.type === 'alliance' && p.name === state.alliance)) ||
          (state.founders !== undefined &&
            UNOWNED_OFFER_LEAD.test(folded.slice(clause.start, trigger.index))))
      )
        parties = [{ name: state.alliance, type: 'alliance', known: true, start: 0, end: 0 }];
      // "Le marché de la signalisation bénéficie du déploiement …": a market told of is no offer of the article's company.
      else if (state.topic !== undefined && !MARKET_SUBJECT.test(folded.slice(clause.start, trigger.index))) {
        // "… seront disponibles dans les hypermarchés de l'enseigne": not the retailer, the story's next company.
        if (!sellers.has(state.topic.name)) parties = [state.topic];
        else {
          const maker = bySalience(state.salience ?? newSalience()).find((n) => !sellers.has(n));
          if (maker !== undefined)
            parties = [{ name: maker, type: 'company', known: true, start: 0, end: 0 }];
        }
      }
    }
    if (
      teller === undefined &&
      implied === undefined &&
      subjectParty === undefined &&
      state.founders !== undefined &&
      state.founders.length >= 2 &&
      PARTNERSHIP_PRODUCT.test(jointLead)
    )
      parties = state.founders.map((name) => ({ name, type: 'company', known: true, start: 0, end: 0 }));
    // The pair telling of an offer no company heads, or of one its lead names the pair's, launches it (pair-offer.ts).
    if (implied === undefined)
      parties =
        pairOfferLaunchers(
          folded,
          state,
          parties,
          candidates,
          subjectParty,
          clause.start,
          trigger.index,
          teller,
        ) ?? parties;
    // "A version ..., hosted in Microsoft's data centres, is due in 2027, Lattimer said": the speaker launches.
    const speaker = reportingSpeaker(ctx, Math.max(date.end, trigger.end));
    const role = state.headline ?? state.topic;
    if (
      speaker === undefined &&
      role !== undefined &&
      implied === undefined &&
      subjectParty === undefined &&
      ROLE_SPEAKER.test(folded.slice(Math.max(date.end, trigger.end)))
    )
      parties = [role];
    // "The service will be available in 2029, Carrowmere said": of the pair whose deal named the offer,
    // the one telling of it launches it; a joint offer or a venture stays the pair's.
    if (
      speaker !== undefined &&
      implied !== undefined &&
      implied.length >= 2 &&
      !JOINT_OFFER.test(jointLead) &&
      implied.some((p) => p.name === speaker.name)
    )
      parties = [speaker];
    const head = parties[0];
    if (
      speaker !== undefined &&
      implied === undefined &&
      !parties.some((p) => p.name === speaker.name) &&
      (head === undefined ||
        (head.end > 0 &&
          (!HEADED.test(folded.slice(0, head.start)) || /,/u.test(folded.slice(0, head.start))) &&
          !FRONTED_DESCRIPTION.test(folded.slice(0, head.start))))
    )
      parties = [speaker];
    const party = parties[0];
    if (party === undefined) continue;
    const bound =
      boundBefore(folded.slice(Math.max(clause.start, date.index - 100), date.index), rules, folded) ??
      (OWN_NOT_AFTER.test(folded.slice(date.index, date.end)) ? 'not_after' : undefined);
    const subject = rules.launch.subject.exec(folded.slice(clause.start, clause.end));
    // "A week after Salesforce denied it wanted to buy Quillane, the two companies announced …": the fronted
    // denial is the past; the launch's status is the main clause's.
    const fronted = FRONTED_AFTER.exec(folded);
    const main =
      fronted !== null && fronted[0].length <= trigger.index && fronted[0].length > clause.start
        ? { start: fronted[0].length, end: clause.end }
        : clause;
    // "Saint-Gobain said … Tallowford's range would be sold": the company telling of the owner's offer speaks for it.
    const tellingFirst = candidates.find((p) => p.end <= trigger.index);
    let verdict = assessStatus(
      ctx,
      main,
      owned !== undefined &&
        teller === owned &&
        tellingFirst !== undefined &&
        tellingFirst.start < owned.start
        ? [...parties, tellingFirst]
        : parties,
    );
    // "L'offre commune devrait être accessible dès juin", after the two companies announced their deal:
    // the founders' own plan, confirmed with the deal, unless the sentence names a source of its own.
    const founders = state.founders;
    if (
      verdict.status === 'rumour' &&
      state.foundersStatus === 'confirmed' &&
      founders !== undefined &&
      founders.length >= 2 &&
      parties.length === founders.length &&
      parties.every((p) => founders.includes(p.name)) &&
      JOINT_OFFER.test(lead) &&
      !sourceHedged(ctx)
    )
      verdict = { ...verdict, status: 'confirmed', cues: [...verdict.cues, 'party:founders-plan'] };
    // "would be available from March", "devrait suivre en 2028": a date of availability is its maker's
    // schedule; a modal tells it as planned, not as hearsay. Only a source (an outlet, people familiar,
    // "selon nos informations") hedges it; someone who "told" an outlet is the source, not the outlet.
    // The joint offer of a deal still rumoured stays as open as the deal.
    else if (
      verdict.status === 'rumour' &&
      !launchSourced(ctx) &&
      // A single company's own offer is its own schedule, whatever deal it is rumoured in; so is the pair's, when
      // the pair itself tells of it.
      !(
        state.foundersStatus === 'rumour' &&
        parties.length >= 2 &&
        parties.every((p) => founders?.includes(p.name)) &&
        !pairTells(folded)
      )
    )
      verdict = { ...verdict, status: 'confirmed', cues: [...verdict.cues, 'party:schedule'] };
    const subjectText =
      subject?.[1] !== undefined
        ? ctx.sentence.text.substr(
            clause.start + subject.index + subject[0].indexOf(subject[1]),
            subject[1].length,
          )
        : undefined;
    const claim: LaunchClaim = {
      kind: 'launch',
      parties: [...new Set(parties.map((p) => p.name))],
      eventDate: date.date,
      ...(bound !== undefined ? { bound } : {}),
      ...(subjectText !== undefined ? { subject: subjectText } : {}),
      ...(party.type === 'alliance' && parties.length === 1 ? { alliance: party.name } : {}),
      ...baseOf(ctx, verdict),
    };
    const draft = draftOf(ctx, claim, trigger.id, verdict);
    // "Les premiers radars seront commercialisés à partir de 2028": no launcher written in the sentence,
    // nor a phrase naming the pair ("les deux partenaires"): the party is the story's, guessed from context.
    if (
      implied === undefined &&
      !ctx.rules.organisations.founders.test(folded.slice(clause.start, clause.end)) &&
      !parties.some((p) => ctx.parties.some((q) => q.name === p.name && q.end > 0))
    )
      draft.cues.push(LAUNCHER_FROM_CONTEXT);
    found.push(draft);
    told = Math.max(date.end, trigger.end);
  }
  return found;
}
