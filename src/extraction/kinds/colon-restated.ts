import { commonWords } from '../common-words.ts';
import type { PartyMention } from '../find-parties.ts';
import type { SentenceContext } from '../sentence-context.ts';

/**
 * « Ouarzane Mines a profité du rebond du cuivre : le groupe minier a pris 2,8 % », "Halvern followed the same
 * path: the car distributor lost 3.4%": a described subject opening the clause after a colon restates the
 * company the sentence opened on, whatever company of the story the descriptor alone would have fitted.
 * A name after the colon ("X a déçu : Y a perdu 2 %") is left as it is.
 */

/**
 * The colon right before the descriptor, its article included in the mention or not, or a stock word of it
 * (« Seul X a fait exception : le titre de l'avionneur a reculé », "X lagged: shares in the lender fell").
 */
const COLON_BEFORE =
  /:\s*(?:(?:le titre|l'action|les actions|the shares|shares|the stock) (?:de |d'|du |des |of |in )?)?(?:(?:le|la|les|l'|the)\s?)?$/u;
/**
 * Before the sentence's subject: nothing, or a short fronted phrase (« À l'inverse, », "By contrast, "), or a
 * focus word (« Seul Airbus a fait exception », "Only Airbus bucked the trend").
 */
const SUBJECT_LEAD = /^(?:[^,;:%]{0,40},\s*)?(?:(?:seule?s?|only|meme|even) )?(?:(?:le|la|les|l'|the)\s?)?$/u;
/** A descriptor as written: it opens on a lowercase word, a name on a capital. */
const LOWER_START = /^\p{Ll}/u;

export function colonRestatedSubject(ctx: SentenceContext, own: PartyMention): PartyMention | undefined {
  if (!COLON_BEFORE.test(ctx.folded.slice(Math.max(0, own.start - 30), own.start))) return undefined;
  if (!LOWER_START.test(ctx.sentence.text.slice(own.start, own.end))) return undefined;
  const colon = ctx.folded.lastIndexOf(':', own.start);
  // A market report's bare name the registry does not know ("Ouarzane") heads the sentence as well as a known one.
  const common = commonWords(ctx.rules.language);
  const unknown = ctx.candidates
    .filter(
      (c) =>
        c.place !== true &&
        c.end <= colon &&
        !ctx.folded
          .slice(c.start, c.end)
          .split(/[^\p{L}\p{N}]+/u)
          .every((w) => w === '' || common.has(w)),
    )
    .map((c): PartyMention => ({ name: c.name, type: 'company', known: false, start: c.start, end: c.end }));
  const subject = [...ctx.parties.filter((p) => p.type === 'company' && p.end <= colon), ...unknown].sort(
    (a, b) => a.start - b.start,
  )[0];
  if (subject === undefined || subject.name === own.name) return undefined;
  if (!SUBJECT_LEAD.test(ctx.folded.slice(0, subject.start))) return undefined;
  // The subject's own clause names no other company: "X a signé avec Y : le groupe …" is no restatement.
  if (ctx.parties.some((p) => p.type === 'company' && p.start > subject.end && p.end <= colon))
    return undefined;
  return { ...subject, start: own.start, end: own.end };
}
