import type { PartyMention } from '../find-parties.ts';

/**
 * "Aldi Nederland and Haldor Dairy have signed a supply deal for yoghurts sold under Aldi's own label": the
 * group whose name opens a side's name ("Aldi" of "Aldi Nederland"), named again beside two sides, is that
 * side's own group told by its short name, no third side. Only among three names or more: a deal between a
 * group and its unit ("Orange and Orange Business") names two sides.
 */
export function withoutGroupOfSide(parties: PartyMention[]): PartyMention[] {
  if (parties.length < 3) return parties;
  const names = new Set(parties.map((p) => p.name));
  if (names.size < 3) return parties;
  const opens = (p: PartyMention) =>
    parties.some((q) => q.name !== p.name && q.name.toLowerCase().startsWith(`${p.name.toLowerCase()} `));
  // Each name keeps its place only if it opens no other side's name.
  const kept = parties.filter((p) => !opens(p));
  return new Set(kept.map((p) => p.name)).size >= 2 ? kept : parties;
}
