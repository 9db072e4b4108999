import type { SentenceContext } from './sentence-context.ts';

/** Between the two names of a coordinated subject: "and", « et », "&", a comma. */
const AND = /^\s*(?:,\s*)?(?:and|et|&)\s+(?:(?:le|la|les|l'|the)\s*)?$/u;
/** Before the subject: nothing, an article, a short fronted phrase ("Dans le tourisme, "). */
const OPENING = /^[\s«"“]*(?:[^,;:«»"“]{1,40},\s*)?(?:(?:le|la|les|l'|the)\s*)?$/u;

/**
 * "Amazon Web Services and Google, which also bid to host the service, were not selected … Both companies declined
 * to comment": the two companies the previous sentence opened on are the "both" of the next one, whatever deal the
 * article told before. Undefined unless that sentence's subject is two companies coordinated.
 */
export function coordinatedSubjectPair(previous: SentenceContext | undefined): string[] | undefined {
  if (previous === undefined) return undefined;
  const companies = previous.parties.filter((p) => p.type === 'company');
  const [first, second] = companies;
  if (first === undefined || second === undefined || first.name === second.name) return undefined;
  if (!OPENING.test(previous.folded.slice(0, first.start))) return undefined;
  if (!AND.test(previous.folded.slice(first.end, second.start))) return undefined;
  return [first.name, second.name];
}
