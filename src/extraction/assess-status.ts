import type { ClaimStatus } from './claim.ts';
import { deniesAnotherReport } from './coordinated-denial.ts';
import type { PartyMention } from './find-parties.ts';
import { withoutPassedThrough } from './inserted-clauses.ts';
import { insideNoComment } from './no-comment-spans.ts';
import { ownSpeakerCue } from './own-speaker.ts';
import { firstCue, matchAll } from './rules/rule-set.ts';
import type { SentenceContext, Span } from './sentence-context.ts';
import { hedgesOfDeal } from './trailing-hedge.ts';

export interface StatusVerdict {
  status: ClaimStatus;
  /** "<group>:<cue id>" of every cue that weighed on the verdict. */
  cues: string[];
  /** A denial told as old background ("avait démenti à l'époque"). */
  background: boolean;
  /** Set by an explicit cue (a denial, a confirmation, a party speaking), not by default. */
  explicit: boolean;
}

/** Between a speaker and its verb: a few words, or an apposition between commas. */
const SPEAKER_GAP = /^\s*(?:,[^,]{0,80},\s*)?(?:[\p{L}'-]+\s+){0,3}$/u;
const POSSESSIVE_GAP = /^'s?\s+$/u;
const ADJECTIVAL_PARTICIPLE = /^(?:planned|expected|promised|announced|stated|disclosed|unveiled)\s/u;
/** "Tiverton's chief executive, Rosalind Achebe, said": a company's own officer speaks for it. */
const OFFICER_GAP =
  /^'s\s+(?:(?:new|current|outgoing|founding|interim|acting|deputy)\s+)?(?:chief executive(?: officer)?|ceo|chief [a-z]+ officer|cfo|coo|cto|spokes(?:man|woman|person)|president|chair(?:man|woman)?|co-?founder|founder|managing director|boss|head of [a-z]+|general manager|management|board)\s*(?:,[^,]{0,60},\s*)?$/u;
/**
 * "Sa directrice générale, Anne-Laure Brassac, a indiqué que", "its chief executive said that": the
 * company's own officer, named by a possessive or as the group's, speaks for the company; what it
 * says in the conditional is its plan told in reported speech, not a hedge.
 */
const OFFICER_SUBJECT =
  /(?:^|[,;:«"]\s*)(?:(?:sa|son|ses|leur|leurs|its|their)\s+(?:(?:nouvel|nouvelle|nouveau|new|current)\s+)?(?:directeur|directrice|pdg|p-dg|president|presidente|porte-parole|dirigeant|dirigeante|dirigeants|patron|patronne|fondateur|fondatrice|cofondateur|cofondatrice|direction|responsable|chief executive|ceo|chief [a-z]+ officer|cfo|coo|spokes(?:man|woman|person)|chair(?:man|woman)?|managing director|founder|co-founder|head)|(?:le|la|l'|the)\s*(?:directeur|directrice|pdg|p-dg|president|presidente|porte-parole|dirigeant|dirigeante|patron|patronne|fondateur|fondatrice|direction|chief executive|ceo|spokes(?:man|woman|person)|chair(?:man|woman)?|managing director)(?: [a-z-]+)? (?:du groupe|de la societe|de l'entreprise|de la start-up|de la firme|of the (?:company|group|firm)))(?: [a-z-]+){0,3}\s*(?:,[^,]{0,60},\s*)?$/u;

/** A deal told as done before an old denial of it ("has bought X, which it had denied last year"). */
const DONE_DEAL =
  /\b(?:has|have) (?:\w+ )?(?:bought|acquired|taken over|agreed|signed|completed|closed|sealed)\b|\b(?:a|ont) (?:\w+ )?(?:rachete|acquis|signe|conclu|finalise|boucle|scelle)\b|\bagreed to (?:buy|acquire|purchase|take over|merge|sell)\b/u;

/** Rumour cues that tell talks under way, in either language: a party saying so keeps them talks. */
const TALKS_CUES = new Set([
  'in-talks',
  'talking-to',
  'talks',
  'en-discussions',
  'discute-avec',
  'discussions',
]);

/** "exclusive talks", « négociations exclusives », "in exclusive negotiations". */
const EXCLUSIVE = /\b(?:exclusive|exclusives|exclusivite)\b/u;

/** "it said", "it has confirmed": only a company is "it" (French "il"/"elle" may be its chief or an analyst). */
const PRONOUN_SPEAKER = /(?:^|[\s,;])it (?:has |had |also )?$/u;

/**
 * "He said its next platform would be available", "Elle a précisé que sa plateforme serait …": a
 * person told of as "he"/"she" speaking of the company's own offer (a possessive right after the
 * verb) is its officer telling its plan, when the claim has that one party.
 */
const PERSON_PRONOUN = /(?:^|[\s,;])(?:he|she|il|elle) (?:has |had |also |then |a |avait |aussi )?$/u;
const OWN_OBJECT = /^\s*(?:that |que |qu')?(?:its|their|sa|son|ses|leur|leurs)\b/u;

/** After a verb of speech, its subject in inversion (", a indiqué Bleu", "said Atos"). */
const INVERTED_GAP = /^\s*(?:le |la |les |l'|the )?(?:[\p{L}'-]+\s+){0,2}$/u;

const ANONYMOUS_WHO =
  /\b(?:person|people|source|sources|insider|insiders|banker|bankers|individual|individuals|personne|personnes|proche|proches)\b[^.;]{0,50}\b(?:who|qui)\s+(?:\w+\s+)?$/u;

/**
 * "People familiar with the matter said Saint-Gobain was weighing …", « une lettre spécialisée avait affirmé
 * que Saab … »: an unnamed source or an outlet reports; the company named after its verb does not speak.
 */
const UNNAMED_SAYER =
  /\b(?:people|persons?|sources?|insiders?|bankers?|one of them|one of the people|l'une? d'(?:eux|elles)|personnes?|proches?|lettre|presse|journal|quotidien|hebdomadaire|newspaper|daily|newsletter|tabloid|magazine|report|reports|article|agence|agency|confreres)\b[^.;,:«»"“”]{0,50}$/u;

/** A company's plan told in its own name ("plans", "intends", "prévoit"), not a statement it made. */
const PLAN_WORD =
  /^(?:plans|planned|intends|expects|expected|prevoit|prevoient|compte|comptent|envisage|envisagent)$/u;

function partySpeaks(
  ctx: SentenceContext,
  scope: Span,
  parties: readonly PartyMention[],
): string | undefined {
  if (parties.length === 0) return undefined;
  if (ctx.pressRelease) return 'party:press-release';
  const a = ctx.attribution;
  if (a?.party && parties.some((p) => p.start < a.end && p.end > a.start)) return `party:source-${a.cue}`;
  for (const cue of matchAll(ctx.rules.status.partySpeech, ctx.statusText, scope.start, scope.end)) {
    // "n'a ni confirmé ni infirmé", "neither confirmed nor denied": a verb inside a no-comment takes no side.
    if (insideNoComment(ctx, cue)) continue;
    // "Kelpforth plans to launch …, according to The Verge": a plan an outlet reports is the outlet's word.
    if (a !== undefined && !a.party && PLAN_WORD.test(ctx.folded.slice(cue.index, cue.end))) continue;
    // "according to a person briefed on the deal, who said …": the anonymous source speaks, not a party.
    if (ANONYMOUS_WHO.test(ctx.folded.slice(Math.max(0, cue.index - 80), cue.index))) continue;
    if (UNNAMED_SAYER.test(ctx.folded.slice(Math.max(scope.start, cue.index - 60), cue.index))) continue;
    if (
      /^(?:the|selon)-/.test(cue.id) ||
      cue.id === 'communique' ||
      cue.id === 'statement' ||
      cue.id === 'incise-pronom'
    )
      return `party:${cue.id}`;
    const before = parties.some(
      (p) =>
        p.end <= cue.index &&
        p.start >= scope.start &&
        // "Stanlow's planned campus": a participle after a possessive qualifies a noun; nobody speaks.
        !(
          POSSESSIVE_GAP.test(ctx.folded.slice(p.end, cue.index)) &&
          ADJECTIVAL_PARTICIPLE.test(ctx.folded.slice(cue.index, cue.end + 1))
        ) &&
        (SPEAKER_GAP.test(ctx.folded.slice(p.end, cue.index)) ||
          OFFICER_GAP.test(ctx.folded.slice(p.end, cue.index))),
    );
    const after = parties.some(
      (p) => p.start >= cue.end && INVERTED_GAP.test(ctx.folded.slice(cue.end, p.start)),
    );
    if (before || after) return `party:${cue.id}`;
    // "In a trading update it said its new computer would be available": the one party speaks as "it".
    if (
      parties.length === 1 &&
      PRONOUN_SPEAKER.test(ctx.folded.slice(Math.max(scope.start, cue.index - 12), cue.index))
    )
      return `party:pronoun-${cue.id}`;
    if (
      parties.length === 1 &&
      PERSON_PRONOUN.test(ctx.folded.slice(Math.max(scope.start, cue.index - 12), cue.index)) &&
      OWN_OBJECT.test(ctx.folded.slice(cue.end, cue.end + 12))
    )
      return `party:person-pronoun-${cue.id}`;
    if (OFFICER_SUBJECT.test(ctx.folded.slice(Math.max(0, cue.index - 140), cue.index)))
      return `party:officer-${cue.id}`;
  }
  return undefined;
}

/** "people familiar with the matter told Reuters", "a banker told the FT": an unnamed teller is the outlet's source. */
const UNNAMED_TELLER =
  /\b(?:people|persons?|sources?|insiders?|bankers?|advis[eo]rs?|analysts?|officials?|someone|one of them|individuals?)\b/u;
/** The teller's clause ends on "told" (the outlet's name follows). */
const TOLD = /\btold (?:the )?$/u;
/** A company's officer as the teller: "its chief executive told", "chief executive Lyle Marchbanks told". */
const OFFICER_TELLER =
  /\b(?:chief executive|ceo|cfo|chief [a-z]+ officer|spokes(?:man|woman|person)|chair(?:man|woman)?|president|founder|co-founder|managing director|executives?|management|boss)\b/u;

/**
 * "Getlink and Nordfrakt Rail have agreed to set up a joint venture …, the two companies told The Sunday
 * Meridian": a side of the deal (named, "the two companies", "the company", its officer) telling an outlet speaks
 * for itself; the outlet is where it spoke, no source that hedges. An unnamed teller keeps the hedge.
 */
function toldBySide(ctx: SentenceContext, parties: readonly PartyMention[]): string | undefined {
  const a = ctx.attribution;
  if (a?.cue !== 'told' || a.party || parties.length === 0) return undefined;
  const from = ctx.folded.lastIndexOf(',', a.start - 1) + 1;
  const teller = ctx.folded.slice(from, a.start);
  if (!TOLD.test(teller) || UNNAMED_TELLER.test(teller)) return undefined;
  const { founders, topic } = ctx.rules.organisations;
  const side =
    parties.some((p) => p.start >= from && p.end <= a.start) ||
    founders.test(teller) ||
    topic.test(teller) ||
    OFFICER_TELLER.test(teller);
  return side ? 'party:told' : undefined;
}

/** Cues of a company saying it has no part in a deal ("assure ne pas être partie prenante"). */
const DISCLAIMERS = new Set(['se-dit-etranger']);

/**
 * "Engie assure ne pas être partie prenante" denies Engie's own part only: the deal of others told
 * beside it keeps its status, unless the nearest name before the cue is one of the claim's parties.
 */
function disclaimerOfParty(ctx: SentenceContext, at: number, parties: readonly PartyMention[]): boolean {
  const speaker = ctx.parties.filter((p) => p.end <= at).at(-1);
  return speaker !== undefined && parties.some((p) => p.name === speaker.name);
}

const outerTexts = new WeakMap<SentenceContext, string>();

/**
 * "Gorvex, qui démentait encore en décembre toute discussion, a officialisé …": the cues of a clause
 * inserted after the subject do not reach the claim read around it.
 */
function outerStatusText(ctx: SentenceContext, scope: Span): string {
  if (ctx.inserted.length === 0) return ctx.statusText;
  // Most claims are read over the whole sentence: one blanked text per sentence serves them all.
  const whole = scope.start === 0 && scope.end === ctx.folded.length;
  let text = whole ? outerTexts.get(ctx) : undefined;
  if (text === undefined) {
    text = withoutPassedThrough(ctx.statusText, ctx.inserted, scope);
    if (whole) outerTexts.set(ctx, text);
  }
  return text;
}

/**
 * How the article presents a claim read in `scope`: a denial, the party itself speaking, a hedge
 * or a cited source, else an assertion. Cues outside the clause do not count.
 */
export function assessStatus(
  ctx: SentenceContext,
  scope: Span,
  parties: readonly PartyMention[],
): StatusVerdict {
  const { rules } = ctx;
  const statusText = outerStatusText(ctx, scope);
  const denials = matchAll(rules.status.deny, statusText, scope.start, scope.end).filter(
    (d) =>
      !insideNoComment(ctx, d) &&
      (!DISCLAIMERS.has(d.id) || disclaimerOfParty(ctx, d.index, parties)) &&
      !deniesAnotherReport(statusText, d.index, parties),
  );
  if (denials.length > 0) {
    const background = firstCue(rules.status.background, statusText.slice(scope.start, scope.end));
    // "has bought X, a takeover which it had denied last year": the old denial trails what is now done.
    const denialAt = (denials[0] as { index: number }).index;
    const done =
      background !== undefined
        ? [
            ...matchAll(rules.status.confirm, statusText, scope.start, denialAt).map(
              (c) => `confirm:${c.id}`,
            ),
            ...(DONE_DEAL.test(statusText.slice(scope.start, denialAt)) ? ['confirm:done-deal'] : []),
          ]
        : [];
    if (done.length > 0)
      return {
        status: 'confirmed',
        cues: [...done, `background:${(background as { id: string }).id}`],
        background: false,
        explicit: true,
      };
    const cues = denials.map((d) => `deny:${d.id}`);
    if (background !== undefined) cues.push(`background:${background.id}`);
    return { status: 'denied', cues, background: background !== undefined, explicit: true };
  }
  const speech = partySpeaks(ctx, scope, parties) ?? ownSpeakerCue(ctx, parties) ?? toldBySide(ctx, parties);
  if (speech !== undefined) {
    // "is in discussions with several partners, its chief executive said": talks a party acknowledges
    // are still talks, unless the same clause tells the deal done.
    // Exclusive negotiations a party announces are a formal step it takes, not talks it lets out ("Mériadec a
    // annoncé être entré en négociations exclusives avec Ardwick en vue de lui céder 85 %").
    const talks = matchAll(rules.status.rumour, statusText, scope.start, scope.end).filter(
      (h) => TALKS_CUES.has(h.id) && !EXCLUSIVE.test(statusText.slice(Math.max(0, h.index - 12), h.end + 14)),
    );
    if (talks.length > 0 && !DONE_DEAL.test(statusText.slice(scope.start, scope.end)))
      return {
        status: 'rumour',
        cues: [speech, ...talks.map((t) => `rumour:${t.id}`)],
        background: false,
        explicit: false,
      };
    return { status: 'confirmed', cues: [speech], background: false, explicit: true };
  }
  const hedges = hedgesOfDeal(
    statusText,
    scope,
    matchAll(rules.status.rumour, statusText, scope.start, scope.end),
  ).map((h) => `rumour:${h.id}`);
  // "The investment, first reported by L'Usine Nouvelle in September, comes with …": a scoop credited after
  // the fact hedges nothing; the sentence's own words tell how sure the event is.
  if (ctx.attribution !== undefined && !ctx.attribution.party && !ctx.attribution.scoop)
    hedges.push(`attribution:${ctx.attribution.cue}`);
  if (hedges.length > 0)
    return { status: 'rumour', cues: [...new Set(hedges)], background: false, explicit: false };
  const confirms = matchAll(rules.status.confirm, statusText, scope.start, scope.end).map(
    (c) => `confirm:${c.id}`,
  );
  return {
    status: 'confirmed',
    cues: [...new Set(confirms)],
    background: false,
    explicit: confirms.length > 0,
  };
}

/**
 * A share move is a market fact: only a hedge on the move itself makes it a rumour, not one of a clause
 * inserted after the company ("Shares in ITV, which could yet bid for the rights, rose 0.9%").
 */
export function assessMoveStatus(ctx: SentenceContext, window: Span): StatusVerdict {
  const text = withoutPassedThrough(ctx.statusText, ctx.inserted, window);
  const hedges = matchAll(ctx.rules.status.rumour, text, window.start, window.end).filter(
    (h) => h.id !== 'la-rumeur' && h.id !== 'rumour',
  );
  if (hedges.length > 0)
    return {
      status: 'rumour',
      cues: hedges.map((h) => `rumour:${h.id}`),
      background: false,
      explicit: false,
    };
  return { status: 'confirmed', cues: [], background: false, explicit: false };
}
