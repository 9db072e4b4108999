import type { PartyMention } from '../find-parties.ts';
import { firstCue } from '../rules/rule-set.ts';
import type { SentenceContext, Span } from '../sentence-context.ts';

/** Parties the sentence names as NOT part of the deal ("sans Orange", "Airbus ne fait pas partie"). */
export function excludedParties(
  ctx: SentenceContext,
  clause: Span,
  parties: readonly PartyMention[],
): Set<PartyMention> {
  const out = new Set<PartyMention>();
  const { exclusion } = ctx.rules;
  for (const p of parties) {
    // The cues are anchored next to the name and a few words long: a bounded window is enough.
    const before = ctx.folded.slice(Math.max(clause.start, p.start - 80), p.start);
    // "Havas, qui avait approché Quantelle l'an dernier, ne participe pas au projet": the name heading an
    // inserted clause is excluded by the verb after it, even for what the inserted clause tells.
    const heads = ctx.inserted.find((a) => a.clause.start === p.start);
    const end = heads === undefined ? clause.end : Math.max(clause.end, outerEnd(ctx, p.start));
    const after = ctx.folded.slice(p.end, Math.min(end, p.end + 200));
    const cue = firstCue(exclusion.after, before, ctx.folded);
    if (
      (cue !== undefined && (!cue.id.endsWith('incise-finale') || reportsOthers(p, parties))) ||
      firstCue(exclusion.before, after, ctx.folded) !== undefined ||
      ownerOfNext(ctx.folded, p, parties) ||
      (trailingSpeaker(ctx.folded, p, parties) && reportsOthers(p, parties))
    )
      out.add(p);
  }
  return out;
}

/**
 * A tag's speaker reports a deal between others only when the sentence names two others: in "Il n'y a pas eu
 * la moindre discussion avec Safran, a indiqué Orvane" the speaker is the other side of the talks it denies.
 */
function reportsOthers(p: PartyMention, parties: readonly PartyMention[]): boolean {
  const others = new Set<string>();
  for (const q of parties) if (q.name !== p.name) others.add(q.name);
  return others.size >= 2;
}

function outerEnd(ctx: SentenceContext, pos: number): number {
  return ctx.clauses.find((c) => pos >= c.start && pos < c.end)?.end ?? ctx.folded.length;
}

/** "The US Space Force's Space Systems Command has awarded …": the owner named in a possessive before the body that acts. */
function ownerOfNext(folded: string, p: PartyMention, parties: readonly PartyMention[]): boolean {
  if (folded.charCodeAt(p.end) !== 39 || folded.charCodeAt(p.end + 1) !== 115) return false;
  const next = folded.startsWith("'s the ", p.end) ? p.end + 7 : p.end + 3;
  return parties.some((q) => q !== p && q.start === next && q.name !== p.name);
}

const TAG_BEFORE = /,\s*(?:the |a |an )?$/u;
const TAG_AFTER =
  /^\s*(?:said|says|announced|confirmed|reported|stated|disclosed|noted)(?: (?:on|in|late|early|earlier|this|last|via|through|at) (?:[\w'-]+ ?){1,7})?\s*\.?\s*$/u;

/**
 * "Space Systems Command has awarded Tidewater a contract, the Department of Defense said on Tuesday": the
 * speaker of a tag closing the sentence tells the deal; named only there, it is no party.
 */
function trailingSpeaker(folded: string, p: PartyMention, parties: readonly PartyMention[]): boolean {
  return (
    folded.length - p.end < 80 &&
    // "Two weeks after denying any talks, Halvane announced …": a fronted phrase names no deal before the subject.
    parties.some((q) => q.end < p.start && q.name !== p.name) &&
    TAG_BEFORE.test(folded.slice(Math.max(0, p.start - 8), p.start)) &&
    TAG_AFTER.test(folded.slice(p.end))
  );
}
