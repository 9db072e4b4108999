import { outsiderTag, quoteSpans } from './quote-tag-speaker.ts';
import type { SentenceContext } from './sentence-context.ts';

/** A sentence made of one quotation and nothing after it but its full stop: no tag of its own. */
const OPENS_ON_QUOTE = /^\s*[«"“]/u;
const NOTHING_AFTER = /^[\s.!?…»"”]*$/u;

/**
 * « Un adossement réglerait le problème », observe Marion Roux, analyste chez Pellbury. « Mais la famille n'est pas
 * vendeuse. »: a quotation with no tag that follows, in the same paragraph, a quotation an outside commentator (an
 * analyst, a banker, a lawyer) was credited with goes on in that commentator's words. What it denies or confirms
 * is their reading, no statement of a company of the story.
 */
export function outsiderQuoteGoesOn(ctx: SentenceContext, previous: SentenceContext | undefined): boolean {
  if (previous === undefined || previous.sentence.paragraph !== ctx.sentence.paragraph) return false;
  if (!OPENS_ON_QUOTE.test(ctx.sentence.text)) return false;
  const own = quoteSpans(ctx.sentence.text)[0];
  // An unclosed quotation runs to the end of the sentence; a closed one must end it.
  if (own !== undefined && !NOTHING_AFTER.test(ctx.sentence.text.slice(own.end))) return false;
  const last = quoteSpans(previous.sentence.text).at(-1);
  return last !== undefined && outsiderTag(previous.folded, last.end);
}
