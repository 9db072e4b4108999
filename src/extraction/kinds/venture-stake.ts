import { foldText } from '../../entities/fold-text.ts';
import type { ArticleState } from '../article-state.ts';
import type { PartyMention } from '../find-parties.ts';
import type { SentenceContext } from '../sentence-context.ts';

/**
 * A share of a joint venture taken by an outside investor: "Velmont and Arcadis formalised Orbiscope, with Korvel and
 * Banca Sarni each taking 10%", « Korvel et la Banca Sarni ont chacune souscrit 10 % du capital » right after the
 * venture's creation, « 10 % du capital de la future société ». The share names no company of its own: it is one of
 * the venture the article has in view, never of one of its founders (whose own shares, « en détiendront chacun 40 % »,
 * are no purchase).
 */

/** A share in the trigger or right after it. */
const SHARE_TOLD = /\d\s?(?:%|percent|per cent|pour cent)/u;
/**
 * Right after the share: nothing of its own, the capital alone, or the venture told by a descriptor ("of the new
 * company", « du capital de la future société »; not "of the company", which is the story's company).
 */
const VENTURE_SHARE_AFTER =
  /^[^,;.]{0,12}?(?:\s*(?:[,;.]|$|\b(?:and|et|for|pour|while|alors|le solde|the rest|with|avec)\b)|\s+(?:(?:du|de son|de leur) capital|(?:of|in) (?:the|its|their) (?:capital|equity))(?:\s*[,;.]|\s*$|\s+(?:pour|for|et|and|le solde|the rest)\b|\s+(?:de|d'|of) ?(?:la|cette|l'|the|this) ?(?:(?:future|nouvelle|new|planned) (?:societe|entite|structure|entreprise|company|entity)|coentreprise|co-entreprise|entreprise commune|filiale commune|(?:joint )?venture)\b)|\s+(?:of|in) (?:the|this) (?:(?:new|future|planned) (?:company|entity)|(?:new |future |planned )?(?:joint )?venture)\b)/u;

/** The joint venture the share is of, when the article has one in view and the buyer is none of its founders. */
export function ventureStake(
  ctx: SentenceContext,
  trigger: { index: number; end: number },
  buyer: PartyMention,
  state: ArticleState,
): PartyMention | undefined {
  const venture = state.alliance;
  if (venture === undefined || venture === buyer.name || state.founders?.includes(buyer.name) === true)
    return undefined;
  if (!SHARE_TOLD.test(ctx.folded.slice(trigger.index, trigger.end + 30))) return undefined;
  const share = SHARE_TOLD.exec(ctx.folded.slice(trigger.index));
  if (share === null) return undefined;
  const shareEnd = trigger.index + share.index + share[0].length;
  if (!VENTURE_SHARE_AFTER.test(ctx.folded.slice(shareEnd, shareEnd + 90))) return undefined;
  // The venture named in this sentence before the buyer, or in the sentence before, or created by the founders'
  // deal the article told last (« … la création de Cielora. Les deux industriels en détiendront chacun 40 %. »).
  const folded = foldText(venture);
  const inSentence = ctx.folded.indexOf(folded);
  const named =
    (inSentence >= 0 && inSentence < buyer.start) ||
    state.foundersVenture === venture ||
    state.previous?.folded.includes(folded) === true ||
    /\b(?:future|nouvelle|new|planned) (?:societe|coentreprise|entite|structure|venture|joint venture|company|entity)\b/u.test(
      ctx.folded.slice(shareEnd, shareEnd + 90),
    );
  // Not in the sentence: no position, so never taken for a speaker.
  return named ? { name: venture, type: 'company', known: true, start: -1, end: -1 } : undefined;
}
