import { foldText } from '../entities/fold-text.ts';
import type { ArticleState } from './article-state.ts';
import type { SentenceContext } from './sentence-context.ts';

/** Cheap gate: an officer's title somewhere in the sentence. */
const TITLE_GATE =
  /\b(?:chief|ceo|cfo|coo|cto|president|presidente|directeur|directrice|pdg|p-dg|(?:co-?)?fondat|(?:co-?)?founder|porte-parole|spokes|patron|dirigeant|chair|managing director|head of|boss)/u;
const TITLE =
  '(?:chief executive(?: officer)?|ceo|cfo|coo|cto|chief [a-z]+ officer|president|presidente|president du directoire|directeur general|directrice generale|directeur financier|directrice financiere|directeur|directrice|pdg|p-dg|(?:co-?)?fondateur|(?:co-?)?fondatrice|(?:co-?)?founder|porte-parole|spokes(?:man|woman|person)|patron|patronne|dirigeant|dirigeante|chair(?:man|woman)?|managing director|head of [a-z]+|boss)';
/** "Dunholme Energy's chief executive Rachel Kinsella", "Ferrowick chief executive Dan Kessler". */
const TITLE_THEN_NAME = new RegExp(`^(?:'s?)? (?:(?:new|interim|acting|outgoing) )?${TITLE}(?:,)? $`, 'u');
/** "Yanis Berthomier, cofondateur de Caurix", "Tom Pellow, chief executive of Oxhey", "Dan Kessler, Ferrowick's". */
const NAME_THEN_TITLE = new RegExp(
  `^\\s*,\\s*(?:(?:le|la|l'|son|sa|its|the) )?(?:(?:nouveau|nouvelle|new|former|ancien|ancienne|interim|acting) )?${TITLE}(?: [a-z'-]+){0,3}? (?:de |d'|du |of |at |chez )(?:la |le |l'|the )?$`,
  'u',
);
/** "le directeur général de Caurix, Yanis Berthomier": a title of the company, then a comma and the name. */
const TITLE_OF_BEFORE = new RegExp(
  `\\b${TITLE}(?: [a-z'-]+){0,3}? (?:de |d'|du |of |at |chez )(?:la |le |l'|the )?$`,
  'u',
);
/** A person's name: two or three capitalised words, a surname particle allowed. */
const PERSON_AFTER =
  /^\p{Lu}[\p{Ll}'’-]+(?: (?:(?:de|du|le|la|van|von|der|di|da|del|Le|La|De|Van|Von|Di|Da|Del) )?\p{Lu}[\p{Ll}'’-]+){1,2}/u;
const PERSON_BEFORE =
  /\p{Lu}[\p{Ll}'’-]+(?: (?:(?:de|du|le|la|van|von|der|di|da|del|Le|La|De|Van|Von|Di|Da|Del) )?\p{Lu}[\p{Ll}'’-]+){1,2}$/u;

/**
 * Learns which company each officer the sentence introduces speaks for ("Dunholme Energy's chief executive
 * Rachel Kinsella", "Yanis Berthomier, cofondateur de Caurix"), so that a later '"We have signed …," Kinsella
 * said' or '"…," he said' speaks for that company.
 */
export function learnOfficers(ctx: SentenceContext, state: ArticleState): void {
  // "Kinsella spent the morning on …": an officer named again is the "she" of the next quote.
  if (state.officers !== undefined)
    for (const [name, company] of state.officers)
      if (namesWord(ctx.folded, name)) state.lastOfficer = { company, sentence: ctx.index };
  if (!TITLE_GATE.test(ctx.folded)) return;
  const text = ctx.sentence.text;
  for (const p of ctx.parties) {
    if (p.type !== 'company') continue;
    let person: string | undefined;
    const tail = ctx.folded.slice(p.end, p.end + 50);
    const title = /^(?:['’]s?)? [^,;.]{0,40}?,? ?(?=\p{Lu})/u.exec(text.slice(p.end, p.end + 50));
    if (title !== null && TITLE_THEN_NAME.test(tail.slice(0, title[0].length)))
      person = PERSON_AFTER.exec(text.slice(p.end + title[0].length))?.[0];
    if (person === undefined && TITLE_OF_BEFORE.test(ctx.folded.slice(Math.max(0, p.start - 60), p.start))) {
      const comma = /^\s*,\s*/u.exec(text.slice(p.end));
      if (comma !== null) person = PERSON_AFTER.exec(text.slice(p.end + comma[0].length))?.[0];
    }
    if (person === undefined) {
      const before = text.slice(Math.max(0, p.start - 110), p.start);
      const gap = /,[^,]*$/u.exec(before);
      if (gap !== null && NAME_THEN_TITLE.test(foldText(gap[0]))) {
        const name = PERSON_BEFORE.exec(before.slice(0, gap.index).trimEnd());
        person = name?.[0];
      }
    }
    // A known company's name is no person, whatever title stands before it.
    if (person === undefined || ctx.registry.get(person) !== undefined) continue;
    state.officers ??= new Map();
    const folded = foldText(person);
    state.officers.set(folded, p.name);
    const surname = folded.split(' ').at(-1);
    if (surname !== undefined) state.officers.set(surname, p.name);
    state.lastOfficer = { company: p.name, sentence: ctx.index };
  }
}

const LETTER = /[\p{L}\p{N}]/u;

/** Whether `word` occurs in `folded` as a whole word. */
function namesWord(folded: string, word: string): boolean {
  for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1))
    if (!LETTER.test(folded[at - 1] ?? ' ') && !LETTER.test(folded[at + word.length] ?? ' ')) return true;
  return false;
}

/** The company an officer named in the article speaks for, by full name or surname. */
export function officerCompany(state: ArticleState, name: string): string | undefined {
  if (state.officers === undefined) return undefined;
  const folded = foldText(name);
  return state.officers.get(folded) ?? state.officers.get(folded.split(' ').at(-1) ?? '');
}

/** Whether a name the salience model holds is a person's (an officer's, one the article titles), not a company's. */
export function isOfficer(state: ArticleState, name: string): boolean {
  const folded = foldText(name);
  return state.officers?.has(folded) === true || state.people?.has(folded) === true;
}
