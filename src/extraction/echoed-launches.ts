import type { Draft } from './draft.ts';

/** The cue of a launch whose sentence writes no launcher: its party was taken from the story around it. */
export const LAUNCHER_FROM_CONTEXT = 'launch:launcher-from-context';

const guessed = (d: Draft) => d.cues.includes(LAUNCHER_FROM_CONTEXT);

/**
 * "… créent Ophira. Les premiers radars seront commercialisés à partir de 2028." then, further down, "La
 * coentreprise commercialisera ses premiers radars à partir de 2028": a standfirst (or a recap) tells the
 * launch the body tells again with its launcher. The telling with no launcher written, whose party is only
 * the story's guess, is that launch again, not a second one: it goes when another launch of the article
 * has the same date and names its launcher.
 */
export function dropEchoedLaunches(drafts: Draft[]): Draft[] {
  const namedDates = new Set(
    drafts
      .filter((d) => d.claim.kind === 'launch' && !guessed(d) && d.claim.eventDate !== undefined)
      .map((d) => d.claim.eventDate),
  );
  if (namedDates.size === 0) return drafts;
  return drafts.filter((d) => d.claim.kind !== 'launch' || !guessed(d) || !namedDates.has(d.claim.eventDate));
}
