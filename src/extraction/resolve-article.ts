import { foldText } from '../entities/fold-text.ts';
import type { Claim } from './claim.ts';
import type { ClaimExplanation } from './claim-explanation.ts';
import type { Draft } from './draft.ts';
import { rolledOut } from './kinds/later-rollouts.ts';
import { withoutRetracted } from './retracted-claims.ts';
import type { Attribution } from './sentence-context.ts';
import { aboutAnotherDeal, confirmationSettles } from './statement-reach.ts';

/** How many sentences back a cited source still covers a hedged claim with none of its own. */
const ATTRIBUTION_REACH = 4;
const DEALS = new Set<Claim['kind']>(['agreement', 'acquisition']);
const FLIPPABLE = new Set<Claim['kind']>(['agreement', 'acquisition', 'launch', 'certification']);

const sortedParties = (c: Claim) => [...c.parties].sort().join('|');

/**
 * « a pris 20 % de X … une option permettant de porter sa participation à 35 % »: a stake raised to a new level
 * is a step of its own beside the first purchase, not a retelling of it.
 */
const STEPPED_STAKE = /\.acquisition\.porte-sa-participation$/u;

function keyOf(c: Claim): string {
  switch (c.kind) {
    case 'agreement':
      return c.alliance !== undefined ? `agreement#${foldText(c.alliance)}` : `agreement|${sortedParties(c)}`;
    case 'acquisition':
      return `acquisition|${sortedParties(c)}`;
    case 'share_move':
      return `share_move|${sortedParties(c)}|${c.direction}|${c.percent}`;
    case 'certification':
      return `certification|${sortedParties(c)}|${c.label}`;
    case 'launch':
      return `launch|${sortedParties(c)}|${c.eventDate ?? ''}|${c.bound ?? ''}`;
    case 'statement':
      return `statement|${sortedParties(c)}|${c.stance}`;
  }
}

/** Hedged claims without a source of their own take the one cited just before ("selon le JDN ... aurait"). */
function carryAttribution(drafts: Draft[], attributions: (Attribution | undefined)[]): void {
  for (const d of drafts) {
    const ownWords = d.claim.kind === 'share_move' || d.claim.kind === 'statement';
    if (d.claim.status !== 'rumour' || d.claim.attribution !== undefined || ownWords) continue;
    for (let i = d.sentence - 1; i >= 0 && i >= d.sentence - ATTRIBUTION_REACH; i--) {
      const a = attributions[i];
      if (a !== undefined && !a.party) {
        d.claim.attribution = a.name;
        d.cues.push(`attribution:carried-${a.cue}`);
        break;
      }
    }
  }
}

/** A joint venture named a sentence or two away ("The venture, provisionally named Hexavia, ..."). */
function attachAlliances(drafts: Draft[], alliances: readonly { name: string; sentence: number }[]): void {
  const used = new Map<string, string>();
  for (const d of drafts)
    if (d.claim.kind === 'agreement' && d.claim.alliance !== undefined)
      used.set(d.claim.alliance, sortedParties(d.claim));
  for (const d of drafts) {
    if (d.claim.kind !== 'agreement' || d.claim.alliance !== undefined) continue;
    const parties = sortedParties(d.claim);
    const sides = d.claim.parties;
    // "Avionis Space, la coentreprise de Safran et Leonardo, a remporté un contrat": a side is no deal's name.
    const near = alliances
      .filter(
        (a) =>
          Math.abs(a.sentence - d.sentence) <= 2 &&
          (used.get(a.name) ?? parties) === parties &&
          !sides.includes(a.name),
      )
      .sort((a, b) => Math.abs(a.sentence - d.sentence) - Math.abs(b.sentence - d.sentence))[0];
    if (near === undefined) continue;
    d.claim.alliance = near.name;
    used.set(near.name, parties);
    d.cues.push('alliance:named-nearby');
  }
}

/** A denial that an offer was received or made, and a bid only weighed, not made. */
const NO_OFFER_YET = /\.statement\.(?:made-no-offer|aucune-offre-recue)$/u;
const WEIGHED = /^rumour:(?:considering|envisage)$/u;

/** The rules that read a sale: the subject sells what the claim's target is. */
const SALE_RULE =
  /\.acquisition\.(?:sells-to|sell-it|sale-of[\w-]*|talks-over-sale|cede-a|cession[\w-]*|lui-ceder|discussions-cession)$/u;

/** A party's own denial or confirmation settles the hedged claims about it told before. */
function applyPartyStatements(drafts: Draft[]): void {
  const settling = drafts.filter(
    (s) => s.claim.kind === 'statement' && s.claim.stance !== 'no_comment' && !s.background,
  );
  if (settling.length === 0) return;
  const open = drafts.filter((d) => FLIPPABLE.has(d.claim.kind));
  for (const s of settling) {
    if (s.claim.kind !== 'statement') continue;
    const speaker = s.claim.parties[0];
    const status = s.claim.stance === 'deny' ? 'denied' : 'confirmed';
    const sameSentence = drafts.filter((o) => o.sentence === s.sentence).map((o) => o.claim);
    for (const d of open) {
      // "Renault a démenti … Jeudi, le titre s'était envolé après la publication par X d'informations selon
      // lesquelles Renault discutait …": the report a denial answers, recounted after it, is the report denied.
      const recounted =
        d.sentence > s.sentence && s.claim.stance === 'deny' && d.claim.attribution !== undefined;
      if (
        (d.sentence > s.sentence && !recounted) ||
        !FLIPPABLE.has(d.claim.kind) ||
        d.claim.status !== 'rumour'
      )
        continue;
      if (speaker === undefined) continue;
      // "Mercantour Services has confirmed that it is in exclusive negotiations to sell its unit to Atalian": the
      // seller of a sale its own sentence tells is a side of it, though the unit sold is the party.
      const seller = d.sentence === s.sentence && SALE_RULE.test(d.rule);
      if (!d.claim.parties.includes(speaker) && !seller) continue;
      // "X is weighing a bid for Y" stands when Y says it received no offer: none is made yet.
      if (NO_OFFER_YET.test(s.rule) && d.cues.some((c) => WEIGHED.test(c))) continue;
      // Talks confirmed are still talks; a confirmation of results says nothing of the deal.
      if (
        s.claim.stance === 'confirm' &&
        !confirmationSettles(s.claim.evidence.text, d.claim, speaker, d.sentence < s.sentence)
      )
        continue;
      // "Renault denied being in talks with Okavi" does not deny Renault's talks with Qualcomm.
      if (aboutAnotherDeal(s.claim.evidence.text, d.claim, speaker, sameSentence)) continue;
      d.claim.status = status;
      d.explicit = true;
      d.cues.push(`statement:${s.claim.stance}-by-party`);
    }
  }
}

/** "Brintel va-t-il lancer sa plateforme en mars ?": a headline asking about a launch. */
const LAUNCH_ASKED =
  /\b(?:lanc\w*|launch\w*|sorti\w*|commerciali[sz]\w*|disponib\w*|available|availability|release\w*|roll(?:s|ed|ing)? out|deploy\w*|deploi\w*)\b/u;

/** Interrogative headline: what it asks about is not asserted, unless the body says so explicitly. */
function applyQuestionHeadline(drafts: Draft[], title: string | undefined): void {
  if (title === undefined || !/\?\s*$/u.test(title)) return;
  const folded = foldText(title);
  const inTitle = (d: Draft) => d.claim.parties.every((p) => folded.includes(foldText(p)));
  for (const d of drafts) {
    if (d.claim.kind === 'statement' || d.claim.kind === 'share_move') continue;
    // A launch date is the maker's schedule: a headline asking about a deal does not question it.
    if (d.claim.kind === 'launch' && !LAUNCH_ASKED.test(folded)) continue;
    if (d.claim.status !== 'confirmed' || d.explicit) continue;
    if (!inTitle(d)) continue;
    // "Orange prépare-t-il une entrée au capital de Cirrane ?" asks about a deal, not Cirrane's label.
    if (d.claim.kind === 'certification' && !folded.includes(foldText(d.claim.label))) continue;
    d.claim.status = 'rumour';
    d.cues.push('rumour:interrogative-headline');
  }
}

/** "no current intention of making an offer", "has made no bid": a denial of a takeover offer. */
const OFFER_DENIED = /\b(?:offer|bid|offre|opa)\b/u;

/**
 * "Frasers has bought 29.9% of Pelham … The group said it had no current intention of making an offer for Pelham":
 * a stake told as bought stays bought; the offer for the whole company denied after it is another event.
 */
function deniedOfferBesideStake(m: Draft, members: readonly Draft[]): boolean {
  if (m.claim.kind !== 'acquisition' || m.claim.status !== 'denied' || m.claim.percent !== undefined)
    return false;
  if (!OFFER_DENIED.test(foldText(m.claim.evidence.text))) return false;
  return members.some(
    (o) =>
      o.claim.kind === 'acquisition' &&
      o.claim.status === 'confirmed' &&
      o.explicit &&
      o.sentence < m.sentence &&
      o.claim.percent !== undefined &&
      o.claim.percent < 50,
  );
}

function pickWinner(members: Draft[]): Draft {
  const strong = members.filter((m) => !m.background);
  const pool = strong.length > 0 ? strong : members;
  const explicit = pool.filter(
    (m) => m.explicit && m.claim.status !== 'rumour' && !deniedOfferBesideStake(m, pool),
  );
  // Without an explicit confirmation or denial, one hedged telling keeps the event a rumour.
  return explicit.at(-1) ?? pool.find((m) => m.claim.status === 'rumour') ?? (pool[0] as Draft);
}

function mergeInto(winner: Draft, members: Draft[]): Claim {
  const claim = { ...winner.claim } as Claim;
  // "Vicat, X et Y ont signé l'acte de naissance de Circalia" then "« Circalia … », a précisé Z": a named venture
  // told again with fewer of its founders keeps the founders, and the evidence, of its fullest telling.
  if (claim.kind === 'agreement' && claim.alliance !== undefined) {
    let fullest = winner.claim;
    for (const m of members)
      if (m.claim.kind === 'agreement' && !m.background && m.claim.parties.length > fullest.parties.length)
        fullest = m.claim;
    claim.parties = fullest.parties;
    claim.evidence = fullest.evidence;
  }
  for (const m of members) {
    const other = m.claim as Claim;
    if (claim.attribution === undefined && other.attribution !== undefined && claim.status === 'rumour')
      claim.attribution = other.attribution;
    if (
      claim.kind === 'agreement' &&
      other.kind === 'agreement' &&
      claim.alliance === undefined &&
      other.alliance
    )
      claim.alliance = other.alliance;
    if (claim.kind === 'acquisition' && other.kind === 'acquisition') {
      if (claim.percent === undefined && other.percent !== undefined) claim.percent = other.percent;
      if (claim.amount === undefined && other.amount !== undefined) claim.amount = other.amount;
    }
  }
  return claim;
}

export interface ResolvedClaims {
  claims: Claim[];
  explanations: ClaimExplanation[];
}

/**
 * The article-level pass: carried sources, a party's denial or confirmation, question headlines,
 * then one claim per distinct event (same kind, same party set, same value).
 */
export function resolveArticle(
  drafts: Draft[],
  attributions: (Attribution | undefined)[],
  title: string | undefined,
  alliances: readonly { name: string; sentence: number }[] = [],
): ResolvedClaims {
  carryAttribution(drafts, attributions);
  attachAlliances(drafts, alliances);
  applyPartyStatements(drafts);
  applyQuestionHeadline(drafts, title);

  // An old denial quoted as background is dropped when the article asserts the speaker's deal; the
  // deal it denied then ("had denied in March that it was in talks") is no claim about the deal now.
  const live = withoutRetracted(drafts).filter(
    (d) =>
      !(d.background && d.claim.status === 'denied' && DEALS.has(d.claim.kind)) &&
      // "In 2026, Atos denied that it was in talks with Google": a denial dated before the story is no
      // statement of this article, whatever the speaker does now.
      !(d.claim.kind === 'statement' && d.background && d.claim.stance === 'deny') &&
      !(
        d.claim.kind === 'statement' &&
        d.background &&
        drafts.some(
          (o) =>
            o !== d &&
            o.claim.kind !== 'statement' &&
            o.claim.status === 'confirmed' &&
            o.claim.parties.includes(d.claim.parties[0] ?? ''),
        )
      ),
  );

  const groups = new Map<string, Draft[]>();
  for (const d of live) {
    const key = keyOf(d.claim) + (STEPPED_STAKE.test(d.rule) ? '#stepped' : '');
    const members = groups.get(key);
    if (members === undefined) groups.set(key, [d]);
    else members.push(d);
  }
  // An unnamed agreement between exactly the founders of a named one is the same alliance.
  for (const [key, members] of groups) {
    const first = members[0]?.claim;
    if (first?.kind !== 'agreement' || first.alliance !== undefined) continue;
    const named = [...groups.entries()].find(
      ([k, ms]) =>
        k.startsWith('agreement#') && ms.some((m) => sortedParties(m.claim) === sortedParties(first)),
    );
    if (named !== undefined) {
      named[1].push(...members);
      groups.delete(key);
    }
  }
  // "will go live on April 14 ... will launch next month": the vaguer telling of a launch is the same launch.
  for (const [key, members] of groups) {
    const vague = members[0]?.claim;
    if (vague?.kind !== 'launch' || vague.eventDate === undefined) continue;
    // "Belgium on 8 January, and the Netherlands will follow in 2029": a rollout is a later launch, not a vaguer telling.
    if (members.some(rolledOut)) continue;
    const precise = [...groups.entries()].find(
      ([k, ms]) =>
        k !== key &&
        ms[0]?.claim.kind === 'launch' &&
        !ms.some(rolledOut) &&
        sortedParties(ms[0].claim) === sortedParties(vague) &&
        (ms[0].claim.eventDate ?? '').startsWith(vague.eventDate as string) &&
        // « dès le mois prochain … à partir du 1er octobre »: a launch told from a month on is the one told from a day in it.
        (vague.bound === undefined || (vague.bound === 'not_before' && ms[0].claim.bound !== 'not_after')),
    );
    if (precise === undefined) continue;
    precise[1].push(...members.map((m) => ({ ...m, background: true })));
    groups.delete(key);
  }
  const ordered = [...groups.values()].sort((a, b) => (a[0] as Draft).sentence - (b[0] as Draft).sentence);
  const claims: Claim[] = [];
  const explanations: ClaimExplanation[] = [];
  for (const members of ordered) {
    members.sort((a, b) => a.sentence - b.sentence);
    const winner = pickWinner(members);
    claims.push(mergeInto(winner, members));
    explanations.push({
      claim: claims.length - 1,
      rule: winner.rule,
      cues: winner.cues,
      merged: members.length - 1,
    });
  }
  return { claims, explanations };
}
