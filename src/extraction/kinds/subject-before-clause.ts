import { commonWords } from '../common-words.ts';
import type { PartyMention } from '../find-parties.ts';
import type { CueMatch } from '../rules/rule-set.ts';
import type { SentenceContext } from '../sentence-context.ts';

/**
 * "Norrhalt Steel, which swung … on reports that ArcelorMittal wanted to buy it, added 1.1%", « l'action
 * Sauvagnac, qui détenait 35 % du transporteur, a gagné 6,4 % », "Cellvanta shares, which had jumped on
 * Monday …, fell 3.1%": a comma-bounded clause between the subject and its move verb. The clause may name
 * another company, hold a figure of its own (which moves the window a move looks back through) or run
 * past the reach a bare name is given; the subject before it is still the mover.
 */

/**
 * What may open the inserted clause: a relative pronoun, a participle telling where the company stands, or one
 * telling its state after news ("still licking its wounds after …", "reeling from", "buoyed by").
 */
const INSERT_OPENING =
  /^\s*(?:qui|dont|lequel|laquelle|lesquels|lesquelles|which|who|whose|(?:in|of|for|at|from|with|to) which|cotee?s?|introduite?s? en bourse|listed|traded|based|basee?s?|headquartered|installee?s?|implantee?s?|detenue?s?|owned|controlee?s?|controlled|fondee?s?|founded|creee?s?|(?:still|already|again) [a-z]+ing|(?:still )?(?:reeling|smarting|licking|nursing|stung|bruised|battered|buoyed|fresh from))\b/u;
/** Between the subject and the clause: its stock word at most ("Cellvanta shares, which …"). */
const TO_INSERT = /^(?:'s?)?(?:\s+(?:shares|stock|share price))?\s*$/u;
/** Before the subject, from its segment's start: a short fronted phrase, a stock word, an article. */
const SUBJECT_LEAD =
  /^(?:[^,;:%]{0,50},\s*)?(?:(?:l'action|le titre|les actions|les titres|shares in|shares of|stock in)\s+(?:de |d'|du )?)?(?:les |la |le |l'|the )?$/u;
/**
 * Between the closing comma and the move verb: auxiliaries, adverbs, a contrast ("ont en revanche bondi"), the
 * session's close or open ("closed up 8.8%", « a terminé en hausse de »).
 */
const TO_VERB =
  /^\s*(?:(?:has|have|had|was|were|is|are|also|then|still|now|however|meanwhile|closed|ended|finished|opened|a|ont|avait|avaient|est|sont|aussi|encore|termine|cloture|fini|ouvert|en revanche|au contraire|pour sa part|pour leur part|de son cote|de leur cote|quant a lui|quant a elle)\s+)*$/u;
/** The inserted clause is short: a long one is a sentence of its own, whatever its commas. */
const INSERT_MAX = 200;
/** From the move verb to its figure: "a progressé de ", "dropped ", "added ". */
const VERB_TO_FIGURE = 24;

export interface ClauseSubject {
  mover: PartyMention;
  /** Where the move's own words start: right after the clause's closing comma. */
  clauseEnd: number;
}

/**
 * The company heading the sentence's subject before an inserted clause, when the move verb of the figure at
 * `percentAt` follows the clause's closing comma directly; undefined otherwise. `others` are index and
 * quantity cues: a name inside or right after one ("Le CAC 40, qui …") is no company.
 */
export function subjectBeforeClause(
  ctx: SentenceContext,
  moves: readonly CueMatch[],
  others: readonly CueMatch[],
  percentAt: number,
): ClauseSubject | undefined {
  const { folded } = ctx;
  const close = folded.lastIndexOf(',', percentAt);
  if (close < 0) return undefined;
  const verb = moves.find(
    (m) =>
      m.index > close &&
      m.end <= percentAt + 1 &&
      percentAt - m.end <= VERB_TO_FIGURE &&
      TO_VERB.test(folded.slice(close + 1, m.index)),
  );
  if (verb === undefined) return undefined;
  // The clause opens at the comma before: one comma-bounded clause, no figure's decimal comma ("1,2 %").
  let open = folded.lastIndexOf(',', close - 1);
  while (open > 0 && /\d/u.test(folded[open - 1] ?? '') && /\d/u.test(folded[open + 1] ?? ''))
    open = folded.lastIndexOf(',', open - 1);
  // "Shares of Cairnvale, the London-listed fund that owns 22% of the company, closed up 8.8%": an apposition the
  // sentence's reading already set between the name and its verb opens the clause as well.
  const apposed = ctx.inserted.some((x) => x.open === open && x.clause.end <= close);
  if (
    open < 0 ||
    close - open > INSERT_MAX ||
    !(apposed || INSERT_OPENING.test(folded.slice(open + 1, close)))
  )
    return undefined;
  const segmentStart = Math.max(folded.lastIndexOf(';', open), folded.lastIndexOf(':', open)) + 1;
  const subject = subjectAt(ctx, others, segmentStart, open);
  return subject === undefined ? undefined : { mover: subject, clauseEnd: close + 1 };
}

/** The company (or unmarked capitalised name) ending right before the clause and heading its segment. */
function subjectAt(
  ctx: SentenceContext,
  others: readonly CueMatch[],
  segmentStart: number,
  open: number,
): PartyMention | undefined {
  const { folded } = ctx;
  const fits = (start: number, end: number) =>
    start >= segmentStart &&
    end <= open &&
    TO_INSERT.test(folded.slice(end, open)) &&
    SUBJECT_LEAD.test(folded.slice(segmentStart, start)) &&
    !others.some((m) => m.index < end && m.end > start);
  const party = ctx.parties.find((p) => p.type === 'company' && fits(p.start, p.end));
  if (party !== undefined) return party;
  // "Les Tanneries Ossaud, cotées sur …": a name nothing else marked, unless all its words are common ones
  // ("Utilities, which …", "Carmakers, which …").
  const common = commonWords(ctx.rules.language);
  const candidate = ctx.candidates.find(
    (c) =>
      c.place !== true &&
      fits(c.start, c.end) &&
      !folded
        .slice(c.start, c.end)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
        .every((w) => common.has(w)),
  );
  return candidate === undefined
    ? undefined
    : { name: candidate.name, type: 'company', known: false, start: candidate.start, end: candidate.end };
}
