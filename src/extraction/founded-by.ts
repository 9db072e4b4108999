import { foldText } from '../entities/fold-text.ts';
import type { ArticleState } from './article-state.ts';
import type { PartyMention } from './find-parties.ts';
import { NAME, notePersonCompany } from './person-speakers.ts';
import type { SentenceContext } from './sentence-context.ts';

/** Cheap gate: a word of founding or running a company somewhere in the sentence. */
const GATE = /\b(?:fonde|cree|founded|co-founded|cofounded|set up|fondat|founder|dirige|runs|heads)/u;

/** "fondée en 2017 par Bastien Cazalis", "founded in 2016 by Priya Ransome": the founder named after the verb. */
const FOUNDED_BY = new RegExp(
  `\\b(?:[Ff]ond[ée]e?s?|[Cc]r[ée][ée]e?s?|[Ff]ounded|[Cc]o-?founded|[Ss]et up)(?: (?:en|in) (?:\\p{L}+ )?\\d{4})? (?:par|by) (${NAME.source})`,
  'gu',
);
/** A company noun the founder's clause may stand on instead of a name: « la société », "the company". */
const COMPANY_NOUN =
  "(?:l'entreprise(?: familiale)?|la societe|la start-?up|la jeune pousse|la pme|le groupe|la maison|the company|the business|the firm|the start-?up|the group)";
/** « le fondateur de l'entreprise, Yann Lebraz », "the company's founder, Ana Ruiz": a founder of the company noun. */
const FOUNDER_OF_NOUN = new RegExp(
  `(?:\\b(?:co-?)?fondat(?:eur|rice) (?:de |d')${COMPANY_NOUN}|\\b(?:the company|the group|the business|the firm)'s (?:co-?)?founder|\\b(?:co-?)?founder of ${COMPANY_NOUN}),? $`,
  'u',
);
/** « aux mains du fondateur Bastien Cazalis », "founder Ilkka Korpela": a bare founder's title, no company after it. */
const BARE_FOUNDER = /(?:^|[\s,(])(?:(?:le|la|du|the|its) )?(?:co-?)?(?:fondat(?:eur|rice)|founder),? $/u;
/** « Anne Ravel, qui dirige l'entreprise familiale », "Ana Ruiz, who founded the company": a runner of the company noun. */
const RUNS_NOUN = new RegExp(
  `^,\\s*(?:qui (?:dirige|a fonde|a cree|preside)|who (?:runs|founded|co-founded|cofounded|heads|set up)) ${COMPANY_NOUN}\\b`,
  'u',
);

/**
 * Learns whom the founders and runners a sentence names speak for: "Frimaire Cloud, fondée en 2017 par Bastien
 * Cazalis", « le fondateur de l'entreprise, Yann Lebraz », "Ana Ruiz, who founded the company". Their later
 * "Bastien Cazalis s'est refusé à tout commentaire" is then that company's no-comment. The company is the one
 * named just before "fondée" (the participle's noun), else the one the noun stands for: the company the story
 * is selling (a founder sells, the buyer is not founded in the story), else the story's company.
 */
export function learnFounders(ctx: SentenceContext, state: ArticleState): void {
  if (!GATE.test(ctx.folded)) return;
  const text = ctx.sentence.text;
  const noun = (): string | undefined =>
    state.target ?? (state.topic?.type === 'company' ? state.topic.name : undefined);
  const learn = (person: string, company: string | undefined, start: number, end: number) => {
    if (company === undefined || ctx.registry.get(person) !== undefined) return;
    // A name the engine reads as a company's is no person.
    if (ctx.parties.some((p) => p.start < end && p.end > start && p.type === 'company' && p.known)) return;
    const folded = foldText(person);
    if (foldText(company) === folded || state.officers?.has(folded) === true) return;
    notePersonCompany(state, folded, company, ctx.index);
  };
  for (const m of text.matchAll(FOUNDED_BY)) {
    const name = m[1] as string;
    const start = m.index + m[0].length - name.length;
    learn(name, namedBefore(ctx.parties, m.index) ?? noun(), start, start + name.length);
  }
  for (const m of text.matchAll(NAME)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = ctx.folded.slice(Math.max(0, start - 60), start);
    const after = ctx.folded.slice(end, end + 60);
    if (FOUNDER_OF_NOUN.test(before) || BARE_FOUNDER.test(before) || RUNS_NOUN.test(after))
      learn(m[0], noun(), start, end);
  }
}

/** "Frimaire Cloud, hébergeur installé à Clermont, fondée en …": the company the participle's clause hangs on. */
function namedBefore(parties: readonly PartyMention[], at: number): string | undefined {
  const p = parties.findLast((q) => q.type === 'company' && q.end <= at && at - q.end <= 80);
  return p?.name;
}
