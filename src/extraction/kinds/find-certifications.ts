import type { ArticleState } from '../article-state.ts';
import { assessStatus } from '../assess-status.ts';
import type { CertificationClaim } from '../claim.ts';
import { baseOf, type Draft, draftOf } from '../draft.ts';
import type { PartyMention } from '../find-parties.ts';
import { possessorOfRelative } from '../possessed-relative.ts';
import { firstCue, matchAll } from '../rules/rule-set.ts';
import { actors, clauseAt, type SentenceContext, type Span } from '../sentence-context.ts';
import { apposedAuthority } from './authority-apposed.ts';
import { anaphoricHolder } from './certified-holder.ts';
import { coordinatedLabels } from './coordinated-labels.ts';
import { recalledFromOwnReport } from './own-earlier-report.ts';
import { ownGrantee } from './own-grantee.ts';
import { shapedLabel } from './shaped-label.ts';

const NEGATED = /\b(?:pas|jamais|not|never|non|yet to)\b/u;
/** After the label, a new verb phrase or a relative clause speaks of something else ("and intends to ..."). */
const NEXT_PHRASE =
  /\s(?:and|but|et|mais)\s|,\s*(?:which|that|who|without|where|qui|dont|mais|but|sans|ce qui|lequel|laquelle|lesquel\w*)\b/u;

/** An offer noun the participle qualifies like an adjective ("les services qualifiés", "offre certifiée"). */
const OFFER_BEFORE =
  /\b(?:services?|offres?|solutions?|plateformes?|cloud|hebergement|produits?|infrastructures?|offers?|offerings?|platforms?|products?)\s$/u;
const ADJECTIVAL = new Set(['qualifie', 'certified']);
/** "... SecNumCloud de Cirrane", "... of Cirrane": the label's offer belongs to a company named after it. */
const OWNER_AFTER = /^\s(?:de |d'|du |des |of )/u;

const ADJECTIVAL_ID = new Set(['qualifie', 'certified']);
const UNNAMED_HOLDER =
  /\b(?:a|an|any|several|un|une|des|plusieurs|d'autres|other)\s+(?:[\w-]+\s+)?(?:providers?|hosts?|hosting providers?|partners?|suppliers?|vendors?|operators?|data ?cent(?:er|re)s?|prestataires?|hebergeurs?|fournisseurs?|partenaires?|operateurs?|acteurs?|datacenters?)\s+$/u;
/** "an HDS-certified provider": the label qualifies an indefinite noun that follows it. */
const INDEFINITE_BEFORE = /\b(?:a|an|any|un|une|des|tout|toute)\s+$/u;
const PROVIDER_AFTER =
  /^\s*(?:[\w-]+\s+)?(?:providers?|hosts?|hosting|partners?|suppliers?|vendors?|operators?|data ?cent(?:er|re)s?|cloud|prestataires?|hebergeurs?|fournisseurs?|partenaires?|operateurs?)\b/u;
const MARKET_OF = /\b(?:marches?|markets?|segments?|demande|demand)\b[^.;,]{0,45}$/u;
const OBJECT_RELATIVE = /(?:\bque|\bqu'|\bwhich|\bthat)\s*$/u;
/**
 * "The company, which received …": an English relative right after the bare role noun of the story's company (a
 * qualified one, "the Rennes-based company", may be another company's descriptor).
 */
const ROLE_NOUN_SUBJECT =
  /(?:^|[.;:]\s*|\s)(?:the|this) (?:company|group|firm|bank|lender|insurer|operator|provider|maker|manufacturer|start-?up|business|carrier|retailer|developer|supplier|hoster|host)\s*,\s*(?:which|that)\s*$/u;
// "Common Criteria EAL4+": an evaluation assurance level is the tier of a Common Criteria certificate.
const TIER_AFTER = /^\s(Plus|Premium|Advanced|Gold|Silver|Platinum|Bronze|EAL ?[1-7]\+?)(?![\w+])/u;
// "obtained certification to ISO 22734, the standard for …, from TÜV Süd": the body it came from grants it.
const AGENT_BEFORE = /\b(?:par|by|from|aupres (?:de|d'|du))\s+(?:l'|le |la |les |the )?$/u;
/**
 * A possessive subject (also after a verbless "Autre bonne nouvelle :" or a fronted time, "En janvier, sa
 * suite", "Last year its plant"), or a relative on a possessed noun, before the verb: the topic's own plant
 * or design.
 */
const POSSESSED_HOLDER =
  /^\s*(?:[«"“]\s*)?(?:(?![^:]*\b(?:a|ont|est|sont|avait|etait|dispose|disposait|possede|compte|has|have|had|is|was)\b)[^,;:.]{1,60}:\s*)?(?:(?:en|in|depuis|since|des|during|earlier|last|this|fin|debut|mi|late|early)\b(?: [\w-]+){1,3},?\s+)?(?:its|their|son|sa|ses|leur|leurs|our|notre|nos)\s|\b(?:its|their|son|sa|ses|leur|leurs|our|notre|nos) [\w' -]{1,40}, (?:qui|which|that) $/u;
/**
 * "Le site de Herstal a obtenu", "the plant in Cheongju received", "Par ailleurs, l'usine de Vienne (Isère) a
 * obtenu", "Le site de Meylan, qui emploie 140 personnes, a obtenu", "L'activité a obtenu": the topic's own
 * site or business, named by its town or by nothing, after a short fronted phrase and an inserted relative.
 */
const SITE_LEAD =
  /^\s*(?:[^,;:]{1,30},\s*)?(?:le |l'|la |les |the )(?:(?:nouvel\w* |new |main |principal\w* )?(?:site|usine|campus|plant|factory|facility|entrepot|atelier|warehouse|mill)s? (?:de |d'|du |in |at )[\w' -]{1,30}(?: \([\w' -]{2,30}\))?|(?:activite|branche|unit|business|division|module|software|device|logiciel|dispositif)s?\b)(?:,\s*(?:qui|which|that)\b[^,;:]{1,80},)?(?: [\w-]+){0,3} ?$/u;
/** "Sa filiale Tarnelle Data a obtenu", "Its subsidiary Brackmoor Rail received": the subsidiary named is the holder. */
const SUBSIDIARY_BEFORE =
  /\b(?:sa|son|leur|its|their) (?:nouvelle |new )?(?:filiale|subsidiary|affiliate|unit|division|branche)(?: [\p{L}-]+)? $/u;
const POSSESSIVE_LEAD = /^\s*(?:its|their|son|sa|ses|leur|leurs)\s/u;
/**
 * "Le site vient d'obtenir", "le nouveau terrain synthétique a obtenu", "En juin, l'ensemble de ses calibres a
 * obtenu", "Les deux premières unités du méthaniseur ont obtenu", "The plant obtained", "The test also
 * received": a site, a building or a product named by its common noun alone, with no company in the phrase,
 * is the story's own; its label is the topic's. A company named in the phrase is read as the subject first.
 */
const ASSET_NOUN =
  '(?:sites?|usines?|terrains?|stades?|unites?|entrepots?|hotels?|residences?|calibres?|recettes?|produits?|gammes?|plateformes?|methaniseurs?|batiments?|magasins?|laboratoires?|centrales?|mines?|fermes?|exploitations?|datacenters?|centres? de donnees|plants?|factor(?:y|ies)|facilit(?:y|ies)|stadiums?|grounds?|farms?|warehouses?|platforms?|products?|tests?|devices?|features?|labs?|laborator(?:y|ies)|data ?cent(?:er|re)s?)';
const BARE_ASSET_LEAD = new RegExp(
  String.raw`^\s*(?:[^,;:]{1,30},\s*)?(?:(?:l'ensemble|la totalite|la plupart|une partie|all|each|both|some|most) (?:de |d'|des |du |of )?)?(?:le |l'|la |les |the |ses |son |sa |leurs? |its |their )?(?:(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|\d+|two|three|four|five|ten|twelve|premier\w*|first|nouvel\w*|nouveau\w*|new|main|principal\w*) ){0,2}${ASSET_NOUN}\b(?: [\w'-]+){0,3}?(?:,[^,;:]{1,60},)?(?: (?:also|aussi|egalement|deja|already|now|desormais|recently|recemment))? ?$`,
  'u',
);
/**
 * "The Whistler hotel obtained", "its apartments in Dublin and Cork had received", "un domaine du Languedoc … et
 * obtient": a name that says where a site, a building or a product is (a town, a region, a model) is no holder;
 * the site is its owner's.
 */
const SITE_NOUNS =
  '(?:sites?|plants?|factor(?:y|ies)|facilit(?:y|ies)|hotels?|lodges?|resorts?|apartments?|homes?|buildings?|offices?|warehouses?|stores?|mills?|campus(?:es)?|modules?|usines?|entrepots?|domaines?|vignobles?|immeubles?|bureaux|magasins?|residences?|logements?|appartements?|ateliers?|chateaux)';
const PLACE_BEFORE = new RegExp(
  String.raw`\b${SITE_NOUNS} (?:(?!(?:in|at|of|de|du|d'|a|en)\b)[\w-]+ ){0,2}?(?:in|at|near|de|du|d'|a|en)\s(?:[\p{L}' -]{1,25}(?:,| and| et) )?$`,
  'u',
);
const PLACE_AFTER = new RegExp(String.raw`^\s${SITE_NOUNS}\b`, 'u');
const DETERMINER_BEFORE =
  /(?:\b(?:the|its|their|our|le|la|les|l'|son|sa|ses|leur|leurs|notre|nos)|['’]s)\s$/u;

/**
 * "son unité de bioproduction de Saint-Priest", "sa tomme de Chambaran", "its plant in Cheongju": a name
 * inside a possessed noun phrase tells where or what the unit is; the possessor holds the label.
 */
const POSSESSED_PLACE =
  /\b(?:its|their|son|sa|ses|leur|leurs) (?:[\p{L}-]+ ){1,4}?(?:de |d'|du |in |at |near |a |pres de )$/u;

function namesPlace(folded: string, p: Span): boolean {
  return (
    POSSESSED_PLACE.test(folded.slice(Math.max(0, p.start - 60), p.start)) ||
    PLACE_BEFORE.test(folded.slice(Math.max(0, p.start - 70), p.start)) ||
    (PLACE_AFTER.test(folded.slice(p.end, p.end + 14)) &&
      DETERMINER_BEFORE.test(folded.slice(Math.max(0, p.start - 8), p.start)))
  );
}
const REVISION =
  /(?<=\d)(?::\d{4}|\s+(?:Rev(?:ision)?\.?|version|édition|edition)\s*[A-Z0-9]{1,3}(?:\.\d+)?)$/u;
/**
 * "a SecNumCloud qualification that Nimbéa would still need to obtain", "la qualification HDS que la
 * société espère décrocher": a relative clause after the label tells it is still to be won.
 */
const STILL_TO_OBTAIN =
  /^(?: [\w-]+){0,2}?\s*,?\s*(?:that|which|que|qu')\s[^.;,]{0,40}?\b(?:need|needs|needed|must|has yet|have yet|had yet|will have|would have|hopes?|hoped|expects?|expected|aims?|intends?|wants?|plans?|seeks?|devra|devront|devrait|doit|doivent|espere|esperent|vise|visent|compte|comptent|souhaite|ambitionne|entend|prevoit) (?:[\w-]+ )?(?:to |de |d')?(?:obtain|secure|win|earn|get|achieve|gain|obtenir|decrocher|acquerir|recevoir)\b/u;

/** Between the verb and its label: an infinitive of obtaining, so the label is still to come. */
const TO_OBTAIN =
  /\b(?:pour|afin d'|afin de|en vue d'|en vue de|to|in order to)\s(?:\w+ ){0,2}?(?:obtenir|decrocher|recevoir|obtain|secure|gain|achieve|earn|win|get)\b/u;

/** The firm that ran the audit behind the label is its issuer: "un audit mené par", "an audit conducted by". */
const AUDIT_LED_BY =
  /\b(?:audit|evaluation|assessment|inspection|review|controle)s? (?:[\w'-]+ ){0,2}?(?:mene|menee|realise|realisee|conduit|conduite|effectue|effectuee|conducted|carried out|performed|led|run) (?:par|by) (?:l'organisme |le cabinet |the firm |l'|le |la |les |the )?$/u;
const LEADS_AUDIT =
  /^\s*,?\s*(?:qui|which|who|that)?\s?(?:a |avait |has |had )?(?:mene|realise|conduit|effectue|conducted|carried out|performed|led|ran) (?:l'|le |la |les |the |an? |its |son |sa )?(?:[\w-]+ ){0,2}?(?:audit|evaluation|assessment|inspection)s?\b/u;

/**
 * « Fraîchement certifié REDcert-EU, Méthavergne a signé … », "Newly certified to ISO 14001, Brackley said …": a
 * participle opening the sentence, before the comma, qualifies the subject of the main clause, the first name after it.
 */
const FRONTED_LEAD =
  /^\s*(?:[\w-]+ment |tout juste |a peine |newly |recently |freshly |just |already |deja |desormais |now )?$/u;
const FRONTED_TO_SUBJECT = /^[^,;.()]{0,50},\s*(?:l'|le |la |les |the )?$/u;

/** Triggers that tell a label already held, not the event of obtaining it. */
const HOLDS = new Set(['titulaire', 'holds']);
/** The issuer as subject ("a délivré à X", "has granted … to X", "a suspendu la qualification de X"): the holder follows. */
const GRANTS = new Set(['delivre-a', 'grants-to']);
const REVOKES = new Set(['suspendu-retire', 'revokes']);
/**
 * Before the holder of a label granted: "à", "to" (a few words after the verb, "à l'offre d'hébergement de"),
 * or nothing ("granted X the …").
 */
const GRANTED_TO =
  /(?:^|\s)(?:a|au|aux|to)\s+(?:l'|le |la |les |the )?(?:[\w'-]+ ){0,4}$|^\s*(?:l'|le |la |the )?$/u;
/** Before the holder of a label withdrawn: "la qualification … du cabinet X", "the accreditation of X". */
const WITHDRAWN_FROM = /(?:^|\s)(?:de|du|des|d'|of|from)\s*(?:l'|le |la |les |the )?(?:[\w-]+ ){0,2}$|^\s*$/u;
/** Between the noun of obtaining and its agent: "l'obtention par ", "obtention par le ". */
const OBTAINED_BY = /^obtention\b[^,;.]{0,60}?\bpar (?:l'|le |la |les )?$/u;
/** "Esterby's case-management software", "Gladwell's Swindon plant": a possessor opening the clause holds the label. */
const POSSESSOR =
  /^\s*([\p{Lu}][\p{L}\p{N}&-]*(?: [\p{Lu}][\p{L}\p{N}&-]*){0,2})['’]s\s+(?:[\p{Lu}][\p{L}-]+\s+){0,2}\p{Ll}/u;

/**
 * "Carrowmere, which has been awarded ISO 27001", "with Ambleford Composites, a Derby-based maker of panels,
 * which this month gained Nadcap accreditation": the company the relative clause hangs on (past its
 * apposition) is the holder; "which" there is the subject, not the object of the verb.
 */
const HEADS_RELATIVE =
  /^\s*(?:,\s*(?:an?|the|l'|le|la|une?)\s[^,;:()]{1,80})?,\s*(?:which|who|that|qui)\s+(?:[\w-]+\s+){0,3}$/u;

/** ", which Y will install,", ", qu'elle avait rachetée à Y,": a relative opened before the name, closed before the verb. */
const RELATIVE_OPEN = /,\s*(?:which|who|that|where|qui|que|qu'|dont|ou)\b[^,;:()]*$/u;
const RELATIVE_CLOSE = /^[^,;:()]*,/u;

/** Between two names of one subject: "X et Y", "X, Y and Z", "X as well as Y". */
const COORDINATED =
  /^\s*(?:,|,?\s*(?:et|and|&|ainsi que|as well as))\s*(?:de |d'|du |des |l'|le |la |les |the )?$/u;

/**
 * "X said on Monday that its Y Fund had been awarded", "L'hébergeur roubaisien Z a obtenu": one label told
 * once has one holder, the subject nearest its verb; a name before it and not coordinated with it is a
 * speaker, an analyst or a role noun's guess, another phrase's.
 */
function nearestSubjects(folded: string, names: readonly PartyMention[]): PartyMention[] {
  let first = names.length - 1;
  while (first > 0) {
    const prev = names[first - 1] as PartyMention;
    const next = names[first] as PartyMention;
    if (prev.end > next.start || !COORDINATED.test(folded.slice(prev.end, next.start))) break;
    first--;
  }
  return names.slice(first);
}

function insideRelative(folded: string, from: number, name: Span, verb: number): boolean {
  return (
    RELATIVE_OPEN.test(folded.slice(Math.max(from, name.start - 120), name.start)) &&
    RELATIVE_CLOSE.test(folded.slice(name.end, verb))
  );
}

/** The clause up to the end of the phrase that holds the label: where its status cues are read. */
function ownWords(ctx: SentenceContext, clause: Span, from: number): Span {
  const next = NEXT_PHRASE.exec(ctx.folded.slice(from, clause.end));
  return next === null ? clause : { start: clause.start, end: from + next.index };
}

/** "has been accredited by CREST", "accréditée par le Cofrac": the verb itself, its agent right after. */
const ACCREDITED_BY = /\baccredit\w*(?: [\w-]+){0,2}? (?:by|par) (?:the |l'|le |la )?$/u;

/**
 * "it had been accredited by CREST for penetration testing": with no label named, an accreditation's label is
 * the body that grants it.
 */
function accreditingBody(
  ctx: SentenceContext,
  trigger: { index: number; end: number },
): { name: string; start: number; end: number } | undefined {
  if (!ctx.folded.slice(trigger.index, trigger.end + 12).includes('accredit')) return undefined;
  return ctx.parties.find(
    (p) =>
      (p.type === 'company' || p.type === 'regulator') &&
      p.start >= trigger.index &&
      ACCREDITED_BY.test(ctx.folded.slice(trigger.index, p.start)),
  );
}

/**
 * A label, qualification or attestation already obtained, one claim per holder. A label still to
 * obtain ("devra décrocher", "expects to obtain") is an aspiration, not a certification.
 * `issuers` maps a label to the issuer the article named for it earlier ("SecNumCloud de l'Anssi").
 */
const GRANTED_BY =
  /\b(?:delivre\w*|decerne\w*|attribue\w*|octroye\w*|accorde\w*|audite\w*|(?:re)?certifie\w*|valide\w*|emis\w*|(?:re)?accredit\w*|issued|awarded|granted|audited|(?:re)?certified|conferred|assessed|verified|validated)(?: [\w'()-]+){0,8}? (?:par|by) (?:l'organisme |le cabinet |l'auditeur |the auditor |the certification body |the firm )?(?:l'|le |la |les )?$|\b(?:audit|review|assessment|inspection|evaluation|examen|controle)s? (?:[\w'-]+ ){0,2}?(?:by|par|de|d'|du)\s*(?:l'|le |la |les |the )?(?:(?:notified|certification|inspection|testing) body |organisme (?:notifie|certificateur) )?$|\b(?:certification|certificate|certificat|label|attestation|accreditation|qualification|approval|seal|clearance|authori[sz]ation|acceptance|licen[cs]e)(?: [\w'-]+){0,3}? (?:by|from|par|aupres (?:de|d'|du)|de la part (?:de|d'|du))\s*(?:l'|le |la |les |the )?(?:[\w-]+ ){0,4}?$/u;

export function findCertifications(ctx: SentenceContext, state: ArticleState): Draft[] {
  const { rules } = ctx;
  const drafts: Draft[] = [];
  // Labels the sentence says are held already come after the one it tells of being obtained.
  const held: Draft[] = [];
  for (const trigger of matchAll(rules.certification.triggers, ctx.triggerText)) {
    const clause = clauseAt(ctx, trigger.index);
    const labels = ctx.parties.filter(
      (p) => p.type === 'label' && p.start >= clause.start && p.end <= clause.end,
    );
    // "a obtenu du Bureau of Industry and Security (BIS), l'autorité américaine …, une licence": a body the
    // sentence describes as an authority is read as one, the registry may not know it.
    const bodies = ctx.parties
      .filter((p) => p.type !== 'label')
      .map((p) =>
        p.type === 'company' && apposedAuthority(ctx.folded, p) ? { ...p, type: 'regulator' as const } : p,
      );
    const shaped = matchAll(rules.certification.labels, ctx.folded, clause.start, clause.end)[0];
    const found = [
      ...labels,
      ...(shaped === undefined
        ? []
        : [
            { name: ctx.sentence.text.slice(shaped.index, shaped.end), start: shaped.index, end: shaped.end },
          ]),
      ...[shapedLabel(ctx.sentence.text, ctx.folded, clause, bodies)].filter((l) => l !== undefined),
    ];
    // "earned HITRUST certification ... and intends to pursue FedRAMP": the label the verb governs is the nearest after it.
    const governed =
      found.filter((l) => l.start >= trigger.index).sort((a, b) => a.start - b.start)[0] ??
      found.filter((l) => l.end <= trigger.index).sort((a, b) => b.end - a.end)[0] ??
      accreditingBody(ctx, trigger);
    if (governed === undefined) continue;
    // "Cyber Essentials Plus", "ISCC Plus": a tier written after a known label is a label of its own.
    const tier = TIER_AFTER.exec(ctx.sentence.text.slice(governed.end, governed.end + 12));
    const tiered =
      tier === null || governed.name.endsWith(tier[1] as string)
        ? governed
        : { ...governed, name: `${governed.name} ${tier[1]}`, end: governed.end + tier[0].length };
    // "AS9100 Rev D", "EN 9100:2018": the standard's revision or edition is no label of its own.
    // « le marquage CE »: a registry label the French press names in its own words keeps them.
    const bare = tiered.name.replace(REVISION, '');
    const label = { ...tiered, name: rules.certification.names.get(bare) ?? bare };
    const lead = ctx.folded.slice(clause.start, trigger.index);
    // "Calvera, which is not listed, obtained …": a negation behind a comma is another phrase's.
    const near = ctx.folded.slice(Math.max(clause.start, trigger.index - 12), trigger.end);
    const around = near.slice(near.lastIndexOf(',') + 1);
    if (
      firstCue(rules.certification.aspiration, lead.slice(-160), ctx.folded) !== undefined ||
      NEGATED.test(around) ||
      // "holds … a SecNumCloud qualification that Nimbéa would still need to obtain": the label held is to come.
      ((HOLDS.has(trigger.id) || ADJECTIVAL_ID.has(trigger.id) || trigger.index >= label.end) &&
        STILL_TO_OBTAIN.test(ctx.folded.slice(label.end, label.end + 90))) ||
      // "a accordé un délai à X pour obtenir la qualification": the label is the purpose of what was granted.
      (label.start > trigger.end && TO_OBTAIN.test(ctx.folded.slice(trigger.end, label.start)))
    )
      continue;
    // « nous indiquions que X avait obtenu … »: no news of this article.
    if (recalledFromOwnReport(ctx, { start: trigger.index, end: trigger.end }, label)) continue;
    // "commercialisera les services qualifiés SecNumCloud de Cirrane": another company's offer described, no event.
    if (
      ADJECTIVAL.has(trigger.id) &&
      OFFER_BEFORE.test(ctx.folded.slice(Math.max(0, trigger.index - 30), trigger.index)) &&
      OWNER_AFTER.test(ctx.folded.slice(label.end, label.end + 8))
    )
      continue;
    // "hosted by an HDS-certified provider", "choisir un hébergeur certifié HDS": a kind of provider, none named.
    if (
      ADJECTIVAL_ID.has(trigger.id) &&
      label.end <= trigger.index &&
      INDEFINITE_BEFORE.test(ctx.folded.slice(Math.max(0, label.start - 12), label.start)) &&
      PROVIDER_AFTER.test(ctx.folded.slice(trigger.end, trigger.end + 30))
    )
      continue;
    // "with a provider certified under the HDS scheme", "le marché de l'hébergement qualifié": no holder named.
    if (
      ADJECTIVAL_ID.has(trigger.id) &&
      (UNNAMED_HOLDER.test(ctx.folded.slice(Math.max(0, trigger.index - 50), trigger.index)) ||
        MARKET_OF.test(ctx.folded.slice(Math.max(0, trigger.index - 60), trigger.index)))
    )
      continue;
    const regulator = bodies.find(
      (p) => p.type === 'regulator' && p.start >= clause.start && p.end <= clause.end,
    );
    // "délivrée par Bureau Veritas", "awarded by BSI": the body that grants the label is its issuer, not a holder.
    const grantor = actors(ctx, clause).find(
      (p) =>
        p.type === 'company' &&
        (GRANTED_BY.test(ctx.folded.slice(Math.max(clause.start, p.start - 80), p.start)) ||
          // "À l'issue d'un audit mené par Bureau Veritas, X est certifié", "C'est Deloitte qui a mené l'audit".
          AUDIT_LED_BY.test(ctx.folded.slice(Math.max(0, p.start - 60), p.start)) ||
          LEADS_AUDIT.test(ctx.folded.slice(p.end, p.end + 60))),
    );
    // "coté sur Euronext Growth …, délivrée par l'Anssi": the body named as granting comes first.
    const granting = ctx.parties.find(
      (p) =>
        p.type === 'regulator' &&
        p.start >= clause.start &&
        p.end <= clause.end &&
        GRANTED_BY.test(ctx.folded.slice(Math.max(clause.start, p.start - 40), p.start)),
    );
    // "L'ANSSI a suspendu …", "The Civil Aviation Authority has granted …": the subject is the issuer.
    const subject =
      GRANTS.has(trigger.id) || REVOKES.has(trigger.id)
        ? actors(ctx, clause, true)
            .filter((p) => p.end <= trigger.index)
            .at(-1)
        : undefined;
    const issuer =
      subject?.name ?? granting?.name ?? regulator?.name ?? grantor?.name ?? state.issuers.get(bare);
    // The label's own name ("HITRUST certification") is never its holder.
    const named = actors(ctx, clause).filter(
      (p) =>
        (p.type === 'company' || p.type === 'alliance') &&
        p !== grantor &&
        !bodies.some((b) => b.type === 'regulator' && b.start === p.start) &&
        (p.end <= label.start || p.start >= label.end),
    );
    const all = named.filter((p) => !namesPlace(ctx.folded, p));
    // The holder is the subject; names after the verb are auditors or customers, unless none comes before.
    // "X's gateway, which Y will install, received …": a name inside a relative inserted before the verb is not.
    const subjects = all.filter((p) => p.end <= trigger.index);
    // "The Whistler hotel obtained …": with only a site's place before the verb, the site is the topic's.
    const placeLead = subjects.length === 0 && named.some((p) => p.end <= trigger.index);
    const outside = subjects.filter((p) => !insideRelative(ctx.folded, clause.start, p, trigger.index));
    const inClause = outside.length > 0 ? outside : subjects;
    // "Le groupe Morvalis se renforce : sa filiale Tarnelle Data a obtenu": the subject after a colon is the verb's.
    const colonAt = ctx.folded.lastIndexOf(': ', trigger.index);
    const afterColon = colonAt > clause.start ? inClause.filter((p) => p.start > colonAt) : [];
    const before = afterColon.length > 0 ? afterColon : inClause;
    // "L'entreprise, qui détenait la certification HDS, ... aux côtés d'OVHcloud": the anaphor is the holder.
    // "Its design received …", "son usine de Cheongju, qui a obtenu …": the topic's own site or product holds it.
    const topicLead =
      state.topic !== undefined &&
      (placeLead ||
        ctx.rules.organisations.topic.test(lead) ||
        POSSESSED_HOLDER.test(lead) ||
        SITE_LEAD.test(lead) ||
        BARE_ASSET_LEAD.test(lead));
    // "la qualification, que détient déjà Cloud Temple": in an object relative the holder follows the verb.
    // "The company, which received a C5 attestation … and signed a partnership with SAP": "which" right before the
    // verb is its subject, the role noun it hangs on; a name after the verb is no holder.
    const objectRelative = OBJECT_RELATIVE.test(lead) && !ROLE_NOUN_SUBJECT.test(lead);
    // "condition posée par Ampere", "required by Airbus": an agent after the verb is no holder.
    const agentless = all.filter(
      (p) => !AGENT_BEFORE.test(ctx.folded.slice(Math.max(0, p.start - 8), p.start)),
    );
    // "son usine de Cheongju, qui a obtenu": a name inside the possessed noun is a place, not the holder.
    const possessed =
      state.topic !== undefined &&
      POSSESSED_HOLDER.test(ctx.folded.slice(Math.max(0, trigger.index - 80), trigger.index)) &&
      !before.some((p) => SUBSIDIARY_BEFORE.test(ctx.folded.slice(Math.max(0, p.start - 30), p.start)));
    // "une autre bonne nouvelle pour le groupe isérois : sa tomme de Chambaran a obtenu": the possessive
    // after a colon is the company the words before it name.
    const colon = lead.lastIndexOf(': ');
    const colonOwner =
      colon >= 0 &&
      POSSESSIVE_LEAD.test(lead.slice(colon + 1)) &&
      // "Serlance : sa filiale Ligérienne Data, …, a obtenu": the subsidiary named after the possessive holds it.
      afterColon.length === 0
        ? (actors(ctx, { start: clause.start, end: clause.start + colon })
            .filter((p) => p.type === 'company')
            .at(-1) ?? state.topic)
        : undefined;
    const granted = GRANTS.has(trigger.id) || REVOKES.has(trigger.id);
    const possessor = granted ? null : POSSESSOR.exec(ctx.sentence.text.slice(clause.start, trigger.index));
    // "l'obtention par Delormeau du label Cosmos Organic": the noun's agent is the holder.
    const obtainer =
      trigger.id === 'obtention'
        ? all.find((p) => OBTAINED_BY.test(ctx.folded.slice(trigger.index, p.start)))
        : undefined;
    const head = granted
      ? undefined
      : actors(ctx, { start: 0, end: trigger.index }).findLast(
          (p) =>
            p.type === 'company' &&
            // A descriptor ("the Rennes-based company, which …") is read elsewhere, by the topic.
            !/^(?:the|le|la|les|l')\b/u.test(ctx.folded.slice(p.start, p.end)) &&
            trigger.index - p.end < 130 &&
            HEADS_RELATIVE.test(ctx.folded.slice(p.end, trigger.index)),
        );
    // « Fraîchement certifié REDcert-EU, Méthavergne a signé avec Engie … »: the fronted participle is the subject's.
    const fronted =
      ADJECTIVAL_ID.has(trigger.id) && FRONTED_LEAD.test(lead)
        ? all.find(
            (p) => p.start >= label.end && FRONTED_TO_SUBJECT.test(ctx.folded.slice(label.end, p.start)),
          )
        : undefined;
    const owner =
      obtainer ?? head ?? fronted ?? (granted ? undefined : possessorOfRelative(ctx, trigger.index));
    let holders = owner
      ? [owner]
      : granted
        ? all.filter(
            (p) =>
              p.start >= trigger.end &&
              (GRANTS.has(trigger.id) ? GRANTED_TO : WITHDRAWN_FROM).test(
                ctx.folded.slice(trigger.end, p.start),
              ),
          )
        : possessor !== null && before.length === 0
          ? [
              {
                name: possessor[1] as string,
                type: 'company' as const,
                known: false,
                start: clause.start + possessor.index,
                end: clause.start + possessor.index + (possessor[1] as string).length,
              },
            ]
          : colonOwner !== undefined
            ? [colonOwner]
            : objectRelative
              ? all.filter((p) => p.start >= trigger.end)
              : before.length > 0 && !possessed
                ? nearestSubjects(ctx.folded, before)
                : topicLead || possessed
                  ? []
                  : agentless;
    if (holders.length === 0 && !granted && (topicLead || possessed) && state.topic !== undefined)
      holders = [anaphoricHolder(ctx, state) ?? state.topic];
    // "Volantis said the EASA has granted a type certificate to its VA-19": the grantee is the teller or the topic.
    if (holders.length === 0 && GRANTS.has(trigger.id) && subject !== undefined) {
      const grantee = ownGrantee(ctx, state, subject, trigger.end, label.end);
      if (grantee !== undefined && grantee.name !== subject.name) holders = [grantee];
    }
    const names = [...new Set(holders.map((h) => h.name))];
    // "certified to ISO 9001, ISO 14001 and ISO 45001": each label listed with the governed one is obtained too.
    const listed =
      names.length === 0
        ? []
        : coordinatedLabels(ctx, clause, label).map((l) => {
            const plain = l.name.replace(REVISION, '');
            return rules.certification.names.get(plain) ?? plain;
          });
    for (const name of names) {
      const holder = holders.filter((h) => h.name === name);
      const verdict = assessStatus(ctx, ownWords(ctx, clause, Math.max(trigger.end, label.end)), holder);
      for (const labelName of [label.name, ...listed.filter((l) => l !== label.name)]) {
        const claim: CertificationClaim = {
          kind: 'certification',
          parties: [name],
          label: labelName,
          ...(issuer !== undefined ? { issuer } : {}),
          ...baseOf(ctx, verdict),
        };
        (HOLDS.has(trigger.id) ? held : drafts).push(draftOf(ctx, claim, trigger.id, verdict));
      }
    }
    // "qui détient déjà HDS, a obtenu ISO 27001": a label held is background; the sentence may tell a new one.
    if (names.length > 0 && !HOLDS.has(trigger.id)) break;
  }
  return [...drafts, ...held];
}

/** Labels and their issuer when a sentence names both ("le label SecNumCloud de l'Anssi"). */
export function learnIssuers(ctx: SentenceContext, issuers: Map<string, string>): void {
  const label = ctx.parties.find((p) => p.type === 'label');
  const regulator = ctx.parties.find((p) => p.type === 'regulator');
  if (label !== undefined && regulator !== undefined && !issuers.has(label.name))
    issuers.set(label.name, regulator.name);
}
