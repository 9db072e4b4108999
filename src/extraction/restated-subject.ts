import type { PartyMention } from './find-parties.ts';
import type { SentenceContext } from './sentence-context.ts';

/**
 * "Corvalis a ouvert la séance : le fabricant de Vierzon a bondi …", "… ont grimpé de 5 % : selon la presse,
 * le groupe niçois discuterait …": a colon, with at most a fronted source, opens a clause telling more of the
 * sentence's subject.
 */
const AFTER_COLON = /:\s*(?:(?:selon|d'apres|according to)\s[^,;:]{1,60},\s*)?$/u;

/** "Pellmar rose 3.4% after The Courier reported that the payments group …": a report explaining the move. */
const REPORT_OF_MOVE =
  /\b(?:after|as|following|apres que|apres qu'|alors que)\s[^,;:]{1,60}\b(?:reported|revealed|wrote|said|a revele|ont revele|a rapporte|ont rapporte|a ecrit|a affirme|a indique) (?:that|que|qu')\s*$/u;

/** Words that make the name after them a complement, not the sentence's subject. */
const PREPOSITION =
  /(?:^|\s)(?:pour|chez|selon|avec|par|sur|sans|de|du|des|d'|a|au|aux|en|for|with|by|of|at|to|from|in|on|after|apres|unlike|like)(?:\s|$)/u;

/** A share move's figure: the sentence opening on the company told of its stock. */
const FIGURE = /\d\s?%|\d per ?cent/u;

/**
 * The company a descriptor in the subject slot of such a clause restates: the one company the sentence named
 * before it, when that company is the sentence's subject (its first words) and the descriptor fits it. Any
 * other sentence, or a second company before the descriptor (« X a signé avec Y : l'opérateur … », where
 * either may be meant), gives none.
 */
export function restatedSubject(
  ctx: SentenceContext,
  at: number,
  fits: (name: string) => boolean,
): PartyMention | undefined {
  // "Kardiolux, qui s'était envolé sur des rumeurs d'intérêt de Medtronic, a rendu ses gains : …": a company
  // named inside a clause inserted after the subject is none of the sentence's own.
  const inside = (p: PartyMention) =>
    ctx.inserted.some((c) => c.open <= p.start && p.end <= c.clause.end && c.clause.end <= at);
  const before = ctx.parties.filter((p) => p.type === 'company' && p.end <= at);
  const first = before[0];
  const names = new Set(before.filter((p) => p === first || !inside(p)).map((p) => p.name));
  if (first === undefined || names.size !== 1 || !fits(first.name)) return undefined;
  // The subject opens the sentence: at most a fronted time or place ("Mardi, ", "In London, ") and a few words
  // ("Les Hôtels ", "Shares in "), none a preposition ("Pour Altimène, …" is no subject).
  const opening = ctx.folded
    .slice(0, first.start)
    .replace(/^[^,;:]{0,30},\s*/u, '')
    .replace(/^shares in /u, '');
  if (opening.length > 20 || /[,;:]/u.test(opening) || PREPOSITION.test(opening)) return undefined;
  const slot = ctx.folded.slice(first.end, at);
  if (AFTER_COLON.test(slot)) return first;
  // A report told as the reason of the stock's move: the sentence must tell a move first.
  if (REPORT_OF_MOVE.test(slot) && FIGURE.test(slot)) return first;
  return undefined;
}
