import type { EntityRegistry } from '../entities/entity-registry.ts';
import { foldText } from '../entities/fold-text.ts';
import type { Draft } from './draft.ts';

/**
 * Two or three capitalised words, with a surname particle allowed: "Tom Pellow", "Samuel Le Quintrec". A title
 * the press capitalises before the name ("Chief Executive Tom Pellow") opens no name.
 */
const FULL_NAME =
  /(?!(?:Chief|Executive|Financial|Operating|Officer|Managing|Director|President|Chairman|Chairwoman|Chair|Founder|Head|Spokesman|Spokeswoman|Senior|Vice)\b)\p{Lu}[\p{Ll}'’-]+(?:[ -](?:(?:de|du|des|le|la|van|von|der|den|di|da|dos|del|Le|La|De|Van|Von|Di|Da|Del) )?\p{Lu}[\p{Ll}'’-]+){1,2}/gu;

/** An officer's or spokesperson's title, as the press sets it beside a name. */
const ROLE =
  "(?:(?:co-?)?(?:pdg|p-dg|president(?:e)?(?: du directoire| du conseil(?: de surveillance| d'administration)?| executif| executive)?|chef de la direction|chef des finances|directeur|directrice|dg|fondateur|fondatrice|cofondateur|cofondatrice|co-fondateur|co-fondatrice|patron|patronne|dirigeant|dirigeante|responsable|porte-parole|gerant|gerante|associe|associee|chief (?:executive|financial|operating|technology|commercial|strategy) officer|chief executive|ceo|cfo|coo|cto|founder|co-founder|cofounder|chairman|chairwoman|chair|managing director|managing partner|spokesman|spokeswoman|spokesperson|head)(?: [\\w'-]+){0,3})";

/**
 * "son directeur général, Tom Pellow", "Sorrelwick's chief executive, Dana Prewitt": a title, a comma, a name;
 * "Chief Executive Tom Pilbeam said": a title set right before the name.
 */
const ROLE_BEFORE = new RegExp(
  `\\b${ROLE}\\s*,\\s*$|\\b(?:chief executive(?: officer)?|chief financial officer|ceo|cfo|chairman|chairwoman|managing director|spokesman|spokeswoman|spokesperson|co-?founder|founder|pdg|directeur general|directrice generale|porte-parole) $`,
  'u',
);
/**
 * "Yanis Berthomier, cofondateur de Caurix", "Lorenzo Ferraris, responsable de la division": a name, then
 * its title of a company ("Chez Célestran, le directeur général, Bastien …" opens a title before another name).
 */
const ROLE_AFTER = new RegExp(
  `^\\s*,\\s*(?:(?:le|la|son|sa|its|the|their|notre|our) )?(?:(?:nouveau|nouvelle|new|former|ancien|ancienne) )?${ROLE}\\s*(?:de|d'|du|des|of|at|chez)\\b`,
  'u',
);

/**
 * The people an article introduces with their title: each full name, and the surname the text
 * later uses alone ("Prewitt declined to say", "a indiqué Tom Pellow"). One pass over the text.
 */
export function peopleIn(text: string): Set<string> {
  const people = new Set<string>();
  for (const m of text.matchAll(FULL_NAME)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = foldText(text.slice(Math.max(0, start - 70), start));
    const after = foldText(text.slice(end, end + 70));
    if (!ROLE_BEFORE.test(before) && !ROLE_AFTER.test(after)) continue;
    const words = m[0].split(/[ ]/u);
    // Every tail of the name: "Samuel Le Quintrec", "Le Quintrec", "Quintrec". Not a tail the title names as
    // the company ("Kesterholm's founder, Mette Kesterholm"): a family firm keeps its name.
    const title = ` ${(ROLE_BEFORE.test(before) ? before : after).replace(/[^\p{L}\p{N}-]+/gu, ' ')} `;
    for (let i = 0; i < words.length; i++) {
      const tail = foldText(words.slice(i).join(' '));
      if (i === 0 || !title.includes(` ${tail} `)) people.add(tail);
    }
  }
  return people;
}

/**
 * A person the article introduced by title is no party of a deal: "a deal Prewitt described as …",
 * "« Cet accord … », a déclaré Lorenzo Ferraris". The deal keeps its other parties when two remain.
 */
export function withoutPeople(
  drafts: Draft[],
  people: ReadonlySet<string>,
  registry: EntityRegistry,
): Draft[] {
  if (people.size === 0) return drafts;
  const isPerson = (name: string) => people.has(foldText(name)) && registry.get(name) === undefined;
  return drafts.filter((d) => {
    const claim = d.claim;
    if (claim.kind !== 'agreement' && claim.kind !== 'acquisition') return true;
    if (!claim.parties.some(isPerson)) return true;
    // A buyer or a target that is a person leaves no company deal.
    if (claim.kind === 'acquisition') return false;
    const parties = claim.parties.filter((p) => !isPerson(p));
    if (parties.length < 2) return false;
    d.claim = { ...claim, parties };
    return true;
  });
}
