import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/entities/fold-text.ts';
import type { Claim } from '../../src/extraction/claim.ts';
import { extractClaims } from '../../src/extraction/extract-claims.ts';

const claims = (text: string, language: 'fr' | 'en', publishedAt = '2029-03-13', title?: string): Claim[] =>
  extractClaims({ text, language, publishedAt, ...(title === undefined ? {} : { title }) }).claims;

const of = (text: string, language: 'fr' | 'en', kind: Claim['kind'], publishedAt?: string, title?: string) =>
  claims(text, language, publishedAt, title)
    .filter((c) => c.kind === kind)
    .map((c) => ({ parties: [...c.parties].sort(), status: c.status }));

const partiesOf = (text: string, language: 'fr' | 'en', kind: Claim['kind']) =>
  of(text, language, kind).map((c) => c.parties);

describe('a known name run on by a capitalised word names another company', () => {
  it('keeps the whole name, in both languages', () => {
    expect(partiesOf('Daimler Truck shares fell 2.3% in Frankfurt.', 'en', 'share_move')).toEqual([
      ['Daimler Truck'],
    ]);
    expect(partiesOf('Orange Bank has signed a partnership with Thales.', 'en', 'agreement')).toEqual([
      ['Orange Bank', 'Thales'],
    ]);
    expect(
      partiesOf('Airbus Helicopters a signé un partenariat avec Dassault Systèmes.', 'fr', 'agreement'),
    ).toEqual([['Airbus Helicopters', 'Dassault Systèmes']]);
  });

  it('reads "Motor", "Group", "Holdings" after a known name as that company itself', () => {
    expect(partiesOf('Toyota Motor shares slipped 0.8% in Tokyo.', 'en', 'share_move')).toEqual([['Toyota']]);
    expect(
      partiesOf('BMW and Toyota Motor signed a partnership to build fuel cells.', 'en', 'agreement'),
    ).toEqual([['BMW', 'Toyota']]);
  });

  it('counter-examples: a division word stays the parent, a descriptor takes no name after it', () => {
    expect(partiesOf('Siemens Digital Industries shares rose 1.1%.', 'en', 'share_move')).toEqual([
      ['Siemens'],
    ]);
    expect(
      partiesOf('La pépite française de l’IA Halvane signe avec Microsoft.', 'fr', 'agreement'),
    ).not.toContainEqual(['Microsoft', 'pépite française de l’IA Halvane']);
  });
});

describe('a descriptor after a colon tells more of the deal just named', () => {
  it('adds no company the lead named in passing', () => {
    const text =
      'The Munich provider of sovereign Kubernetes clusters has passed its audit.\n\nArvelle Cloud announced a distribution agreement with Deutsche Telekom: the Bonn-based operator will resell the platform to municipalities.';
    expect(partiesOf(text, 'en', 'agreement')).toEqual([['Arvelle Cloud', 'Deutsche Telekom']]);
    const fr =
      'Le spécialiste des conteneurs Helm Souverain a passé son audit.\n\nMarvane Cloud a signé un accord de distribution avec Bouygues Telecom : l’opérateur breton revendra la plateforme aux collectivités.';
    expect(partiesOf(fr, 'fr', 'agreement')).toEqual([['Bouygues Telecom', 'Marvane Cloud']]);
  });
});

describe('a listed company is no start-up', () => {
  it('leaves "la start-up" to the young partner named in the sentence', () => {
    const text =
      'Eutelsat et Lumeo Orbital ont signé un partenariat.\n\nPour la start-up, le contrat change d’échelle : Lumeo comptait jusqu’ici trente salariés. L’entreprise a obtenu en décembre la certification ISO 27001.';
    expect(partiesOf(text, 'fr', 'certification')).toEqual([['Lumeo Orbital']]);
    const en =
      'Airbus and Quenby Robotics signed a partnership.\n\nFor the start-up, the contract is a step change: Quenby had a single customer so far. The company obtained ISO 27001 certification in December.';
    expect(partiesOf(en, 'en', 'certification')).toEqual([['Quenby Robotics']]);
  });
});

describe('a venture described by "la société commune de X et de Y" is not the article topic', () => {
  it('gives the venture its founders only', () => {
    const text =
      'Bouygues Telecom et Corvelle Data ont créé une coentreprise.\n\nLe montage rappelle S3ns, la société commune de Thales et de Google Cloud.';
    expect(partiesOf(text, 'fr', 'agreement')).toContainEqual(['Google', 'Thales']);
    expect(partiesOf(text, 'fr', 'agreement')).not.toContainEqual(['Bouygues Telecom', 'Google', 'Thales']);
  });
});

describe('the joint offer of a distribution deal is both partners’ offer', () => {
  it('gives the launch to both companies (French and English)', () => {
    const fr =
      'Valmore Cloud a signé un accord de distribution avec Sopra Steria : l’entreprise de services numériques intégrera l’offre dans ses contrats. L’offre commune sera disponible à partir du 1er mai.';
    expect(partiesOf(fr, 'fr', 'launch')).toEqual([['Sopra Steria', 'Valmore Cloud']]);
    const en =
      'Tarnwell Systems signed a reseller agreement with Capgemini, which will resell the offer to its clients. The joint offering will be available from June.';
    expect(partiesOf(en, 'en', 'launch')).toEqual([['Capgemini', 'Tarnwell Systems']]);
  });

  it('counter-example: the bare offer of a distribution deal is the provider’s', () => {
    const fr =
      'Valmore Cloud a signé un accord de distribution avec Sopra Steria, qui intégrera son offre dans ses contrats. L’offre sera disponible à partir du 1er mai.';
    expect(partiesOf(fr, 'fr', 'launch')).toEqual([['Valmore Cloud']]);
  });
});

describe('the product of a named venture is the venture’s launch', () => {
  it('gives the launch to the venture', () => {
    const fr =
      'Naval Group et Kerlouan Drones ont annoncé la création d’Abyssor, une coentreprise détenue à parts égales. Le drone de la coentreprise, dérivé du modèle Murène de Kerlouan, sera proposé aux marines étrangères en 2031.';
    expect(partiesOf(fr, 'fr', 'launch')).toEqual([['Abyssor']]);
    const en =
      'Safran and Quillon Aero formed Aerolis, a 50-50 joint venture. The venture’s first engine, derived from a Quillon design, will be available in 2030.';
    expect(partiesOf(en, 'en', 'launch')).toEqual([['Aerolis']]);
  });
});

describe('a venture clause whose only names are descriptors of the founders tells the main deal', () => {
  it('keeps the deal of the main clause', () => {
    const fr =
      'Bouygues Telecom et Corvelle Data ont officialisé lundi la création de Névalis, une coentreprise détenue à 60 % par l’opérateur et à 40 % par l’hébergeur grenoblois.';
    expect(of(fr, 'fr', 'agreement')).toEqual([
      { parties: ['Bouygues Telecom', 'Corvelle Data'], status: 'confirmed' },
    ]);
  });
});

describe('"ni … ni …" denies the deal', () => {
  it('denies in French', () => {
    expect(of('Maëlis affirme qu’il n’y a ni discussion ni accord avec Thales.', 'fr', 'agreement')).toEqual([
      { parties: ['Maëlis', 'Thales'], status: 'denied' },
    ]);
    expect(
      of(
        'Corvelle a assuré qu’il n’y avait « ni négociation ni projet de coentreprise » avec Orange.',
        'fr',
        'agreement',
      ),
    ).toEqual([{ parties: ['Corvelle', 'Orange'], status: 'denied' }]);
  });

  it('counter-example: "ni" outside a denial of talks keeps the deal', () => {
    expect(
      of(
        'Corvelle a signé un accord avec Orange, sans changer ni son nom ni sa direction.',
        'fr',
        'agreement',
      ),
    ).toEqual([{ parties: ['Corvelle', 'Orange'], status: 'confirmed' }]);
  });
});

describe('an interview headline "Name (Company) : « … »" names the interviewee', () => {
  it('reads "nous" in the answers as the company', () => {
    const text = [
      'À la tête depuis 2024 du spécialiste lyonnais, Isaure Penhoat répond à nos questions.',
      'Vous avez noué un partenariat avec Schneider Electric. Sur quoi porte-t-il ?',
      'Nous avons signé la semaine dernière avec Schneider Electric un accord de distribution mondiale.',
      'On vous prête l’intention de racheter Vantrelle. Qu’en est-il ?',
      'Il n’a jamais été question de racheter Vantrelle.',
    ].join('\n\n');
    const title = 'Isaure Penhoat (Galvane Industries) : « Nous voulons rester un consolidateur »';
    expect(of(text, 'fr', 'agreement', undefined, title)).toEqual([
      { parties: ['Galvane Industries', 'Schneider Electric'], status: 'confirmed' },
    ]);
    expect(of(text, 'fr', 'acquisition', undefined, title)).toEqual([
      { parties: ['Galvane Industries', 'Vantrelle'], status: 'denied' },
    ]);
  });
});

describe('letters with a stroke fold like accented ones', () => {
  it('folds ø, ł, đ to their plain letters, keeping the length', () => {
    expect(foldText('Ørsted Łódź Đurić')).toBe('orsted lodz duric');
    expect(
      partiesOf('Orsted and Equinor agreed on Monday to form Havmor, a joint venture.', 'en', 'agreement'),
    ).toEqual([['Equinor', 'Ørsted']]);
  });
});

describe('a division named after its registry parent stays the parent', () => {
  it('counter-example to the run-on name: a division word', () => {
    expect(partiesOf('Kelvane a signé un accord avec Safran Digital.', 'fr', 'agreement')).toEqual([
      ['Kelvane', 'Safran'],
    ]);
  });
});

const moves = (text: string, language: 'fr' | 'en', publishedAt: string) =>
  claims(text, language, publishedAt)
    .filter((c) => c.kind === 'share_move')
    .map((c) => (c.kind === 'share_move' ? [c.parties[0], c.percent, c.eventDate] : []));

describe('a move timed "by 1105 GMT" is of the publication day, and so are the moves told after it', () => {
  it('dates the live move and the next one of its paragraph', () => {
    const text =
      'Saab will pay a premium of 38% to the closing price on Thursday.\n\nSaab shares rose 2.4% in Stockholm by 1105 GMT. Korpela shares jumped 31.5% to 13.64 euros.';
    expect(moves(text, 'en', '2029-01-12')).toEqual([
      ['Saab', 2.4, '2029-01-12'],
      ['Korpela', 31.5, '2029-01-12'],
    ]);
  });

  it('does not date a live move by the day of an earlier one told after it', () => {
    const text =
      'Aurvik shares were down 4.3% at 1012 GMT, after rising 11% on Monday. Skarholt shares rose 0.9%.';
    expect(moves(text, 'en', '2029-01-23')).toEqual([
      ['Aurvik', 4.3, '2029-01-23'],
      ['Aurvik', 11, '2029-01-22'],
      ['Skarholt', 0.9, '2029-01-23'],
    ]);
  });

  it('counter-example: one day named after a list of moves still dates the list', () => {
    expect(moves('Ericsson slumped 6.2% and Nokia shed 3% on Monday.', 'en', '2029-01-23')).toEqual([
      ['Ericsson', 6.2, '2029-01-22'],
      ['Nokia', 3, '2029-01-22'],
    ]);
  });
});

describe('a verbless change after a relative clause is the clause’s quantity, not a stock move', () => {
  it('gives no share move (French and English)', () => {
    expect(
      moves(
        'Pour Corvelle Data, qui a réalisé l’an dernier un chiffre d’affaires de 96 millions d’euros, en hausse de 18 %, l’opération est décisive.',
        'fr',
        '2029-01-09',
      ),
    ).toEqual([]);
    expect(
      moves(
        'For Kessock Storage, which reported sales of 96 million euros last year, up 18%, the deal is a big step.',
        'en',
        '2029-01-09',
      ),
    ).toEqual([]);
  });

  it('counter-example: a verb after the relative clause is the subject’s move', () => {
    expect(moves('Atos, qui a annoncé un plan de cession, a gagné 4,2 % lundi.', 'fr', '2029-01-09')).toEqual(
      [['Atos', 4.2, '2029-01-08']],
    );
  });
});

describe('shareholders who "together own" a stake sign no partnership', () => {
  it('gives no agreement for co-owned shares', () => {
    expect(
      of(
        'Its founder and the state investor Vaaka Capital, which together own 46% of Korvik Aero, have agreed to tender their shares.',
        'en',
        'agreement',
      ),
    ).toEqual([]);
  });

  it('counter-example: companies that together run a venture are partners', () => {
    expect(
      partiesOf('Orange and Capgemini will together run the new cloud platform.', 'en', 'agreement'),
    ).toEqual([['Capgemini', 'Orange']]);
  });
});

describe('sellers listed after "acquired from … and the fund" are no targets', () => {
  it('keeps the target only', () => {
    const text =
      'Thales has agreed to buy a 51% stake in Raudsepp Security. Thales will pay 96 million euros for the stake, acquired from the two founders and the Tallinn venture fund Pohjala Ventures.';
    expect(partiesOf(text, 'en', 'acquisition')).toEqual([['Raudsepp Security', 'Thales']]);
  });
});

describe('a founder with a common first name is a person, not a party', () => {
  it('reads the founder as a person (French and English)', () => {
    expect(
      partiesOf(
        'L’entreprise fondée en 2011 par Aurélien Masseboeuf détient depuis 2027 la qualification SecNumCloud.',
        'fr',
        'certification',
      ).flat(),
    ).not.toContain('Aurélien Masseboeuf');
    expect(
      partiesOf('Saab has agreed to buy Korvik Aero from its founder Ilkka Korvinen.', 'en', 'acquisition'),
    ).toEqual([['Korvik Aero', 'Saab']]);
  });
});

describe('a deal dated by "since YEAR, when they signed" is an old one', () => {
  it('keeps the reported talks a rumour beside the old deal', () => {
    const text =
      'BMW and Toyota Motor are close to agreeing a joint venture for trucks, the Nikkei reported on Thursday.\n\nThe two groups have cooperated on fuel cells since 2026, when they signed an agreement to share technology.';
    expect(of(text, 'en', 'agreement', '2029-02-01')).toEqual([
      { parties: ['BMW', 'Toyota'], status: 'rumour' },
    ]);
  });

  it('counter-example: a company located somewhere since a year still signs today', () => {
    expect(
      of(
        'Installée à Lyon depuis 2012, Kervane a signé lundi un partenariat avec Orange.',
        'fr',
        'agreement',
      ),
    ).toEqual([{ parties: ['Kervane', 'Orange'], status: 'confirmed' }]);
  });
});

describe('a pronoun right after the one company named stands for it', () => {
  it('adds no topic company to "X said it continues to explore cooperation"', () => {
    const text =
      'BMW declined to comment. Toyota said it does not comment on speculation but that it "continues to explore cooperation with a wide range of partners".';
    expect(of(text, 'en', 'agreement')).toEqual([]);
  });

  it('counter-example: "il a signé avec X" after the topic is the topic’s deal', () => {
    expect(
      partiesOf(
        'La société Kervane veut grandir.\n\nIl a signé lundi un partenariat avec Orange.',
        'fr',
        'agreement',
      ),
    ).toEqual([['Kervane', 'Orange']]);
  });
});

describe('an offer "portant sur" a stake is a bid, and the owners handed it are not its buyer', () => {
  it('reads the bid with its stake', () => {
    expect(
      claims(
        'Danone aurait remis à la famille Kerval une offre portant sur 51 % du capital de Kerval Fromages.',
        'fr',
      )
        .filter((c) => c.kind === 'acquisition')
        .map((c) => (c.kind === 'acquisition' ? [[...c.parties].sort(), c.status, c.percent] : [])),
    ).toEqual([[['Danone', 'Kerval Fromages'], 'rumour', 51]]);
  });
});
