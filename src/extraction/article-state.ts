import type { ArticleNames } from './article-names.ts';
import type { PartyMention } from './find-parties.ts';

/** What earlier sentences of the article settled, for the sentences that lean on it. */
export interface ArticleState {
  names: ArticleNames;
  /** Label -> issuer named with it earlier ("le label SecNumCloud de l'Anssi"). */
  issuers: Map<string, string>;
  /** The organisation the article was last about: what "il", "it", "the company" stand for. */
  topic?: PartyMention;
  /** Parties of the last agreement read: what "les deux groupes", "the joint offering" stand for. */
  founders?: string[];
  /** The trading day a market report is about, once a sentence has dated it. */
  sessionDay?: string;
}
