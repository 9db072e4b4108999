import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/** One kind's claims as sorted parties, status and the values the test looks at. */
const of = (text: string, language: 'fr' | 'en', kind: Claim['kind'], publishedAt = '2027-11-12') =>
  claimsOf(text, language, publishedAt)
    .filter((c) => c.kind === kind)
    .map((c) => ({
      parties: [...c.parties].sort(),
      status: c.status,
      ...(c.kind === 'agreement' && c.alliance !== undefined ? { alliance: c.alliance } : {}),
      ...(c.kind === 'acquisition' && c.percent !== undefined ? { percent: c.percent } : {}),
    }));

const confirmed = (...parties: string[]) => [{ parties: parties.sort(), status: 'confirmed' }];

describe('a public contract award is a deal between the buyer and the winner', () => {
  it('reads the buyer named by the shape of a public body', () => {
    expect(
      of(
        'The U.S. Army has awarded Corvane Robotics a $52 million contract to supply ground drones.',
        'en',
        'agreement',
      ),
    ).toEqual(confirmed('U.S. Army', 'Corvane Robotics'));
    expect(
      of(
        'Brackwell Water was awarded a nine-year, $30 million contract by the City of Tacoma.',
        'en',
        'agreement',
      ),
    ).toEqual(confirmed('City of Tacoma', 'Brackwell Water'));
    expect(
      of(
        'The County of Kent awarded a £12 million contract to Harlow Fibre to connect rural schools.',
        'en',
        'agreement',
      ),
    ).toEqual(confirmed('County of Kent', 'Harlow Fibre'));
    expect(
      of('The State of Ohio chose Dellmar Health for a $15 million records contract.', 'en', 'agreement'),
    ).toEqual(confirmed('State of Ohio', 'Dellmar Health'));
  });

  it('reads French notifications and awards, active and passive', () => {
    expect(
      of(
        'La Métropole de Lyon a notifié mardi à Hydrelis un marché de 20 M€ sur six ans.',
        'fr',
        'agreement',
      ),
    ).toEqual(confirmed('Métropole de Lyon', 'Hydrelis'));
    expect(
      of(
        'Un marché de 9 M€ a été notifié le 3 novembre à Ventalis par le ministère des Armées.',
        'fr',
        'agreement',
      ),
    ).toEqual(confirmed('ministère des Armées', 'Ventalis'));
    expect(
      of(
        "La start-up Caronis a annoncé lundi un contrat de l'Agence spatiale européenne.",
        'fr',
        'agreement',
      ),
    ).toEqual(confirmed('Caronis', 'Agence spatiale européenne'));
  });

  it('gives an unnamed groupement its members, a named consortium no members', () => {
    expect(
      of(
        'La Région Bretagne a attribué son accord-cadre de transport scolaire au groupement formé par Kerbus et Armor Cars.',
        'fr',
        'agreement',
      ),
    ).toEqual(confirmed('Région Bretagne', 'Kerbus', 'Armor Cars'));
    expect(
      of(
        'NASA awarded a $2 billion contract to Lunaris Relay, a consortium led by Airbus, passing over a rival bid from a team that included Thales.',
        'en',
        'agreement',
      ),
    ).toEqual(confirmed('NASA', 'Lunaris Relay'));
  });

  it('tells apart two awards joined in one clause', () => {
    expect(
      of(
        'The State of Ohio chose Dellmar Health for a records contract, and the City of Tacoma hired Brackwell Water under a $9 million deal.',
        'en',
        'agreement',
      ),
    ).toEqual([
      ...confirmed('State of Ohio', 'Dellmar Health'),
      ...confirmed('City of Tacoma', 'Brackwell Water'),
    ]);
  });

  it('keeps the tender owner out of the team formed to bid for it', () => {
    expect(
      of(
        'Capgemini and Thales have teamed up to bid for the U.S. Army’s logistics contract.',
        'en',
        'agreement',
      ),
    ).toEqual(confirmed('Capgemini', 'Thales'));
    expect(
      of(
        'Atos et Sopra Steria auraient formé un groupement pour briguer le marché de cloud lancé par le ministère des Armées.',
        'fr',
        'agreement',
      ),
    ).toEqual([{ parties: ['Atos', 'Sopra Steria'], status: 'rumour' }]);
  });

  it('gives nothing for a public body that awards nothing, and no launch for a tender opened', () => {
    expect(
      claimsOf("Le ministère de l'Économie a publié mardi ses prévisions de croissance.", 'fr', '2027-11-12'),
    ).toEqual([]);
    expect(
      of(
        "L'appel d'offres, lancé en janvier par la Métropole de Lyon, a attiré six candidats.",
        'fr',
        'launch',
      ),
    ).toEqual([]);
    expect(of('The tender, launched in March by the City of Leeds, drew five bids.', 'en', 'launch')).toEqual(
      [],
    );
  });
});

describe('a consortium told as formed by its members', () => {
  it('names the venture and gives its founders', () => {
    expect(of('Polaris Link was formed in 2027 by Airbus and Kerlys Data.', 'en', 'agreement')).toEqual([
      { parties: ['Airbus', 'Kerlys Data'], status: 'confirmed', alliance: 'Polaris Link' },
    ]);
    expect(
      of(
        "Hydrelia est une coentreprise que Saur et Veolia ont constituée en mai pour répondre à cet appel d'offres.",
        'fr',
        'agreement',
      ),
    ).toEqual([{ parties: ['Saur', 'Veolia'], status: 'confirmed', alliance: 'Hydrelia' }]);
  });

  it('lets the consortium win an award as one side, apart from its formation', () => {
    expect(
      of(
        'Lunaris Relay was formed in 2027 by Airbus and Kerlys Data. NASA awarded a $2 billion contract to Lunaris Relay on Monday.',
        'en',
        'agreement',
      ),
    ).toEqual([
      { parties: ['Airbus', 'Kerlys Data'], status: 'confirmed', alliance: 'Lunaris Relay' },
      ...confirmed('NASA', 'Lunaris Relay'),
    ]);
    expect(
      of(
        'Hydrelia est une coentreprise que Saur et Veolia ont constituée en mai. La Métropole de Lyon a attribué lundi un contrat de 40 M€ au consortium Hydrelia.',
        'fr',
        'agreement',
      ),
    ).toEqual([
      { parties: ['Saur', 'Veolia'], status: 'confirmed', alliance: 'Hydrelia' },
      ...confirmed('Métropole de Lyon', 'Hydrelia'),
    ]);
  });

  it('gives no venture for a start-up founded by people', () => {
    expect(of('Brackwell Water was founded in 2012 by two former engineers.', 'en', 'agreement')).toEqual([]);
  });
});

describe('a funding round gives its investor a stake in the raiser', () => {
  it('reads the stake told in the round or after it', () => {
    expect(
      of(
        'Corvane Robotics closed a $60 million Series B led by Nvidia, which takes a minority stake.',
        'en',
        'acquisition',
      ),
    ).toEqual(confirmed('Nvidia', 'Corvane Robotics'));
    expect(
      of(
        'Corvane Robotics raised $60 million this week, and Nvidia will hold about 5% of the company once the round closes.',
        'en',
        'acquisition',
      ),
    ).toEqual([{ parties: ['Corvane Robotics', 'Nvidia'], status: 'confirmed', percent: 5 }]);
    expect(
      of(
        'Lumisol a annoncé une levée de 30 M€, au cours de laquelle Ardian prend une participation de 15 %.',
        'fr',
        'acquisition',
      ),
    ).toEqual([{ parties: ['Ardian', 'Lumisol'], status: 'confirmed', percent: 15 }]);
    expect(
      of(
        'Kerlys Data a levé 20 M€ cette semaine. Ouestam Capital détiendra environ 12 % de Kerlys Data à la clôture du tour.',
        'fr',
        'acquisition',
      ),
    ).toEqual([{ parties: ['Kerlys Data', 'Ouestam Capital'], status: 'confirmed', percent: 12 }]);
  });

  it('keeps the round’s investor out of a deal told beside it', () => {
    expect(
      of(
        "Nordastre a annoncé une levée de fonds menée par Ardian, ainsi qu'un partenariat avec Airbus.",
        'fr',
        'agreement',
      ),
    ).toEqual(confirmed('Airbus', 'Nordastre'));
  });

  it('gives no purchase for a founder’s share of a venture', () => {
    expect(
      of('Orange détiendra 60 % de la nouvelle société et Kerlys Data 40 %.', 'fr', 'acquisition'),
    ).toEqual([]);
    expect(of('Airbus will hold 51% of Nimbrel and Thales 49%.', 'en', 'acquisition')).toEqual([]);
  });
});

describe('a purpose clause naming the partner again keeps it a side', () => {
  it('keeps Microsoft when Azure is also what the deal serves', () => {
    expect(
      of(
        'Sorrelwick signed a multiyear agreement with Microsoft to run its models on Azure.',
        'en',
        'agreement',
      ),
    ).toEqual(confirmed('Microsoft', 'Sorrelwick'));
  });
});
