import { foldText } from '../entities/fold-text.ts';
import type { Draft } from './draft.ts';
import type { PartyMention } from './find-parties.ts';
import { firstCue, type RuleSet } from './rules/rule-set.ts';
import type { SentenceContext } from './sentence-context.ts';
import type { Sentence } from './split-sentences.ts';

/**
 * An interview transcript: the paragraphs where the interviewee answers, and the question each answers.
 * In an answer, "we", "nous", "our" are the interviewee's company, and an unattributed denial is theirs.
 */
export interface Interview {
  /** Answer paragraph -> the folded question paragraph before it. */
  answers: Map<number, string>;
  /** Paragraph of the first question: the lead before it introduces the interviewee. */
  firstTurn: number;
  /** Answer paragraph -> end of its speaker label ("Verhulst:"), for labelled transcripts. */
  labels: Map<number, number>;
  /** Question paragraphs: there "vous", "you" stand for the interviewee's company. */
  questions: Set<number>;
  /** The interviewer's label ("argentum", "q"), folded, when the transcript labels the questions. */
  asker?: string;
}

/** "Verhulst:", "Aurélien Sauvenay :", "Q:": a speaker label opening a paragraph. */
const LABEL =
  /^([\p{Lu}][\p{L}'’.-]*(?:(?: (?:&|du|de|des|de la|la|le|of|the))?[ -][\p{Lu}][\p{L}'’.-]*){0,3})\s?:\s/u;
/** "— Claire Gaudrille : …": a dash opening a turn, as French transcripts print them. */
const TURN_DASH = /^[—–-]\s*/u;
const labelIn = (text: string): RegExpExecArray | null => {
  const dash = TURN_DASH.exec(text)?.[0].length ?? 0;
  const m = LABEL.exec(text.slice(dash));
  if (m !== null) m[0] = text.slice(0, dash + m[0].length);
  return m;
};
const ASKING_END = /(?:\?|\.\.\.|…)\s*$/u;
const ASKER = new Set(['q', 'question', 'questions', 'interviewer']);
const OPENING_QUOTE = /^\s*[«"“]/u;

/** Finds the turns of an interview, if the article is one: at least two questions each followed by an answer. */
export function findInterview(sentences: readonly Sentence[], publisher?: string): Interview | undefined {
  const paragraphs = new Map<number, Sentence[]>();
  for (const s of sentences) {
    if (!s.body) continue;
    const list = paragraphs.get(s.paragraph);
    if (list === undefined) paragraphs.set(s.paragraph, [s]);
    else list.push(s);
  }
  const order = [...paragraphs.keys()].sort((a, b) => a - b);
  const textOf = (p: number) => (paragraphs.get(p) ?? []).map((s) => s.text).join(' ');
  // Labelled transcript: two speakers, each opening two paragraphs or more.
  const labelOf = new Map<number, string>();
  const counts = new Map<string, number>();
  for (const p of order) {
    const m = labelIn(textOf(p));
    if (m === null) continue;
    const label = foldText(m[1] as string);
    labelOf.set(p, label);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const speakers = [...counts.entries()].filter(([, n]) => n >= 2).map(([l]) => l);
  const answers = new Map<number, string>();
  const labels = new Map<number, number>();
  const questions = new Set<number>();
  let firstTurn = -1;
  let asker: string | undefined;
  const outlet = publisher === undefined ? '' : foldText(publisher);
  if (speakers.length === 2) {
    asker = speakers.find((l) => namesInterviewer(l, outlet) || l.endsWith('?'));
    // Without a known outlet, the interviewer is the speaker whose turns end on a question mark.
    asker ??= speakers
      .map((l) => ({
        l,
        q: order.filter((p) => labelOf.get(p) === l && /\?\s*$/u.test(textOf(p))).length,
      }))
      .sort((a, b) => b.q - a.q)[0]?.l;
    let question: string | undefined;
    for (const p of order) {
      const label = labelOf.get(p);
      if (label === asker) {
        question = foldText(textOf(p));
        questions.add(p);
        if (firstTurn < 0) firstTurn = p;
      } else if (label !== undefined && speakers.includes(label) && question !== undefined) {
        answers.set(p, question);
        labels.set(p, (labelIn(textOf(p)) as RegExpExecArray)[0].length);
      }
    }
  } else if (
    speakers.length === 1 &&
    (namesInterviewer(speakers[0] as string, outlet) ||
      mostTurnsAsk(speakers[0] as string, order, labelOf, textOf))
  ) {
    // Only the interviewer is labelled ("Argentum : … ?"): what follows each question, up to the next, answers
    // it, the interviewee's name opening the first answer or not ("Mathilde Pruvost : Tout.").
    asker = speakers[0] as string;
    let question: string | undefined;
    for (const p of order) {
      const label = labelOf.get(p);
      if (label === asker) {
        question = foldText(textOf(p));
        questions.add(p);
        if (firstTurn < 0) firstTurn = p;
      } else if (question !== undefined && !OPENING_QUOTE.test(textOf(p))) {
        answers.set(p, question);
        if (label !== undefined) labels.set(p, (labelIn(textOf(p)) as RegExpExecArray)[0].length);
      }
    }
  } else if (speakers.length === 1) {
    // Only the interviewee is labelled ("Ambler: …"): the unlabelled paragraphs between the answers ask.
    const speaker = speakers[0] as string;
    let question: string | undefined;
    let answered = false;
    for (const p of order) {
      const text = textOf(p);
      const label = labelOf.get(p);
      if (label === undefined && (answered || /\?\s*$/u.test(text))) {
        question = foldText(text);
        questions.add(p);
        if (firstTurn < 0) firstTurn = p;
      } else if (label === speaker && question !== undefined) {
        answers.set(p, question);
        labels.set(p, (labelIn(text) as RegExpExecArray)[0].length);
        answered = true;
      }
    }
  } else if (speakers.length === 0) {
    // Unlabelled transcript: question paragraphs, each followed by its answer. A prompt trailing off
    // ("Vous avez laissé planer le doute…") asks too.
    let question: string | undefined;
    for (const p of order) {
      const text = textOf(p);
      if (ASKING_END.test(text)) {
        question = foldText(text);
        questions.add(p);
        if (firstTurn < 0) firstTurn = p;
      } else if (question !== undefined) {
        answers.set(p, question);
        question = undefined;
      }
    }
    // "You are announcing a partnership today." then "“Yes, we've signed …”": where every answer is a
    // quote, an unquoted turn before a quote asks too, question mark or not.
    const quoted = [...answers.keys()];
    if (quoted.length > 0 && quoted.every((p) => OPENING_QUOTE.test(textOf(p)))) {
      for (const [n, p] of order.entries()) {
        const before = order[n - 1];
        if (
          before === undefined ||
          before < firstTurn ||
          answers.has(p) ||
          questions.has(p) ||
          !OPENING_QUOTE.test(textOf(p)) ||
          OPENING_QUOTE.test(textOf(before))
        )
          continue;
        questions.add(before);
        answers.set(p, foldText(textOf(before)));
      }
    }
  }
  if (answers.size < 2) return undefined;
  return asker === undefined
    ? { answers, firstTurn, labels, questions }
    : { answers, firstTurn, labels, questions, asker };
}

/** Whether a folded label is the interviewer's by its name: "Q", "Question", or the outlet (folded, may be ''). */
function namesInterviewer(label: string, outlet: string): boolean {
  return ASKER.has(label) || (outlet !== '' && (outlet.includes(label) || label.includes(outlet)));
}

/** Whether a label's turns mostly ask: the one labelled speaker is then the interviewer, whatever its name. */
function mostTurnsAsk(
  label: string,
  order: readonly number[],
  labelOf: ReadonlyMap<number, string>,
  textOf: (p: number) => string,
): boolean {
  const turns = order.filter((p) => labelOf.get(p) === label);
  // "Vos clients exigent aussi des garanties…", "You have also signed with ING.": most turns ask, not all.
  const asking = turns.filter((p) => ASKING_END.test(textOf(p))).length;
  return turns.length >= 3 && asking >= turns.length * 0.6;
}

/** An officer named with the company: "Equinix's president for Europe", "le directeur général de Maison Sauvenay". */
const OFFICER =
  '(?:chief executive(?: officer)?|ceo|chief [a-z]+ officer|chief|president|chair(?:man|woman)?|(?:co-?)?founder|managing director|head|boss|directeur general|directrice generale|pdg|p-dg|presidente?|(?:co-?)?fondat(?:eur|rice)|dirigeante?|patronne?)';
const OFFICER_OF = new RegExp(
  `\\b${OFFICER}(?: [\\w-]+){0,3} (?:de |d'|du |of |at )(?:la |le |l'|the )?$`,
  'u',
);
const OWNER_OF = new RegExp(`^'s (?:[\\w-]+ )?${OFFICER}\\b`, 'u');
const ITS_OFFICER = new RegExp(
  `(?:^|[\\s,])(?:its|their|son|sa|leur) (?:[\\w-]+ )?${OFFICER}\\b|\\b(?:spoke|talked|speaks|talks|sat down) (?:to|with) (?:its |the company's |the group's )?${OFFICER}\\b|\\b(?:s'est entretenu|a rencontre|a interroge) (?:avec )?(?:son |sa |le |la )?${OFFICER}\\b`,
  'u',
);

/** "Chief executive Priya Ransome, who co-founded the company, spoke to …": an officer of no company named is the topic's. */
const BARE_OFFICER = new RegExp(`^\\s*${OFFICER}\\s+[a-z'-]+(?: [a-z'-]+)?\\s*,`, 'u');

/** The company the lead says the interviewee runs, if this lead sentence says it. */
export function intervieweeIn(ctx: SentenceContext, topic: PartyMention | undefined): string | undefined {
  // "le président de Tissages Ardent": a name an officer heads is a company, known or not.
  for (const p of [...ctx.parties, ...ctx.candidates.map((c) => ({ ...c, type: 'company' as const }))]) {
    if (p.type !== 'company') continue;
    if (OFFICER_OF.test(ctx.folded.slice(Math.max(0, p.start - 60), p.start))) return p.name;
    if (OWNER_OF.test(ctx.folded.slice(p.end, p.end + 40))) return p.name;
  }
  // "Its chief executive, Naomi Verhulst, spoke to …": the company the lead was about.
  return (ITS_OFFICER.test(ctx.folded) || BARE_OFFICER.test(ctx.folded)) && topic?.type === 'company'
    ? topic.name
    : undefined;
}

const FIRST_PERSON = /\b(?:we|our|us|i|nous|notre|nos|je)\b|\bj'/gu;

/** In an answer, the speaker label and the first person stand for the interviewee's company. */
export function withInterviewee(
  ctx: SentenceContext,
  interview: Interview,
  company: string,
  opensTurn: boolean,
): PartyMention[] {
  const own = (start: number, end: number): PartyMention => ({
    name: company,
    type: 'company',
    known: true,
    start,
    end,
  });
  const out = [...ctx.parties];
  const label = opensTurn ? interview.labels.get(ctx.sentence.paragraph) : undefined;
  if (label !== undefined) {
    // The label's name ("Aurélien Sauvenay") is the person speaking, not a company of its own.
    const kept = out.filter((p) => p.start >= label);
    out.length = 0;
    out.push(own(0, Math.max(1, label - 2)), ...kept);
  }
  FIRST_PERSON.lastIndex = 0;
  for (const m of ctx.folded.matchAll(FIRST_PERSON)) {
    if (out.some((p) => m.index < p.end && m.index + m[0].length > p.start)) continue;
    out.push(own(m.index, m.index + m[0].length));
  }
  return out.sort((a, b) => a.start - b.start);
}

const SECOND_PERSON = /\b(?:you|your|vous|votre|vos)\b/gu;

/**
 * "Vous avez signé en mars un partenariat avec X. Où en est-il ?": the interviewer's "vous", "you" address
 * the interviewee's company, in a question paragraph or in any turn after the first that is no answer.
 */
export function withAddressee(ctx: SentenceContext, interview: Interview, company: string): PartyMention[] {
  const paragraph = ctx.sentence.paragraph;
  const addressed =
    interview.questions.has(paragraph) ||
    (interview.firstTurn >= 0 && paragraph >= interview.firstTurn && !interview.answers.has(paragraph));
  if (!addressed) return ctx.parties;
  // "Ledger Desk: You have also signed with a bank.": the interviewer's label names no party.
  const label = labelIn(ctx.sentence.text);
  const asking =
    label !== null && interview.asker !== undefined && foldText(label[1] as string) === interview.asker;
  const out = asking ? ctx.parties.filter((p) => p.start >= label[0].length) : [...ctx.parties];
  SECOND_PERSON.lastIndex = 0;
  for (const m of ctx.folded.matchAll(SECOND_PERSON)) {
    if (out.some((p) => m.index < p.end && m.index + m[0].length > p.start)) continue;
    out.push({ name: company, type: 'company', known: true, start: m.index, end: m.index + m[0].length });
  }
  return out.length === ctx.parties.length && !asking ? ctx.parties : out.sort((a, b) => a.start - b.start);
}

/** "Avez-vous été approchés ?", "Were you approached?": the question asks about a takeover approach. */
const APPROACHED = /\b(?:approche(?:e|s|es)?|approached|sollicite(?:e|s|es)?)\b/u;

/**
 * "Avez-vous été approchés ? — Jamais. Il n'y a eu aucune discussion avec LVMH": talks the answer
 * denies between the interviewee's company and another are the purchase the question asked about.
 */
export function answersAsAskedPurchase(
  drafts: Draft[],
  questionOf: ReadonlyMap<number, string>,
  company: string,
  rules: RuleSet,
): void {
  for (const d of drafts) {
    const claim = d.claim;
    const question = questionOf.get(d.sentence);
    if (question === undefined || claim.kind !== 'agreement' || claim.alliance !== undefined) continue;
    if (claim.parties.length !== 2 || !claim.parties.includes(company)) continue;
    // "the Iberdrola partnership changes the picture": a deal of its own kind is no purchase asked about.
    if (d.cues.includes('agreement:typed')) continue;
    // Cue by cue rather than their union regex: the same answer, most cues skipped by their literals.
    if (firstCue(rules.acquisition.triggers, question) === undefined && !APPROACHED.test(question)) continue;
    const other = claim.parties.find((p) => p !== company) as string;
    const { alliance: _alliance, ...rest } = claim;
    d.claim = { ...rest, kind: 'acquisition', parties: [other, company] };
    d.rule = `${d.rule}+asked-purchase`;
  }
}
