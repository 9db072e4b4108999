import type { ArticleState } from '../article-state.ts';
import { assessStatus } from '../assess-status.ts';
import type { AcquisitionClaim } from '../claim.ts';
import { baseOf, type Draft, draftOf } from '../draft.ts';
import type { PartyMention } from '../find-parties.ts';
import { impliedTarget } from '../implied-target.ts';
import { quoteTagSpeaker } from '../quote-tag-speaker.ts';
import { matchAll } from '../rules/rule-set.ts';
import { actors, clauseAt, type SentenceContext } from '../sentence-context.ts';
import { findAmount } from '../values/parse-amount.ts';
import { parseNumber } from '../values/parse-percent.ts';
import { describedTarget } from './described-target.ts';
import { excludedParties } from './exclusions.ts';
import { isOldEvent, isRecalled, recalledAsDate } from './old-event.ts';
import { coInvestedTarget, roundRaiser, stakeInLastSubject, takenInTheRound } from './stake-in-view.ts';
import { ventureStake } from './venture-stake.ts';
import { wholeOnSale } from './whole-on-sale.ts';

/** Before a percentage: a stake already held by someone, not the one changing hands. */
const HELD =
  /\b(?:detien\w*|possed\w*|possede|controle\w*|owns|owned|holds|held|already has|already have|seuils? (?:de|des)|(?:crossed|crosses|passed|above) the)\s+(?:deja |already |about |around |some |environ |pres de )?$/u;

/**
 * "without taking a stake in the start-up", « sans prendre de participation au capital »: a purchase the
 * sentence rules out as no part of what it tells (a partner that invests nothing).
 */
const WITHOUT = /\b(?:sans|without)\s+(?:pour autant\s+|toutefois\s+|however\s+)?$/u;

/** People moving between companies are no deal between them. */
const STAFF =
  /\b(?:salaries|employes|ingenieurs|collaborateurs|chercheurs|techniciens|specialistes|personnes|postes|emplois|effectifs|equipes|ouvriers|staff|employees|engineers|workers|people|jobs|researchers|specialists|technicians|team members|workforce|personnel)\b/u;

/** "des discussions avec Solvane pour monter au capital de la société": the company talked with is the target. */
const TALKS_WITH =
  /\b(?:discussions?|negociations?|pourparlers|talks|negotiations|discussing|negotiating|talking|discute\w*|negocie\w*) (?:[\w'-]+ ){0,3}(?:avec|with) (?:[\w'-]+ ){0,2}$/u;

/**
 * "to buy the stake from investment fund Rhodanie", "rachèterait les parts du fonds Rhodanie": right
 * after these words a name is the seller of a stake in another company, not the target (brands or
 * assets bought from a company keep it as the counterparty).
 */
const SELLER_BEFORE =
  /(?:(?:\b(?:stakes?|holdings?|shares|interest)\b|\d\s?(?:%|percent|per cent))[^,;]{0,40}\bfrom (?:the |its |their )?(?:[\w-]+ ){0,3}|\b(?:parts?|participations?|stakes?|holdings?|shares|actions|titres) (?:(?:detenue?s?|held|owned) )?(?:du fonds|des fonds|de l'investisseur|de l'actionnaire|par|by|of (?:the )?(?:fund|investor|shareholder|private equity (?:firm|group)))(?: [\w-]+){0,2}?)\s*$/u;
/** « a racheté à Reckitt la marque Cendrine », « rachète au fonds Ardian sa participation »: « à » right after the verb names the seller. */
const BOUGHT_FROM_A = /^\s*(?:a|au|aux) (?:(?:la|le|les|l') ?)?(?:[a-z-]+ ){0,2}$/u;
/**
 * "la participation de Safran dans Cofiroute", "Vinci's stake in": the holder of a stake in another company sells it
 * (« une prise de participation d'Ecobank dans X » is a stake taken: its holder buys).
 */
const STAKE_OF = /(?<!\bprises? de )\b(?:parts?|participations?|stakes?|holdings?) (?:de|d'|du|of)\s*$/u;
const STAKE_IN = /^\s*(?:dans|in)\b/u;
const OWN_STAKE_IN = /^['’]s (?:[\w.,%-]+ ){0,2}(?:stake|holding|shares|interest) in\b/u;

/** Whether the name right after a purchase verb is the seller of what is bought. */
function isSeller(ctx: SentenceContext, from: number, p: PartyMention): boolean {
  const before = ctx.folded.slice(Math.max(from, p.start - 60), p.start);
  return (
    SELLER_BEFORE.test(before) ||
    (STAKE_OF.test(before) && STAKE_IN.test(ctx.folded.slice(p.end, p.end + 8))) ||
    OWN_STAKE_IN.test(ctx.folded.slice(p.end, p.end + 40))
  );
}

/**
 * « un accord avec Thistlebrook en vue d'acquérir 80 % de Lucenor », "in talks with Google and Ascalis to take a
 * stake in Lazulis": the names a deal or talks are held with, right before the purpose, sell or co-own the
 * target; the buyer is the subject named before them.
 */
const COUNTERPART_WITH =
  /\b(?:accords?|protocole|negociations?|discussions?|pourparlers|talks|negotiations|agreement|deal|discute\w*|negocie\w*|negotiating|talking) (?:[\w'-]+ ){0,3}(?:avec|with) (?:(?:la|le|les|l'|the) ?)?(?:[a-z-]+ ){0,2}$/u;
const LISTED_WITH = /^\s*(?:,|et|and)\s*(?:(?:la|le|les|l'|the) ?)?(?:[a-z-]+ ){0,2}$/u;
/** Between a name and one named inside its apposition: ", la holding de la famille ", ", the parent of ". */
const APPOSED_NAME =
  /^\s*,\s*(?:la|le|l'|les|the|an?|une?|sa|son|its) ?(?:[a-z'-]+ ){1,5}(?:de|du|des|d'|of)\s*(?:(?:la|le|l'|les|the) ?)?(?:[a-z-]+ )?$/u;
const PURPOSE_GAP =
  /^(?:\s*,\s*(?:la|le|l'|les|the|an?|une?) [^,;]{1,60}(?=,))?\s*,?\s*(?:en vue (?:d'|de )|pour |afin (?:d'|de )|(?:in order )?to )(?:[a-z']+ ){0,2}$/u;
/** A trigger that holds its own purpose word ("to buy a stake"). */
const PURPOSE_START = /^(?:to|pour|afin|en vue)\b/u;

/** The subject who buys when the name before the purchase verb is the counterpart of talks or a deal. */
function buyerBeforeCounterpart(
  ctx: SentenceContext,
  clauseStart: number,
  before: PartyMention[],
  counterpart: PartyMention,
  triggerIndex: number,
): PartyMention | undefined {
  const gap = ctx.folded.slice(counterpart.end, triggerIndex);
  if (!PURPOSE_GAP.test(gap) && !(/^\s*$/u.test(gap) && PURPOSE_START.test(ctx.folded.slice(triggerIndex))))
    return undefined;
  // "avec Google et Ascalis": the first of the names listed after "avec".
  let first = counterpart;
  for (const p of before.filter((q) => q.end <= counterpart.start).reverse()) {
    // "avec Groupe Mériadec, la holding de la famille Roquelaure, en vue de": a name inside the counterpart's
    // apposition stands for it.
    if (
      !LISTED_WITH.test(ctx.folded.slice(p.end, first.start)) &&
      !APPOSED_NAME.test(ctx.folded.slice(p.end, first.start))
    )
      break;
    first = p;
  }
  const lead = ctx.folded.slice(clauseStart, first.start);
  const m = COUNTERPART_WITH.exec(lead);
  if (m === null) return undefined;
  return before.filter((p) => p.end <= clauseStart + m.index).at(-1);
}

/** « a signé lundi avec », "signed on Monday with": the name after it is the other side of the signed deal. */
const SIGNED_WITH =
  /\b(?:signe|signed|conclu|concluded|finalise|finalized|finalised|paraphe)\s+(?:[\w-]+\s+){0,2}(?:avec|with)\s+(?:(?:la|le|les|l'|the) ?)?$/u;

/** « … et signe un bail avec Accor », "… and signed a lease with Accor": a name a second verb's "with" governs. */
const WITH_OTHER_VERB =
  /(?:\bet|\band|,) [^,;.]{0,60}?\b(?:avec|with) (?:(?:la|le|les|l'|the) ?)?(?:[a-z-]+ ){0,2}$/u;
function partnerOfOtherVerb(ctx: SentenceContext, from: number, p: PartyMention): boolean {
  return WITH_OTHER_VERB.test(ctx.folded.slice(from, p.start));
}

/** "approché le fonds X en vue de lui racheter Primeveil": the one approached sells; the object of the purchase is the target. */
const BUY_FROM_IT =
  /\b(?:lui|leur) (?:racheter|acheter|reprendre|ceder|rachet\w+|achet\w+)\b|\bto (?:buy|acquire|purchase) [^,;]{0,40}?\bfrom (?:it|them)\b/u;

const FIRST_PERSON = /\b(?:we|nous)\b/u;

/** A stake told without its target: "envisagerait une prise de participation minoritaire". */
const BARE_STAKE = /\b(?:prises? de participation|entree au capital|stake|investissement|investment)\b/u;

/**
 * "Urbelle a signé un contrat avec Dassault Systèmes. L'éditeur envisagerait une prise de participation":
 * a stake one partner of the deal just told would take, with no target named, is a stake in the other.
 */
function stakeInPartner(
  ctx: SentenceContext,
  trigger: { index: number; end: number },
  names: PartyMention[],
  state: ArticleState,
): PartyMention | undefined {
  const founders = state.founders;
  if (names.length !== 1 || founders?.length !== 2) return undefined;
  if (!BARE_STAKE.test(ctx.folded.slice(trigger.index, trigger.end))) return undefined;
  // "une prise de participation dans une start-up": a target of its own, unnamed.
  if (
    /^\s*(?:minoritaire|majoritaire|minority|majority)?\s*(?:dans|au capital|in|of)\b/u.test(
      ctx.folded.slice(trigger.end),
    )
  )
    return undefined;
  const [one] = names as [PartyMention];
  if (!founders.includes(one.name) || one.end > trigger.index) return undefined;
  const other = founders.find((n) => n !== one.name) as string;
  // Not in the sentence: no position, so never taken for a speaker.
  return { name: other, type: 'company', known: true, start: -1, end: -1 };
}

/** Between a name and a verb of the apposition after it: ", un temps pressenti pour ". */
const APPOSED_TO = /^\s*,\s*[^,]+$/u;
/** A funding round the raiser told, then the investor inside it ("a round in which", "une levée à laquelle"). */
const ROUND_IN_WHICH =
  /\b(?:raised|raises|raising|rais(?:e|ed) \S+|round|series [a-z]|financing|fundraising|funding|capital increase|levee de fonds|levees?|leve|ronde|serie [a-z]|tour de table|augmentation de capital)\b[^;]{0,80}\b(?:in which|to which|in whose|dans (?:le cadre de )?laquelle|dans lequel|a laquelle|auquel|lors (?:duquel|de laquelle)|au cours (?:duquel|de laquelle)|(?:co-)?led by|(?:co-)?menee? par)\s*$/u;
/** Between a company and the buyer of a stake in it: "X, in which the fund Y", « X, à Autun, dont nous ». */
const IN_WHICH =
  /^\s*,\s*(?:[^,;.]{1,30},\s*)?(?:in which|in whose capital|of which|dans laquelle|dans lequel|au capital (?:de laquelle|duquel)|dont)\s(?:(?:the|la|le|les|l') ?)?(?:[a-z-]+ ){0,4}$/u;
const RELATIVE_WORD = /\b(?:which|whose|laquelle|lequel|duquel|dont)\b/u;
/** The company a relative clause whose subject is `buyer` hangs on, which may stand outside the clause. */
function relativeAntecedent(ctx: SentenceContext, buyer: PartyMention): PartyMention | undefined {
  // Most sentences have no such pronoun before the buyer: they are not scanned.
  if (!RELATIVE_WORD.test(ctx.folded.slice(Math.max(0, buyer.start - 60), buyer.start))) return undefined;
  const antecedent = actors(ctx, { start: 0, end: buyer.start })
    .filter((p) => p.end <= buyer.start && p.name !== buyer.name)
    .at(-1);
  if (
    antecedent === undefined ||
    !IN_WHICH.test(ctx.folded.slice(antecedent.end, buyer.start)) ||
    // "a round led by PGGM, in which Air Liquide took a stake": the round's agent owns no stake taken in it.
    AGENT_BEFORE.test(ctx.folded.slice(Math.max(0, antecedent.start - 30), antecedent.start))
  )
    return undefined;
  return antecedent;
}

/** A share held once a deal closes: a venture's founder holds one too. */
const HOLDING_SHARE = /\.acquisition\.(?:will-hold|detiendra)$|^(?:will-hold|detiendra)$/u;
/** "will take a minority stake in the company", "détiendra 14 % de la société": the company the article is about. */
const IN_THE_COMPANY =
  /^\s*(?:(?:of|in) (?:the|this) (?:company|start-?up|business|group|firm|scale-?up)|(?:de|dans) (?:la|cette) (?:societe|jeune pousse|start-?up|entreprise|pme|scale-?up))\b/u;
/**
 * « une option permettant à Norvanta de porter sa participation à 40 % »: a stake raised with no company named is one
 * in the buyer's partner in the deal just told, else in the company the story is telling of (the last subject's,
 * else the article's).
 */
const RAISED_STAKE = /(?:^|\.acquisition\.)porte-sa-participation$/u;
function raisedStakeTarget(buyer: PartyMention, state: ArticleState): PartyMention | undefined {
  const partner =
    state.founders?.includes(buyer.name) === true && state.founders.length === 2
      ? state.founders.find((n) => n !== buyer.name)
      : undefined;
  // Not in the sentence: no position, so never taken for a speaker.
  if (partner !== undefined) return { name: partner, type: 'company', known: true, start: -1, end: -1 };
  return [state.previousSubject, state.topic].find((c) => c?.type === 'company' && c.name !== buyer.name);
}

/** « l'entrée de Bpifrance à son capital »: the capital of the sentence's subject. */
const SUBJECT_CAPITAL = /(?:^|\.acquisition\.)entree-a-son-capital$/u;
/** « votre », « notre »: in an interview, the possessive a party stands at is the interviewee's company. */
const OWNER_POSSESSIVE = /^(?:votre|notre|your|our)$/u;
/** A capitalised word inside a sentence: a name, known or not. */
const UNKNOWN_NAME = /\s\p{Lu}/u;
/** "a round led by PGGM", « mené par Bpifrance »: a name after its agent's preposition is no owner of the stake. */
const AGENT_BEFORE = /\b(?:by|par)\s(?:[\w-]+ ){0,4}$/u;
/**
 * « a pris 12 % du capital », "agreed to buy a 25% stake from the founding family": a stake whose owner goes
 * unnamed is in the company the sentence named before its buyer (not one named as an agent, "led by X").
 */
const OWNERLESS_STAKE =
  /^[^,;.:]{0,50}?\b\d+(?:[.,]\d+)?\s?(?:%|pour cent|per ?cent) (?:(?:du|de son|de leur) capital|(?:stake|holding|shareholding|interest)(?! in\b)(?! of\b))(?!\s*(?:de|d'|du|des|in|of)\b)/u;

/** "pour lui céder", "to sell it": a sale whose buyer is the partner a pronoun stands for. */
const DATIVE_SALE = /^(?:lui|leur) |^\w+ (?:it|them|him)$/u;
const LOWER_START = /^\p{Ll}/u;
/**
 * The preposition before a sale's buyer: "to Marubeni", « à Sommets Infra »; before the counterpart of talks
 * over a sale: "with", « avec ».
 */
const SOLD_TO = /\b(?:to|a|au|aux|with|avec)\s+(?:[\w'-]+\s+){0,4}$/u;

/** "une participation de 15 % dans son capital", "a 15% stake in its capital": the stake is in the partner's capital. */
const OWN_CAPITAL =
  /^[^,;.]{0,90}?\b(?:(?:dans|a) (?:son|leur) capital|in (?:its|their) (?:share )?capital)\b/u;

/** "giving it a 9.9% stake in", "qui lui donnera 9,9 % du capital de": the share goes to the sentence's subject. */
const GIVEN_TO_SUBJECT = /(?:^|\.acquisition\.)(?:giving-it-stake|lui-donnera)$/u;

/** Buying a company, a business or a stake: parties are [buyer, target]. */
/** "la cession à Kaldera de …", "the sale to Kaldera of …": the name right after the noun buys. */
const BUYER_FIRST = /^\s*(?:a|au|aux|to)\s+(?:la |le |l'|the )?$/u;
/** Between rival bidders listed as one subject: "Blackstone and CVC", "L'Oréal, le fonds KKR et le suisse Galderma". */
const CO_BIDDER = /^\s*(?:,|and|et|&)?\s*(?:(?:le|la|les|l'|the) ?)?(?:[a-z-]+ ){0,2}$/u;
/** "And in Tangier, Norvanta took 15%", « À Lyon, Sévrane rachète »: a name after a place's preposition is where, not who. */
const PLACE_BEFORE = /(?:^|[\s,])(?:in|at|a|en|au|aux)\s+$/u;
/** "Trois candidats seraient en lice pour reprendre Perlinde : L'Oréal, KKR et Galderma": bidders listed after a colon. */
const BIDDERS_AFTER_COLON = /^[^.;:]{0,40}?\s:\s/u;

/** The bidders a sentence lists with the one found: each is a buyer of its own (rival bids, never one party). */
function coBidders(
  ctx: SentenceContext,
  parties: PartyMention[],
  buyer: PartyMention | undefined,
  target: PartyMention,
): PartyMention[] {
  if (buyer === undefined) {
    const colon = BIDDERS_AFTER_COLON.exec(ctx.folded.slice(target.end, target.end + 60));
    if (colon === null) return [];
    const listed: PartyMention[] = [];
    let last = target.end + colon[0].length;
    // The list after the colon may be a clause of its own: the sentence's names, not the clause's.
    // (its commas are no inserted clause either).
    for (const p of ctx.parties.filter((q) => q.type === 'company' && q.start >= last)) {
      if (!CO_BIDDER.test(ctx.folded.slice(last, p.start))) break;
      listed.push(p);
      last = p.end;
    }
    return listed.length >= 2 ? listed : [];
  }
  const listed = [buyer];
  for (const p of parties.filter((q) => q.end <= buyer.start).reverse()) {
    const first = listed[0] as PartyMention;
    if (
      !/\S/u.test(ctx.folded.slice(p.end, first.start)) ||
      !CO_BIDDER.test(ctx.folded.slice(p.end, first.start)) ||
      PLACE_BEFORE.test(ctx.folded.slice(Math.max(0, p.start - 8), p.start))
    )
      break;
    listed.unshift(p);
  }
  return listed;
}

export function findAcquisitions(ctx: SentenceContext, state: ArticleState): Draft[] {
  const { rules } = ctx;
  const drafts: Draft[] = [];
  for (const trigger of matchAll(rules.acquisition.triggers, ctx.triggerText)) {
    const voice = rules.acquisition.triggers.find((t) => t.id === trigger.id)?.voice ?? 'active';
    const clause = clauseAt(ctx, trigger.index);
    if (
      WITHOUT.test(ctx.folded.slice(Math.max(0, trigger.index - 30), trigger.index)) ||
      isOldEvent(ctx, clause) ||
      isRecalled(ctx, trigger.index) ||
      recalledAsDate(ctx.folded, trigger.index)
    )
      continue;
    const all = actors(ctx, clause);
    const excluded = excludedParties(ctx, clause, all);
    // "pas retenu Air Liquide, un temps pressenti pour entrer au capital": the set-aside party's own clause.
    const setAside = all.filter((p) => p.end <= trigger.index).at(-1);
    if (
      setAside !== undefined &&
      excluded.has(setAside) &&
      APPOSED_TO.test(ctx.folded.slice(setAside.end, trigger.index))
    )
      continue;
    const parties = all.filter((p) => !excluded.has(p));
    const before = parties.filter((p) => p.end <= trigger.index);
    const after = parties.filter((p) => p.start >= trigger.end);
    let buyer: PartyMention | undefined;
    let target: PartyMention | undefined;
    // The seller who speaks of the sale is a party to it too, though not one of the claim's parties.
    let seller: PartyMention | undefined;
    if (voice === 'pair') {
      // A bare "rachat", "takeover": the deal is between the two organisations the clause names.
      const names = [
        ...new Map(parties.filter((p) => !isSeller(ctx, clause.start, p)).map((p) => [p.name, p])).values(),
      ];
      const partner = stakeInPartner(ctx, trigger, names, state);
      if (partner !== undefined) names.push(partner);
      // « X intéresse les investisseurs. Le fonds Y étudierait une prise de participation »: the company just told.
      const [only] = names;
      const last =
        names.length === 1 &&
        only !== undefined &&
        BARE_STAKE.test(ctx.folded.slice(trigger.index, trigger.end))
          ? stakeInLastSubject(ctx, trigger, only, state)
          : undefined;
      if (last !== undefined) names.push({ ...last, start: -1, end: -1 });
      if (names.length !== 2) continue;
      [buyer, target] = names;
      // « un rachat par UBS », "a takeover by Hexcel": the name after "par" / "by" buys.
      const [first, second] = names as [PartyMention, PartyMention];
      if (
        first.end <= trigger.index &&
        second.start >= trigger.end &&
        rules.acquisition.by.test(ctx.folded.slice(trigger.end, second.start))
      )
        [buyer, target] = [second, first];
    } else if (voice === 'sale' && DATIVE_SALE.test(ctx.folded.slice(trigger.index, trigger.end))) {
      // "négocie avec Scaldis pour lui céder 70 % de Pradine": the pronoun is the partner named before;
      // with no company after, the seller sells a stake in itself.
      // A description after the verb ("70 % de l'enseigne") stands for the seller's company named before.
      buyer = before.at(-1);
      const named = after.find((p) => p.name !== buyer?.name);
      target =
        named !== undefined && (!LOWER_START.test(ctx.sentence.text.charAt(named.start)) || before.length < 2)
          ? named
          : before.at(-2);
      if (target !== before.at(-2)) seller = before.at(-2);
    } else if (voice === 'passive' || (voice === 'sale' && after.length < 2)) {
      target = before.at(-1);
      buyer = after[0];
      // "agreeing to sell a 49% stake in Mwela Copper to trading house Marubeni": a name the sale verb governs
      // without "to" / « à » is what is sold, not the buyer (who went unrecognised).
      if (
        voice === 'sale' &&
        buyer !== undefined &&
        !SOLD_TO.test(ctx.folded.slice(trigger.index, buyer.start))
      )
        buyer = undefined;
      // « Hospinube a obtenu la certification HDS, délivrée par AFNOR, et l'entrée de Bpifrance à son capital »:
      // « son capital » is the subject's, whatever names the sentence puts between.
      if (SUBJECT_CAPITAL.test(trigger.id))
        target =
          // « l'entrée de BPCE à votre capital »: the interviewee the possessive stands for.
          after.find((p) => p !== buyer && OWNER_POSSESSIVE.test(ctx.folded.slice(p.start, p.end))) ??
          actors(ctx, { start: 0, end: trigger.index }).find(
            (p) => p.type === 'company' && p.name !== buyer?.name,
          ) ??
          // « La jeune pousse toulousaine a annoncé l'entrée de Safran à son capital »: a described subject is the story's company.
          // Not when a name the registry does not know stands there ("la foncière Argentelle a poursuivi").
          (state.topic?.name !== buyer?.name && !UNKNOWN_NAME.test(ctx.sentence.text.slice(1, trigger.index))
            ? state.topic
            : undefined);
      // « il n'a jamais été question d'une cession à Ventrisa », "selling to Kelso or to anyone": the
      // company sold is the one the sentence is about, else the one whose officer speaks.
      if (target === undefined && buyer !== undefined)
        target =
          actors(ctx, { start: 0, end: trigger.index }).find((p) => p.name !== buyer?.name) ??
          quoteTagSpeaker(ctx, trigger.index);
    } else if (voice === 'sale') {
      // "Engie cède sa filiale Voltane à Eiffage": the seller is not a party; "la cession à Eiffage de
      // sa participation dans Voltane": the buyer comes first.
      [target, buyer] = after;
      if (BUYER_FIRST.test(ctx.folded.slice(trigger.end, after[0]?.start))) [buyer, target] = after;
      seller = before.at(-1);
    } else if (voice === 'noun') {
      target = after[0];
      const by = after.find(
        (p) => p !== target && rules.acquisition.by.test(ctx.folded.slice(trigger.end, p.start)),
      );
      // "Danone aurait remis à la famille Belcourt une offre sur la Laiterie Belcourt": the target's owners
      // named before the offer are not its buyer.
      buyer = by ?? before.filter((p) => p.name !== target?.name).at(-1);
      // « X a signé avec Groupe Mériadec le protocole d'acquisition de 85 % de Y », "signed with Z an agreement
      // to buy": the one the deal is signed with sells; the subject before it buys.
      if (
        by === undefined &&
        buyer !== undefined &&
        SIGNED_WITH.test(ctx.folded.slice(clause.start, buyer.start))
      ) {
        const counterpart = buyer;
        buyer = before.filter((p) => p.end <= counterpart.start && p.name !== target?.name).at(-1) ?? buyer;
      }
    } else {
      buyer = before.at(-1);
      // "Orsk took a 6% stake as part of the round, which gives the group a board seat": a stake in the round's
      // raiser; the names after it are the round's or the buyer's.
      target =
        buyer !== undefined && takenInTheRound(ctx, trigger)
          ? roundRaiser(ctx, trigger, buyer, state)
          : after[0];
      // The seller named after the verb is no target: the next name is, if any ("buy Y from X" keeps Y).
      // « rachète un portefeuille d'hôtels et signe un bail avec Accor »: a partner of another verb neither.
      while (
        target !== undefined &&
        (isSeller(ctx, trigger.end, target) ||
          partnerOfOtherVerb(ctx, trigger.end, target) ||
          // « racheté à Reckitt la marque X »: the seller after « à », when what is bought is named after it
          // (assets bought from it keep it as the counterparty); French only, the English "a" is an article.
          (ctx.rules.language === 'fr' &&
            BOUGHT_FROM_A.test(ctx.folded.slice(trigger.end, target.start)) &&
            after.indexOf(target) < after.length - 1))
      )
        target = after[after.indexOf(target) + 1];
      const sold = target === undefined ? undefined : after[after.indexOf(target) + 1];
      if (
        target !== undefined &&
        sold !== undefined &&
        BUY_FROM_IT.test(ctx.folded.slice(target.end, sold.start))
      )
        target = sold;
      // « en vue de racheter 85 % du club »: the company the story is about, not the owner talked with.
      // "… formalised Orbiscope, with Korvel and Sarni each taking 10%", « ont chacune souscrit 10 % du capital » after
      // the venture's creation: a share of the venture in view, not of its founder.
      if (target === undefined && buyer !== undefined)
        target = ventureStake(ctx, trigger, buyer, state) ?? describedTarget(ctx, trigger, buyer, state);
      if (buyer !== undefined && target !== undefined) {
        const subject = buyerBeforeCounterpart(ctx, clause.start, before, buyer, trigger.index);
        if (subject !== undefined && subject.name !== target.name) buyer = subject;
      }
    }
    // "signe un accord avec Clairvie et prend une participation de 15 % dans son capital": the stake is
    // in the partner the sentence named, taken by its subject.
    if (
      (buyer === undefined || target === undefined) &&
      // "faire entrer Schneider Electric à son capital": a company inside the phrase is the one taking the stake.
      !all.some((p) => p.start >= trigger.index) &&
      !ctx.candidates.some((c) => c.start >= trigger.index && c.start < trigger.end) &&
      OWN_CAPITAL.test(ctx.folded.slice(trigger.index, Math.min(clause.end, trigger.end + 70)))
    ) {
      const named = [
        ...new Map(
          actors(ctx, { start: 0, end: ctx.folded.length })
            .filter((p) => p.type === 'company' && p.start < trigger.index)
            .map((p) => [p.name, p]),
        ).values(),
      ];
      if (named.length === 2) [buyer, target] = named;
    }
    // "Rhenvia, in which the holding SFPIM took a 15% stake in 2025, has ordered … from Alstom", « Charpentes
    // Vérillac, dont nous avons acquis 100 % du capital »: the stake is in the relative clause's antecedent.
    if (
      voice === 'active' &&
      buyer !== undefined &&
      (target === undefined || !/^[^,;.]{0,50}$/u.test(ctx.folded.slice(trigger.end, target.start)))
    )
      target = relativeAntecedent(ctx, buyer) ?? target;
    const talked = before.at(-1);
    if (
      target === undefined &&
      voice === 'active' &&
      talked !== undefined &&
      before.length >= 2 &&
      TALKS_WITH.test(ctx.folded.slice(clause.start, talked.start))
    ) {
      target = talked;
      buyer = before.at(-2);
    }
    // "Ondriel raised €40m in a round in which Ahold Delhaize took a stake of 9%": the stake is in the raiser.
    const investor = before.at(-1);
    // "a Series D led by SoftBank, which takes a minority stake": the raiser stands before the relative clause.
    const raiser =
      before.at(-2) ??
      (investor === undefined
        ? undefined
        : actors(ctx, { start: 0, end: investor.start })
            .filter((p) => !excluded.has(p))
            .at(-1));
    if (
      target === undefined &&
      voice === 'active' &&
      investor !== undefined &&
      raiser !== undefined &&
      ROUND_IN_WHICH.test(ctx.folded.slice(raiser.end, investor.start))
    ) {
      target = raiser;
      buyer = investor;
    }
    if (target === undefined && buyer !== undefined && voice === 'active') {
      // "Corvane raised $60m, and Nvidia will hold 5% of the company": the raiser, else the article's company.
      const company = IN_THE_COMPANY.test(ctx.folded.slice(trigger.end, trigger.end + 40))
        ? (all.find((p) => p.name !== buyer?.name && p.end <= trigger.index) ?? state.topic)
        : OWNERLESS_STAKE.test(ctx.folded.slice(trigger.index, trigger.end + 50))
          ? all.find(
              (p) =>
                p.name !== buyer?.name &&
                p.end <= trigger.index &&
                !AGENT_BEFORE.test(ctx.folded.slice(Math.max(0, p.start - 30), p.start)),
            )
          : undefined;
      if (company !== undefined && company.name !== buyer.name) target = company;
    }
    // "The start-up completed a round. Varnel Holding took a 12% stake": the round's raiser.
    if (target === undefined && buyer !== undefined && voice === 'active')
      target = roundRaiser(ctx, trigger, buyer, state);
    // "Ardence buys 65% of Trévidic. Corran takes 10%": a co-investor's share of the company just bought.
    if (target === undefined && buyer !== undefined && voice === 'active')
      target = coInvestedTarget(ctx, trigger, buyer, state);
    if (target === undefined && buyer !== undefined && RAISED_STAKE.test(trigger.id))
      target = raisedStakeTarget(buyer, state);
    // "denied reports that Sanofi was interested in buying it", "shares soared after Leonardo offered
    // 95 pence a share": the pronoun's antecedent, or the company whose shares moved on the bid.
    // « étudierait la cession de sa filiale X, et Y aurait manifesté son intérêt pour l'ensemble »: X.
    if (target === undefined && buyer !== undefined && voice === 'active')
      target = wholeOnSale(ctx, trigger, buyer);
    if (target === undefined && buyer !== undefined && voice === 'active')
      target = impliedTarget(ctx, trigger, buyer, state.topic, state.previousSubject);
    const lead = ctx.folded.slice(clause.start, trigger.index);
    if (buyer === undefined && target !== undefined && ctx.rules.organisations.topic.test(lead))
      buyer = state.topic;
    // '"We have made no offer for Ambrosk," an SAP spokesman said': "we" is the company whose officer speaks.
    if (buyer === undefined && target !== undefined && FIRST_PERSON.test(lead))
      buyer = quoteTagSpeaker(ctx, trigger.index);
    if (target === undefined) continue;
    // "souscrit à une augmentation de capital de Solvéo qui lui donnera 18 % de Solvéo": the pronoun is the
    // subject's, not the company the subscription was named with.
    // A relative clause of its own ("…, qui lui donnera"): the subject is the sentence's first company.
    if ((buyer === undefined || buyer.name === target.name) && GIVEN_TO_SUBJECT.test(trigger.id)) {
      const subject = actors(ctx, { start: 0, end: trigger.index }).find(
        (p) => p.type === 'company' && p.name !== target?.name && !excluded.has(p),
      );
      if (subject !== undefined) buyer = subject;
    }
    const bidders = voice === 'active' || voice === 'noun' ? coBidders(ctx, parties, buyer, target) : [];
    if (buyer === undefined && bidders.length > 0) buyer = bidders[0];
    if (buyer === undefined || buyer.name === target.name) continue;
    // "Orange will hold 51% of Nimbrel", after Nimbrel was told as a joint venture: a founder's share.
    if (HOLDING_SHARE.test(trigger.id) && target.type === 'alliance') continue;
    // "reprend une quarantaine d'ingénieurs de Brisemer", "hires 40 engineers from X": staff, not a company.
    const taken = ctx.folded.slice(Math.min(trigger.end, target.start), target.start);
    if (target.start > trigger.end && STAFF.test(taken)) continue;
    const clauseText = ctx.folded.slice(clause.start, clause.end);
    // "le fonds Valcor, qui détient 60 % du capital": a stake someone already owns is not the deal's.
    const stake = matchAll(rules.acquisition.stake, clauseText).find(
      (m) => !HELD.test(clauseText.slice(Math.max(0, m.index - 24), m.index)),
    );
    const amount = findAmount(clauseText);
    for (const bidder of bidders.length > 1 ? bidders : [buyer]) {
      if (bidder.name === target.name) continue;
      const others =
        seller === undefined || seller.name === bidder.name || seller.name === target.name ? [] : [seller];
      const verdict = assessStatus(ctx, clause, [bidder, target, ...others]);
      const claim: AcquisitionClaim = {
        kind: 'acquisition',
        parties: [bidder.name, target.name],
        ...baseOf(ctx, verdict),
        ...(stake?.groups[0] !== undefined ? { percent: parseNumber(stake.groups[0]) } : {}),
        ...(amount !== undefined ? { amount } : {}),
      };
      drafts.push(draftOf(ctx, claim, trigger.id, verdict));
    }
    break;
  }
  return drafts;
}
