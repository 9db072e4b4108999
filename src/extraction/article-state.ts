import { ArticleNames } from './article-names.ts';
import type { Draft } from './draft.ts';
import type { PartyMention } from './find-parties.ts';
import type { Salience } from './salience.ts';
import type { SentenceContext } from './sentence-context.ts';

/** What earlier sentences of the article settled, for the sentences that lean on it. */
export interface ArticleState {
  names: ArticleNames;
  /** Label -> issuer named with it earlier ("le label SecNumCloud de l'Anssi"). */
  issuers: Map<string, string>;
  /** The organisation the article was last about: what "il", "it", "the company" stand for. */
  topic?: PartyMention;
  /** The organisation the headline is about: what a reporting "la plateforme", "the group" stands for. */
  headline?: PartyMention;
  /** Parties of the last agreement read: what "les deux groupes", "the joint offering" stand for. */
  founders?: string[];
  /** How the article told the founders' deal: a joint offer's modal plan inherits a confirmed deal. */
  foundersStatus?: 'rumour' | 'confirmed' | 'denied';
  /** The folded sentence that told of the founders' agreement: what it says they will offer. */
  foundersText?: string;
  /** The venture the founders' deal itself created ("la création de Cinévia"): what their next offer is. */
  foundersVenture?: string;
  /** The joint venture or alliance the article named last: what "the venture" stands for. */
  alliance?: string;
  /** Role noun class -> the company the article introduced with it ("la start-up X"). */
  roles?: Map<string, string>;
  /** The country the article gave a company the registry does not place ("le groupe norvégien Fjellstad"). */
  homes?: Map<string, string>;
  /** Companies named so far, the most recent last: what a descriptor may stand for. */
  mentioned?: string[];
  /** How salient each company named so far is: what a role noun or a bare "l'action" stands for. */
  salience?: Salience;
  /** People the article introduced as a company's officer (folded full name and surname -> company). */
  officers?: Map<string, string>;
  /** People the article introduces by their title (folded names): no company a voice speaks for. */
  people?: ReadonlySet<string>;
  /** The company of the officer the article named last, and the sentence that named them: "he said". */
  lastOfficer?: { company: string; sentence: number };
  /** Every registry name the article's body names, wherever: what "the Iliad-owned provider" may be. */
  named?: Set<string>;
  /** The company whose share move was read last: what a later bare "l'action", "the stock" stands for. */
  mover?: PartyMention;
  /** The trading day a market report is about, once a sentence has dated it. */
  sessionDay?: string;
  /** The last trading day a sentence of a paragraph named: what a later move there without a day is of. */
  paragraphDay?: { paragraph: number; date: string };
  /** The company the last acquisition read was for: what "an offer for the company" stands for. */
  target?: string;
  /** Who bought it: a share "a further 10%" of the same buyer is its own option, no co-investor's stake. */
  targetBuyer?: string;
  /** Companies whose stock the article names anywhere ("l'action X", "X shares"): what a bare "le titre" may be. */
  listed?: Set<string>;
  /** The sentence read just before. */
  previous?: SentenceContext;
  /** The article's body sentences in text order: what "that day", « le jour de l'annonce » point back to. */
  sentences?: readonly SentenceContext[];
  /** The company the previous sentence had for its subject, if a company was its subject. */
  previousSubject?: PartyMention;
  /** The last launch the article told: what "Italy will follow in 2030" rolls out further (later-rollouts.ts). */
  lastLaunch?: Draft;
}

/**
 * A fresh state with every field present from the start. Fields added as an article goes, in the
 * order its sentences happen to need them, would give each article's state its own hidden class, and
 * the many functions reading it would slow down on every new shape (megamorphic property reads).
 */
export function newArticleState(): ArticleState {
  return {
    names: new ArticleNames(),
    issuers: new Map(),
    topic: undefined,
    headline: undefined,
    founders: undefined,
    foundersStatus: undefined,
    foundersText: undefined,
    foundersVenture: undefined,
    alliance: undefined,
    roles: undefined,
    homes: undefined,
    mentioned: undefined,
    salience: undefined,
    officers: undefined,
    lastOfficer: undefined,
    people: undefined,
    named: new Set(),
    mover: undefined,
    sessionDay: undefined,
    paragraphDay: undefined,
    listed: undefined,
    targetBuyer: undefined,
    previous: undefined,
    sentences: undefined,
    lastLaunch: undefined,
  };
}
