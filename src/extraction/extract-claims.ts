import { createEntityRegistry, type EntityRegistry } from '../entities/entity-registry.ts';
import { foldText } from '../entities/fold-text.ts';
import { isGroupName } from './article-names.ts';
import { peopleIn, withoutPeople } from './article-people.ts';
import { type ArticleState, newArticleState } from './article-state.ts';
import { articleTowns } from './article-towns.ts';
import { talksAsAskedPurchase } from './asked-purchase.ts';
import type { Claim } from './claim.ts';
import type { ClaimExplanation } from './claim-explanation.ts';
import { commentatorFirms } from './commentator-firms.ts';
import { commonWordJudge, registryOfArticle, withoutCommonWords } from './common-word-names.ts';
import { namedBare, withCountryUnits } from './country-units.ts';
import { demonymJudge, withOpeningDemonyms } from './demonym-names.ts';
import { deniedBidsForNamedTargets } from './denied-bids.ts';
import { offersDeniedToSpeaker } from './denied-offers-to-us.ts';
import { deniedTalksAsTakeovers } from './denied-takeovers.ts';
import { learnHeadlineRoles, noteHeadlineCompanies, withDescribedParties } from './described-parties.ts';
import type { Draft } from './draft.ts';
import { dropEchoedDeals } from './echoed-deals.ts';
import { dropEchoedLaunches } from './echoed-launches.ts';
import type { PartyMention } from './find-parties.ts';
import { learnFounders } from './founded-by.ts';
import { withoutFurtherSilences } from './further-silence.ts';
import { fullerHeadlineNames } from './headline-names.ts';
import { withoutIdleDenials } from './idle-denials.ts';
import {
  answersAsAskedPurchase,
  findInterview,
  intervieweeIn,
  withAddressee,
  withInterviewee,
} from './interview-turns.ts';
import { joinedNames, withJoinedNames } from './joined-names.ts';
import { findAnsweredLaunch } from './kinds/answered-launch.ts';
import { findAcquisitions } from './kinds/find-acquisitions.ts';
import { findAgreements, namedAlliance } from './kinds/find-agreements.ts';
import { findCertifications, learnIssuers } from './kinds/find-certifications.ts';
import { findLaunches } from './kinds/find-launches.ts';
import { findShareMoves } from './kinds/find-share-moves.ts';
import { findStatements } from './kinds/find-statements.ts';
import { findLaterRollouts } from './kinds/later-rollouts.ts';
import { namesDealVenture } from './kinds/launch-subject.ts';
import { withOperatingHolders } from './kinds/operating-holder.ts';
import { isListedName, noteListed, notePricedTarget } from './listed-companies.ts';
import {
  briefColumnItems,
  type LiveItem,
  liveItemAt,
  moverHeadingItem,
  startLiveItem,
  timeHeadingItem,
} from './live-items.ts';
import { mentionRoles, sideRemarkSubject } from './mention-roles.ts';
import { learnOfficers } from './officer-companies.ts';
import { withoutOwnedBanners } from './owned-brands.ts';
import { ownedNamesIn } from './owned-names.ts';
import { withoutOwnedModifiers } from './owner-modifier.ts';
import { pairedNames } from './paired-names.ts';
import { learnTitledPeople } from './person-speakers.ts';
import { launchesByProductMakers } from './product-makers.ts';
import { availableNamesIn, ownProducts, productNamesIn } from './product-names.ts';
import { withQuotedFirstPerson } from './quoted-first-person.ts';
import { resolveArticle } from './resolve-article.ts';
import { markRetracted } from './retracted-claims.ts';
import { ruleFramed } from './rule-framed.ts';
import { RULES } from './rules/load-rule-files.ts';
import type { RuleSet } from './rules/rule-set.ts';
import {
  endSentence,
  mostSalient,
  newItem,
  newParagraph,
  newSalience,
  noteMention,
  type Salience,
} from './salience.ts';
import { type Attribution, actors, buildSentenceContext, type SentenceContext } from './sentence-context.ts';
import { splitSentences } from './split-sentences.ts';
import { withSubsidiaries } from './subsidiary-parties.ts';
import { termAcronymsIn, withoutTerms } from './term-acronyms.ts';
import { parseDay } from './values/find-dates.ts';
import { withoutWireTags } from './wire-tags.ts';

export interface ExtractInput {
  /** The article's main text; evidence offsets point into it. */
  text: string;
  language: 'fr' | 'en';
  /** ISO date or instant: relative days ("lundi", "yesterday") are resolved against its day. */
  publishedAt?: string;
  /** The headline, when known: an interrogative headline keeps what it asks about a rumour. */
  title?: string;
  /** The outlet that published the article: its name is never a party ("Contacté par <publisher>"). */
  publisher?: string;
}

export interface ExtractOptions {
  /** Defaults to the shipped registry. */
  registry?: EntityRegistry;
  /** Adds `explanations`: the rule and the status cues behind each claim. */
  explain?: boolean;
}

export interface ExtractResult {
  claims: Claim[];
  explanations?: ClaimExplanation[];
}

let shippedRegistry: EntityRegistry | undefined;

/** "L'entreprise, qui ...", "The company, which ...": a topic anaphor opening the sentence on a relative clause. */
const RELATIVE_AFTER = /^\s*,\s*(?:qui|dont|lequel|laquelle|which|who|whose|that)\b/u;

/** The sentence's subject is the topic itself, whatever companies its relative clause names. */
function opensOnTopic(ctx: SentenceContext, first: PartyMention, rules: RuleSet): boolean {
  const head = ctx.folded.slice(0, Math.min(first.start, 40));
  const m = rules.organisations.topic.exec(head);
  if (
    m !== null &&
    /^[\s«"]*$/u.test(head.slice(0, m.index)) &&
    RELATIVE_AFTER.test(ctx.folded.slice(m.index + m[0].length, m.index + m[0].length + 12))
  )
    return true;
  // "En 2027, le studio avait éconduit Tencent", "L'atelier comtois fabrique … les pochettes d'Hermès": the
  // topic's descriptor (or pronoun) is the subject, the name after its verb an object; "Le groupe de luxe
  // Kering a …" names the subject itself.
  const lead = ctx.folded.slice(0, Math.min(first.start, 70));
  const fronted = FRONTED_PHRASE.exec(lead);
  const at = fronted === null ? 0 : fronted[0].length;
  const opening = lead.slice(at);
  const d =
    TRADE_SUBJECT.exec(opening) ??
    rules.organisations.topic.exec(opening) ??
    // "The Frankfurt colocation operator will host Google's region": a qualified role noun is the subject too.
    QUALIFIED_SUBJECT.exec(opening);
  return (
    d !== null &&
    d.index === 0 &&
    // "Il permettra aux clientes de Sopra Steria …": a pronoun may stand for the deal, not the company.
    !PRONOUN.test(d[0]) &&
    !APPOSED_NAME_GAP.test(ctx.folded.slice(at + d[0].length, first.start)) &&
    // "Il y a trois ans, …" is no pronoun subject.
    /^\s(?!y a\b)/u.test(ctx.folded.slice(at + d[0].length))
  );
}
/** The headline's companies: its subject is what the article is about, the others are in view too. */
function noteHeadline(
  ctx: SentenceContext,
  state: ArticleState,
  salience: Salience,
  terms: Set<string>,
): void {
  const parties = withoutTerms(state.names.apply(ctx.parties, ctx.candidates), terms);
  const named = actors({ ...ctx, parties }, { start: 0, end: ctx.folded.length });
  // 'Hervé Lémovie : « Avec les Cars Bréhat, nous … »': a name inside the headline's quote is no subject.
  const told: string[] = [];
  for (const { mention, role } of mentionRoles({
    text: ctx.sentence.text,
    folded: ctx.folded,
    parties: named,
    anaphorSubject: false,
  })) {
    noteMention(salience, mention, role === 'subject' ? 'headline' : 'headline-other');
    if (role !== 'minor' && mention.type === 'company') told.push(mention.name);
  }
  endSentence(salience);
  noteHeadlineCompanies(state, told);
}

/** A sentence whose subject is the topic's anaphor ("Le groupe vise …", "It said …", "The company also said"). */
function opensOnAnaphor(ctx: SentenceContext, rules: RuleSet): boolean {
  const lead = ctx.folded.slice(0, 70);
  const at = FRONTED_PHRASE.exec(lead)?.[0].length ?? 0;
  const d = TRADE_SUBJECT.exec(lead.slice(at)) ?? rules.organisations.topic.exec(lead.slice(at));
  if (d === null || d.index !== 0 || /^\s+y a\b/u.test(lead.slice(at + d[0].length))) return false;
  return !ctx.parties.some((p) => p.start < at + d[0].length);
}

/** Adds the sentence's companies to the salience, each by its role, and closes the sentence. */
function noteSentence(
  ctx: SentenceContext,
  state: ArticleState,
  salience: Salience,
  answering: PartyMention | undefined,
): void {
  const named = actors(ctx, { start: 0, end: ctx.folded.length });
  const first = named[0];
  const anaphor = first === undefined ? opensOnAnaphor(ctx, ctx.rules) : opensOnTopic(ctx, first, ctx.rules);
  if (anaphor && state.topic !== undefined) noteMention(salience, state.topic, 'subject');
  // An interview's answer speaks as its interviewee ("Nous avons obtenu …"), whatever it names.
  if (answering !== undefined) noteMention(salience, answering, 'subject');
  // "« … », justifie son cofondateur, qui précise que Thales « a validé »": a name the quote tag's
  // relative clause reports is no subject.
  const quoteEnd = OPENING_QUOTE.test(ctx.folded) ? ctx.folded.search(QUOTE_CLOSE) : -1;
  const tagClause = quoteEnd > 0 ? ctx.folded.slice(quoteEnd).search(TAG_CLAUSE) : -1;
  let subject: PartyMention | undefined = anaphor ? state.topic : undefined;
  // « …, observe Marion Roux, analyste chez Pellbury »: the analyst's house stands beside the story.
  const commentators = commentatorFirms(ctx, named);
  for (const { mention, role: read } of mentionRoles({
    text: ctx.sentence.text,
    folded: ctx.folded,
    parties: named,
    anaphorSubject: anaphor,
    // "Une semaine après l'annonce de son rachat par Thales, Vesperine accélère": the fronted phrase's names are beside it.
    subjectFrom: frontedSubject(ctx, named)?.start ?? 0,
    subjectBefore: tagClause > 0 ? quoteEnd + tagClause : ctx.folded.length,
  })) {
    const role = commentators.has(mention.name) ? 'minor' : read;
    noteMention(salience, mention, role);
    if (role === 'subject' && subject === undefined) subject = mention;
  }
  endSentence(salience);
  state.previousSubject =
    subject?.type === 'company'
      ? subject
      : subject === undefined
        ? sideRemarkSubject(ctx.folded, named)
        : undefined;
}

/** Trade nouns a story calls its company by, beside the topic words of the rules ("le studio", "the miner"). */
const TRADE_SUBJECT =
  /^(?:le |la |l'|the )(?:studio|atelier|maroquinier|cooperative|manufacture|maison|miner|workshop|brewer|retailer)\b/u;
const PRONOUN = /^(?:il|elle|it|they|ils|elles)$/u;
/** A singular pronoun or possessive opening a sentence: "Elle a obtenu", "Son titre", "Its shares", "It signed". */
const PRONOUN_OPENING = /^[\s«"]*(?:il|elle|it|sa|son|ses|its)\s/u;
/**
 * « Mardi matin, un porte-parole du groupe a confirmé », "A company spokeswoman said": the company's voice
 * without its name, which speaks for the company the sentence before had as its subject, like « son porte-parole ».
 */
const SPOKESPERSON_OPENING =
  /^[\s«"]*(?:[^,;:«»"]{1,30},\s*)?(?:(?:un|une|le|la|a|the) (?:porte-parole|spokes(?:man|woman|person)) (?:du groupe|de la societe|de l'entreprise|for the (?:company|group|firm))|(?:a|the) (?:company|group) spokes(?:man|woman|person))\b/u;
const QUALIFIED_SUBJECT =
  /^the (?:[a-z][\w-]* ){1,3}?(?:company|group|firm|startup|start-up|maker|manufacturer|carmaker|drugmaker|chipmaker|lender|bank|insurer|retailer|grocer|operator|carrier|supplier|developer|provider|integrator|fintech|biotech|utility|airline|conglomerate|specialist|producer|vendor)\b/u;
/** A short fronted phrase before the subject: "En 2027, ", "Mercredi, ", "« ". */
const FRONTED_PHRASE = /^[\s«"]*(?:[^,;:«»"]{1,30},\s*)?/u;
/** "le groupe de luxe Kering", "the French group Safran": a name right after its descriptor is that subject. */
const APPOSED_NAME_GAP =
  /^(?!.*\b(?:a|avait|avaient|ont|aura|est|etait|sera|vient|venait|has|had|have|is|was|were|will|would)\b)(?:\s+[\p{L}'-]+){0,3}\s*$|^\s*[,(]|,\s*$/u;

const OPENING_QUOTE = /^\s*[«"“]/u;
/** Where a quote's tag goes on into what the speaker reports: "qui précise que", "who added that". */
const TAG_CLAUSE = /\b(?:qui|que|qu'|who|which|that)\s/u;
/**
 * "Une semaine après l'annonce de son rachat par Thales, Vesperine accélère", "Days after Airbus's offer,
 * Nordvast said": a fronted time or comparison phrase holds no subject; the name right after its comma is.
 */
const FRONTED_ADVERBIAL =
  /^[\s«"]*(?:(?:(?:une?|deux|trois|quelques|\d+|a|one|two|three|a few) )?[\w-]+ )?(?:apres|avant|depuis|des|lors d[eu']|suite a|a la suite d[eu']|comme|contrairement a|a l'instar d[eu']|after|before|following|since|like|unlike|as with|ahead of)\b[^,;:«»"]{0,100},\s*$/u;

/** "l'éditeur lyonnais ", "the Paris-based carmaker ": a role noun right before the name it introduces. */
const INTRODUCING_ROLE = /(?:l'|le |la |les |the )[\p{Ll}-]+(?: [\p{Ll}-]+){0,3} $/u;

/**
 * « Fondée en 2023 par Ombeline Perrotaz, ancienne chercheuse du CEA, et deux physiciens de l'Institut Néel, Quantalpe
 * emploie … », "Founded in 2019 by two former Arm engineers, Velmora sells …": a fronted participle of founding or
 * ownership, commas and all, names its founders and owners; the subject is the name after a comma that a verb follows.
 */
const FRONTED_FOUNDING =
  /^[\s«"]*(?:co-?fondee?s?|fondee?s?|creee?s?|detenue?s?|controlee?s?|co-?founded|founded|created|formed|set up|established|backed|owned|controlled|spun (?:out|off))\b/u;
const AFTER_COMMA = /,\s*$/u;
const VERB_NEXT = /^\s+(?!(?:et|and|ou|or|de|du|des|of)\b)\p{Ll}/u;

/** The name opening the main clause after a fronted adverbial phrase, if the sentence has one. */
function frontedSubject(ctx: SentenceContext, named: readonly PartyMention[]): PartyMention | undefined {
  const first = named[0];
  if (first === undefined || first.start === 0) return undefined;
  if (FRONTED_FOUNDING.test(ctx.folded))
    return named.find(
      (p) =>
        p.start < 250 &&
        AFTER_COMMA.test(ctx.folded.slice(0, p.start)) &&
        VERB_NEXT.test(ctx.sentence.text.slice(p.end, p.end + 12)),
    );
  // "Une semaine après avoir cédé sa division, l'éditeur lyonnais Trivelle …": a role noun may introduce the name.
  return named.find(
    (p) =>
      p.start < 180 && FRONTED_ADVERBIAL.test(ctx.folded.slice(0, p.start).replace(INTRODUCING_ROLE, '')),
  );
}
const QUOTE_CLOSE = /[»”]|(?<=.)"/u;

/** "is taking a 10% stake in X and signing a parallel partnership": a partnership told beside the stake is its own deal. */
const PARTNERSHIP_RULE =
  /\.agreement\.(?:partnership|partenariat|joint-venture|coentreprise|distributes-products|appointed-distributor)$/u;

/** Bare talks ("There are no talks with Halcourt"): about the sale the article tells, wherever it tells it. */
const TALKS_RULE = /\.agreement\.(?:talks|negociations)$/u;
/** A sale told from the seller's side: its buyer's talks are with that seller. */
const SALE_RULE = /\.acquisition\.(?:sells-to|sale-of-unit-to|sale-of-to|cession-de-a|cede-a)$/u;

/** An agreement of two parties, one of them the acquisition's buyer and the other no party to it: the seller. */
function soldBetween(acquisition: readonly string[], agreement: readonly string[]): boolean {
  const [buyer] = acquisition;
  return (
    agreement.length === 2 &&
    buyer !== undefined &&
    agreement.includes(buyer) &&
    agreement.some((p) => !acquisition.includes(p))
  );
}

/** "There are no talks with Halcourt", after the sale of Maserati to Halcourt was told: those talks are that sale's. */
function withoutSaleTalks(drafts: Draft[]): Draft[] {
  const acquisitions = drafts.filter((d) => d.claim.kind === 'acquisition');
  if (acquisitions.length === 0) return drafts;
  return drafts.filter(
    (d) =>
      d.claim.kind !== 'agreement' ||
      !TALKS_RULE.test(d.rule) ||
      !acquisitions.some(
        (a) =>
          SALE_RULE.test(a.rule) && a.sentence <= d.sentence && soldBetween(a.claim.parties, d.claim.parties),
      ),
  );
}

/**
 * An acquisition is the more specific reading of a deal between the same two parties; an agreement
 * that also names the target's owner ("talks with the shareholders of X, the fund Y") is that deal too.
 */
function preferAcquisitions(drafts: Draft[]): Draft[] {
  const acquisitions = drafts.filter((d) => d.claim.kind === 'acquisition');
  const bought = acquisitions.map((d) => d.claim.parties);
  return drafts.filter(
    (d) =>
      d.claim.kind !== 'agreement' ||
      // "bought a stake in Lexavia and signed a licensing agreement": a deal of its own kind stays.
      d.cues.includes('agreement:typed') ||
      PARTNERSHIP_RULE.test(d.rule) ||
      (!bought.some((pair) => pair.every((p) => d.claim.parties.includes(p))) &&
        // "X is in talks to sell a stake in Y to Z": the talks between seller and buyer are that sale.
        !acquisitions.some(
          (a) =>
            a.sentence === d.sentence &&
            SALE_RULE.test(a.rule) &&
            soldBetween(a.claim.parties, d.claim.parties),
        )),
  );
}

/** A headline quoting a person with their company in brackets: "Ann Lowe (Kessock Storage): “…”". */
const QUOTED_SPEAKER =
  /^\s*[\p{Lu}][\p{L}'’.-]+(?:[ -][\p{Lu}][\p{L}'’.-]+){1,3}\s*\(([\p{Lu}][^()]{1,40})\)\s*:\s*[«"“‘']/u;

/** A headline opening on a name's person: "Altivaux’s Hélène Duvergier: …", the person quoted is its voice. */
const POSSESSED_SPEAKER =
  /^([\p{Lu}][\p{L}&.-]*(?: [\p{Lu}][\p{L}&.-]*){0,2})['’]s [\p{Lu}][\p{L}'’.-]+(?:[ -][\p{Lu}][\p{L}'’.-]+){1,2}\s*:/u;

/** "Altivaux’s Hélène Duvergier: “We are not for sale”": the company whose person the headline quotes. */
function possessedSpeaker(ctx: SentenceContext): string | undefined {
  const m = POSSESSED_SPEAKER.exec(ctx.sentence.text);
  if (m === null) return undefined;
  const first = ctx.parties[0];
  if (first !== undefined && first.start === 0) return first.type === 'company' ? first.name : undefined;
  return m[1];
}

function speakerCompanyOf(title: string, registry: EntityRegistry): PartyMention | undefined {
  const m = QUOTED_SPEAKER.exec(title);
  const raw = m?.[1]?.trim();
  if (m === null || raw === undefined) return undefined;
  const start = m[0].indexOf(`(${m[1]}`) + 1;
  const known = registry.get(raw);
  if (known !== undefined && known.type !== 'company') return undefined;
  return {
    name: known?.name ?? raw,
    type: 'company',
    known: known !== undefined,
    start,
    end: start + raw.length,
  };
}

/** "Vantadour Datacenters": a name of two words or more whose last word only a company's name ends on. */
function endsOnCompanyWord(name: string, rules: RuleSet): boolean {
  const words = foldText(name).split(/\s+/u);
  return words.length >= 2 && rules.organisations.suffixes.has(words.at(-1) as string);
}

/** Reads the claims of one article: pure, no I/O; rules and the registry are loaded at start-up. */
export function extractClaims(input: ExtractInput, options: ExtractOptions = {}): ExtractResult {
  const rules = RULES[input.language];
  if (rules === undefined) return options.explain ? { claims: [], explanations: [] } : { claims: [] };
  shippedRegistry ??= options.registry === undefined ? createEntityRegistry() : undefined;
  // "Next week" is no company, "talks with Next" names one: an everyday-word registry name as the article reads it.
  const registry = registryOfArticle(
    options.registry ?? (shippedRegistry as EntityRegistry),
    `${input.title ?? ''}\n${input.text}`,
    rules,
  );
  const published = parseDay(input.publishedAt);
  const sentences = splitSentences(input.text, rules);
  const state = newArticleState();
  state.people = peopleIn(input.text);
  if (input.publisher !== undefined) state.names.add(input.publisher, 'outlet');
  let title = input.title;
  if (title === undefined)
    title = sentences.find((s, i) => i === 0 && !s.body && !s.text.startsWith('('))?.text;
  // "CORRECTED-Léman Rail Leasing buys …": the wire's version tag is no word of the first name.
  if (title !== undefined) title = withoutWireTags(title);
  if (title !== undefined) state.names.noteHeadline(title);

  // First pass: what each sentence says about names, and which names the article establishes.
  const contexts: SentenceContext[] = [];
  const alliances: { name: string; sentence: number }[] = [];
  const titleText = title ?? '';
  const sources = [
    ...(titleText ? [{ text: titleText, start: 0, end: titleText.length, paragraph: -1, body: true }] : []),
  ];
  let titleInterviewee: string | undefined;
  let possessed: string | undefined;
  let titleCtx: SentenceContext | undefined;
  // "Income climbed 7%", a headline's "Strategic Partnership": common words capitalised by position are no names.
  const isCommonWord = commonWordJudge(input.text, rules);
  // "American Tower … American Tower declined": a demonym the article never leaves off opens the name.
  const isOpeningDemonym = demonymJudge(`${titleText}\n${input.text}`, rules);
  // « Lithium de Vézère » written whole again and again: one name, never "Lithium" and "Vézère".
  const joined = joinedNames(`${titleText}\n${input.text}`, rules, registry);
  const widen = (ctx: SentenceContext) => {
    Object.assign(ctx, withOpeningDemonyms(ctx.sentence.text, ctx.parties, ctx.candidates, isOpeningDemonym));
    return Object.assign(
      ctx,
      withJoinedNames(ctx.sentence.text, ctx.folded, ctx.parties, ctx.candidates, joined),
    );
  };
  for (const extra of sources) {
    const ctx = widen(buildSentenceContext(-1, extra, rules, registry, published));
    ctx.parties = withoutCommonWords(ctx.parties, isCommonWord, true);
    titleCtx = ctx;
    noteListed(ctx, state);
    for (const p of ctx.parties) if (!p.known) state.names.add(p.name, p.type);
    // The headline's subject is what the lead's "la manufacture", "the group" stands for.
    learnHeadlineRoles(ctx, state);
    // "Julien Ribérac (Cyvandre) : « … »": the speaker's company is what the interview is about.
    const speaking = speakerCompanyOf(extra.text, registry);
    if (speaking !== undefined && !speaking.known) state.names.add(speaking.name, 'company');
    state.topic ??= speaking ?? actors(ctx, { start: 0, end: ctx.folded.length })[0];
    state.headline = state.topic?.type === 'company' ? state.topic : undefined;
    // "Q&A: Ines Carvalho, chief executive of Pentrell": a headline may introduce the interviewee.
    // "Isaure Penhoat (Galvane Industries) : « … »": the bracketed company is the interviewee's too.
    titleInterviewee = intervieweeIn(ctx, undefined) ?? speaking?.name;
    possessed = titleInterviewee === undefined ? possessedSpeaker(ctx) : undefined;
    titleInterviewee ??= possessed;
    // "Halbrecht Datacenter's chief on Google, power and …": the headline is about the interviewee's company.
    if (titleInterviewee !== undefined && state.topic?.name !== titleInterviewee) {
      state.topic = { name: titleInterviewee, type: 'company', known: true, start: 0, end: 0 };
      state.headline = state.topic;
    }
  }
  const cited: string[] = [];
  const guessedOutlets: string[] = [];
  const products = new Set<string>();
  const available: string[] = [];
  const terms = new Set<string>();
  // Every capitalised name of the body, by sentence: a longer one no position made an organisation may
  // be the full name of a short form.
  const bodyNames: { name: string; index: number }[] = [];
  // "Brenhallow Insurance (LSE: BRH) -7.9%": a round-up's heading opens its company's item below it.
  const headed = new Map<SentenceContext, LiveItem>();
  let heading: LiveItem | undefined;
  // "Scheldara. Le spécialiste gantois …": a column of briefs, each paragraph its run-in company's item.
  const runIns = briefColumnItems(sentences, registry, rules);
  for (const [index, sentence] of sentences.entries()) {
    if (!sentence.body) {
      heading = moverHeadingItem(sentence.text, registry) ?? timeHeadingItem(sentence.text);
      if (heading?.subject?.known === false) state.names.add(heading.subject.name, 'company');
      continue;
    }
    const runIn = runIns.get(index);
    if (runIn !== undefined) {
      heading = runIn;
      if (runIn.subject?.known === false) state.names.add(runIn.subject.name, 'company');
      continue;
    }
    const ctx = widen(buildSentenceContext(index, sentence, rules, registry, published));
    ctx.parties = withoutCommonWords(ctx.parties, isCommonWord, false);
    for (const name of pairedNames(ctx, contexts.at(-1))) state.names.add(name, 'company');
    contexts.push(ctx);
    if (heading !== undefined) headed.set(ctx, heading);
    heading = undefined;
    for (const name of productNamesIn(ctx)) products.add(name);
    for (const name of availableNamesIn(ctx)) available.push(name);
    for (const name of termAcronymsIn(sentence.text)) terms.add(name);
    for (const name of ownedNamesIn(ctx)) state.names.markOwned(name);
    noteListed(ctx, state);
    for (const c of ctx.candidates) {
      // "hébergée dans les sites de Vantadour Datacenters": after a place's word, a name closed by a
      // company's word is still the company's full name, which "Vantadour" alone later shortens.
      if (c.place && !endsOnCompanyWord(c.name, rules)) continue;
      bodyNames.push({ name: c.name, index });
      if (c.place) continue;
      if (isGroupName(c.name)) state.names.add(c.name, 'company');
    }
    const source = ctx.attribution?.party === false ? ctx.attribution : undefined;
    for (const p of ctx.parties) {
      if (!p.known) bodyNames.push({ name: p.name, index });
      if (p.known) {
        state.named?.add(p.name);
        if (p.type === 'company') {
          state.names.addRegistered(p.name, registry.get(p.name)?.parent);
          state.names.addRegisteredForm(p.name, sentence.text.slice(p.start, p.end));
        }
        continue;
      }
      if (source !== undefined && p.start < source.end && p.end > source.start) cited.push(p.name);
      else if (p.guessed === true) guessedOutlets.push(p.name);
      else state.names.add(p.name, p.type);
    }
    for (const clause of ctx.clauses) {
      const alliance = namedAlliance(ctx, clause);
      // Only a name the article introduces ("provisionally named Hexavia") may reach a nearby sentence.
      if (alliance === undefined || ctx.registry.get(alliance) !== undefined || products.has(alliance))
        continue;
      alliances.push({ name: alliance, sentence: index });
      state.names.add(alliance, 'alliance');
    }
  }

  // "X a fondé Veltrane en 2011" beside « le titre Veltrane a bondi »: the founding cue named a listed company,
  // not a venture; it stays the company it is.
  for (const quoted of alliances.filter((a) => isListedName(state, a.name))) {
    alliances.splice(alliances.indexOf(quoted), 1);
    state.names.forget(quoted.name);
    state.names.add(quoted.name, 'company');
  }
  state.names.addExtensions(bodyNames.filter((n) => !state.people?.has(foldText(n.name))));
  // "Quillbridge Claims Cloud will be available" beside "Quillbridge Software": a product named after its maker.
  for (const name of available) if (state.names.sharesHead(name)) products.add(name);
  for (const name of products) state.names.forget(name);
  // "un façonnier installé à Saint-Priest", "the Sion-based airline": a town the article shows as one is
  // never a party elsewhere in it ("son unité de Saint-Priest a obtenu …"), as a term's acronym is not.
  for (const name of articleTowns(contexts)) terms.add(name);
  for (const name of terms) state.names.forget(name);
  // "l'action Escalmont" beside "Escalmont Systèmes": the listed company under its fullest name.
  if (state.listed !== undefined)
    state.listed = new Set([...state.listed].map((n) => state.names.fullest(n)?.name ?? n));
  fullerHeadlineNames(state, registry);
  // A name only ever cited as a source ("selon Bloomberg", "according to Reuters") is an outlet.
  for (const name of cited) if (state.names.resolve(name) === undefined) state.names.add(name, 'outlet');
  // "approached by Veldmark": a name only the verb before it made an outlet is a company the article
  // elsewhere shows as one ("Veldmark, a Dutch IT services company", "Veldmark declined to comment").
  for (const name of guessedOutlets)
    if (state.names.resolve(name) === undefined) state.names.add(name, 'outlet');

  // "Altivaux’s Hélène Duvergier": the headline's short form of the name the body gives in full.
  if (possessed !== undefined) {
    const full = state.names.fullest(possessed)?.name ?? possessed;
    const { topic, headline } = state;
    if (topic !== undefined && topic.name === titleInterviewee) state.topic = { ...topic, name: full };
    if (headline !== undefined && headline.name === titleInterviewee)
      state.headline = { ...headline, name: full };
    titleInterviewee = full;
  }
  // "Generali France" in an article that never names Generali alone: the national company itself.
  const bare = namedBare([...(titleCtx ? [titleCtx.parties] : []), ...contexts.map((c) => c.parties)]);
  for (const ctx of titleCtx ? [titleCtx, ...contexts] : contexts)
    ctx.parties = withCountryUnits(ctx.parties, bare);
  for (const key of ['topic', 'headline'] as const) {
    const party = state[key];
    if (party !== undefined) state[key] = withCountryUnits([party], bare)[0];
  }
  // Second pass: the claims, sentence by sentence, with what earlier sentences settled.
  state.sentences = contexts;
  const drafts: Draft[] = [];
  const interview = findInterview(sentences, input.publisher);
  let interviewee: string | undefined;
  let leadTopic: PartyMention | undefined;
  const questionOf = new Map<number, string>();
  let lastParagraph = -1;
  const attributions: (Attribution | undefined)[] = [];
  const salience = newSalience();
  state.salience = salience;
  if (titleCtx !== undefined) noteHeadline(titleCtx, state, salience, terms);
  let salienceParagraph = contexts[0]?.sentence.paragraph;
  for (const ctx of contexts) {
    ctx.parties = withoutTerms(state.names.apply(ctx.parties, ctx.candidates), terms);
    ctx.parties = ownProducts(ctx, state, products);
    ctx.parties = withoutOwnedBanners(ctx);
    const item = liveItemAt(ctx) ?? headed.get(ctx);
    if (item !== undefined) {
      startLiveItem(ctx, state, item);
      newItem(salience);
      if (item.subject !== undefined) noteMention(salience, item.subject, 'subject');
    } else if (ctx.sentence.paragraph !== salienceParagraph) {
      // A new paragraph often comes back to the article's company: the last one's names fade further.
      newParagraph(salience);
      state.topic = mostSalient(salience) ?? state.topic;
    }
    salienceParagraph = ctx.sentence.paragraph;
    ctx.parties = withDescribedParties(ctx, state);
    ctx.parties = withSubsidiaries(ctx, state);
    ctx.parties = withoutOwnedModifiers(ctx);
    let answering: PartyMention | undefined;
    // Where the words of an answer's first sentence start (after its speaker label); undefined elsewhere.
    let answerFrom: number | undefined;
    if (interview !== undefined) {
      const paragraph = ctx.sentence.paragraph;
      if (interviewee === undefined && (interview.firstTurn < 0 || paragraph < interview.firstTurn))
        // "Corinne Valadier (Groupe Corbelet) : « … »": the headline's company is the interviewee's; else
        // "We spoke to its chief executive": the company the headline gave the interviewee, else the topic.
        interviewee =
          titleInterviewee ??
          intervieweeIn(
            ctx,
            titleInterviewee === undefined
              ? state.topic
              : { name: titleInterviewee, type: 'company', known: true, start: 0, end: 0 },
          );
      const question = interview.answers.get(paragraph);
      if (question !== undefined || interview.questions.has(paragraph)) interviewee ??= titleInterviewee;
      // A lead naming the company but no title of the interviewee's in it: an answer speaks for the company
      // the lead was about.
      if (interview.firstTurn >= 0 && paragraph < interview.firstTurn) leadTopic = state.topic;
      if (question !== undefined && interviewee === undefined && leadTopic?.type === 'company')
        interviewee = leadTopic.name;
      if (interviewee !== undefined) ctx.parties = withAddressee(ctx, interview, interviewee);
      if (interviewee !== undefined && question !== undefined) {
        ctx.parties = withInterviewee(ctx, interview, interviewee, paragraph !== lastParagraph);
        questionOf.set(ctx.index, question);
        answering = { name: interviewee, type: 'company', known: true, start: 0, end: 0 };
        if (paragraph !== lastParagraph) answerFrom = interview.labels.get(paragraph) ?? 0;
      }
      lastParagraph = paragraph;
    }
    // « Nous n'avons signé aucun accord avec Qonto », tranche le cofondateur: the quote's company speaks.
    learnOfficers(ctx, state);
    // "La société, fondée en 2017 par X", « le fondateur de l'entreprise, X »: whom a founder later speaks for.
    learnFounders(ctx, state);
    learnTitledPeople(ctx, state);
    if (answering === undefined) ctx.parties = withQuotedFirstPerson(ctx, state);
    attributions[ctx.index] = ctx.attribution;
    learnIssuers(ctx, state.issuers);
    state.alliance = alliances.filter((a) => a.sentence <= ctx.index).at(-1)?.name ?? state.alliance;
    // "… agreed to combine their streaming technology in a joint venture. The venture, to be called Northlight, …":
    // the venture named right after the deal is the one the deal creates.
    if (namesDealVenture(ctx.folded, state, alliances.at(-1)?.sentence === ctx.index))
      state.foundersVenture = state.alliance;
    // "La PME a réalisé 31 millions … Elle a obtenu le label …", "Capgemini reste à l'écart. Son titre a
    // cédé 0,4 %": a pronoun or possessive opening the sentence continues the previous sentence's subject.
    const previousSubject = state.previousSubject;
    if (
      previousSubject !== undefined &&
      ctx.sentence.paragraph === state.previous?.sentence.paragraph &&
      (PRONOUN_OPENING.test(ctx.folded) || SPOKESPERSON_OPENING.test(ctx.folded))
    )
      state.topic = { ...previousSubject, start: 0, end: 0 };
    notePricedTarget(ctx, state);
    // A question asks; it does not report (a speculative "Amazon va-t-il racheter Atos ?").
    // "Under UK takeover rules, X has until … to make a firm offer": what a rule requires, not what happened.
    if (!rules.question.test(ctx.sentence.text) && !ruleFramed(ctx.folded)) {
      const found = withOperatingHolders(
        preferAcquisitions([
          ...findAgreements(ctx, state),
          ...findAcquisitions(ctx, state),
          ...findShareMoves(ctx, state),
          ...findCertifications(ctx, state),
          ...findLaunches(ctx, state),
          ...findStatements(ctx, state.topic, state.founders, answering, state),
        ]),
        ctx,
        state,
      );
      found.push(...findLaterRollouts(ctx, state, found));
      // "When will customers get it? — Not before September 2029.": a date alone answers a question on a launch.
      const question = questionOf.get(ctx.index);
      if (answering !== undefined && answerFrom !== undefined && question !== undefined && found.length === 0)
        found.push(...findAnsweredLaunch(ctx, question, answering, answerFrom));
      markRetracted(ctx, found);
      drafts.push(...found);
      state.lastLaunch = found.filter((d) => d.claim.kind === 'launch').at(-1) ?? state.lastLaunch;
      const bought = found.find((d) => d.claim.kind === 'acquisition' && d.claim.parties.length === 2);
      if (bought !== undefined) {
        state.target = bought.claim.parties[1];
        state.targetBuyer = bought.claim.parties[0];
      }
      const agreement = found.filter((d) => d.claim.kind === 'agreement').at(-1);
      if (agreement !== undefined) {
        state.founders = agreement.claim.parties;
        state.foundersStatus = agreement.claim.status;
        state.foundersText = ctx.folded;
        state.foundersVenture = agreement.claim.kind === 'agreement' ? agreement.claim.alliance : undefined;
      } else {
        // "Amazon took a stake in Fennick ... the two companies": a buyer and its target are a pair too.
        const pair = found.find((d) => d.claim.kind === 'acquisition' && d.claim.parties.length === 2);
        // "Scaleway signs with Parlimo. Iliad takes 9% of Parlimo. The joint offer …": a stake told right
        // after a partnership leaves the partners the pair.
        const partners =
          state.foundersText !== undefined && state.previous?.folded === state.foundersText
            ? state.founders
            : undefined;
        if (pair !== undefined && !pair.claim.parties.some((p) => partners?.includes(p) === true)) {
          state.founders = pair.claim.parties;
          state.foundersStatus = pair.claim.status;
          state.foundersText = undefined;
          state.foundersVenture = undefined;
        }
      }
    }
    // What "the company", "le groupe", "l'action" stand for next: the most salient company so far.
    noteSentence(ctx, state, salience, answering);
    state.topic = mostSalient(salience) ?? state.topic;
    state.previous = ctx;
  }
  launchesByProductMakers(drafts, contexts, rules.language);
  deniedTalksAsTakeovers(drafts, contexts, title);
  deniedBidsForNamedTargets(drafts, contexts);
  offersDeniedToSpeaker(drafts, contexts);
  talksAsAskedPurchase(drafts, title, rules);
  if (interviewee !== undefined) answersAsAskedPurchase(drafts, questionOf, interviewee, rules);
  const dealt = withoutPeople(
    withoutFurtherSilences(withoutIdleDenials(withoutSaleTalks(drafts))),
    state.people ?? new Set(),
    registry,
  );
  const resolved = resolveArticle(dropEchoedLaunches(dropEchoedDeals(dealt)), attributions, title, alliances);
  return options.explain ? resolved : { claims: resolved.claims };
}
