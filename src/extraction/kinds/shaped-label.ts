import { foldText } from '../../entities/fold-text.ts';
import type { Span } from '../sentence-context.ts';
import { authorityAppositionLength } from './authority-apposed.ts';

/** A label written as an acronym or a code: "HITRUST", "C5", "EN 9100", "FedRAMP", "NATO AQAP 2110". */
const CODE_WORD = String.raw`[\p{Lu}][\p{L}\p{N}-]*[\p{Lu}\p{N}][\p{L}\p{N}-]*`;
/** A tier written after the code: "ISCC Plus". A "Type 2" attestation is of the label itself ("C5 Type 2" is C5). */
const TIER = String.raw`(?:\s(?:Plus|Pro|Premium|Advanced|Essentials|Gold|Silver))?`;
/**
 * A numbered part of a rulebook: "Part 21G", "Part 145", "Class 3", "Niveau 2", and a tier numbered in Roman figures
 * ("Tier IV", "Class II").
 */
const NUMBERED = String.raw`(?:Part|Class|Level|Tier|Module|Partie|Classe|Niveau)\s(?:\d+[\p{Lu}\d]*|[IVX]{1,4})\b`;
const NUMBERED_ONLY = new RegExp(`^${NUMBERED}$`, 'u');
const CODE = new RegExp(
  String.raw`(?:${NUMBERED}|${CODE_WORD}(?:\s(?:${CODE_WORD}|\d[\d.:-]*\p{Lu}{0,2}\b))*${TIER})`,
  'gu',
);
/**
 * An acronym given in parentheses after a label spelt out: "good manufacturing practice (GMP) certificate", with
 * the level it names when there is one ("Safety Integrity Level 4 (SIL 4)").
 */
const PAREN_CODE = /\(([\p{Lu}][\p{Lu}\p{N}&-]{1,9}(?: \d{1,2}\+?)?)\)/gu;
const LABEL_NOUN =
  /\b(?:certification|certificate|certificat|qualification|label|agrement|accreditation|attestation|homologation|approval|authori[sz]ation)\b/gu;
/** A participle of certifying and the standard it is measured by: "certified as", "accréditée selon". */
const CERTIFIED_AS =
  /\b(?:(?:re)?certified|(?:re)?accredited|approved|qualified|(?:re)?certifiee?s?|accreditee?s?|qualifiee?s?|agreee?s?|homologuee?s?) (?:as|against|under|to|comme|en tant que?|selon|au titre d[eu']|contre)\b/u;
/** Between the participle and the acronym: the body that certifies, not the standard. */
const AGENT_WORDS = /\b(?:by|from|par|aupres|issued|delivre\w*)\b|[;:()]/u;
/** Between a label noun and a parenthesised acronym: the acronym of its grantor, not of the label. */
const GRANTOR_WORDS =
  /\b(?:by|from|par|aupres|delivre\w*|decerne\w*|attribue\w*|octroye\w*|issued|awarded|granted|with|avec|and|et|for|pour)\b|[;:]/u;
/** A label named in words, kept only right next to its noun: "B Corp certification", "le label Fair Trade". */
const TITLE = /[\p{Lu}][\p{L}\p{N}-]*(?:\s(?:(?:du|de|des|de la|of|for)\s)?[\p{Lu}][\p{L}\p{N}-]*){0,3}/gu;
/** "BRCGS Storage and Distribution standard": the capitalised words between a code and its noun are its name. */
const CODE_TAIL =
  /^(?:\s(?:(?:and|&|for|of|et|de|du|des)\s)?[\p{Lu}][\p{L}-]*){1,4}(?=\s(?:standard|scheme|programme|program|norme|referentiel|certification|certificate|accreditation|label)\b)/u;
/**
 * "NF Habitat HQE", "NF Environnement HQE": a code, one or two capitalised words, and a second code make one
 * scheme's name; the first code alone names another label. A type, level or revision after a code ("ISAE 3402
 * Type II") is no such word.
 */
const CODE_BRIDGE =
  /^(?:\s(?!(?:Type|Level|Class|Tier|Part|Module|Niveau|Classe|Partie|Rev|Version|Edition|Édition)\b)[\p{Lu}][\p{Ll}-]+){1,2}\s[\p{Lu}][\p{Lu}\p{N}-]*[\p{Lu}\p{N}](?![\p{L}\p{N}])/u;
/** "le label Entreprise du patrimoine vivant": a French name capitalised on its first word only. */
const FRENCH_TITLE = /^[\p{Lu}][\p{L}-]+ (?:du|de la|de|des|d') ?\p{Ll}[\p{L}-]+(?: \p{Ll}[\p{L}-]+)?/u;
const FRENCH_TITLE_STOP =
  /\s(?:pour|par|en|dans|sur|avec|depuis|et|a|au|aux|qui|que|niveau|classe|categorie|decerne\w*|delivre\w*|attribue\w*|obtenu\w*|accorde\w*)$/u;
/**
 * "le label Offre légale de l'Arcom", "la certification Agriculture biologique, délivrée par …": a French name
 * capitalised on its first word and qualified by one or two lowercase words, kept only when it ends where a
 * name ends (a comma, its issuer "de l'Arcom", the participle of its grant), never on a verb or a preposition.
 */
const FRENCH_QUALIFIED =
  /^[\p{Lu}][\p{L}-]+(?: (?!(?:de|du|des|la|le|les|pour|par|en|dans|sur|avec|depuis|et|ou|à|au|aux|qui|que|niveau|est|sont|a|ont|après|avant|sans|sous|ce|cette|son|sa|ses|un|une|dès|lors)(?![\p{L}-])|(?:obten|délivr|décern|attribu|octroy|accord|remis|renouvel|décroch|reçu))\p{Ll}[\p{L}-]+){1,2}(?=\s*[,.;:)]|\s*$|\s(?:de l['’]|de la |du |des |d['’]|de )\p{Lu}|\s(?:délivr|décern|attribu|octroy|accordé|obtenu|remis))/u;
const TITLE_NOUN_BEFORE = /\b(?:la certification|le label|the label|le certificat|l'agrement|l'ecolabel)\s$/u;
const TITLE_NOUN_AFTER = /^\s(?:certification|certificate|accreditation|label|status|scheme)\b/u;
/** "the Green Corridor Mark", "the Airport Carbon Accreditation": a title whose last word names a label's kind. */
const TITLE_ENDS_IN_NOUN = /\s(?:Mark|Seal|Standard|Accreditation|Certification|Label)$/u;
/** Before such a title, the body that grants it is named, never the label: "by Afnor Certification". */
const AGENT_BEFORE_TITLE =
  /\b(?:by|from|par|aupres d[eu']|de l'organisme|delivree? par)\s(?:the |l'|le |la )?$/u;
/** "certified as a Great Place to Work", "accredited as an Investors in People employer": the title after "as". */
const CERTIFIED_AS_TITLE = /\b(?:certified|accredited|recogni[sz]ed) as (?:an? |the )?(?=\p{Lu})/u;
const AS_TITLE = /^[\p{Lu}][\p{L}\p{N}-]*(?:\s(?:(?:to|of|for|and)\s)?[\p{Lu}][\p{L}\p{N}-]*){1,5}/u;

const RATING_AFTER = /^\s(?:[a-z-]+\s){0,2}(?:rating|notation)\b/u;
/**
 * "TÜV SÜD Rail had certified its GX-9 interlocking to SIL 4": the active verb, its object (what was certified),
 * and the standard it was certified to.
 */
const CERTIFIED_OBJECT_TO =
  /\b(?:certified|certifies|certify) (?:its|their|his|her|the|(?:[\w&.-]+ ){0,3}[\w&.-]+(?:'s|s')) (?:[\w-]+ ){0,4}?(?:to|as|under|against) (?:the )?$/u;

/** "an AA- rating", "Baa2": a credit rating agency's grade is no label. */
const CREDIT_GRADE = /^(?:A{1,3}|B{1,3}|C{1,3}|D|Aa\d?|Baa\d?|Ba\d?|Caa\d?|A\d|B\d)[+-]?$/u;

const POSSESSIVE = /^(?:\s[\p{L}-]+)?['’]s\b/u;
const NAMED_LABEL = /(?<=\s)Label\s[\p{Lu}][\p{L}\p{N}-]*(?:\s[\p{Lu}][\p{L}\p{N}-]*){0,2}/u;

/** "EU GMP", "US GMP": a region's code before another code says where the label holds. */
const REGION_BEFORE_CODE = /^(?:EU|UE|US|UK|EEA)\s(?=[\p{Lu}][\p{Lu}\p{N}+-]*$)/u;

/** A name the sentence already reads as a party, with its type ("company", "regulator"). */
type Named = Span & { type: string };

/** The nouns that make such a code a label, before it (French) or after it (English). */
const NOUN_BEFORE =
  /\b(?:(?:certification|qualification|attestation|accreditation)(?: under| against)?|label|agrement|homologation|certificat|norme|referentiel|certifiee?s?|qualifiee?s?|labellisee?s?|homologuee?s?|(?:re)?certified(?: to| under| as)?|(?:re)?accredited(?: to| under| as)?|qualified(?: to| under| as| for))\s(?:de |d'|the )?$/u;
/** "l'agrément d'organisme de production Part 21G": a few complement words between the noun and its code. */
const NOUN_COMPLEMENT_BEFORE =
  /\b(?:qualification|agrement|homologation|accreditation|certificat|certification)\s(?:(?:de |d'|du |des )?(?!(?:par|by|from|pour|for|avec|with|chez|aupres|to|a|au|aux|en|in|sur|on|et|and|qui|que|which|that|obtenue?s?|delivree?s?|accordee?s?)\b)[a-z-]+\s){1,3}$/u;
/**
 * « l'agrément GFIA », « son agrément ANJ », « l'agrément IARD »: a French approval named by a bare acronym (the
 * status it grants, the branch it opens, the body it comes from) is that approval, and the label keeps its noun;
 * the acronym alone names a kind of firm or a regulator, not a label. A rulebook part with a number (« l'agrément
 * Part 145 ») or a code with digits is a standard of its own, named alone.
 */
const APPROVAL_NOUN_BEFORE = /\b(agrement)\s$/u;
const BARE_ACRONYM = /^\p{Lu}{2,6}$/u;
/** A code of capitals alone ("ISCC EU", "FSSC 22000"), no title-case word. */
const CODE_WORD_ONLY = /^[\p{Lu}\d][\p{Lu}\d-]*(?:\s[\p{Lu}\d][\p{Lu}\d.:-]*)*$/u;
/** "certification de durabilité ", "label de qualité ": a label noun and one complement noun, no article. */
const COMPLEMENTED_NOUN_BEFORE =
  /\b(?:certification|label|qualification|certificat|accreditation|agrement)\s(?:de|d')\s?(?!(?:la|le|les|l|par|pour|ses|son|sa|leur|leurs|cette|ce|ces)\b)[a-z-]{4,}\s$/u;
const NOUN_AFTER =
  /^(?:\stype\s(?:ii|i|1|2)\b)?(?:\s(?:class|level|tier|classe|niveau)\s\d+[a-z]?\b)?\s(?:(?!(?:the|a|an|and|or|of|for|to|from|by|its|their|la|le|les|l|de|du|des|d|et|ou|pour|par|sa|son|ses|une?)\s)[a-z-]+\s){0,2}(?:certification|certificate|attestation|accreditation|authori[sz]ation|qualification|label|compliance|approval|seal)\b/u;

/**
 * A label the registry does not know, recognised by its shape next to a label noun ("la
 * certification EN 9100", "a C5 attestation", "HITRUST certification"): `text` is the original
 * sentence, `folded` its folded form (same offsets).
 */
export function shapedLabel(
  text: string,
  folded: string,
  within: Span,
  names: readonly Named[] = [],
): (Span & { name: string }) | undefined {
  // "le Label Rouge", "le Label Bas-Carbone": a capitalised "Label" inside the sentence is its name's first word.
  const named = NAMED_LABEL.exec(text.slice(within.start, within.end));
  if (named !== null && within.start + named.index > 0) {
    const start = within.start + named.index;
    return { name: named[0], start, end: start + named[0].length };
  }
  const quoted = quotedLabel(text, folded, within);
  if (quoted !== undefined) return quoted;
  CODE.lastIndex = 0;
  for (const m of text.slice(within.start, within.end).matchAll(CODE)) {
    const start = within.start + m.index;
    const end = start + m[0].length;
    const before = folded.slice(Math.max(within.start, start - 40), start);
    const after = folded.slice(end, Math.min(within.end, end + 48));
    // "certified under the UK government's Cyber Essentials Plus scheme": a possessive is the owner.
    if (POSSESSIVE.test(after)) continue;
    if (
      NOUN_BEFORE.test(before) ||
      NOUN_AFTER.test(after) ||
      CERTIFIED_OBJECT_TO.test(folded.slice(Math.max(within.start, start - 90), start)) ||
      // "a BREEAM Outstanding rating", "a five-star GRESB rating": a scheme's rating, never a credit grade.
      (RATING_AFTER.test(after) && !CREDIT_GRADE.test(m[0]))
    ) {
      // "Tier IV Constructed Facility certification": the words after a numbered tier say what was rated at
      // that tier (a design, a built facility), not another label; the label is the tier.
      const tail = NUMBERED_ONLY.test(m[0])
        ? null
        : (CODE_TAIL.exec(text.slice(end, within.end)) ?? CODE_BRIDGE.exec(text.slice(end, within.end)));
      const approval = APPROVAL_NOUN_BEFORE.exec(before);
      if (tail === null && approval !== null && BARE_ACRONYM.test(m[0])) {
        const nounAt = start - approval[0].length;
        return { name: `${text.slice(nounAt, nounAt + (approval[1] as string).length)} ${m[0]}`, start, end };
      }
      // "an EU GMP certificate", "US GMP approval": the region the label is valid in is no part of its name.
      const region = REGION_BEFORE_CODE.exec(m[0]);
      const from = start + (region?.[0].length ?? 0);
      const code = m[0].slice(region?.[0].length ?? 0);
      return tail === null
        ? { name: code, start: from, end }
        : { name: code + tail[0], start: from, end: end + tail[0].length };
    }
    if (
      /^(?:Part|Class|Level|Tier|Module|Partie|Classe|Niveau)\s/u.test(m[0]) &&
      NOUN_COMPLEMENT_BEFORE.test(before)
    )
      return { name: m[0], start, end };
    // « la certification de durabilité ISCC EU »: a code right after the noun and its complement (no article
    // before the code, which would make it the body that grants the label: « la certification de la FIFA »).
    if (CODE_WORD_ONLY.test(m[0]) && COMPLEMENTED_NOUN_BEFORE.test(before)) return { name: m[0], start, end };
  }
  const spelt = parenthesisedCode(text, folded, within, names);
  if (spelt !== undefined) return spelt;
  const granted =
    grantedApproval(text, folded, within) ??
    issuerGrantedApproval(text, folded, within) ??
    namedApproval(text, folded, within, names) ??
    issuedApproval(text, folded, within, names);
  if (granted !== undefined) return granted;
  const asTitle = certifiedAsTitle(text, folded, within, names) ?? schemeTitle(text, folded, within, names);
  if (asTitle !== undefined) return asTitle;
  TITLE.lastIndex = 0;
  for (const m of text.slice(within.start, within.end).matchAll(TITLE)) {
    const start = within.start + m.index;
    const end = start + m[0].length;
    const before = folded.slice(Math.max(within.start, start - 20), start);
    const after = folded.slice(end, Math.min(within.end, end + 24));
    if (TITLE_NOUN_BEFORE.test(before)) {
      const french = FRENCH_TITLE.exec(text.slice(start, within.end));
      if (french !== null && french[0].length > m[0].length) {
        // "le label Entreprise du patrimoine vivant décerné par …": the name stops before the verb.
        let name = french[0];
        while (FRENCH_TITLE_STOP.test(foldText(name))) name = name.replace(/\s\S+$/u, '');
        if (name.length > m[0].length && FRENCH_TITLE.exec(name)?.[0] === name)
          return { name, start, end: start + name.length };
      }
      const qualified = FRENCH_QUALIFIED.exec(text.slice(start, within.end));
      if (qualified !== null && qualified[0].length > m[0].length)
        return { name: qualified[0], start, end: start + qualified[0].length };
    }
    if (TITLE_NOUN_BEFORE.test(before) || TITLE_NOUN_AFTER.test(after)) return { name: m[0], start, end };
    if (
      TITLE_ENDS_IN_NOUN.test(m[0]) &&
      m[0].includes(' ') &&
      !AGENT_BEFORE_TITLE.test(before) &&
      !names.some((n) => n.start < end && start < n.end)
    )
      return { name: m[0], start, end };
  }
  return assessedScheme(text, folded, within, names);
}

/**
 * « le label « Origine France Garantie » », « la certification « qualité des soins confirmée » », 'the label "Made
 * in Britain"': a name in quotation marks right after a label noun is the label, as written, whatever its case. A
 * level in quotation marks (« la certification BREEAM au niveau « Excellent » ») is a tier of another label.
 */
const QUOTED_AFTER_NOUN =
  /\b(?:certification|certificat|label|qualification|agrement|accreditation|attestation|mention|the (?:label|certification|certificate|seal|mark))\s?[«“"]\s?([^«»“”"]{2,60}?)\s?[»”"]/u;

function quotedLabel(text: string, folded: string, within: Span): (Span & { name: string }) | undefined {
  const m = QUOTED_AFTER_NOUN.exec(folded.slice(within.start, within.end));
  if (m === null) return undefined;
  const start = within.start + m.index + m[0].indexOf(m[1] as string, m[0].search(/[«“"]/u));
  const end = start + (m[1] as string).length;
  return { name: text.slice(start, end), start, end };
}

/** "certified as a Great Place to Work": the capitalised title the participle names, when no party stands there. */
function certifiedAsTitle(
  text: string,
  folded: string,
  within: Span,
  names: readonly Named[],
): (Span & { name: string }) | undefined {
  const view = folded.slice(within.start, within.end);
  if (!view.includes(' as ')) return undefined;
  const m = CERTIFIED_AS_TITLE.exec(text.slice(within.start, within.end));
  if (m === null) return undefined;
  const start = within.start + m.index + m[0].length;
  const title = AS_TITLE.exec(text.slice(start, within.end));
  if (title === null) return undefined;
  const end = start + title[0].length;
  if (names.some((n) => n.start < end && start < n.end)) return undefined;
  return { name: title[0], start, end };
}

/**
 * "certified under the Red Tractor dairy standard", "approved under the Leaping Bunny programme", "recertified to
 * the Green Tourism scheme": the participle names the scheme it was measured by, and the scheme's name is the
 * capitalised title before its noun (one lowercase word, what the scheme covers, may come between).
 */
const CERTIFIED_UNDER_THE =
  /\b(?:(?:re)?certified|(?:re)?accredited|approved|verified|audited|assessed) (?:under|to|against) the (?=\p{Lu})/u;
const SCHEME_NOUN_AFTER = /^(?: \p{Ll}[\p{Ll}-]+)? (?:scheme|programme|program|standard|framework)\b/u;

function schemeTitle(
  text: string,
  folded: string,
  within: Span,
  names: readonly Named[],
): (Span & { name: string }) | undefined {
  const m = CERTIFIED_UNDER_THE.exec(text.slice(within.start, within.end));
  if (m === null) return undefined;
  const start = within.start + m.index + m[0].length;
  const title = /^[\p{Lu}][\p{L}\p{N}-]*(?:\s[\p{Lu}\d][\p{L}\p{N}-]*){0,3}/u.exec(
    text.slice(start, within.end),
  );
  if (title === null) return undefined;
  const end = start + title[0].length;
  // "certified under the UK government's scheme": a possessive title is the scheme's owner, not its name.
  if (!SCHEME_NOUN_AFTER.test(folded.slice(end, Math.min(within.end, end + 30)))) return undefined;
  if (names.some((n) => n.start < end && start < n.end)) return undefined;
  return { name: title[0], start, end };
}

/** A scheme named in capitalised words before or after the assessment that grants it. */
const SCHEME = /[\p{Lu}][\p{L}\p{N}-]*(?:\s[\p{Lu}][\p{L}\p{N}-]*){0,3}/gu;
const ASSESSMENT_AFTER = /^\s(?:assessment|audit|evaluation)s?\b/u;
const ASSESSMENT_NAME = /\s(?:Audit|Assessment)$/u;

/**
 * "cleared the Protected B assessment", "a réussi l'évaluation Trusted Partner", "passed its IATA Operational
 * Safety Audit … the IOSA registry" (the audit's acronym, written in the sentence, names it). A name the
 * sentence reads as a company or a body ("the KPMG audit") is the auditor, never the scheme.
 */
function assessedScheme(
  text: string,
  folded: string,
  within: Span,
  names: readonly Named[],
): (Span & { name: string }) | undefined {
  const view = folded.slice(within.start, within.end);
  if (!/\b(?:assessment|audit|evaluation)/u.test(view)) return undefined;
  SCHEME.lastIndex = 0;
  for (const m of text.slice(within.start, within.end).matchAll(SCHEME)) {
    const start = within.start + m.index;
    const end = start + m[0].length;
    if (names.some((n) => n.start < end && start < n.end)) continue;
    if (ASSESSMENT_NAME.test(m[0])) {
      const initials = m[0]
        .split(' ')
        .map((w) => w[0])
        .join('');
      const at = initials.length >= 3 ? wholeWordAt(text, initials, within) : -1;
      if (at >= 0) return { name: initials, start: at, end: at + initials.length };
      continue;
    }
    const after = folded.slice(end, Math.min(within.end, end + 16));
    const before = folded.slice(Math.max(within.start, start - 16), start);
    // "the KPMG audit": a single name before "audit" is the firm that audits.
    const noun = ASSESSMENT_AFTER.exec(after);
    if (
      (noun !== null && (!noun[0].includes('audit') || m[0].includes(' '))) ||
      /\b(?:l'evaluation|l'audit)\s$/u.test(before)
    )
      return { name: m[0], start, end };
  }
  return undefined;
}

function wholeWordAt(text: string, word: string, within: Span): number {
  for (let i = text.indexOf(word, within.start); i >= 0 && i < within.end; i = text.indexOf(word, i + 1)) {
    const prev = text[i - 1] ?? ' ';
    const next = text[i + word.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(prev) && !/[\p{L}\p{N}]/u.test(next)) return i;
  }
  return -1;
}

/**
 * "received 510(k) clearance from the FDA", "obtained product acceptance from Network Rail", "we received
 * our electronic money institution authorisation from the FCA": an approval a body grants, named as written.
 * A deal's clearance ("antitrust clearance", "merger approval", "clearance from the French competition authority")
 * is no label.
 */
const GRANTED_APPROVAL =
  /\b(?:obtained|received|achieved|earned|secured|won|gained|(?:was|were|been) (?:granted|awarded|issued)|obtenu|recu|decroche)\s(?:(?:its|our|their|his|her|an?|the|sa|son|ses|leur|notre|nos|la|le)\s|l')?((?:(?!(?:antitrust|merger|competition|regulatory|takeover|deal|shareholders?|planning|final|formal|conditional|the|a|an|its|our|their)\s)[\w().-]+\s){0,4}(?:clearance|authori[sz]ation|acceptance|licen[cs]e))\s(?:from|by)\s(?!(?:the |its |their )?(?:[\w-]+ ){0,2}(?:competition|antitrust|merger|takeover|anti-monopoly) (?:authorit(?:y|ies)|regulators?|watchdogs?|commission|office|bureau|tribunal)\b)/u;

function grantedApproval(text: string, folded: string, within: Span): (Span & { name: string }) | undefined {
  const view = folded.slice(within.start, within.end);
  if (!view.includes(' from ') && !view.includes(' by ')) return undefined;
  const m = GRANTED_APPROVAL.exec(view);
  if (m === null) return undefined;
  const start = within.start + m.index + m[0].indexOf(m[1] as string);
  const end = start + (m[1] as string).length;
  return { name: text.slice(start, end), start, end };
}

/**
 * "a obtenu l'agrément d'établissement de paiement auprès de l'ACPR", "a reçu l'autorisation de mise sur le
 * marché de la Commission", "la désignation de médicament orphelin", "l'agrément bancaire de la BCE": an
 * approval a body grants, named by its noun and the bare complement after it; "de l'ACPR", "de la
 * Commission" (an article) is its issuer, and "délivré par", "accordée en juin" tell its grant, not its name.
 * A deal's or a works' authorisation ("l'autorisation de racheter", "… de la fusion") is no label, and a present
 * participle after the name tells what it covers (« une licence de réexportation couvrant ses réacteurs »).
 */
const NAMED_APPROVAL =
  /\b(?:obtenu\w*|recu\w*|decroche\w*|accorde\w*|delivre\w*|octroye\w*|obtient|recoit|obtention (?:de |d'))\s(?:[\w'-]+\s){0,6}?(?:l'|le |la |son |sa |leur |un |une )((?:agrement|autorisation|homologation|designation|habilitation|licence)(?: (?:de |d')(?!(?:la|le|les|l|du|des|un|une|son|sa|ses|leur|leurs|ce|cette|rachat|fusion|cession|acquisition|concentration|operation|projet|vente|travaux|construction|principe|creation|reprise|prise)\b)(?![a-z]+(?:er|ir|re)\b)[a-z]+| (?!(?:aupres|pour|par|en|sur|dans|avec|depuis|au|aux|et|ou|qui|que|de|du|des|le|la|les|un|une|son|sa|ses|sous|sans|apres|avant|a|(?:delivre|accorde|octroye|attribue|decerne|obtenu|recu|remis|valide)e?s?)\b)(?![a-z]+ant\b)[a-z]+| sur le marche){1,4})(?=[\s,.;)]|$)/u;

/**
 * "the FDA had granted 510(k) clearance to its SF-40 stapler", "the Commission has granted marketing authorisation
 * for Nervanza": the body that grants is the subject, and the approval, named as written by at least one word
 * before its noun, goes to ("to", "for") what follows. A deal's clearance ("antitrust approval for the merger") is no label.
 */
const ISSUER_GRANTED_APPROVAL =
  /\b(?:granted|issued|given|awarded|grants|issues|gives|awards)\s((?:(?!(?:antitrust|merger|competition|regulatory|takeover|deal|shareholders?|planning|final|formal|conditional|provisional|the|a|an|its|our|their|his|her)\s)[\w().-]+\s){1,3}(?:clearance|authori[sz]ation|approval|acceptance))\s(?:to|for)\s(?!(?:the |a |an |its |their )?(?:merger|deal|acquisition|takeover|transaction|purchase|sale|combination|tie-up|offer|bid|plan|project|construction|expansion)s?\b)/u;

function issuerGrantedApproval(
  text: string,
  folded: string,
  within: Span,
): (Span & { name: string }) | undefined {
  const m = ISSUER_GRANTED_APPROVAL.exec(folded.slice(within.start, within.end));
  if (m === null) return undefined;
  const start = within.start + m.index + m[0].indexOf(m[1] as string);
  const end = start + (m[1] as string).length;
  return { name: text.slice(start, end), start, end };
}

/**
 * « sa licence d'établissement de paiement », « une licence d'opérateur de jeux »: a licence is a label only from a
 * regulator the sentence names; « la licence de la marque X », « une licence d'exploitation de ses brevets » from a
 * company is a licensing deal.
 */
const LICENCE_NOUN = /^licence\b/u;

const SPELT_ACRONYM = /^\s*\([\p{L}\d&-]{2,10}\)/u;

/**
 * « a obtenu de la Commission de surveillance du secteur financier (CSSF) sa licence »: the regulator's name, and
 * the acronym in brackets after it, count as one word between the verb and the approval it grants.
 */
function regulatorsMasked(folded: string, within: Span, names: readonly Named[]): string {
  let view = folded.slice(within.start, within.end);
  for (const n of names) {
    if (n.type !== 'regulator' || n.start < within.start || n.end > within.end) continue;
    const from = n.start - within.start;
    const spelt = SPELT_ACRONYM.exec(view.slice(from + n.end - n.start));
    // "du Bureau of Industry and Security (BIS), l'autorité américaine de contrôle des exportations, une licence":
    // the apposition that says what the body is counts with its name.
    const apposed = authorityAppositionLength(folded, n.end);
    const to = from + n.end - n.start + Math.max(spelt?.[0].length ?? 0, apposed);
    view = view.slice(0, from) + 'x'.repeat(to - from) + view.slice(to);
  }
  return view;
}

function namedApproval(
  text: string,
  folded: string,
  within: Span,
  names: readonly Named[],
): (Span & { name: string }) | undefined {
  const m = NAMED_APPROVAL.exec(regulatorsMasked(folded, within, names));
  if (m === null) return undefined;
  const name = m[1] as string;
  if (LICENCE_NOUN.test(name) && !names.some((n) => n.type === 'regulator')) return undefined;
  const start = within.start + m.index + m[0].length - (m[1] as string).length;
  return { name: text.slice(start, start + name.length), start, end: start + name.length };
}

/**
 * "a obtenu l'agrément de l'ANJ", "vient d'obtenir l'agrément de l'Agence nationale …", "le visa de sécurité de
 * l'ANSSI": an approval named by its bare noun (and at most one complement) and then the body that grants it,
 * a name the sentence reads. "l'autorisation de la Commission" is left out: it is as often a deal's clearance.
 */
const ISSUED_APPROVAL =
  /\b(?:obtenu\w*|obtenir|recu\w*|decroche\w*|obtient|recoit|obtention (?:de |d'))\s(?:[\w'-]+\s){0,4}?(?:l'|le |la |son |sa |leur |un |une )((?:agrement|habilitation|homologation|visa)(?: (?:de |d')(?!(?:la|le|les|l|du|des|un|une)\b)[a-z]+)?) (?:de l'|de la |du |d'|des )/gu;

function issuedApproval(
  text: string,
  folded: string,
  within: Span,
  names: readonly Named[],
): (Span & { name: string }) | undefined {
  const view = folded.slice(within.start, within.end);
  ISSUED_APPROVAL.lastIndex = 0;
  for (const m of view.matchAll(ISSUED_APPROVAL)) {
    const after = within.start + m.index + m[0].length;
    if (!names.some((n) => (n.type === 'regulator' || n.type === 'company') && n.start === after)) continue;
    const noun = m[1] as string;
    const start = within.start + m.index + m[0].lastIndexOf(noun);
    return { name: text.slice(start, start + noun.length), start, end: start + noun.length };
  }
  return undefined;
}

const STATUS_AFTER = /^\s(?:status|statut)\b/u;

/** "a good manufacturing practice (GMP) certificate", "la qualification de prestataire … (PDIS)": the acronym names the label. */
function parenthesisedCode(
  text: string,
  folded: string,
  within: Span,
  names: readonly Named[],
): (Span & { name: string }) | undefined {
  PAREN_CODE.lastIndex = 0;
  for (const m of text.slice(within.start, within.end).matchAll(PAREN_CODE)) {
    const code = m[1] as string;
    const start = within.start + m.index + 1;
    const end = start + code.length;
    // "l'agrément de l'Agence nationale … (ANSSI)": the acronym of a body the sentence names is its issuer.
    if (names.some((n) => n.type === 'regulator' && n.start < end && start < n.end)) continue;
    const after = folded.slice(end + 1, Math.min(within.end, end + 49));
    // "Authorised Economic Operator (AEO) status": a status a body grants is named by its acronym too.
    if (NOUN_AFTER.test(after) || STATUS_AFTER.test(after)) return { name: code, start, end };
    const before = folded.slice(Math.max(within.start, start - 110), start - 1);
    // "certified as an entity in charge of maintenance (ECM)", "certified against the … trust framework (DIATF)":
    // the words after the participle spell out the standard the acronym names, "and" included.
    const standard = CERTIFIED_AS.exec(before);
    if (standard !== null && !AGENT_WORDS.test(before.slice(standard.index + standard[0].length)))
      return { name: code, start, end };
    LABEL_NOUN.lastIndex = 0;
    const nouns = [...before.matchAll(LABEL_NOUN)];
    const noun = nouns.at(-1);
    if (noun === undefined || GRANTOR_WORDS.test(before.slice(noun.index + noun[0].length))) continue;
    return { name: code, start, end };
  }
  return undefined;
}
