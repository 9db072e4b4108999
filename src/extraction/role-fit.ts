import type { EntityRegistry } from '../entities/entity-registry.ts';
import { foldText } from '../entities/fold-text.ts';

/**
 * Sector words in a company's own name that say which role nouns fit it: "Lorvane Assurances" is what
 * "le courtier" or "the insurer" of its article stands for, "Ostrelle Thérapeutiques" what "la biotech"
 * stands for. Keys are role classes (described-parties.ts), values folded name words.
 */
const INSURANCE = [
  'assurances',
  'assurance',
  'insurance',
  'courtage',
  'brokerage',
  'mutuelle',
  'mutual',
  're',
];
const DRUGS = [
  'bio',
  'biotech',
  'pharma',
  'therapeutiques',
  'therapeutics',
  'biosciences',
  'biologics',
  'biologicals',
  'genomics',
  'vaccins',
  'vaccines',
  'laboratoires',
  'laboratories',
  'pharmaceuticals',
  'pharmaceutiques',
];
const RETAIL = ['epiceries', 'epicerie', 'retail', 'stores', 'supermarches', 'magasins', 'market', 'markets'];
const SOFTWARE = ['software', 'logiciels', 'logiciel', 'data', 'analytics', 'digital', 'numerique', 'tech'];
const ENERGY = [
  'energie',
  'energies',
  'energy',
  'power',
  'renewables',
  'renouvelables',
  'renovaveis',
  'water',
];
const MOBILITY = ['mobilites', 'mobilite', 'mobility', 'transports', 'cars', 'logistique', 'logistics'];

const FITS: Record<string, readonly string[]> = {
  courtier: INSURANCE,
  assureur: INSURANCE,
  mutuelle: INSURANCE,
  insurer: INSURANCE,
  broker: INSURANCE,
  biotech: DRUGS,
  laboratoire: DRUGS,
  drugmaker: DRUGS,
  medtech: ['medical', 'medtech', 'sante', 'health', 'diagnostics', 'diagnostiques', 'imaging'],
  enseigne: RETAIL,
  retailer: RETAIL,
  editeur: SOFTWARE,
  developer: SOFTWARE,
  hebergeur: ['cloud', 'hosting', 'hebergement', 'datacenter', 'datacenters'],
  energeticien: ENERGY,
  utility: ENERGY,
  transporteur: MOBILITY,
  loueur: MOBILITY,
  logisticien: ['logistique', 'logistics', 'transports', 'fret', 'freight'],
  cimentier: ['ciments', 'cimenteries', 'beton'],
  brasseur: ['brasseries', 'breweries', 'brasserie', 'brewery'],
  laiterie: ['laiterie', 'laiteries', 'fromageries', 'dairy'],
  laitier: ['laiterie', 'laiteries', 'lait', 'fromageries', 'dairy', 'milk'],
  fromager: ['fromages', 'fromagerie', 'fromageries', 'laiterie', 'laiteries', 'cheese', 'dairy'],
  biscuitier: ['biscuits', 'biscuit', 'biscuiterie', 'biscuiteries', 'bakeries', 'bakery'],
  chocolatier: ['chocolat', 'chocolats', 'chocolaterie', 'chocolate', 'cacao', 'cocoa'],
  sucrier: ['sucre', 'sucres', 'sucrerie', 'sucreries', 'sucriere', 'sugar'],
  semencier: ['semences', 'seeds', 'seed'],
  gazier: ['gaz', 'gas'],
  hotelier: ['hotels', 'hotel', 'hotellerie', 'resorts'],
  chipmaker: ['semiconductors', 'semiconducteurs', 'chips', 'microelectronique', 'microelectronics'],
  carmaker: ['motors', 'automobiles', 'automotive', 'auto'],
  constructeur: ['motors', 'automobiles', 'automotive', 'auto'],
  operateur: ['telecom', 'telecoms', 'telecommunications', 'mobile'],
  operator: ['telecom', 'telecoms', 'telecommunications', 'mobile'],
  petrolier: ['oil', 'petroleum', 'petrole', 'petroles'],
  airline: ['airlines', 'airways', 'aviation'],
  lender: ['bank', 'banque', 'banco', 'banca', 'bancorp', 'lending', 'credit'],
  fintech: ['pay', 'payments', 'paiements', 'fintech', 'finance'],
  motoriste: ['propulsion', 'engines', 'moteurs', 'motors'],
  siderurgiste: ['acieries', 'acierie', 'acier', 'aciers', 'forges', 'steel', 'steelworks', 'metallurgie'],
  steelmaker: ['steel', 'steelworks', 'acieries', 'acier', 'forges'],
  shipbuilder: ['shipyards', 'shipyard', 'shipbuilding', 'chantiers', 'naval', 'marine'],
  papetier: ['papeteries', 'papeterie', 'paper', 'papers', 'cartonnages'],
  verrier: ['verreries', 'verrerie', 'glass', 'cristallerie', 'cristalleries'],
  hopital: ['chu', 'chru', 'hopital', 'hopitaux', 'hospitalier', 'hospital', 'hospitals', 'trust'],
  ministere: ['ministere', 'ministry', 'department'],
  authority: ['authority', 'autorite'],
  agency: ['agency', 'agence'],
  council: ['council', 'conseil'],
  miner: [
    'mining',
    'mines',
    'miniere',
    'minier',
    'copper',
    'cuivre',
    'gold',
    'lithium',
    'nickel',
    'metals',
    'resources',
  ],
};

/**
 * Trades: role classes of both languages that name the same trade (described-parties.ts), so a registry
 * entry's `roles: [carmaker]` fits "le constructeur" as well as "the carmaker". A class outside every
 * trade (fabricant, maker, specialiste, groupe…) says too little to rule a company out.
 */
const TRADES: readonly (readonly string[])[] = [
  ['carmaker', 'constructeur'],
  ['equipementier', 'supplier', 'fournisseur'],
  ['operateur', 'operator', 'carrier'],
  ['petrolier'],
  ['avionneur', 'planemaker'],
  ['motoriste'],
  ['laboratoire', 'drugmaker'],
  ['biotech'],
  ['assureur', 'insurer', 'mutuelle'],
  ['courtier', 'broker'],
  ['lender'],
  ['energeticien', 'utility'],
  ['distributeur', 'enseigne', 'retailer'],
  ['siderurgiste', 'steelmaker'],
  ['chipmaker', 'fondeur'],
  ['laiterie', 'laitier', 'fromager'],
  ['biscuitier'],
  ['sucrier'],
  ['semencier'],
  ['airline'],
  ['cimentier'],
  ['chimiste'],
  ['editeur', 'developer'],
  ['hebergeur'],
  ['esn', 'integrateur', 'integrator'],
  ['armateur', 'shipbuilder'],
  ['logisticien'],
  ['brasseur'],
  ['miner'],
];
const TRADE_OF = new Map<string, readonly string[]>(TRADES.flatMap((t) => t.map((cls) => [cls, t])));
// A carmaker is also "le constructeur"; an equipment supplier also "le fournisseur": the trade's own words first.
TRADE_OF.set('constructeur', ['constructeur', 'carmaker', 'avionneur', 'planemaker']);

const FITTING = new Map(Object.entries(FITS).map(([cls, words]) => [cls, new Set(words)]));
const NAME_WORDS = /[\p{L}\p{N}]+/gu;

/** The role classes of the same trade as `cls` ("l'enseigne", "l'épicier", "the retailer"), itself included. */
export function sameTrade(cls: string): readonly string[] {
  return TRADE_OF.get(cls) ?? [cls];
}

/** Roles any trade may be called by ("le prestataire" of an IT services firm, "the carrier" of an airline). */
const LOOSE: ReadonlySet<string> = new Set(['fournisseur', 'supplier', 'carrier', 'developer']);

/** Whether a registry trade list (`roles` of entities.yaml) holds a class of the role's trade. */
function tradeFits(cls: string, roles: readonly string[]): boolean {
  const trade = TRADE_OF.get(cls) ?? [cls];
  return roles.some((r) => trade.includes(r) || (TRADE_OF.get(r) ?? [r]).includes(cls));
}

/**
 * Whether a company fits the role class: its own name carries a sector word ("Pivert Assurances", courtier),
 * or the registry gives it that trade ("Valeo", equipementier).
 */
export function nameFitsRole(cls: string, name: string, registry?: EntityRegistry): boolean {
  const roles = registry?.get(name)?.roles;
  if (roles !== undefined && tradeFits(cls, roles)) return true;
  const words = FITTING.get(cls);
  if (words === undefined) return false;
  for (const w of foldText(name).match(NAME_WORDS) ?? []) if (words.has(w)) return true;
  return false;
}

/**
 * Whether the registry knows the company's trade and it is another one: after "Renault et Valeo",
 * "l'équipementier" is not Renault, whatever was named last.
 */
export function registryMisfits(cls: string, name: string, registry: EntityRegistry): boolean {
  const roles = registry.get(name)?.roles;
  return (
    roles !== undefined && roles.length > 0 && TRADE_OF.has(cls) && !LOOSE.has(cls) && !tradeFits(cls, roles)
  );
}

/**
 * Name words too broad to rule a trade out: a data-centre operator may call itself "Data", a cloud host
 * "Numérique", a carmaker's leasing arm "Mobility". Only a product the name says (chips, steel, insurance,
 * beer) tells the company is not of another trade.
 */
const BROAD_NAME_TRADES: ReadonlySet<string> = new Set([
  'editeur',
  'developer',
  'hebergeur',
  'operateur',
  'operator',
  'transporteur',
  'loueur',
  'logisticien',
  'energeticien',
  'utility',
  'fintech',
  'medtech',
  'enseigne',
  'retailer',
  'hopital',
  'ministere',
  'authority',
  'agency',
  'council',
]);
const NAMED_TRADES = [...FITTING].filter(([cls]) => !BROAD_NAME_TRADES.has(cls));

/**
 * Trades few companies have ("le motoriste", "the steelmaker", "l'avionneur"): the registry's word that a
 * company is one outweighs a more salient company whose trade nobody knows, unlike "l'hébergeur" or "the
 * supplier", which many small unlisted companies of a story may be.
 */
const NARROW_TRADES: ReadonlySet<string> = new Set([
  'motoriste',
  'avionneur',
  'planemaker',
  'carmaker',
  'constructeur',
  'petrolier',
  'cimentier',
  'siderurgiste',
  'steelmaker',
  'chipmaker',
  'airline',
]);

export function narrowTrade(cls: string): boolean {
  return NARROW_TRADES.has(cls);
}

/** The trades a company's own name says by a product word ("Silvéa Semiconducteurs": chipmaker). */
function tradesNamed(name: string): string[] {
  const words = foldText(name).match(NAME_WORDS) ?? [];
  return NAMED_TRADES.filter(([, fit]) => words.some((w) => fit.has(w))).map(([cls]) => cls);
}

/**
 * Whether the company's own name says a product of another trade: "Silvéa Semiconducteurs" is not what
 * "le constructeur" of its article stands for, whoever the story is about.
 */
export function nameMisfits(cls: string, name: string): boolean {
  if (!TRADE_OF.has(cls) || LOOSE.has(cls) || nameFitsRole(cls, name)) return false;
  const trade = sameTrade(cls);
  return tradesNamed(name).some((other) => !trade.includes(other));
}

/**
 * Whether nothing tells the company's trade: the registry does not know it and its name says no product.
 * Such a company of the story's own may be what a role stands for, whatever the trade of better-known names.
 */
export function tradeUnknown(name: string, registry: EntityRegistry): boolean {
  return registry.get(name) === undefined && tradesNamed(name).length === 0;
}
