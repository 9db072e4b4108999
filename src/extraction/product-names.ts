import type { ArticleState } from './article-state.ts';
import type { PartyMention } from './find-parties.ts';
import type { SentenceContext } from './sentence-context.ts';

/** Nouns of things a company sells: a name given to one of them is a product, not an organisation. */
const PRODUCT_NOUN =
  '(?:service|offre|plateforme|produit|gamme|solution|logiciel|application|appli|robot|drone|module|outil|version|modele|capteur|sonde|puce|satellite|vehicule|platform|product|offering|app|software|tool|device|model|range|suite|chip|system|vehicle|sensor|release|edition|generation|monitor|patch|famille|ligne|serie|collection|line|family|series|composant|component|transistor|batterie|battery|medicament|drug|vaccin|vaccine|traitement|treatment|molecule|ciment|cement|materiau|material|abonnement|subscription|forfait)s?';
/** "sa plateforme de stockage, baptisée": a product noun, then the naming word right before the name. */
const NAMED_PRODUCT = new RegExp(
  `\\b${PRODUCT_NOUN}\\b(?![^,;]*\\b(?:commune?s?|conjointe?s?|joint|coentreprise|venture|alliance)\\b)[^,;.]{0,80}?,?\\s*(?:baptise\\w*|nomme\\w*|appele\\w*|denomme\\w*|called|named|dubbed|branded)\\s*[«"“]?\\s*$`,
  'u',
);
/** "Marlowe Records 5, the next version of its platform": an apposition that says the name is a product. */
const PRODUCT_APPOSITION = new RegExp(
  `^\\s*,\\s*(?:the |its |their |a |an |la |le |l'|sa |son |ses |leur |une |un )(?:(?!(?:of|de|du|des|d'|for|pour)\\b)[\\w'-]+ ){0,2}${PRODUCT_NOUN}\\b(?!-)(?:\\s(?:of|de|du|des|d'|for|pour)\\s?[^,;.]{0,50})?\\s*(?:[,.;]|$)`,
  'u',
);

/** Capitalised names the sentence presents as products ("baptisé Orbi Live", "X, the next version of its platform"). */
export function productNamesIn(ctx: SentenceContext): string[] {
  const out: string[] = [];
  const named = [...ctx.parties.filter((p) => !p.known), ...ctx.candidates];
  for (const p of named) {
    const before = ctx.folded.slice(Math.max(0, p.start - 120), p.start);
    const after = ctx.folded.slice(p.end, p.end + 80);
    if (NAMED_PRODUCT.test(before) || PRODUCT_APPOSITION.test(after)) out.push(p.name);
  }
  return out;
}

const firstWord = (name: string) => name.split(/\s+/u)[0] ?? name;

/**
 * A product is its maker's: the party that names it becomes the company whose name it starts with
 * ("Marlowe Records 5" -> "Marlowe Systems"), else the company the article is about.
 */
export function ownProducts(
  ctx: SentenceContext,
  state: ArticleState,
  products: ReadonlySet<string>,
): PartyMention[] {
  if (products.size === 0) return ctx.parties;
  const out: PartyMention[] = [];
  for (const p of ctx.parties) {
    if (p.known || !products.has(p.name)) {
      out.push(p);
      continue;
    }
    const head = firstWord(p.name);
    const entity = ctx.registry.get(head);
    const known = entity === undefined ? state.names.fullest(head) : undefined;
    const owner =
      entity !== undefined && entity.type === 'company'
        ? entity.name
        : known !== undefined && !products.has(known.name) && known.type === 'company'
          ? known.name
          : state.topic?.name;
    if (owner !== undefined) out.push({ ...p, name: owner, type: 'company' });
  }
  return out;
}
