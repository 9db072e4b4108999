import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/**
 * Agreement classes that recur across several tuned corpora (session 6, second agreement round), written
 * afresh with invented companies.
 */
const PUB = '2030-05-14';

const agreements = (text: string, language: 'fr' | 'en') =>
  claimsOf(text, language, PUB).filter((c) => c.kind === 'agreement');

describe('founders listed before a venture named in apposition (blind-11, -25, -28, phrasebook, phrasebook-5)', () => {
  const cases: [string, 'fr' | 'en', string[], string][] = [
    [
      'Morvane et Quillebec créent Solvéa Rail, une coentreprise détenue à parts égales, pour rénover des wagons de fret.',
      'fr',
      ['Morvane', 'Quillebec'],
      'Solvéa Rail',
    ],
    [
      'Renault et le recycleur Pelvoux ont officialisé jeudi la naissance de Cycléa, une coentreprise dédiée aux batteries usagées.',
      'fr',
      ['Renault', 'Pelvoux'],
      'Cycléa',
    ],
    [
      'Engie et la bordelaise Ostraly ont créé lundi Ventelle, une coentreprise détenue à 70 % par l’énergéticien.',
      'fr',
      ['Engie', 'Ostraly'],
      'Ventelle',
    ],
    [
      'Brackwell and Tunstead will form Corrigan Steel, a 55-45 joint venture, to roll plate at a former mill in Wales.',
      'en',
      ['Brackwell', 'Tunstead'],
      'Corrigan Steel',
    ],
    [
      'Shell and Dunmore Renewables set up Kestrel Tide, a 50-50 venture for two tidal arrays off Orkney.',
      'en',
      ['Shell', 'Dunmore Renewables'],
      'Kestrel Tide',
    ],
  ];
  it.each(cases)('%s', (text, language, pair, alliance) => {
    const found = agreements(text, language);
    expect(find(found, 'agreement', pair)).toHaveLength(1);
    expect(find(found, 'agreement', pair)[0]).toMatchObject({ alliance });
    expect(found).toHaveLength(1);
  });

  it('the other founder named after "avec" inside the venture’s apposition', () => {
    const found = agreements(
      'Le groupe nantais Kervalis a officialisé jeudi la création de Nauréa, une coentreprise de cloud avec Oracle.',
      'fr',
    );
    expect(find(found, 'agreement', ['Kervalis', 'Oracle'])).toHaveLength(1);
    expect(found[0]).toMatchObject({ alliance: 'Nauréa' });
  });

  it('a venture created by one named company and unnamed partners gives nothing', () => {
    expect(
      agreements('Dunmore Renewables set up Kestrel Tide, a joint venture with local investors.', 'en'),
    ).toHaveLength(0);
  });

  it('a venture already running, recalled after an unrelated verb, makes no founders of the subject list', () => {
    expect(
      agreements('Les ventes de Morvane et Quillebec dépassent Solvéa Rail, une coentreprise rivale.', 'fr'),
    ).toHaveLength(0);
  });
});

describe('a deal told as going with a stake or talks is between their two sides (blind-12, -13, -15, -16)', () => {
  const cases: [string, 'fr' | 'en', string[]][] = [
    [
      'Safran a annoncé mardi l’acquisition d’une participation de 30 % dans Orvalis Drones. L’opération s’accompagne d’un accord industriel aux termes duquel Safran fournira ses centrales inertielles à la PME.',
      'fr',
      ['Safran', 'Orvalis Drones'],
    ],
    [
      'Michelin envisagerait de prendre 20 % du capital de Garvance, selon Les Echos. Les discussions porteraient aussi sur un contrat d’approvisionnement en caoutchouc recyclé.',
      'fr',
      ['Michelin', 'Garvance'],
    ],
    [
      'Schneider Electric serait en discussions pour acquérir 25 % de Tollense. Les échanges porteraient sur un investissement de 60 millions d’euros, assorti d’un accord de distribution de ses onduleurs.',
      'fr',
      ['Schneider Electric', 'Tollense'],
    ],
    [
      'Airbus said on Monday it is taking a 12% stake in Quorvane. The investment comes with a partnership to develop hydrogen tanks for regional aircraft.',
      'en',
      ['Airbus', 'Quorvane'],
    ],
    [
      'Nestlé is in talks to buy about 15% of Brambleton Foods, people familiar with the matter said. The two sides were also discussing a supply agreement for oat drinks.',
      'en',
      ['Nestlé', 'Brambleton Foods'],
    ],
  ];
  it.each(cases)('%s', (text, language, pair) => {
    const found = agreements(text, language);
    expect(find(found, 'agreement', pair)).toHaveLength(1);
    expect(found).toHaveLength(1);
  });

  it('a stake and a distribution told by a verb in one sentence: both claims', () => {
    const found = claimsOf(
      'Crédit Mutuel a pris 10 % du capital de Fintaro, une fintech lyonnaise, et distribuera son offre auprès de ses clients professionnels.',
      'fr',
      PUB,
    );
    expect(find(found, 'acquisition', ['Crédit Mutuel', 'Fintaro'])).toHaveLength(1);
    expect(find(found, 'agreement', ['Crédit Mutuel', 'Fintaro'])).toHaveLength(1);
  });

  it('a stake told alone, its talks recalled, gives no second deal', () => {
    const found = agreements(
      'Airbus said on Monday it is taking a 12% stake in Quorvane. The investment comes with a seat on the board.',
      'en',
    );
    expect(found).toHaveLength(0);
  });

  it('a deal going with the stake but with another named company is that company’s', () => {
    const found = agreements(
      'Safran a pris 30 % d’Orvalis Drones. L’opération s’accompagne d’un contrat de fourniture avec Thales.',
      'fr',
    );
    expect(find(found, 'agreement', ['Safran', 'Orvalis Drones'])).toHaveLength(0);
  });
});

describe('a venture held or run, told beside another event, is no deal made (blind-13, -19, -33)', () => {
  const cases: [string, 'fr' | 'en'][] = [
    [
      'Norvalis, qui a racheté en mai Brévane Logistique et codétient avec DHL la coentreprise Transalpe, vise 300 millions d’euros de chiffre d’affaires en 2029.',
      'fr',
    ],
    [
      'Avionis Space, la coentreprise détenue à 60 % par Safran et à 40 % par Leonardo, a publié une perte de 40 millions d’euros sur l’exercice.',
      'fr',
    ],
    [
      'The order lifts Rheinmetall’s naval business, which it runs partly through joint ventures with Fincantieri, at a time when navies are rearming.',
      'en',
    ],
    ['Skyrail, the joint venture owned by Alstom and Hitachi, posted a loss of €40m for the year.', 'en'],
  ];
  it.each(cases)('%s', (text, language) => {
    expect(agreements(text, language)).toHaveLength(0);
  });

  it('a venture created and held in one sentence is still the founders’ deal', () => {
    const found = agreements(
      'Alstom and Hitachi have set up Skyrail, a joint venture owned 60% by Alstom, to maintain high-speed trains.',
      'en',
    );
    expect(find(found, 'agreement', ['Alstom', 'Hitachi'])).toHaveLength(1);
  });
});

describe('two deals joined by a colon are told apart (blind-23)', () => {
  it('a comparison with an older alliance, then the deal itself after the colon', () => {
    const found = agreements(
      'Le montage serait proche de celui qu’ont retenu Google et Thales pour S3ns : la technologie d’Oracle serait exploitée sous licence par Nérande dans ses centres de données.',
      'fr',
    );
    expect(find(found, 'agreement', ['Oracle', 'Nérande'])).toHaveLength(1);
    expect(found.every((c) => !(c.parties.includes('Oracle') && c.parties.includes('Google')))).toBe(true);
  });
});

describe('backers and advisers are no side of the deal (blind-22, phrasebook-5, -6)', () => {
  const cases: [string, 'fr' | 'en', string[], string][] = [
    [
      'Orbilis a annoncé mardi une levée de fonds de 40 M€ menée par le fonds Eurazeo, ainsi qu’un contrat de l’Agence spatiale européenne.',
      'fr',
      ['Orbilis', 'Agence spatiale européenne'],
      'Eurazeo',
    ],
    [
      'Conseillé par Rothschild, Valdenor a noué un partenariat de long terme avec Air Liquide pour ses sites de production.',
      'fr',
      ['Valdenor', 'Air Liquide'],
      'Rothschild',
    ],
    [
      'Backed by Sequoia Capital, Quillmere has signed a distribution agreement with Ingram Micro for its security appliances.',
      'en',
      ['Quillmere', 'Ingram Micro'],
      'Sequoia Capital',
    ],
    [
      'Halden Robotics announced a Series B round led by the venture firm Balderton, and a supply deal with Siemens.',
      'en',
      ['Halden Robotics', 'Siemens'],
      'Balderton',
    ],
  ];
  it.each(cases)('%s', (text, language, pair, backer) => {
    const found = agreements(text, language);
    expect(find(found, 'agreement', pair)).toHaveLength(1);
    expect(found.some((c) => c.parties.includes(backer))).toBe(false);
  });

  it('a company named by a participle that is a deal of its own stays a side', () => {
    const found = agreements(
      'Choisi par Airbus au terme d’un appel d’offres, Valdenor a signé un contrat de fourniture avec le constructeur.',
      'fr',
    );
    expect(found.every((c) => c.parties.includes('Airbus') || c.parties.length < 2)).toBe(true);
  });
});

describe('talks about money put into one side are a stake purchase, not a partnership (blind-22, phrasebook-2)', () => {
  const cases: [string, 'fr' | 'en', string[]][] = [
    [
      'Corvane is in talks with Balderton Capital to lead a funding round of about $200 million, according to people familiar with the matter.',
      'en',
      ['Balderton Capital', 'Corvane'],
    ],
    [
      'Selon Les Echos, Datalys serait en négociations avec Bpifrance pour une augmentation de capital de 30 millions d’euros.',
      'fr',
      ['Bpifrance', 'Datalys'],
    ],
    [
      '"There are no talks," an Intel spokesperson said when asked about a possible investment in Pellion Chips.',
      'en',
      ['Intel', 'Pellion Chips'],
    ],
  ];
  it.each(cases)('%s', (text, language, pair) => {
    const found = claimsOf(text, language, PUB);
    expect(find(found, 'acquisition', pair)).toHaveLength(1);
    expect(found.filter((c) => c.kind === 'agreement')).toHaveLength(0);
  });

  it('talks about a supply deal stay an agreement', () => {
    const found = agreements(
      'Corvane is in talks with Tiger Foods to supply its oat drinks, people familiar said.',
      'en',
    );
    expect(find(found, 'agreement', ['Corvane', 'Tiger Foods'])).toHaveLength(1);
  });
});
