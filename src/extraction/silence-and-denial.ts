import { type CueMatch, matchAll } from './rules/rule-set.ts';
import type { SentenceContext } from './sentence-context.ts';

/**
 * One speaker, one sentence, a no-comment and a denial side by side: which is the speaker's stance of the day.
 * The denial wins only when it is the speaker's own, current denial of the story. These helpers name the
 * denials that are not: what the speaker declines to comment on, and an answer that only says no offer has
 * come in yet, which leaves the story open when the speaker will say nothing more.
 */

/** Between a no-comment and its object: "declined to comment on the", « tout commentaire sur le ». */
const COMMENT_OBJECT =
  /^\s*(?:sur|on|about|regarding|concerning|concernant|a propos d(?:e |u |es |')|au sujet d(?:e |u |es |'))\s*(?:le |la |les |l'|ce |cet |cette |ces |son |sa |ses |leur |leurs |the |its |their |this |that |these |those )?(?:[\w-]+ ){0,2}$/u;

/**
 * « s'est refusée à tout commentaire sur le démenti de Capgemini », "declined to comment on the denial": the
 * denial is what the speaker keeps silent about, someone else's, not a stance of the speaker.
 */
export function commentedOnDenial(ctx: SentenceContext, cue: Pick<CueMatch, 'index'>): boolean {
  return matchAll(ctx.rules.statement.no_comment, ctx.statusText).some(
    (n) => n.end <= cue.index && COMMENT_OBJECT.test(ctx.folded.slice(n.end, cue.index)),
  );
}

/** "received no approach", « n'a reçu aucune offre », "not aware of any interest": nothing has come in yet. */
const NOTHING_RECEIVED = /\b(?:received|recue?s?|not aware of)\b/u;

/** Whether the denial cue only says no offer or approach has been received. */
export function onlyNothingReceived(ctx: SentenceContext, cue: Pick<CueMatch, 'index' | 'end'>): boolean {
  return NOTHING_RECEIVED.test(ctx.folded.slice(cue.index, cue.end));
}

/** "which had declined to comment at the time", « qui avait refusé de commenter »: a silence recalled. */
const RECALLED_SILENCE = /\b(?:had|avait|avaient)\s+(?:(?:already|previously|then|alors|deja|d'abord)\s+)?$/u;

/** Whether the no-comment cue is an older silence the sentence recalls, not the speaker's answer today. */
export function recalledSilence(ctx: SentenceContext, cue: Pick<CueMatch, 'index'>): boolean {
  return RECALLED_SILENCE.test(ctx.folded.slice(Math.max(0, cue.index - 30), cue.index));
}
