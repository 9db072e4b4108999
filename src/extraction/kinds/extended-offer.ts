import type { ArticleState } from '../article-state.ts';
import type { PartyMention } from '../find-parties.ts';

/** How many sentences back the launch an extension continues may have been told (as later-rollouts.ts). */
const REACH = 3;
/** The launch rule whose words say an offer is opened to new places or customers (the rule files' id). */
const EXTENDED = 'offre-etendue';
/** « … que l'offre serait étendue », « Le service sera étendu »: the offer by a definite article alone, no owner named. */
const DEFINITE_BEFORE = /(?:^|\s|\bque |\bqu')(?:l'|le |la |les )$/u;

/**
 * « L'offre commune sera disponible dès juillet. M. Séverac a indiqué que l'offre serait étendue à l'Allemagne en
 * 2030 »: the offer a definite article names, extended to new places, is the one just launched; its launchers extend
 * it, not the company of whoever tells of it. `lead` is the clause's words before the launch words.
 */
export function extendedOfferLaunchers(
  triggerId: string,
  lead: string,
  state: ArticleState,
  index: number,
): PartyMention[] | undefined {
  if (triggerId !== EXTENDED || !DEFINITE_BEFORE.test(lead)) return undefined;
  const last = state.lastLaunch;
  if (last === undefined || index - last.sentence > REACH || index === last.sentence) return undefined;
  const alliance = last.claim.kind === 'launch' ? last.claim.alliance : undefined;
  return last.claim.parties.map((name) => ({
    name,
    type: name === alliance ? 'alliance' : 'company',
    known: true,
    start: 0,
    end: 0,
  }));
}
