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
  chipmaker: ['semiconductors', 'semiconducteurs', 'chips', 'microelectronique', 'microelectronics'],
  carmaker: ['motors', 'automobiles', 'automotive', 'auto'],
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
};

const FITTING = new Map(Object.entries(FITS).map(([cls, words]) => [cls, new Set(words)]));
const NAME_WORDS = /[\p{L}\p{N}]+/gu;

/** Whether a company's own name carries a sector word that fits the role class ("Pivert Assurances", courtier). */
export function nameFitsRole(cls: string, name: string): boolean {
  const words = FITTING.get(cls);
  if (words === undefined) return false;
  for (const w of foldText(name).match(NAME_WORDS) ?? []) if (words.has(w)) return true;
  return false;
}
