import type { PartyMention } from '../find-parties.ts';
import type { SentenceContext, Span } from '../sentence-context.ts';

/**
 * Talks whose object is a company ("no negotiations about selling a stake in T-Systems", "not in talks with
 * the owners regarding Lannuzel", "ni intérêt pour Banca X", "in talks over the Bristol start-up") are about
 * buying it: an acquisition's talks, never an agreement between the talkers.
 */

/** The agreement triggers for talks (the rule files' ids). */
const TALKS_TRIGGERS = new Set(['talks', 'negociations']);

/** Right before the company talked about: a preposition of topic, then only words of a stake or a sale. */
const ABOUT_COMPANY =
  /\b(?:about|over|regarding|concerning|interest in|au sujet (?:de |d'|du )|a propos (?:de |d'|du )|concernant|interet pour)\s*(?:(?:selling|buying|acquiring|taking|a|an|the|any|its|possible|potential|eventual|minority|majority|controlling|sale of|purchase of|acquisition of|takeover of|bid for|offer for|stake in|holding in|investment in|la|le|l'|une?|sa|son|eventuel(?:le)?|possible|cession (?:de |d'|du )|vente (?:de |d'|du )|rachat (?:de |d'|du )|reprise (?:de |d'|du )|participation (?:dans |de |au capital (?:de |d'|du ))|\d[\d,.]* ?%)\s*)*$|\b(?:an? |the |un |une |des |d'un |d'une )?(?:[\w-]+ )?(?:investors?|buyers?|bidders?|acquirers?|suitors?|investisseurs?|acquereurs?|repreneurs?) (?:for|in|pour|dans)\s(?:the |l'|le |la )?$/u;

/** The same object told by a role noun: "in talks over the Bristol start-up". */
const ABOUT_DESCRIBED =
  /\b(?:about|over|regarding|concerning|au sujet (?:de|d'|du)|a propos (?:de|d'|du)|concernant)\s+(?:the|its|la|le|l') ?(?!(?:new|nouvelle|joint|common|commune)\b)(?:[\w-]+ ){0,2}(?:start-?up|company|group|firm|business|unit|division|subsidiary|maker|lender|bank|insurer|operator|societe|groupe|entreprise|filiale|banque|assureur|operateur)s?\b(?!['’]s)/u;

export function talksAboutCompany(
  ctx: SentenceContext,
  clause: Span,
  trigger: { id: string; end: number },
  parties: readonly PartyMention[],
): boolean {
  if (!TALKS_TRIGGERS.has(trigger.id)) return false;
  const after = ctx.folded.slice(trigger.end, clause.end);
  if (ABOUT_DESCRIBED.test(after.slice(0, 90))) return true;
  return parties.some(
    (p) =>
      p.type === 'company' &&
      p.start >= trigger.end &&
      ABOUT_COMPANY.test(ctx.folded.slice(Math.max(trigger.end, p.start - 70), p.start)),
  );
}
