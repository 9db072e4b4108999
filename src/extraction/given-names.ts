import { readFileSync } from 'node:fs';

/**
 * Common given names of the people business news quotes, in either language: an English article quotes
 * "Maëlle Kerjean", a French one "Priya Ramsden". Read once, folded like the engine's tokens.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  readFileSync(new URL('../entities/data/given-names.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .flatMap((line) => line.split(' '))
    .filter((name) => name.length > 0),
);

/** Words that close a company named after a person: "Dassault Aviation", "Hugo Conseil", "Owen Lacey Studios". */
export const TRADE_WORDS: ReadonlySet<string> = new Set([
  'aviation',
  'aero',
  'aerospace',
  'automotive',
  'bank',
  'banque',
  'beauty',
  'capital',
  'conseil',
  'consulting',
  'construction',
  'constructions',
  'design',
  'distribution',
  'energie',
  'energies',
  'energy',
  'engineering',
  'finance',
  'foods',
  'group',
  'groupe',
  'holding',
  'holdings',
  'immobilier',
  'industrie',
  'industries',
  'ingenierie',
  'international',
  'investissements',
  'labs',
  'logistics',
  'logistique',
  'media',
  'medical',
  'motors',
  'partners',
  'pharma',
  'productions',
  'robotics',
  'services',
  'software',
  'solutions',
  'sports',
  'studio',
  'studios',
  'systems',
  'systemes',
  'technologies',
  'therapeutics',
  'transports',
  'ventures',
]);
