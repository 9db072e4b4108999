import type { ArticleState } from '../article-state.ts';
import { assessMoveStatus } from '../assess-status.ts';
import type { Direction, ShareMoveClaim } from '../claim.ts';
import { commonWords } from '../common-words.ts';
import { baseOf, type Draft, draftOf } from '../draft.ts';
import type { PartyMention } from '../find-parties.ts';
import { bareStockOwner, listingApposedEnd } from '../listed-companies.ts';
import { type CueMatch, matchAll } from '../rules/rule-set.ts';
import { salienceOf } from '../salience.ts';
import { actors, clauseAt, type SentenceContext } from '../sentence-context.ts';
import { type DateMatch, type Day, findDates, findRelativeDays, formatDay } from '../values/find-dates.ts';
import { dayBefore, EVE, openingDay, PLUPERFECT_VERB, recalledInRelative } from '../values/move-days.ts';
import { findPercents } from '../values/parse-percent.ts';
import { bracketedMover } from './bracketed-mover.ts';
import { colonRestatedSubject } from './colon-restated.ts';
import {
  headedDirection,
  otherQuantity,
  reachedQuantityChange,
  TO_PERIOD,
  yearSpanAfter,
} from './figure-reading.ts';
import { namedAsCounterpart, pronounReferent, relativeStockOwner } from './stock-subject.ts';
import { type ClauseSubject, subjectBeforeClause } from './subject-before-clause.ts';

const nearestBefore = (list: CueMatch[], pos: number) => list.filter((m) => m.end <= pos + 1).at(-1);
/** "X a bondi de 8 %", "X fell 4.2%": a company and its move close enough to need no "action". */
const DIRECT_REACH = 48;
/** A quantity named right after the number: "5 % de parts de marché", "12% in revenue". */
/** Nothing but a company and its figure: "et Deutsche Telekom 1,1 %", "and Telekom 1.1%". */
const ELLIPSIS = /^\s*(?:,\s*)?(?:(?:de|d'|by|of)\s*)?[+-]?\s*$/u;
/** Between a quantity noun and its owner: "le chiffre d'affaires de Kalmora", "revenue of Kalmora". */
const OWNER_OF = /^\s*(?:de |d'|du |of )(?:la |l'|the )?$/u;
/**
 * "le chiffre d'affaires du groupe Orange", "le résultat net d'Orange", "revenue at Spire", "traffic through the
 * port of X", "les commandes reçues par Airbus", "the price target on X (raised by 12%)": the quantity heads the
 * subject or object, the company is its complement.
 */
const OWNER_PHRASE =
  /^\s*(?:[\w-]+ ){0,3}?(?:de |d'|du |des |chez |par |of |at |by |through |from |for |across |on (?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the day)\b))(?:la |le |les |l'|the |its |their |son |sa |ses |leur |leurs )?(?:[\w'-]+ ){0,3}(?:(?:of|de|du) |d')?$/u;
/** Deal words and verbs among the non-stock blockers: no quantity that heads a subject ("le rachat de X par Y"). */
const NOT_QUANTITY =
  /^(?:rachat|racheter|reprendre|reprise|acquerir|acquisition|ceder|cession|negociations?|pourparlers|buy|buying|acquire|acquiring|purchase|purchasing|takeover|negotiating|talks|reduc|reduire|reduit|diminue|abaisser|ameliore|improv|helps?|permet|stake|participation|capital|technolog|procede|efficacite|efficiency|price of)/u;
/** A level reached: "slipped to 31%", "est passée à 12 %". */
const LEVEL_BEFORE =
  /\b(?:rose|fell|slipped|climbed|grew|dropped|increased|decreased|shrank|declined|edged up|edged down|passee?s?|tombee?s?|remontee?s?) (?:to|a) ?$/u;
/**
 * "a return on equity above 13%, up from 12%", "a margin of 9%, down from 11%": a level compared with its former
 * value; neither figure is a move of the stock (a move is "up 12%", never "up from 12%").
 */
const FORMER_LEVEL_BEFORE =
  /\b(?:up|down|higher|lower|rising|falling|rose|fell|increased|decreased|improved|grew|dropped|compared with|against) from (?:about |around |roughly |nearly |almost |just )?$/u;
const FORMER_LEVEL_AFTER =
  /^['"]?(?: (?:in|for) (?:\d{4}|the (?:first|second|third|fourth) (?:half|quarter)))?,? (?:up|down) from\b/u;
/** "la coentreprise détenue à 67 % par Thales et à 33 % par Leonardo": how much of a company its owners hold. */
const HELD_BEFORE =
  /\b(?:detenue?s?|controlee?s?|possedee?s?) (?:(?:conjointement |respectivement )?a|a \d[\d,.]*\s?% par [^.;%]{1,40}? et a) ?$/u;
/** "une option pour monter à 51 %", "raise its stake to 60%": a stake level a company may reach, not a move. */
const STAKE_LEVEL_BEFORE =
  /\b(?:monter|montera|monterait|porter|portera|porterait|relever|augmenter|raise|raises|raising|lift|lifts|increase|increases|increasing|take|takes|taking) (?:(?:sa|son|leur|ses|its|their|the) (?:participation|part|stake|holding|interest|shareholding)s? )?(?:a|to) ?$/u;
/** "Le groupe prend 24,5 % de la manufacture", "takes 30% of Acme": a stake taken in a company, not a move. */
const STAKE_TAKEN_BEFORE =
  /\b(?:prend|prendra|prendrait|prennent|prendront|prendre|prenant|a pris|ont pris|avait pris|takes|took|taking|will take|to take)\s*$/u;
const STAKE_TAKEN_TAIL = /^\s*(?:de (?:la |l')|du |des |d'|of |in )(?!plus\b|more\b)/u;
/**
 * "Bel en prend 12 %", « Safran a pris 15 %, pas le contrôle »: the clitic « en » (of it) or a contrast with
 * control makes the figure taken a share of a company.
 */
const CLITIC_STAKE_BEFORE =
  /\ben (?:a |ont |avait |avaient |aurait |auraient )?(?:prend|prendra|prendrait|prennent|prendront|pris|detient|detiendra|detenait|detiendrait|possede|acquiert|acquerra|rachete|rachetera|reprend|reprendra)\s*$/u;
/**
 * « Aubrelle, dont L'Oréal a pris 24,9 % fin septembre »: « dont » then a company taking or holding the figure is a
 * stake in the company before it; « Vextral, dont le titre a pris 4 % » is still the antecedent's move.
 */
const RELATIVE_STAKE_BEFORE =
  /\bdont (?!(?:le |la |l'|les |son |sa |ses )?(?:titre|action|cours|valeur|capitalisation|papier)s?\b)[^,;.%]{1,40}? (?:a|ont|avait|avaient|aurait) (?:pris|acquis|rachete)\s*$|\bdont (?!(?:le |la |l'|les )?(?:titre|action|cours|valeur|capitalisation|papier)s?\b)[^,;.%]{1,40}? (?:detient|detenait|detiendra|possede|possedait|controle)\s*$/u;
const CONTROL_CONTRAST_TAIL =
  /^\s*,?\s*(?:et |mais )?(?:pas|non|sans) (?:le |la |du |de la )?(?:controle|majorite)\b/u;
/** "pèse moins de 1 % de la capitalisation", "accounts for 3% of sales": a proportion, not a move. */
const PROPORTION_BEFORE =
  /\b(?:pese|pesent|pesait|pesera|represente|representent|representait|representera|weighs?|weighed|represents?|represented|accounts? for|accounted for|makes? up|made up)(?: (?:(?:moins|plus|pres|autour) (?:de|d')|environ|quelque|(?:less|more) than|about|around|nearly|almost|roughly|some|just|only|barely))? ?$/u;
const TAIL_OF = /^\s*(?:de |d'|du |des |of |in |en )/u;
/** "a 14% rise in first-half revenue", "a 9% drop in orders": the change noun then the quantity it is of. */
const CHANGE_NOUN_OF =
  /^\s*(?:(?:rise|rises|increase|increases|jump|gain|growth|drop|fall|decline|decrease|slide) (?:in|of)\b|(?:de|of|in) (?:son|sa|ses|leur|leurs|its|their) )/u;
/** Between a stock word and the company it names: "l'action Bouygues", "le titre de Kering", "shares in Tesco". */
const STOCK_OF = /^\s*(?:de |d'|du |of |in )?(?:la |l'|the )?$/u;
/** A sentence opening on an earlier move: "Après avoir cédé 2 % vendredi, ...", "After falling 3% on Friday, ...". */
/** Words that put a move before the one its sentence is about: "..., après avoir grimpé de 2 % mercredi". */
// "effaçant une partie du gain de 9 % de vendredi", "erasing most of Friday's 9% gain": the erased move came before.
const EARLIER =
  /\b(?:apres (?:avoir|etre)|after(?: having)?|having|following|apres une?|on the heels of|effacant|gommant|annulant|erasing|wiping out|reversing|giving back|paring)\b/u;
const DAY_MS = 86_400_000;
const STAKE_OF =
  /^\s*(?:du capital |des parts |des actions |of the shares |of the capital )?(?:de |d'|du |of )/u;
/**
 * « reprend 100 % de l'entreprise villeurbannaise », "bought 30% of the company": a share of a company told by a
 * common noun is a stake as much as one of a named company.
 */
const STAKE_OF_COMPANY =
  /^\s*(?:du capital |des parts |des actions |of the shares |of the capital )?(?:(?:de |d')(?:l'|la |le )|du |of (?:the |a |an )?)(?:entreprise|societe|firme|groupe|start-up|startup|pme|eti|filiale|company|firm|group|business|subsidiary)\b(?!')/u;
/** A percentage, written with its sign or in words ("9.3 per cent"). */
const FIGURE = /\d\s?(?:%|per ?cent|pour cent)/gu;
/** The words before a sentence's last percentage, back to the one before it: the last move's own phrase. */
function lastFigurePhrase(folded: string): string {
  const ends = [...folded.matchAll(FIGURE)].map((m) => [m.index, m.index + m[0].length] as const);
  const last = ends.at(-1);
  return last === undefined ? '' : folded.slice(ends.at(-2)?.[1] ?? 0, last[0]);
}

/** The trading day before `date` (a Monday's eve is the Friday before). */
function tradingEve(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(date)) return date;
  let t = Date.parse(`${date}T00:00:00Z`) - DAY_MS;
  while (new Date(t).getUTCDay() % 6 === 0) t -= DAY_MS;
  return new Date(t).toISOString().slice(0, 10);
}
/** "outpacing a 0.4% gain in the CAC 40", "a 0.4% rise in the European telecoms index", "contre une hausse de 0,4 % du CAC 40": the figure an index's. */
const INDEX_AFTER =
  /^\s*(?:(?:gain|rise|increase|advance|climb|fall|drop|decline|slide|loss|dip|move|hausse|baisse|progression|repli|recul|avance|perte)s?\s+)?(?:in|of|for|on|by|du|de|des|d'|sur|pour)\s+(?:the |le |la |l')?(?:(?!(?:shares?|stock|titre|action)\b)[a-z'-]+ ){0,3}$/u;
/** "l'indice Stoxx Europe 600 Technologie": capitalised words running on from an index name are still its name. */
const NAME_RUN = /^(?:\s+[\p{Lu}\d][\p{L}\p{N}&.-]*)*\s+$/u;
/** "Safran, qui avait racheté Keltermann l'an dernier, prenait 0,8 %": a relative clause between the mover and its verb. */
/** "X, qui ..., a gagné", "Bouygues, maison mère de Bouygues Telecom, a cédé": the subject moves, not the clause's company. */
const RELATIVE_THEN_MOVE =
  /^\s*,\s*(?:qui|which|who|(?:la |sa |the |its )?(?:maison mere|societe mere|parent(?: company| group)?|proprietaire|owner))\b[^,]{0,160},\s*/u;
/** "en hausse de", "up": a change with no verb of its own. */
const VERBLESS_CHANGE =
  /^(?:en (?:hausse|baisse|progression|recul|repli|croissance|augmentation|diminution)(?: de| d')?|(?:up|down)(?: by)?)\s*$/u;
/** "a bondi de 4 %, porté par l'annonce jeudi soir": that day dates the news, not the move. */
const NEWS_DAY =
  /\b(?:annonc\w*|publication|publi\w+|devoil\w*|communique|resultats?|announc\w*|publish\w*|released?|unveil\w*|reported|results|statement|report)\b[^,;.]{0,40}$/u;
/**
 * "malgré l'accord signé jeudi avec X", "l'accord conclu la veille", "after the deal struck on Thursday": the
 * day a deal noun's participle names dates the deal, not the move.
 */
const DEAL_DAY =
  /\b(?:accord|contrat|entente|partenariat|alliance|rapprochement|deal|agreement|contract|partnership|tie-up)\b[^,;.%]{0,40}?\b(?:conclue?s?|signee?s?|nouee?s?|scellee?s?|paraphee?s?|officialisee?s?|annoncee?s?|signed|struck|agreed|sealed|announced|unveiled)\s*(?:on\s+)?$/u;

/** Before a day that dates another event than the move: a span's start, a coming event, an earlier move. */
const OTHER_EVENT_DAY_BEFORE =
  /(?:\b(?:since|depuis|ahead of|in the run-up to|en amont de|en prevision de|dans l'attente de)\b[^,;%]{0,90}|\b(?:hausse|baisse|gains?|pertes?|chute|recul|repli|envolee|bond|rebond|progression|rally|flambee|degringolade)s? (?:de |du |d'))$/u;
const DAY_TOLD_AFTER = /^\s*,\s*(?:when|quand|lorsque|ou|jour ou)\b/u;
/** "Thursday's gains", "Tuesday's loss", "Friday's jobs report": a day's own event, unless its session. */
const OTHER_EVENT_DAY_AFTER =
  /^'s ['"]?(?!(?:session|trading|close|closing|open|opening|dealings|market)\b)[a-z]/u;

/** "building on Monday's 14.2% surge": a possessive day opening a figure dates that figure's move. */
const POSSESSIVE_FIGURE = /^'s (?:[a-z-]+ ){0,2}[+-]?\d/u;

/** "sur le cours (de clôture) du", "to its closing price on": the day after it dates a reference price. */
const REFERENCE_PRICE =
  /\b(?:(?:dernier )?cours(?: de cloture| de bourse)?|closing (?:share )?price|share price|price) (?:du|de|d'|on|of)\s*(?:le )?$/u;

/**
 * "a 14% premium to Friday's closing price", "rose 3% from Monday's close": a day's close a figure is measured
 * against dates the reference price, not a session the report tells ("at Friday's close" is that session).
 */
const POSSESSIVE_REFERENCE =
  /^'s (?:closing (?:share |stock )?price|close|closing level|share price|last traded price)\b/u;
const REFERENCE_BEFORE = /\b(?:to|over|on|from|above|below|versus|vs|against|than|with)\s*$/u;

/** "ended the day", "en fin de séance": the close of a session, whichever day the story is telling. */
const CLOSE_OF_DAY =
  /^(?:(?:ended|closed|finished) the (?:session|day)|(?:by|at) the close|en fin de (?:seance|journee))$/u;

/** A day set right after a news noun, as its complement: "l'annonce, mardi, du rachat", "the announcement on Tuesday of". */
const NEWS_APPOSED_DAY =
  /\b(?:l'annonce|la publication|la presentation|l'officialisation|the announcement|the news|the publication|the release)(?:\s*,\s*|\s+(?:on |de |du |ce )?)$/u;

/** Where the inserted clause a name heads closes before a move's figure (past its closing comma). */
function insertedBefore(ctx: SentenceContext, p: { start: number }, before: number): number | undefined {
  const a = ctx.inserted.find((x) => x.clause.start === p.start && x.clause.end <= before);
  if (a === undefined) return undefined;
  const comma = /^\s*,/u.exec(ctx.folded.slice(a.clause.end));
  return comma === null ? undefined : a.clause.end + comma[0].length;
}

/**
 * "cédait 1,0 %, tempérant l'euphorie de la veille", "erasing the gains of Monday": a day after the figure that
 * completes another noun dates that noun's event, not the move ("la séance de lundi" is the move's session).
 */
const NOUN_OF_DAY = /\b(?!(?:seance|journee|cloture|session|trading|close)\b)[a-z]{3,} (?:de |d'|du |of )$/u;

/** "erasing the gains made since Friday", "depuis lundi": a day that opens a span dates no move told before it. */
const SPAN_FROM = /\b(?:since|depuis)\s*$/u;

/** The background cues that put a move before the story's day ("avait bondi", "had fallen"). */
const PLUPERFECT = new Set(['plus-que-parfait', 'pluperfect']);
/** The mover, then a relative clause still open at the figure ("X, whose shares had fallen 18%"). */
const RELATIVE_AFTER_NAME = /^\s*,\s*(?:qui|dont|whose|which|who)\b/u;
const RELATIVE_OPEN = /^\s*,\s*(?:qui|dont|whose|which)\b[^,;]*$/u;
/** Where a move's own phrase ends after its figure: a comma, or a clause of its own ("on reports that …"). */
const PHRASE_END =
  /[,;]|\b(?:that|which|who|when|after|as|because|que|qu'|qui|lorsque|quand|apres|car|alors)\b|$/u;

/** The session a dayless move of the publication day belongs to: a weekend article's is the Friday before. */
function publicationSession(published: Day): string {
  let t = Date.parse(`${formatDay(published)}T00:00:00Z`);
  while (new Date(t).getUTCDay() % 6 === 0) t -= DAY_MS;
  return new Date(t).toISOString().slice(0, 10);
}

/** An earlier move read on the same weekday name as the article's day is the week before its anchor's. */
function beforeAnchor(date: string, anchor: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(date) || !/^\d{4}-\d{2}-\d{2}$/u.test(anchor)) return date;
  let t = Date.parse(`${date}T00:00:00Z`);
  const limit = Date.parse(`${anchor}T00:00:00Z`);
  for (let i = 0; i < 2 && t >= limit; i++) t -= 7 * DAY_MS;
  return new Date(t).toISOString().slice(0, 10);
}

/** A stock named by its article rather than its name: "Lundi, l'action avait gagné 2,6 %", "the stock fell 3%". */
const BARE_STOCK =
  /\b(?:l'action|le titre|les actions|son titre|son action|ses actions|the stock|the shares|its shares|its stock|its [a-z]+-(?:listed|traded) (?:shares|stock)|la valeur(?! (?:de|d'|du|des|totale|ajoutee|faciale|nominale|comptable|d'entreprise)\b)|shares (?:in|of) the (?:group|company|firm|business|bank|lender|insurer|utility|retailer|operator|carrier|maker)|the (?:group|company|firm|business|bank|lender|utility|retailer)'s (?:shares|stock)|(?:l'action|le titre|les actions) (?:du groupe|de la societe|de l'entreprise))\b/u;

/**
 * "Shares fell 2.7% in Milan.", "Shares: +9.6% on Monday", « Titre : -3,2 % »: a sentence opening on a stock word
 * with no article, a brief's or a fact box's, names no company; the story's company is its subject.
 */
const OPENING_STOCK =
  /^(?:shares|stock|share price|titre|action|cours|bourse)\s*(?::\s*[+-]?\s*$|\s(?:[a-z]+ ){0,2}?(?:rose|fell|gained|lost|jumped|climbed|dropped|slid|slipped|added|shed|closed|ended|finished|were|traded|eased|edged|surged|tumbled|slumped|soared|sank|plunged|rallied|advanced|declined)\b[^,;]*$)/u;
const POSSESSIVE_STOCK =
  /\b(?:its|their|son|sa|ses|leur|leurs) (?:[a-z]+-(?:listed|traded) )?(?:shares|stock|titre|action|actions|titres)\b/u;
/** Nothing before a sentence's subject: its opening, or a short lead-in ("In brief,", « Par ailleurs, »). */
const SUBJECT_OPENING = /^(?:[^,;:]{1,25},\s*)?$/u;
/** A singular possessive stock word: one company's, the sentence's leading one when several came before. */
const OWN_STOCK = /\b(?:its|son|sa|ses) (?:shares|stock|share price|titre|action|actions|cours)\b/u;

/**
 * "Il a terminé la séance en hausse de 3 %", "It closed 2% higher", "They rose 9.4%": a pronoun subject of
 * the move, at the sentence's start or after a short fronted phrase.
 */
const PRONOUN_STOCK =
  /^(?:[^,;]{1,40},\s*)?(?:il|elle|it|they)\s+(?!y\b|est\b|is\b|was\b|a (?:ete|annonce|indique|precise|publie|realise|affiche un chiffre)|said|says|reported|expects|has said)/u;
/** A singular pronoun opening the words after a colon, subject of the move told there. */
const PRONOUN_LEAD =
  /^\s*(?:il|elle|it)\s+(?!y\b|est\b|is\b|was\b|a (?:ete|annonce|indique|precise|publie)|said|says)[^,;:]*$/u;
const PLURAL_PRONOUN = /\bthey\s/u;
/** The sentence before talked of shares: what a plural "they" of a move stands for. */
const SHARES_BEFORE = /\b(?:shares|stock|actions|titres)\b/u;
/** A company whose salience is below this share of the most salient one's is clearly out of the story's focus. */
const FADED_MOVER = 1 / 3;

/**
 * The company a bare "l'action", "the shares" is of: the last mover, unless the story has since turned
 * clearly to another company (the most salient one), whose stock the bare word then is.
 */
function bareOwner(
  state: ArticleState,
  possessive: boolean,
  sameParagraph = false,
): PartyMention | undefined {
  const { mover, topic } = state;
  // "Its shares jumped": a possessive is the topic's; "the stock", "le titre" the listed company in view.
  if (mover === undefined) return possessive ? topic : bareStockOwner(state);
  // "Capgemini reste à l'écart. Son titre a cédé 0,4 %": a possessive continuing the previous sentence's subject.
  if (possessive && topic !== undefined && topic.name === state.previousSubject?.name) return topic;
  // "Alstom a signé un contrat de maintenance avec la SNCF. Le titre gagne 1,3 %": a bare stock word right after
  // a sentence of the same paragraph whose subject was the story's company is that company's, not the last mover's.
  if (sameParagraph && topic?.type === 'company' && topic.name === state.previousSubject?.name) return topic;
  if (topic?.type !== 'company' || topic.name === mover.name) return mover;
  if (state.salience === undefined) return mover;
  return salienceOf(state.salience, mover.name) < FADED_MOVER * salienceOf(state.salience, topic.name)
    ? topic
    : mover;
}

/** « le titre Veltrane a bondi »: a stock word followed by a name the engine did not read as a company's is no bare one. */
function stockBeforeName(ctx: SentenceContext, from: number, to: number): boolean {
  const m = BARE_STOCK.exec(ctx.folded.slice(from, to));
  return m !== null && /^\s+\p{Lu}/u.test(ctx.sentence.text.slice(from + m.index + m[0].length, to));
}

// "celle de SFR reculait", "while Google's slipped": a pronoun standing for the noun last named.
const PRONOUN_BEFORE = /\b(?:celles?|celui|ceux) (?:de |d'|du )$/u;
const PARENT_BEFORE = /\b(?:maison|societe) mere (?:de |d'|du )$/u;
const PARENT_AFTER = /^'s (?:parent|holding) (?:company|group)\b/u;
const describedAsSubsidiary = (folded: string, p: PartyMention) =>
  PARENT_BEFORE.test(folded.slice(Math.max(0, p.start - 20), p.start)) ||
  PARENT_AFTER.test(folded.slice(p.end, p.end + 24));
/** French nouns a "celui"/"ceux" can stand for, not a "celle": masculine heads of quantities and stocks. */
const MASCULINE =
  /^(?:prix|chiffre|ca|revenus?|couts?|benefices?|resultats?|dividendes?|titres?|cours|volumes?|carnet|budget|effectifs?|emplois|postes|salaires?|tarifs?|taux|capital|trafic|clients|abonnes|pib|rendements?)$/u;
/** "tout près du prix proposé, tandis que celle de Sopra Steria cédait 0,8 %": "celle" skips a masculine noun. */
function agreesWith(folded: string, pronounAt: number, noun: CueMatch): boolean {
  const pronoun = /\b(celles?|celui|ceux) (?:de |d'|du )$/u.exec(
    folded.slice(Math.max(0, pronounAt - 10), pronounAt),
  );
  if (pronoun === null) return true;
  const head =
    /[a-z]+/u.exec(folded.slice(noun.index, noun.end).replace(/^(?:l'|le |la |les )/u, ''))?.[0] ?? '';
  return MASCULINE.test(head) === (pronoun[1] === 'celui' || pronoun[1] === 'ceux');
}
const QUANTITY = new Set(['non-stock', 'market-share']);

/**
 * The noun a « celle de X » stands for: the last one that headed another company's complement (« l'action
 * d'Y a bondi de 18 % à la Bourse de croissance TSX, alors que celle de X reculait »: the stock, not the
 * growth market of the exchange's name), else the last agreeing noun named before it.
 */
function pronounNoun(ctx: SentenceContext, nouns: CueMatch[], pronounAt: number): CueMatch | undefined {
  const headed = nouns.filter((m) =>
    ctx.parties.some(
      (p) =>
        p.type === 'company' &&
        p.start >= m.end &&
        p.end <= pronounAt &&
        OWNER_OF.test(ctx.folded.slice(m.end, p.start)),
    ),
  );
  return nearestBefore(headed.length > 0 ? headed : nouns, pronounAt);
}
/** "La mutuelle, dont les frais ont reculé de 6 %", "X, its largest holder with 31%": another noun's figure. */
const OTHER_SUBJECT = /(?:,\s*dont\b|\bwhose\b|\bwith\b|\bholding\b|\bqui (?:detient|possede)\b)/u;

/** "lundi puis de 6,4 % jeudi", "on Monday, then a further 2%": the next figure told is a later move. */
const THEN_NEXT = /^[^,;.]{0,30}?(?:,\s*)?\b(?:puis|then|and then|et ensuite|avant de)\b[^,;.]{0,30}$/u;

/** After a move's figure (and its day), a conjunction and a bare figure: "lundi puis de", "and a further", ", then". */
const SAME_VERB =
  /^\s*(?:(?:on |le )?[a-z]+\s*)?,?\s*(?:puis|then|et|and|avant|before)(?:\s+(?:encore|again|de nouveau|another|a further|an additional))*(?:\s+(?:de|by)\b|\s*d')?\s*[+-]?\s*$/u;

/** What must follow such a second figure: its own day ("puis de 6,4 % jeudi"), not a range's end ("entre 2 % et 3 %"). */
const SAME_VERB_TAIL =
  /^\s*(?:on |le |ce )?(?:lundi|mardi|mercredi|jeudi|vendredi|monday|tuesday|wednesday|thursday|friday|hier|yesterday|today|aujourd'hui|le lendemain|the next day|the following day)\b/u;

/** A comma then a conjunction: what follows opens a clause of its own. */
const NEW_SUBJECT = /,\s*(?:and|et|while|but|mais|tandis que|alors que|whereas)\s/u;

const CONJUNCTION = /\b(?:and|et|puis|then|but|mais)\s/gu;
/**
 * "rose 1.6% on Wednesday after the media reports and were 0.4% lower", "and closed 2% higher": a conjunction, then
 * only a copula or the session's close before the figure, whose direction word follows it.
 */
const JOINED_COPULA =
  /^[a-z]+(?:\s+(?:has|have|had|was|were|is|are|also|then|still|now|closed|ended|finished|traded|opened|been|trading))+\s*[+-]?$/u;
/**
 * Where the last conjunction before `to` opens its own move verb ("… and climbed", « et a encore gagné ») or its
 * own copula ("… and were 0.4% lower"), else -1.
 */
function joinedVerbStart(folded: string, from: number, to: number, moves: readonly CueMatch[]): number {
  let last = -1;
  for (const m of folded.slice(from, to).matchAll(CONJUNCTION)) last = from + m.index;
  if (last < 0) return -1;
  if (JOINED_COPULA.test(folded.slice(last, to))) return last;
  const verb = moves.find((m) => m.index > last && m.end <= to + 1);
  return verb !== undefined &&
    /^[a-z]+\s+(?:(?:has|have|had|was|were|is|are|a|ont|avait|etait|etaient|est|sont|also|aussi|then|puis|encore|again|further)\s+)*$/u.test(
      folded.slice(last, verb.index),
    )
    ? last
    : -1;
}

/** "a fait bondir l'action X", "faisant chuter le titre de X": a causative verb, then the stock it moved. */
const CAUSATIVE =
  /\b(?:fai[a-z]*|fera[a-z]*|font)\s+([a-z']+(?:\s+[a-z]+)?)\s+(?:l'action|le titre|les actions|les titres|le cours)\s*(?:de |d'|du )?$/u;

const RANGE_OPEN = /\b(?:entre|between|from)\s*$/u;

/** « avait perdu 18 % en janvier », "fell 12% in March": a month's move, no session's (a dated day is "le 12 janvier"). */
const MONTH_SPAN_AFTER =
  /^\s*(?:en|in|over|during|au cours du mois de|sur le mois de) (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december)\b(?!\s*\d)/u;

/** "taking their gain since the end of last week to about 19%": a running total, however long its span. */
const CUMULATIVE_BEFORE =
  /\b(?:portant|porte|portait|portent|ramenant|ramene|reduisant|bringing|taking|lifting|pushing|brings|takes|trimming|trims|cutting|paring|pares|reducing|reduces|narrowing|extending|extends)\b(?: [\w']+){0,9} (?:a|to)(?: (?:about|around|nearly|almost|roughly|some|more than|pres de|environ|plus de))?\s*$/u;

// « Propulsée de 18 % mardi par …, l'action a rechuté » : a fronted participle of a move verb, too.
const FRONTED =
  /^\s*(?:apres (?:avoir|etre)|after(?: having)?|having)(?: [\w']+){1,3}\s*[+-]?\s*$|^\s*(?:propulse|dope|porte|pousse|plombe|leste|entraine)e?s? de\s*$|^\s*(?:apres|after) (?:une?|sa|son|their|its|a)(?: [\w']+){1,3}\s*$/u;

/**
 * One listed company's stock move with a percentage: a move verb between the company and the
 * number, a stock context ("l'action", "shares") unless the company is the verb's direct subject,
 * and no index ("CAC 40") or other quantity ("prime", "revenue") governing the number instead.
 */
/**
 * "rose as much as 5% before paring gains to close 1.1% higher", "a ouvert en hausse de 5 % avant de
 * terminer sur une progression de 1,9 %": a figure passed on the way to the close is not the session's move.
 */
const BEFORE_CLOSE =
  /^[^.;%]{0,30}?\b(?:before|avant de|avant d')\b[^.;%]{0,70}?\b(?:to close|closing|to end|ending|to finish|finishing|to settle|settling|pour (?:terminer|finir|cloturer|clore|s'etablir)|terminer|finir|cloturer|clore)\b/u;

/** "le titre de la cible", "the target's shares": the company a bid in the sentence is for. */
const TARGET_STOCK =
  /\b(?:(?:le titre|l'action|le cours|les actions|les titres) de la (?:cible|societe visee)|the (?:takeover )?target's (?:shares|stock)|(?:shares|stock) (?:of|in) the (?:takeover )?target)\b/u;
const BID_ON =
  /\b(?:offres?|opa|ope|approche|offers?|bids?|approach|takeover|rachat|acquisition)(?: [\w-]+){0,2} (?:sur|pour|de|du|d'|for|of)\s*$/u;

/** A company named as the agent of a rumoured deal: "un rachat par Safran", "l'intérêt d'Amundi", "a bid from X". */
const BIDDER_BEFORE =
  /\b(?:rachat|reprise|offre|approche|interet|acquisition|convoitise|takeover|bid|offer|approach|interest)s?(?: [\w-]+){0,2} (?:par|de|d'|du|by|from)\s*(?:l'|le |la |the )?(?:[\w-]+ ){0,2}$/u;
const namedAsBidder = (folded: string, p: PartyMention) =>
  BIDDER_BEFORE.test(folded.slice(Math.max(0, p.start - 50), p.start));

/** What may open a sentence's segment before a period cue: "; depuis janvier", "; and since March". */
const SEGMENT_OPENING = /^\s*(?:(?:et|mais|and|but|while|alors que|tandis que)\s+)?$/u;
/** "…, dont 3,4 % pour la seule séance de lundi", "…, including a 6.2% jump on Monday": a part of the period's move. */
const PART_OF_PERIOD = /(?:\bdont|\bincluding|\bof which)(?:\s+(?:une?|a|an))?\s*$/u;

/** The direction the cue nearest before a figure tells. */
function cueDirection(ups: CueMatch[], downs: CueMatch[], at: number): Direction | undefined {
  const up = nearestBefore(ups, at);
  const down = nearestBefore(downs, at);
  if (up === undefined && down === undefined) return undefined;
  return (up?.index ?? -1) > (down?.index ?? -1) ? 'up' : 'down';
}

/**
 * Between a bare name and its move verb: its stock word, auxiliaries, adverbs, the session's close ("shares are",
 * "is now", "has also", "closed", "a encore").
 */
const AUX_GAP =
  /^\s*(?:(?:shares|stock|has|have|had|was|were|is|are|also|further|again|then|now|still|currently|briefly|closed|ended|finished|opened|traded|trading|the day|the session|a|ont|avait|avaient|aussi|encore|puis|termine|cloture|fini|ouvert|la seance|lui|pour sa part|de son cote|,)\s*)*$/u;

/**
 * A capitalised name nothing else marked as a company ("Xylem added 0.9%", "tandis que Brévalaz grimpait
 * de 4 %"), right before its move verb, close to its figure: the mover, unless every word of it is a common
 * word ("Utilities rose", "Wall Street fell", "Gold rose"), a place, the rest of an index's name or a quantity.
 */
function unmarkedMover(
  ctx: SentenceContext,
  moves: readonly CueMatch[],
  others: readonly CueMatch[],
  from: number,
  at: number,
  own: PartyMention | undefined,
): PartyMention | undefined {
  const { folded } = ctx;
  const common = commonWords(ctx.rules.language);
  let found: PartyMention | undefined;
  for (const c of ctx.candidates) {
    if (c.place === true || c.start < from || c.end > at || at - c.end > DIRECT_REACH) continue;
    if (own !== undefined && own.end > c.start) continue;
    // "le CAC Mid & Small", "FTSE MIB", "l'Ebitda": the rest of an index's name, a quantity.
    if (
      others.some(
        (m) =>
          (m.index < c.end && m.end > c.start) ||
          (m.end <= c.start && NAME_RUN.test(ctx.sentence.text.slice(m.end, c.start))),
      )
    )
      continue;
    const cue = moves.filter((m) => m.index >= c.end && m.end <= at + 1).sort((a, b) => a.index - b.index)[0];
    if (cue === undefined || !AUX_GAP.test(folded.slice(c.end, cue.index))) continue;
    const words = folded
      .slice(c.start, c.end)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    if (words.every((w) => common.has(w))) continue;
    found = { name: c.name, type: 'company', known: false, start: c.start, end: c.end };
  }
  return found;
}

function insideIndexRelative(
  folded: string,
  indexes: readonly CueMatch[],
  own: PartyMention,
  percentAt: number,
): boolean {
  return indexes.some(
    (m) =>
      m.id === 'index-relative' &&
      m.end <= own.start &&
      !folded.slice(m.end, own.start).includes(',') &&
      folded.slice(own.end, percentAt).includes(','),
  );
}

/** The stock word a singular pronoun agrees with: « elle » the feminine « l'action », « il » « le titre », "it" "the stock". */
const STOCK_ANTECEDENT: Record<string, RegExp> = {
  elle: /\bl'action\b/u,
  il: /\ble titre\b/u,
  it: /\b(?:the stock|the share price)\b/u,
};

function pronounOfStock(lead: string, previous: string | undefined): boolean {
  const word = /\b(?:elle|il|it)\s*$/u.exec(lead.trimEnd())?.[0].trim();
  const antecedent = word === undefined ? undefined : STOCK_ANTECEDENT[word];
  return antecedent !== undefined && previous !== undefined && antecedent.test(previous);
}

/**
 * "a subdued session yesterday", "la séance de lundi": a market report may date its session before any figure.
 * "Bid fever returned to the City yesterday": a next-morning report's opening sentence dates the session it tells,
 * so the dayless moves after it are yesterday's, not the publication day's. "X had its best day as a public
 * company on Wednesday. Shares … jumped 12.1%": a record day is a session too.
 */
const SESSION_WORD =
  /\b(?:session|seance|trading day|journee de bourse|(?:best|worst) (?:trading )?day|(?:meilleure|pire) (?:seance|journee))\b/u;

function noteSessionDay(ctx: SentenceContext, state: ArticleState): void {
  const { folded } = ctx;
  if (state.sessionDay !== undefined) return;
  // The article's first sentence: no sentence before it.
  const lead = state.previous === undefined && /\b(?:yesterday|hier)\b/u.test(folded);
  // Once per sentence: a sector told moving on a day opens the session, like a session word.
  const opens = lead || stocksMoved(ctx);
  if (!opens && !/session|seance|day|journee/u.test(folded)) return;
  if (!opens && !SESSION_WORD.test(folded)) return;
  const day = findRelativeDays(ctx.sentence.text, folded, ctx.rules, ctx.published)[0];
  if (day !== undefined) state.sessionDay = day.date;
}

/**
 * "La perspective d'une rallonge a fait décoller les valeurs de défense mercredi", "Bank stocks slumped on
 * Tuesday": stocks told moving on a day, with no figure yet, date the session whose figures follow ("Thales a
 * gagné 4,2 %"). Not a move told as background ("les valeurs bancaires avaient chuté lundi").
 */
const STOCK_GROUP = /\b(?:les (?:valeurs|titres|actions)|stocks|shares|equities)\b/u;

function stocksMoved(ctx: SentenceContext): boolean {
  const { folded } = ctx;
  const sm = ctx.rules.shareMove;
  return (
    STOCK_GROUP.test(folded) &&
    matchAll(sm.up, folded).length + matchAll(sm.down, folded).length > 0 &&
    !PLUPERFECT_VERB.test(folded)
  );
}

/** "1,2 million de titres Aurélis ont changé de mains", "l'action X", "X shares": a company's stock named. */
const STOCK_NAMED_BEFORE = /\b(?:titres|actions|l'action|le titre|shares (?:in|of))\s+(?:de |d'|du )?$/u;
const STOCK_NAMED_AFTER = /^(?:'s?)?\s+(?:shares|stock)\b/u;

/**
 * A sentence that tells no move but names another company's stock ("Plus de 1,2 million de titres Aurélis ont
 * changé de mains") turns the market story to that stock: a bare "la valeur", "the stock" next is its.
 */
function noteStockInView(ctx: SentenceContext, state: ArticleState): void {
  const { folded } = ctx;
  if (state.mover === undefined || !/titre|action|share|stock/u.test(folded)) return;
  const named = ctx.parties.find(
    (p) =>
      p.type === 'company' &&
      (STOCK_NAMED_BEFORE.test(folded.slice(Math.max(0, p.start - 24), p.start)) ||
        STOCK_NAMED_AFTER.test(folded.slice(p.end, p.end + 12))),
  );
  if (named !== undefined && named.name !== state.mover.name) state.mover = { ...named, start: 0, end: 0 };
}

/** Between a figure and the day right after it, in its own phrase: « de 12,5 % », then « vendredi ». */
const FIGURE_TO_DAY = /^\s*(?:(?:on|le|ce|this|last|dernier) )?$/u;

/**
 * « Après sa chute de 12,5 % vendredi, X rebondit de 5,1 % »: a day told right after the figure of a fronted
 * earlier move dates that move, not the one the main clause tells ("X closed up 14% on Friday, and Y slipped
 * 0.7% the same day" keeps one day for both).
 */
function datesEarlierFigure(
  folded: string,
  earlier: { index: number; end: number } | undefined,
  d: { index: number; end: number },
  current?: { index: number },
): boolean {
  if (
    earlier === undefined ||
    d.index < earlier.end ||
    !FIGURE_TO_DAY.test(folded.slice(earlier.end, d.index))
  )
    return false;
  const lead = folded.lastIndexOf(':', earlier.index) + 1;
  if (FRONTED.test(folded.slice(lead, earlier.index))) return true;
  // « Le titre, qui avait bondi de 7,9 % le 14 octobre, recule de 0,8 % »: the day of a move recalled in a
  // relative clause in the pluperfect is that earlier move's; the main clause's move, in another tense, is not.
  return (
    current !== undefined &&
    recalledInRelative(folded, earlier.index) &&
    !PLUPERFECT_VERB.test(folded.slice(d.end, current.index))
  );
}

export function findShareMoves(ctx: SentenceContext, state: ArticleState): Draft[] {
  const { rules, folded } = ctx;
  const percents = findPercents(folded);
  if (percents.length === 0) {
    noteSessionDay(ctx, state);
    noteStockInView(ctx, state);
    return [];
  }
  const sm = rules.shareMove;
  const context = matchAll(sm.context, folded);
  const ups = matchAll(sm.up, folded);
  const downs = matchAll(sm.down, folded);
  const blockers = matchAll(sm.blockers, folded);
  const indexes = matchAll(sm.indexes, folded);
  const drafts: Draft[] = [];
  // A market report dates its session once ("ce mardi"): later moves without a day are of that session.
  const days: DateMatch[] = [
    ...findDates(folded, rules, ctx.published).filter((d) => d.precision === 'day'),
    ...findRelativeDays(ctx.sentence.text, folded, rules, ctx.published),
  ]
    // "porté par l'annonce, mardi, du rachat", "the announcement on Tuesday of": that day dates the news.
    .filter((d) => !NEWS_APPOSED_DAY.test(folded.slice(Math.max(0, d.index - 40), d.index)))
    .filter((d) => !DEAL_DAY.test(folded.slice(Math.max(0, d.index - 80), d.index)))
    // "une prime de 34 % sur le cours du 6 novembre", "a premium to the closing price on Monday": a reference price's day.
    .filter((d) => !REFERENCE_PRICE.test(folded.slice(Math.max(0, d.index - 40), d.index)))
    .filter(
      (d) =>
        !POSSESSIVE_REFERENCE.test(folded.slice(d.end, d.end + 30)) ||
        !REFERENCE_BEFORE.test(folded.slice(Math.max(0, d.index - 12), d.index)),
    )
    // "after announcing the opening, on 5 November, of its first store": a day still to come dates a coming event.
    .filter((d) => ctx.published === undefined || d.date <= formatDay(ctx.published))
    // "taking their loss since Monday", "extending Thursday's gains", "ahead of its results on Thursday",
    // "prolongeant sa hausse de mardi": that day dates another event (a span's start, an earlier move, a
    // coming release), neither this move nor the session the report is about.
    .filter(
      (d) =>
        // "since Friday, when the stock jumped 6.8%": the clause after it tells that day's own move.
        (!OTHER_EVENT_DAY_BEFORE.test(folded.slice(Math.max(0, d.index - 100), d.index)) ||
          DAY_TOLD_AFTER.test(folded.slice(d.end, d.end + 16))) &&
        !OTHER_EVENT_DAY_AFTER.test(folded.slice(d.end, d.end + 24)),
    )
    .sort((a, b) => a.index - b.index);
  const paragraph = ctx.sentence.paragraph;
  // A move told without a day of its own takes the last day its paragraph named ("fell 3% on
  // Tuesday. X closed 0.3% higher"), before the session day the report opened on.
  const paragraphDay = state.paragraphDay?.paragraph === paragraph ? state.paragraphDay.date : undefined;
  // "Jeudi, le titre s'était envolé de 21 %": a day told in the pluperfect is background, not the session.
  // "ahead of its results on Thursday", "after the report published on Monday": a day of the news.
  // "taking their loss since Monday to 2%": the start of a span is no session either.
  // "a reculé de 0,9 %, pénalisé par la remontée du pétrole en début de séance": a time of the session told past
  // the first move's own phrase is another thing's, no session of the report.
  const first = percents[0] as { end: number };
  const firstPhraseEnd = first.end + Math.max(0, folded.slice(first.end).search(PHRASE_END));
  const laterTimes = (days.length === 0 ? [] : matchAll(sm.intraday, folded)).filter(
    (m) => m.index > firstPhraseEnd && !/^[\s,]*$/u.test(folded.slice(firstPhraseEnd, m.index)),
  );
  const sessionDays = days.filter(
    (d) =>
      !laterTimes.some((m) => m.index <= d.index && m.end >= d.end) &&
      !NEWS_DAY.test(folded.slice(Math.max(0, d.index - 48), d.index)) &&
      !POSSESSIVE_FIGURE.test(folded.slice(d.end, d.end + 30)) &&
      !SPAN_FROM.test(folded.slice(Math.max(0, d.index - 12), d.index)),
  );
  // "Jeudi, le titre s'était envolé de 21 %": a day told in the pluperfect is background, not the session.
  const sentenceSession =
    sessionDays[0] !== undefined &&
    context.length + indexes.length > 0 &&
    !PLUPERFECT_VERB.test(folded.slice(0, Math.max(0, folded.indexOf('%'))))
      ? sessionDays[0].date
      : undefined;
  // Once a report has dated its session, a day in a sentence that tells no move ("extending Monday's surge",
  // "30% above its price before the first reports emerged on Monday") does not move it.
  if (sentenceSession !== undefined && state.sessionDay === undefined) {
    state.sessionDay = sentenceSession;
    state.paragraphDay = { paragraph, date: (sessionDays.at(-1) as DateMatch).date };
  }
  const sessionNow = sentenceSession ?? state.sessionDay;
  let windowStart = 0;
  let previous: PartyMention | undefined;
  let lastDirection: Direction | undefined;
  // The direction of the last move told over a period, which its parts ("dont 3 % lundi") share.
  let periodDirection: Direction | undefined;
  // Moves the text places before another one in the same sentence: [earlier, anchor or 'next'].
  const ordered: [ShareMoveClaim, ShareMoveClaim | 'next'][] = [];
  const eves = new Set<ShareMoveClaim>();
  // Moves dated by the publication day only: no day named, so none for the moves after them.
  const defaulted = new Set<ShareMoveClaim>();
  // The day a move told "dans la journée" took from the sentence before.
  let toldSameDay: string | undefined;
  for (const [n, percent] of percents.entries()) {
    const clause = clauseAt(ctx, percent.index);
    const closing = percents[n + 1];
    if (
      closing !== undefined &&
      closing.index < clause.end &&
      BEFORE_CLOSE.test(folded.slice(percent.end, closing.index))
    )
      continue;
    const from = Math.max(clause.start, windowStart);
    const sinceLast = windowStart;
    windowStart = percent.end;
    // "The Nasdaq Composite rose": a capitalised word inside an index's name is no company.
    const named = actors(ctx, { start: from, end: percent.index }).filter(
      (p) =>
        p.type === 'company' &&
        !indexes.some(
          (m) =>
            (m.index < p.end && m.end > p.start) ||
            (m.end <= p.start && NAME_RUN.test(ctx.sentence.text.slice(m.end, p.start))),
        ),
    );
    // "L'action Bouygues, maison mère de Bouygues Telecom, a gagné 2 %": the stock named is the mover.
    const stockWord = context.filter((m) => m.index >= from && m.end <= percent.index).at(-1);
    const stockOf =
      (stockWord === undefined
        ? undefined
        : named.find(
            (p) => p.start >= stockWord.end && STOCK_OF.test(folded.slice(stockWord.end, p.start)),
          )) ?? relativeStockOwner(ctx, percent.index);
    // « Givaudan (+0,4%) et DSM-Firmenich (-1,1%) … »: a bracket is a clause of its own; its company stands before it.
    let own = stockOf ?? named.at(-1) ?? bracketedMover(ctx, percent);
    // « Ouarzane Mines a profité du rebond : le groupe minier a pris 2,8 % »: the descriptor restates the subject.
    // « Seul Airbus a fait exception : le titre de l'avionneur a reculé »: so does a stock word of a descriptor.
    if (own !== undefined) own = colonRestatedSubject(ctx, own) ?? own;
    // "Propulsé de 12 % par une dépêche évoquant un rachat par Safran, le titre a rechuté de 8 %": a company
    // named as a rumoured buyer, then a bare stock word, is not the stock's owner; the stock is the one the
    // story was following.
    const stockAfter = own === undefined ? null : BARE_STOCK.exec(folded.slice(own.end, percent.index));
    if (own !== undefined && stockOf === undefined && stockAfter !== null && namedAsBidder(folded, own)) {
      const followed = bareOwner(state, false);
      // The followed company stands where the stock word does: its offsets were another sentence's.
      const at = own.end + stockAfter.index;
      own =
        followed?.type === 'company' && followed.name !== own.name
          ? { ...followed, start: at, end: at + stockAfter[0].length }
          : undefined;
    }
    // « X a démenti toute discussion avec Siemens Mobility, … qui avaient fait bondir le titre de 12 % », "It signed a
    // deal with Accor, and the shares rose": a bare stock word after the other side of talks or a deal is the
    // sentence's subject's, not that counterpart's.
    if (
      own !== undefined &&
      stockOf === undefined &&
      stockAfter !== null &&
      // A possessive ("son titre", "its shares") is the leading company's already (below).
      !POSSESSIVE_STOCK.test(stockAfter[0]) &&
      namedAsCounterpart(folded, own)
    ) {
      const subject = named.find((p) => p.name !== own?.name && !namedAsCounterpart(folded, p));
      const lead =
        subject !== undefined && subject.start < own.start ? subject : pronounReferent(ctx, state, named[0]);
      // It stands just past the stock word, so that « fait bondir le titre » still reads as the verb before it.
      const at = own.end + stockAfter.index + stockAfter[0].length;
      if (lead !== undefined && lead.name !== own.name) own = { ...lead, start: at, end: at };
    }
    // "…, while Tarrant Water added 1.2%", "Quenvale added 0.9%": a market report lists stocks by bare names.
    if (stockOf === undefined && ctx.candidates.length > 0)
      own =
        unmarkedMover(ctx, [...ups, ...downs], [...indexes, ...blockers], from, percent.index, own) ?? own;
    // "Alphabet, Google's parent company, gained 3%", "Bouygues : la maison mère de Bouygues Telecom a cédé":
    // the parent named as such is the mover, not the subsidiary its description names.
    if (own !== undefined && stockOf === undefined && describedAsSubsidiary(folded, own))
      own = named.at(-2) ?? (state.topic?.type === 'company' ? state.topic : own);
    // The subject before a relative clause is the mover, not a company the clause names.
    let relativeEnd: number | undefined;
    if (stockOf === undefined)
      for (const p of named) {
        const rel = RELATIVE_THEN_MOVE.exec(folded.slice(p.end, percent.index));
        // "Marrick, the flight-computer maker that saw off a bid by BAE, climbed 6.2%": an apposition too.
        const apposed = rel === null ? insertedBefore(ctx, p, percent.index) : undefined;
        const end = rel !== null ? p.end + rel[0].length : apposed;
        if (end === undefined || /,/u.test(folded.slice(end, percent.index))) continue;
        // "X, qui s'était envolé lundi …, a rendu ses gains : le fabricant a reculé de 4 %": a company named past
        // the clause (a descriptor opening the next clause) is nearer the move than the subject before it.
        if (named.some((q) => q.start >= end && q.name === p.name && q !== p)) break;
        // "Corvanne, qui a réalisé un chiffre d'affaires de 96 millions, en hausse de 18 %": a verbless
        // figure right after the clause qualifies the clause's own quantity, not the subject's stock.
        if (VERBLESS_CHANGE.test(folded.slice(end, percent.index))) continue;
        own = p;
        relativeEnd = end;
        break;
      }
    // "Norrhalt Steel, which swung on reports that ArcelorMittal wanted it, added 1.1%", « l'action X, qui
    // détenait 35 % du transporteur, a gagné 6,4 % »: the subject before a clause the loop above could not see
    // (outside the window a figure in the clause closed, past the clause's own company or a bare name's reach).
    let clauseSubject: ClauseSubject | undefined;
    if (stockOf === undefined && relativeEnd === undefined) {
      clauseSubject = subjectBeforeClause(ctx, [...ups, ...downs], [...indexes, ...blockers], percent.index);
      // "Quaylis, which handled 3.2 million TEU last year, up 7%, has been seeking": a verbless change right
      // after the clause is the clause's quantity's, as for the relative clauses above.
      if (
        clauseSubject !== undefined &&
        (own === undefined || own.start >= clauseSubject.mover.start) &&
        !VERBLESS_CHANGE.test(folded.slice(clauseSubject.clauseEnd, percent.index).trimStart())
      ) {
        own = clauseSubject.mover;
        relativeEnd = clauseSubject.clauseEnd;
      } else clauseSubject = undefined;
    }
    // "X signed a deal with Y covering its stores, sending its stock up 9%", "The report weighed on X, named
    // as Y's partner: its shares fell": a possessive stock word after several companies is the leading one's.
    const lead = named[0];
    const ownStock =
      stockOf === undefined && relativeEnd === undefined && own !== undefined
        ? OWN_STOCK.exec(folded.slice(own.end, percent.index))
        : null;
    // "Tripsera had a busy Monday. It signed a deal with Accor …, and its shares rose 3.6%": a sentence whose
    // subject is a pronoun leads with the company that pronoun stands for, not the first one it names.
    const referent = ownStock !== null ? pronounReferent(ctx, state, lead) : undefined;
    if (ownStock !== null && own !== undefined && referent !== undefined) {
      const at = own.end + ownStock.index;
      if (referent.name !== own.name) own = { ...referent, start: at, end: at + ownStock[0].length };
    } else if (ownStock !== null && own !== undefined && lead !== undefined && lead.name !== own.name)
      own = lead;
    // "The shares gained 4.6% after Brambleway announced a deal with Microsoft, and rose a further 2.2% on
    // Friday": a move verb coordinated past a comma, with no subject of its own, continues the last mover; the
    // companies named in between belong to the clause the comma closed. The last mover stands at the
    // conjunction (its own offsets may be another sentence's, for a bare stock word).
    if (own !== undefined && stockOf === undefined && relativeEnd === undefined && previous !== undefined) {
      const joinedAt = joinedVerbStart(folded, from, percent.index, [...ups, ...downs]);
      if (joinedAt > own.end && /,\s*$/u.test(folded.slice(own.end, joinedAt)))
        own = { ...previous, start: joinedAt, end: joinedAt };
    }
    // "a perdu 4,6 % mercredi, après avoir gagné près de 9 % lundi": the same company moved twice.
    const continued = own === undefined && previous !== undefined && previous.end <= percent.index;
    // "Après avoir cédé 2 % vendredi, le titre X ...": a fronted move belongs to the main clause's company.
    // "Le marché a salué l'accord : après avoir gagné 7 % lundi, l'action X …": a lead-in before a colon.
    const leadStart = folded.lastIndexOf(':', percent.index) + 1;
    const frontedLead =
      own === undefined && !continued && FRONTED.test(folded.slice(leadStart, percent.index));
    // "After jumping 18% on Monday, the shares fell 7.9%": a bare stock in the main clause is the last mover's.
    const fronted = frontedLead
      ? (actors(ctx, { start: percent.end, end: folded.length }).find(
          (p) => p.type === 'company' && !namedAsBidder(folded, p),
        ) ??
        // « Parcours inverse pour X. Propulsée de 18 % mardi, l'action … »: the company the sentence before was about.
        (BARE_STOCK.test(folded.slice(percent.end)) &&
        (state.previousSubject ?? state.mover ?? state.topic)?.type === 'company'
          ? (state.previousSubject ?? state.mover ?? state.topic)
          : undefined))
      : undefined;
    // "après avoir bondi de 18 % lundi, Renault a reculé de 7,9 %": the main clause's company moves itself.
    const frontedDirect =
      fronted !== undefined &&
      fronted.start > percent.end &&
      (percents[n + 1]?.index ?? Infinity) - fronted.end <= DIRECT_REACH;
    // "Lundi, l'action avait gagné 2,6 %": no company in the sentence, the stock is the last mover's, or the
    // most salient company's once the story has clearly turned to it.
    const alone =
      own === undefined &&
      !continued &&
      fronted === undefined &&
      // "The stock was up 14.2%, while Safran shares were down": a company only after the figure is another mover.
      // "…, le titre s'était envolé de 21 % après des informations selon lesquelles Renault …": a company
      // named after the move is in another phrase.
      ctx.parties.every((p) => p.type !== 'company' || p.start >= percent.end);
    const owner = alone
      ? bareOwner(
          state,
          POSSESSIVE_STOCK.test(folded.slice(clause.start, percent.index)),
          state.previous?.sentence.paragraph === ctx.sentence.paragraph &&
            !stockBeforeName(ctx, clause.start, percent.index),
        )
      : undefined;
    // "Il a terminé la séance en hausse de 3 %": a pronoun subject is the most salient company; a plural
    // "They rose 9.4%" the shares the sentence before talked of.
    const pronoun =
      alone && clause.start === 0 && n === 0 ? PRONOUN_STOCK.exec(folded.slice(0, percent.index)) : null;
    const plural = pronoun !== null && PLURAL_PRONOUN.test(pronoun[0]);
    // « L'action X a cédé 0,9 % mardi. Elle avait gagné 1,3 % vendredi »: a pronoun agreeing with the stock word
    // of the sentence before stands for that stock.
    const stockPronoun = pronoun !== null && !plural && pronounOfStock(pronoun[0], state.previous?.folded);
    const pronounOwner =
      pronoun === null
        ? undefined
        : plural
          ? SHARES_BEFORE.test(state.previous?.folded ?? '')
            ? (state.mover ?? state.topic)
            : undefined
          : stockPronoun && state.mover !== undefined
            ? state.mover
            : state.topic;
    const bare =
      owner?.type === 'company' &&
      (BARE_STOCK.test(folded.slice(clause.start, percent.index)) ||
        (n === 0 && OPENING_STOCK.test(folded.slice(0, percent.index))))
        ? owner
        : pronounOwner?.type === 'company'
          ? pronounOwner
          : undefined;
    // "Capgemini's revenue fell 2%, yet the shares edged up 0.9%", "les résultats d'Atos : vendredi, l'action a
    // abandonné 9,4 %": a stock word with no company of its own is the sentence's only company's.
    const sentenceCompanies = ctx.parties.filter((p) => p.type === 'company');
    const sole =
      own === undefined &&
      !continued &&
      fronted === undefined &&
      bare === undefined &&
      sentenceCompanies.length > 0 &&
      sentenceCompanies.every((p) => p.end <= from && p.name === sentenceCompanies[0]?.name) &&
      BARE_STOCK.test(folded.slice(from, percent.index))
        ? sentenceCompanies.at(-1)
        : undefined;
    // "offre sur Peyrolade ; le titre de la cible s'envolait", "a bid for X; the target's shares jumped".
    const target =
      own === undefined && TARGET_STOCK.test(folded.slice(from, percent.index))
        ? sentenceCompanies.find(
            (p) => p.end <= from && BID_ON.test(folded.slice(Math.max(0, p.start - 40), p.start)),
          )
        : undefined;
    // "Adyen, which handles part of Pelikaan's volume, is not part of the deal; its shares slipped 1.5%": a
    // possessive stock word opening a clause with no company of its own is the company opening the sentence,
    // its subject, whatever company its relative clause named.
    const subject = sentenceCompanies[0];
    const subjectStock =
      own === undefined &&
      !continued &&
      fronted === undefined &&
      bare === undefined &&
      sole === undefined &&
      subject !== undefined &&
      subject.end <= from &&
      SUBJECT_OPENING.test(folded.slice(0, subject.start)) &&
      OWN_STOCK.test(folded.slice(from, percent.index))
        ? subject
        : undefined;
    const company = own ?? target ?? (continued ? previous : (fronted ?? bare ?? sole ?? subjectStock));
    if (company === undefined) continue;
    // "The FTSE 250, of which Ravenhill's is a member, ended 0.2% higher": a company inside the index's
    // relative clause is no mover; the index is.
    if (own !== undefined && insideIndexRelative(folded, indexes, own, percent.index)) continue;
    // "outperforming the CAC 40, which gained 0.5%", "un compartiment en repli de 1,2 %": the index's figure.
    // "la plus forte hausse du CAC 40, lui-même en progression de 0,5 %": the index's relative, past a clause break.
    if (
      continued &&
      indexes.some(
        (m) =>
          (m.index >= from || (m.id === 'index-relative' && m.index >= sinceLast)) &&
          m.end <= percent.index + 1,
      )
    )
      continue;
    if (
      continued &&
      indexes.some((m) => m.index >= percent.end && INDEX_AFTER.test(folded.slice(percent.end, m.index)))
    )
      continue;
    // A continued move's own words start at its last comma ("their best day since January, before slipping").
    const lastComma = continued ? folded.lastIndexOf(',', percent.index) : -1;
    // "have risen 41% over the past year and climbed 3.2% on Monday": a verb of its own after a conjunction
    // starts the second move's words; the period before it was the first figure's.
    const joined = continued ? joinedVerbStart(folded, from, percent.index, [...ups, ...downs]) : -1;
    // "Le marché a salué la nouvelle : l'action a bondi de 13 %": a lead clause before a colon is no index's move.
    const colonLead =
      own === undefined && leadStart > from && BARE_STOCK.test(folded.slice(leadStart, percent.index))
        ? leadStart
        : 0;
    const lo =
      own === undefined
        ? Math.max(from, lastComma + 1, fronted ? leadStart : 0, colonLead, joined)
        : // "le titre Sarrazet s'ajustait sur le prix d'offre : il gagnait 4,6 %": the pronoun after the colon
          // stands for the stock named before it; the words between are not the move's.
          leadStart > company.end && PRONOUN_LEAD.test(folded.slice(leadStart, percent.index))
          ? leadStart
          : // « le titre X, coté à Londres depuis la scission de Y, a gagné »: a listing apposition places the
            // stock; its market and « depuis » are not the move's index or period.
            (relativeEnd ?? listingApposedEnd(folded, company.end) ?? company.end);
    const between = (list: CueMatch[]) => list.filter((m) => m.index >= lo && m.end <= percent.index + 1);
    if (between(indexes).some((m) => m.id !== 'sector' || own === undefined)) continue;
    const tail = folded.slice(percent.end, Math.min(clause.end, percent.end + 30));
    // "Le chiffre d'affaires de Kalmora a bondi de 18 %": a quantity the company owns moved, not its stock.
    const owned =
      own !== undefined &&
      // "les résultats d'Atos : vendredi, l'action a cédé 9 %": a stock word after the owner moves its stock.
      !BARE_STOCK.test(folded.slice(company.end, percent.index)) &&
      blockers.some(
        (b) =>
          b.id === 'non-stock' &&
          b.end <= company.start &&
          (OWNER_OF.test(folded.slice(b.end, company.start)) ||
            (OWNER_PHRASE.test(folded.slice(b.end, company.start)) &&
              !NOT_QUANTITY.test(folded.slice(b.index, b.end)) &&
              !context.some((m) => m.index >= company.end && m.end <= percent.index))),
      );
    // "la part de marché de X ..., tandis que celle de SFR reculait": the pronoun is the quantity last named.
    const lastNoun =
      own !== undefined &&
      (PRONOUN_BEFORE.test(folded.slice(Math.max(0, company.start - 10), company.start)) ||
        (folded.startsWith("'s ", company.end) &&
          [...ups, ...downs].some((m) => m.index === company.end + 3)))
        ? pronounNoun(
            ctx,
            [...context, ...blockers.filter((b) => QUANTITY.has(b.id))]
              .filter((m) => agreesWith(folded, company.start, m))
              .sort((a, b) => a.end - b.end),
            company.start,
          )
        : undefined;
    const elliptic = lastNoun !== undefined && QUANTITY.has(lastNoun.id);
    // "slipped to 31%": a level reached, not a move.
    const before = folded.slice(Math.max(0, percent.index - 60), percent.index);
    if (
      owned ||
      elliptic ||
      LEVEL_BEFORE.test(before) ||
      FORMER_LEVEL_BEFORE.test(before) ||
      FORMER_LEVEL_AFTER.test(folded.slice(percent.end, percent.end + 40)) ||
      STAKE_LEVEL_BEFORE.test(before) ||
      HELD_BEFORE.test(before) ||
      (STAKE_TAKEN_BEFORE.test(before) &&
        (STAKE_TAKEN_TAIL.test(tail) || CONTROL_CONTRAST_TAIL.test(tail))) ||
      CLITIC_STAKE_BEFORE.test(before) ||
      RELATIVE_STAKE_BEFORE.test(before) ||
      PROPORTION_BEFORE.test(before)
    )
      continue;
    // "up 14.2% after earlier rising as much as 17%": a peak beside the move told is no move of its own.
    const blocker = nearestBefore(
      between(blockers).filter(
        (b) =>
          (b.id !== 'intraday-peak' || /\d\s?%/u.test(folded.slice(0, b.index))) &&
          // "listed on Euronext Growth": a blocking word inside a name is that name's.
          !ctx.parties.some((p) => b.index < p.end && b.end > p.start),
      ),
      percent.index,
    );
    // "over the past five sessions" runs longer than a quantity noun: a wider window for periods.
    const periodWindow = folded.slice(percent.end, Math.min(clause.end, percent.end + 50));
    // "up 12% since January": a move over months, not a session's.
    const tailBlocked =
      (TAIL_OF.test(tail) && matchAll(sm.blockers, tail.slice(0, 24)).length > 0) ||
      (CHANGE_NOUN_OF.test(tail) &&
        matchAll(sm.blockers, folded.slice(percent.end, Math.min(clause.end, percent.end + 40))).some(
          (b) => b.id === 'non-stock',
        )) ||
      // "after a 19% slide since March", "lost 40% of their value since 2022": a change noun or the stock's value
      // may stand between the figure and its period.
      matchAll(sm.blockers, periodWindow).some(
        (b) => b.id === 'year-to-date' && TO_PERIOD.test(periodWindow.slice(0, b.index)),
      ) ||
      yearSpanAfter(periodWindow) ||
      MONTH_SPAN_AFTER.test(tail);
    // "portant à 48 % sa progression", "bringing its gain to 30%": a running total, not a session's move.
    const cumulative = CUMULATIVE_BEFORE.test(folded.slice(Math.max(lo, percent.index - 60), percent.index));
    // "lost 6% of its subscriber base", "the bid is 12% higher", "a 30% stake in": another quantity; unlike a
    // period, it makes no later figure a move of the same stock ("buy back 5% of its shares, after its market
    // share slipped to 8.4%").
    if (
      otherQuantity(before, tail) ||
      reachedQuantityChange(folded.slice(Math.max(0, percent.index - 110), percent.index))
    )
      continue;
    // The company stays the subject of the moves told after its cumulative one ("lost 38% this year, and slipped 1.2%").
    if (tailBlocked || cumulative) {
      previous = company;
      periodDirection = cueDirection(between(ups), between(downs), percent.index);
      continue;
    }
    // "a pris 20 % de Corbelle", "bought 20% of Brintel": a share of a company is a stake, not a move.
    if (
      STAKE_OF_COMPANY.test(tail) ||
      (STAKE_OF.test(tail) &&
        ctx.parties.some(
          (p) => p.type === 'company' && p.start >= percent.end && p.start <= percent.end + 30,
        ))
    )
      continue;
    // "Depuis le 1er janvier, X affiche un gain de 64 %": a fronted period makes the figure cumulative.
    // "Unilever ended up 3.6%, its best session since March, and Ocado closed 7.8% higher": a period told
    // before a coordinated new subject is the earlier figure's.
    const fronting = folded.slice(clause.start, company.start);
    const periodFirst = matchAll(sm.blockers, fronting).some(
      (b) => b.id === 'year-to-date' && !NEW_SUBJECT.test(fronting.slice(b.end)),
    );
    // "; depuis le 1er janvier, le titre abandonne 9 %": a period opening the move's own segment, past a
    // semicolon or colon (a period right after the figure before is that figure's: "lost 38% so far this year").
    const segmentStart =
      Math.max(folded.lastIndexOf(';', percent.index), folded.lastIndexOf(':', percent.index)) + 1;
    const segment = folded.slice(Math.max(from, segmentStart), percent.index);
    const periodLead =
      own === undefined &&
      segmentStart > sinceLast &&
      matchAll(sm.blockers, segment).some(
        (b) => b.id === 'year-to-date' && SEGMENT_OPENING.test(segment.slice(0, b.index)),
      );
    if (
      (periodFirst && own !== undefined) ||
      periodLead ||
      (own === undefined && between(blockers).some((b) => b.id === 'year-to-date'))
    ) {
      // "…, dont 3,4 % pour la seule séance de lundi": the moves told after it are parts of the period's.
      previous = company;
      periodDirection = cueDirection(between(ups), between(downs), percent.index);
      continue;
    }
    const inClause = context.filter(
      (m) => (fronted !== undefined || m.index >= clause.start) && m.end <= clause.end,
    );
    const stock = nearestBefore(inClause, percent.index);
    const direct =
      own !== undefined &&
      percent.index - (relativeEnd ?? company.end) <= DIRECT_REACH &&
      !OTHER_SUBJECT.test(folded.slice(relativeEnd ?? company.end, percent.index));
    // A continued move keeps the stock context its first move had.
    if (
      inClause.length === 0 &&
      !direct &&
      !continued &&
      !frontedDirect &&
      !((plural || stockPronoun) && bare !== undefined)
    )
      continue;
    // "closed the week up 16%": a period cue starting where the stock word does is the longer reading.
    if (blocker !== undefined && (stock === undefined || blocker.index >= stock.index)) {
      if (blocker.id === 'year-to-date') {
        previous = company;
        periodDirection = cueDirection(between(ups), between(downs), percent.index);
      }
      continue;
    }
    let direction =
      headedDirection(folded.slice(Math.max(lo, percent.index - 30), percent.index), tail) ??
      cueDirection(between(ups), between(downs), percent.index);
    if (direction === undefined) {
      // "ended the session 5.2% lower, wiping out the gains": the first word after the figure tells.
      const upAfter = matchAll(sm.up, tail)[0];
      const downAfter = matchAll(sm.down, tail)[0];
      if (upAfter !== undefined || downAfter !== undefined)
        direction = (upAfter?.index ?? Infinity) < (downAfter?.index ?? Infinity) ? 'up' : 'down';
    }
    // "L'information avait fait bondir l'action X de 12 %": the verb a causative "faire" puts before the stock.
    if (direction === undefined && own !== undefined) {
      const cause = CAUSATIVE.exec(folded.slice(Math.max(from, company.start - 60), company.start));
      if (cause !== null)
        direction =
          matchAll(sm.up, cause[1] as string).length > 0
            ? 'up'
            : matchAll(sm.down, cause[1] as string).length > 0
              ? 'down'
              : undefined;
    }
    const signed = /^[+-]/.exec(folded.slice(percent.index, percent.end));
    if (direction === undefined && signed !== null) direction = signed[0] === '-' ? 'down' : 'up';
    // "Orange a gagné 1,8 % et Deutsche Telekom 1,1 %": an elliptical second move keeps the first one's verb.
    if (
      direction === undefined &&
      own !== undefined &&
      lastDirection !== undefined &&
      ELLIPSIS.test(folded.slice(company.end, percent.index))
    )
      direction = lastDirection;
    // "a bondi de 11,2 % lundi puis de 6,4 % jeudi", "rose 4% on Monday and a further 2% on Tuesday": a second
    // figure of the same verb, joined by a conjunction, moves the same way.
    if (
      direction === undefined &&
      continued &&
      lastDirection !== undefined &&
      SAME_VERB.test(folded.slice(lo, percent.index)) &&
      SAME_VERB_TAIL.test(tail) &&
      !RANGE_OPEN.test(
        folded.slice(Math.max(0, (percents[n - 1]?.index ?? 0) - 10), percents[n - 1]?.index ?? 0),
      )
    )
      direction = lastDirection;
    // "a perdu 18 %, dont 3,4 % pour la seule séance de lundi": the part moves the way the whole did, on its day.
    const partOfPeriod = continued && PART_OF_PERIOD.test(folded.slice(lo, percent.index));
    if (direction === undefined && partOfPeriod) direction = periodDirection;
    if (direction === undefined) continue;
    lastDirection = direction;
    previous = company;
    state.mover = company;
    // "Marteline, qui a dévoilé jeudi son alliance …, a gagné 1,5 %": a day inside the relative clause
    // after the company dates that clause's event, not the move.
    const clauseEnd =
      clauseSubject !== undefined
        ? clauseSubject.clauseEnd - 1
        : RELATIVE_AFTER_NAME.test(folded.slice(company.end, company.end + 12))
          ? folded.lastIndexOf(',', percent.index)
          : -1;
    const insideRelative = (d: DateMatch) => d.index > company.end && d.end <= clauseEnd;
    // The day of this move: the words after its number (up to the next number), else before it.
    const next = percents[n + 1];
    const afterEnd = Math.min(clause.end, next?.index ?? clause.end);
    // Where the move's own words end after its figure: a comma, or a clause of its own ("on reports that …").
    const phraseEnd = percent.end + Math.max(0, folded.slice(percent.end, afterEnd).search(PHRASE_END));
    // "a reculé de 0,9 %, pénalisé par la remontée du pétrole en début de séance": a time of the session told
    // past the move's own phrase is another thing's, neither its day nor a sign of a live move.
    const intraday = matchAll(sm.intraday, folded, clause.start, clause.end);
    const otherTime = (d: { index: number; end: number }) =>
      d.index > phraseEnd &&
      !/^[\s,]*$/u.test(folded.slice(phraseEnd, d.index)) &&
      intraday.some((m) => m.index <= d.index && m.end >= d.end);
    // "ended the day 0.7% lower", "en fin de séance" after a move dated in the paragraph: the close of that day.
    const closeOfTold = (d: { index: number; end: number }) =>
      paragraphDay !== undefined &&
      intraday.some(
        (m) => m.index <= d.index && m.end >= d.end && CLOSE_OF_DAY.test(folded.slice(m.index, m.end)),
      );
    // "after its shares had jumped 22.7% in the final hour, Quayhurst confirmed it had received a proposal on
    // 1 October": a day past the move's phrase, in a clause with a company of its own, dates that clause's event.
    const otherSubject = (d: { index: number }) =>
      d.index > phraseEnd &&
      ctx.parties.some((p) => p.type === 'company' && p.start >= phraseEnd && p.end <= d.index);
    const day =
      days.find(
        (d) =>
          d.index >= percent.end &&
          d.end <= afterEnd &&
          !POSSESSIVE_FIGURE.test(folded.slice(d.end, d.end + 30)) &&
          !otherTime(d) &&
          !otherSubject(d) &&
          !closeOfTold(d) &&
          !NEWS_DAY.test(folded.slice(percent.end, d.index)) &&
          !NOUN_OF_DAY.test(folded.slice(Math.max(percent.end, d.index - 24), d.index)) &&
          !SPAN_FROM.test(folded.slice(Math.max(percent.end, d.index - 12), d.index)),
      ) ??
      days
        .filter(
          (d) =>
            d.index >= from &&
            d.end <= percent.index &&
            !insideRelative(d) &&
            !closeOfTold(d) &&
            !datesEarlierFigure(folded, percents[n - 1], d, percent),
        )
        .at(-1) ??
      (n === 0 ? openingDay(folded, days, from, ctx.parties) : undefined) ??
      // "Ericsson slumped 6.2% and Nokia shed 3% on Thursday, while Orange edged up 0.2%": one day for the list,
      // unless it dates a move told as earlier ("down 4.3% at 1012 GMT, after rising 11% on Monday").
      (days.length === 1 &&
      percents.length > 1 &&
      !NEWS_DAY.test(folded.slice(0, days[0]?.index)) &&
      !SPAN_FROM.test(folded.slice(0, days[0]?.index)) &&
      !EARLIER.test(folded.slice(percent.end, days[0]?.index)) &&
      !(days[0] !== undefined && datesEarlierFigure(folded, percents[n - 1], days[0], percent)) &&
      !(
        (days[0]?.index ?? 0) >= percent.end &&
        POSSESSIVE_FIGURE.test(folded.slice(days[0]?.end ?? 0, (days[0]?.end ?? 0) + 30))
      )
        ? days[0]
        : undefined);
    // "prenait 4 % vers 11h00", "was up 2% in early trading": a live move, on the day of publication.
    const live =
      day === undefined &&
      ctx.published !== undefined &&
      intraday.some((m) => !otherTime(m) && !closeOfTold(m))
        ? // Markets are shut at weekends: a weekend article's "en fin de séance" is Friday's.
          publicationSession(ctx.published)
        : undefined;
    // "during the day", "le même jour": the day the sentence before named; "Le même jour, le titre X …" fronted.
    // "Vicat, qui a annoncé mercredi le rachat de …, a gagné 1,8 % le même jour": the day of the subject's clause.
    const sameDay =
      day === undefined && live === undefined && matchAll(sm.sameDay, folded, from, afterEnd).length > 0
        ? (days.filter(insideRelative).at(-1)?.date ??
          dayBefore(ctx, state.sentences, 1) ??
          // Further back in the paragraph only when no move there has dated it.
          (paragraphDay === undefined ? dayBefore(ctx, state.sentences) : undefined))
        : undefined;
    // A part of a period's move is told for its day ("dont 2 % lundi"); without one it is no session's move.
    if (partOfPeriod && day === undefined) continue;
    // A dayless move of the day's news is the publication day's session, unless told as background
    // ("had lost 40%", "in 2025", "since its listing"): its own words, up to the end of its phrase.
    const session =
      day === undefined &&
      live === undefined &&
      sameDay === undefined &&
      (paragraphDay ?? sessionNow) === undefined &&
      ctx.published !== undefined &&
      fronted === undefined &&
      !(continued && EARLIER.test(folded.slice(lo, percent.index))) &&
      matchAll(sm.background, folded, lo, phraseEnd).length === 0
        ? publicationSession(ctx.published)
        : undefined;
    // "X, whose shares had fallen 18% in March, rose 2.5%": a pluperfect move in a relative clause is
    // background, unless its own phrase names its day.
    const pastMove =
      RELATIVE_OPEN.test(folded.slice(company.end, percent.index)) &&
      matchAll(sm.background, folded, company.end, percent.index).some((b) => PLUPERFECT.has(b.id)) &&
      !(day !== undefined && day.index >= company.end && day.end <= phraseEnd);
    // Background, which an analyst may log or not: left out rather than mistaken for the day's move.
    if (pastMove) continue;
    const verdict = assessMoveStatus(ctx, { start: lo, end: percent.end });
    const claim: ShareMoveClaim = {
      kind: 'share_move',
      parties: [company.name],
      percent: percent.value,
      direction,
      ...baseOf(ctx, verdict),
      ...(day !== undefined
        ? // "en fin de séance" in a Sunday article: markets are shut at weekends, the session was Friday's.
          {
            eventDate:
              ctx.published !== undefined && day.date === formatDay(ctx.published)
                ? publicationSession(ctx.published)
                : day.date,
          }
        : live !== undefined
          ? { eventDate: live }
          : (sameDay ?? paragraphDay ?? sessionNow) !== undefined
            ? { eventDate: sameDay ?? paragraphDay ?? sessionNow }
            : session !== undefined
              ? { eventDate: session }
              : {}),
    };
    if (session !== undefined) defaulted.add(claim);
    if (sameDay !== undefined) toldSameDay ??= sameDay;
    // The source of a market figure is the market, not the outlet quoted elsewhere in the sentence.
    delete claim.attribution;
    const anchor = drafts.at(-1)?.claim;
    if (day !== undefined && EVE.test(folded.slice(day.index))) eves.add(claim);
    // "…, building on Monday's 14.2% surge": the figure its possessive day opens is a move before the one told.
    const possessed =
      day !== undefined &&
      day.end <= percent.index &&
      day.index >= sinceLast &&
      POSSESSIVE_FIGURE.test(folded.slice(day.end, day.end + 30));
    // "a bondi de 11,2 % lundi puis de 6,4 % jeudi", "rose 4% on Monday, then 2% on Thursday": the move told
    // first came first (a weekday named like the publication's is then the week before's).
    if (
      continued &&
      anchor?.kind === 'share_move' &&
      day !== undefined &&
      day.index >= percent.end &&
      THEN_NEXT.test(folded.slice(sinceLast, percent.index))
    )
      ordered.push([anchor, claim]);
    if (fronted !== undefined) ordered.push([claim, 'next']);
    else if (
      continued &&
      anchor?.kind === 'share_move' &&
      (EARLIER.test(folded.slice(lo, percent.index)) || possessed)
    )
      ordered.push([claim, anchor]);
    drafts.push(draftOf(ctx, claim, direction, verdict));
  }
  for (const [earlier, anchor] of ordered) {
    const after =
      anchor === 'next'
        ? drafts.map((d) => d.claim).find((_claim, i) => i > 0 && drafts[i - 1]?.claim === earlier)
        : anchor;
    if (after?.kind === 'share_move' && earlier.eventDate !== undefined && after.eventDate !== undefined)
      earlier.eventDate = eves.has(earlier)
        ? tradingEve(after.eventDate)
        : beforeAnchor(earlier.eventDate, after.eventDate);
  }
  pairRespectively(ctx, drafts);
  // A sentence that tells a move and dates the session moves the report on to that session.
  if (drafts.length > 0 && sentenceSession !== undefined) state.sessionDay = sentenceSession;
  // "Orange a annoncé jeudi son offre. Le titre Mériel a bondi de 27,5 % dans la journée": that day is the
  // session the report is about, for the dayless moves told later.
  else if (state.sessionDay === undefined && toldSameDay !== undefined) state.sessionDay = toldSameDay;
  // The next move told without a day takes this paragraph's last move's day, not any day it names,
  // nor the day of a move told as earlier than another ("after rising 11% on Monday").
  const earlier = new Set(ordered.map(([e]) => e));
  const lastDay = drafts
    .map((d) => d.claim)
    .reverse()
    .find((c) => !earlier.has(c as ShareMoveClaim));
  // "A report on Wednesday had sent Arlanza up 9.3% that day. Holcim closed 0.4% higher": a move told in
  // the pluperfect looks back; the report's own session stays the next dayless move's.
  if (
    lastDay?.kind === 'share_move' &&
    lastDay.eventDate !== undefined &&
    !defaulted.has(lastDay) &&
    !PLUPERFECT_VERB.test(lastFigurePhrase(folded))
  )
    state.paragraphDay = { paragraph, date: lastDay.eventDate };
  return drafts;
}

/** "SES and Eutelsat down 3.8% and 5.1% respectively": figures listed in the order of the names before them. */
const RESPECTIVELY =
  /((?:[+-]?\d+(?:[.,]\d+)?\s?%\s*(?:,|and|et)\s*)+[+-]?\d+(?:[.,]\d+)?\s?%)\s*,?\s*(?:respectively|respectivement)\b/u;
const LISTED = /^\s*(?:,|and|et|,\s*and|,\s*et)\s*$/u;

function pairRespectively(ctx: SentenceContext, drafts: Draft[]): void {
  const m = RESPECTIVELY.exec(ctx.folded);
  if (m === null) return;
  const figures = findPercents(m[1] as string);
  const first = drafts.find((d) => d.claim.kind === 'share_move' && d.claim.percent === figures[0]?.value);
  if (first === undefined || first.claim.kind !== 'share_move') return;
  // The names coordinated right before the figures, last one first.
  const companies = ctx.parties.filter((p) => p.type === 'company' && p.end <= m.index);
  const listed: PartyMention[] = [];
  for (let i = companies.length - 1; i >= 0; i--) {
    const p = companies[i] as PartyMention;
    const next = listed[0];
    if (next !== undefined && !LISTED.test(ctx.folded.slice(p.end, next.start))) break;
    listed.unshift(p);
  }
  if (listed.length !== figures.length) return;
  const base = first.claim;
  const pairs = listed.map((p, i) => ({
    ...base,
    parties: [p.name],
    percent: (figures[i] as { value: number }).value,
  }));
  const kept = drafts.filter(
    (d) => d.claim.kind !== 'share_move' || !listed.some((p) => d.claim.parties.includes(p.name)),
  );
  drafts.length = 0;
  drafts.push(...kept, ...pairs.map((claim) => ({ ...first, claim })));
}
