import type { ArticleState } from './article-state.ts';
import type { PartyMention } from './find-parties.ts';
import { isOfficer } from './officer-companies.ts';
import { personCompany } from './person-speakers.ts';
import { outsiderTag, quoteSpans, quoteTagSpeaker } from './quote-tag-speaker.ts';
import { mostSalient } from './salience.ts';
import type { SentenceContext } from './sentence-context.ts';

/** Cheap gate: a quote mark and a first person plural somewhere in the sentence. */
const QUOTE_MARK = /[«"“]/u;
const FIRST_PLURAL_GATE = /\b(?:we|our|nous|notre|nos)\b/u;
const FIRST_PLURAL = /\b(?:we|our|nous|notre|nos)\b/gu;
const SPEECH =
  '(?:said|says|told|added|insisted|stressed|declared|explained|wrote|admitted|conceded|confirmed|noted|declare|martele|affirme|assure|insiste|souligne|indique|precise|ajoute|explique|tranche|confie|glisse|raconte|reconnait|admet|lache|temoigne|confirme|poursuit|commente|resume|reagit|retorque|repond|observe|estime)';
/** A speaker who talks for a company: an officer, a spokesperson, a founder. */
const COMPANY_VOICE =
  '(?:porte-parole|porte-paroles|pdg|p-dg|dg|directeur general|directrice generale|directeur financier|directrice financiere|president|presidente|president du directoire|patron|patronne|dirigeant|dirigeante|fondateur|fondatrice|cofondateur|cofondatrice|co-fondateur|co-fondatrice|direction|chief executive(?: officer)?|ceo|cfo|coo|cto|chief [a-z]+ officer|spokes(?:man|woman|person)|founder|co-?founder|chairman|chairwoman|chair|president|managing director|boss|executive|management)';
/** "», tranche le cofondateur", "», a indiqué un porte-parole", "," a spokeswoman said: a voice of no company named. */
const TAG_VOICE_AFTER = new RegExp(
  `^[\\s,]*(?:(?:${SPEECH}|(?:a|ont) ${SPEECH})\\s+(?:(?:le|la|l'|un|une|son|sa|leur|its|their|the|an?) )?(?:[a-z-]+ ){0,2}?${COMPANY_VOICE}\\b|(?:(?:the|an?|its|their|son|sa) )?(?:[a-z-]+ ){0,2}?${COMPANY_VOICE}(?:,[^,]{0,40},)? ${SPEECH}\\b)`,
  'u',
);
/** '," she said', '», a-t-elle ajouté': a person the story already introduced. */
const TAG_PRONOUN_AFTER = new RegExp(
  `^[\\s,]*(?:(?:she|he) ${SPEECH}\\b|${SPEECH} (?:she|he)\\b|(?:a|ont)-t-(?:elle|il) ${SPEECH}|${SPEECH}-(?:t-)?(?:elle|il)\\b)`,
  'u',
);
/** '," Kinsella said', '», a déclaré Claire Morel.': a named person (capitalised in the text) ends the sentence. */
const TAG_NAME_AFTER = new RegExp(
  `^[\\s,]*(?:([a-z][a-z'-]+(?: [a-z][a-z'-]+){0,2}) ${SPEECH}\\b|(?:(?:a|ont) )?${SPEECH} ([a-z][a-z'-]+(?: [a-z][a-z'-]+){0,2})(?:\\s*[.]?\\s*$|\\s*,\\s*(?:(?:le|la|l'|son|sa|its|the|their) )?(?:[a-z-]+ ){0,2}?${COMPANY_VOICE}\\b))`,
  'u',
);

const SPEECH_NEXT = new RegExp(`^\\s+${SPEECH}\\b`, 'u');

interface Span {
  start: number;
  end: number;
}

/**
 * « Nous n'avons signé aucun accord avec Qonto », tranche le cofondateur; "We have signed a partnership
 * with Equinor," she said: in a quote of a company's own voice, "we", "nous", "our" are that company. Its
 * name comes from the tag (a company named there, "a Wendmoor spokeswoman"), else the story's most salient
 * company not named inside the quote. An outsider's quote (an analyst's "we") and a tag naming no voice of a
 * company give nothing.
 */
export function withQuotedFirstPerson(ctx: SentenceContext, state: ArticleState): PartyMention[] {
  if (!QUOTE_MARK.test(ctx.sentence.text) || !FIRST_PLURAL_GATE.test(ctx.folded)) return ctx.parties;
  const quotes = quoteSpans(ctx.sentence.text);
  if (quotes.length === 0) return ctx.parties;
  const out = [...ctx.parties];
  for (const q of quotes) {
    const firsts = [...ctx.folded.slice(q.start, q.end).matchAll(FIRST_PLURAL)];
    if (firsts.length === 0) continue;
    const speaker = speakerOf(ctx, state, q);
    if (speaker === undefined) continue;
    for (const m of firsts) {
      const start = q.start + m.index;
      const end = start + m[0].length;
      if (out.some((p) => start < p.end && end > p.start)) continue;
      out.push({ name: speaker, type: 'company', known: true, start, end });
    }
  }
  return out.length === ctx.parties.length ? ctx.parties : out.sort((a, b) => a.start - b.start);
}

/** The capitalised person's name, not a company's, that speaks the quote ending at `end`, if any. */
function namedTag(ctx: SentenceContext, end: number): string | undefined {
  const m = TAG_NAME_AFTER.exec(ctx.folded.slice(end, end + 60));
  const name = m?.[1] ?? m?.[2];
  if (m === null || name === undefined) return undefined;
  const at = end + m.index + m[0].indexOf(name);
  if (!/\p{Lu}/u.test(ctx.sentence.text[at] ?? '') || ctx.parties.some((p) => p.start <= at && p.end > at))
    return undefined;
  return ctx.sentence.text.slice(at, at + name.length);
}

/** How many sentences back an officer named before may still be the "he" or "she" of a quote's tag. */
export const PRONOUN_REACH = 3;

function speakerOf(ctx: SentenceContext, state: ArticleState, q: Span): string | undefined {
  if (outsiderTag(ctx.folded, q.end)) return undefined;
  const tagged = quoteTagSpeaker(ctx, q.start + 1);
  if (tagged !== undefined) return tagged.type === 'company' ? tagged.name : undefined;
  const after = ctx.folded.slice(q.end, q.end + 90);
  // '," Equinor said': the company itself speaks.
  const next = ctx.parties.find((p) => p.start >= q.end);
  if (
    next?.type === 'company' &&
    /^[\s,]*$/u.test(ctx.folded.slice(q.end, next.start)) &&
    SPEECH_NEXT.test(ctx.folded.slice(next.end, next.end + 20))
  )
    return next.name;
  // '," Kinsella said': the company the article gave that officer.
  const person = namedTag(ctx, q.end);
  const known = person === undefined ? undefined : personCompany(state, person);
  if (known !== undefined) return known;
  const pronoun = TAG_PRONOUN_AFTER.test(after);
  // '," he said' after "Ferrowick chief executive Dan Kessler told analysts": the officer just named.
  if (pronoun && state.lastOfficer !== undefined && ctx.index - state.lastOfficer.sentence <= PRONOUN_REACH)
    return state.lastOfficer.company;
  const voiced = pronoun || person !== undefined || TAG_VOICE_AFTER.test(after);
  if (!voiced || state.salience === undefined) return undefined;
  // The company the quote itself names is what the speaker talks about, not who speaks.
  const inQuote = new Set(ctx.parties.filter((p) => p.start >= q.start && p.end <= q.end).map((p) => p.name));
  return mostSalient(
    state.salience,
    (m) => m.type === 'company' && !inQuote.has(m.name) && !isOfficer(state, m.name),
  )?.name;
}
