import type { EntityRegistry, EntityType } from '../entities/entity-registry.ts';
import { foldText } from '../entities/fold-text.ts';
import { type Token, tokenise } from '../entities/tokenise.ts';
import { acronymNames } from './acronym-names.ts';
import { adjectiveNames } from './adjective-names.ts';
import { CIVILITY_TITLES } from './civility.ts';
import { endsAsDivision, isDivisionName, isOwnBusinessLine } from './division-names.ts';
import { endAnchored } from './end-anchored.ts';
import { GIVEN_NAMES, TRADE_WORDS } from './given-names.ts';
import {
  bankOfGap,
  erieHead,
  foreignParticleGap,
  innerCoordination,
  lowerParticleOpens,
  particleGap,
} from './inner-joins.ts';
import { listingTags } from './listing-tags.ts';
import { namesARange, rangeMentions, spreadRanges } from './product-range-names.ts';
import { opensProductName } from './product-word-after.ts';
import { publicBodyNames } from './public-bodies.ts';
import { publicBodiesIn } from './public-buyers.ts';
import type { RuleSet } from './rules/rule-set.ts';
import { FR_TRADE_NOUNS } from './trade-nouns.ts';
import { coSpeakerTagBefore } from './trailing-co-speaker.ts';

/** An organisation named in a sentence: from the registry, or recognised by its surface form. */
/** A capitalised name the sentence alone did not make an organisation: the article may. */
export interface NameCandidate {
  name: string;
  start: number;
  end: number;
  /** Right after a place preposition ("à Pontchâteau", "in Lyon"): a town unless the article says otherwise. */
  place?: boolean;
}

export interface PartyMention {
  /** Canonical registry name, else the name as written. */
  name: string;
  type: EntityType;
  known: boolean;
  /** Offsets into the sentence. */
  start: number;
  end: number;
  /** An outlet only by the verb before it ("approached by X"): the article may show it is a company. */
  guessed?: boolean;
  /** "Generali France": a registry company's national unit, as written, and where it ends (country-units.ts). */
  unit?: { name: string; end: number; home: boolean };
}

const UPPER_START = /^[\p{Lu}\d]/u;
/**
 * "14:30 Helmora Dialysis is bucking the trend", "09h15 - Quorvane recule": a live page's time stamp before an
 * item's first word leaves that word where a sentence starts (live-items.ts reads the stamp as the item's opening).
 */
const LIVE_STAMP_ONLY = /^\s*\d{1,2}\s?[h:]\s?\d{2}(?:\s?(?:gmt|utc|cet|bst|hec))?\s*(?:[-–—|:]\s*)?$/u;
const LOOK_BACK = 64;
// The cues below that read the words before a name end on `$` in every branch: wrapped in endAnchored
// (end-anchored.ts), each is tried once from the end of the window instead of at each of its positions.
/** Names may follow these words in a party slot ("avec Acme", "rachète Zorglub"). */
const SLOT_BEFORE = endAnchored(
  /(?:^|[\s'])(?:avec|entre|par|with|between|by|rachete|racheter|acquiert|s'offr\w*|acquires|acquire|acquired|acquiring|buys|buy|bought|buying|purchases|purchased|purchasing|(?:rachat|acquisition|reprise|takeover|purchase|acquisition|prise de controle|merger|cession|sale) (?:de|d'|du|of)|(?:cession|vente|sale) (?:a|au|aux|to)|(?:cedee?s?|vendue?s?|sold) (?:a|au|aux|to)|(?:achat|opa|offre|offer|bid|approach|approche) (?:sur|for|on|pour)|\d+(?:[.,]\d+)? ?% (?:du capital )?(?:de|d'|du|des|of|in|dans)|s'empar\w* (?:de|d'|du)|la main sur|le controle (?:de|d'|du)|(?:du|au|le|son|leur) capital (?:de|d'|du|des)|(?:la direction|les dirigeants|le management|l'actionnaire|les actionnaires|(?:le|la|un|une) porte-parole|le conseil d'administration|le conseil de surveillance|the board) (?:de|d'|du|des|of)|(?:a )?spokes(?:man|woman|person) for|(?:participation|stake|holding|interest|investment|investissement) (?:\w+ ){0,2}(?:dans|in)|(?:entre|entrer|entrera|entree) au capital (?:de|d'|du)|snapped up|snaps up|approached|awarded|hired|awarded (?:an?|the|its) [^.;]{0,60}? to|(?:notifie|attribue|adjuge)e?s? (?:[\w'-]+ ){0,4}?(?:a|au|aux)|(?:be |been |is |was |were |are )?(?:circling|stalking|eyeing)|approche|lorgne\w*|acquerir|acquis|reprendre|reprend|repris|absorber|absorbe|(?:actionnaires?|proprietaires?|maison mere) (?:de|d'|du)|(?:shareholders?|owners?|parent) of|(?:l'|la |le )(?:offre|plateforme|service|solution|application|gamme|suite) (?:de|d')|(?:offre|plateforme|solution|gamme|application|service|logiciel|produit|forfait) (?:de |d')?(?!(?:dans|en|a|au|aux|pour|sur|chez|ses|sa|son|leurs?) )[\w-]+(?: (?!(?:dans|en|a|au|aux|pour|sur|chez|ses|sa|son|leurs?) )[\w-]+)? (?:de|d')|du cote (?:de|d')|confi\w+ (?:[\w'-]+ ){0,6}?(?:la|le|l'|les) ?(?:distribution|fabrication|production|maintenance|gestion|exploitation|fourniture|commercialisation|livraison|hebergement|assemblage|logistique) (?:[\w'-]+ ){0,10}?(?:a|au|aux)|(?:lancement|mise sur le marche|commercialisation|mise en vente|launch|release|roll-?out) (?:de la |de l'|du |des |de |d'|of (?:the |its )?)(?:[\w-]+ ){1,3}(?:de|d'|du|of)|(?:distribution|commercialisation|revente) (?:exclusive )?(?:des|de la|du|de) (?:[\w'-]+ ){0,3}(?:de|d')|de la part (?:de|d'|du)|(?:co-?)?(?:fondat(?:eur|rice)|founder)s? (?:de |d'|du |of )|(?:pdg|p-dg|directeur general|directrice generale|president|presidente|patron|patronne|dirigeant|dirigeante|directeur financier|directrice financiere|chief executive|ceo|cfo|chairman|chairwoman|chief [a-z]+ officer) (?:de |d'|du |of )|(?:par action|par titre|a share|per share) (?:pour|for)|(?:offer|bid|approach|proposal)s? from|(?:recu|recoit|recevoir|reception) (?:d')?(?:\w+ ){0,3}(?:offres?|propositions?|approches?) (?:[\w']+ ){0,2}(?:de|d'|du)|(?:le |la |the |a |an )(?:directeur|directrice|responsable|director|head) (?:de la |de l'|du |des |d'|of )?(?!(?:l|usine|site|plant|factory)\b)[\w-]+(?: [\w-]+)? (?:de|d'|du|of|at)|qui (?:lie|lient|liait|liaient|liera|lieront|unit|unissent)(?: desormais| deja| aussi)?|(?:funding|financing|investment|equity|series \w) round (?:\w+ )?in|quant a|as for|chez|(?:shares?|stock|share price) (?:of|in)|(?:l'action|le titre|les actions|des actions|des titres|le cours) (?:de |d'|du )?|(?:a|ont) (?:indique|precise|affirme|declare|explique|ajoute|fait savoir)|confie a|s'associ\w* (?:a|avec)|(?:alli|associ)(?:e|ee|es|ees|ent|era|eront|erait) (?:a|avec)|joined|joins|has joined|fusionner avec|(?:a|ont|avait) (?:delivre|decerne|attribue|octroye|accorde|remis) a|(?:reunit|reunissent|rassemble|rassemblent|regroupe|regroupent|made up of|composed of|comprises|consists of|brings together)|distribute|distributes|will distribute|resell|resells|will resell|licen[cs]ed|licen[cs]ed (?:[\w'-]+ ){0,4}to|(?:appointed|named) (?:[\w-]+ ){0,2}(?:distributor|reseller|dealer)s? (?:[\w-]+ ){0,5}for|\b(?:sale|sold|sells?|selling|disposal|divest\w*|offload\w*) (?:[^,;.]{0,50} )?to|\b(?:commande|commandes|commandee?s?|commandent|ordered|orders? for) (?:[\w'-]+ ){0,8}?(?:a|au|aux|aupres (?:de|d'|du|des)|from|with))\s*$/u,
);
/**
 * "racheter la Banque Ruedin", "reprendre les Celliers de Loire": a name after a purchase verb and its article.
 * « l'acquisition de la Biscuiterie Vernet », « 40 % du capital de la Tuilerie Sornac », « une participation de
 * 20 % dans la Brasserie Ormel »: after the purchase noun or the share bought too, the article's capitalised
 * head noun opens the target's name (it is no place: a place is not bought).
 */
const BOUGHT_THE = endAnchored(
  /(?:^|[\s'])(?:rachete\w*|racheter|acquiert|acquerir|reprendre|reprend|absorber|absorbe|(?:rachat|acquisition|reprise|prise de controle) (?:de|d')|\d+(?:[.,]\d+)? ?% (?:du capital )?(?:de|d')|(?:du|au|dans le) capital (?:de|d')|participation (?:[\w'%,.-]+ ){0,4}dans) (?:la |le |les |l')$/u,
);
/**
 * "a stake in Acme", "investit dans Acme", "a stake of up to 20% in Acme": after these, "in"/"dans"
 * introduces a company, not a place.
 */
const STAKE_IN = endAnchored(
  /(?:stake|holding|interest|investment|invests?|invested|investing|participation|investissement|investit|investi|shares|stock|(?:funding|financing|investment|equity|series \w) round) (?:[\w.%-]+ ){0,2}(?:in|dans)\s*$|(?:stake|holding|interest|participation) (?:of |de )?(?:[\w'-]+ ){0,3}\d+(?:[.,]\d+)? ?% (?:in|dans(?: la| le| les| l')?)\s*$/u,
);
/** "s'allie à X", "cède sa filiale à X": after these, "à" introduces a party, not a place. */
/**
 * "céder sa filiale Malbrune Services à X", "a sale of its signalling arm to X", "the sale of a 10% stake in Y to the
 * Qalaat Fund": the buyer after "à"/"to" (and its article). English "a" before a figure or a stake's size is the
 * article, not the folded « à ».
 */
const SALE_TO = endAnchored(
  /(?:^|\s)(?:ceder|cede|cedent|cedera|cederait|cederaient|cession|vente|vendre|vendrait|vendu|vend|vendent|vendra|sell|sells|selling|sale|sold|divest|divests|divesting|offload|offloading) (?:(?!(?:au|aux|to)\s)(?!a\s(?!\d|(?:minority|majority|controlling|small|large|further) ))[\w'%,.-]+ ){1,8}(?:a|au|aux|to)(?: the| la| l')?\s*$/u,
);
/** "KKR has agreed to sell Tresco Healthcare, …, to Bupa", "a vendu Cléromont à Otis": the object of a sale. */
const SOLD_OBJECT = endAnchored(
  /(?:^|\s)(?:sell|sells|selling|sold|divest|divests|divested|offload|offloads|offloaded|vendre|vend|vendu|vendra|vendrait|ceder|cede|cedera|cederait)\s*$/u,
);
/** What follows a sold company: its buyer ("to", "à") or an apposition describing it. */
const SOLD_NEXT = /^\s*(?:,|to\s|a\s|au\s|aux\s)/u;
/** "to sell its Ambrus hygiene business to Cinven": a business its seller names is the company sold. */
const SOLD_OWN = endAnchored(
  /(?:^|\s)(?:sell|sells|selling|sold|divest|divests|divested|offload|offloads|offloaded|spin off|spins off|spun off) (?:its|their)\s+$/u,
);
const OWN_UNIT_NEXT = /^\s+(?:[a-z-]+ ){0,3}(?:business|unit|arm|division|subsidiary|brand)\b/u;
/** "sell Tresco Healthcare, the care-home operator it bought in 2024, to Bupa": the buyer after the sold one's apposition. */
const SOLD_TO = endAnchored(
  /(?:^|\s)(?:sell|sells|selling|sold|divest|divests|divested|offload|offloads|offloaded|vendre|vend|vendu|vendra|vendrait|ceder|cede|cedera|cederait)\s[^;.]{1,90},\s(?:to|a|au|aux)\s*$/u,
);
/** "the head of communications at X", "a director at X": the employer after "at", not a place. */
const OFFICER_AT = endAnchored(
  /(?:^|\s)(?:head|director|chief|officer|spokes(?:man|woman|person)|executive|manager|president|chairman|chairwoman|ceo|cfo|engineer|analyst)(?: of [\w-]+(?: [\w-]+)?)? at\s*$/u,
);
/** "le ministre de l'Industrie", "the Minister for Trade": the portfolio after a minister is no company. */
const MINISTER_OF = endAnchored(
  /(?:^|\s)(?:ministre|ministere|secretaire d'etat|minister|ministry|secretary of state|secretary)(?: (?:delegue|deleguee|charge|chargee))? (?:de la |de l'|des |du |de |d'|of |for |of the |for the )\s*$/u,
);
/** "c'est finalement Lormand qui l'emporte", "it was Kelso that won": a cleft sentence's focus is the subject. */
const CLEFT_BEFORE =
  /(?:^|\s)(?:c'est|c'etait|ce sont|ce fut|it is|it was|it's)(?: (?:finalement|donc|bien|aussi|encore|enfin|finally|eventually|ultimately))?\s*$/u;
/** "an approach from X", "a takeover offer from X": after these, "from" introduces the bidder, not a place. */
const BIDDER_FROM = endAnchored(
  /(?:offers?|bids?|approach(?:es)?|proposals?|overtures?|interest) (?:of interest )?from\s*$|\b(?:ordered|orders? for) (?:[\w.,'-]+ ){0,6}?from\s*$/u,
);
const PARTNER_TO =
  /\bconfi\w+ (?:[\w'-]+ ){0,6}?(?:la|le|l'|les) ?(?:distribution|fabrication|production|maintenance|gestion|exploitation|fourniture|commercialisation|livraison|hebergement|assemblage|logistique) (?:[\w'-]+ ){0,10}?a\s*$|\b(?:s'alli\w*|alliee?s?|s'associ\w*|associee?s?|cede\w*|ced\w*|cession|vente|vend\w*|revend\w*|confie\w*|commande\w*|commandent|notifie\w*|attribue\w*|delivre\w*|decerne\w*|octroye\w*|adjuge\w*|licencie\w*|concede\w*|adosse\w*) (?:[\w'%,.-]+ ){0,7}a\s*$/u;
/** Between the words of one title: "Journal des Affaires", "Gazette de l'Industrie". */
const OUTLET_JOIN = /^\s+(?:de|des|du|de la|de l'|d'|of|of the|for)\s*$/u;
/** The head of a public body's name ("Federal Office", "Ministère", "Agency"). */
const INSTITUTION =
  /\b(?:office|agency|ministry|authority|institute|department|commission|bureau|council|directorate|agence|ministere|autorite|institut|conseil|secretariat)(?: [a-z-]+){0,2}$/u;
const INSTITUTION_JOIN = /^\s+(?:for|of|of the|for the|de|des|du|de la|de l'|d'|pour|pour la|pour le)\s*$/u;
/** Places follow these words: "listed in Copenhagen", "basé à Lyon", "dans le Perche". */
const PLACE_BEFORE = endAnchored(
  /(?:^|\s)(?:in|at|from|near|a|en|based|base|basee|installe|installee|implante|implantee|dans (?:le|la|les|l'))\s*$|(?:^|[\s'])(?:site|usine|campus|entrepot)s? (?:de|d')\s*$/u,
);
/**
 * "a Nutrien spokesman said": in English "a" is the article, not the folded French « à » of a place; a
 * name between it and a company's voice is that company.
 */
const ENGLISH_ARTICLE_END = /(?:^|\s)a\s*$/u;
const VOICE_NOUN_AFTER =
  /^\s+(?:spokes(?:man|woman|person)|representative|executive|official|chief executive|ceo|press officer)\b/u;
/** After a name's closing capital or initials: the end of a word, not a figure's unit ("M€") or a title's dot. */
const INITIALS_CLOSE = /^(?:$|[\s,;:)»"”]|\.(?:$|\s))/u;
/**
 * The index of the last token of a name's closing capital ("Posco Future M") or dotted initials ("Transat
 * A.T."), from the token `at`; -1 when the letters there are none.
 */
function initialsEnd(sentence: string, tokens: readonly Token[], at: number, rules: RuleSet): number {
  const letter = tokens[at] as Token;
  if (!/^\p{L}$/u.test(letter.text) || !upperAt(sentence, letter.start)) return -1;
  let k = at;
  // "A.T.", "S.E.B.": a capital, a dot, a capital, each tight on the last.
  while (
    tokens[k + 1]?.text === '.' &&
    (tokens[k + 1] as Token).start === (tokens[k] as Token).end &&
    tokens[k + 2] !== undefined &&
    (tokens[k + 2] as Token).start === (tokens[k + 1] as Token).end &&
    /^\p{L}$/u.test((tokens[k + 2] as Token).text) &&
    upperAt(sentence, (tokens[k + 2] as Token).start)
  )
    k += 2;
  const dotted = k > at;
  if (!dotted) {
    // "M. Dupont": a lone capital and a dot is a title or an initial of a person; "A", "I" are English words.
    if (sentence.charAt(letter.end) === '.') return -1;
    if (rules.language === 'en' && (letter.text === 'a' || letter.text === 'i')) return -1;
  }
  // "Transat A.T. a conclu": the closing dot is the name's.
  const closing =
    dotted && tokens[k + 1]?.text === '.' && (tokens[k + 1] as Token).start === (tokens[k] as Token).end;
  const last = closing ? k + 1 : k;
  return INITIALS_CLOSE.test(sentence.slice((tokens[last] as Token).end, (tokens[last] as Token).end + 2))
    ? last
    : -1;
}
/** "installé à Saint-Priest", "based in Sion": where a company is settled is a town, whatever else the article does with it. */
const SETTLED_AT = endAnchored(
  /(?:^|\s)(?:based|headquartered|located|installee?s?|implantee?s?|basee?s?|situee?s?|domiciliee?s?) (?:a|in|at)\s*$/u,
);
/** "a plant near Bergen", "une usine près de Gdansk": only a place lies near something, whatever follows it. */
const NEAR_BEFORE = endAnchored(
  /(?:^|\s)(?:near|nearby|(?:north|south|east|west) of|pres (?:de|d')|a proximite (?:de|d')|non loin (?:de|d'))\s*$/u,
);
/** "partner for its Open RAN sites", "fournisseur de ses Smart Grids": a name its owner's possessive heads is a product. */
const POSSESSED_BEFORE = endAnchored(
  /(?:^|\s)(?:its|their|his|her|our|sa|son|ses|leur|leurs|notre|nos)\s+$/u,
);
/** "buy Open RAN specialist Ruskvale Radio", "AI start-up Pendrel": a name qualifying the role noun of the next name. */
const MODIFIER_OF_NAMED_ROLE =
  /^\s+(?:[\p{Ll}-]+\s+)?(?:specialist|start-?up|maker|developer|provider|vendor|supplier|outfit|player|platform|designer|pioneer|expert|firm|company|group|business|utility|operator|carrier|lender|insurer|retailer|manufacturer|producer|miner|airline|brewer|grocer|broadcaster|forwarder|haulier|hauler|foundry|workshop|shop|cooperative|co-operative|mutual|hotelier|processor|laboratory|brokerage|marketplace|refiner|smelter|bottler|packager|shipowner|shipyard|grower|chain|packer|baker|distiller|roaster|wholesaler|distributor|contractor|housebuilder|importer|exporter)\s+[\p{Lu}]/u;
/** "la lettre professionnelle Rayons & Marques", "the German daily Handelsblatt": the press noun names an outlet. */
const PRESS_BEFORE =
  /(?:^|\s)(?:(?:(?:la|une|cette) (?:lettre|revue|newsletter|publication|gazette)|(?:le|un|ce) (?:quotidien|magazine|journal|mensuel|bimensuel|site d'informations?|site d'actualites?|media|bulletin)|l'hebdomadaire|un hebdomadaire|le bimensuel)(?: (?:professionnel|specialise|economique|financier|confidentiel|britannique|americain|allemand|italien|espagnol|belge|suisse|sectoriel|industriel|hebdomadaire|quotidien|mensuel|regional|national|gratuit|numerique|en ligne|d'informations?|d'actualites?|des affaires)(?:le|e|s|es|les)?){0,2}|(?:the|a|an|that) (?:[a-z-]+ ){0,2}(?:newspaper|daily|weekly|magazine|newsletter|publication|news site|news website|tabloid|broadsheet|trade (?:journal|letter|paper|title)))\s*$/u;
/** "la plateforme industrielle de Lacq", "the chemical park at Stade": a site named after its place. */
const SITE_OF_BEFORE = endAnchored(
  /(?:^|\s)(?:(?:plateformes?|zones?|parcs?|sites?|poles?|bassins?|complexes?|campus|technopoles?) (?:industriel(?:le)?s?|chimiques?|petrochimiques?|logistiques?|portuaires?|technologiques?|d'activites?|scientifiques?|energetiques?|nucleaires?|gazier(?:e)?s?|petrolier(?:e)?s?|aeroportuaires?|de production) (?:de |d'|du )|(?:industrial|chemical|petrochemical|logistics|science|business|technology|research|energy) (?:park|platform|site|zone|estate|cluster|complex|hub|campus)s? (?:of|at|in) )$/u,
);
/** French elided words: "L'Oréal", "D'Aucy", "Qu'Orange" are an article or a conjunction and a name. */
const ELIDED = new Set([
  'l',
  'd',
  'j',
  'm',
  'n',
  's',
  't',
  'c',
  'qu',
  'jusqu',
  'lorsqu',
  'puisqu',
  'quoiqu',
  'presqu',
]);
/**
 * "S&P Global", "AT&T": letters tied by a tight "&" to a capital open a name even when the first alone is
 * no name; not an index's "S&P 500".
 */
function ampersandOpensName(sentence: string, tokens: readonly Token[], i: number): boolean {
  const first = tokens[i] as Token;
  const amp = tokens[i + 1];
  const partner = tokens[i + 2];
  return (
    first.text.length <= 3 &&
    amp?.text === '&' &&
    amp.start === first.end &&
    partner !== undefined &&
    partner.start === amp.end &&
    upperAt(sentence, partner.start) &&
    !/^\s*\d/u.test(sentence.slice(partner.end, partner.end + 3))
  );
}

/** Words that never open a company name, whatever capitalised word follows: determiners and pronouns. */
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'our',
  'his',
  'her',
  'my',
  'your',
  'le',
  'la',
  'les',
  'l',
  'un',
  'une',
  'ce',
  'cet',
  'cette',
  'ces',
  'son',
  'sa',
  'ses',
  'leur',
  'leurs',
  'notre',
  'nos',
  'votre',
  'vos',
  'du',
  'des',
  'de',
  'd',
  'au',
  'aux',
]);
/**
 * "Here Technologies", "Next Holdings": a word that alone is no name opens one when a company's closing
 * word ("Technologies", "Holdings") follows it and ends the name.
 */
function suffixClosesName(sentence: string, tokens: readonly Token[], i: number, rules: RuleSet): boolean {
  const first = tokens[i] as Token;
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  return (
    !DETERMINERS.has(first.text) &&
    next !== undefined &&
    sentence.slice(first.end, next.start) === ' ' &&
    upperAt(sentence, next.start) &&
    rules.organisations.suffixes.has(next.text) &&
    !rules.organisations.notNames.has(next.text) &&
    // The closing word ends the name: "Here Technologies, …", not "New Energy Capital …" read from its middle.
    (after === undefined ||
      !(sentence.slice(next.end, after.start) === ' ' && upperAt(sentence, after.start)))
  );
}

/**
 * "Dai-ichi Life": after a tight hyphen, a short lowercase syllable followed by a capitalised word goes on
 * the name. Not a modifier ("Paris-based Mistral", "Renault-led", "Airbus-style") nor a town's link ("-sur-").
 */
const NOT_SYLLABLE = new Set([
  'sur',
  'sous',
  'les',
  'lez',
  'en',
  'et',
  'le',
  'la',
  'de',
  'du',
  'des',
  'au',
  'aux',
  'upon',
  'on',
  'in',
  'like',
  'era',
  'style',
  'wide',
  'size',
  'type',
  'class',
  'grade',
  'free',
  'only',
  'born',
  'made',
  'built',
  'run',
  'bound',
  'owned',
  'based',
]);
function innerSyllable(sentence: string, tokens: readonly Token[], at: number): boolean {
  const word = tokens[at];
  const then = tokens[at + 1];
  return (
    word !== undefined &&
    then !== undefined &&
    /^\p{Ll}{2,5}$/u.test(sentence.slice(word.start, word.end)) &&
    !word.text.endsWith('ed') &&
    !NOT_SYLLABLE.has(word.text) &&
    sentence.slice(word.end, then.start) === ' ' &&
    /^\p{Lu}\p{Ll}/u.test(sentence.slice(then.start, then.end))
  );
}
const LOWER_PREFIX = endAnchored(/(?:^|[\s(])\p{Ll}{2,6}-$/u);
/** A live blog's clock time before its item: « 10h42 », "14.10", the minutes of "14:10". */
const LIVE_CLOCK = /^(?:\d{1,2}h\d{2})$/u;
const CLOCK_TIME = /^\d{1,2}(?:[.:h]\d{2})?\s?(?:am|pm|a\.m|p\.m|h)?$/iu;
/** "Bourg-en-Bresse", "Saint-Rambert-d'Albon", "Stratford-upon-Avon": a lowercase link between hyphens joins a town's name. */
const CUSTOMERS_AFTER =
  /^\s(?:customers|clients|users|members|member states|allies|countries|governments|forces|troops|armies|buyers)\b/u;
const MODEL_NOUN_AFTER = /^\s(?!(?:shares|stocks|securities|bonds)\b)\p{Ll}{3,}s\b/u;
/** "shuttles will carry passengers between Part-Dieu and Gerland", "une ligne reliant Rennes à Brest": a route's ends. */
const ROUTE_BEFORE =
  /\b(?:carry|carries|carrying|link|links|linking|linked|connect|connects|connecting|route|routes|flights?|trains?|shuttles?|ferr(?:y|ies)|reli\w*|dessert|desserv\w*|ligne|lignes|liaison|liaisons|navettes?|vols?|trajets?)(?: [\p{L}'-]+){0,3}? (?:(?:between|entre) (?:the )?(?:\p{L}[\p{L}'-]*(?: \p{L}[\p{L}'-]*){0,3} (?:and|et) (?:the )?)?|(?:from|de) (?:the )?\p{L}[\p{L}'-]*(?: \p{L}[\p{L}'-]*){0,3} (?:to|a) (?:the )?)$/u;
const PLACE_LINK_BEFORE = endAnchored(
  /\p{L}-(?:en|sur|sous|le|la|les|lès|lez|de|des|du|aux|au|d['’]|upon|on|under|in)-?$/u,
);
const PLACE_LINK_AFTER =
  /^-(?:en|sur|sous|le|la|les|lès|lez|de|des|du|aux|au|d['’]|upon|on|under|in)-?\p{Lu}/u;
const SITE_AFTER =
  /^\s(?:campus(?:es)?|plants?|factory|factories|sites?|facility|facilities|data ?cent(?:er|re)s?|datacenters?|warehouses?|depots?|refinery|mills?|headquarters|offices?|hub|terminal)\b/u;
const OWNER_BEFORE = endAnchored(/(?:^|\s)(?:our|its|their|his|her|my|your)\s*$/u);
/** "son usine de Roanne", "son unité de production de lots de Saint-Fons", "its plant in Gdansk": a one-word name after a site is its town. */
const TOWN_SITE_BEFORE =
  /(?:^|[\s'])(?:usines?|unites? (?:de production|de fabrication)|sites? (?:de production|industriels?|logistiques?)|entrepots?|ateliers?|plants?|factory|factories|facility|facilities|warehouses?)(?: (?!(?:de|du|des|d'|of|in|at|a)\s)[\w'-]+| (?:de|d'|du|des|of) (?:[\w-]+ ){0,2}(?!(?:de|du|des|d'|of|in|at|a)\s)[\w-]+){0,3} (?:de|d'|in|at|a)\s*$/u;
/** Trades written as an acronym ("IT services", "AI start-up"), folded. */
const TRADE_ACRONYM = new Set(['it', 'ai', 'ev', 'hr', 'ict', 'esg']);
/** The trade noun such an acronym qualifies: then the acronym opens a description, not a name's last word. */
const TRADE_NOUN_AFTER =
  /^\s(?:services|service|firm|group|company|start-?up|startup|cloud|maker|provider|specialist|consultancy|outsourcer|integrator|vendor|developer|unit|business|platform|lab|chipmaker|outfit|player)\b/u;
/** "le groupe de Boston": a cue noun followed by "de" names a place or an owner, not the organisation. */
const OF_BEFORE = endAnchored(/(?:^|\s)(?:de la|de l'|de|du|d'|of)\s*$/u);
/**
 * "la manufacture horlogère de Morteau a démenti", "la petite maison de Châteaubernard", "le tribunal de
 * commerce d'Angoulême", « celui du groupe de Bezons », « le groupe de l'avenue Matignon »: the role noun is the
 * subject; the name after "de" (or its street) is its place or owner.
 */
const TRADE_WORDS_OF = Object.keys(FR_TRADE_NOUNS).join('|');
const ROLE_OF_BEFORE = endAnchored(
  new RegExp(
    String.raw`(?:^|\s)(?:l'|le |la |du |au |the )(?:(?:petite?|grande?|jeune|vieille?|vieil|nouvelle?|nouvel|ancienne?|discrete?|modeste|small|young|little)\s)?(?:tribunal (?:de commerce|judiciaire|administratif|des activites economiques)|tribunal|cour d'appel|chambre de commerce(?: et d'industrie)?|club|producteur|transporteur|negociant|groupe|societe|entreprise|firme|maison|manufacture|fabricant|constructeur|equipementier|cooperative|mutuelle|banque|assureur|filiale|specialiste|editeur|operateur|distributeur|industriel|laboratoire|biotech|medtech|fintech|start-up|startup|pme|eti|esn|enseigne|holding|company|group|firm|maker|manufacturer|subsidiary|geant|${TRADE_WORDS_OF})(?: [a-z-]+)? (?:de la |de l'|des |de|du|d'|of(?: the)?)\s*(?:(?:avenue|rue|boulevard|quai|place|cours|allee|route|chemin|esplanade|parvis|tour) (?:de la |de l'|des |de |du |d')?)?$`,
    'u',
  ),
);
/** Names coordinated with an organisation are organisations too ("Acme et Zorglub ont signé", "Acme and French family-owned Zorglub"). */
const COORDINATION =
  /^\s*(?:,|et|and|&|ou|or|ni|nor)(?: (?:a|au|avec|to|with))?(?: (?:le |la |l'|the )?(?:groupe|societe|operateur|editeur|constructeur|group|company|operator))?(?: (?:le |la |l')?(?:[a-z]+-(?:listed|owned|based|backed|held|controlled)|family-owned|state-owned|privately held|(?:french|german|british|dutch|belgian|spanish|italian|swiss|swedish|norwegian|danish|finnish|irish|austrian|polish|portuguese|american|us|canadian|japanese|korean|south korean|chinese|indian|francais|francaise|allemand|allemande|britannique|neerlandais|belge|espagnol|italien|italienne|suisse|suedois|norvegien|danois|americain|americaine|japonais|coreen|sud-coreen|chinois))){0,2}\s*$/u;
const COORDINATED_ARTICLE = /^\s*(?:et|and|&)\s(?:la |le |les |l'|the )$/u;
/**
 * "Sérémont Industrie, à Montbéliard, a chuté": a town between commas after a subject is where it
 * stands, not a second name listed with it; "vendu à Renault, à Volvo" lists names after the same "à".
 */
function townApposed(
  folded: string,
  o: { start: number; end: number },
  c: { start: number; end: number; place?: boolean },
): boolean {
  return (
    c.place === true &&
    /^\s*,\s*(?:a|au)\s+$/u.test(folded.slice(o.end, c.start)) &&
    /^\s*,/u.test(folded.slice(c.end, c.end + 3)) &&
    !/(?:^|\s)(?:a|au|aux)\s+$/u.test(folded.slice(Math.max(0, o.start - 4), o.start))
  );
}
/**
 * "DP World, à Dubaï, s'est refusé …", "Halvard, in Oslo, declined …": a town apposed between commas right after
 * a name; the claim's verb that follows it is the name's. The length of the apposition, 0 when there is none.
 */
const PLACE_APPOSED_AFTER =
  /^\s*,\s*(?:à|au|in|at)\s+\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+){0,2}\s*,\s*/u;
function placeApposedLength(after: string): number {
  return PLACE_APPOSED_AFTER.exec(after)?.[0].length ?? 0;
}
/** "En Moselle, …", "In Leeds, …", "And in Casablanca, …": a place preposition opening the sentence. */
const FRONTED_PLACE =
  /^\s*(?:(?:and|but|et|mais|also|meanwhile|enfin|puis),?\s+)?(?:en|a|au|aux|dans|in)\s+(?:(?:le|la|les|the)\s+|l')?$/u;
/** "Rainford Water, Tarbert Energy and Siemens Energy signed": a sentence opening on a list of three or more names. */
const OPENING_LIST = /^\s*,\s*[\p{L}\p{N}&'’ .-]{2,50},?\s(?:and|et|&)\s/u;
/** Between a name and the next one introduced by its role noun: " and Polish utility ", ", fuel supplier ". */
const ROLE_LISTED = /^\s*(?:,|and|et|&)\s+(?:[a-z-]+ ){1,4}$/u;
/** ... or come right before a verb of a claim ("Acme a signé", "Zorglub acquires"). */
const SLOT_AFTER =
  /^\s*(?:,\s*(?:lui|elle|eux|elles|lui aussi|elle aussi|pour sa part|de son cote|for its part|meanwhile|too)\s*,\s*)?(?:n'|ne )?(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),? |(?:today|yesterday|also|this week|last week),? )?(?:a |ont |avait |s'|se |has |have |had |is |was |are |were |will |could |may |might |would |'s |said |says |vient d'|viennent d'|vient de |viennent de )?(?:(?:on |this |last )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),? )?(?:(?:par ailleurs|de son cote|de leur cote|pour sa part|pour leur part|quant a (?:elle|lui|eux)|en outre|a son tour|for its part|for their part|in turn) )?(?:\w+ )?(?:sign|added \d|adds \d|(?:sera|seront|serait|seraient|est|sont) (?:pas |plus |bientot |enfin |donc )?(?:commercialis|lance|disponible|propose|mise? en vente|en vente|programme)|pass(?:ed|es)? (?:its|their|the|an?) (?:[\w-]+ ){0,3}(?:audit|assessment|recertification|evaluation)|(?:its|their) (?:[\w-]+ ){0,2}(?:distributor|reseller|dealer|stockist|licensee)s?\b|snap|(?<=s'|s'est )off(?:r|ert)|explor\w* (?:a|an|the) (?:possible |potential )?(?:bid|offer|sale|takeover|merger|deal|tie-up)|walk\w* away from|present|(?:plans?|planning|intends?|aims?|set|poised|preparing|expected|about|going) to (?:launch|buy|acquire|sell|release|roll out|introduce|start|open|merge|list|sign|team up|partner)|start\w* (?:selling|offering)|(?:went|goes|go|will go) on sale|sur le point (?:de|d')|entree?s? en (?:negociations?|discussions?|pourparlers)|ma(?:ke|kes|de|king) (?:an? )?(?:offer|bid|approach)|bid for|award|attribu|notifi|adjug|hired|grant|dismiss|reject|brush|chose|chosen|selected|picked|a retenu|a choisi|roll(?:s|ing)? out|in (?:advanced |exclusive |early )?talks (?:to|with|over|about)|close to (?:a deal|an agreement|agreeing|buying|forming|signing|acquiring|merging|clinching|sealing|striking)|vu (?:attribu|deliv|decern|octroy|remettre)|rachet|repren|repris|absorb|acqui|alli|associ|partner|team|buy|bought|annonc|announc|lanc|launch|mett\w* en ligne|obtien|obtenu|decroch|qualifi(?!cation)|certifi(?!cat)|dement|denied|declin|pass\w* (?:une )?commande|command|ordered|placed (?:an? )?orders?|n'a pas|did not|refus|confirm|prend|pris|took|take|noue|conclu|s'envol|bond|grimp|chut|recul|rose|fell|jump|gain|perd|lost|entered into|entered a|clinch|sealed|inked|struck|agreed (?:on \w+ |last \w+ )?to|earned|secured|won|rolled out|unveil|complet|finalis|finaliz|ship|deliver|releas|commerciali|livr|envol|appreci|flamb|bondi|cede|ced|sells|sold|sell (?:its|their|a|the|part|all|most|some|majority|minority)\b|divest|offload|rebuff|spurn|turned down|approach|accept|rejet|repouss|negoci|negotiat|souscri|subscrib|discut|discuss\w* (?:the |a |an )?(?:possible |potential )?(?:sale|purchase|acquisition|takeover|merger|disposal)|been stripped|lost its|a perdu sa|renonc|ended talks|en (?:discussions?|negociations?|pourparlers) avec|expects (?:its|their) |ouvr|nearing (?:an? )?(?:deal|agreement|takeover|sale)|glisse|grappill|grignot|plong|degringol|effondr|rebond|gagn|lach|abandonn|slid|slump|tumbl|plung|soar|surg|climb|drop|sank|shed|edged|closed \d|ended \d|finished \d|rallied|advanced \d|declined \d|slipped|dipped|eased \d|gave back|give back|engag|promet|ambitionn|appret|propos|offered|distribut|licens|licenc|fourni|confi|fusionn|merg|receiv|recu |recoit |depos|ouvert en (?:hausse|baisse|repli|forte)|circling|stalking|eyeing|(?<=(?:is|are|was|were) )(?:said|understood|believed|reported|thought|rumou?red) to (?:have |be )?|obtain|obten|adjug|octroy|(?:renouvel|renew|extend|prolong|reconduit)\w* (?:(?:pour|de|for|by) [\w ]{1,20} )?(?:leur |leurs |son |sa |ses |le |la |l'|its |their |the |a |an )(?:[\w-]+ ){0,3}(?:contrat|accord|agreement|contract|deal)|(?:met|mettent|mis|mettra) fin|terminat|passe sous|are weighing|is weighing|weighs|recommand|franchi|ma(?:ke|kes|de) (?:its|their) |achiev|pushed back|postpon|delay|reporte(?!d)|repouss|opened|open(?:s|ing) (?:a|its)|prepar|set(?:s|ting)? up\b|(?:form|creat|establish)(?:ed|es|s|ing)? (?:a|an|the|their|its|joint)\b|(?:cre|fond|constitu)(?:e|ent|eront|era)s? (?:un|une|leur|la|le|une co)\b|'s (?:[\w-]+ ){1,4}(?:rolls? out|launch|releas|debut|ship|goes live|go live|is available|will (?:be available|launch|roll out|ship|go live)))/u;

/** Whether text opens on a claim's verb ("a signé", "has agreed to buy"), as after a name in a party slot. */
export function claimVerbAfter(text: string): boolean {
  return SLOT_AFTER.test(text);
}

/**
 * "Ambrel's stock closed", "Ambrel said that it", "Ambrel said last month it": only an organisation has a stock or
 * speaks of itself as "it".
 */
const LISTED_OR_SPEAKING =
  /^(?:,\s(?:which|who)\b[^,;]{0,100},\s(?:said|says|told \w+)(?: on \w+)? (?:that )?(?:it|its)\b|'s (?:stock|shares|share price|market value|valuation)\b|\s+(?:shares|stock)\s+(?:have |had |were |was )?(?:up|down|higher|lower|rose|fell|jumped|slid|closed|dropped|climbed|gained|lost|edged|tumbled|surged|sank|plunged|soared|risen|fallen|recovered|rebounded|rallied|slipped|eased|dipped|advanced|declined|ended|finished|opened|traded|added|shed|sagged|slumped|inched|ticked|rocketed|spiked|retreated)\b|\s+(?:said|says|told \w+|announced)(?: on \w+| in a statement| (?:last|this|earlier this) (?:week|month|year|\w+day)| in (?:january|february|march|april|may|june|july|august|september|october|november|december))?,? that (?:it|its)\b|(?:'s)?\s+(?:says|said)(?: on \w+| (?:last|this|earlier this) (?:week|month|year|\w+day)| in (?:january|february|march|april|may|june|july|august|september|october|november|december))? (?:it|its)\b|\s+(?:a |avait )?(?:indique|precise|affirme|explique|assure|fait savoir)(?: (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier))?,? qu'(?:elle|il)\b|\s+(?:a |ont |avait )?(?:\w+ )?(?:leve|emploie|emploient|recrute|embauche|raised|employs|employed|hired|has raised|posted revenue|reported revenue)\b)/u;

/** ", la filiale d'assurance de", ", the Dutch unit of", ", its insurance arm": the name before is a subsidiary's. */
const SUBSIDIARY_APPOSED =
  /^\s*,\s*(?:la |sa |l'|the |its |an? |une? )?(?:[\p{L}'’&-]+ ){0,4}?(?:filiale|branche|unit|subsidiary|arm|affiliate)\b/u;

/** A name as written: capitalised words only ("Daimler", "Orange", "Air France-KLM"). */
const WRITTEN_NAME = /^[\p{Lu}\d][\p{L}\p{N}&.'’-]*(?: [\p{Lu}\d][\p{L}\p{N}&.'’-]*)*$/u;

/** "at Datavane's Leeds plant", "Maplestead's board": only an organisation owns plants, patents or a board. */
const OWNS_ASSETS =
  /^['’]s (?:first|latest|newest) |^['’]s (?:[\w-]+ ){0,3}(?:board|plants?|factor(?:y|ies)|patents|kilns|mills|stores|subsidiary|unit|arm|division|supply chain|headquarters)\b/u;

/** Whether text after a name says it is an organisation: it has shares, or speaks of itself as "it". */
export function listedOrSpeakingAfter(text: string): boolean {
  return LISTED_OR_SPEAKING.test(text);
}

/** Two names paired by "and": "Mia Collins and Ana Ruiz". */
const PAIRED = /^\s*(?:et|and|&)\s*$/u;
/** "Nouveau report pour Escarvel : sa place de marché ...": a name the next words own is an organisation. */
const POSSESSIVE_AFTER = /^\s*:\s*(?:sa|son|ses|leur|leurs|its|their)\s/u;

/** After a name: an apposition that says it is a brand or a company ("…, the French womenswear label"). */
const BRAND_APPOSED =
  /^\s*,\s*(?:the|a|an|la|le|l'|une|un)\s*(?:[\p{L}-]+\s+){0,3}(?:label|brand|fashion house|maison|marque|griffe|enseigne|chain|retailer|company|societe|entreprise|maker|fabricant)\b/u;

/** After a name's 's: one to three capitalised words and a legal form ("'s Biscuit Company", "'s Bakery Ltd"). */
const POSSESSIVE_NAME_RUN =
  /^['’]s(?: \p{Lu}[\p{L}-]*){1,3} (?:Company|Co|Ltd|Limited|Inc|Incorporated|Corporation|Corp|plc|PLC|LLC)(?![\p{L}\p{N}])/u;

/**
 * After a name's 's: one or two capitalised words the last of which is a sector noun closing company names
 * ("'s Seafood", "'s Craft Bakery"), and no division noun after them ("'s Payments unit" is the owner's unit).
 */
const POSSESSIVE_SECTOR_RUN =
  /^['’]s((?: \p{Lu}[\p{L}-]*){1,2})(?![\p{L}\p{N}'’-])(?! (?:division|unit|arm|business|businesses|brand|brands|range|subsidiary|operations?|plants?|sites?|factory|factories|stores?|shops?|outlets?|branch|branches|department|team|segment|label)\b)/u;

/**
 * The food and drink trades British firms name after their founder ("Young's Seafood", "Baxter's Foods"). Not
 * every sector noun: "Kestrelbridge's Pay in 4", "Derby's Pennock Aerospace" are a product and a town's firm.
 */
const FOUNDER_TRADES: ReadonlySet<string> = new Set([
  'seafood',
  'seafoods',
  'foods',
  'bakery',
  'bakeries',
  'smokehouse',
  'creamery',
  'dairy',
  'dairies',
  'brewery',
  'breweries',
  'distillery',
  'distilleries',
  'biscuits',
  'kitchens',
]);

/**
 * "Young's Seafood", "Marlow's Craft Bakery": an 's followed by capitalised words up to a food trade's noun is inside one shop's or maker's name, as British food firms are named after their founder.
 */
function possessiveSectorRun(text: string): RegExpExecArray | null {
  const run = POSSESSIVE_SECTOR_RUN.exec(text);
  const last = run?.[1]?.trim().split(' ').at(-1);
  return last !== undefined && FOUNDER_TRADES.has(foldText(last)) ? run : null;
}

/** After a name ending in 's: punctuation or a verb, so the 's is no possessive ("Hobb's said"). */
const NOT_POSSESSIVE =
  /^(?:\s*[,.;:!?)»"”]|\s*$|\s+(?:said|says|is|was|has|had|did|does|declined|denied|confirmed|would|will|could|told|announced|agreed|plans|about|over|regarding|from|after)\b)/u;

/** Between two names of one list: "TF1 et Pavanne Médias", "Vivendi and Ardane Media". */
const LISTED_WITH = /^\s*(?:et|and|&)\s+$/u;

/** A finite verb right after a sentence's opening name (French tenses, English -s/-ed and auxiliaries). */
const OPENING_VERB =
  /^\s+(?:(?:ne |n'|s'|se |y |en )?[a-z]{3,}(?:e|es|ent|era|eront|erait|eraient|ait|aient|it|ira|iront|ra|ront)|a|ont|va|vont|est|sont|sera|seront|serait|seraient|doit|peut|vient|will|would|has|had|is|was|plans|said|says|[a-z]{3,}(?:s|ed))\b(?!-)/u;

/**
 * "Kafubu Copper Refiners plc has been awarded …", "Varnley Foods plc (LSE: VRN), the …": a legal form written in
 * lower case right after capitalised words closes a company's name (the capitalised forms, "Ltd", "Inc", are read
 * as words of the name). Only a company is registered as a plc, wherever its name stands.
 */
const LOWER_FORM_AFTER = /^ (?:plc|ltd|inc)\.?(?![\p{L}\p{N}])/u;

/** What makes a number a quantity: a decimal part, a percent sign, a unit or a scale word right after it. */
const QUANTITY_AFTER =
  /^(?:[,.]\d+)?\s*(?:%|pour ?cent|per ?cent|percent|€|\$|£|euros?|dollars?|millions?|milliards?|billions?|bn\b|m\b|mds?\b|points?|pts?\b)/iu;

/**
 * "Fondée en 2012 à Rezé, la marque de soins Cosmétiques Albéranne …", "Based in Leeds, the lender Harcastle
 * …": after a town, a descriptor running into a name describes that name, not the town. Not when the name
 * follows "du (groupe)": "à Estravia, la filiale ibérique du groupe Saint-Gobain" names Estravia's owner.
 */
const DESCRIBES_NEXT_NAME =
  /^\s*,\s*(?:l['’]|la |le |les |un |une |the |an? )(?:[\p{Ll}'’-]+ ){1,5}(?<!\b(?:du|de|des|of) (?:groupe |group )?)[\p{Lu}]/u;
/** "DX-9", "PMB-204", "F-35": capitals, a dash and a number name a model or a compound, never a company. */
const MODEL_CODE = /^\p{Lu}{1,4}-\d{1,4}\p{Lu}?$/u;

/** "the 2010s", "the 1990s": a decade is a date's. */
const DECADE = /^(?:1[89]|20)\d0s$/u;
/** "1er", "2e", "21st": ordinals open dates ("dès le 1er janvier"). */
const ORDINAL = /^\d+(?:er|re|e|eme|st|nd|rd|th)$/u;
/** ISO codes written before an amount ("CHF 25 million", "USD 1.2bn"). */
const CURRENCY_CODES = new Set([
  'chf',
  'eur',
  'usd',
  'gbp',
  'jpy',
  'sek',
  'nok',
  'dkk',
  'cad',
  'aud',
  'cny',
  'hkd',
  'sgd',
  'pln',
  'czk',
  'huf',
]);

/** One to three capitalised words of letters only: the rest of a longer company name ("Real Estate"). */
const BRAND_BEFORE = endAnchored(
  /\b(?:branded|called|named|dubbed|marketed as|sold as|baptisee?s?|appelee?s?|nommee?s?|denommee?s?|sous le nom(?: de)?|sous la marque)\s*$/u,
);
/** "SNCF Voyageurs et Orélia", "Allianz Real Estate and Corbury": another name listed right after. */
const NAME_LISTED_AFTER = /^\s*(?:et|and|&)\s+\p{Lu}/u;
/** The division noun after a business line's name: "L'Oréal's Travel Retail division". */
const OWN_DIVISION_AFTER = /^\s(?:division|unit|arm|business)\b/u;
/** An owner's possessive right before the business line's name. */
const POSSESSIVE_GAP = /^['’]s $/u;
const OWN_NAME_TAIL = /^(?:\p{Lu}\p{Ll}+|\p{Lu}{2,4})(?: \p{Lu}\p{Ll}+){0,2}$/u;

const NEXT_CAPITALISED = /^ ([\p{Lu}][\p{L}\p{N}&'’-]*)/u;

/**
 * "Securing a buyer ...", "Building on that, ...": an English gerund opening a sentence, with its
 * object or a particle after it, is a verb capitalised by position, not a name.
 */
/** French adverbs in -ment, English ones in -ly (then a comma or a participle): never a name. */
const FR_ADVERB = /^\p{L}{5,}ment$/u;
const EN_ADVERB = /^\p{L}{4,}ly$/u;
/**
 * "the Company states that …", « la Société a obtenu … »: a release's defined term for its issuer, written with a
 * capital after its article, is the issuer's anaphor ("the company"), never a company named "Company"; nor is a
 * takeover-code announcement's "The Board confirms …", "the Directors", "the Offeror".
 */
const DEFINED_TERM = new Set([
  'company',
  'group',
  'issuer',
  'corporation',
  'societe',
  'groupe',
  'board',
  'directors',
  'offeror',
]);
/**
 * "Cementos Arlanza Launches Arlanza Neo Low-Carbon Cement and Signs …", « X lance Y »: the name right after a
 * launch verb is what is launched, a product; a verb after it ("and Signs") has the launcher for subject.
 */
const LAUNCHED_BEFORE =
  /\b(?:launch(?:es|ed)?|unveil(?:s|ed)?|introduc(?:es|ed)|debut(?:s|ed)|rolls out|rolled out|lance|devoile|presente)\s$/u;
const DEFINED_TERM_ARTICLE = /(?:^|[\s(])(?:the|la|le)\s$/u;
const ADVERB_NEXT = /^\s*(?:,|[a-z]+ed\b)/u;
const GERUND_OBJECT =
  /^\s+(?:a|an|the|its|their|our|his|her|this|that|these|those|such|more|new|up|out|off|on|back|down|over|into|to|from|with|in)\b/u;

/** "The Ledger Street", "Ledger Daily": a registry name inside a publication's title is not that company. */
function insideOutletName(
  sentence: string,
  folded: string,
  end: number,
  outletWords: ReadonlySet<string>,
): boolean {
  let pos = end;
  for (let n = 0; n < 3; n++) {
    const next = NEXT_CAPITALISED.exec(sentence.slice(pos, pos + 40));
    if (next === null) return false;
    const word = folded.slice(pos + 1, pos + 1 + (next[1] as string).length);
    if (outletWords.has(word)) return true;
    pos += next[0].length;
  }
  return false;
}

/**
 * "Polymères du Ried", "Plastiques de l'Ain", "Silos de Caudebec": in French, a capitalised plural
 * noun of five letters or more, past a sentence's first word, heads a company name with its "de"
 * complement, as the listed trade heads do ("Laiterie de …").
 */
const PLURAL_NOUN = /^\p{L}{4,}(?:s|aux|eux)$/u;
function pluralHead(token: Token, index: number, rules: RuleSet): boolean {
  const org = rules.organisations;
  return (
    rules.language === 'fr' &&
    index > 0 &&
    PLURAL_NOUN.test(token.text) &&
    !org.firstNames.has(token.text) &&
    !org.places.has(token.text) &&
    !org.notNames.has(token.text)
  );
}

/**
 * "Racing Club Val de Loire", "Crédit Mutuel Pays de Savoie": a land's head noun joins its "de" complement
 * into one name wherever it stands in the name, as "Val de Loire" is one place.
 */
const LAND_HEADS = new Set(['val', 'vallee', 'pays', 'cote', 'coeur', 'plaine', 'bassin', 'monts', 'mont']);
/**
 * "the farm cooperative Terres de Saintonge", "Racing Club Val de Loire": in English text a lowercase
 * "de/du/des" between capitalised words is no English word; it joins a French, Spanish or Portuguese name.
 */
function romanceJoin(sentence: string, before: Token, connector: Token, rules: RuleSet): boolean {
  if (sentence.charCodeAt(connector.start) !== 100) return false;
  return rules.language === 'en' || LAND_HEADS.has(before.text);
}

/**
 * « la coopérative Biogaz des Monts du Lyonnais », « Norvelia du Val de Loire »: a land's name (a land head and
 * its complement) after « de/des/du » goes on the capitalised name before it, whatever its head: it is the
 * name's own territory, never a second organisation.
 */
function landComplement(tokens: readonly Token[], connector: number): boolean {
  const word = tokens[connector + 1];
  return word !== undefined && LAND_HEADS.has(word.text) && tokens[connector + 2]?.text !== undefined;
}

/** Stock exchanges the press names as where shares or futures trade ("on Euronext", « à Euronext Bruxelles »). */
const EXCHANGES = new Set(['euronext', 'nyse', 'xetra', 'tsx', 'asx']);
/** Before a market named as the place of trading: "on", "at", "à", "sur" (with an article). */
const VENUE_BEFORE = /(?:^|\s)(?:on|at|a|sur)\s(?:the\s|l')?$/u;

/** Trade nouns a title-case headline capitalises between a descriptor and the name ("… Contractor Haldenwang Tiefbau"). */
const HEADLINE_TRADES = new Set([
  'contractor',
  'specialist',
  'producer',
  'manufacturer',
  'maker',
  'distributor',
  'supplier',
  'developer',
  'retailer',
  'firm',
  'startup',
  'breeder',
  'insurer',
  'lender',
  'wholesaler',
  'processor',
  'chipmaker',
  'carmaker',
  'drugmaker',
  'automaker',
  'brewer',
  'distiller',
  'refiner',
  'grocer',
]);

/**
 * The last trade noun inside a run of capitalised words (tokens i..j) that descriptor words precede and a name
 * follows, else -1: "Bavarian Civil Engineering Contractor Haldenwang Tiefbau" -> "Contractor". Not a name's own
 * word: "Maker Studios" opens on it, "Nordvik Supplier Services" goes on with a company suffix only.
 */
function describedRunEnd(
  tokens: readonly Token[],
  i: number,
  j: number,
  suffixes: ReadonlySet<string>,
): number {
  for (let k = j - 1; k > i; k--) {
    const t = (tokens[k] as Token).text;
    if (!/^\p{L}+$/u.test(t)) return -1;
    if (!HEADLINE_TRADES.has(t)) continue;
    const rest = tokens.slice(k + 1, j + 1).map((x) => x.text);
    return rest.every((w) => suffixes.has(w)) || !/^\p{L}/u.test(rest[0] as string) ? -1 : k;
  }
  return -1;
}

/** English demonyms: capitalised always, they open or go on names ("Canadian Tire Corp.", "Anglo American"). */
export const DEMONYMS: ReadonlySet<string> = new Set([
  'american',
  'british',
  'canadian',
  'irish',
  'scottish',
  'welsh',
  'australian',
  'european',
  'pacific',
  'atlantic',
  'nordic',
  'swiss',
  'dutch',
  'danish',
  'swedish',
  'norwegian',
  'japanese',
  'korean',
  'indian',
]);
/** Legal forms that close a company's name; a trade word ("Dutch Marveld Energy") may follow a demonym adjective. */
const LEGAL_CLOSE = new Set(['corp', 'corporation', 'inc', 'plc', 'ltd', 'limited', 'llc', 'reit']);
/**
 * "Canadian Tire Corp. has signed", "Shares in Irish Residential Properties REIT": a demonym opens the name
 * when capitalised words run on from it to a legal form; "Canadian retailer Tire", "Dutch Marveld Energy"
 * it does not.
 */
function demonymOpensName(sentence: string, tokens: readonly Token[], i: number, rules: RuleSet): boolean {
  const org = rules.organisations;
  if (rules.language !== 'en' || !DEMONYMS.has((tokens[i] as Token).text)) return false;
  for (let k = i + 1; k < tokens.length && k <= i + 5; k++) {
    const t = tokens[k] as Token;
    if (sentence.slice((tokens[k - 1] as Token).end, t.start) !== ' ' || !upperAt(sentence, t.start))
      return false;
    if (k > i + 1 && LEGAL_CLOSE.has(t.text)) return true;
    if (org.notNames.has(t.text)) return false;
  }
  return false;
}

/**
 * French legal forms written before a company's name, after their (feminine) article: « la SAS Ferronnerie
 * Lebrun », « de la SASP du Racing Club Val de Loire », « une SARL de Bordeaux ». They are no word of the
 * name: the name starts after them (and after a « du/de la » linking them to it). The airline « SAS » has
 * no article before it.
 */
const LEGAL_FORMS_BEFORE = new Set([
  'sas',
  'sasu',
  'sasp',
  'sa',
  'sarl',
  'eurl',
  'sca',
  'scop',
  'scic',
  'snc',
  'sci',
  'gie',
  'sem',
  'spl',
  'scea',
  'gaec',
]);
const FEMININE_ARTICLE_END = /(?:^|\s)(?:la|une|sa|cette|leur|notre)\s$/u;
const FORM_THEN_NAME = /^ (?:(?:du|des|de la|de l['’]|d['’]|de) ?)?\p{Lu}/u;
function legalFormBefore(sentence: string, folded: string, token: Token, rules: RuleSet): boolean {
  return (
    rules.language === 'fr' &&
    LEGAL_FORMS_BEFORE.has(token.text) &&
    upperAt(sentence, token.start) &&
    FEMININE_ARTICLE_END.test(folded.slice(Math.max(0, token.start - 8), token.start)) &&
    FORM_THEN_NAME.test(sentence.slice(token.end, token.end + 8))
  );
}

/** Company titles written capitalised before the name they head ("la Maison Ardelise", "le Groupe Corbelet"). */
const TITLE_HEADS = new Set(['maison', 'groupe', 'group']);
/** "la Maison Blanche" is a seat of government, not a company. */
const NOT_TITLED = new Set(['blanche']);
const DEFINITE_BEFORE = /(?:^|\s)(?:la|le|les|l'|du|des|au|aux|the)\s*$/u;
/**
 * "qui contrôle la Maison Ardelise": a trade head capitalised inside the sentence, after its article, is
 * the first word of the company's own name, not a common noun before it.
 */
function titledHead(
  words: readonly string[],
  atStart: boolean,
  prefix: string,
  heads: ReadonlySet<string>,
): boolean {
  const head = words[0] as string;
  return (
    !atStart &&
    words.length >= 2 &&
    (TITLE_HEADS.has(head) || heads.has(head)) &&
    !NOT_TITLED.has(words[1] as string) &&
    DEFINITE_BEFORE.test(prefix)
  );
}

/** Whether [start, end) overlaps one of `spans`. Module functions, not closures: none is made per sentence. */
export function overlaps(
  spans: readonly { start: number; end: number }[],
  start: number,
  end: number,
): boolean {
  for (const m of spans) if (start < m.end && end > m.start) return true;
  return false;
}

/** Whether the character at `pos` opens a name. Most tokens are lowercase ASCII: a code settles them without a regex. */
function upperAt(sentence: string, pos: number): boolean {
  const code = sentence.charCodeAt(pos);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return UPPER_START.test(sentence.charAt(pos));
}

/**
 * "iHeartMedia", "eBay", "mBank": a name whose first letters are lower-case before a capital and a
 * lower-case run. Two capitals or fewer letters after ("mRNA", "eSIM", "kWh", "iOS") are units and terms.
 */
const LOWER_CAMEL = /^[a-z]{1,2}[A-Z][a-z]{2}/u;
function lowerCamelAt(sentence: string, pos: number): boolean {
  const code = sentence.charCodeAt(pos);
  return code >= 97 && code <= 122 && LOWER_CAMEL.test(sentence.slice(pos, pos + 6));
}

/**
 * "Maëlle Rioual, PDG de Givrelle Cyber", "Sa directrice générale, Maëlle Rioual,", "Ann Lowe, chief
 * executive of Kessock": a full name in apposition with an officer's title is that officer, a person.
 */
const OFFICER_TITLE =
  '(?:co-?)?(?:pdg|p-dg|president(?:e)?(?:-directeur|-directrice)?(?: general| generale)?|directeur general|directrice generale|dg|fondateur|fondatrice|cofondateur|cofondatrice|co-fondateur|co-fondatrice|patron|patronne|dirigeant|dirigeante|porte-parole|chief (?:executive|financial|operating|technology) officer|chief executive|ceo|cfo|coo|cto|founder|co-founder|chairman|chairwoman|chair|managing director|spokesman|spokeswoman|spokesperson)';
const OFFICER_APPOSED = new RegExp(
  `^\\s*,\\s*(?:(?:sa|son|le|la|its|the|their|notre|our) )?(?:(?:nouveau|nouvelle|new|former|ancien|ancienne) )?${OFFICER_TITLE}\\b(?: (?:and|et) [\\w -]{2,30})?\\s*(?:de|d'|du|des|of|at|chez|,)`,
  'u',
);
/** "said Annika Holm, Saab's chief executive": a name apposed to a company's officer title is that officer. */
const OFFICER_POSSESSED = new RegExp(
  `^\\s*,\\s*[\\p{L}\\d&.-]+(?: [\\p{L}\\d&.-]+){0,2}'s? (?:(?:new|former|interim|acting) )?${OFFICER_TITLE}\\b`,
  'u',
);
const OFFICER_FRONTED = new RegExp(
  `\\b${OFFICER_TITLE}(?: (?:de|du|des|d'|of) ?[\\w' -]{2,30})?\\s*,\\s*$`,
  'u',
);
/**
 * « Annaïg Le Goaziou », "Pieter van der Berg": a surname opening on a particle, which the name reading stops at
 * (« Le » is an article): the one word before it is a first name when an officer's title fronts it.
 */
const PARTICLE_SURNAME =
  /^ (?:Le|La|Du|De|Des|de|du|des|de la|Van|van|Von|von|Ter|ter|Ten|ten|Di|Da|Del|Dos)(?: (?:der|den|la))? \p{Lu}\p{Ll}/u;

/** "with China's CATL", "by Britain's Ministry of Defence": a country's possessive between a slot word and a name. */
const COUNTRY_POSSESSIVE = /\b([a-z][a-z-]+)'s\s*$/u;
/** "le japonais ", "l'américaine ", "le groupe suédois ": who the name is by its country, between a slot and the name. */
const NATIONALITY_BEFORE =
  /\s(?:le|la|les|l')\s?(?:groupe |societe |firme )?(?:japonais|americain|allemand|britannique|anglais|italien|espagnol|portugais|neerlandais|hollandais|belge|suisse|suedois|norvegien|danois|finlandais|autrichien|polonais|tcheque|irlandais|chinois|coreen|sud-coreen|taiwanais|indien|canadien|australien|bresilien|mexicain|israelien|turc|saoudien|emirati|singapourien|luxembourgeois|francais|europeen|nippon|germanique|helvetique|transalpin|scandinave|quebecois)(?:e|s|es|ne|nes)?\s+$/u;
/** "Ohio-based ", "Warsaw-listed ": a modifier of where a company sits, between a slot and its name. */
const PLACE_BASED_END = /\s[\p{L}.'-]+-(?:based|listed|headquartered|registered)\s+$/u;

function withoutCountryPossessive(prefix: string, places: ReadonlySet<string>): string {
  const m = COUNTRY_POSSESSIVE.exec(prefix);
  if (m !== null) return places.has(m[1] as string) ? prefix.slice(0, m.index) : '';
  // "avec le japonais Mitsubishi Electric", "rachète l'américain Kelso": a nationality noun before the name.
  const n = prefix.endsWith(' ') ? NATIONALITY_BEFORE.exec(prefix) : null;
  return n === null ? '' : prefix.slice(0, n.index);
}

/**
 * « Fondée en 2024 par Nora Beffort, … », "founded in 2019 by Ilse Marten": a founding year then its founder. A
 * company founded by companies is a joint venture told with « créée par X et Y », seldom with its year.
 */
const FOUNDED_IN_YEAR_BY =
  /\b(?:fondee?s?|creee?s?|founded|co-?founded|set up) (?:en|in) (?:\p{L}+ )?\d{4} (?:par|by) $/u;

/** A capitalised word then one space, right before a name: "Emily " in "Emily Ford". */
const WORD_BEFORE = /(?:^|[\s,;:(«"“])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?) $/u;
/** "Mr Ford", « M. Michelin », « Mme Peugeot »: a civility title before a surname. */
const CIVILITY_BEFORE = new RegExp(String.raw`(?:^|[\s,;:(«"“])${CIVILITY_TITLES}\.? $`, 'u');

function surnameOfPerson(sentence: string, start: number, end: number, rules: RuleSet): boolean {
  if (sentence.slice(start, end).includes(' ')) return false;
  const before = sentence.slice(Math.max(0, start - 24), start);
  if (CIVILITY_BEFORE.test(before)) return true;
  const m = WORD_BEFORE.exec(before);
  if (m === null) return false;
  const given = foldText(m[1] as string);
  return GIVEN_NAMES.has(given) || rules.organisations.firstNames.has(given);
}

function isPerson(words: string[], prefix: string, rules: RuleSet): boolean {
  if (rules.organisations.personCues.test(prefix)) return true;
  if (words.length < 2) return false;
  const first = words[0] as string;
  if (rules.organisations.firstNames.has(first)) return true;
  const last = words[words.length - 1] as string;
  if (
    words.length <= 3 &&
    FOUNDED_IN_YEAR_BY.test(prefix) &&
    !rules.organisations.suffixes.has(last) &&
    !TRADE_WORDS.has(last) &&
    !rules.organisations.nameHeads.has(first)
  )
    return true;
  // "Priya Ramsden", "Maëlle Kerjean": a common given name of either language and one surname, with no
  // trade word or legal suffix closing it ("Hugo Conseil", "Owen Lacey Ltd" stay companies).
  return (
    words.length <= 3 &&
    GIVEN_NAMES.has(first) &&
    !rules.organisations.suffixes.has(last) &&
    !TRADE_WORDS.has(last)
  );
}

/**
 * Organisations in one sentence: every registry mention, plus capitalised names the registry does
 * not know when something marks them as organisations (a cue noun before, a corporate suffix, or a
 * party slot next to a claim verb). People and places are left out.
 */
export function findParties(
  sentence: string,
  folded: string,
  registry: EntityRegistry,
  rules: RuleSet,
): { parties: PartyMention[]; candidates: NameCandidate[]; towns: string[] } {
  const tokens = tokenise(folded);
  const org = rules.organisations;
  const mentions: PartyMention[] = registry
    .findMentions(sentence, folded, tokens, rules.language)
    .filter((m) => m.entity.type === 'outlet' || !insideOutletName(sentence, folded, m.end, org.outletWords))
    // "La Roche-sur-Yon": a registry name inside a compound place name is that place.
    .filter((m) => m.entity.type === 'outlet' || !org.placeAfter.test(folded.slice(m.end, m.end + 24)))
    // "chief executive Emily Ford said", « a indiqué Claire Michelin »: a one-word registry name right after a
    // given name is that person's surname (the registry's "Louis Vuitton", "Hugo Boss" match whole, before this).
    .filter((m) => m.entity.type !== 'company' || !surnameOfPerson(sentence, m.start, m.end, rules))
    // "Next's Total Platform service": an everyday-word name opening a product's name is no mention.
    .filter(
      (m) =>
        m.entity.type !== 'company' || !opensProductName(sentence, folded, m.start, m.end, rules.language),
    )
    // "Wheat futures on Euronext in Paris fell": the exchange named as where trading happens is no party.
    .filter(
      (m) =>
        !EXCHANGES.has(m.entity.name.toLowerCase()) ||
        !VENUE_BEFORE.test(folded.slice(Math.max(0, m.start - 12), m.start)),
    )
    .map((m) => ({
      name: m.entity.name,
      type: m.entity.type,
      known: true,
      start: m.start,
      end: m.end,
    }));
  // "la Compagnie nationale du Rhône (CNR)": the words the acronym spells are one name; the acronym repeats it.
  const spelled: { start: number; end: number }[] = [];
  for (const a of acronymNames(sentence, tokens)) {
    const close = sentence.indexOf(')', a.end);
    if (mentions.some((m) => m.start < close && m.end > a.start)) continue;
    mentions.push({
      name: sentence.slice(a.start, a.end),
      type: 'company',
      known: false,
      start: a.start,
      end: a.end,
    });
    spelled.push({ start: a.end, end: close + 1 });
  }
  // « la Caisse mutuelle du Penthièvre »: a head noun, lowercase adjectives and a capitalised complement.
  for (const b of adjectiveNames(sentence, folded)) {
    if (overlaps(mentions, b.start, b.end)) continue;
    mentions.push({ name: sentence.slice(b.start, b.end), type: 'company', known: false, ...b });
  }
  // "le ministère de l'Intérieur", "the City of Phoenix": a public buyer's name, lowercase words included.
  for (const b of publicBodyNames(sentence, folded)) {
    if (overlaps(mentions, b.start, b.end)) continue;
    mentions.push({ name: sentence.slice(b.start, b.end), type: 'company', known: false, ...b });
  }

  const candidates: {
    start: number;
    end: number;
    accepted: boolean;
    person: boolean;
    outlet: boolean;
    guessed: boolean;
    atStart: boolean;
    /** A person by a cue or a first name. */
    human: boolean;
    /** Accepted only because it sits in a claim's slot: a person it is listed with makes it a person. */
    slotOnly: boolean;
    /** After a place preposition ("à Pontchâteau"). */
    place: boolean;
    /** The rest of a longer company name the registry name before it starts ("Allianz Real Estate"). */
    extendsKnown?: boolean;
    /** Names a product range, a work or a grade ("Jeep models", "the Hollow Crown series"). */
    range: boolean;
  }[] = [];
  const towns: string[] = [];
  let i = 0;
  // Where the legal form before the name being read starts (« la SASP du Racing Club … »), else -1.
  let legalAt = -1;
  while (i < tokens.length) {
    const first = tokens[i];
    if (first !== undefined && legalFormBefore(sentence, folded, first, rules)) {
      legalAt = first.start;
      i++;
      continue;
    }
    if (
      first === undefined ||
      !(
        upperAt(sentence, first.start) ||
        lowerCamelAt(sentence, first.start) ||
        lowerParticleOpens(sentence, tokens, i, rules)
      ) ||
      // "10h42 Cartonneries Delmotte recule", "14:10 Stonechat Moor is up": a live item's clock time opens no name.
      (LIVE_CLOCK.test(first.text) && /^ \p{Lu}/u.test(sentence.slice(first.end, first.end + 2))) ||
      !/\p{L}/u.test(first.text) ||
      (org.notNames.has(first.text) &&
        !org.nameHeads.has(first.text) &&
        !demonymOpensName(sentence, tokens, i, rules) &&
        !ampersandOpensName(sentence, tokens, i) &&
        !suffixClosesName(sentence, tokens, i, rules)) ||
      // "€85m", "$2bn", "140 M€": an amount with its scale, not a name.
      /^\d+(?:m|bn|mn|k|md|mds|mrd|mrds)$/u.test(first.text) ||
      // "dès le 1er janvier", "on the 21st": an ordinal is a date's, not a name.
      ORDINAL.test(first.text) ||
      // "since the 2010s", "les années 1990": a decade is a date's.
      DECADE.test(first.text) ||
      // "Canadian Tire's Class A shares", "Series B preferred": a class of shares, not a company.
      ((first.text === 'class' || first.text === 'series') &&
        /^ \p{Lu}\b/u.test(sentence.slice(first.end, first.end + 3))) ||
      // "CHF 25 million", "EUR 3bn": a currency code before its figure.
      (CURRENCY_CODES.has(first.text) && /^\s?\d/u.test(sentence.slice(first.end, first.end + 2))) ||
      overlaps(mentions, first.start, first.end) ||
      overlaps(spelled, first.start, first.end)
    ) {
      i++;
      continue;
    }
    // Extend over capitalised words joined by a space, "&" or "-" ("Alice & Bob", "Acme-Robotics").
    let j = i;
    let joins = 0;
    let foreignJoins = 0;
    // A listed trade head makes the name a company's; a plural noun only extends it.
    const listedHead =
      org.nameHeads.has((tokens[i] as Token).text) || erieHead((tokens[i] as Token).text, rules);
    while (j + 1 < tokens.length) {
      const next = tokens[j + 1] as Token;
      const gap = sentence.slice((tokens[j] as Token).end, next.start);
      if (next.text === '&' || next.text === '-' || next.text === '+') {
        const after = tokens[j + 2];
        // "Acme-Robotics", "Landis+Gyr" and "Alice & Bob" join; a dash between spaces ("2024 — Acme") separates.
        const tight = next.text === '&' ? gap.length <= 1 : gap === '' && after?.start === next.end;
        // "Ystrad Dairies Co-operative", "Midcounties Co-op": the lowercase half of "Co-operative" is the name's too.
        const coop =
          (tokens[j] as Token).text === 'co' && (after?.text === 'operative' || after?.text === 'op');
        if (after !== undefined && (upperAt(sentence, after.start) || coop) && tight) {
          j += 2;
          continue;
        }
        // "Dai-ichi Life": a lowercase syllable hyphened inside a name that runs on is the name's.
        if (next.text === '-' && tight && innerSyllable(sentence, tokens, j + 2)) {
          j += 2;
          continue;
        }
        break;
      }
      // "Laiterie de Kervallec", "Cars de l'Erdre", "Coopérative des Marais de Brière": after a head noun
      // of a company name, "de/des/du/de la/de l'" + a capitalised word stays inside the name.
      if (
        joins < 2 &&
        (next.text === 'de' || next.text === 'des' || next.text === 'du') &&
        gap === ' ' &&
        (listedHead ||
          pluralHead(tokens[i] as Token, i, rules) ||
          romanceJoin(sentence, tokens[j] as Token, next, rules) ||
          landComplement(tokens, j + 1))
      ) {
        const art = tokens[j + 2];
        const elided = next.text === 'de' && art?.text === 'l' && tokens[j + 3]?.text === "'";
        const la = next.text === 'de' && art?.text === 'la';
        const word = tokens[j + (elided ? 4 : la ? 3 : 2)];
        if (
          word !== undefined &&
          upperAt(sentence, word.start) &&
          /^\p{L}/u.test(word.text) &&
          !org.notNames.has(word.text) &&
          /^[ '’]?$/u.test(
            sentence.slice((tokens[j + (elided ? 4 : la ? 3 : 2) - 1] as Token).end, word.start),
          )
        ) {
          j += elided ? 4 : la ? 3 : 2;
          joins++;
          continue;
        }
      }
      // "Terres d'Armor", "Caisse d'Epargne": an elided "d'" before a capitalised word stays inside the name.
      if (next.text === 'd' && gap === ' ') {
        const mark = tokens[j + 2];
        const word = tokens[j + 3];
        if (
          mark?.text === "'" &&
          mark.start === next.end &&
          word !== undefined &&
          word.start === mark.end &&
          upperAt(sentence, word.start) &&
          !(overlaps(mentions, word.start, word.end) || overlaps(spelled, word.start, word.end))
        ) {
          j += 3;
          continue;
        }
        break;
      }
      // "Val'Ocre", "O'Brien Freight": an apostrophe tight between two capitalised words that is no
      // elision ("L'Oréal" is, "d'Armor" is) joins one name.
      if (next.text === "'" && gap === '' && !ELIDED.has((tokens[j] as Token).text)) {
        const word = tokens[j + 2];
        // "Penmarc'h Offshore", "Kerc'hoz": the Breton letter « c'h » is written with an apostrophe.
        if (
          word !== undefined &&
          word.start === next.end &&
          (tokens[j] as Token).text.endsWith('c') &&
          /^h\p{Ll}*$/u.test(sentence.slice(word.start, word.end))
        ) {
          j += 2;
          continue;
        }
        if (
          word !== undefined &&
          word.start === next.end &&
          upperAt(sentence, word.start) &&
          !(overlaps(mentions, word.start, word.end) || overlaps(spelled, word.start, word.end))
        ) {
          j += 2;
          continue;
        }
        // "Burton's Biscuit Company", "Fenwick's Bakery Ltd": an 's that capitalised words follow up to a
        // legal form is inside the name, no owner's possessive.
        const run =
          word?.text === 's'
            ? (POSSESSIVE_NAME_RUN.exec(sentence.slice(next.start)) ??
              // "Norway's Eriksen Marine": a place's possessive is no founder's.
              (org.places.has((tokens[j] as Token).text)
                ? null
                : possessiveSectorRun(sentence.slice(next.start))))
            : null;
        const close = run === null ? -1 : tokens.findIndex((t) => t.end === next.start + run[0].length);
        if (close > j && !overlaps(mentions, next.start, next.start + (run as RegExpExecArray)[0].length)) {
          j = close;
          break;
        }
        break;
      }
      // "ProSiebenSat.1", "Sat.1": a number tight after a dot is still the name's.
      if (next.text === '.' && gap === '') {
        const after = tokens[j + 2];
        if (
          after !== undefined &&
          after.start === next.end &&
          /^\d{1,2}$/u.test(after.text) &&
          !/^[.,]?\d/u.test(sentence.slice(after.end, after.end + 2))
        ) {
          j += 2;
          continue;
        }
        break;
      }
      // "Posco Future M", "Transat A.T.": a lone capital, or initials with their dots, closes the name it
      // follows ("M." before a surname is a title; English "A" and "I" are words).
      if (gap === ' ' && next.text.length === 1) {
        const end = initialsEnd(sentence, tokens, j + 1, rules);
        if (end > j) {
          j = end;
          break;
        }
      }
      // "Shearwater Oil and Gas", « Imprimerie Jaouen et Fils »: a coordination inside one name (inner-joins.ts).
      if (innerCoordination(sentence, tokens, j + 1, rules)) {
        j += 2;
        continue;
      }
      // "Bank of the Weald", "Trust Bank of Guernsey": an English bank's name goes on through "of" (inner-joins.ts).
      const bankOf = bankOfGap(sentence, tokens, j, rules);
      if (
        bankOf > 0 &&
        !overlaps(mentions, (tokens[j + bankOf] as Token).start, (tokens[j + bankOf] as Token).end)
      ) {
        j += bankOf;
        continue;
      }
      // "Van der Wielen Greenhouse Systems": a Dutch or German particle inside the name.
      const particles = particleGap(sentence, tokens, j);
      if (particles > 0) {
        j += particles;
        continue;
      }
      // "Autopistas del Bajío", "Cassa Depositi e Prestiti": a foreign particle or "and" inside the name (inner-joins.ts).
      const foreign = foreignJoins < 2 ? foreignParticleGap(sentence, folded, tokens, j, i, rules) : 0;
      if (
        foreign > 0 &&
        !overlaps(mentions, (tokens[j + foreign] as Token).start, (tokens[j + foreign] as Token).end) &&
        !overlaps(spelled, (tokens[j + foreign] as Token).start, (tokens[j + foreign] as Token).end)
      ) {
        j += foreign;
        foreignJoins++;
        continue;
      }
      // « la Conserverie Le Guirriec »: a trade head's own name may open on a capitalised article.
      if (
        j === i &&
        listedHead &&
        (next.text === 'le' || next.text === 'la' || next.text === 'les') &&
        gap === ' ' &&
        upperAt(sentence, next.start) &&
        tokens[j + 2] !== undefined &&
        sentence.slice(next.end, (tokens[j + 2] as Token).start) === ' ' &&
        upperAt(sentence, (tokens[j + 2] as Token).start) &&
        !org.notNames.has((tokens[j + 2] as Token).text)
      ) {
        j += 2;
        continue;
      }
      if (!/^ ?$/.test(gap) || !/[\p{L}\p{N}]/u.test(next.text)) break;
      if (
        !upperAt(sentence, next.start) ||
        overlaps(mentions, next.start, next.end) ||
        overlaps(spelled, next.start, next.end)
      )
        break;
      // "Cassiopée Composites 40 %", "Acme 12 millions": a figure after a name is a quantity, not part of it.
      if (/^\d+$/u.test(next.text) && QUANTITY_AFTER.test(sentence.slice(next.end, next.end + 16))) break;
      // "Marelle Paris, the French womenswear label": a city after a one-word name, the pair apposed to a
      // brand's or company's noun, is the brand's second word, not where it is.
      if (
        j === i &&
        org.places.has(next.text) &&
        !org.places.has((tokens[i] as Token).text) &&
        !org.notNames.has((tokens[i] as Token).text) &&
        BRAND_APPOSED.test(folded.slice(next.end, next.end + 80))
      ) {
        j++;
        break;
      }
      if (
        org.notNames.has(next.text) &&
        !org.suffixes.has(next.text) &&
        !org.outletWords.has(next.text) &&
        // "Anglo American", "Canadian Pacific": a demonym right after a name's capitalised word is its own.
        !(rules.language === 'en' && DEMONYMS.has(next.text))
      )
        break;
      // "the Montreal IT services group", "Lyon AI cloud Aurélis": a trade's acronym before its trade noun
      // describes the company; the capitalised word before it is its place ("Mistral AI said" stays whole).
      if (TRADE_ACRONYM.has(next.text) && TRADE_NOUN_AFTER.test(folded.slice(next.end, next.end + 24))) break;
      j++;
    }
    // "Acquires Bavarian Civil Engineering Contractor Haldenwang Tiefbau": a title-case headline capitalises the
    // descriptor before the name; the words after its trade noun are the name.
    const described =
      rules.language === 'en' ? describedRunEnd(tokens, i, j, rules.organisations.suffixes) : -1;
    if (described >= 0) {
      i = described + 1;
      continue;
    }
    const start = first.start;
    const end = (tokens[j] as Token).end;
    const words = tokens
      .slice(i, j + 1)
      .map((t) => t.text)
      .filter((w) => w !== '&' && w !== '-' && w !== '+');
    // The cues before a name are a few words long: looking further back only costs time.
    // « rachète 60 % de la SASP du Racing Club … »: the slot and cues stand before the legal form.
    const from = legalAt >= 0 && legalAt > start - 12 ? legalAt : start;
    legalAt = -1;
    const prefix = folded.slice(Math.max(0, from - LOOK_BACK), from);
    const last = words[words.length - 1] as string;
    const atStart =
      (start <= LOOK_BACK && (prefix.trim().length === 0 || LIVE_STAMP_ONLY.test(prefix))) ||
      /[«"(]\s*$/.test(prefix);
    // "Laiterie de Kervallec": a head noun that took a "de" complement makes the name a company's.
    const hasSuffix =
      (joins > 0 ? listedHead : words.length >= 2 && org.suffixes.has(last)) ||
      titledHead(words, atStart, prefix, org.nameHeads);
    const soldTo =
      // The comma first: most windows hold none.
      prefix.includes(',') &&
      /,\s(?:to|a|au|aux)\s*$/u.test(prefix) &&
      SOLD_TO.test(folded.slice(Math.max(0, start - 140), start));
    // "la banque de la Défense", "l'équipementier de Jarnac": one (hyphenated) word after a role's "de" is
    // its place (or its owner, which the article names as a company elsewhere).
    const roleOf = !sentence.slice(start, end).includes(' ') && ROLE_OF_BEFORE.test(prefix);
    const place =
      roleOf ||
      (!soldTo &&
        PLACE_BEFORE.test(prefix) &&
        !(
          rules.language === 'en' &&
          ENGLISH_ARTICLE_END.test(prefix) &&
          VOICE_NOUN_AFTER.test(folded.slice(end, end + 30))
        ) &&
        !STAKE_IN.test(prefix) &&
        !PARTNER_TO.test(prefix) &&
        !BIDDER_FROM.test(prefix) &&
        !OFFICER_AT.test(prefix));
    const next = folded.slice(end, end + 120);
    const placeApposed = placeApposedLength(sentence.slice(end, end + 50));
    // "Ardenne Composites livrera ...": a name of two or more capitalised words opening a sentence on a finite verb.
    const openingSubject =
      atStart &&
      words.length >= 2 &&
      !/^(?:le|la|les|l|the|un|une|a|an)$/u.test(words[0] ?? '') &&
      OPENING_VERB.test(next.slice(0, 40));
    const slot =
      !place &&
      !LAUNCHED_BEFORE.test(prefix) &&
      ((!atStart &&
        (SLOT_BEFORE.test(prefix) ||
          (from < start && SLOT_BEFORE.test(prefix.replace(FEMININE_ARTICLE_END, ''))) ||
          BOUGHT_THE.test(prefix) ||
          SLOT_BEFORE.test(withoutCountryPossessive(prefix, org.places)) ||
          // "to buy Ohio-based Tallowford Insulation": the slot is before the place-based modifier.
          (prefix.includes('-') && SLOT_BEFORE.test(prefix.replace(PLACE_BASED_END, ' '))) ||
          SALE_TO.test(prefix) ||
          (SOLD_NEXT.test(next.slice(0, 6)) && SOLD_OBJECT.test(prefix)) ||
          soldTo ||
          (OWN_UNIT_NEXT.test(next.slice(0, 60)) && SOLD_OWN.test(prefix)))) ||
        SLOT_AFTER.test(next.slice(0, 60)) ||
        (placeApposed > 0 && SLOT_AFTER.test(next.slice(placeApposed, placeApposed + 60))) ||
        LISTED_OR_SPEAKING.test(next) ||
        LOWER_FORM_AFTER.test(sentence.slice(end, end + 6)) ||
        (POSSESSIVE_AFTER.test(next.slice(0, 12)) && !prefix.endsWith('-')) ||
        (/^\s*(?:qui|who|that)\s/u.test(next) && CLEFT_BEFORE.test(prefix)) ||
        openingSubject);
    // "at Datavane's Leeds plant": an owner of plants is a company wherever it stands, even after "at".
    const owns = OWNS_ASSETS.test(next.slice(0, 60));
    // "Golfer Tom Fenwold", "Skipper Anne Quéré": a capitalised role noun opening the name makes a person.
    // Not "Maison Carrouvel, the chief executive of …": a house's or group's head noun opens no person's name.
    const person =
      isPerson(words, prefix, rules) ||
      (words.length >= 2 &&
        !TITLE_HEADS.has(words[0] as string) &&
        (OFFICER_APPOSED.test(next.slice(0, 50)) ||
          OFFICER_POSSESSED.test(next.slice(0, 60)) ||
          OFFICER_FRONTED.test(prefix))) ||
      (words.length === 1 &&
        OFFICER_FRONTED.test(prefix) &&
        PARTICLE_SURNAME.test(sentence.slice(end, end + 30))) ||
      (words.length >= 3 && org.personCues.test(`${folded.slice(start, (tokens[i] as Token).end)} `));
    const gerund =
      atStart &&
      words.length === 1 &&
      rules.language === 'en' &&
      last.length > 5 &&
      last.endsWith('ing') &&
      GERUND_OBJECT.test(next.slice(0, 12));
    // "Fraîchement qualifié SecNumCloud, l'hébergeur …", "Separately, …": a lone adverb opening the sentence.
    const adverb =
      atStart &&
      words.length === 1 &&
      (rules.language === 'fr'
        ? FR_ADVERB.test(last)
        : EN_ADVERB.test(last) && ADVERB_NEXT.test(next.slice(0, 24))) &&
      !org.firstNames.has(last);
    const tooShort =
      (words.length === 1 && last.length < 2) ||
      adverb ||
      (words.length === 1 && DEFINED_TERM.has(last) && DEFINED_TERM_ARTICLE.test(prefix)) ||
      // "cross-Channel", "pan-European", "non-EU": a capitalised word a lowercase prefix is glued to is an adjective.
      LOWER_PREFIX.test(sentence.slice(Math.max(0, start - 12), start)) ||
      !words.some((w) => /\p{L}/u.test(w)) ||
      gerund ||
      // "until 5pm", "à 17h30": a clock time is no name.
      CLOCK_TIME.test(sentence.slice(start, end));
    // "Rennes et Milan, le 6 mars", "Milan-based Nuvola": a place is neither a party nor a candidate.
    // "États-Unis", "Royaume-Uni": a hyphenated place is listed with its hyphen, which `words` leaves out.
    const listedPlace = org.places.has(words.join(' ')) || org.places.has(folded.slice(start, end));
    const isPlace =
      listedPlace ||
      MINISTER_OF.test(prefix) ||
      org.placeAfter.test(folded.slice(end, end + 24)) ||
      NEAR_BEFORE.test(prefix) ||
      ROUTE_BEFORE.test(prefix) ||
      SITE_OF_BEFORE.test(prefix) ||
      PLACE_LINK_BEFORE.test(sentence.slice(Math.max(0, start - 12), start)) ||
      (!sentence.slice(start, end).includes(' ') && TOWN_SITE_BEFORE.test(prefix)) ||
      PLACE_LINK_AFTER.test(sentence.slice(end, end + 12)) ||
      // "our Offenbach campus", "its Gdansk plant": a one-word name between an owner and a site is the site's town.
      (SITE_AFTER.test(folded.slice(end, end + 24)) &&
        OWNER_BEFORE.test(prefix) &&
        !sentence.slice(start, end).includes(' '));
    // "Contacté par Numérique Hebdo", "The Ledger Street": the outlet asking or reporting is no party.
    // "Trévalis Media agreed to buy ...": a title word that also closes company names is a company in a party slot.
    // "Mécanique Dauphiné, PME de 200 salariés": a company noun in apposition makes the name a company's.
    const titled =
      words.length >= 2 &&
      org.outletWords.has(last) &&
      // "Groupe Bercelot Médias", "Groupe Écho Médias": a group heading the name owns outlets, it is none.
      !TITLE_HEADS.has(words[0] as string) &&
      !(slot && org.suffixes.has(last)) &&
      !org.apposition.test(next) &&
      // "TF1 et Pavanne Médias ont officialisé": a name listed with a registry company is its fellow company.
      !mentions.some(
        (m) => m.type === 'company' && m.end <= start && LISTED_WITH.test(folded.slice(m.end, start)),
      );
    const modifier = rules.language === 'en' && MODIFIER_OF_NAMED_ROLE.test(sentence.slice(end, end + 60));
    // "Wheat futures on Euronext in Paris fell", « a reculé de 3,1 % à Euronext Bruxelles »: a market trades, no party.
    const venue = EXCHANGES.has(words[0] as string) && VENUE_BEFORE.test(prefix);
    // "three Ariane 6 flights", "ses A350 livrés": a name closed by a model number before a plural noun is a product.
    // "available to NATO customers", "EU member states": a name qualifying a group of customers or members.
    const model =
      MODEL_CODE.test(sentence.slice(start, end)) ||
      (words.length >= 2 &&
        /\s\d+$/u.test(sentence.slice(start, end)) &&
        MODEL_NOUN_AFTER.test(sentence.slice(end, end + 24))) ||
      (rules.language === 'en' && CUSTOMERS_AFTER.test(sentence.slice(end, end + 24)));
    // "installé à Saint-Priest", "the Sion-based airline", "l'usine de Saint-Omer": the article's town.
    if ((isPlace && !listedPlace) || (place && SETTLED_AT.test(prefix)))
      towns.push(sentence.slice(start, end));
    const pressNamed = PRESS_BEFORE.test(prefix);
    const outlet = titled || pressNamed || org.outletBefore.test(prefix);
    candidates.push({
      start,
      end,
      range: namesARange(sentence, prefix, end, rules.language),
      atStart,
      place: place || venue,
      human: person,
      slotOnly: (slot || owns) && !hasSuffix && !org.cues.test(prefix) && !org.apposition.test(next),
      outlet: outlet && !isPlace && !tooShort,
      guessed: !titled && !pressNamed,
      person: person || tooShort || isPlace || outlet || modifier || model || venue,
      accepted:
        !tooShort &&
        !modifier &&
        !venue &&
        !model &&
        !isPlace &&
        !outlet &&
        (hasSuffix ||
          // "la laiterie de la coopérative à Pontchâteau": a place preposition after the cue noun heads a town.
          (((org.cues.test(prefix) && !OF_BEFORE.test(prefix) && !POSSESSED_BEFORE.test(prefix) && !place) ||
            // "la start-up de Rehovot, spécialiste des protéines": the apposition describes the role noun.
            (org.apposition.test(next) &&
              !roleOf &&
              !(place && DESCRIBES_NEXT_NAME.test(sentence.slice(end, end + 90)))) ||
            slot ||
            owns) &&
            !person)),
    });
    i = j + 1;
  }
  // "Peugeot, Fiat and Jeep models", "la série Hollow Crown": a brand, a work or a grade is no organisation.
  spreadRanges(candidates, folded);
  for (const c of candidates)
    if (c.range) {
      c.accepted = false;
      c.person = true;
    }
  const brands = rangeMentions(
    mentions.filter((m) => m.known && m.type === 'company'),
    candidates,
    sentence,
    folded,
    rules.language,
  );
  // "its Hyundai, Kia and Genesis models" from Hyundai: a brand whose group the sentence names is that group's
  // range, no party beside it. "several Peugeot, Fiat and Jeep models" still names Stellantis, their owner.
  for (const b of brands) {
    const parent = registry.get(b.name)?.parent;
    if (parent !== undefined && mentions.some((m) => m.name === parent))
      mentions.splice(mentions.indexOf(b), 1);
  }
  // "Le Journal des Affaires", "La Gazette de l'Industrie": the rest of an outlet's title is the outlet too.
  for (const [n, c] of candidates.entries()) {
    const before = candidates[n - 1];
    // "propriétaire du Courrier de Saône": a lone title word with a "de" complement opens an outlet's title.
    if (
      before !== undefined &&
      !before.outlet &&
      org.outletWords.has(folded.slice(before.start, before.end)) &&
      OUTLET_JOIN.test(folded.slice(before.end, c.start))
    ) {
      before.outlet = true;
      before.accepted = false;
      before.person = true;
    }
    if (before?.outlet && OUTLET_JOIN.test(folded.slice(before.end, c.start))) {
      c.outlet = true;
      c.accepted = false;
      c.person = true;
    }
  }
  // "Federal Office for Information Security", "Agency for Cyber Defence": the rest of an institution's
  // name is the institution, never a company of its own.
  for (const [n, c] of candidates.entries()) {
    const before = candidates[n - 1];
    if (
      before !== undefined &&
      INSTITUTION.test(folded.slice(before.start, before.end)) &&
      INSTITUTION_JOIN.test(folded.slice(before.end, c.start))
    ) {
      c.accepted = false;
      c.person = true;
    }
  }
  // "Allianz Real Estate", "SNCF Voyageurs": capitalised words right after a registry company, naming no
  // division of it, complete the name of a company of its own when the whole stands as an organisation.
  for (const c of candidates) {
    if (c.outlet || c.human || !OWN_NAME_TAIL.test(sentence.slice(c.start, c.end))) continue;
    const parent = mentions.find((m) => m.known && m.type === 'company' && m.end + 1 === c.start);
    if (
      parent === undefined ||
      sentence.charAt(parent.end) !== ' ' ||
      parent.end - parent.start < 3 ||
      // A descriptor ("la pépite française de l'IA Halcyra") is no name to extend.
      !UPPER_START.test(sentence.charAt(parent.start)) ||
      isDivisionName(folded.slice(c.start, c.end)) ||
      endsAsDivision(folded.slice(c.start, c.end)) ||
      // "branded Ericsson Tower Sense", "baptisée Orange Flex": a product named after its maker.
      BRAND_BEFORE.test(folded.slice(Math.max(0, parent.start - 30), parent.start))
    )
      continue;
    const after = folded.slice(c.end, c.end + 60);
    if (
      c.accepted ||
      isOwnBusinessLine(folded.slice(c.start, c.end)) ||
      SLOT_AFTER.test(after) ||
      NAME_LISTED_AFTER.test(sentence.slice(c.end, c.end + 8)) ||
      // "formed with Allianz Real Estate last month": the whole sits in a party slot.
      SLOT_BEFORE.test(folded.slice(Math.max(0, parent.start - LOOK_BACK), parent.start)) ||
      SALE_TO.test(folded.slice(Math.max(0, parent.start - LOOK_BACK), parent.start))
    ) {
      c.extendsKnown = true;
      c.accepted = true;
      c.person = false;
    }
  }
  // Coordination: "Acme et Zorglub", "Acme, Zorglub and Foo" share the status of their neighbours.
  for (let pass = 0; pass < 2; pass++) {
    for (const c of candidates) {
      // "Sollicité, Atos ..." : a capitalised word opening the sentence before a comma is not listed with Atos.
      // "En Moselle, Gravelotte Aéro a racheté …", "In Leeds, Varnley Foods …": nor is a place the sentence opens on.
      const opensOnPlace = c.start <= 20 && FRONTED_PLACE.test(folded.slice(0, c.start));
      if (
        c.accepted ||
        c.person ||
        ((c.atStart || opensOnPlace) &&
          /^\s*,/.test(folded.slice(c.end)) &&
          !OPENING_LIST.test(folded.slice(c.end, c.end + 90)))
      )
        continue;
      // "Le PDG de Tanvic Composites, Marc Ledu, n'a pas …": a name between commas before a verb is an apposition.
      const apposed = /^\s*,\s*\p{Ll}/u.test(sentence.slice(c.end, c.end + 6));
      // "ISO 27001 and ISO 50001": a name listed with a label is another label, not an organisation.
      const organisations = mentions.filter((m) => m.type !== 'label');
      const neighbour = [...organisations, ...candidates.filter((o) => o.accepted && !o.person)].some(
        (o) =>
          (o.end <= c.start &&
            (COORDINATION.test(folded.slice(o.end, c.start)) ||
              // "Zellwood Hydrogen and Japan's Hestiva": a country's possessive before the listed name.
              COORDINATION.test(withoutCountryPossessive(folded.slice(o.end, c.start), org.places))) &&
            !(apposed && /^\s*,\s*$/u.test(folded.slice(o.end, c.start))) &&
            // "un contrat pour sa constellation OneWeb, à Pleumeur-Bodou": the "à" is the place's, not a list's.
            !(c.place && /\s(?:a|au|aux)\s*$/u.test(folded.slice(o.end, c.start))) &&
            !townApposed(folded, o, c)) ||
          (o.start >= c.end &&
            (COORDINATION.test(folded.slice(c.end, o.start)) ||
              // "Saulvenne et la SNCF ont prolongé": an article before the known name listed after.
              ('known' in o && o.known && COORDINATED_ARTICLE.test(folded.slice(c.end, o.start))) ||
              COORDINATION.test(withoutCountryPossessive(folded.slice(c.end, o.start), org.places)))) ||
          // "DP World s'est refusé à tout commentaire, tout comme Ekundayo Ports": a second speaker tagged after the first.
          (o.end <= c.start && coSpeakerTagBefore(folded.slice(Math.max(o.end, c.start - 24), c.start))) ||
          // "Ketteridge Nuclear and Polish utility PGE": the next name introduced by its role noun.
          // "Fondée à Rezé, la marque de soins Cosmétiques Albéranne": after a town, the role heads the name only.
          (o.start >= c.end &&
            !c.place &&
            ROLE_LISTED.test(folded.slice(c.end, o.start)) &&
            org.cues.test(folded.slice(c.end, o.start))),
      );
      if (neighbour) c.accepted = true;
    }
  }
  // "partners Mia Collins and Ana Ruiz have agreed": a name listed with a person, with no company mark, is one too.
  for (const [n, c] of candidates.entries()) {
    const before = candidates[n - 1];
    if ((c.slotOnly || !c.accepted) && before?.human && PAIRED.test(folded.slice(before.end, c.start))) {
      c.accepted = false;
      c.person = true;
      c.human = true;
    }
  }
  const rest: NameCandidate[] = [];
  for (const c of candidates) {
    // "L'Oréal's Travel Retail division will distribute …": a business line named after its owner's
    // possessive is the owner told by one of its divisions; the owner is the party already.
    if (
      !c.outlet &&
      OWN_DIVISION_AFTER.test(folded.slice(c.end, c.end + 24)) &&
      (isDivisionName(folded.slice(c.start, c.end)) || endsAsDivision(folded.slice(c.start, c.end))) &&
      mentions.some((m) => m.type === 'company' && POSSESSIVE_GAP.test(sentence.slice(m.end, c.start)))
    )
      continue;
    // "DHL Supply Chain", "Siemens Mobility": a division's name after its registry parent is that parent.
    const parent = mentions.find((m) => m.known && m.type === 'company' && m.end + 1 === c.start);
    if (
      parent !== undefined &&
      sentence.charAt(parent.end) === ' ' &&
      !c.outlet &&
      (isDivisionName(folded.slice(c.start, c.end)) || endsAsDivision(folded.slice(c.start, c.end)))
    ) {
      parent.end = c.end;
      continue;
    }
    // "BNP Paribas Cardif, la filiale d'assurance de BNP Paribas": a subsidiary named after its parent,
    // as its apposition says, is a company of its own, not the parent beside another name.
    if (
      parent !== undefined &&
      sentence.charAt(parent.end) === ' ' &&
      !c.outlet &&
      !c.human &&
      SUBSIDIARY_APPOSED.test(folded.slice(c.end, c.end + 60))
    ) {
      parent.name = sentence.slice(parent.start, c.end);
      parent.known = false;
      parent.end = c.end;
      continue;
    }
    // "Daimler Truck shares fell", "Orange Bank a signé": a known name run on by a capitalised word of
    // no division is another company's name, not the known one beside a stray word.
    if (
      parent !== undefined &&
      c.accepted &&
      !c.outlet &&
      !c.human &&
      sentence.charAt(parent.end) === ' ' &&
      !sentence.slice(c.start, c.end).includes(' ') &&
      // A name, not a descriptor the registry knows ("la pépite française de l'IA Halcyra").
      WRITTEN_NAME.test(sentence.slice(parent.start, parent.end))
    ) {
      parent.name = sentence.slice(parent.start, c.end);
      parent.known = false;
      parent.end = c.end;
      continue;
    }
    // "Allianz Real Estate", "SNCF Voyageurs": the rest of a company's name after a registry name it starts with.
    if (parent !== undefined && c.extendsKnown) {
      parent.name = sentence.slice(parent.start, c.end);
      parent.known = false;
      parent.end = c.end;
      continue;
    }
    // "talks with Pennick's, the grocer", "Pennick's said": an 's no noun follows belongs to the name.
    if (
      /^['’]s\b/u.test(sentence.slice(c.end, c.end + 3)) &&
      NOT_POSSESSIVE.test(folded.slice(c.end + 2, c.end + 26))
    )
      c.end += 2;
    const name = sentence.slice(c.start, c.end);
    if (c.outlet)
      mentions.push({
        name,
        type: 'outlet',
        known: false,
        start: c.start,
        end: c.end,
        ...(c.guessed ? { guessed: true } : {}),
      });
    else if (c.accepted) mentions.push({ name, type: 'company', known: false, start: c.start, end: c.end });
    else if (!c.person) rest.push({ name, start: c.start, end: c.end, ...(c.place ? { place: true } : {}) });
  }
  // "Worldline (Euronext : WLN) annonce …": the market of a bracketed listing tag is no party.
  const tags = listingTags(sentence);
  const untagged = (o: { start: number; end: number }) =>
    tags.length === 0 || !overlaps(tags, o.start, o.end);
  // "Kervalis (Euronext : KRV) a signé …": the name the tag follows is a listed company.
  for (const tag of tags) {
    const tagged = rest.findIndex(
      (c) => c.end < tag.start && /^\s?$/u.test(sentence.slice(c.end, tag.start)),
    );
    if (tagged < 0) continue;
    const [c] = rest.splice(tagged, 1) as [NameCandidate];
    mentions.push({ name: c.name, type: 'company', known: false, start: c.start, end: c.end });
  }
  const bodies = publicBodiesIn(sentence).filter(
    (b) => !mentions.some((m) => m.known && m.start < b.end && m.end > b.start),
  );
  if (bodies.length === 0)
    return {
      parties: mentions.filter(untagged).sort((a, b) => a.start - b.start),
      candidates: rest.filter(untagged),
      towns,
    };
  const outside = (o: { start: number; end: number }) => !overlaps(bodies, o.start, o.end) && untagged(o);
  const parties: PartyMention[] = [
    ...mentions.filter(outside),
    ...bodies.map((b) => ({ ...b, type: 'company' as const, known: false })),
  ];
  return { parties: parties.sort((a, b) => a.start - b.start), candidates: rest.filter(outside), towns };
}
