import { FRONTED_PARTICIPLE } from './described-parties.ts';
import type { PartyMention } from './find-parties.ts';
import type { MentionRole } from './salience.ts';

/** Quote marks that may open a quote: a name inside is what a speaker talks about. */
const QUOTE_GATE = /[«"“‘]/u;
const QUOTE_SPAN = /«[^»]*»?|“[^”]*”?|"[^"]*"?|‘(?:[^’]|’(?=\p{L}))*’?/gu;
/**
 * A fronted side remark: "Contactée, UBS s'est refusée …", "Interrogé sur …, le directeur financier …",
 * "Asked about Northcote, she said …", "Reached by phone, …". Its names are beside the story.
 */
const SIDE_REMARK =
  /^[\s«"“]*(?:contacte|contactee|contactes|contactees|interroge|interrogee|interroges|interrogees|sollicite|solicitee|sollicitee|sollicites|sollicitees|questionne|questionnee|joint|jointe|invite|invitee|asked|contacted|approached by|reached|when asked|questioned|pressed)\b[^,;]*,/u;
const BARE_SIDE = /^[\s«"“]*\S+(?: \S+){0,2},$/u;
/** "avec X", "with X", "aux côtés de X": the other side of the subject's deal. */
const WITH_BEFORE =
  /(?:^|[\s(])(?:avec|with|alongside|aux cotes d['e]\s?|aupres d['e]\s?|en partenariat avec)\s*$/u;
/**
 * "Le certificat a été délivré par AFNOR Certification", "à l'issue d'un audit de Bureau Veritas", "certified
 * by DNV": whoever grants or audits a label stands beside the story, never in the holder's place, so a later
 * "la société a signé" still means the holder. Read only in a sentence about a label (CERTIFYING), since
 * "le marché attribué par la Défense" names a buyer that is a party.
 */
const ISSUER_BEFORE =
  /\b(?:delivree?s?|decernee?s?|attribuee?s?|octroyee?s?|accordee?s?|issued|awarded|granted|conferred)(?: [\w'-]+){0,4}? (?:par|by) (?:l'organisme |le cabinet |l'auditeur |the auditor |the certification body )?(?:l'|le |la |les |the )?$|\baudits? (?:[\w'-]+ ){0,3}?(?:de|d'|du|mene par|by|conducted by|carried out by)\s*(?:l'|le |la |les |the )?$/u;
const CERTIFYING =
  /\b(?:certifi|certificat|label|qualification|qualifie|norme|attestation|accredit|homolog|agrement|ecolabel|marquage|audit)/u;
/** "X et Y discuteraient", "X and Y have agreed": a coordinated second subject. */
const AND_BETWEEN = /^\s*(?:et|and|&)\s*$/u;
export interface SentenceMentions {
  /** The sentence as written: folding turns curly single quotes into apostrophes. */
  text: string;
  /** The sentence as folded (same offsets as the original). */
  folded: string;
  /** Companies named in the sentence, descriptors resolved, in text order. */
  parties: readonly PartyMention[];
  /** Where the subject anaphor ("Le groupe", "It", "The company") ends, when the sentence opens on one. */
  anaphorSubject: boolean;
  /** Where the main clause starts after a fronted time or comparison phrase: names before it are minor. */
  subjectFrom?: number;
  /** Where a quote tag's reported clause starts: names past it are what the speaker reports, minor. */
  subjectBefore?: number;
}

/**
 * The role each company named in a sentence plays, for the salience model: the first actor outside
 * quotes and side remarks is the subject (a coordinated second one too), a name inside a quote or a fronted
 * side remark is minor, the partner after "avec"/"with" weighs little, the rest are objects.
 */
export function mentionRoles(m: SentenceMentions): { mention: PartyMention; role: MentionRole }[] {
  const out: { mention: PartyMention; role: MentionRole }[] = [];
  if (m.parties.length === 0) return out;
  const quotes: [number, number][] = [];
  if (QUOTE_GATE.test(m.text))
    for (const q of m.text.matchAll(QUOTE_SPAN)) quotes.push([q.index, q.index + q[0].length]);
  const side = SIDE_REMARK.exec(m.folded);
  // "Contactée, UBS s'est refusée …", "Asked, Tesco declined …": a bare participle makes the whole
  // sentence a side remark; "Interrogé sur une offre d'UBS, le directeur …" only its fronted phrase.
  const sideEnd = side === null ? 0 : BARE_SIDE.test(side[0]) ? m.folded.length : side[0].length;
  const certifying = CERTIFYING.test(m.folded);
  let subject: PartyMention | undefined;
  let subjectDone = m.anaphorSubject;
  for (const p of m.parties) {
    const quoted = quotes.some(([s, e]) => p.start >= s && p.end <= e);
    if (
      quoted ||
      p.end <= sideEnd ||
      p.start < (m.subjectFrom ?? 0) ||
      p.start >= (m.subjectBefore ?? m.folded.length)
    ) {
      out.push({ mention: p, role: 'minor' });
      continue;
    }
    if (certifying && ISSUER_BEFORE.test(m.folded.slice(Math.max(0, p.start - 80), p.start))) {
      out.push({ mention: p, role: 'minor' });
      continue;
    }
    const before = m.folded.slice(Math.max(0, p.start - 24), p.start);
    if (WITH_BEFORE.test(before)) {
      out.push({ mention: p, role: 'with' });
      continue;
    }
    if (!subjectDone && !FRONTED_PARTICIPLE.test(m.folded.slice(0, p.start))) {
      subject = p;
      subjectDone = true;
      out.push({ mention: p, role: 'subject' });
      continue;
    }
    if (subject !== undefined && AND_BETWEEN.test(m.folded.slice(subject.end, p.start))) {
      subject = p;
      out.push({ mention: p, role: 'subject' });
      continue;
    }
    out.push({ mention: p, role: 'object' });
  }
  return out;
}

/**
 * "Contactée, UBS s'est refusée à tout commentaire", « Interrogé début mars, UCB n'avait pas souhaité commenter »:
 * the company right after a bare side remark's comma, the clause's subject. The remark leaves it out of the
 * story's salience, but a next « Elle a toutefois … » or « un porte-parole du groupe » still speaks for it.
 */
export function sideRemarkSubject(
  folded: string,
  parties: readonly PartyMention[],
): PartyMention | undefined {
  const side = SIDE_REMARK.exec(folded);
  if (side === null || !BARE_SIDE.test(side[0])) return undefined;
  const end = side[0].length;
  const first = parties.find((p) => p.start >= end);
  return first?.type === 'company' && /^\s*$/u.test(folded.slice(end, first.start)) ? first : undefined;
}
