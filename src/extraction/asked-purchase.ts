import { foldText } from '../entities/fold-text.ts';
import type { Draft } from './draft.ts';
import { firstCue, type RuleSet } from './rules/rule-set.ts';

/**
 * "Is Apple about to buy Fontcouverte?" over "Apple has held several meetings with Fontcouverte":
 * the talks the body reports between the two companies the headline names are the takeover talks
 * it asks about. Only hedged talks turn: a deal the body asserts keeps its own kind.
 */
export function talksAsAskedPurchase(drafts: Draft[], title: string | undefined, rules: RuleSet): void {
  if (title === undefined || !rules.question.test(title)) return;
  const folded = foldedTitle(title);
  // Cue by cue, not the union regex of them all: the literal gate skips most cues, and one cue's
  // regex is far cheaper than the union tried at every position of the title.
  if (firstCue(rules.acquisition.triggers, folded) === undefined) return;
  for (const d of drafts) {
    const claim = d.claim;
    if (claim.kind !== 'agreement' || claim.status !== 'rumour' || claim.alliance !== undefined) continue;
    // "les discussions porteraient aussi sur un accord de fourniture": a second deal beside the purchase asked.
    if (d.cues.includes('agreement:companion')) continue;
    if (claim.parties.length !== 2) continue;
    const at = claim.parties.map((p) => folded.indexOf(foldedTitle(p)));
    if (at.some((i) => i < 0)) continue;
    // The buyer is the one the headline names first.
    const parties = (at[0] as number) <= (at[1] as number) ? claim.parties : [...claim.parties].reverse();
    const { alliance: _alliance, ...rest } = claim;
    d.claim = { ...rest, kind: 'acquisition', parties };
    d.rule = `${d.rule}+asked-purchase`;
    d.cues.push('rumour:interrogative-headline');
  }
}

function foldedTitle(text: string): string {
  return foldText(text);
}
