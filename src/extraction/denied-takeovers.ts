import { foldText } from '../entities/fold-text.ts';
import type { AcquisitionClaim } from './claim.ts';
import type { Draft } from './draft.ts';
import type { PartyMention } from './find-parties.ts';
import type { SentenceContext } from './sentence-context.ts';

/**
 * "There have been no discussions with X", "we have had no approach from X", « Il n'y a aucune négociation
 * avec X », « Il n'y a jamais eu de discussion avec X », « aucune approche d'X »: a denial that names the
 * other side of talks. The company named right after is the counterpart.
 */
const NO_TALKS_WITH =
  /(?:\bno|\bnever|\bnot (?:had |received |been (?:in |approached )?)?any|n't (?:had |received |been in )?any|\bnot in|\bnever (?:been )?in|\bnever been approached|\bnever approached) (?:any |a single )?(?:formal |informal |serious |direct |such )?(?:talks?|discussions?|negotiations?|contacts?|approach(?:es)?|offers?|bids?|proposals?|conversations?)?,?\s?(?:of any kind )?(?:with|from|by)\s|\b(?:aucune?|jamais eu d'|jamais eu de|pas eu d'|pas eu de|pas d'|pas de|ni)\s?(?:contacts?|discussions?|negociations?|pourparlers|approches?|offres?|propositions?|echanges?)(?: (?:formelles?|officielles?|serieuses?|directes?))?(?:,? ni)? (?:avec|de la part d'|de la part de|de la part du|venant d'|venant de|d'|de|du)\s?|\bjamais (?:ete )?(?:approchee?s?|contactee?s?|sollicitee?s?) par\s|\b(?:jamais|pas) (?:ete )?en (?:discussions?|negociations?|pourparlers) avec\s|\b(?:jamais|pas) (?:discute|negocie|echange|parle) avec\s/u;

/**
 * The speaker is the one sought: it is not for sale, or the other side's interest or approach is denied.
 * « cession de droits » sells rights (a licence), not the company.
 */
const TARGET_SIDE =
  /\b(?:received (?:no |any |an? )?(?:\w+ )?(?:offers?|bids?|approach(?:es)?|proposals?)|recu (?:aucune |d'|une )?(?:offres?|propositions?|approches?)|not (?:up )?for sale|not a seller|not selling|no (?:plans?|intention) (?:to|of) sell(?:ing)?|approach(?:es)? from|approached by|interest (?:in|from)|takeover|sell|selling|sale of|pas a vendre|pas vendeu(?:r|se)s?|pas a ceder|(?:souhaite|veut|veulent|compte) (?:pas )?(?:vendre|ceder)|vendre|ceder|cession(?! (?:de |des |d')(?:droits|licences?|brevets))|approches? d|approchee? par|interet d(?:e|')|rachat par|reprise par|rester independante?s?|resterons independants|remain independent|stay independent)\b/u;
/** The speaker would be the bidder: it makes no offer, it does not seek to buy. */
const BIDDER_SIDE =
  /\b(?:no (?:intention|plans?) (?:of|to) (?:make|making|table|tabling|bid|bidding|launch|launching|buy|buying|acquire|acquiring)|not (?:considering|preparing|planning) (?:an? )?(?:offer|bid)|to (?:buy|acquire)|pas l'intention de (?:deposer|faire|lancer|racheter|acquerir)|pas (?:de |d')?(?:projet|intention) d(?:e |')(?:rachat|acquisition|racheter|acquerir)|racheter|acquerir)\b/u;

/** Between two sides a denial names: ", ni avec", ", nor with", " or ". */
const ALSO_WITH = /^\s*,?\s*(?:(?:ni|nor|or|ou|and|et)\s+)?(?:(?:avec|with)\s+)?(?:(?:le|la|l'|the)\s*)?$/u;

/** An opened quote not closed in its sentence: the speaker's tag comes in a later sentence. */
const OPEN_QUOTE = /^\s*[«"“]/u;
const CLOSE_QUOTE = /[»”]|(?<=.)"/u;

/** Bare talks, not a deal of their own kind ("aucune discussion avec X", "no talks with X"). */
const TALKS_RULE = /\.agreement\.(?:talks|negociations|jamais-discute-avec)$/u;

/**
 * Denied talks in a story about a takeover are that takeover denied, read in two passes: a denial that
 * names who the speaker had no talks with (`addDeniedApproaches`), then denied bare talks beside words
 * about selling the company (`talksAsDeniedSale`).
 */
export function deniedTalksAsTakeovers(
  drafts: Draft[],
  contexts: readonly SentenceContext[],
  title: string | undefined,
): void {
  const byIndex = new Map(contexts.map((c) => [c.index, c]));
  const foldedTitle = title === undefined ? '' : foldText(title);
  addDeniedApproaches(drafts, byIndex, foldedTitle);
  talksAsDeniedSale(drafts, byIndex, foldedTitle);
}

const pairKey = (parties: readonly string[]) => [...parties].sort().join('|');

/**
 * A company's denial that names who it had no talks with, in a story about a takeover, denies that
 * takeover: the named counterpart would buy, the speaker be bought (or the reverse when the speaker is the
 * one that makes no offer). Adds the denied acquisition when no claim of the article already pairs them.
 */
function addDeniedApproaches(
  drafts: Draft[],
  byIndex: ReadonlyMap<number, SentenceContext>,
  foldedTitle: string,
): void {
  // The speakers of denials: a deny statement's party, or the side of denied bare talks that is not the
  // counterpart ("« Il n'y a jamais eu de discussion avec X »" in an interview of the speaker's company).
  const denials: { speaker: string; sentence: number }[] = [];
  for (const d of drafts) {
    if (d.background) continue;
    if (d.claim.kind === 'statement' && d.claim.stance === 'deny' && d.claim.parties[0] !== undefined)
      denials.push({ speaker: d.claim.parties[0], sentence: d.sentence });
    else if (
      d.claim.kind === 'agreement' &&
      d.claim.status === 'denied' &&
      d.claim.parties.length === 2 &&
      TALKS_RULE.test(d.rule)
    )
      for (const speaker of d.claim.parties) denials.push({ speaker, sentence: d.sentence });
  }
  if (denials.length === 0) return;
  const paired = new Map<string, Draft>();
  for (const d of drafts)
    if ((d.claim.kind === 'acquisition' || d.claim.kind === 'agreement') && d.claim.parties.length === 2)
      paired.set(pairKey(d.claim.parties), d);
  for (const { speaker, sentence } of denials) {
    const own = byIndex.get(sentence);
    if (own === undefined) continue;
    // « Il n'y a aucune négociation avec X. L'entreprise n'est pas à vendre », a-t-il déclaré: the quote
    // opened a sentence earlier speaks for the same speaker.
    const before = byIndex.get(sentence - 1);
    const said = [own];
    if (
      before !== undefined &&
      before.sentence.paragraph === own.sentence.paragraph &&
      OPEN_QUOTE.test(before.folded) &&
      !CLOSE_QUOTE.test(before.folded.slice(1))
    )
      said.unshift(before);
    for (const ctx of said) {
      const cue = NO_TALKS_WITH.exec(ctx.folded);
      if (cue === null) continue;
      const cueEnd = cue.index + cue[0].length;
      const first = ctx.parties.find(
        (p) => p.type === 'company' && p.start >= cueEnd && p.start - cueEnd <= 8 && p.name !== speaker,
      );
      if (first === undefined) continue;
      // « aucune discussion avec Egis, ni avec Sweco, ni avec qui que ce soit »: each side named is denied.
      const others = [first];
      for (const p of ctx.parties) {
        const last = others.at(-1) as PartyMention;
        if (p.start < last.end || p.type !== 'company' || p.name === speaker) continue;
        if (!ALSO_WITH.test(ctx.folded.slice(last.end, p.start))) break;
        others.push(p);
      }
      // Which side the speaker is on: its own words first, then the sentences around them and the headline.
      const around = [-2, -1, 1, 2]
        .map((k) => byIndex.get(ctx.index + k))
        .filter((c): c is SentenceContext => c !== undefined)
        .map((c) => c.folded);
      let side: 'target' | 'bidder' | undefined;
      for (const text of [ctx.folded, ...around, foldedTitle]) {
        const target = TARGET_SIDE.test(text);
        const bidder = BIDDER_SIDE.test(text);
        if (target !== bidder) {
          side = target ? 'target' : 'bidder';
          break;
        }
      }
      let added = false;
      for (const other of others) {
        // "Maserati is not for sale. There are no talks with Halcourt": talks with a buyer the article already
        // gives a deal to are that deal's.
        if (
          drafts.some(
            (d) =>
              d.claim.kind === 'acquisition' &&
              d.claim.parties.includes(other.name) &&
              !d.claim.parties.includes(speaker),
          )
        )
          continue;
        // Bare talks denied ("aucune discussion avec X") already read as a denied agreement are this sale's.
        const known = paired.get(pairKey([speaker, other.name]));
        const talks =
          known?.claim.kind === 'agreement' &&
          known.claim.status === 'denied' &&
          known.claim.alliance === undefined &&
          known.sentence === ctx.index &&
          TALKS_RULE.test(known.rule) &&
          !known.cues.includes('agreement:typed');
        if (known !== undefined && !talks) continue;
        if (side === undefined) break;
        const claim: AcquisitionClaim = {
          kind: 'acquisition',
          parties: side === 'target' ? [other.name, speaker] : [speaker, other.name],
          status: 'denied',
          evidence: { text: ctx.sentence.text, start: ctx.sentence.start, end: ctx.sentence.end },
        };
        added = true;
        if (talks && known !== undefined) {
          known.claim = {
            ...claim,
            ...(known.claim.attribution ? { attribution: known.claim.attribution } : {}),
          };
          known.rule = `${known.rule}+denied-approach`;
          known.cues.push('deny:speaker-names-counterpart');
          continue;
        }
        const draft: Draft = {
          claim,
          rule: `${ctx.rules.language}.acquisition.denied-approach`,
          cues: ['deny:speaker-names-counterpart'],
          sentence: ctx.index,
          background: false,
          explicit: true,
        };
        drafts.push(draft);
        paired.set(pairKey(claim.parties), draft);
      }
      if (added) break;
    }
  }
}

/**
 * Words telling that the company is, or is not, for sale: "n'est pas à vendre", "aucune intention de
 * vendre", "cession", "rachat", « déposer une offre sur », "nous resterons indépendants", "not for sale",
 * "possible buyer", "intends to stay independent". A « cession de droits » (or of licences, patents) is a licence.
 */
const SALE_CONTEXT =
  /\b(?:a vendre|de vendre|souhaite vendre|veut vendre|cession(?! (?:de |des |d')(?:droits|licences?|brevets))|ceder|rachat|racheter|reprise par|repreneur|acquereur|prise de controle|offre (?:publique|de rachat|d'achat)|(?:deposer|lancer|remettre|preparer|preparait) une offre (?:sur|pour)|(?:remis|depose|fait) aucune offre|(?:made|submitted|tabled) no (?:offer|bid)|rester(?:a|ons|ont)? independant\w*|for sale|to sell|selling (?:the|our|its) (?:company|business|group)|sale of (?:the|our|its) (?:company|business|group)|takeover|buyer|bidder|bid for|offer for|to acquire|acquisition of|stay(?:ing)? independent|remain(?:ing)? independent)\b/u;

/** Talks with a company's owners: « avec aucun actionnaire de », "with its shareholders of". */
const OWNERS_WITH_BEFORE =
  /\b(?:avec|with)\s+(?:(?:aucun|aucune|any|no|ses|les|the|des|l'un des|one of)\s+)?(?:actionnaires?|proprietaires?|shareholders?|owners?)\s+(?:de |d'|du |des |of )(?:la |le |l'|the )?(?:societe |entreprise |groupe |company |firm |group )?$/u;

/** The company talks were held with: the name right after "avec" / "with". */
const WITH_BEFORE = /\b(?:avec|with)\s+(?:(?:le|la|les|l'|the)\s*)?(?:[\p{L}-]+ ){0,2}$/u;

/**
 * « Il n'y a aucune négociation avec Smurfit Westrock. L'entreprise n'est pas à vendre » : talks a
 * company denies holding, where the words around them are about selling it, are the takeover talks
 * the article reports; the company talked with is the buyer. Talks denied about anything else stay
 * an agreement.
 */
function talksAsDeniedSale(
  drafts: Draft[],
  byIndex: ReadonlyMap<number, SentenceContext>,
  foldedTitle: string,
): void {
  for (const d of drafts) {
    const claim = d.claim;
    if (claim.kind !== 'agreement' || claim.status !== 'denied' || claim.alliance !== undefined) continue;
    if (claim.parties.length !== 2 || !TALKS_RULE.test(d.rule)) continue;
    // "no licensing discussion with X": talks the sentence names as a licence or a partnership are that deal's.
    if (d.cues.includes('agreement:typed')) continue;
    const text = byIndex.get(d.sentence)?.folded;
    if (text === undefined) continue;
    const around = [
      foldedTitle,
      byIndex.get(d.sentence - 1)?.folded,
      text,
      byIndex.get(d.sentence + 1)?.folded,
    ];
    if (!around.some((t) => t !== undefined && SALE_CONTEXT.test(t))) continue;
    const before = (p: string) => {
      const at = text.indexOf(foldText(p));
      return at < 0 ? undefined : text.slice(Math.max(0, at - 60), at);
    };
    let buyers = claim.parties.filter((p) => WITH_BEFORE.test(before(p)?.slice(-40) ?? '$'));
    // « n'est en discussion avec aucun actionnaire de Cementos Arlanza »: talks with a company's owners are
    // for the company; the other side would buy it.
    const owned = claim.parties.filter((p) => OWNERS_WITH_BEFORE.test(before(p) ?? '$'));
    if (buyers.length === 0 && owned.length === 1) buyers = claim.parties.filter((p) => p !== owned[0]);
    if (buyers.length !== 1) continue;
    const buyer = buyers[0] as string;
    const named = claim.parties.find((p) => p !== buyer) as string;
    // "Ardelise" beside "Maison Ardelise", the target the article's own takeover sentence names: one company.
    const target = sameBuyerTarget(drafts, buyer, named) ?? named;
    const { alliance: _alliance, ...rest } = claim;
    d.claim = { ...rest, kind: 'acquisition', parties: [buyer, target] };
    d.rule = `${d.rule}+denied-sale`;
  }
}

/** The fuller name another acquisition by the same buyer gives the target: "Maison Ardelise" for "Ardelise". */
function sameBuyerTarget(drafts: readonly Draft[], buyer: string, target: string): string | undefined {
  const short = ` ${foldText(target)} `;
  for (const d of drafts) {
    const [b, t] = d.claim.parties;
    if (d.claim.kind !== 'acquisition' || b !== buyer || t === undefined || t === target) continue;
    if (` ${foldText(t)} `.includes(short)) return t;
  }
  return undefined;
}
