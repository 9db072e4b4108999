import { foldText } from '../../entities/fold-text.ts';
import type { ArticleState } from '../article-state.ts';
import { assessStatus } from '../assess-status.ts';
import type { AgreementClaim } from '../claim.ts';
import { describesMover } from '../described-parties.ts';
import { baseOf, type Draft, draftOf, uniqueNames } from '../draft.ts';
import type { PartyMention } from '../find-parties.ts';
import { outsiderTag, quoteAround, quoteTagSpeaker } from '../quote-tag-speaker.ts';
import { firstCue, matchAll, mayMatchSome } from '../rules/rule-set.ts';
import { actors, clauseAt, type SentenceContext, type Span } from '../sentence-context.ts';
import { allianceInName } from './alliance-in-name.ts';
import { apposedAuthority } from './authority-apposed.ts';
import { betweenSides } from './between-sides.ts';
import { excludedParties } from './exclusions.ts';
import { explainedPurchase } from './explained-purchase.ts';
import { fundingTalks } from './funding-talks.ts';
import { withoutGroupOfSide } from './group-of-side.ts';
import { isOldEvent, isRecalled, recalledAsDate } from './old-event.ts';
import { purchaseTalks } from './purchase-talks.ts';
import { purposeTail } from './purpose-tail.ts';
import { saleTalks } from './sale-talks.ts';
import { soldObjects } from './sold-object.ts';
import { talksAboutCompany } from './talks-about-company.ts';
import { ventureFounders } from './venture-founders.ts';

const PARENTHESISED = /^\s*\(\s*(?:«\s*)?([\p{Lu}\d][\p{L}\p{N}&'’ .-]{0,30}?)(?:\s*»)?\s*\)/u;
const CAPITALISED = /[\p{Lu}\d][\p{L}\p{N}&'’-]*(?:\s[\p{Lu}\d][\p{L}\p{N}&'’-]*)*/gu;

/**
 * The object of a purpose infinitive: "pour distribuer les services de X", "to resell X's software". Not the
 * deal itself told with its verb: "Microsoft agreed to distribute the models of X" makes X a side.
 */
const PURPOSE_OBJECT =
  /(?<!\b(?:agreed|agrees|agree|agreeing|signed up|s'est engagee?|se sont engagee?s|a accepte|ont accepte|s'engage)(?: [\w'-]+){0,3} )\b(?:pour|afin de|to|in order to) (?:distribuer|commercialiser|vendre|revendre|heberger|distribute|sell|resell|market|host)\b[^,;]{0,40}$/u;
/**
 * Names no side of the deal: a funding round's investors ("a round led by Greyfriars", "une ronde menée par le
 * Fonds"), and the buyer whose tender a team formed to win ("pour briguer l'accord-cadre du ministère", "to bid
 * for the Navy's contract", "to bid jointly for a Navy contract").
 */
const NOT_A_SIDE =
  /,\s*(?:an?|the|un|une|le|la) (?:[\w-]+ )?(?:consortium|groupement|team|joint venture|coentreprise)\b[^.;,]{0,30}?\b(?:led by|formed by|made up of|including|mene par|forme par|compose de|reunissant)\s*(?:the |le |la |l')?$|\b(?:(?:round|series [a-z]|funding|financing|raise|ronde|tour de table|levee de fonds|serie [a-z])\b[^.;]{0,60}?\b(?:led by|co-led by|menee? par|co-menee? par|pilotee? par)|(?:to|pour|afin de) (?:(?:bid|compete|tender)(?: jointly| together)? for|jointly bid for|pursue|respond to|answer|briguer|repondre (?:aux|a)|candidater a|concourir (?:a|pour)|soumissionner a)\b(?:[^.;,]{0,80}?\b(?:of|by|from|du|de la|de l'|des|de|d'|lance par|launched by|issued by|par|by))?)\s*(?:the |le |la |l'|an? )?$/u;
/**
 * Backers and advisers: a round's leader with words before its name ("menée par le Fonds de solidarité FTQ"),
 * and the names of a fronted participle ("Soutenue par Bpifrance et le fonds Eurazeo, …", "Advised by Lazard, …").
 */
const ROUND_LEADER =
  /\b(?:round|series [a-z]|funding|financing|raise|ronde|tour de table|levee de fonds|serie [a-z])\b[^.;]{0,60}?\b(?:led by|co-led by|menee? par|co-menee? par|pilotee? par)\s*(?:the |le |la |l'|les )?(?:[\w'-]+ ){0,3}$/u;
/**
 * The money a company raised and whom from: "a levé 640 millions d'euros auprès d'un consortium mené par X",
 * "raised $300m from a group led by X", "a levé 20 millions auprès de X". An investor is no side of a deal.
 */
const RAISED_FROM =
  /\b(?:(?:a|ont|avait|avaient|aurait|vient de|viennent d[e'])\s?(?:deja |aussi |egalement |notamment )?lever?|raised|raises|has raised|have raised|raising)\b[^.;]{0,80}?\b(?:aupres (?:de |d'|du |des )|from )(?:(?:the |le |la |l'|les |an? |un |une )?(?:[\w'-]+ ){0,3}?(?:led by|menee? par|pilotee? par|co-menee? par|co-led by)\s*)?(?:the |le |la |l'|les )?(?:[\w'-]+ ){0,3}$/u;
const FRONTED_BACKER =
  /^(?:soutenue?s?|financee?s?|conseillee?s?|accompagnee?s?|epaulee?s?|appuyee?s?|backed|funded|advised|supported|financed|bankrolled) (?:notamment |depuis \d{4} |since \d{4} )?(?:par|by)\b[^,;:]{0,80}$/u;

/**
 * The body that certified what a deal is about: "TÜV SÜD Rail had certified its interlocking to SIL 4, and Siemens
 * Mobility will offer it under a framework agreement", "certified to ISO 27001 by Bureau Veritas", « homologué par
 * l'UTAC ». A certifier or an auditor is no side of the deal told beside its work.
 */
const CERTIFIER_AFTER =
  /^\s*(?:\([^)]{1,12}\) )?(?:(?:has|had|have|a|avait|ont|avaient) )?(?:certified|certifies|accredited|audited|certifie\w*|homologue\w*|accredite\w*|audite\w*)\b(?! (?:by|par)\b)/u;
const CERTIFIER_BEFORE =
  /\b(?:certified|accredited|audited|certifiee?s?|homologuee?s?|accreditee?s?|auditee?s?)\b[^,;.]{0,50}? (?:by|par) (?:the |l'|le |la )?$/u;

/**
 * "said its grid subsidiary had obtained ISO 55001 asset management certification": a name that is a standard's
 * code ("ISO 55001", "SOC 2") is a label, never a side of a deal.
 */
function isStandardName(ctx: SentenceContext, name: string): boolean {
  const folded = foldText(name);
  const m = firstCue(ctx.rules.certification.labels, folded);
  return m !== undefined && m.index === 0 && m.end === folded.length;
}

/** The rules that read a licence as a deal. */
const LICENCE_RULE = /licen[cs]/u;

/** Between a venture's name and the noun that recalls it: "Bleu, la coentreprise ...", "S3ns, the joint venture ...". */
const APPOSED = /^\s*,\s*(?:la |une |l'|the |a |an )?$/u;
const NAME_NEXT = /^\s+[\p{Lu}\d]/u;
/**
 * "Ysalis, une coentreprise qui …", "ont créé Ruisselle, une coentreprise", "formed Vellara, a joint venture that …",
 * "Ferrovoix, la coentreprise de Thales et Ferrolink", "Skyvane, the joint venture of Airbus and Orange".
 */
const VENTURE_APPOSITION =
  /^\s*,\s*(?:une|la|leur|a|an|the|their) (?:nouvelle |new |future |(?:50-50|50\/50|\d\d-\d\d) |[a-z]+-[a-z]+ )?(?:co-?entreprise|joint[- ]venture|venture|societe commune|filiale commune|entreprise commune|entite commune|structure commune)\b(?! (?:partners?|partenaires?|du |des |with |avec ))/u;

/**
 * "Tranquility Relay was formed in 2026 by Northrop and Perigee", "Mesurelle est une coentreprise que Nordelec et
 * Itron ont constituée": the subject named, its founders told after it.
 */
const VENTURE_PREDICATE =
  /^\s+(?:(?:was|were|has been|had been|a ete|avait ete) (?:[\w-]+ ){0,3}?(?:formed|created|set up|established|founded|creee?|fondee?|constituee?)\b[^.;]{0,40}?\b(?:by|par)\b|(?:is|was|est|etait) (?:une|la|leur|a|an|the|their) (?:nouvelle |new |future )?(?:co-?entreprise|joint[- ]venture|consortium|groupement|societe commune|filiale commune)\b)/u;
const VENTURE_PREDICATE_ANY =
  /\b(?:(?:was|were|has been|had been|a ete|avait ete) (?:[\w-]+ ){0,3}?(?:formed|created|set up|established|founded|creee?|fondee?|constituee?)\b[^.;]{0,40}?\b(?:by|par)\b|(?:is|was|est|etait) (?:une|la|leur|a|an|the|their) (?:nouvelle |new |future )?(?:co-?entreprise|joint[- ]venture|consortium|groupement|societe commune|filiale commune)\b)/u;

/** The venture apposition anywhere in a text: whether a sentence can name a venture that way at all. */
const VENTURE_COMMA =
  /, (?:une|la|leur|a|an|the|their) (?:[\w/-]+ )?(?:co-?entreprise|joint[- ]venture|venture|societe commune|filiale commune|entreprise commune|entite commune|structure commune)\b/u;

/**
 * A deal of its own kind ("a licensing agreement", "un partenariat commercial", « un accord de franchise », « un accord
 * d'enlèvement », "an agreement to buy Ebrolit's cells": goods bought from a maker): not the purchase told beside it.
 */
const TYPED_DEAL =
  /\b(?:licen[cs]\w*|distribu\w*|commercia\w+|partenariat|partnership|supply|fourniture|approvisionnement|offtake|cooperation|collaboration|cadre|framework|revente|resale|franchis\w*|enlevement)\b|\bto (?:buy|purchase|source) (?:[\w&.-]+'s |its |their |the )?(?:[\w-]+ )?(?:cells|batteries|chips|components|wafers|panels|modules|engines|parts|products|output|electricity|power)\b/u;

/** Before a deal noun that recalls the deal just told: "Under the agreement,", "Dans le cadre de cet accord,". */
const RECALLED_TERMS =
  /(?:^|[.;:]\s*)(?:under|as part of|as per|in line with|dans le cadre|aux termes|en vertu|au titre) (?:de |d'|du )?(?:the |this |that |its |their |cet |cette |ce |l'|le |la )?$/u;

/** A sentence opening on the terms of the deal just told: every deal word in it is that deal's. */
const TERMS_SENTENCE =
  /^(?:under|as part of|dans le cadre|aux termes|en vertu) (?:de |d'|du )?(?:the |this |that |cet |cette |ce |l'|le |la )(?:[\w-]+ )?(?:agreement|deal|partnership|contract|accord|partenariat|contrat)\b/u;

/**
 * A sentence whose subject is the deal just told, right before its verb: "The agreement is not exclusive, and BT
 * remains Vodafone's main supplier", « L'accord prévoit aussi … ». The names it goes on to tell (a rival, a
 * supplier, a customer) are no new sides.
 */
const TERMS_SUBJECT =
  /^(?:the|this|that) (?:new |latest )?(?:agreement|deal|partnership|contract|accord) (?:(?:also|however|though) )?(?:is|was|will|would|does|did|covers?|runs?|includes?|excludes?|provides?|allows?|means?|makes?|leaves?)\b|^(?:l'accord|le contrat|le partenariat|cet accord|ce contrat|ce partenariat|le nouvel accord|le nouveau contrat) (?:(?:aussi|egalement|toutefois) )?(?:est|etait|sera|n'est|ne|prevoit|couvre|comprend|court|porte|permet|exclut|laisse)\b/u;

/**
 * Right before a deal noun told as going with another deal: "s'accompagne d'un", "assorti d'un", "porteraient aussi
 * sur un", "comes with a", "were also discussing a".
 */
const COMPANION_DEAL =
  /\b(?:s'accompagne(?:nt|ra|rait|raient)? (?:d'|de )|accompagnee?s? (?:d'|de |par )|assortie?s? (?:d'|de )|(?:comes?|came|coming) with|(?:coupled|paired|accompanied) (?:with|by)|(?:porte(?:nt|ra|rait|raient|ront)?|portaient) (?:aussi |egalement |en outre )?sur|(?:also|as well) (?:discussing|negotiating|in talks (?:over|about|on))|(?:were|are|is|was) (?:also )?discussing)\s*(?:an? |un |une |d'un |d'une |the |le |la |l')?(?:[\w-]+ ){0,3}$/u;

/** The words for a joint venture: what a standing holding may be told with. */
const VENTURE_TRIGGER = /^(?:coentreprise|joint-venture)$/u;
/**
 * A venture held or run, not made: "codétient avec Equinix la coentreprise Parisium", "which it runs partly
 * through joint ventures with Thales" before the venture word, "la coentreprise détenue à 67 % par Thales et à
 * 33 % par Leonardo" after it.
 */
const HELD_BEFORE =
  /\b(?:co-?detien\w*|detien\w*|co-?owns?|owns?|runs?|operates?|manages?|holds?)\b[^,;.]{0,40}$/u;
const HELD_AFTER =
  /^\s*(?:[\w-]+ )?(?:detenue?s? (?:a |conjointement |par |en commun )|(?:jointly |equally )?(?:owned|held|controlled) (?:\d+% )?by\b)/u;
/** A venture made in the same sentence: created, formed, signed. */
const VENTURE_MADE =
  /\b(?:cre(?:e|ee|ent|eront|era|er|ation)|fond\w+|constitu\w+|lanc\w+|naissance|sign\w+|conclu\w*|annonc\w+|officialis\w+|set up|sets up|form(?:s|ed|ing)?|creat\w+|launch\w*|establish\w*|agreed|agree|announc\w+)\b/u;

/** The triggers of a joint venture's own word. */
const VENTURE_TRIGGER_ID = /^(?:coentreprise|joint-venture)$/u;
/** Right before a noun put in apposition to a name: "X, la coentreprise …", "X, their joint venture …". */
const DESCRIBING_NOUN = /[\p{L}\p{N})],\s(?:la|une|leur|sa|the|a|an|their|its) (?:[\w/-]+ )?$/u;

/** Words that name a deal without its kind ("the talks", "les négociations"). */
const VAGUE_TRIGGER = /^(?:rapprochement|negociations|talks|merger)$/u;

/**
 * A fronted denial ("Démenti à l'automne 2025, le projet …", "après avoir démenti …,"), or a rival compared with
 * its own deal in a relative ("Unlike its rival X, which tied up with Y, …") or in a comparison ("Comme son rival X
 * l'an dernier avec Microsoft, …").
 */
export const FRONTED_AFTER =
  /^\s*(?:dementie?s?|niee?s?|denied|dismissed|rejected) (?:a |au |en |in |by |par |last |l'|le |la )[^,;:]{0,60},\s*|^\s*(?:[\w'-]+ ){0,4}(?:apres (?:avoir|l'avoir|les avoir) (?:\w+ )?(?:dementi|nie|refute|rejete|ecarte|exclu|signe|conclu|noue|cede|vendu|rachete|acquis|renouvele|prolonge)|after (?:having )?(?:\w+ )?(?:denied|denying|rejected|rejecting|dismissed|dismissing|refuted|refuting|ruled out|ruling out|signed|signing|agreed|agreeing|sold|selling|bought|buying|acquired|acquiring|renewed|renewing))\b[^,;]{0,100},\s*|^\s*(?:comme|a l'instar (?:de |d'|du )|contrairement (?:a |au )|unlike|like|just as|as with) (?:son |sa |ses |leur |its |their |le |la |l')?[^,;]{0,50},\s*(?:qui|which|who)\b[^,;]{0,120},\s*|^\s*(?:comme|tout comme|a l'instar (?:de |d'|du )|like|just like|as with) (?:son|sa|ses|leur|its|their) (?:rival|rivaux|concurrente?|competitor|peer)s?\b[^,;]{0,80},\s*/u;

interface Group {
  parties: PartyMention[];
  alliance?: string;
}

/** A name in brackets right after a party list: "Microsoft Orange Capgemini (Bleu)". */
function bracketedAlliance(
  ctx: SentenceContext,
  after: PartyMention,
): { name: string; end: number } | undefined {
  const m = PARENTHESISED.exec(ctx.sentence.text.slice(after.end));
  if (m === null) return undefined;
  const name = (m[1] as string).trim();
  const entity = ctx.registry.get(name);
  if (entity !== undefined && entity.type !== 'alliance') return undefined;
  // "(ATO)", "(NYSE: IBM)": tickers in brackets are not alliance names.
  if (entity === undefined && /^[\p{Lu}\d.:\s-]{1,6}$/u.test(name)) return undefined;
  return { name: entity?.name ?? name, end: after.end + m[0].length };
}

const namingSentences = new WeakMap<SentenceContext, boolean>();

/** Whether the sentence has a naming cue at all: one test per sentence rather than one per clause. */
function canNameAlliance(ctx: SentenceContext): boolean {
  let can = namingSentences.get(ctx);
  if (can === undefined) {
    // The gate is the naming cues unanchored: their literals rule most sentences out without it.
    can =
      (mayMatchSome(ctx.rules.agreement.allianceName, ctx.folded) &&
        ctx.rules.agreement.allianceGate.test(ctx.folded)) ||
      VENTURE_COMMA.test(ctx.folded) ||
      VENTURE_PREDICATE_ANY.test(ctx.folded);
    namingSentences.set(ctx, can);
  }
  return can;
}

/** A named alliance in the clause: a registry alliance, or a name after "baptisée", "called", ... */
/** "sous la marque", "under the brand": the naming cue of a brand, which may be any company's. */
const BRAND_CUE = /\b(?:sous la marque|la marque|under the brand|branded)\s*(?:[«"“]\s*)?$/u;
const VENTURE_WORD =
  /\b(?:co-?entreprises?|joint[- ]ventures?|filiale commune|societe commune|entreprise commune|alliances?|partenariats?|partnerships?|ventures?|consortium|joint|communes?|conjointes?)\b/u;

/**
 * After a name the verb "named" gave a role to: " its sole distributor", " as their agent", and past an
 * apposition on a person (", a former head of operations at a defence group, as its chief executive").
 */
const ROLE_GIVEN = /^(?:\s*,[^,;]{1,90},)?\s+(?:as )?(?:its|their|his|her)\s/u;

export function namedAlliance(ctx: SentenceContext, clause: Span): string | undefined {
  const known = ctx.parties.find(
    (p) => p.type === 'alliance' && p.start >= clause.start && p.end <= clause.end,
  );
  if (known !== undefined) return known.name;
  if (!canNameAlliance(ctx)) return undefined;
  const text0 = ctx.folded.slice(clause.start, clause.end);
  if (
    !ctx.rules.agreement.allianceGate.test(text0) &&
    !VENTURE_COMMA.test(text0) &&
    !VENTURE_PREDICATE_ANY.test(text0)
  )
    return undefined;
  const text = ctx.sentence.text.slice(clause.start, clause.end);
  for (const m of text.matchAll(CAPITALISED)) {
    // "the French company", "Dutch": a word that is never a name (a nationality, a month) names no venture.
    const words = ctx.folded
      .slice(clause.start + m.index, clause.start + m.index + m[0].length)
      .split(/\s+/u);
    if (words.every((w) => ctx.rules.organisations.notNames.has(w))) continue;
    // "creates Europe's third-largest maker": a possessive names an owner, not the venture.
    if (/['’]s$/u.test(m[0])) continue;
    // The naming cues end right before the name ("baptisée", "joint venture called"): a short window.
    const prefix = ctx.folded.slice(
      Math.max(clause.start, clause.start + m.index - 80),
      clause.start + m.index,
    );
    if (firstCue(ctx.rules.agreement.allianceName, prefix, ctx.folded) !== undefined) {
      // "commercialiser … sous la marque Prévoyance Lauragaise": a brand names a venture only beside one.
      if (BRAND_CUE.test(prefix) && !VENTURE_WORD.test(text0)) continue;
      // "has named Dunsfold Logistics its sole distributor": a company given a role, not a venture's name.
      const after = clause.start + m.index + m[0].length;
      if (ROLE_GIVEN.test(ctx.folded.slice(after, after + 110))) continue;
      return m[0].replace(/[.,]$/u, '');
    }
    const start = clause.start + m.index;
    const end = start + m[0].length;
    // "Tranquility Relay was formed by …": a name the registry gives to no company, told as formed by others.
    if (
      VENTURE_PREDICATE.test(ctx.folded.slice(end, end + 90)) &&
      !ctx.parties.some((p) => p.known && p.type !== 'alliance' && p.start < end && p.end > start) &&
      new Set(actors(ctx, { start: end, end: clause.end }).map((p) => p.name)).size >= 2
    )
      return m[0];
    const apposed = VENTURE_APPOSITION.exec(ctx.folded.slice(end, end + 40));
    // "Safran et Morlanne Aéro, la coentreprise Ailéa": the noun introduces its own name, not the one before.
    if (
      apposed !== null &&
      !NAME_NEXT.test(ctx.sentence.text.slice(end + apposed[0].length, end + apposed[0].length + 3)) &&
      !ctx.parties.some((p) => p.known && p.type !== 'alliance' && p.start < end && p.end > start)
    )
      return m[0];
  }
  return undefined;
}

/** A contract awarded: a consortium the article named may be the winner, a side like any company. */
const AWARD_RULE = /^(?:awarded-contract|marche-notifie|attribue-contrat)$/u;

/** "Nimbéa a signé un accord de revente avec …": the verb of a deal made right after its subject. */
const SIGNS_AFTER =
  /^\s+(?:a |ont |has |have |had )?(?:(?:deja|aussi|egalement|also|already|now|just|recently) )?(?:signe|conclu|noue|paraphe|signed|struck|agreed|entered|concluded|inked)\b/u;

/** ", the trusted-cloud joint venture formed by Morvennec and Google Cloud,": an apposition between a subject and its verb. */
const APPOSITION_AFTER = /^\s*,[^,;]{1,150},/u;

function groupsOf(ctx: SentenceContext, clause: Span, parties: PartyMention[], award = false): Group[] {
  // "Nimbéa a signé un accord de revente avec Tamarel": a venture the article named, the subject of a deal
  // of its own with another company, is a side of that deal like any company, not the deal's name.
  const head = parties[0];
  if (
    !award &&
    head?.type === 'alliance' &&
    parties.length >= 2 &&
    parties.slice(1).every((p) => p.type !== 'alliance' && p.name !== head.name) &&
    SIGNS_AFTER.test(ctx.folded.slice(head.end, head.end + 40))
  )
    return [{ parties }];
  // "Nuvélune, the joint venture formed by Morvennec and Google Cloud, has signed an agreement with Orange": past
  // the apposition on the venture, the same; its founders, named inside the apposition, are no side of this deal.
  const apposition =
    head === undefined ? null : APPOSITION_AFTER.exec(ctx.folded.slice(head.end, head.end + 160));
  if (
    !award &&
    head?.type === 'alliance' &&
    apposition !== null &&
    SIGNS_AFTER.test(ctx.folded.slice(head.end + apposition[0].length, head.end + apposition[0].length + 40))
  ) {
    const sides = parties.filter((p) => p.start >= head.end + apposition[0].length && p.name !== head.name);
    if (sides.length > 0 && sides.every((p) => p.type !== 'alliance')) return [{ parties: [head, ...sides] }];
  }
  const groups: Group[] = [];
  let current: PartyMention[] = [];
  const naming = parties.some((p) => p.type === 'alliance') && namesVenture(ctx, clause);
  for (const p of parties) {
    if (
      p.type === 'alliance' &&
      !award &&
      (naming || !ventureAsSide(ctx, clause, parties, p)) &&
      !describedSide(ctx, clause, parties, p)
    )
      continue;
    current.push(p);
    const bracket = bracketedAlliance(ctx, p);
    if (bracket !== undefined) {
      groups.push({ parties: current, alliance: bracket.name });
      current = [];
    }
  }
  // "awarded a contract to Tranquility Relay": the consortium wins the award, it is not the deal's name.
  if (groups.length === 0 && award) return [{ parties: current }];
  if (groups.length === 0) {
    // A venture kept as a side is not the name of the deal it signs.
    if (current.some((p) => p.type === 'alliance')) return [{ parties: current }];
    return [{ parties: current, alliance: namedAlliance(ctx, clause) }];
  }
  if (current.length >= 2) groups.push({ parties: current });
  return groups;
}

/**
 * "Trafigura serait en négociation avec Onne Dry Bulk Partners, la coentreprise d'Ekundayo et de DP World": a
 * venture named after "avec"/"with" and described by its apposition exists already; it is the other side of the
 * deal told with the company before it, even in a clause that tells who founded it.
 */
function describedSide(
  ctx: SentenceContext,
  clause: Span,
  parties: readonly PartyMention[],
  venture: PartyMention,
): boolean {
  const from = Math.max(clause.start, venture.start - 40);
  const withAt = WITH_BEFORE.exec(ctx.folded.slice(from, venture.start));
  // "la création avec Engie de Hydrelia, une coentreprise …": the side after "avec" is Engie, the venture is made.
  return (
    withAt !== null &&
    !parties.some((p) => p.start >= from + withAt.index && p.end <= venture.start) &&
    VENTURE_APPOSITION.test(ctx.folded.slice(venture.end, venture.end + 40)) &&
    parties.some((p) => p.type === 'company' && p.end <= venture.start)
  );
}

/** Whether the clause may be where a venture gets its name ("la création de Lorracell, leur coentreprise"). */
function namesVenture(ctx: SentenceContext, clause: Span): boolean {
  if (!canNameAlliance(ctx)) return false;
  const text = ctx.folded.slice(clause.start, clause.end);
  return (
    ctx.rules.agreement.allianceGate.test(text) ||
    VENTURE_COMMA.test(text) ||
    VENTURE_PREDICATE_ANY.test(text)
  );
}

/**
 * "Moselvia a signé avec Lorracell un accord", "Hexavia has signed a deal with Orange": a venture the article
 * created, once it exists, signs deals of its own; it is a side when named after "avec"/"with", or as the
 * clause's first name with such a side after it, unless this clause is where it gets its name.
 */
function ventureAsSide(
  ctx: SentenceContext,
  clause: Span,
  parties: readonly PartyMention[],
  venture: PartyMention,
): boolean {
  if (WITH_BEFORE.test(ctx.folded.slice(Math.max(clause.start, venture.start - 40), venture.start)))
    return parties.some((p) => p.type === 'company' && p.end <= venture.start);
  return (
    parties[0] === venture &&
    parties.some(
      (p) =>
        p.type === 'company' &&
        p.start > venture.end &&
        WITH_BEFORE.test(ctx.folded.slice(Math.max(venture.end, p.start - 40), p.start)),
    )
  );
}

/** Partnerships, alliances, joint ventures, licence and distribution deals between named companies. */
/** "Les deux sociétés ont par ailleurs signé", "the two companies signed": the two, as the subject of a signing. */
const TWO_COMPANIES =
  /\b(?:les deux (?:societes|groupes|entreprises|partenaires|firmes|maisons|industriels)|the two (?:companies|groups|firms|partners)|both (?:companies|groups|firms)) (?:ont |have |had |also |then )?(?:[\w-]+ ){0,2}?(?:signe|conclu|noue|scelle|paraphe|annonce|officialise|signed|agreed|struck|concluded|inked|sealed|announced|unveiled)\b/u;

/** "les deux groupes", "the two companies": a pair told by a noun phrase. */
const PAIR_PHRASE =
  /\b(?:les deux (?:societes|groupes|entreprises|partenaires|firmes|maisons|industriels)|the two (?:companies|groups|firms|partners)|both (?:companies|groups|firms))\b/u;

/** Between names listed as one subject: "Orange, Thales et Capgemini", "ITV and ProSieben". */
const LISTED = /^\s*(?:,|et|and|&|as well as|ainsi que|along with)?\s*(?:(?:the|le|la|les|l') ?)?$/u;
/** The deal's other side named after its word: "un accord de distribution avec l'intégrateur X", "an agreement with X". */
const WITH_SIDE =
  /^[^,;]{0,50}?\b(?:with|avec|aupres (?:de|d'|du)|alongside|aux cotes (?:de|d'|du))\b[^,;]{0,40}$/u;

/**
 * A lead that leaves the deal's subject unnamed: a nominalised signing ("la signature d'un", "the signing of"),
 * an infinitive ("de signer", "to sign").
 */
const UNNAMED_SUBJECT =
  /\b(?:la signature|la conclusion|the signing|the signature)\s+(?:d'|de |of )[^,;]{0,30}$|\b(?:de|d'|to)\s*(?:signer|conclure|nouer|sign|strike|conclude)\b[^,;]{0,40}$/u;

/** "a joint venture with French partners", "une coentreprise avec des partenaires locaux": a side left unnamed. */
const UNNAMED_SIDE =
  /^[^,;.]{0,30}?\b(?:with|avec) (?:des |de |d'|the |its |their |ses |leurs )?(?:[\w-]+ ){0,2}(?:partners|partenaires|investors|investisseurs|players|acteurs|companies|entreprises|groups|groupes|firms|societes|operators|operateurs)\b/u;

/**
 * "won contracts from European operators that once bought everything from Nokia", "a décroché des contrats
 * auprès d'opérateurs régionaux qui se fournissaient chez Nokia": the deal's other side told by a common noun,
 * then a relative clause whose own verb names other companies.
 */
const UNNAMED_OBJECT_RELATIVE =
  /^\s*(?:[\w-]+ ){0,3}?(?:from|with|for|avec|aupres (?:de|des|du|d')|pour) ?(?:the |les |des |d'|l'|le |la |its |their |ses |leurs )?(?:(?!(?:that|which|who|qui|que|dont) )[a-z-]+ ){1,3}(?:that|which|who|qui|que|dont)\s/u;
/** The same when the trigger's own words end on the preposition ("won contracts from"). */
const RELATIVE_AFTER_SIDE_WORD =
  /^\s*(?:the |les |des |d'|l'|le |la |its |their |ses |leurs )?(?:(?!(?:that|which|who|qui|que|dont) )[a-z-]+ ){1,3}(?:that|which|who|qui|que|dont)\s/u;
const ENDS_ON_SIDE_WORD = /\b(?:from|with|for|avec|aupres (?:de|des|du|d')|pour)\s*$/u;

/** Names after the trigger inside the relative clause of an unnamed other side: no side of this deal. */
function outsideUnnamedObject(
  ctx: SentenceContext,
  trigger: { index: number; end: number },
  parties: PartyMention[],
): PartyMention[] {
  const first = parties.find((p) => p.start >= trigger.end);
  if (first === undefined) return parties;
  const between = ctx.folded.slice(trigger.end, first.start);
  const unnamed = ENDS_ON_SIDE_WORD.test(ctx.folded.slice(trigger.index, trigger.end))
    ? RELATIVE_AFTER_SIDE_WORD.test(between)
    : UNNAMED_OBJECT_RELATIVE.test(between);
  if (!unnamed) return parties;
  return parties.filter((p) => p.start < trigger.end);
}

/** From a name to the deal word: its apposition, then a relative clause with no other name's comma in it. */
const RELATIVE_TO_TRIGGER =
  /^\s*(?:,\s*(?:the|an?|l'|le|la|une?)\s[^,;:()]{1,80}?)?\s*,?\s*(?:which|who|that|qui)\s[^,;:()]{0,120}$/u;

/**
 * "denied talks to buy Norrbacka, the contractor that won the tender as part of the joint venture with Acciona
 * and Sweco": the relative's antecedent, when it is not the clause's first name, is the deal's subject (and the
 * deal's words begin with it: the denial before it is another deal's).
 */
function relativeAntecedent(
  ctx: SentenceContext,
  trigger: { index: number; end: number },
  parties: readonly PartyMention[],
): PartyMention | undefined {
  const before = parties.filter((p) => p.end <= trigger.index);
  if (before.length < 2) return undefined;
  const side = parties.find((p) => p.start >= trigger.end);
  if (side === undefined || !WITH_SIDE.test(ctx.folded.slice(trigger.end, side.start))) return undefined;
  const antecedent = before.findLast((p) => RELATIVE_TO_TRIGGER.test(ctx.folded.slice(p.end, trigger.index)));
  return antecedent === before[0] ? undefined : antecedent;
}

/**
 * "Marrick, which supplies Airbus and Leonardo and last year signed an agreement with Rolls-Royce":
 * when the deal names its other side after "with", the names before its word are its subject only:
 * the first one and those listed with it, not the objects of other verbs in between.
 */
function withSubjectOnly(
  ctx: SentenceContext,
  trigger: { index: number; end: number },
  parties: PartyMention[],
): PartyMention[] {
  const before = parties.filter((p) => p.end <= trigger.index);
  if (before.length < 2) return parties;
  const side = parties.find((p) => p.start >= trigger.end);
  if (side === undefined || !WITH_SIDE.test(ctx.folded.slice(trigger.end, side.start))) return parties;
  const antecedent = relativeAntecedent(ctx, trigger, parties);
  if (antecedent !== undefined) return parties.filter((p) => p.end > trigger.index || p === antecedent);
  // "DP World has denied that the Onne venture is negotiating … with Trafigura": the reported clause's own
  // subject is the deal's; the name that denies or tells it speaks of the deal and is no side.
  const reported = reportedSubjects(ctx, trigger, before);
  if (reported !== undefined) return parties.filter((p) => p.end > trigger.index || reported.has(p));
  const kept = listedRun(ctx, before);
  return parties.filter((p) => p.end > trigger.index || kept.has(p));
}

/** The first name and those listed with it ("A, B and C"), up to the first name the list does not reach. */
function listedRun(ctx: SentenceContext, names: readonly PartyMention[]): Set<PartyMention> {
  let last = names[0] as PartyMention;
  const kept = new Set<PartyMention>([last]);
  for (const p of names.slice(1)) {
    if (!LISTED.test(ctx.folded.slice(last.end, p.start))) break;
    kept.add(p);
    last = p;
  }
  return kept;
}

/**
 * A verb of saying or denying and its complementiser: "has denied that", "said on Monday that", « a démenti que »,
 * « affirme qu' ».
 */
const REPORTED_THAT =
  /\b(?:said|says|denied|denies|confirmed|confirms|insisted|insists|stated|states|maintained|maintains|claimed|claims|told [\w-]+|dementi|dement\w*|confirme\w*|affirme\w*|assure\w*|indique\w*|precise\w*|soutien\w*|nie|nient)(?: [\w'-]+){0,4}? (?:that|que|qu')\s*/gu;

/**
 * The subject of a reported clause that names its own before the deal's word: the names after the last verb of
 * saying's "that" (the first one and those listed with it). Undefined when the clause has none of its own
 * ("Kelmar denied that it was in talks with Trafigura": the pronoun is read elsewhere).
 */
function reportedSubjects(
  ctx: SentenceContext,
  trigger: { index: number },
  before: readonly PartyMention[],
): Set<PartyMention> | undefined {
  const first = before[0] as PartyMention;
  let from = -1;
  for (const m of ctx.folded.slice(first.end, trigger.index).matchAll(REPORTED_THAT))
    from = first.end + m.index + m[0].length;
  if (from < 0) return undefined;
  const inner = before.filter((p) => p.start >= from);
  if (inner.length === 0) return undefined;
  return listedRun(ctx, inner);
}

/** Between two names offered as a choice: "Sopra Steria ou Ascalis", "Orange or SFR", "soit X, soit Y". */
const OR_BETWEEN = /^\s*,?\s*(?:ou|or|ou bien|soit)\s+(?:l'|le |la |the )?$/u;

/**
 * "Sopra Steria ou Ascalis pourraient être approchés", "Orange or SFR could buy it": two names offered as
 * alternatives are candidates for one deal, never its two sides.
 */
function alternatives(
  ctx: SentenceContext,
  parties: readonly PartyMention[],
  names: readonly string[],
): boolean {
  const [a, b] = names.map((n) => parties.find((p) => p.name === n));
  if (a === undefined || b === undefined) return false;
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  return first.end <= second.start && OR_BETWEEN.test(ctx.folded.slice(first.end, second.start));
}

/** After a plural subject: each member acts on its own ("each struck", "ont chacun signé"). */
const EACH_AFTER =
  /^\s+(?:(?:have|has|had|ont|avaient|avait|will|would) )?(?:each|both|individually|separately|respectively|chacun|chacune|separement|respectivement)\b/u;

/**
 * Deals told in the plural as alike or apart: « pour des accords comparables », « des contrats distincts », "for
 * similar deals", "separate agreements".
 */
const PARALLEL_DEALS =
  /\b(?:des|d'autres|de nouveaux) (?:accords|contrats|partenariats|licences)(?: [\w-]+)? (?:comparables|similaires|analogues|separes|distincts|paralleles|identiques|du meme type|de meme nature)\b|\b(?:similar|comparable|separate|parallel|identical|individual) (?:[\w-]+ )?(?:deals|agreements|contracts|partnerships|licen[cs]es)\b/u;

/**
 * « Sony Music et Warner Music Group seraient en discussions avec Clipora pour des accords comparables », "Orange
 * and Bouygues are negotiating separate deals with Capgemini": subjects named together, each seeking a deal of its
 * own with the side after the deal word: one deal per subject with that side, none between the subjects.
 */
function parallelDeals(
  ctx: SentenceContext,
  clause: Span,
  trigger: { index: number; end: number },
  parties: PartyMention[],
): Group[] | undefined {
  if (!PARALLEL_DEALS.test(ctx.folded.slice(clause.start, clause.end))) return undefined;
  const subjects = parties.filter((p) => p.end <= trigger.index);
  const sides = parties.filter((p) => p.start >= trigger.end);
  if (new Set(subjects.map((p) => p.name)).size < 2 || sides.length === 0) return undefined;
  return subjects.map((p) => ({ parties: [p, ...sides] }));
}

/** Right before a deal's other side: "with Currys", "avec l'éditeur Kerdaniel". */
const WITH_BEFORE = /\b(?:with|avec)\s+(?:the |l'|le |la |les )?(?:[\w-]+ ){0,2}$/u;
/** A second deal named between two sides: "… with Currys and a separate licensing agreement with Samsung". */
const ANOTHER_DEAL =
  /\b(?:agreements?|deals?|contracts?|licen[cs]es?|partnerships?|accords?|contrats?|partenariats?|alliances?)\b/u;

/**
 * "Elderbank signed a distribution deal with Currys and a separate licensing agreement with Samsung":
 * each deal is between the subject and its own side, never one three-party deal.
 */
function separateDeals(
  ctx: SentenceContext,
  trigger: { index: number; end: number },
  parties: PartyMention[],
): Group[] | undefined {
  const subjects = parties.filter((p) => p.end <= trigger.index);
  if (subjects.length === 0) return undefined;
  const sides = parties.filter(
    (p) =>
      p.start >= trigger.end &&
      WITH_BEFORE.test(ctx.folded.slice(Math.max(trigger.end, p.start - 40), p.start)),
  );
  if (sides.length < 2) return undefined;
  for (let i = 1; i < sides.length; i++) {
    const between = ctx.folded.slice((sides[i - 1] as PartyMention).end, (sides[i] as PartyMention).start);
    if (!ANOTHER_DEAL.test(between)) return undefined;
  }
  return sides.map((side) => ({ parties: [...subjects, side] }));
}

/** Consortium triggers: the members are named inside the trigger's phrase, up to the verb of what it won. */
const CONSORTIUM = new Set(['consortium-members', 'groupement']);
// "installée à Saint-Priest": the « à » of a member's seat (folded to "a") is no verb.
const CONSORTIUM_VERB =
  /(?<!\b(?:installee?s?|basee?s?|implantee?s?|situee?s?|etablie?s?|domiciliee?s?|sise?s?|presente?s?))\s(?:a|ont|avait|aura|va|vont|doit|est|sera|serait|has|have|had|is|was|were|are|will|would|won|wins|secured|landed|remporte|decroche|obtient)\s/u;

/** "Le consortium formé par A, B et C a remporté le contrat de la Métropole": the members, not the client. */
function consortiumMembers(
  ctx: SentenceContext,
  trigger: { id: string; index: number; end: number },
  parties: PartyMention[],
): PartyMention[] {
  if (!CONSORTIUM.has(trigger.id)) return parties;
  const verb = CONSORTIUM_VERB.exec(ctx.folded.slice(trigger.end));
  if (verb === null) return parties;
  const end = trigger.end + verb.index;
  const members = parties.filter((p) => p.start >= trigger.index && p.end <= end);
  return new Set(members.map((p) => p.name)).size >= 2 ? members : parties;
}

/**
 * ", and the City of Phoenix hired …", ", tandis que …", " : la technologie d'AWS serait exploitée sous licence …":
 * where a clause's second deal begins.
 */
const SECOND_DEAL = /,\s(?:and|et|while|whereas|tandis que|alors que)\s|\s?:\s/gu;

/**
 * "Shared Services Canada chose Northvault for a contract, and the City of Phoenix hired Rillstone under a
 * deal": two deals joined in one clause, each with its own pair of names, are told apart at the join.
 */
function ownPart(
  ctx: SentenceContext,
  clause: Span,
  trigger: { index: number; end: number },
  triggers: readonly { index: number; end: number }[],
): Span {
  const others = triggers.filter(
    (t) => t !== trigger && t.index >= clause.start && t.index < clause.end && t.index !== trigger.index,
  );
  if (others.length === 0) return clause;
  let start = clause.start;
  let end = clause.end;
  for (const m of ctx.folded.slice(clause.start, clause.end).matchAll(SECOND_DEAL)) {
    const at = clause.start + m.index;
    if (at < trigger.index && others.some((t) => t.index < at)) start = Math.max(start, at + m[0].length);
    if (at >= trigger.end && others.some((t) => t.index > at)) end = Math.min(end, at);
  }
  if (start === clause.start && end === clause.end) return clause;
  const pairs = (a: number, b: number) =>
    new Set(actors(ctx, { start: a, end: b }).map((p) => p.name)).size >= 2;
  const own = { start, end };
  // Both sides must name their own pair: ", and the partnership will …" is the same deal.
  const rest = start > clause.start ? { start: clause.start, end: start } : { start: end, end: clause.end };
  return pairs(own.start, own.end) && pairs(rest.start, rest.end) ? own : clause;
}

export function findAgreements(ctx: SentenceContext, state: ArticleState): Draft[] {
  const { rules } = ctx;
  const drafts: Draft[] = [];
  const seen = new Set<Span>();
  const seenParts = new Set<string>();
  // "Trois semaines après avoir démenti toute discussion, Nébulane a officialisé …": the fronted denial (or
  // "Après avoir signé un accord avec X en mars, …", the fronted deal) is the past; the deal and its status
  // are the main clause's.
  const fronted = FRONTED_AFTER.exec(ctx.folded);
  const mainFrom = fronted === null ? 0 : fronted[0].length;
  const triggers = matchAll(rules.agreement.triggers, ctx.triggerText);
  for (const trigger of triggers) {
    if (trigger.index < mainFrom || recalledAsDate(ctx.folded, trigger.index)) continue;
    if (trigger.id === 'alliance' && allianceInName(ctx.sentence.text, trigger.index)) continue;
    // "Under the agreement, SAP will resell Corvanta Predict …", "Aux termes de cet accord, …": the deal the
    // article has just told, recalled to give its terms; its products and customers are no new sides.
    const recalledTerms =
      state.founders !== undefined &&
      (RECALLED_TERMS.test(ctx.folded.slice(Math.max(0, trigger.index - 40), trigger.index)) ||
        TERMS_SENTENCE.test(ctx.folded) ||
        (TERMS_SUBJECT.test(ctx.folded) && trigger.index < 30));
    let clause = clauseAt(ctx, trigger.index);
    // "en discussions pour prendre 20 % d'Électrave, assortie d'un contrat d'approvisionnement": the deal the
    // clause names after the vague word is the one it tells.
    // "serait en négociation avec Onne Dry Bulk Partners, la coentreprise d'Ekundayo et de DP World": a venture
    // word in an apposition on a name describes that name; it tells no deal of its own.
    if (
      VAGUE_TRIGGER.test(trigger.id) &&
      triggers.some(
        (t) =>
          t.index > trigger.end &&
          t.index < clause.end &&
          !VAGUE_TRIGGER.test(t.id) &&
          !(
            VENTURE_TRIGGER_ID.test(t.id) &&
            DESCRIBING_NOUN.test(ctx.folded.slice(Math.max(0, t.index - 30), t.index))
          ),
      )
    )
      continue;
    // "la création de Vergerie, une coentreprise chargée de …": a deal noun in an inserted clause that
    // names no pair of its own tells the deal of the clause around it.
    // "Microsoft, which runs a joint venture with French partners, …": a deal whose other side the inserted
    // clause leaves unnamed is its head's own.
    const inner = clause;
    if (
      !ctx.clauses.includes(clause) &&
      // "une coentreprise détenue à 60 % par l'opérateur et à 40 % par l'hébergeur": the venture and
      // descriptors of its founders are no pair of the clause's own.
      new Set(
        actors(ctx, clause)
          .filter((p) => p.type !== 'alliance')
          .map((p) => p.name),
      ).size < 2 &&
      !UNNAMED_SIDE.test(ctx.folded.slice(trigger.end, trigger.end + 90))
    )
      clause = ctx.clauses.find((c) => trigger.index >= c.start && trigger.index < c.end) ?? clause;
    clause = ownPart(ctx, clause, trigger, triggers);
    const key = `${clause.start}:${clause.end}`;
    if (seenParts.has(key) || seen.has(clause)) continue;
    seen.add(clause);
    seenParts.add(key);
    if (clause.start < mainFrom) clause = { start: mainFrom, end: clause.end };
    if (isOldEvent(ctx, clause) || isRecalled(ctx, trigger.index)) continue;
    // "no negotiations about selling a stake in T-Systems": talks about buying a company are no agreement
    // (money put into one of the talkers is that investor's purchase, told below).
    const aboutCompany = talksAboutCompany(ctx, clause, trigger, ctx.parties);
    // "Datavelle, qui codétient avec Equinix la coentreprise Parisium, vise …": a venture held, no deal made.
    if (
      VENTURE_TRIGGER.test(trigger.id) &&
      (HELD_BEFORE.test(ctx.folded.slice(Math.max(clause.start, trigger.index - 60), trigger.index)) ||
        HELD_AFTER.test(ctx.folded.slice(trigger.end, trigger.end + 40))) &&
      !VENTURE_MADE.test(ctx.folded)
    )
      continue;
    // "« L'accord avec Capgemini ouvre un canal », relève X, chez Courtial Finance, qui relève son objectif
    // de cours": an outside commentator's firm, named in the tag after the quote, is no side of the deal.
    const quote = quoteAround(ctx.folded, trigger.index);
    // The company whose spokesman or officer the tag after that quotation names (read once, used below).
    const tagSpeaker = quote === undefined ? undefined : quoteTagSpeaker(ctx, trigger.index);
    // "'We are not in talks with Stakeford,' a Flutter spokesman said, in a statement that under City takeover
    // rules bars the Paddy Power owner from bidding": a quotation opening the sentence that names the other side
    // holds it; its speaker is the tag's company, and the names told after the tag are no sides. (A quotation
    // naming nobody, « Il n'y a aucune discussion », leaves the side to the tag: "asked about a deal with X".)
    const bounded =
      quote !== undefined &&
      (outsiderTag(ctx.folded, quote.end) ||
        (ctx.folded.slice(0, quote.start).trim() === '' &&
          ctx.parties.some((p) => p.type === 'company' && p.start > quote.start && p.end < quote.end) &&
          tagSpeaker !== undefined))
        ? quote
        : undefined;
    const read = actors(ctx, clause).filter(
      (p) => bounded === undefined || (p.start > bounded.start && p.end < bounded.end),
    );
    // "Valtorre et Caudrelle créent Azalor Hydro, une coentreprise": the venture's founders, named or not.
    const founded = VENTURE_COMMA.test(ctx.folded) ? ventureFounders(ctx, clause, read) : [];
    // "la création de Sirrus, une coentreprise de cloud avec Oracle": the venture's apposition names its other
    // founder after "avec"; the wider clause reads it too.
    if (
      inner !== clause &&
      VENTURE_APPOSITION.test(ctx.folded.slice(inner.start, inner.start + 120).replace(/^[^,]*/u, ''))
    )
      for (const p of actors(ctx, inner))
        if (
          p.start > trigger.end &&
          p.type === 'company' &&
          !read.some((q) => q.name === p.name) &&
          WITH_BEFORE.test(ctx.folded.slice(Math.max(trigger.end, p.start - 40), p.start))
        )
          founded.push(p);
    const all = founded.length === 0 ? read : [...read, ...founded].sort((a, b) => a.start - b.start);
    const excluded = excludedParties(ctx, clause, all);
    const named = withoutGroupOfSide(
      consortiumMembers(
        ctx,
        trigger,
        withSubjectOnly(
          ctx,
          trigger,
          outsideUnnamedObject(
            ctx,
            trigger,
            all.filter((p) => !excluded.has(p)),
          ),
        ),
      ),
    );
    // "under an agreement between Harlowe Brands and Tesco": the deal names its own sides.
    const parties = betweenSides(ctx, trigger, named) ?? named;
    const antecedent = relativeAntecedent(
      ctx,
      trigger,
      all.filter((p) => !excluded.has(p)),
    );
    // "the alliances that Microsoft and Google each struck with French partners", "Orange et SFR ont chacun
    // signé avec un intégrateur": each side made its own deal with someone unnamed, none with the other.
    // "Orange and Bouygues have each signed a deal with Capgemini": one deal per subject with that side.
    const each = parties.find((p) => EACH_AFTER.test(ctx.folded.slice(p.end, p.end + 32)));
    const sides = each === undefined ? [] : parties.filter((p) => p.start > each.end);
    if (each !== undefined && sides.length === 0) continue;
    const eachOwn =
      each === undefined
        ? undefined
        : parties.filter((p) => p.end <= each.end).map((p): Group => ({ parties: [p, ...sides] }));
    for (const group of eachOwn ??
      parallelDeals(ctx, clause, trigger, parties) ??
      separateDeals(ctx, trigger, parties) ??
      groupsOf(ctx, clause, parties, AWARD_RULE.test(trigger.id))) {
      // "under which Baxter will distribute Dermaline": the offer sold under the deal is no side of it.
      const sold = soldObjects(ctx, clause, group.parties);
      let names = uniqueNames(group.parties.map((p) => p.name)).filter(
        (n) => n !== group.alliance && !sold.has(n),
      );
      // "il a signé avec Schneider": the pronoun stands for the company the article is about.
      const topic = state.topic;
      const lead = ctx.folded.slice(clause.start, trigger.index);
      // "Toyota said it continues to explore cooperation": a pronoun after the one name stands for it.
      const pronoun = ctx.rules.organisations.topic.exec(lead);
      if (
        names.length === 1 &&
        topic !== undefined &&
        !names.includes(topic.name) &&
        pronoun !== null &&
        // "« Il n'existe aucun projet commun avec X », a assuré un porte-parole de Y": the speaker's, told below.
        tagSpeaker === undefined &&
        !group.parties.some((p) => p.start >= clause.start && p.end <= clause.start + pronoun.index) &&
        // « Client historique de la PME, l'allemand X … conservera ses contrats »: a role noun the sentence has
        // already resolved to a company is that company, not the article's topic.
        !ctx.parties.some(
          (p) => p.start <= clause.start + pronoun.index && p.end > clause.start + pronoun.index,
        ) &&
        // "Temenos shares rose after the group said it had won a contract": the group is Temenos.
        !describesMover(ctx, clause.start, trigger.index)
      )
        names = [topic.name, ...names];
      // A deal told with only its "avec"/"with" side and no subject is the company the article is about,
      // when it is denied ("aucun accord n'a été signé avec Daher", "nothing has been signed with Daher") or
      // its signing is nominalised or an infinitive ("la signature d'un partenariat avec TotalEnergies",
      // "lui a permis de signer un contrat avec Safran").
      const side = group.parties.find((p) => p.name === names[0]);
      if (
        names.length === 1 &&
        topic !== undefined &&
        topic.type === 'company' &&
        !names.includes(topic.name) &&
        side !== undefined &&
        side.start >= trigger.end &&
        !group.parties.some((p) => p.end <= trigger.index && p.start >= clause.start) &&
        WITH_SIDE.test(ctx.folded.slice(trigger.end, side.start)) &&
        (firstCue(rules.status.deny, ctx.statusText.slice(clause.start, clause.end)) !== undefined ||
          UNNAMED_SUBJECT.test(lead)) &&
        // "« Il n'y a aucun accord avec X », a assuré un porte-parole de Y": the quote's speaker, told below.
        tagSpeaker === undefined
      )
        names = [topic.name, ...names];
      // "the two companies struck a deal": the pair the article has just told of, else the last two it named.
      const founders =
        state.founders ??
        (TWO_COMPANIES.test(lead) && (state.mentioned?.length ?? 0) >= 2
          ? state.mentioned?.slice(-2)
          : undefined);
      let anaphor = false;
      let companion = false;
      // "A week after Salesforce denied it wanted to buy Quillane, the two companies announced …": the
      // pair the same sentence has just named, not an older one.
      const pairPhrase = PAIR_PHRASE.exec(lead);
      const namedBefore =
        pairPhrase === null
          ? []
          : uniqueNames(
              ctx.parties
                .filter((p) => p.type === 'company' && p.end <= clause.start + pairPhrase.index)
                .map((p) => p.name),
            );
      if (names.length < 2 && namedBefore.length === 2 && names.every((n) => namedBefore.includes(n))) {
        names = namedBefore;
        anaphor = true;
      } else if (
        names.length < 2 &&
        founders !== undefined &&
        names.every((n) => founders.includes(n)) &&
        // "L'opération s'accompagne d'un accord industriel", "the investment comes with a partnership": a deal
        // told as going with the stake or talks just read is between their two sides.
        (ctx.rules.organisations.founders.test(lead) || COMPANION_DEAL.test(lead))
      ) {
        companion = !ctx.rules.organisations.founders.test(lead);
        names = [...founders];
        anaphor = true;
      }
      // "De Tijd reported that Microsoft had agreed to take the first two data halls as anchor tenant": an anchor
      // tenancy told with its tenant alone is with its landlord, the company the article is about (a bare lease
      // may be of any building, and names its landlord or nobody).
      // "Transdev has ordered 40 of the shuttles, Navélia said": a count of the product the story has told of is
      // ordered from its maker, the company the article is about.
      if (
        names.length === 1 &&
        ((trigger.id === 'tenancy' && ctx.folded.slice(trigger.index, trigger.end).includes('anchor')) ||
          trigger.id === 'ordered-of-the') &&
        topic?.type === 'company' &&
        !names.includes(topic.name) &&
        tagSpeaker === undefined
      )
        names = [...names, topic.name];
      // "Bleu, la coentreprise créée avec Capgemini pour distribuer les services de Microsoft": what the
      // venture distributes is not a founder.
      const served = new Set(
        group.parties
          .filter((p) => PURPOSE_OBJECT.test(ctx.folded.slice(Math.max(clause.start, p.start - 60), p.start)))
          .map((p) => p.name),
      );
      // "… with Microsoft to run its models on Azure": a name also named outside the purpose stays a side.
      for (const p of group.parties)
        if (!PURPOSE_OBJECT.test(ctx.folded.slice(Math.max(clause.start, p.start - 60), p.start)))
          served.delete(p.name);
      if (names.length - served.size >= 2) names = names.filter((n) => !served.has(n));
      // "… avec Alstom pour rénover les rames de la Région Normandie": the purpose's client is no side.
      const tail = purposeTail(ctx, clause, trigger, group.parties);
      if (tail.size > 0 && names.filter((n) => !tail.has(n)).length >= 2)
        names = names.filter((n) => !tail.has(n));
      const outside = new Set(
        group.parties
          .filter(
            (p) =>
              NOT_A_SIDE.test(ctx.folded.slice(Math.max(clause.start, p.start - 110), p.start)) ||
              ROUND_LEADER.test(ctx.folded.slice(Math.max(clause.start, p.start - 110), p.start)) ||
              RAISED_FROM.test(ctx.folded.slice(Math.max(clause.start, p.start - 140), p.start)) ||
              (p.start < 100 && FRONTED_BACKER.test(ctx.folded.slice(0, p.start))) ||
              CERTIFIER_AFTER.test(ctx.folded.slice(p.end, p.end + 40)) ||
              // "a obtenu du BIS, l'autorité américaine …, une licence": a licence from an authority is a label.
              (LICENCE_RULE.test(trigger.id) && apposedAuthority(ctx.folded, p)) ||
              CERTIFIER_BEFORE.test(ctx.folded.slice(Math.max(clause.start, p.start - 70), p.start)),
          )
          .map((p) => p.name),
      );
      // "une coentreprise … pour répondre aux appels d'offres de SNCF Réseau": the tender's issuer is never a
      // side, even when the other side is left unnamed.
      names = names.filter((n) => !outside.has(n) && !isStandardName(ctx, n));
      // "« Le rapprochement avec Dunmere est bouclé », confie un cadre d'Eastholt": the speaker's company.
      let speaker: PartyMention | undefined;
      if (names.length === 1) {
        speaker = tagSpeaker;
        if (speaker !== undefined && !names.includes(speaker.name)) names = [speaker.name, ...names];
        else speaker = undefined;
      }
      if (names.length < 2) continue;
      if (names.length === 2 && alternatives(ctx, group.parties, names)) continue;
      if (recalledTerms && !names.every((n) => state.founders?.includes(n))) continue;
      // "..., compléterait le dispositif bâti autour de Bleu, la coentreprise créée avec Capgemini": the
      // apposition recalls the venture; the main clause's conditional does not hedge it.
      const venture = ctx.parties.find((p) => p.type === 'alliance' && p.name === group.alliance);
      const recalled =
        venture !== undefined &&
        venture.end <= trigger.index &&
        APPOSED.test(ctx.folded.slice(venture.end, trigger.index));
      const told = antecedent === undefined ? clause : { start: antecedent.start, end: clause.end };
      let verdict = speaker
        ? assessStatus(ctx, { start: clause.start, end: ctx.folded.length }, [...group.parties, speaker])
        : assessStatus(ctx, told, group.parties);
      if (recalled && verdict.status === 'rumour' && ctx.attribution === undefined)
        verdict = assessStatus(ctx, { start: venture.start, end: clause.end }, group.parties);
      if (anaphor) verdict = { ...verdict, cues: [...verdict.cues, 'parties:founders'] };
      if (companion) verdict = { ...verdict, cues: [...verdict.cues, 'agreement:companion'] };
      const around = ctx.folded.slice(Math.max(clause.start, trigger.index - 25), trigger.end + 40);
      if (TYPED_DEAL.test(around)) verdict = { ...verdict, cues: [...verdict.cues, 'agreement:typed'] };
      const claim: AgreementClaim = {
        kind: 'agreement',
        parties: names,
        ...baseOf(ctx, verdict),
        ...(group.alliance !== undefined ? { alliance: group.alliance } : {}),
      };
      // « la signature d'un accord : X rachète le bloc de contrôle … »: the agreement is the purchase.
      const explained = explainedPurchase(ctx, trigger, claim, group.parties);
      if (explained !== undefined && 'dropped' in explained) continue;
      if (explained !== undefined) {
        drafts.push(draftOf(ctx, explained.purchase, 'explained-purchase', verdict));
        continue;
      }
      const funded = fundingTalks(ctx, trigger, claim, group.parties);
      // "en négociation avec Framatome en vue d'un rachat": talks about buying one of the talkers.
      const purchased = funded === undefined ? purchaseTalks(ctx, trigger, claim, group.parties) : undefined;
      if (
        funded === undefined &&
        purchased === undefined &&
        (aboutCompany || saleTalks(ctx, clause, trigger))
      )
        continue;
      drafts.push(
        funded !== undefined
          ? draftOf(ctx, funded, 'funding-talks', verdict)
          : purchased !== undefined
            ? draftOf(ctx, purchased, 'purchase-talks', verdict)
            : draftOf(ctx, claim, trigger.id, verdict),
      );
    }
  }
  return drafts;
}
