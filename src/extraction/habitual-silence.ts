/**
 * "Companies usually hide behind 'we don't comment on market speculation'", « les groupes se retranchent en
 * général derrière un "nous ne commentons pas les rumeurs" »: a no-comment that companies in general are said
 * to give is a formula an analyst quotes, not the answer of any party of the story. Its subject is a bare
 * plural of companies (no name, no definite company), told with a habit word or a verb of hiding behind.
 */
const HABITUAL_SUBJECT =
  /(?:^|[\s«"“'])(?:(?:most|many|some|listed) )?(?:companies|firms|groups|issuers|boards|executives|corporates)\s+(?:[\w']+\s+){0,2}?(?:usually|generally|typically|often|always|tend to|routinely|habitually|hide|retreat|fall back)\b|(?:^|[\s«"“])(?:la plupart des |beaucoup d'|nombre d'|les )(?:entreprises|societes|groupes|emetteurs|dirigeants|directions)\s+(?:[\w']+\s+){0,2}?(?:se retranch\w*|se cach\w*|se refugi\w*|ont l'habitude|ont coutume|habituellement|generalement|souvent|toujours|en general|d'habitude)\b/u;

/** Whether the no-comment cue at `at` is a formula the sentence says companies habitually use. */
export function habitualSilence(folded: string, at: number): boolean {
  return HABITUAL_SUBJECT.test(folded.slice(0, at));
}
