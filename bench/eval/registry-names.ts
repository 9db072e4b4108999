import { createEntityRegistry } from '../../src/entities/entity-registry.ts';
import type { CorpusArticle } from './load-corpus.ts';

/**
 * Gold parties renamed to the registry's canonical name where the registry knows the name as an alias
 * ("Cisco Systems" -> "Cisco"). CONTRACT.md asks for registry names, but writers of blind corpora never
 * see the registry and name a company as the article does; `eval-claims --registry-names` scores with
 * this view so the figures tell a naming convention from a name the engine truly got wrong. The
 * default scoring never uses it.
 */
export function withRegistryNames(corpus: readonly CorpusArticle[]): CorpusArticle[] {
  const registry = createEntityRegistry();
  const canonical = (name: string, language: 'fr' | 'en') => registry.get(name, language)?.name ?? name;
  return corpus.map(({ gold, html }) => ({
    html,
    gold: {
      ...gold,
      claims: gold.claims.map((claim) => ({
        ...claim,
        parties: claim.parties.map((party) => canonical(party, gold.language)),
      })),
    },
  }));
}
