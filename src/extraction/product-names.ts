import type { ArticleState } from './article-state.ts';
import type { PartyMention } from './find-parties.ts';
import type { SentenceContext } from './sentence-context.ts';

/** Nouns of things a company sells: a name given to one of them is a product, not an organisation. */
export const PRODUCT_NOUN =
  '(?:service|offre|plateforme|produit|gamme|solution|logiciel|application|appli|robot|drone|module|outil|version|modele|capteur|sonde|puce|satellite|vehicule|platform|product|offering|offer|app|software|tool|device|model|range|suite|chip|system|vehicle|sensor|release|edition|generation|monitor|patch|famille|ligne|serie|collection|line|family|series|composant|component|transistor|batterie|battery|medicament|drug|vaccin|vaccine|traitement|treatment|molecule|ciment|cement|materiau|material|abonnement|subscription|forfait|assistant|chatbot|copilote|copilot|citadine|berline|voiture|camion|utilitaire|scooter|car|sedan|hatchback|truck|suv|smartphone|handset|phone|telephone|valve|implant|prothese|stent|dispositif|terminal de paiement|terminaux de paiement|payment terminal|card terminal|test|kit)s?';
/** "sa plateforme de stockage, baptisée": a product noun, then the naming word right before the name. */
const NAMED_PRODUCT = new RegExp(
  `\\b${PRODUCT_NOUN}\\b(?![^,;]*\\b(?:commune?s?|conjointe?s?|joint|coentreprise|venture|alliance)\\b)[^,;.]{0,80}?,?\\s*(?:baptise\\w*|nomme\\w*|appele\\w*|denomme\\w*|called|named|dubbed|branded)\\s*[«"“]?\\s*$`,
  'u',
);
/** "Marlowe Records 5, the next version of its platform": an apposition that says the name is a product. */
const appositionOf = (determiners: string, tail: number) =>
  `(?:${determiners})(?:(?!(?:of|de|du|des|d'|for|pour)\\b)[\\w'-]+ ){0,3}${PRODUCT_NOUN}\\b(?!-)(?:\\s(?:(?:of|de|du|des|for|pour)\\s|d')[^,;.]{0,${tail}})?\\s*(?:[,.;]|$)`;
/**
 * "Fibrelta, son traitement de la sclérodermie systémique avec atteinte pulmonaire,": a possessive says the
 * thing is someone's, so its description may run longer than after an article ("Stadéo, la plateforme de
 * streaming lancée en 2025 par …" may be the company itself). Not one placed somewhere ("Omklädd, a
 * Stockholm-based resale platform"): a product is not based anywhere.
 */
const PRODUCT_APPOSITION = new RegExp(
  `^\\s*,\\s*(?!a la suite\\b)(?![^,;.]*(?:-based|\\bbased in)\\b)(?:${appositionOf('its |their |sa |son |ses |leur ', 80)}|${appositionOf("the |a |an |this |la |le |l'|une |un |cette |ce ", 50)})`,
  'u',
);

/**
 * "Le jeu, baptisé Aubes Froides,", "the game, called Hollow Tide": a title given to a game right after the word.
 * Not in the product nouns: studios are named "… Games", so the naming word must follow the noun at once.
 */
const GAME_NAMED =
  /\b(?:jeu|jeu video|game|video game|titre|title)\s*,?\s*(?:baptise|nomme|intitule|appele|called|named|dubbed|titled|entitled)\s*[«"“]?\s*$/u;
/** "Nordfall Games", "Brume Studios": a studio's own name, never a game's. */
const STUDIO_NAME =
  /\b(?:Games|Studios?|Software|Systems|Interactive|Entertainment|Labs?|Productions?|Publishing)$/u;

/** "Baptisée « X », cette offre …", "Branded X, the service …": a naming participle opening the sentence. */
const FRONT_NAMED = /^\s*(?:baptise\w*|nomme\w*|denomme\w*|called|named|dubbed|branded)\s*[«"“]?\s*$/u;
/** "Baptisé Orbis, le partenariat …", "Dubbed Vela, the venture …": the name a fronted participle gives a deal. */
const FRONT_NAMED_DEAL =
  /^\s*[»"”]?\s*,\s*(?:le |la |l'|the |this |cette |ce |leur |their )?(?:nouvelle? |nouvel |new |future )?(?:partenariat|alliance|co-?entreprise|joint[- ]venture|venture|partnership|consortium|groupement|societe|filiale commune|entreprise commune|entite|structure|company|entity)\b/u;
/** "la nouvelle suite « Logirys Paie Cloud »", "its new platform Nuvia Flow": a product noun right before the name. */
const NOUN_BEFORE = new RegExp(
  `(?:^|[\\s'])(?:l'|(?:la|le|sa|son|ses|leur|leurs|une|un|cette|ce|the|its|their|a|an|this)\\s+)(?:[\\w-]+\\s+)?${PRODUCT_NOUN}\\s*[«"“]?\\s*$`,
  'u',
);
/**
 * "its next platform, Talvène Gate 4, which …", "sa nouvelle suite, Orvane Pilot 2, sera …": a name
 * apposed between commas right after a possessed or definite product noun is that product's name.
 */
const NOUN_APPOSED = new RegExp(
  `(?:^|[\\s'])(?:l'|(?:la|le|sa|son|ses|leur|leurs|cette|ce|the|its|their|this)\\s+)(?:[\\w-]+\\s+){0,2}${PRODUCT_NOUN}\\s*,\\s*[«"“]?\\s*$`,
  'u',
);
const APPOSITION_CLOSE = /^\s*[»"”]?\s*[,(]/u;
/**
 * "X will be available", "« X » sera disponible", "X for Rheinmetall will be available": what is made available
 * is an offer, not a company.
 */
const AVAILABLE_AFTER =
  /^\s*[»"”]?\s*(?:(?:for|pour) (?:[\w.&'-]+ ){1,3}?)?(?:will (?:be (?:made )?available|go live|be rolled out|be launched)|is (?:now )?available|sera (?:disponible|commercialise|lance|ouvert|accessible|propose)e?s?|est (?:desormais )?disponible)\b/u;

/**
 * "its Sentry platform", "their Quillstream streaming service", "Carvoran's Harrier suite": a possessive, then the
 * name, then a product noun: the possessor owns the name, which is its product, not a second company.
 */
const POSSESSED_BEFORE = /(?:\b(?:its|their|sa|son|ses|leur|leurs)|['’]s) $/u;
const NOUN_AFTER = new RegExp(`^\\s+(?:[\\w-]+\\s+){0,2}?${PRODUCT_NOUN}\\b`, 'u');
/** A French adjective after its noun ("valve aortique"), not a preposition or a verb ("sa solution à Orvane"). */
const ADJECTIVE =
  '(?!(?:de|du|des|d|a|au|aux|avec|pour|par|sur|sous|chez|dans|en|entre|contre|selon|apres|avant|depuis|vers|et|ou|est|sera|seront|ont|qui|que)\\b)[\\w-]+';
/**
 * "sa valve aortique percutanée Aorvia", "son implant Sonelle", "sa plateforme de streaming Ondevia+", "its platform
 * Harrier": a possessive product noun (in French with its adjectives or its « de » complement after it), then a lone
 * name. Unlike "la solution Logirys" (which may be the maker's name), a possessed product's name is the product's own.
 */
const POSSESSED_NOUN_BEFORE = new RegExp(
  `\\b(?:(?:its|their) (?:[\\w-]+ ){0,2}?${PRODUCT_NOUN}|(?:sa|son|ses|leur|leurs) (?:[\\w-]+ ){0,2}?${PRODUCT_NOUN}(?: ${ADJECTIVE}){0,2}(?: (?:de|d') ?(?!la\\b|l'|le\\b|les\\b)[\\w-]+)?) [«"“]?$`,
  'u',
);
/** "la puce V3", "the RS-9 core": a short name with a digit is a model's code, never its maker's name. */
const MODEL_CODE = /^[\p{L}]{0,4}-?\d[\w-]*$/u;
const CODE_NOUN_BEFORE = new RegExp(`\\b${PRODUCT_NOUN} [«"“]?$`, 'u');

/** A name told as someone's product by a possessive, or as a product's model code. */
function possessedProduct(name: string, before: string, after: string): boolean {
  if (POSSESSED_BEFORE.test(before) && NOUN_AFTER.test(after)) return true;
  if (POSSESSED_NOUN_BEFORE.test(before)) return true;
  return MODEL_CODE.test(name) && CODE_NOUN_BEFORE.test(before);
}

/**
 * "the software, sold under the name TomTom Drive Atlas", "commercialisé sous le nom de Talmont Atlas": a
 * name an offer is sold under. A brand is often the company's own name ("sous la marque Prévoyance
 * Lauragaise" of the insurer just bought), so it is a product only when named after another company.
 */
const SOLD_UNDER = new RegExp(
  `\\b${PRODUCT_NOUN}\\b[^;.]{0,80}?\\b(?:under the (?:name|brand(?: name)?|label)|sous (?:le nom|la marque|l'appellation)(?: de| d')?)\\s*[«"“]?\\s*$`,
  'u',
);

/**
 * Names the sentence makes available ("Quillbridge Claims Cloud will be available") or sells under a
 * name: products only when the article also names a company they start with (a product named after
 * its maker).
 */
export function availableNamesIn(ctx: SentenceContext): string[] {
  const out: string[] = [];
  // The words a sold-under name needs: most sentences have none, and are not scanned.
  const soldUnder = ctx.folded.includes('under the ') || ctx.folded.includes('sous l');
  for (const p of [...ctx.parties.filter((q) => !q.known), ...ctx.candidates]) {
    if (!/\s/u.test(p.name)) continue;
    if (
      AVAILABLE_AFTER.test(ctx.folded.slice(p.end, p.end + 40)) ||
      (soldUnder && SOLD_UNDER.test(ctx.folded.slice(Math.max(0, p.start - 140), p.start)))
    )
      out.push(p.name);
  }
  return out;
}

/**
 * "Tidepool, the smart-meter platform developed by Puddington Energy,", "Ardéo, l'assistant juridique conçu par
 * la legaltech Corbenac,": an apposition that says who made the product names its maker.
 */
const MADE_BY = new RegExp(
  `^\\s*[»"”]?\\s*,\\s*(?:the |a |an |its |their |l'|la |le |les |un |une |sa |son |leur |leurs )(?:[\\w'-]+ ){0,4}?${PRODUCT_NOUN}\\b[^,;.]{0,40}?\\b(?:built|developed|designed|made|created|engineered|conceived|produced|published|concue?s?|developpee?s?|mise?s? au point|creee?s?|editee?s?|fabriquee?s?|realisee?s?|imaginee?s?)\\s(?:by|par)\\s(?:(?:the|la|le|les|l')\\s?)?(?:[\\w'-]+ ){0,3}?$`,
  'u',
);
/** The maker words an apposition needs: most sentences have none, and are not scanned. */
const MAKER_WORD = /\b(?:by|par)\b/u;

/** The company an apposition names as a product's maker, if the name is followed by one. */
function makerOf(ctx: SentenceContext, product: { start: number; end: number }): PartyMention | undefined {
  return ctx.parties.find(
    (q) =>
      q.type === 'company' &&
      q.start > product.end &&
      q.start - product.end <= 140 &&
      MADE_BY.test(ctx.folded.slice(product.end, q.start)),
  );
}

/** Names the sentence presents as products of the maker named in their apposition, with that maker. */
function madeProducts(
  ctx: SentenceContext,
): Array<{ product: { start: number; end: number }; maker: PartyMention }> {
  if (!MAKER_WORD.test(ctx.folded)) return [];
  const out: Array<{ product: { start: number; end: number }; maker: PartyMention }> = [];
  for (const p of [...ctx.parties.filter((q) => !q.known), ...ctx.candidates]) {
    if (out.some((o) => o.product.start === p.start)) continue;
    const maker = makerOf(ctx, p);
    if (maker !== undefined && maker.start !== p.start) out.push({ product: p, maker });
  }
  return out;
}

/** Capitalised names the sentence presents as products ("baptisé Orbi Live", "X, the next version of its platform"). */
export function productNamesIn(ctx: SentenceContext): string[] {
  const out: string[] = [];
  const named = [...ctx.parties.filter((p) => !p.known), ...ctx.candidates];
  for (const p of named) {
    const before = ctx.folded.slice(Math.max(0, p.start - 120), p.start);
    const after = ctx.folded.slice(p.end, p.end + 80);
    // A lone word after a product noun may be its maker ("la solution Logirys"): only a longer or quoted name is the product's.
    const nounBefore = (/\s/u.test(p.name) || /[«"“]\s*$/u.test(before)) && NOUN_BEFORE.test(before);
    if (
      NAMED_PRODUCT.test(before) ||
      (GAME_NAMED.test(before) && !STUDIO_NAME.test(p.name)) ||
      PRODUCT_APPOSITION.test(after) ||
      nounBefore ||
      (FRONT_NAMED.test(before) && !FRONT_NAMED_DEAL.test(after)) ||
      (/\s/u.test(p.name) && NOUN_APPOSED.test(before) && APPOSITION_CLOSE.test(after)) ||
      possessedProduct(p.name, before, after)
    )
      out.push(p.name);
  }
  for (const { product } of madeProducts(ctx)) out.push(ctx.sentence.text.slice(product.start, product.end));
  return out;
}

/** "la citadine électrique Renault Zélia", "its new hatchback Vellmar Ondra": a product noun before the maker's name. */
const MODEL_NOUN_BEFORE = new RegExp(
  `(?:^|[\\s'])(?:l'|(?:la|le|sa|son|une|un|leur|the|its|their|a|an|this)\\s+)(?:[\\w-]+\\s+)?${PRODUCT_NOUN}(?:\\s+[\\w-]+)?\\s*$`,
  'u',
);

/** A one-word name right after a known maker's, after a product noun: the maker's model ("Renault Zélia"). */
function makerModel(ctx: SentenceContext, p: PartyMention): boolean {
  if (p.known || /\s/u.test(p.name)) return false;
  const maker = ctx.parties.find(
    (q) => q.known && q.type === 'company' && q.end < p.start && q.end + 1 === p.start,
  );
  return (
    maker !== undefined &&
    ctx.sentence.text.charAt(maker.end) === ' ' &&
    MODEL_NOUN_BEFORE.test(ctx.folded.slice(Math.max(0, maker.start - 60), maker.start))
  );
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
  const made = madeProducts(ctx);
  const models = ctx.parties.filter((p) => makerModel(ctx, p));
  if (products.size === 0 && made.length === 0 && models.length === 0) return ctx.parties;
  const out: PartyMention[] = [];
  // "Tidepool, the platform developed by Puddington Energy, goes live": the maker stands where its product is named.
  for (const { product, maker } of made)
    out.push({ ...maker, start: product.start, end: product.end, known: maker.known });
  for (const p of ctx.parties) {
    if (made.some((m) => m.product.start === p.start) || models.includes(p)) continue;
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
  return made.length > 0 ? out.sort((a, b) => a.start - b.start) : out;
}
