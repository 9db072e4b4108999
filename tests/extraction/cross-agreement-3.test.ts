import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/**
 * Agreement mechanisms that recur across tuned corpora by different writers (session 7, third agreement
 * round), written afresh with invented companies and other verbs.
 */
const PUB = '2030-05-14';

const agreements = (text: string, language: 'fr' | 'en') =>
  claimsOf(text, language, PUB).filter((c) => c.kind === 'agreement');

describe('a deal’s purpose clause names its client or object, no side (blind-20, -28, -33, phrasebook-5)', () => {
  const cases: [string, 'fr' | 'en', string[]][] = [
    [
      'Les Chantiers Morvelec ont signé un contrat avec Alstom pour rénover les trains régionaux qui circulent pour le compte de la Région Normandie.',
      'fr',
      ['Chantiers Morvelec', 'Alstom'],
    ],
    [
      'Kerbalis a conclu un partenariat avec Capgemini pour équiper les usines européennes de Stellantis de capteurs connectés.',
      'fr',
      ['Kerbalis', 'Capgemini'],
    ],
    [
      'Le lyonnais Dravelle s’est allié à Sopra Steria afin de moderniser les systèmes de paie du groupe Renault.',
      'fr',
      ['Dravelle', 'Sopra Steria'],
    ],
    [
      'Quarrydale has chosen Brenmoor Aero over Lufthansa Technik to overhaul its Airbus A320 fleet in Ireland.',
      'en',
      ['Quarrydale', 'Brenmoor Aero'],
    ],
    [
      'Tallowick Rail has signed a framework agreement with Ostrava Signal to upgrade the interlockings that Network Rail runs in Kent.',
      'en',
      ['Tallowick Rail', 'Ostrava Signal'],
    ],
  ];
  it.each(cases)('%s', (text, language, pair) => {
    const found = agreements(text, language);
    expect(find(found, 'agreement', pair)).toHaveLength(1);
    expect(found).toHaveLength(1);
  });

  it('a side joined inside the purpose ("pour créer avec Thales") stays a side', () => {
    const found = agreements(
      'Morvane a signé un accord avec Quillebec pour créer avec Thales une coentreprise de radars.',
      'fr',
    );
    expect(find(found, 'agreement', ['Morvane', 'Quillebec', 'Thales'])).toHaveLength(1);
  });

  it('the one side named only in the purpose is still the deal’s other side', () => {
    expect(
      find(
        agreements('Velmont a signé un contrat pour fournir Airbus en pièces de structure.', 'fr'),
        'agreement',
        ['Velmont', 'Airbus'],
      ),
    ).toHaveLength(1);
    expect(
      find(
        agreements('Ashdown Energy agreed to supply Tesco with wind power under a ten-year deal.', 'en'),
        'agreement',
        ['Ashdown Energy', 'Tesco'],
      ),
    ).toHaveLength(1);
  });

  it('a sale told as the purpose stays the sale, with no agreement beside it', () => {
    const claims = claimsOf(
      'Le groupe Vassenay a signé un accord ferme pour céder sa filiale logistique, Vassenay Froid, à Ardian.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
    expect(find(claims, 'acquisition', ['Ardian', 'Vassenay Froid'])).toHaveLength(1);
  });
});

describe('an order placed with a named supplier is a supply agreement (blind-26, -33, phrasebook, phrasebook-5)', () => {
  const cases: [string, 'fr' | 'en', string[]][] = [
    ['La SNCF a passé commande à Alstom de vingt rames régionales.', 'fr', ['SNCF', 'Alstom']],
    ['Keolis a passé commande de 40 autocars électriques à Iveco.', 'fr', ['Keolis', 'Iveco']],
    [
      'Eiffage a commandé 30 pelles hydrauliques à Liebherr pour ses chantiers alpins.',
      'fr',
      ['Eiffage', 'Liebherr'],
    ],
    ['Transdev has ordered 40 electric buses from Iveco.', 'en', ['Transdev', 'Iveco']],
    ['Ryanair placed an order for 12 spare engines with Safran.', 'en', ['Ryanair', 'Safran']],
  ];
  it.each(cases)('%s', (text, language, pair) => {
    const found = agreements(text, language);
    expect(find(found, 'agreement', pair)).toHaveLength(1);
    expect(found).toHaveLength(1);
  });

  it.each([
    ['Le carnet de commandes de Safran atteint un record.', 'fr'],
    ['Keolis a passé commande de 40 autocars électriques, livrés à Lyon.', 'fr'],
    ['Keolis a commandé une étude à un cabinet de conseil.', 'fr'],
    ['Orders for Airbus jets rose 12% in the quarter.', 'en'],
    ['Airbus said orders from airlines in Asia had slowed.', 'en'],
  ] as const)('no supplier named, no agreement: %s', (text, language) => {
    expect(agreements(text, language)).toEqual([]);
  });
});
