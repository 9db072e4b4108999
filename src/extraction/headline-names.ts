import type { EntityRegistry } from '../entities/entity-registry.ts';
import type { ArticleState } from './article-state.ts';
import type { PartyMention } from './find-parties.ts';

/**
 * "La maison de cognac Trémolat vise la Chine" over "Maison Trémolat, fondée en 1891, …": the headline
 * names the company short (its trade word dropped, or its last words), the body in full. What the headline
 * taught (its subject, the roles its descriptors stand for) is read before the body's names are known, so
 * it is given the fullest name the body wrote, once the article's names are all in.
 */
export function fullerHeadlineNames(state: ArticleState, registry: EntityRegistry): void {
  const fuller = (name: string): string => {
    if (registry.get(name) !== undefined) return name;
    const k = state.names.fullest(name);
    return k !== undefined && k.type === 'company' && k.name.split(' ').length > name.split(' ').length
      ? k.name
      : name;
  };
  const fullerMention = (p: PartyMention | undefined): PartyMention | undefined => {
    if (p === undefined || p.type !== 'company') return p;
    const name = fuller(p.name);
    return name === p.name ? p : { ...p, name };
  };
  const same = state.headline === state.topic;
  state.topic = fullerMention(state.topic);
  state.headline = same ? state.topic : fullerMention(state.headline);
  if (state.roles !== undefined) for (const [cls, name] of state.roles) state.roles.set(cls, fuller(name));
}
