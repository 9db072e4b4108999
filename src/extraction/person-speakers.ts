import { foldText } from '../entities/fold-text.ts';
import type { ArticleState } from './article-state.ts';
import type { PartyMention } from './find-parties.ts';
import { officerCompany } from './officer-companies.ts';
import { quoteSpans } from './quote-tag-speaker.ts';
import { mostSalient } from './salience.ts';
import type { SentenceContext, Span } from './sentence-context.ts';

/** A person's name: two or three capitalised words, a surname particle allowed ("Samuel Le Quintrec"). */
export const NAME =
  /\p{Lu}[\p{Ll}'’-]+(?:[ -](?:(?:de|du|le|la|van|von|der|di|da|del|Le|La|De|Van|Von|Di|Da|Del) )?\p{Lu}[\p{Ll}'’-]+){1,2}/gu;

/** Cheap gate: a title a company's officer goes by. */
const TITLE_GATE =
  /\b(?:pdg|p-dg|dg|president|presidente|directeur|directrice|(?:co-?)?fondat|(?:co-?)?founder|patron|dirigeant|gerant|porte-parole|chief|ceo|cfo|coo|chair|managing director|spokes|boss)/u;
const TITLE =
  '(?:pdg|p-dg|dg|president|presidente|associee? gerante?|managing partner|directeur|directrice|(?:co-?)?fondat(?:eur|rice)|patron|patronne|dirigeant|dirigeante|gerant|gerante|porte-parole|chief executive(?: officer)?|ceo|cfo|coo|chief [a-z]+ officer|chair(?:man|woman)?|(?:co-?)?founder|managing director|spokes(?:man|woman|person)|boss)';
/** Words that hand a title to an organisation named next ("directeur de X", "head of"), or to a public body. */
const NOT_QUALIFIER = '(?!(?:de|du|des|d|of|at|chez|for|la|le|les|the|et|and|a|au|aux|qui|who)\\b)';
/**
 * "la présidente, Anne-Laure Beauclair", "son PDG et cofondateur, Julien Perrochon", "chief executive Inès
 * Bertholon": a title the text gives to no named company, right before a name. The possessive's group
 * names the owner.
 */
const TITLE_BEFORE = new RegExp(
  `(?:(?:^|[\\s,;:(])(son|sa|leur|its|their|notre|our)\\s+|('s)\\s+|(?:^|[\\s,;:(])(?:(?:le|la|l'|the)\\s*)?)(?:(?:nouveau|nouvelle|new|interim|acting)\\s+)?${TITLE}(?: ${NOT_QUALIFIER}[a-z-]+){0,2}(?: (?:et|and|&) ${TITLE}(?: ${NOT_QUALIFIER}[a-z-]+){0,2})?\\s*,?\\s*$`,
  'u',
);
/**
 * "Jean Morel, directeur général, a ajouté", « Hollis Granger, associé gérant du fonds, a confirmé »: a name, then
 * a title of no named company (the company called by its bare class noun is the story's own).
 */
const TITLE_AFTER = new RegExp(
  `^\\s*,\\s*(?:(son|sa|leur|its|their)\\s+|(?:le|la|l'|the)\\s*)?${TITLE}(?: ${NOT_QUALIFIER}[a-z-]+){0,2}(?: (?:du|de la|de l'|of the) ?(?:groupe|fonds|societe|entreprise|firme|company|group|firm|fund))?\\s*(?:,|\\.|;|$)`,
  'u',
);
/** A former officer no longer speaks for the company. */
const FORMER = /\b(?:ancien|ancienne|former|ex-)\s*$/u;

/** Whether the name at a span is read as a company's (or an outlet's), not as a person the article names. */
function companyAt(ctx: SentenceContext, state: ArticleState, start: number, end: number): boolean {
  // "Samuel Le Quintrec" read as a party "Samuel": the full name is a person the article titles.
  if (state.people?.has(foldText(ctx.sentence.text.slice(start, end))) === true) return false;
  return ctx.parties.some((p) => {
    if (p.start >= end || p.end <= start) return false;
    const folded = foldText(p.name);
    return state.people?.has(folded) !== true && state.officers?.has(folded) !== true;
  });
}

/** Words of a name by which the text may call its bearer alone: "Le Quintrec", "Quintrec". */
function tails(folded: string): string[] {
  const words = folded.split(/\s+/u);
  const out: string[] = [];
  for (let i = 1; i < words.length; i++) out.push(words.slice(i).join(' '));
  return out;
}

/**
 * Learns the people a sentence titles without naming their company ("la présidente, Anne-Laure Beauclair",
 * "son fondateur, Pierre-Yves Sauvagnat", "chief executive Inès Bertholon said"): they speak for the company
 * their family name is part of ("Aciéries Beauclair"), else the company a possessive points back to in the
 * sentence or just before it, else (a bare title) the company the headline opens on. Officers of a named
 * company are learnt elsewhere.
 */
export function learnTitledPeople(ctx: SentenceContext, state: ArticleState): void {
  if (!TITLE_GATE.test(ctx.folded)) return;
  const text = ctx.sentence.text;
  const quotes = quoteSpans(ctx.folded);
  // The salience model's topic drifts to the last company named; the headline's company is the one
  // whose officers a story quotes, unless the sentence quotes them about it.
  const headline = headlineSubject(state);
  const aboutHeadline =
    headline !== undefined &&
    quotes.some((q) => ctx.parties.some((p) => p.name === headline && p.start >= q.start && p.end <= q.end));
  // "Chief Executive Tom Pilbeam": a title set in capitals before the name is no part of it.
  for (const m of text.replace(CAPITAL_TITLE, (t) => t.toLowerCase()).matchAll(NAME)) {
    const start = m.index;
    const end = start + m[0].length;
    const folded = foldText(m[0]);
    if (state.officers?.has(folded) === true || companyAt(ctx, state, start, end)) continue;
    if (ctx.registry.get(m[0]) !== undefined) continue;
    const lead = ctx.folded.slice(Math.max(0, start - 80), start);
    const before = TITLE_BEFORE.exec(lead);
    const after = before === null ? TITLE_AFTER.exec(ctx.folded.slice(end, end + 80)) : null;
    if (before === null && after === null) continue;
    if (before !== null && FORMER.test(lead.slice(0, before.index + 1))) continue;
    const possessive = (before ?? after)?.[1] !== undefined || before?.[2] !== undefined;
    const titleAt = before === null ? end : start - lead.length + before.index;
    // "son PDG": the company named before it in the sentence, else the one the story is about when the
    // last company named (never one the quote talks of) is that one too; "le directeur général": the
    // story's own company.
    const company =
      familyCompany(state, folded) ??
      (possessive
        ? (ownerBefore(ctx, quotes, titleAt) ??
          (headline !== undefined && !aboutHeadline && lastNamed(ctx, state, quotes) === headline
            ? headline
            : undefined))
        : (taggedSubject(ctx, quotes, before === null ? undefined : titleAt, end) ??
          (aboutHeadline ? undefined : headline) ??
          (headline === undefined ? ownerBefore(ctx, quotes, titleAt) : undefined)));
    if (company === undefined || foldText(company) === folded) continue;
    notePersonCompany(state, folded, company, ctx.index);
  }
}

/** Titles the press sets in capitals before a name ("Chief Executive Tom Pilbeam", "Président Jean Roy"). */
const CAPITAL_TITLE =
  /\b(?:Chief (?:Executive|Financial|Operating|Technology)(?: Officer)?|Managing Director|Chair(?:man|woman)?|President|Founder|Co-[Ff]ounder|Président(?:e)?|Directeur [Gg]énéral|Directrice [Gg]énérale)(?= \p{Lu})/gu;
/** ", Chief Executive Tom Pilbeam said": a bare title in a speech tag closing the sentence. */
const TAG_OPENING = /,\s*$/u;

/**
 * "Wrayfield will receive an upfront payment …, chief executive Tom Pilbeam said": an officer whose bare title
 * tags the sentence speaks for the company the sentence opens on (outside any quote).
 */
function taggedSubject(
  ctx: SentenceContext,
  quoted: readonly Span[],
  titleAt: number | undefined,
  end: number,
): string | undefined {
  if (titleAt === undefined || !TAG_OPENING.test(ctx.folded.slice(Math.max(0, titleAt - 4), titleAt + 1)))
    return undefined;
  if (!SPEECH_NEXT.test(ctx.folded.slice(end, end + 30))) return undefined;
  const subject = ctx.parties[0];
  if (subject === undefined || subject.type !== 'company' || subject.start > 2) return undefined;
  if (quoted.some((q) => subject.start >= q.start && subject.end <= q.end)) return undefined;
  return subject.name;
}

/**
 * Records that the person (folded full name) speaks for `company`; their bare surname too, unless it
 * already names someone else's company (two people of one family in a story keep the first).
 */
export function notePersonCompany(
  state: ArticleState,
  folded: string,
  company: string,
  sentence: number,
): void {
  state.officers ??= new Map();
  state.officers.set(folded, company);
  const surname = folded.split(' ').at(-1);
  if (surname !== undefined && !state.officers.has(surname)) state.officers.set(surname, company);
  state.lastOfficer = { company, sentence };
}

/**
 * The company that opens the headline ("Navélia licenses …", "Tours : Mascaret Games dément …"): the story's
 * own company. One named late in it ("… pour les PME avec Microsoft") is a partner, not whose officers speak.
 */
function headlineSubject(state: ArticleState): string | undefined {
  const h = state.headline;
  return h?.type === 'company' && h.start <= HEADLINE_OPENING ? h.name : undefined;
}
/** How far into the headline its subject may stand, after a place or a kicker ("C'est officiel : "). */
const HEADLINE_OPENING = 30;

/** "…d'Orélia, aujourd'hui détenue par son fondateur": the company a possessive title points back to. */
function ownerBefore(ctx: SentenceContext, quoted: readonly Span[], at: number): string | undefined {
  const owner = ctx.parties.findLast(
    (p) =>
      p.type === 'company' &&
      p.end <= at &&
      at - p.end <= 80 &&
      !quoted.some((q) => p.start >= q.start && p.end <= q.end),
  );
  return owner?.name;
}

/** The company the story named last, outside what the sentence quotes and other than a person. */
function lastNamed(ctx: SentenceContext, state: ArticleState, quoted: readonly Span[]): string | undefined {
  if (state.salience === undefined) return undefined;
  const inQuote = new Set(
    ctx.parties.filter((p) => quoted.some((q) => p.start >= q.start && p.end <= q.end)).map((p) => p.name),
  );
  return mostSalient(
    state.salience,
    (m) => m.type === 'company' && !inQuote.has(m.name) && state.officers?.has(foldText(m.name)) !== true,
  )?.name;
}

/** "Hélène Trémolat" of "Maison Trémolat", "Éric Brunelle" of "Brunelle Composites": a family firm. */
function familyCompany(state: ArticleState, folded: string): string | undefined {
  for (const tail of tails(folded)) {
    const k = state.names.fullest(tail);
    if (k === undefined || k.type !== 'company') continue;
    const name = foldText(k.name);
    // The firm's name goes beyond the family name, and is no person's name itself.
    if (k.words.length <= tail.split(' ').length || name === folded) continue;
    if (state.people?.has(name) === true || state.officers?.has(name) === true) continue;
    return k.name;
  }
  return undefined;
}

/** The company a person the article names speaks for: the one it titled them with, else their family firm. */
export function personCompany(state: ArticleState, name: string): string | undefined {
  return officerCompany(state, name) ?? familyCompany(state, foldText(name));
}

/** Whether a party the engine read is a person the article names (an officer, a titled or family name). */
function isPerson(ctx: SentenceContext, state: ArticleState, p: PartyMention): string | undefined {
  if (p.known) return undefined;
  const full = nameAround(ctx, p.start, p.end);
  const folded = foldText(full ?? p.name);
  const people = state.people;
  if (
    state.officers?.has(folded) === true ||
    people?.has(folded) === true ||
    state.officers?.has(foldText(p.name)) === true ||
    people?.has(foldText(p.name)) === true
  )
    return full ?? p.name;
  return undefined;
}

/** The full name (two or three capitalised words) holding the span, if any. */
function nameAround(ctx: SentenceContext, start: number, end: number): string | undefined {
  const text = ctx.sentence.text;
  const from = Math.max(0, start - 40);
  for (const m of text.slice(from, end + 40).matchAll(NAME)) {
    const s = from + m.index;
    if (s <= start && s + m[0].length >= end) return m[0];
  }
  return undefined;
}

/**
 * "Prewitt declined to comment", "Samuel Le Quintrec a répondu qu'« il n'en est pas question »": a speaker
 * the engine read as a name is a person; the statement is the company they speak for, none when the article
 * ties them to no company.
 */
export function speakersForPeople(
  ctx: SentenceContext,
  state: ArticleState,
  speakers: PartyMention[],
): PartyMention[] {
  if (speakers.length === 0 || (state.people === undefined && state.officers === undefined)) return speakers;
  const out: PartyMention[] = [];
  for (const p of speakers) {
    const person = isPerson(ctx, state, p);
    if (person === undefined) {
      out.push(p);
      continue;
    }
    const company = personCompany(state, person);
    if (company !== undefined) out.push({ ...p, name: company, type: 'company', known: true });
  }
  return out;
}

const SPEECH =
  '(?:dementi|dement|assure|affirme|indique|precise|declare|explique|ajoute|souligne|martele|tranche|insiste|repond|repondu|reagi|confie|confirme|reconnu|reconnait|admis|admet|lache|commente|said|says|told|added|insisted|stressed|declared|confirmed|denied|replied|explained|wrote)';
/** Between the cue and a person named in the speech tag: "…», a démenti ", "…, assure ", "…,” said ". */
const TAG_BEFORE_NAME = new RegExp(
  `^[^«»"“”;]{0,120}?(?:,?\\s*[»"”]\\s*,?|\\s*,)\\s*(?:(?:nous|lui|leur|m')\\s+)?(?:(?:a|ont|avait)(?:-t-(?:il|elle))?\\s+)?(?:(?:ensuite|encore|aussi|alors|deja|enfin|fermement|sechement|immediatement)\\s+)?${SPEECH}\\w*(?:\\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce \\w+|on \\w+))?\\s+(?:(?:son|sa|leur|its|their|le|la|the)\\s+[^,;«»"“”]{2,60},\\s+)?$`,
  'u',
);
/** A capitalised word past the sentence's first: a name the reported clause is about. */
const OTHER_NAME = /\s\p{Lu}/u;
/** '…," Prewitt said': a person named before the speech verb of the tag. */
const TAG_NAME_FIRST = /^[^«»"“”;]{0,120}?[»"”]?\s*,?\s*$/u;
const SPEECH_NEXT = new RegExp(`^\\s+${SPEECH}\\b`, 'u');
const SPEECH_END = new RegExp(`${SPEECH}\\w*$`, 'u');
/** A speech tag that names a voice of no company: a minister, an official of the state, an analyst. */
const OUTSIDE_VOICE = new RegExp(
  `^(?:[^«»"“”;]{0,120}?(?:,?\\s*[»"”]\\s*,?|\\s*,)\\s*(?:(?:a|ont)\\s+)?(?:[a-z]+\\s+)?${SPEECH}\\w*(?:\\s+\\w+)?)?\\s+(?:(?:le|la|l'|the|an?|un|une)\\s*)?(?:ministre|ministere|secretaire d'etat|depute|deputee|senateur|senatrice|maire|prefet|prefete|analyste|economiste|minister|ministry|secretary of state|lawmaker|senator|mayor|analyst|economist)\\b`,
  'u',
);

/**
 * « Il n'est pas question de céder l'entreprise », a démenti le ministre des Armées: a statement a
 * minister, an official or an analyst makes is no company's, whatever company the quote speaks of.
 */
export function outsideVoice(ctx: SentenceContext, cue: { end: number }): boolean {
  return OUTSIDE_VOICE.test(ctx.folded.slice(cue.end, cue.end + 200));
}
/** Between a person and a cue they are the subject of: "Hélène Duvergier n'a pas souhaité", "Prewitt declined". */
const SUBJECT_GAP = /^\s*(?:,[^,;«»"“”]{0,80},\s*)?(?:[\p{L}'-]+\s*[«"“]?\s*){0,5}$/u;

/**
 * « Le capital n'est pas à vendre », a démenti Anne-Laure Beauclair; "Hélène Duvergier n'a pas souhaité
 * faire de commentaire": a statement whose speaker is a person named in its tag or as its subject, credited
 * to the company that person speaks for. Undefined when no person speaks it or none is tied to a company.
 */
export function personVoice(
  ctx: SentenceContext,
  state: ArticleState,
  cue: { index: number; end: number },
): PartyMention | undefined {
  const text = ctx.sentence.text;
  let subject: { name: string; start: number; end: number } | undefined;
  let tag: { name: string; start: number; end: number } | undefined;
  for (const m of text.matchAll(NAME)) {
    const start = m.index;
    const end = start + m[0].length;
    if (end <= cue.index && cue.index - end <= 60) subject = { name: m[0], start, end };
    if (start >= cue.end && tag === undefined && start - cue.end <= 160) tag = { name: m[0], start, end };
  }
  // A surname alone: "Prewitt declined to comment", "…, said Prewitt".
  if (state.officers !== undefined) {
    for (const m of text.matchAll(/\p{Lu}[\p{Ll}'’-]+/gu)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!state.officers.has(foldText(m[0]))) continue;
      if (end <= cue.index && cue.index - end <= 60 && (subject === undefined || start > subject.end))
        subject = { name: m[0], start, end };
      if (start >= cue.end && start - cue.end <= 160 && (tag === undefined || start < tag.start))
        tag = { name: m[0], start, end };
    }
  }
  const between = (a: number, b: number) => ctx.parties.some((p) => p.start >= a && p.end <= b);
  if (tag !== undefined && !companyAt(ctx, state, tag.start, tag.end)) {
    const gap = ctx.folded.slice(cue.end, tag.start);
    // "Lineas is not part of the service and has not been approached, Vandersteene said": outside a quote,
    // a clause told of another name is the speaker's report on it, not their company's own stance.
    const quotes = quoteSpans(ctx.folded);
    const quoted = quotes.some((q) => q.start <= cue.index && q.end >= cue.end);
    const unquoted = quotes.reduce(
      (t, q) => t.slice(0, q.start) + ' '.repeat(q.end - q.start) + t.slice(q.end),
      text,
    );
    const spoken =
      (quoted || !OTHER_NAME.test(unquoted.slice(0, cue.index))) &&
      (TAG_BEFORE_NAME.test(gap) ||
        (TAG_NAME_FIRST.test(gap) && SPEECH_NEXT.test(ctx.folded.slice(tag.end, tag.end + 20))) ||
        // "…», a démenti Matthieu Ollivro": the cue is the tag's own verb, its subject after it.
        (/^\s*$/u.test(gap) && SPEECH_END.test(ctx.folded.slice(cue.index, cue.end))));
    const company = spoken ? personCompany(state, tag.name) : undefined;
    if (company !== undefined)
      return { start: tag.start, end: tag.end, name: company, type: 'company', known: true };
  }
  if (subject !== undefined && !companyAt(ctx, state, subject.start, subject.end)) {
    const gap = ctx.folded.slice(subject.end, cue.index);
    if (SUBJECT_GAP.test(gap) && !between(subject.end, cue.index)) {
      const company = personCompany(state, subject.name);
      if (company !== undefined)
        return { start: subject.start, end: subject.end, name: company, type: 'company', known: true };
    }
  }
  return undefined;
}

/** "Anne Ravel, qui dirige l'entreprise familiale depuis 2015, " : a name, then a clause inserted between commas. */
const INSERTED_GAP = /^\s*,[^,;«»"“”]{3,100},\s*$/u;

/**
 * « Anne-Sophie Vareilles, qui dirige l'entreprise familiale depuis 2015, n'a pas répondu »: a person tied to a
 * company is the subject of the cue, past a clause inserted after their name; a company that clause names (what
 * they run, where they worked) is not the speaker, their company is. Undefined when no such person stands there.
 */
export function personBeforeInsertedClause(
  ctx: SentenceContext,
  state: ArticleState,
  cue: { index: number },
): PartyMention | undefined {
  let subject: PartyMention | undefined;
  for (const m of ctx.sentence.text.matchAll(NAME)) {
    const start = m.index;
    const end = start + m[0].length;
    if (end > cue.index) break;
    if (!INSERTED_GAP.test(ctx.folded.slice(end, cue.index))) continue;
    if (companyAt(ctx, state, start, end)) continue;
    const company = personCompany(state, m[0]);
    if (company !== undefined) subject = { start, end, name: company, type: 'company', known: true };
  }
  return subject;
}
