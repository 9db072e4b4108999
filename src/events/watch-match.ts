import type { WatchRule } from '../config/config-schema.ts';
import { normaliseName } from './normalise-name.ts';

export interface WatchedChange {
  kind: string;
  parties: readonly string[];
  alliance: string | null;
  from: string | null;
  to: string;
}

/**
 * True when some watch rule asks for this change. The initial status of a fact (from null) is never
 * alerted. Inside a rule every given filter must match: its transitions, one of its parties, one of
 * its alliances, one of its kinds (names compare without case or accents).
 */
export function isWatched(change: WatchedChange, rules: readonly WatchRule[]): boolean {
  if (change.from === null) return false;
  const transition = `${change.from}->${change.to}`;
  const parties = new Set(change.parties.map(normaliseName));
  const alliance = change.alliance ? normaliseName(change.alliance) : undefined;
  return rules.some(
    (rule) =>
      (rule.transitions as readonly string[]).includes(transition) &&
      (!rule.parties || rule.parties.some((p) => parties.has(normaliseName(p)))) &&
      (!rule.alliances ||
        (alliance !== undefined && rule.alliances.some((a) => normaliseName(a) === alliance))) &&
      (!rule.kinds || rule.kinds.includes(change.kind)),
  );
}
