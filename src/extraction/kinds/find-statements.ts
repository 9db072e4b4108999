import type { ArticleState } from '../article-state.ts';
import type { Stance, StatementClaim } from '../claim.ts';
import { conditionalConfirm } from '../conditional-confirm.ts';
import { outsiderQuoteGoesOn } from '../continued-quote.ts';
import { coordinatedSubjectPair } from '../coordinated-pair.ts';
import { baseOf, type Draft, draftOf } from '../draft.ts';
import type { PartyMention } from '../find-parties.ts';
import { habitualSilence } from '../habitual-silence.ts';
import { insideNoComment } from '../no-comment-spans.ts';
import { participleSubject } from '../participle-speaker.ts';
import {
  outsideVoice,
  personBeforeInsertedClause,
  personVoice,
  speakersForPeople,
} from '../person-speakers.ts';
import { pronounSpeaker } from '../pronoun-speaker.ts';
import { recalledStatement } from '../recalled-statements.ts';
import { relationAnchor } from '../related-anchor.ts';
import { firstCue, matchAll } from '../rules/rule-set.ts';
import { actors, clauseAt, type SentenceContext } from '../sentence-context.ts';
import { commentedOnDenial, onlyNothingReceived, recalledSilence } from '../silence-and-denial.ts';
import { thingConfirms } from '../thing-confirms.ts';
import { trailingCoSpeaker } from '../trailing-co-speaker.ts';
import { namedAsDealObject } from './deal-object.ts';
import { excludedParties } from './exclusions.ts';

const COORDINATED =
  /^\s*(?:,|et|and|ni|nor|&|ou|or|comme|tout comme|ainsi que|as well as)\s*(?:ni\s+|nor\s+|chez\s+)?$/u;
/**
 * "Sollicitées, les deux sociétés n'ont pas donné suite", "Ni l'un ni l'autre n'a souhaité commenter",
 * "Both companies declined to comment": the two sides of the deal just told speak, each for itself.
 */
const BOTH_SIDES =
  /(?:^|[\s,;:«"])(?:les deux (?:societes|groupes|entreprises|parties|partenaires|firmes|industriels|protagonistes|acteurs|maisons|start-?ups|editeurs|fabricants|operateurs|banques|enseignes|compagnies|laboratoires)|ni l'une? ni l'autre|aucune? des deux(?: \w+)?|l'une? comme l'autre|both (?:companies|firms|groups|sides|parties|businesses|banks|carmakers|lenders|partners|start-?ups)|both|neither (?:company|firm|group|side|party|business|bank|partner)|neither of them|neither|the two (?:companies|firms|groups|sides|parties|businesses|banks|partners))\s+(?:[\w']+\s+){0,2}$/u;
/**
 * Between a speaker and its verb: a title and a name, an apposition, "on" ("Chez Orange, on ..."), up to a single
 * quote opening on the cue ("An Intel spokesperson said the company 'does not comment on …'").
 */
const SPEAKER_GAP = /^[\s,«»"“”]*(?:,[^,]{0,80},\s*)?(?:[\p{L}\p{N}'-]+[\s,«»"“”]+){0,10}(?:'\s*)?$/u;
/** Between a subject and its verb: only an apposition between commas. */
const APPOSITION_GAP =
  /^\s*,[^,;:]{0,90},\s*(?:(?:a|ont|has|have|had|pour sa part|pour leur part|for its part|de son cote|quant a lui|quant a elle)\s+)*$/u;
const STATUS_OF: Record<Stance, StatementClaim['status']> = {
  confirm: 'confirmed',
  deny: 'denied',
  no_comment: 'rumour',
};
const STANCES: Stance[] = ['deny', 'confirm', 'no_comment'];
/** No-comment cues that only acknowledge a report ("is aware of the press speculation"): a denial beside them wins. */
const ACKNOWLEDGING: ReadonlySet<string> = new Set(['aware-of-speculation']);
/**
 * "a report neither side confirmed", "never confirmed", "sans que Thales ne le confirme", « n'a jamais confirmé
 * cet intérêt »: no confirmation.
 */
const NEGATED_CONFIRM =
  /(?:\b(?:neither|never|not|nobody|nor|ni|jamais|pas|sans|aucune?|without)\b[^,.;:]{0,30}|n't\s+(?:\w+\s+)?|\bne (?:l'|le |la |les |leur )?|\bn')$/u;
/**
 * "Ericsson is not in talks, the agency said", "…, selon le journal": a denial told by an outlet or its
 * sources is the report's, not a statement of the company it names.
 */
const THIRD_PARTY_TAG =
  /^[^.;«»"“”]{0,60}?,\s*(?:(?:(?:the|a|an|that|this|one|two|three) |(?:one|some|two|three|several|many|all) of (?:the|those|these) )?(?:[\w-]+ )?(?:agency|newspaper|paper|daily|weekly|magazine|outlet|report|people|person|sources?|insiders?|analysts?|observers?|bankers?)\b[^.;,]{0,50}?\b(?:said|say|says|reported|reports|added|wrote|noted|claimed)\b|according to\b|selon (?:l'agence|le journal|le quotidien|l'hebdomadaire|la lettre|le magazine|le site|les sources|des sources|une source|nos sources|ces sources|les analystes|des personnes|plusieurs personnes)|(?:a |ont )?(?:indique|precise|ajoute|affirme|rapporte|ecrit|souligne|assure|confie|glisse)\w* (?:l'agence|le journal|le quotidien|l'hebdomadaire|la lettre|le magazine|le site|les sources|une source|(?:un|une|des) (?:bons? )?(?:proches?|connaisseurs?|familiers?)\b))/u;

/** Someone speaking for a company that the sentence does not name: the company the article is about. */
const UNNAMED_VOICE =
  /\b(?:(?:un|une|le|la|son|sa|leur) (?:porte-parole|representant\w*|dirigeant\w*|directeur|directrice|pdg|direction|service de presse)|(?:a|an|the|its|their) (?:spokes(?:person|man|woman)|representative|executive|chief executive|press office)|chief executive|porte-parole|nous|notre|nos|we|our)\b/u;
/**
 * « Le président du conseil d'administration, Jean Roy, n'a pas voulu commenter », "the chairman declined to
 * comment": the chair the article is asked about keeps silent for it. Only a silence: a chair's denial may be
 * the other side's ("la présidente du directoire a démenti toute cession" for the target of a bid).
 */
const CHAIR_SILENCE = /\b(?:(?:le|la) (?:president|presidente)|the chair(?:man|woman)?)\b/u;

/** '…," a Norvane spokesperson said': the company whose officer speaks after the quote. */
const VOICE_AFTER =
  /^(?:'s)?\s*(?:spokes(?:person|man|woman)|representative|executive|official|chief executive|ceo|press office)\b[^.;]{0,25}\b(?:said|says|told|added|stated)\b/u;
const VOICE_BEFORE =
  /[,»"”]\s*(?:(?:said|says|added|told|(?:nous |lui |leur )?a (?:declare|indique|precise|ajoute|affirme|assure|explique|dementi|repondu|tranche|confie|martele)|declare|indique|precise|ajoute|dement|tranche|repond|confie|martele)(?: (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|on \w+))?\s+)?(?:(?:[\p{L}'-]+ ){1,3}?[\p{L}'-]+,\s+)?(?:un |une |le |la |the |a |an |sa |son )?(?:porte-parole|spokes(?:person|man|woman)|representant\w*|dirigeant\w*|responsable|directeur|directrice|pdg|president|presidente|direction(?: generale)?|service de presse)(?: [\w-]+)? (?:de |d'|du |of |at |for )(?:la |le |l'|the )?$/u;
/** "a été confirmée jeudi par", "was confirmed on Wednesday by": a passive cue, its agent next. */
const PASSIVE_BEFORE = /\b(?:ete|ont ete|a ete|was|were|been|is|are)\s+(?:\w+\s+)?$/u;
const PASSIVE_AGENT = /^\w*\s+(?:[\w-]+\s+){0,2}?(?:par|by)\s+(?:le |la |l'|the )?$/u;
const RELATIVE_SPEAKER =
  /^\s*,\s*(?:which|who|qui)\s+(?:(?:for (?:its|their) part|pour sa part|pour leur part|de son cote|de leur cote|quant a (?:lui|elle)),?\s+|s'est\s+(?:pour sa part\s+|de son cote\s+)?|se sont\s+|n'a\s+|has\s+|had\s+)?$/u;
const RELATIVE_BETWEEN = /^\s*,\s*(?:which|who|whose|qui|dont|lequel|laquelle)\b[^,;]{0,160},\s*$/u;
/** "…, confirme l'entreprise", "…, the company confirmed": the speaker named by its role after the verb. */
const ROLE_AFTER_CUE =
  /^[\w-]+\s+(?:(?:l'|la |le |the )(?:entreprise|societe|groupe|firme|company|group|firm)|(?:the )?(?:company|group|firm) (?:said|confirmed|added))\b/u;
/** ", the French telecoms group confirmed", ", a confirmé le groupe": a role noun tagging the speech verb. */
const TRAILING_ROLE =
  /,\s*(?:the |le |la |l')(?:[a-z-]+ ){0,3}(?:company|group|firm|operator|carrier|[a-z]*maker|bank|lender|insurer|retailer|supplier|manufacturer|utility|agency|ministry|department|regulator|developer|provider|airline|miner|brewer|shipper|publisher|broadcaster|investor|fund|groupe|entreprise|societe|operateur|constructeur|fabricant|assureur|banque|distributeur)\s+$/u;
/**
 * "…, a confirmé mardi un porte-parole de l'ESN", "…, a confirmé lundi l'opérateur": a speech verb after a
 * comma, its subject a role noun (or an officer of one) rather than a name: the sentence's subject speaks.
 */
const INVERTED_TAG_BEFORE = /,\s*(?:(?:l'|nous |lui |leur )?(?:a|ont) )?$/u;
const ROLE_NOUNS =
  'groupe|societe|entreprise|firme|operateur|constructeur|fabricant|assureur|banque|distributeur|editeur|esn|equipementier|industriel|laboratoire|ministere|agence|enseigne|armateur|mutuelle|cooperative|start-up|startup|specialiste|energeticien|hebergeur|integrateur|chimiste|transporteur|compagnie|fonds|pme|eti';
/** Before the subject: nothing, a short fronted phrase, an article ("Le ministère de l'Intérieur"). */
const TAGGED_OPENING = /^[\s«"]*(?:[^,;:«»"]{1,30},\s*)?(?:le |la |l'|les |the )?$/u;
const ROLE_WORD = new RegExp(`^(?:l'|le |la )?(?:[\\w-]+ )?(?:${ROLE_NOUNS})$`, 'u');
const INVERTED_ROLE_TAG = new RegExp(
  `^\\w*(?: (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)(?: (?:matin|midi|soir))?)?(?: (?:a|aupres d[eu']|au|aux) [\\w' -]{1,40}?)? (?:(?:un|une|le|la|son|sa) (?:porte-parole|direction|dirigeante?|responsable|representante?|presidente?|directeur|directrice|pdg|service de presse)(?: [\\w-]+){0,3}? (?:de |d'|du |des ))?(?:l'|le |la |(?<=\\b(?:du|des) ))(?:[\\w-]+ )?(?:${ROLE_NOUNS})\\b`,
  'u',
);
/** ", a indiqué le groupe", ", the company said": the subject itself speaks, whatever it says it is not part of. */
const SELF_TAG =
  /,\s*(?:(?:a |ont )?(?:indique|precise|affirme|assure|declare|explique|ajoute|souligne|fait savoir|said|says|added|stated|insisted)\s+(?:l'|le |la |the )(?:[a-z-]+ ){0,2}(?:groupe|societe|entreprise|company|group|firm)|(?:the |its )(?:company|group|firm) (?:said|added|stated|insisted)|(?:it|il|elle) (?:said|added|a indique|a precise))\b/u;
const OBJECT_OF = /\b(?:with|to|from|against|about|avec|contre|aupres (?:de|d'))\s*(?:the |le |la |l')?$/u;
/** A sentence framed by one company's side: "Du côté de Capgemini, ... : le groupe « ne commente pas »". */
const SIDE_FRAME =
  /^\s*(?:du cote (?:de |d'|du )|cote |chez |quant a |pour sa part,? |at |over at |as for |for (?:its|their) part,? |on the side of )(?:le |la |l'|the )?$/u;

/** Words of a quote that speak for its speaker's own side. */
const FIRST_PERSON = /\b(?:nous|notre|nos|je|we|our|us)\b|\bj'/u;
const OWN_WORD = /^(?:nous|notre|nos|we|our)$/u;
const QUOTE_OPEN = /[«"“]/gu;
const QUOTE_CLOSE = /[»"”]/u;
/** After a closing quote, the speech tag up to its speaker's company ("…, » a déclaré le patron de X"). */
const SPEECH_TAG =
  /^[\s,]*(?:(?:a|ont|avait) )?(?:[\p{L}'-]+\s+){0,3}?(?:said|says|told|added|insisted|stressed|declared|declare|martele|affirme|assure|insiste|souligne|indique|precise|ajoute|explique|tranche|lance|reagi|commente)\b[^,;:«»"“”]{0,60}?(?:,\s*[^,;:«»"“”]{0,60}?)?(?:\b(?:de|du|des|of|at|chez|for)\s+|\bd')(?:la |le |l'|the )?$|^[\s,]*(?:(?:a|ont|avait) )?(?:[\p{L}'-]+\s+){0,3}?(?:said|says|told|added|insisted|stressed|declared|declare|martele|affirme|assure|insiste|souligne|indique|precise|ajoute|explique|tranche)\s+(?:le |la |l'|the )?$/u;

/** A company's officer in a speech tag: "tranche Marc Aubert, président de", "said the chief executive of". */
const OFFICER_TAG =
  /\b(?:president|presidente|pdg|p-dg|directeur|directrice|dirigeant|dirigeante|patron|patronne|porte-parole|fondateur|fondatrice|cofondateur|cofondatrice|gerant|gerante|chief executive|ceo|chair(?:man|woman)?|spokes(?:man|woman|person)|founder|co-founder|managing director|head)\b/u;
/** "…," Jadewell's chief executive told: the company owns the officer who speaks. */
const OWNER_OFFICER_TAG =
  /^'s? (?:(?:new|current|outgoing|interim|acting|deputy)\s+)?(?:chief executive(?: officer)?|ceo|chief [a-z]+ officer|cfo|coo|cto|spokes(?:man|woman|person)|president|chair(?:man|woman)?|co-?founder|founder|managing director|boss|head of [a-z]+|general manager)(?:,[^,]{0,40},)?\s+(?:said|says|told|added|insisted|stressed|declared|wrote)\b/u;

/** Where the quote holding `at` opens, or -1 outside a quote. */
function quoteStart(folded: string, at: number): number {
  let open = -1;
  QUOTE_OPEN.lastIndex = 0;
  for (const m of folded.slice(0, at).matchAll(QUOTE_OPEN)) open = m.index;
  // A straight quote both opens and closes: an even count before it means it opens.
  if (open >= 0 && QUOTE_CLOSE.test(folded.slice(open + 1, at))) return -1;
  return open;
}

/**
 * « Nous n'avons jamais été en discussion avec Mondelez », a martelé son directeur général: a quoted,
 * first-person denial. Its speaker is the company named in the tag after the quote, else the other
 * side of the deal the article has just told, when the quote names one side of it.
 */
function quotedSpeaker(
  ctx: SentenceContext,
  list: PartyMention[],
  cue: { index: number; end: number },
  pair: readonly string[] | undefined,
): PartyMention | undefined {
  const open = quoteStart(ctx.folded, cue.index);
  const close = open < 0 ? -1 : ctx.folded.slice(cue.end).search(QUOTE_CLOSE);
  const firstPerson = FIRST_PERSON.test(ctx.folded.slice(Math.max(0, open), cue.end));
  if (close >= 0) {
    const after = cue.end + close + 1;
    const tagged = list.find((p) => p.start >= after);
    // A company's officer named in the tag speaks for it, first person or not ("tranche le président de X").
    if (tagged !== undefined) {
      const tag = ctx.folded.slice(after, tagged.start);
      if (SPEECH_TAG.test(tag) && (firstPerson || OFFICER_TAG.test(tag))) return tagged;
      if (/^[\s,]*$/u.test(tag) && OWNER_OFFICER_TAG.test(ctx.folded.slice(tagged.end, tagged.end + 60)))
        return tagged;
    }
  }
  if (!firstPerson) return undefined;
  // "nous" already read as the quote's company: it speaks, wherever in the quote ('"We are not for sale and we have
  // not had any discussions with X"').
  const quoteEnd = close >= 0 ? cue.end + close : cue.end;
  const own = list.find(
    (p) => p.start >= open && p.start < quoteEnd && OWN_WORD.test(ctx.folded.slice(p.start, p.end)),
  );
  if (own !== undefined) return own;
  if (pair?.length !== 2) return undefined;
  const named = list.find((p) => p.start >= Math.max(0, open) && pair.includes(p.name));
  const other = pair.find((n) => n !== named?.name);
  if (named === undefined || other === undefined) return undefined;
  return { name: other, type: 'company', known: true, start: cue.index, end: cue.index };
}

/** Between a company and the quote it introduces: its own clause, then a colon ("X a répondu : « "). */
const QUOTE_INTRO = /^\s*(?:[\p{L}'-]+,?\s+){0,10}?[\p{L}'-]+\s*:\s*[«"“]\s*$/u;

/**
 * « Sorbalt s'en est tenu à une formule : « Nous ne commentons pas … » », 'Halvane replied: "We do not comment
 * on rumours"': a first-person no-comment quoted after the clause of the company that introduces it is that
 * company's, whatever company the sentence named before it.
 */
function introducedQuoteSpeaker(
  ctx: SentenceContext,
  list: PartyMention[],
  at: number,
): PartyMention | undefined {
  const open = quoteStart(ctx.folded, at);
  if (open < 0 || !FIRST_PERSON.test(ctx.folded.slice(open, at))) return undefined;
  const intro = list.findLast((p) => p.end <= open);
  if (intro === undefined || list.some((p) => p.start > intro.end && p.start < at)) return undefined;
  return QUOTE_INTRO.test(ctx.folded.slice(intro.end, open + 1)) ? intro : undefined;
}

/** A cue whose object is the speaker: « ne nous a jamais fait d'offre », "has never made us an offer". */
const TO_SPEAKER =
  /^ne (?:nous|m'|me) |^(?:(?:has|have|had|did) )?(?:never|not|n't) (?:made|sent|submitted|put|approached) (?:us|me)\b/u;

/** After the cue, a speech tag naming a company's officer: ", a assuré dimanche le fondateur d'Iverna". */
const TRAILING_OFFICER =
  /^[^«»"“”.;]*?,\s*(?:(?:nous |lui |leur |m')?(?:a|ont|avait) (?:\w+ )?(?:assure|affirme|indique|precise|declare|martele|souligne|tranche|reagi|ajoute|explique|dementi|repondu|confie)|(?:assure|affirme|indique|precise|declare|martele|souligne|tranche|ajoute|explique|dement|repond|confie)|(?:said|says|told|added|insisted|stressed|wrote))(?: (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|on \w+|ce \w+))?\s+(?:(?:[\p{L}'-]+ ){1,3}?[\p{L}'-]+,\s+)?(?:le |la |the |l'|sa |son )?(?:(?:co-?)?fondat(?:eur|rice)|pdg|p-dg|president(?:e)?|directeur general|directrice generale|directeur|directrice|dirigeant(?:e)?|patron(?:ne)?|porte-parole|direction(?: generale)?|service de presse|(?:co-?)?founder|chief executive|ceo|chair(?:man|woman)?|spokes(?:man|woman|person))(?: (?:general|generale|financier|financiere|juridique|commercial|commerciale|executif|executive|adjoint|adjointe|delegue|deleguee))?\s+(?:de |d'|du |of |at )(?:la |le |l'|the )?$/u;

function trailingOfficer(ctx: SentenceContext, list: PartyMention[], from: number): PartyMention | undefined {
  const next = list.find((p) => p.start >= from);
  if (next === undefined || next.start - from > 160) return undefined;
  return TRAILING_OFFICER.test(ctx.folded.slice(from, next.start)) ? next : undefined;
}

/** A name right after a preposition is an object, not a speaker. */
const OBJECT_BEFORE =
  /\b(?:avec|with|aupres de|of|to|from|de|d'|du|des|pour|for|a|au|aux)\s*(?:le |la |l'|les |the )?$/u;
/** A speech verb opening a reported clause right after its subject. */
const SPEECH_AFTER =
  /^\s*(?:,[^,]{0,60},\s*)?(?:\w+\s+){0,2}?(?:affirme|assure|indique|precise|declare|explique|souligne|martele|insiste|fait savoir|said|says|insisted|stated|stressed|added|told)\w*\b/u;

/** A semicolon, then a definite noun phrase opening the clause the cue is in. */
const OWN_SUBJECT_AFTER = /;\s*(?:the|le|la|les|l')\s?[a-z][^;,]*$/u;

/** The nouns a public body goes by, shared by the two readings of a public voice below. */
const PUBLIC_BODY =
  'agency|ministry|minister|government|regulator|authority|commission|agence|ministere|ministre|gouvernement|regulateur|autorite';

/**
 * A subordinate clause whose subject is a public body ("after France's procurement agency confirmed", « après
 * que le ministère a confirmé »): the state speaks, not the company the sentence opens on ("after the company
 * confirmed", "after a spokesman denied" go back to it).
 */
const PUBLIC_VOICE_CLAUSE = new RegExp(
  String.raw`\b(?:(?:after|when|while|because|although|whereas|apres que|lorsque|quand|alors que|tandis que|parce que)\s+|(?:apres|lors|alors|tandis|parce) qu')(?:[\w'-]+\s+){0,4}(?:${PUBLIC_BODY}|court|tribunal)\s+(?:(?:has|had|a|avait)\s+)?$`,
  'u',
);

/**
 * "…, and the industry ministry said only that it would study the offer", « le ministère s'est refusé à tout
 * commentaire »: a public body the sentence does not name as a party is the cue's own subject; the company the
 * article is about does not speak through it.
 */
const PUBLIC_SUBJECT = new RegExp(
  String.raw`\b(?:the|le|la|l')\s?(?:[\w-]+ ){0,2}(?:${PUBLIC_BODY}|prefecture)\s+(?:[\w'-]+\s+)?$`,
  'u',
);

/** After a fronted phrase's comma, a definite noun phrase and its verb: the subject of the cue's clause. */
const FRONTED_SUBJECT_GAP = /^\s*,\s*(?:the|le|la|les|l')\s?[a-z][^,;«»"“”]*$/u;

/** A speech verb and its "that": the name after it opens the reported clause. */
const REPORTED_SUBJECT =
  /\b(?:said|says|insisted|insists|stressed|stresses|added|adds|stated|states|told [\w-]+|affirme|assure|indique|precise|declare|explique|souligne|martele|insiste)\w* (?:that|que|qu')\s*(?:the |le |la |l')?$/u;

/** The speaker(s) just before the cue, with the names coordinated with it ("Ni Atos ni Amazon"). */
function speakersBefore(
  ctx: SentenceContext,
  list: PartyMention[],
  cue: number,
  denial = false,
): PartyMention[] {
  const before = list.filter((p) => p.end <= cue);
  // "Allianz, which Sky News said was weighing a bid for Wyvern, declined to comment": the clause's head.
  const head = before.find((p) => RELATIVE_BETWEEN.test(ctx.folded.slice(p.end, cue)));
  if (head !== undefined) return [head];
  let last = before.at(-1);
  // "Brévent Capital, Ocelyne's largest shareholder with 31% of the capital, declined", "Harbour Fund,
  // which owns 12% of Kerlys, did not respond": the subject before an apposition naming another company.
  for (let i = before.length - 2; i >= 0 && last !== undefined; i--) {
    const p = before[i] as PartyMention;
    const gap = ctx.folded.slice(p.end, cue);
    if (!APPOSITION_GAP.test(gap)) continue;
    const inside = before.slice(i + 1);
    let words = ctx.folded.slice(p.end, cue);
    for (const q of inside.reverse()) words = words.slice(0, q.start - p.end) + words.slice(q.end - p.end);
    if ((words.match(/\p{L}{2,}/gu) ?? []).length >= 2) last = p;
    break;
  }
  // "Kerlys Data affirme qu'un rapprochement avec Orange n'est pas ...": a name after "avec" is what is
  // spoken of; the speaker is the subject of the speech verb before it.
  if (last !== undefined && OBJECT_BEFORE.test(ctx.folded.slice(Math.max(0, last.start - 12), last.start))) {
    const subject = before.findLast(
      (p) => p !== last && SPEECH_AFTER.test(ctx.folded.slice(p.end, Math.min(last.start, p.end + 60))),
    );
    if (subject !== undefined) return [subject];
  }
  // "Brunelle's chief executive insisted that Volkswagen would take no equity": the reported clause's subject
  // is spoken of; the one whose speech verb opens the clause speaks.
  if (
    last !== undefined &&
    REPORTED_SUBJECT.test(ctx.folded.slice(Math.max(0, last.start - 40), last.start))
  ) {
    const subject = before.findLast(
      (p) =>
        p !== last &&
        (SPEECH_AFTER.test(ctx.folded.slice(p.end, last.start)) ||
          OWNER_OFFICER_TAG.test(ctx.folded.slice(p.end, p.end + 60))),
    );
    if (subject !== undefined) return [subject];
  }
  // "Orange has agreed to buy 67% of Aurélis, …, the French telecoms group confirmed": a trailing role
  // tag is the sentence's subject speaking.
  const subject = before[0];
  if (
    subject !== undefined &&
    TRAILING_ROLE.test(ctx.folded.slice(Math.max(0, cue - 60), cue)) &&
    !OBJECT_OF.test(ctx.folded.slice(Math.max(0, subject.start - 12), subject.start))
  )
    return [subject];
  if (last === undefined || !SPEAKER_GAP.test(ctx.folded.slice(last.end, cue))) return [];
  // « Deux jours après un article lui prêtant l'intention de racheter Arlanza, le cimentier suisse a opposé un
  // démenti »: a name a preposition governs in a fronted phrase, the clause's own subject after its comma.
  if (
    FRONTED_SUBJECT_GAP.test(ctx.folded.slice(last.end, cue)) &&
    OBJECT_BEFORE.test(ctx.folded.slice(Math.max(0, last.start - 12), last.start))
  )
    return [];
  // "referred questions to Netherby, which did not return calls", "une offre de Velqor, qui s'est refusé à
  // tout commentaire": the relative pronoun makes the object the speaker.
  if (RELATIVE_SPEAKER.test(ctx.folded.slice(last.end, cue))) return [last];
  // "There is no agreement with AWS and there are no negotiations": a name after a preposition is no speaker.
  if (
    OBJECT_OF.test(ctx.folded.slice(Math.max(0, last.start - 12), last.start)) ||
    relationAnchor(ctx.folded, last.start, last.end) ||
    // Only a denial reaches past a description: "representatives for Maersk declined to comment" speak for it.
    (denial && namedAsDealObject(ctx.folded, last.start))
  ) {
    // "Kerlys Data a signé avec Orange, confirme l'entreprise": a role noun after the verb is the sentence's subject.
    const subject = before[0];
    const roleAfter = ROLE_AFTER_CUE.test(ctx.folded.slice(cue, cue + 40));
    return roleAfter && subject !== undefined && subject !== last ? [subject] : [];
  }
  const out = [last];
  for (let i = before.length - 2; i >= 0; i--) {
    const p = before[i] as PartyMention;
    if (!COORDINATED.test(ctx.folded.slice(p.end, (out[0] as PartyMention).start))) break;
    // "no approach from Admiral and we are not in talks": a name after a preposition is no co-speaker.
    if (OBJECT_OF.test(ctx.folded.slice(Math.max(0, p.start - 12), p.start))) break;
    out.unshift(p);
  }
  return out;
}

/**
 * What a party says about the story: declines to comment, denies, confirms. One claim per
 * speaker; the status follows the stance (no comment leaves the story a rumour).
 */
/** ", mais a démenti", "but denied", "and has confirmed": a verb coordinated to the sentence's main verb. */
const COORDINATED_VERB =
  /(?:,\s*|\s)(?:mais|et|but|and)\s+(?:(?:a|ont|avait|avaient|has|have|had)\s+)?(?:(?:aussi|toutefois|pourtant|cependant|also|later|then|swiftly|however)\s+)?$/u;
/** Before the sentence's subject: nothing, or a short fronted phrase ("Mardi, ", "Au passage, "). */
const SUBJECT_OPENING = /^[\s«"]*(?:[^,;:«»"]{1,30},\s*)?$/u;

/**
 * "Orange a noué un partenariat avec Sarvalis AI …, mais a démenti vouloir entrer à son capital": the
 * coordinated verb has the sentence's subject, not the partner named last.
 */
function coordinatedSubject(
  ctx: SentenceContext,
  list: PartyMention[],
  cue: number,
): PartyMention | undefined {
  const lead = ctx.folded.slice(Math.max(0, cue - 40), cue);
  const m = COORDINATED_VERB.exec(lead);
  if (m === null) return undefined;
  const subject = list[0];
  const at = cue - lead.length + m.index;
  if (subject === undefined || subject.end > at || !SUBJECT_OPENING.test(ctx.folded.slice(0, subject.start)))
    return undefined;
  return subject;
}

/** The subject opening the sentence when the cue is an inverted tag naming it by its role only. */
function invertedTagSubject(
  ctx: SentenceContext,
  list: PartyMention[],
  cue: { index: number; end: number },
): PartyMention | undefined {
  if (!INVERTED_TAG_BEFORE.test(ctx.folded.slice(Math.max(0, cue.index - 12), cue.index))) return undefined;
  const tag = INVERTED_ROLE_TAG.exec(ctx.folded.slice(cue.end, cue.end + 120));
  if (tag === null) return undefined;
  const tagEnd = cue.end + tag[0].length;
  // "…, a confirmé un porte-parole de Google": a name in the tag is the speaker, for the rules below.
  // The role noun itself, which salience may have read as the last company named, is no name.
  if (
    list.some(
      (p) => p.start >= cue.end && p.start < tagEnd && !ROLE_WORD.test(ctx.folded.slice(p.start, p.end)),
    )
  )
    return undefined;
  const subject = list[0];
  if (
    subject === undefined ||
    subject.end > cue.index ||
    !TAGGED_OPENING.test(ctx.folded.slice(0, subject.start))
  )
    return undefined;
  return subject;
}

/** « propriétaire de Gucci et de », "owner of Zara and": a second brand of an owner's title. */
const OWNED_AFTER_OWNER =
  /\b(?:proprietaire|maison mere|owner|parent) (?:de |d'|du |des |of )[^,;.«»"“”]{1,40} (?:et|and) (?:de |d'|du |des |of )?(?:la |le |l'|the )?$/u;

/** "X is not for sale", "X n'est pas à vendre": X is the asset, not the speaker. */
const FOR_SALE_AFTER =
  /^\s+(?:is|are|was|were|remains|n'est|ne sont|n'etait|reste)(?: pas| not| no longer| plus)? (?:for sale|a vendre|up for sale)\b/u;

export function findStatements(
  ctx: SentenceContext,
  topic?: PartyMention,
  pair?: readonly string[],
  voice?: PartyMention,
  state?: ArticleState,
): Draft[] {
  const drafts: Draft[] = [];
  const done = new Set<string>();
  // Where each denial or confirmation of the sentence ends, with its speakers.
  const spoken: { end: number; speakers: PartyMention[] }[] = [];
  // A speaker's denial that a no-comment of the same sentence outweighs (silence-and-denial.ts), by speaker.
  const yielding = new Map<string, Draft>();
  // « …», observe X, analyste chez Y. « Mais la famille n'est pas vendeuse. »: the analyst goes on speaking.
  if (outsiderQuoteGoesOn(ctx, state?.previous)) return drafts;
  for (const stance of STANCES) {
    for (const cue of matchAll(ctx.rules.statement[stance], ctx.statusText)) {
      if (stance !== 'no_comment' && insideNoComment(ctx, cue)) continue;
      // 'notes the press speculation' and 'no approach has been received': the acknowledgement only frames
      // what the company then says; a denial in the same sentence is its stance.
      if (ACKNOWLEDGING.has(cue.id) && matchAll(ctx.rules.statement.deny, ctx.statusText).length > 0)
        continue;
      // "Companies usually hide behind 'we don't comment'": a formula of companies in general, nobody's answer.
      if (stance === 'no_comment' && habitualSilence(ctx.folded, cue.index)) continue;
      // « s'est refusé à tout commentaire sur le démenti de X »: someone else's denial, spoken of.
      if (stance === 'deny' && commentedOnDenial(ctx, cue)) continue;
      // "a week after the group confirmed it was in talks": an older statement recalled as a date.
      if (stance !== 'no_comment' && recalledStatement(ctx.folded, cue.index, cue.end)) continue;
      if (
        stance === 'confirm' &&
        NEGATED_CONFIRM.test(ctx.statusText.slice(Math.max(0, cue.index - 40), cue.index))
      )
        continue;
      // "Korlan's interest confirmed that …": the company's deed is the evidence, the company says nothing.
      if (stance === 'confirm' && thingConfirms(ctx.folded, cue.index)) continue;
      // "If it is confirmed, …", "once Sunmead confirms talks": a confirmation set as a condition is none yet.
      if (stance === 'confirm' && conditionalConfirm(ctx.folded, cue.index, cue.end)) continue;
      const clause = clauseAt(ctx, cue.index);
      // "Chez Orange, on ne fait aucun commentaire": the speaker may sit before a clause break.
      // "Maserati is not for sale": the brand is what is not sold, its owner is the one speaking.
      // « Thales ne nous a jamais fait d'offre »: who made no offer to the speaker is spoken of.
      const toSpeaker = TO_SPEAKER.test(ctx.folded.slice(cue.index, cue.index + 40));
      const list = actors(ctx, { start: 0, end: ctx.folded.length }, true).filter(
        (p) =>
          !FOR_SALE_AFTER.test(ctx.folded.slice(p.end, p.end + 30)) &&
          !(toSpeaker && p.end <= cue.index && cue.index - p.end <= 2),
      );
      // A name inside the quote the cue stands in is what the speaker talks of, not the speaker.
      const quoted = stance === 'deny' ? quoteStart(ctx.folded, cue.index) : -1;
      // « Nous n'avons … », its "nous" read as the quote's company: that first person speaks.
      // « Le concurrent de Veolia n'a pas donné suite »: the company a relation noun is tied to does not speak.
      const anchored = (p: PartyMention) => p.end <= cue.index && relationAnchor(ctx.folded, p.start, p.end);
      let speakers = speakersBefore(ctx, list, cue.index, stance === 'deny').filter(
        (p) =>
          (quoted < 0 || p.end <= quoted || OWN_WORD.test(ctx.folded.slice(p.start, p.end))) && !anchored(p),
      );
      // « le propriétaire de Gucci et de Saint Laurent n'a pas souhaité commenter »: the brands after the
      // owner's title are what it owns; the first one stands for the owner (its registry company), not the rest.
      speakers = speakers.flatMap((p) => {
        const owner = OWNED_AFTER_OWNER.exec(ctx.folded.slice(Math.max(0, p.start - 70), p.start));
        if (owner === null) return [p];
        const at = Math.max(0, p.start - 70) + owner.index;
        const first = list.find((q) => q.start >= at && q.end < p.start && q.type === 'company');
        return first === undefined || speakers.includes(first) ? [] : [first];
      });
      // '"We have no agreement with Vodafone"': a first person the cue opens on speaks it.
      if (speakers.length === 0) {
        const own = list.find(
          (p) =>
            p.start >= cue.index - 12 && p.start < cue.end && OWN_WORD.test(ctx.folded.slice(p.start, p.end)),
        );
        if (own !== undefined) speakers = [own];
      }
      // « X s'en est tenu à une formule prudente : « Nous ne commentons pas … » »: the company introducing the quote.
      if (speakers.length === 0 && stance === 'no_comment') {
        const own = introducedQuoteSpeaker(ctx, list, cue.index);
        if (own !== undefined) speakers = [own];
      }
      // "SAP rejects the report; the London-listed target stays silent": past a semicolon, a clause with a
      // subject of its own the engine could not name is not the earlier company's silence.
      const otherClause = (p: PartyMention) =>
        stance === 'no_comment' && OWN_SUBJECT_AFTER.test(ctx.folded.slice(p.end, cue.index));
      speakers = speakers.filter((p) => !otherClause(p));
      if (stance !== 'no_comment') {
        const inverted = invertedTagSubject(ctx, list, cue);
        if (inverted !== undefined) speakers = [inverted];
      }
      const coordinated = stance === 'no_comment' ? undefined : coordinatedSubject(ctx, list, cue.index);
      // "Holcim said it had made no offer for Arlanza and was not in talks with its shareholders", '"Leonardo
      // has made no offer for X and is not in discussions with the company"': a verb coordinated after an
      // earlier denial of the sentence goes on with that denial's subject, whoever else the sentence names.
      const shared =
        stance !== 'no_comment' &&
        COORDINATED_VERB.test(ctx.folded.slice(Math.max(0, cue.index - 40), cue.index))
          ? spoken.findLast((s) => s.end <= cue.index)
          : undefined;
      if (shared !== undefined) speakers = shared.speakers;
      else if (coordinated !== undefined) speakers = [coordinated];
      // "X has rejected an approach from Y, confirming that …": the participle's subject is the sentence's.
      const participial = stance === 'no_comment' ? undefined : participleSubject(ctx, list, cue);
      if (participial !== undefined) speakers = [participial];
      // "ni Orange ni Bouygues Telecom ne font partie de l'accord, et aucune discussion n'est en cours avec
      // eux": companies named as outside the deal are spoken of, they do not deny or confirm anything
      // (unless they say so themselves: "X said it was not involved").
      const outside =
        stance === 'no_comment' || SELF_TAG.test(ctx.folded.slice(cue.end))
          ? new Set<string>()
          : new Set(
              [...excludedParties(ctx, { start: 0, end: ctx.folded.length }, list)]
                .filter((p) => !SPEECH_AFTER.test(ctx.folded.slice(p.end, p.end + 80)))
                .map((p) => p.name),
            );
      speakers = speakers.filter((p) => !outside.has(p.name));
      if (stance === 'deny' && quoted < 0 && THIRD_PARTY_TAG.test(ctx.folded.slice(cue.end, cue.end + 160)))
        continue;
      if (outsideVoice(ctx, cue)) continue;
      // "Le contrat entre A et B n'existe pas, a assuré le fondateur de B": the tag names who speaks.
      const tagged = stance === 'no_comment' ? undefined : trailingOfficer(ctx, list, cue.end);
      if (tagged !== undefined) speakers = [tagged];
      if (state !== undefined && speakers.length > 0) {
        // « Anne-Sophie Vareilles, qui dirige l'entreprise familiale, n'a pas répondu »: the person speaks, not
        // the company their inserted clause names.
        const person = personBeforeInsertedClause(ctx, state, cue);
        if (person !== undefined && speakers.every((p) => p.start >= person.end && p.end <= cue.index))
          speakers = [person];
      }
      if (state !== undefined) {
        // "Prewitt declined to comment", « …», a démenti Anne-Laure Beauclair: a person speaks for their company.
        speakers = speakersForPeople(ctx, state, speakers);
        // "Lineas is not part of the service, Vandersteene said": a company told as outside the deal is
        // what is spoken of; the speaker's side makes no statement of its own.
        if (speakers.length === 0 && !list.some((p) => p.end <= cue.index && outside.has(p.name))) {
          const person = personVoice(ctx, state, cue) ?? pronounSpeaker(ctx, state, cue);
          if (person !== undefined) speakers = [person];
        }
      }
      // '"…," Safran's head of purchasing told reporters, confirming the deal': the officer's company.
      if (speakers.length === 0 && stance !== 'no_comment') {
        const owner = list
          .filter((p) => p.end <= cue.index)
          .findLast((p) => OWNER_OFFICER_TAG.test(ctx.folded.slice(p.end, p.end + 60)));
        if (owner !== undefined) speakers = [owner];
      }
      // "L'information a été confirmée jeudi par Ondrelis", "was confirmed by Pellmont": the passive's agent speaks.
      if (stance !== 'no_comment') {
        const agent = list.find(
          (p) => p.start >= cue.end && PASSIVE_AGENT.test(ctx.folded.slice(cue.end, p.start)),
        );
        if (
          agent !== undefined &&
          PASSIVE_BEFORE.test(ctx.folded.slice(Math.max(0, cue.index - 30), cue.index))
        )
          speakers = [agent];
      }
      // "Veridia Systems chief executive X said ... that the company would not comment": the subject.
      // "Castralis rose 3.1% after France's procurement agency confirmed an order": not past a subordinate
      // clause a public body is the subject of.
      const subject = list[0];
      if (
        speakers.length === 0 &&
        subject !== undefined &&
        subject.start <= 2 &&
        !otherClause(subject) &&
        !anchored(subject) &&
        !PUBLIC_VOICE_CLAUSE.test(ctx.folded.slice(subject.end, cue.index)) &&
        list.filter((p) => p.end <= cue.index).length === 1
      )
        speakers = [subject];
      const framed = list[0];
      if (
        speakers.length === 0 &&
        framed !== undefined &&
        SIDE_FRAME.test(ctx.folded.slice(0, framed.start)) &&
        !otherClause(framed) &&
        list.filter((p) => p.end <= cue.index).length === 1
      )
        speakers = [framed];
      if (speakers.length === 0) {
        // "… aucun accord avec Qonto »": a name the cue's own preposition governs is what is spoken of.
        const next = list.find(
          (p) =>
            p.start >= cue.end &&
            /^\s*(?:le |la |l'|the )?$/u.test(ctx.folded.slice(cue.end, p.start)) &&
            !OBJECT_BEFORE.test(ctx.folded.slice(Math.max(cue.index, p.start - 12), p.start)),
        );
        if (next !== undefined) speakers = [next];
      }
      // "« Il n'y a aucun accord … », a déclaré un porte-parole de Norvane": the voice closing the quote.
      if (speakers.length === 0) {
        const voice = list.find(
          (p) =>
            p.start >= cue.end &&
            (VOICE_AFTER.test(ctx.folded.slice(p.end, p.end + 50)) ||
              VOICE_BEFORE.test(ctx.folded.slice(Math.max(cue.end, p.start - 70), p.start))),
        );
        if (voice !== undefined) speakers = [voice];
      }
      // "A and B were not selected. Both companies declined to comment": the pair the previous sentence opened on.
      const sides = coordinatedSubjectPair(state?.previous) ?? pair;
      if (
        speakers.length === 0 &&
        sides !== undefined &&
        sides.length === 2 &&
        BOTH_SIDES.test(ctx.folded.slice(clause.start, cue.index))
      )
        speakers = sides.map((name) => ({
          name,
          type: 'company' as const,
          known: true,
          start: cue.index,
          end: cue.index,
        }));
      // « Nous n'avons jamais été en discussion … », first person: the voice tagged after the quote, else the deal's other side.
      // In an interview's answer the interviewee speaks, whatever deal the article told last.
      if (speakers.length === 0 && stance === 'deny') {
        const quoted = voice ?? quotedSpeaker(ctx, list, cue, pair);
        if (quoted !== undefined) speakers = [quoted];
      }
      // "The company said it had received no approach from the French shipping group": the story's company,
      // named after the cue as what the denial is about, is not the "company" that speaks (inside a quote,
      // "no investment by X in us" may still be its own voice); the deal's other side is.
      const topicSpokenOf =
        stance === 'deny' &&
        quoted < 0 &&
        topic !== undefined &&
        list.some(
          (p) => p.name === topic.name && p.start >= cue.end && namedAsDealObject(ctx.folded, p.start),
        );
      const unnamedVoice = () =>
        UNNAMED_VOICE.test(ctx.statusText.slice(0, cue.end)) ||
        (stance === 'no_comment' && CHAIR_SILENCE.test(ctx.statusText.slice(0, cue.index))) ||
        // "The company declined to comment", "Le groupe n'a pas souhaité réagir": the company just named.
        (ctx.rules.organisations.topic.test(ctx.statusText.slice(clause.start, cue.index)) &&
          !PUBLIC_SUBJECT.test(ctx.folded.slice(Math.max(clause.start, cue.index - 60), cue.index)));
      // "Interrogé, un porte-parole du groupe ...", "We are not in talks": the company the article is about.
      if (
        speakers.length === 0 &&
        topic !== undefined &&
        list.every((p) => p.end > cue.index || (p.name === topic.name && !anchored(p))) &&
        // « Nous n'avons signé aucun accord avec Qonto »: the company the quote speaks of is not its voice.
        !(quoted >= 0 && list.some((p) => p.name === topic.name && p.start > quoted && p.end <= cue.index)) &&
        !topicSpokenOf &&
        unnamedVoice()
      )
        speakers = [topic];
      // ... and when the story's deal has two sides, "the company" denying an approach from one is the other.
      const otherSide = pair?.length === 2 ? pair.find((n) => n !== topic?.name) : undefined;
      if (
        speakers.length === 0 &&
        topicSpokenOf &&
        unnamedVoice() &&
        otherSide !== undefined &&
        pair?.includes(topic?.name ?? '') &&
        list.every((p) => p.name === topic?.name)
      )
        speakers = [{ name: otherSide, type: 'company', known: true, start: cue.index, end: cue.index }];
      // "— Avez-vous été approchés ? — Jamais. Il n'y a eu aucune discussion": the interviewee answers.
      if (speakers.length === 0 && voice !== undefined) speakers = [voice];
      // A person a fallback above took for the speaker: their company, none when the article names none.
      if (state !== undefined) speakers = speakersForPeople(ctx, state, speakers);
      // "…, pas plus que Rhodanie Capital", "…, as did Corrand": a second company says the same.
      const coSpeaker = speakers.length > 0 ? trailingCoSpeaker(ctx.folded, list, cue.end) : undefined;
      if (coSpeaker !== undefined && !speakers.some((p) => p.name === coSpeaker.name))
        speakers = [...speakers, coSpeaker];
      const background =
        stance === 'deny' && firstCue(ctx.rules.status.background, ownWords(ctx, clause, cue.index));
      // An old denial, or one that only says no offer came in, is not the stance of a speaker who today
      // declines to comment in the same sentence; a silence the sentence only recalls changes nothing.
      const yields = stance === 'deny' && (Boolean(background) || onlyNothingReceived(ctx, cue));
      const silence = stance === 'no_comment' && !recalledSilence(ctx, cue);
      if (stance !== 'no_comment' && speakers.length > 0) spoken.push({ end: cue.end, speakers });
      for (const speaker of speakers) {
        if (done.has(speaker.name) || outside.has(speaker.name)) continue;
        const weaker = yielding.get(speaker.name);
        if (weaker !== undefined) {
          // A firmer denial of the same speaker makes its first one stand: that one stays the statement.
          if (stance === 'deny' && !yields) {
            yielding.delete(speaker.name);
            done.add(speaker.name);
          }
          // "confirmed that the board had agreed to the offer, and said it had received no competing proposal": a
          // confirmation of the speaker outweighs an answer that only says nothing else came in, as a silence does.
          if (stance === 'deny' || (stance === 'no_comment' && !silence)) continue;
          drafts.splice(drafts.indexOf(weaker), 1);
          yielding.delete(speaker.name);
        }
        const verdict = {
          status: STATUS_OF[stance],
          cues: [`${stance}:${cue.id}`, ...(background ? [`background:${background.id}`] : [])],
          background: Boolean(background),
          explicit: stance !== 'no_comment',
        };
        const claim: StatementClaim = {
          kind: 'statement',
          parties: [speaker.name],
          stance,
          ...baseOf(ctx, verdict),
        };
        const draft = draftOf(ctx, claim, cue.id, verdict);
        drafts.push(draft);
        if (yields) yielding.set(speaker.name, draft);
        else done.add(speaker.name);
      }
    }
  }
  return drafts;
}

/**
 * The clause's words without the inserted clauses the cue is not in: "Kering, which had been linked with
 * Vayne last year, said on Friday it had made no offer" dates the rumour recalled, not the denial.
 */
function ownWords(ctx: SentenceContext, clause: { start: number; end: number }, at: number): string {
  let text = ctx.statusText.slice(clause.start, clause.end);
  for (const a of ctx.inserted) {
    if (at >= a.open && at < a.clause.end) continue;
    const from = Math.max(a.open, clause.start);
    const to = Math.min(a.clause.end, clause.end);
    if (from < to)
      text = `${text.slice(0, from - clause.start)}${' '.repeat(to - from)}${text.slice(to - clause.start)}`;
  }
  return text;
}
