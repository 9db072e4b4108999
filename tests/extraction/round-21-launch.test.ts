import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/extraction/rules/load-rule-files.ts';
import { splitSentences } from '../../src/extraction/split-sentences.ts';
import { claimsOf } from './claims-of.ts';

/**
 * Round 21, launches: an interview answer made of a date alone dates the launch its question asked about; the platform
 * whose customers an offer reaches, the name given to the offer and the supplier of its technology launch nothing; a
 * second « et que » carries the reported speech of the first. Every sentence is invented for this file.
 */
const PUB = '2028-03-01';
const launches = (text: string, lang: 'fr' | 'en') =>
  claimsOf(text, lang, PUB)
    .filter((c) => c.kind === 'launch')
    .map((c) => ({
      parties: [...c.parties].sort(),
      date: c.kind === 'launch' ? c.eventDate : undefined,
      ...(c.kind === 'launch' && c.bound !== undefined ? { bound: c.bound } : {}),
      status: c.status,
    }));

const interview = (question: string, answer: string) =>
  [
    'Brindlecombe Optics makes infrared sensors in Leeds. We spoke to its chief executive, Harriet Oldfield.',
    'How is business this year?',
    'Very good. Orders are up and the team has doubled.',
    question,
    answer,
  ].join('\n\n');

const entretien = (question: string, answer: string) =>
  [
    'Valdrôme Capteurs fabrique des capteurs infrarouges à Valence. Nous avons rencontré sa présidente, Odile Ferrand.',
    'Comment se porte l’activité ?',
    'Très bien. Les commandes progressent et l’équipe a doublé.',
    question,
    answer,
  ].join('\n\n');

describe('an interview answer made of a date alone', () => {
  it('"When will customers get the new sensor? — Not before September 2029."', () => {
    expect(
      launches(
        interview(
          'When will customers get the new sensor?',
          'Not before September 2029. We need the second plant qualified first.',
        ),
        'en',
      ),
    ).toEqual([
      { parties: ['Brindlecombe Optics'], date: '2029-09', bound: 'not_before', status: 'confirmed' },
    ]);
  });

  it('« Allez-vous lancer votre propre boutique en ligne ? — Oui, mais pas avant 2029. »', () => {
    expect(
      launches(
        entretien(
          'Allez-vous lancer votre propre boutique en ligne ?',
          'Oui, mais pas avant 2029. Nous voulons d’abord fiabiliser la logistique.',
        ),
        'fr',
      ),
    ).toEqual([{ parties: ['Valdrôme Capteurs'], date: '2029', bound: 'not_before', status: 'confirmed' }]);
  });

  it('counter-example: a date answering when a deal closes is no launch', () => {
    expect(
      launches(
        interview(
          'When will the purchase of the Swindon plant close?',
          'Not before September. The regulator is still looking at it.',
        ),
        'en',
      ),
    ).toEqual([]);
  });

  it('counter-example: a date answering when a label comes is no launch', () => {
    expect(
      launches(
        entretien(
          'Quand pensez-vous obtenir la certification ISO 13485 ?',
          'Pas avant 2029. L’audit est long.',
        ),
        'fr',
      ),
    ).toEqual([]);
  });

  it('counter-example: an answer that goes on past its date is read as any sentence', () => {
    expect(
      launches(
        interview(
          'When will customers get the new sensor?',
          'Not before September 2029 for the military version we showed in Paris last year.',
        ),
        'en',
      ),
    ).toEqual([]);
  });
});

describe('names told in passing in a launch sentence', () => {
  it('"available to Google Cloud customers": the platform is the channel, the issuer launches', () => {
    expect(
      launches(
        'Ashgrove Quantum today announced a multi-year agreement with Google to offer its Helix system through Google Cloud. Helix will be available to Google Cloud customers in Europe starting in October 2028.',
        'en',
      ).map((l) => l.parties),
    ).toEqual([['Ashgrove Quantum']]);
  });

  it('"built on Trevanne’s process": the foundry supplies, the speaker’s company launches', () => {
    expect(
      launches(
        'Pellworth Acoustics signed a supply agreement with Trevanne Foundries. The new microphone family, built on Trevanne’s process, will be available to customers from January 2029, its chief executive said.',
        'en',
      ).map((l) => l.parties),
    ).toEqual([['Pellworth Acoustics']]);
  });

  it('« baptisé Montclar »: the laser’s given name is no launcher', () => {
    expect(
      launches(
        'Orvalis Photonique a bouclé une augmentation de capital. Le nouveau laser de la société, baptisé Montclar, sera disponible à partir de septembre 2028, a précisé le dirigeant.',
        'fr',
      ).map((l) => l.parties),
    ).toEqual([['Orvalis Photonique']]);
  });

  it('counter-example: a venture so named launches', () => {
    expect(
      launches(
        'Renault et Valeo créent une coentreprise. La coentreprise, baptisée Ciramel, commercialisera ses modules à partir de 2029.',
        'fr',
      ).map((l) => l.parties),
    ).toEqual([['Ciramel']]);
  });

  it('counter-example: a launcher named as subject keeps the launch, whoever its customers are', () => {
    expect(
      launches(
        'Corvell Cloud will open its quantum service to Ashgrove customers in October 2028.',
        'en',
      ).map((l) => l.parties),
    ).toEqual([['Corvell Cloud']]);
  });
});

describe('« et que »: the second reported clause is reported speech too', () => {
  it('« a indiqué que la puce serait commercialisée …, et que la production ne démarrerait … »: confirmed', () => {
    expect(
      launches(
        'Isaline Robotique a signé un accord avec la fonderie. La dirigeante d’Isaline Robotique a indiqué que la puce serait commercialisée à partir d’octobre 2028, et que la production en volume ne démarrerait qu’en 2030.',
        'fr',
      ).map((l) => l.status),
    ).toEqual(['confirmed']);
  });

  it('« a indiqué en marge d’une conférence à Londres que sa nouvelle génération … ne serait pas »: confirmed', () => {
    expect(
      launches(
        'Le groupe Sarvenne a indiqué en marge d’une conférence d’investisseurs à Londres que sa nouvelle génération de capteurs gravés en 18 nanomètres ne serait pas commercialisée avant 2029.',
        'fr',
      ).map((l) => l.status),
    ).toEqual(['confirmed']);
  });

  it('counter-example: the journalist’s conditional stays hearsay', () => {
    expect(
      launches(
        'La puce d’Isaline Robotique serait commercialisée à partir d’octobre 2028, et la production ne démarrerait qu’en 2030.',
        'fr',
      ).map((l) => l.status),
    ).toEqual(['rumour']);
  });
});

describe('what a launch is told by', () => {
  it('"will open its first twenty sites to hauliers in May 2029": sites opened to their users', () => {
    expect(
      launches('Brennweg Laden will open its first twenty charging sites to hauliers in May 2029.', 'en'),
    ).toEqual([{ parties: ['Brennweg Laden'], date: '2029-05', status: 'confirmed' }]);
  });

  it('« compte ouvrir dès cette année à ses partenaires académiques un accès en ligne »', () => {
    expect(
      launches(
        'Qubitane a levé 30 millions d’euros. La start-up compte ouvrir dès cette année à ses partenaires académiques un accès en ligne à sa puce.',
        'fr',
      ).map((l) => [l.parties, l.date]),
    ).toEqual([[['Qubitane'], '2028']]);
  });

  it('"A demonstration chip for academic partners is due later this year"', () => {
    expect(
      launches(
        'Qubitane Systems closed a €30 million round. A demonstration chip for academic partners is due later this year.',
        'en',
      ).map((l) => [l.parties, l.date]),
    ).toEqual([[['Qubitane Systems'], '2028']]);
  });

  it('« Une version à 64 qubits est prévue pour 2029 »', () => {
    expect(
      launches(
        'Qubitane a levé 30 millions d’euros. Une version à 64 qubits est prévue pour 2029.',
        'fr',
      ).map((l) => [l.parties, l.date]),
    ).toEqual([[['Qubitane'], '2029']]);
  });

  it('counter-example: « la mise en service est prévue en 2030 » is a site started, no offer', () => {
    expect(
      launches(
        'Maison Verlanne investira 14 millions d’euros dans un atelier, dont la mise en service est prévue en 2030.',
        'fr',
      ),
    ).toEqual([]);
  });

  it('counter-example: "the results are due in April" is no offer', () => {
    expect(
      launches('Qubitane Systems closed a €30 million round. Its results are due in April.', 'en'),
    ).toEqual([]);
  });

  it('"intends to apply in 2028 for an authorisation … to place X on the market": the request, no launch', () => {
    expect(
      launches(
        'Sorbach Signal obtained SIL 4. The company intends to apply in the second half of 2028 for an authorisation from the rail agency to place its KX-4 interlocking on the market across the EU.',
        'en',
      ),
    ).toEqual([]);
  });

  it('counter-example: "expects to place its interlocking on the market in October 2028"', () => {
    expect(
      launches('Sorbach Signal expects to place its KX-4 interlocking on the market in October 2028.', 'en'),
    ).toEqual([{ parties: ['Sorbach Signal'], date: '2028-10', status: 'confirmed' }]);
  });
});

describe('a second reported clause tells a launch of its own', () => {
  it('", and that a 64-qubit version would not ship before 2029": two launches', () => {
    expect(
      launches(
        'Caldermoor Qubits raised €45 million. Its co-founder said the first commercial controller would be available to research labs in June, and that a 64-qubit version would not ship before 2029.',
        'en',
      ).map((l) => [l.parties, l.date, l.bound]),
    ).toEqual([
      [['Caldermoor Qubits'], '2028-06', undefined],
      [['Caldermoor Qubits'], '2029', 'not_before'],
    ]);
  });

  it('counter-example: two launch words in one clause are one launch', () => {
    expect(
      launches(
        'Caldermoor Qubits raised €45 million. Its co-founder said the first commercial controller would be available to research labs in June and would ship to Japan in 2029.',
        'en',
      ).map((l) => l.date),
    ).toEqual(['2028-06']);
  });
});

describe('a founding participle fronted before the subject, and a series letter', () => {
  it('« Fondée en 2021 par X, …, et deux chercheurs de l’Inria, Qubitane emploie … Sa présidente a indiqué que … »', () => {
    expect(
      launches(
        'Fondée en 2021 par Léa Morvan, ancienne ingénieure du CEA, et deux chercheurs de l’Institut Fresnel, Qubitane Systems emploie 80 personnes et avait levé 20 millions d’euros lors de sa série A. Sa présidente a indiqué en janvier que le premier processeur commercial de la société ne serait pas commercialisé avant 2030.',
        'fr',
      ).map((l) => [l.parties, l.date, l.status]),
    ).toEqual([[['Qubitane Systems'], '2030', 'confirmed']]);
  });

  it('"its Series B. The company …": the letter of a series ends the sentence', () => {
    const sentences = splitSentences(
      'Velmora closed its Series B. The company will hire. J. Smith leads the round.',
      RULES.en,
    ).map((s) => s.text);
    expect(sentences).toEqual([
      'Velmora closed its Series B.',
      'The company will hire.',
      'J. Smith leads the round.',
    ]);
  });

  it('counter-example: an initial after a lowercase word stays an initial', () => {
    const sentences = splitSentences(
      'The round was led by chief executive J. Smith of Velmora.',
      RULES.en,
    ).map((s) => s.text);
    expect(sentences).toEqual(['The round was led by chief executive J. Smith of Velmora.']);
  });
});

describe('"on track for <date>"', () => {
  it('"The new platform remains on track for the second half of 2029"', () => {
    expect(
      launches(
        'Harlow Gridworks raised €20 million. The new platform remains on track for the second half of 2029.',
        'en',
      ).map((l) => [l.parties, l.date]),
    ).toEqual([[['Harlow Gridworks'], '2029']]);
  });

  it('counter-example: "the deal is on track for the third quarter" is no offer', () => {
    expect(
      launches('Harlow Gridworks agreed to buy Penmoor. The deal is on track for the third quarter.', 'en'),
    ).toEqual([]);
  });
});

describe('an answered date about a plant', () => {
  it('counter-example: "When will the new plant start production? — Not before 2029." is no launch', () => {
    expect(
      launches(
        interview('When will the new plant start production?', 'Not before 2029. We are still hiring.'),
        'en',
      ),
    ).toEqual([]);
  });
});

describe('the pair the launch’s own lead joins, when the pair tells of it', () => {
  it('« que prépare Keolis avec Ambrevia …, ont reconnu vendredi les deux partenaires »: both launch', () => {
    expect(
      launches(
        'Le service de navettes autonomes que prépare Keolis avec Ambrevia ne sera pas ouvert au public avant 2031, ont reconnu vendredi les deux partenaires.',
        'fr',
      ).map((l) => l.parties),
    ).toEqual([['Ambrevia', 'Keolis']]);
  });

  it('counter-example: told by one of them, the lead’s maker launches alone', () => {
    expect(
      launches(
        'Le service de navettes autonomes que prépare Keolis avec Ambrevia ne sera pas ouvert au public avant 2031, a reconnu vendredi Keolis.',
        'fr',
      ).map((l) => l.parties),
    ).toEqual([['Keolis']]);
  });
});
