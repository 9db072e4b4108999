import type { Span } from '../sentence-context.ts';

/**
 * A name the sentence describes, in an apposition right after it (past its acronym in brackets), as a public
 * authority: "the Bureau of Industry and Security (BIS), the US export-control authority", « du Bureau of Industry
 * and Security (BIS), l'autorité américaine de contrôle des exportations ». The registry may not know the body; the
 * apposition tells what it is. A licence or an approval such a body grants is a label, never a deal with it.
 */
const AUTHORITY_APPOSITION =
  /^\s*(?:\([^()]{1,12}\)\s*)?,\s*(?:l'|la |le |the |an? |une? )?(?:[\w-]+ ){0,3}?(?:autorite|regulateur|gendarme|regulator|authority|watchdog|agence (?:federale|gouvernementale|publique)|(?:government|federal|public|state) agency)\b[^,;:()]{0,80}(?:,|(?=[;:.]|$))/u;

/** Whether the name at `name` (offsets into `folded`, the folded sentence) is apposed as an authority. */
export function apposedAuthority(folded: string, name: Span): boolean {
  return AUTHORITY_APPOSITION.test(folded.slice(name.end, name.end + 160));
}

/** The length of the acronym and the authority apposition right after a name (0 when there is none). */
export function authorityAppositionLength(folded: string, end: number): number {
  return AUTHORITY_APPOSITION.exec(folded.slice(end, end + 160))?.[0].length ?? 0;
}
