import type { ClaimForStatus } from './claim-for-status.ts';
import { normaliseName } from './normalise-name.ts';

// Words that mark an anonymous or unnamed source: the article reporting it is then its own source.
const ANONYMOUS =
  /\b(sources?|proches?|familiar|informations?|rumeurs?|rumou?rs?|people|personnes?|persons?|insiders?|analystes?|analysts?|entourage|officials?|observateurs?|observers?|milieux)\b/;
// "nos confrères du JDN", "le site Les Echos", "according to the newspaper X" -> the outlet's own name.
const OUTLET_LEAD =
  /^(selon |d apres |according to )?(nos |notre |our |the |le |la |les |l )?(confreres?|colleagues?|site|quotidien|journal|newspaper|magazine|hebdomadaire|agence|agency|media)?\s*(de la |du |de l |des |de |d |at |of )?/;

/** The party named by an attribution ("Microsoft", "un porte-parole d'Orange"), if any. */
export function partyNamedBy(attribution: string, parties: ReadonlySet<string>): string | undefined {
  const text = ` ${normaliseName(attribution)} `;
  for (const party of parties) if (text.includes(` ${party} `)) return party;
  return undefined;
}

/** The outlet an attribution names, or undefined when it is anonymous ("des sources concordantes"). */
export function outletNamedBy(attribution: string): string | undefined {
  const text = normaliseName(attribution);
  if (!text || ANONYMOUS.test(text)) return undefined;
  const outlet = text.replace(OUTLET_LEAD, '').trim();
  return outlet ? outletKey(outlet) : undefined;
}

/** An outlet's comparison name: "Les Echos", "les échos" and "Echos" meet. */
export function outletKey(name: string): string {
  const text = normaliseName(name);
  return text.replace(/^(le|la|les|l|the)\s+(?=\S)/, '') || text;
}

/** True when the claim is a party's own word: attributed to a party, a party's statement, a party's release. */
export function isPartyVoice(claim: ClaimForStatus, parties: ReadonlySet<string>): boolean {
  if (claim.kind === 'statement') return true;
  if (claim.attribution && partyNamedBy(claim.attribution, parties)) return true;
  return parties.has(normaliseName(claim.publisher));
}

/**
 * Groups claims into independent sources and returns the source of each claim (by claim id).
 * - a party's own word has the party as source, however many outlets relay it;
 * - an article citing an outlet ("selon Bloomberg") has that outlet as source, and the citing
 *   publisher is tied to it for this fact, so attribution chains (A cites B cites C) collapse to one;
 * - the same sentence under several publishers is a syndicated copy: one source.
 */
export function independentSources(
  claims: readonly ClaimForStatus[],
  parties: ReadonlySet<string>,
): Map<number, string> {
  const parent = new Map<string, string>();
  const find = (node: string): string => {
    let root = node;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(node, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    // Deterministic roots, so that the same claims always give the same source names.
    if (ra !== rb) ra < rb ? parent.set(rb, ra) : parent.set(ra, rb);
  };

  const nodeOf = new Map<number, string>();
  const byEvidence = new Map<string, string>();
  for (const claim of claims) {
    const publisherNode = `outlet:${outletKey(claim.publisher)}`;
    let node = publisherNode;
    const party = claim.attribution ? partyNamedBy(claim.attribution, parties) : undefined;
    if (claim.kind === 'statement') node = `party:${normaliseName(claim.parties[0] ?? claim.publisher)}`;
    else if (party) node = `party:${party}`;
    else if (parties.has(normaliseName(claim.publisher))) node = `party:${normaliseName(claim.publisher)}`;
    else if (claim.attribution) {
      const outlet = outletNamedBy(claim.attribution);
      if (outlet) {
        node = `outlet:${outlet}`;
        union(publisherNode, node);
      }
    }
    find(node);
    nodeOf.set(claim.id, node);
    const sentence = normaliseName(claim.evidenceText);
    if (sentence.length >= 20) {
      const seen = byEvidence.get(sentence);
      if (seen) union(seen, node);
      else byEvidence.set(sentence, node);
    }
  }
  const sources = new Map<number, string>();
  for (const [id, node] of nodeOf) sources.set(id, find(node));
  return sources;
}
