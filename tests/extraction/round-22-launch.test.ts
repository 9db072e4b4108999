import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-of.ts';

/**
 * Round 22, launches: what a launch is told by (a date now set, a brand that arrives, an offer extended, a product
 * « reste prévu »), who launches it (not the founder a fronted participle names, the owner of a possessed product, the
 * venture a brand names, the company a site noun stands for) and what is no launch (a mine's production start).
 * Every sentence is invented for this file.
 */
const PUB = '2028-03-01';
const launches = (text: string, lang: 'fr' | 'en') =>
  claimsOf(text, lang, PUB)
    .filter((c) => c.kind === 'launch')
    .map((c) => ({
      parties: [...c.parties].sort(),
      date: c.kind === 'launch' ? c.eventDate : undefined,
      status: c.status,
    }));
const parties = (text: string, lang: 'fr' | 'en') => launches(text, lang).map((l) => l.parties);

describe('a production start is no launch', () => {
  it('« La mise en production n’est pas attendue avant 2030 »: a mine starting to produce', () => {
    expect(
      launches(
        'Cuivre Maréchal a bouclé le financement de son gisement de Val-Brune. La mise en production n’est pas attendue avant le second semestre de 2030.',
        'fr',
      ),
    ).toEqual([]);
  });

  it('counter-example: « la mise en production de la plateforme », an offer going live', () => {
    expect(
      parties(
        'Dolmetis Logiciels a signé avec trois hôpitaux. La mise en production de la plateforme est prévue en juin 2028.',
        'fr',
      ),
    ).toEqual([['Dolmetis Logiciels']]);
  });
});

describe('the date now set', () => {
  it('"which Brevallo said would go on sale in May, is now due … on 12 May": the new date', () => {
    expect(
      launches(
        'Brevallo Pay raised €20 million. The Kito terminal, which Brevallo said last month would go on sale in May, is now due in Belgium on 12 May.',
        'en',
      ),
    ).toEqual([{ parties: ['Brevallo Pay'], date: '2028-05-12', status: 'confirmed' }]);
  });

  it('counter-example: with no date said to be the one now set, the availability’s own date', () => {
    expect(
      launches(
        'Brevallo Pay said its new card would go on sale in May, after tests in Belgium on 12 April.',
        'en',
      ).map((l) => l.date),
    ).toEqual(['2028-05']);
  });
});

describe('an offer that arrives, or is extended', () => {
  it('"The joint Verlune brand arrives in January 2029"', () => {
    expect(
      launches(
        'Harlowe Mutual and Pembry Insurance agreed to create Verlune, a joint insurer. The joint Verlune brand arrives in January 2029.',
        'en',
      ),
    ).toEqual([{ parties: ['Verlune'], date: '2029-01', status: 'confirmed' }]);
  });

  it('counter-example: a chief executive who arrives launches nothing', () => {
    expect(
      launches(
        'Harlowe Mutual said its new chief executive arrives in January 2029 from a rival insurer.',
        'en',
      ),
    ).toEqual([]);
  });

  it('« Sorvelin Distribution étendra son service de livraison à Nantes à partir du 4 octobre »', () => {
    expect(
      launches(
        'Sorvelin Distribution étendra son service de livraison express à Nantes à partir du 4 octobre.',
        'fr',
      ),
    ).toEqual([{ parties: ['Sorvelin Distribution'], date: '2028-10-04', status: 'confirmed' }]);
  });

  it('« l’offre serait étendue à l’Allemagne »: the offer just launched, by its launchers', () => {
    expect(
      parties(
        'Quelvane Paiements et Ostrade ont signé un partenariat. L’offre commune sera disponible à partir du 2 juillet en France. Le directeur général de Quelvane Paiements a indiqué que l’offre serait étendue à l’Allemagne au premier semestre 2030.',
        'fr',
      ),
    ).toEqual([
      ['Ostrade', 'Quelvane Paiements'],
      ['Ostrade', 'Quelvane Paiements'],
    ]);
  });

  it('counter-example: a partnership extended is no offer', () => {
    expect(
      launches(
        'Sorvelin Distribution étendra son partenariat avec Ostrade à l’Espagne à partir de 2029.',
        'fr',
      ),
    ).toEqual([]);
  });
});

describe('who launches', () => {
  it('« Fondée en 2021 par Lise Karvec, …, Ombrevault ouvrira »: not the founder', () => {
    expect(
      parties(
        'Fondée en 2021 par Lise Karvec, passée par une grande banque, Ombrevault ouvrira ses comptes aux entreprises le 3 avril.',
        'fr',
      ),
    ).toEqual([['Ombrevault']]);
  });

  it('counter-example: a fronted participle with no founder leaves the subject', () => {
    expect(
      parties('Fondée en 2021 à Lyon, Ombrevault ouvrira ses comptes aux entreprises le 3 avril.', 'fr'),
    ).toEqual([['Ombrevault']]);
  });

  it('« son nouveau terminal de paiement Kivo serait commercialisé », after « a tenu à rappeler que »', () => {
    expect(
      launches(
        'Paylune a démenti toute discussion. Le groupe a tenu à rappeler que son nouveau terminal de paiement Kivo serait commercialisé en Belgique à partir de mai.',
        'fr',
      ),
    ).toEqual([{ parties: ['Paylune'], date: '2028-05', status: 'confirmed' }]);
  });

  it('counter-example: the journalist’s conditional stays hearsay', () => {
    expect(
      launches(
        'Paylune a démenti toute discussion. Selon nos informations, son nouveau terminal de paiement Kivo serait commercialisé en Belgique à partir de mai.',
        'fr',
      ).map((l) => l.status),
    ).toEqual(['rumour']);
  });

  it('« commercialisées sous la marque Verlune »: the venture the article told', () => {
    expect(
      parties(
        'La Mutuelle Harlovienne et la Caisse Pembrine ont approuvé la création de Verlune, une société de groupe commune. Les premières offres communes seront commercialisées sous la marque Verlune à partir du 1er janvier 2029, ont précisé les deux dirigeants.',
        'fr',
      ),
    ).toEqual([['Verlune']]);
  });

  it('« Le module Urgences d’Orsalis reste, lui, prévu pour janvier 2029 »: the product’s owner', () => {
    expect(
      launches(
        'Orsalis Santé a signé un accord de distribution avec un groupe allemand. Le module Urgences d’Orsalis reste, lui, prévu pour janvier 2029.',
        'fr',
      ),
    ).toEqual([{ parties: ['Orsalis Santé'], date: '2029-01', status: 'confirmed' }]);
  });

  it('"Tallis & Crane’s resale platform opens to UK customers on 15 November": the possessor', () => {
    expect(
      parties(
        'Hexmoor Group bought a Milan tailor. Tallis & Crane’s resale platform opens to UK customers on 15 November.',
        'en',
      ),
    ).toEqual([['Tallis & Crane']]);
  });

  it('« La raffinerie ne commercialisera pas avant 2029 ses lingots »: the company the site noun names', () => {
    const claims = claimsOf(
      'La Raffinerie Orvanel, petite affineuse genevoise, a obtenu l’accréditation Good Delivery de la London Bullion Market Association, a-t-elle annoncé lundi. La raffinerie ne commercialisera pas avant 2029 ses lingots à origine unique.',
      'fr',
      PUB,
      'La Raffinerie Orvanel décroche le sésame londonien',
    );
    expect(
      claims.filter((c) => c.kind === 'launch').map((c) => [c.parties, c.kind === 'launch' && c.eventDate]),
    ).toEqual([[['Raffinerie Orvanel'], '2029']]);
  });

  it('counter-example: a plant that no company is named after starts no sale', () => {
    expect(
      launches(
        'Cuivre Maréchal a signé un contrat avec Kessar Mining. La raffinerie doit entrer en service avant 2029.',
        'fr',
      ),
    ).toEqual([]);
  });
});

describe('a launch told twice', () => {
  it('« dès le mois prochain » then « à partir du 1er octobre »: one launch, the precise date', () => {
    expect(
      launches(
        'Altéval Cloud a obtenu sa qualification. L’hébergeur commercialisera son offre qualifiée dès le mois prochain. Altéval Cloud commercialisera son offre qualifiée à partir du 1er avril, à un tarif aligné.',
        'fr',
      ).map((l) => l.date),
    ).toEqual(['2028-04-01']);
  });

  it('counter-example: two months are two launches', () => {
    expect(
      launches(
        'Altéval Cloud commercialisera son offre standard dès le mois prochain. Altéval Cloud commercialisera son offre qualifiée à partir du 1er juin.',
        'fr',
      ).map((l) => l.date),
    ).toEqual(['2028-04', '2028-06-01']);
  });
});

describe('a subject of its own', () => {
  it('« Après l’accord signé en février avec Sorvane, Kelmira prépare … qui ne sera pas commercialisée »: not the partner', () => {
    expect(
      parties(
        'Après l’accord de co-vente signé en février avec Sorvane Cloud, Kelmira Sécurité prépare une version hébergée de sa plateforme, qui ne sera pas commercialisée avant septembre 2028.',
        'fr',
      ),
    ).toEqual([['Kelmira Sécurité']]);
  });

  it('counter-example: a name after the fronted phrase’s comma still launches', () => {
    expect(
      parties(
        'Après des mois d’essais, Kelmira Sécurité commercialisera sa plateforme hébergée à partir de septembre 2028.',
        'fr',
      ),
    ).toEqual([['Kelmira Sécurité']]);
  });

  it('« Tramoz conservera sa marque, et Pelvard prévoit … pour la proposer à ses clients »: the second clause’s subject', () => {
    expect(
      parties(
        'Tramoz Média conservera sa marque et ses 80 salariés, et Pelvard Groupe prévoit d’intégrer sa technologie à sa plateforme pour la proposer à ses clients à partir de janvier 2029.',
        'fr',
      ),
    ).toEqual([['Pelvard Groupe']]);
  });

  it('counter-example: a list of names launches together', () => {
    expect(
      parties(
        'Harrowgate Telecom, Brisley Cloud and Ostmark Data will launch a joint sovereign cloud service in March 2029.',
        'en',
      ),
    ).toEqual([['Brisley Cloud', 'Harrowgate Telecom', 'Ostmark Data']]);
  });
});

describe('more ways an offer is told', () => {
  it('"The service, branded NEXA-3, will start on 3 April"', () => {
    expect(
      launches(
        'Orvane Shipping and Delmar Lines agreed to share vessels on a new loop. The service, branded NEXA-3, will start on 3 April.',
        'en',
      ).map((l) => l.date),
    ).toEqual(['2028-04-03']);
  });

  it('"Quillmere said its platform would be listed on the marketplace in January 2029"', () => {
    expect(
      launches(
        'Quillmere Software signed a partnership with a cloud provider. Quillmere said its platform would be listed on the marketplace in January 2029.',
        'en',
      ),
    ).toEqual([{ parties: ['Quillmere Software'], date: '2029-01', status: 'confirmed' }]);
  });

  it('counter-example: shares listed on an exchange are no offer', () => {
    expect(
      launches(
        'Quillmere Software said its shares would be listed on the Paris exchange in January 2029.',
        'en',
      ),
    ).toEqual([]);
  });
});
