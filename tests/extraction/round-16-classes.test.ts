import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, find } from './claims-of.ts';

/** Classes of errors a tuning round on an unseen corpus showed, written afresh with invented companies. */
const PUB = '2027-04-20'; // a Tuesday

const names = (claims: Claim[]) => [...new Set(claims.flatMap((c) => c.parties))].sort();

describe('a product named after its maker is no party: the maker is', () => {
  const cases: [string, 'fr' | 'en', Claim['kind'], string[]][] = [
    [
      'Brenmoor Analytics, a maker of fraud-detection software for banks, today announced that it has signed a distribution agreement with Capgemini.\n\nCapgemini will resell Brenmoor Fraud Shield to regional banks.\n\nBrenmoor Fraud Shield will be available in Germany from June 2027.',
      'en',
      'agreement',
      ['Brenmoor Analytics', 'Capgemini'],
    ],
    [
      'Brenmoor Analytics, a maker of fraud-detection software for banks, today announced that it has signed a distribution agreement with Capgemini.\n\nBrenmoor Fraud Shield will be available in Germany from June 2027.',
      'en',
      'launch',
      ['Brenmoor Analytics'],
    ],
    [
      "L'éditeur rennais Talvenne a signé un accord de distribution avec Sopra Steria.\n\nLa nouvelle plateforme « Talvenne Compta Pro » sera disponible à partir de septembre 2027, a précisé l'éditeur.",
      'fr',
      'launch',
      ['Talvenne'],
    ],
    [
      "L'éditeur rennais Talvenne a signé un accord de distribution avec Sopra Steria.\n\nLa nouvelle plateforme « Talvenne Compta Pro » sera disponible à partir de septembre 2027, a précisé l'éditeur.",
      'fr',
      'agreement',
      ['Talvenne', 'Sopra Steria'],
    ],
    [
      'Orvane Santé a conclu un partenariat avec Capgemini. Baptisée « Orvane Dossier Patient », cette offre sera disponible le 3 novembre 2027, selon un communiqué commun.',
      'fr',
      'launch',
      ['Orvane Santé'],
    ],
    [
      'Kestrel Robotics has teamed up with Schneider Electric. Its new platform Kestrel Fleet Manager will go live in March 2028, the company said.',
      'en',
      'launch',
      ['Kestrel Robotics'],
    ],
  ];
  for (const [text, lang, kind, parties] of cases)
    it(`${kind} ${parties.join('/')} (${lang})`, () => {
      const claims = claimsOf(text, lang, PUB);
      expect(find(claims, kind, parties).length).toBe(1);
      expect(names(claims).every((n) => !/Shield|Compta|Dossier|Fleet/u.test(n))).toBe(true);
    });

  it('counter-example: a company whose longer name is its own full name stays that company', () => {
    const claims = claimsOf(
      'Veldane Systems has signed a partnership with Orange. Veldane will supply the sensors from 2028.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Veldane Systems', 'Orange']).length).toBe(1);
  });

  it('counter-example: a company that is the subject of "will be available" without a namesake stays a company', () => {
    const claims = claimsOf(
      'Orbelis Cloud, the hosting company, has obtained the SecNumCloud qualification. Orbelis Cloud will be available to public buyers from May 2027.',
      'en',
      PUB,
    );
    expect(names(claims)).toContain('Orbelis Cloud');
  });
});

describe('a division named by its registry parent and a generic business line is the parent', () => {
  const cases: [string, 'fr' | 'en', string[]][] = [
    [
      'DHL Supply Chain has teamed up with Norveld Pharma to run a cold-chain hub in Antwerp.',
      'en',
      ['DHL', 'Norveld Pharma'],
    ],
    [
      'Siemens Smart Infrastructure a signé un accord de maintenance avec Trenvia, un opérateur ferroviaire régional.',
      'fr',
      ['Siemens', 'Trenvia'],
    ],
    [
      'Orange Business Services signed a partnership with Calvena Health on Monday.',
      'en',
      ['Orange', 'Calvena Health'],
    ],
    [
      'Airbus Defence and Space a conclu un partenariat avec la start-up Orbitane.',
      'fr',
      ['Airbus', 'Orbitane'],
    ],
  ];
  for (const [text, lang, parties] of cases)
    it(`${parties.join('/')} (${lang})`, () => {
      const claims = claimsOf(text, lang, PUB);
      expect(find(claims, 'agreement', parties).length).toBe(1);
      expect(claims.filter((c) => c.kind === 'agreement').length).toBe(1);
    });
});

describe('an interview: the interviewee speaks for the company the lead ties them to', () => {
  it('labelled English transcript: confirm, deny with the denied approach, first-person launch', () => {
    const text = [
      'Brackley Mutual, the Leeds-based motor insurer, has had an eventful spring. Its chief executive, Ruth Okafor, spoke to Ledger Daily on Monday.',
      'Ledger Daily: Is the Zurich investment done?',
      'Okafor: Yes. I can confirm that Zurich has agreed to buy a 20% stake in Brackley Mutual.',
      'Ledger Daily: There were reports that Hiscox was preparing a bid. Were you approached?',
      'Okafor: No. We have not received any approach from Hiscox and we are not in talks with them.',
      'Ledger Daily: What comes next?',
      'Okafor: Scotland. Our van insurance product will be available to Scottish drivers in October 2027.',
    ].join('\n\n');
    const claims = claimsOf(text, 'en', PUB);
    const own = claims.filter((c) => c.kind === 'statement' && c.parties[0] === 'Brackley Mutual');
    expect(own.map((c) => (c.kind === 'statement' ? c.stance : '')).sort()).toEqual(['confirm', 'deny']);
    expect(find(claims, 'acquisition', ['Hiscox', 'Brackley Mutual'])[0]?.status).toBe('denied');
    expect(find(claims, 'launch', ['Brackley Mutual']).length).toBe(1);
    expect(find(claims, 'statement', ['Hiscox'])).toEqual([]);
  });

  it('labelled French transcript: a bare denial answering an approach question is the company’s', () => {
    const text = [
      "Deux mois après l'entrée de Safran à son capital, le président de Tissages Ardent détaille au Journal du Textile ses projets. Extraits.",
      'Journal du Textile : Le nom de Hermès a circulé. Avez-vous été approchés ?',
      "Claire Ardent : Jamais. Il n'y a eu aucune discussion avec Hermès.",
      'Journal du Textile : Et vos ateliers ?',
      'Claire Ardent : Nos deux ateliers ont obtenu en mars le label Entreprise du patrimoine vivant. Notre boutique en ligne sera ouverte aux clients en juin 2027.',
    ].join('\n\n');
    const claims = claimsOf(text, 'fr', PUB);
    expect(find(claims, 'statement', ['Tissages Ardent'])[0]?.status).toBe('denied');
    expect(find(claims, 'acquisition', ['Hermès', 'Tissages Ardent'])[0]?.status).toBe('denied');
    const label = find(claims, 'certification', ['Tissages Ardent'])[0];
    expect(label?.kind === 'certification' ? label.label : '').toBe('Entreprise du patrimoine vivant');
    expect(find(claims, 'launch', ['Tissages Ardent']).length).toBe(1);
  });

  it('unlabelled transcript: bold questions, the first-person refusal is a no-comment', () => {
    const text = [
      "Vantor and Equinix on Monday announced a joint venture. Ledger Daily spoke to Ines Marlow, Vantor's chief executive. These are edited excerpts.",
      'Why now?',
      'Demand is strong and we had the land.',
      'The Financial Times reported that Vantor wants to buy Kelso Data. Is that true?',
      "I'm not going to comment on market rumours. We look at many things.",
    ].join('\n\n');
    const claims = claimsOf(text, 'en', PUB);
    const said = find(claims, 'statement', ['Vantor'])[0];
    expect(said?.kind === 'statement' ? said.stance : '').toBe('no_comment');
  });

  it('counter-example: "we" in an ordinary article is nobody without an interview', () => {
    const claims = claimsOf(
      'Brackley Mutual has signed a partnership with Zurich. "We will be available to more drivers," said a broker, Tom Reed.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'launch')).toEqual([]);
  });
});

describe('"the two companies signed" are the two the article just named, even with no deal read between them', () => {
  it('fr: after a purchase told by descriptors', () => {
    const text =
      "Le fabricant Ormelin a bondi de 9 % après l'entrée de Hermès à son capital. « Hermès sera un actionnaire patient », a indiqué le dirigeant d'Ormelin. Les deux sociétés ont par ailleurs signé un accord d'approvisionnement.";
    expect(find(claimsOf(text, 'fr', PUB), 'agreement', ['Ormelin', 'Hermès']).length).toBe(1);
  });
  it('en', () => {
    const text =
      'Kelvane Foods rose 6% after Danone said it would take a seat on its board. Danone is a long-standing customer. The two companies also signed a supply agreement.';
    expect(find(claimsOf(text, 'en', PUB), 'agreement', ['Kelvane Foods', 'Danone']).length).toBe(1);
  });
  it('counter-example: two companies compared, no signing', () => {
    const text =
      'Capgemini et Sopra Steria vont-elles fusionner ? Les deux entreprises partagent une large partie de leurs clients, et un rapprochement créerait un champion.';
    expect(claimsOf(text, 'fr', PUB).filter((c) => c.kind !== 'statement')).toEqual([]);
  });
});

describe('topics announced are no claims', () => {
  const cases: [string, 'fr' | 'en'][] = [
    [
      "This week's Rail Desk covers a stake deal in Welsh freight, a signalling partnership for Alstom and a rough Monday for Getlink.",
      'en',
    ],
    ['This issue looks at the partnership between Orange and Thales and the rumoured bid for Atos.', 'en'],
    [
      'Its chief executive spoke to us on Monday about the deal with Zurich and the speculation around Hiscox.',
      'en',
    ],
    [
      "Au sommaire de cette lettre : une alliance entre Orange et Thales, et le rachat d'Ostral par Atos.",
      'fr',
    ],
  ];
  for (const [text, lang] of cases)
    it(text.slice(0, 40), () => {
      expect(claimsOf(text, lang, PUB).filter((c) => c.kind !== 'share_move')).toEqual([]);
    });
  it('counter-example: the item itself is a claim', () => {
    const claims = claimsOf('Alstom has signed a signalling partnership with Getlink.', 'en', PUB);
    expect(find(claims, 'agreement', ['Alstom', 'Getlink']).length).toBe(1);
  });
});

describe('certification labels written with slashes, hyphens, grades and words', () => {
  const cases: [string, 'fr' | 'en', string, string][] = [
    [
      'Le constructeur Ferronord a par ailleurs été certifié ISO/TS 22163 pour ses ateliers.',
      'fr',
      'Ferronord',
      'ISO/TS 22163',
    ],
    [
      'Kelmor Software today announced that it has achieved ISO/IEC 27701 certification.',
      'en',
      'Kelmor Software',
      'ISO/IEC 27701',
    ],
    [
      'Altara Semiconductor said its new power family had been qualified to AEC-Q100 Grade 1.',
      'en',
      'Altara Semiconductor',
      'AEC-Q100',
    ],
    [
      'Norbeck Logistics said its warehouses had been accredited under the BRCGS Storage and Distribution standard.',
      'en',
      'Norbeck Logistics',
      'BRCGS Storage and Distribution',
    ],
    [
      "La coutellerie Vallarde a obtenu le label Entreprise du patrimoine vivant, décerné par le ministère de l'Économie.",
      'fr',
      'Vallarde',
      'Entreprise du patrimoine vivant',
    ],
    [
      "Cloudane a bondi de 5 % après avoir annoncé l'obtention de la qualification SecNumCloud, délivrée par l'ANSSI.",
      'fr',
      'Cloudane',
      'SecNumCloud',
    ],
  ];
  for (const [text, lang, holder, label] of cases)
    it(label, () => {
      const claim = claimsOf(text, lang, PUB).find((c) => c.kind === 'certification');
      expect(claim?.parties).toEqual([holder]);
      expect(claim?.kind === 'certification' ? claim.label : '').toBe(label);
    });
  it('counter-example: obtaining still aimed at is no certification', () => {
    const claims = claimsOf(
      "Cloudane prépare l'obtention de la qualification SecNumCloud, en vue de l'obtention de la certification HDS.",
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'certification')).toEqual([]);
  });
});

describe('a reinsurance treaty is a deal between reinsurer and insurer; a question on a possible deal is none', () => {
  const cases: [string, 'fr' | 'en', string[]][] = [
    [
      "Scor a pris 2 % après la signature d'un traité de réassurance pluriannuel avec Mutuelle Vendéenne.",
      'fr',
      ['Scor', 'Mutuelle Vendéenne'],
    ],
    [
      'Le réassureur Covéa Re a conclu un traité de cession avec Assurances Orvault.',
      'fr',
      ['Covéa', 'Assurances Orvault'],
    ],
    [
      'Hannover Re has agreed a three-year quota share treaty with Beazley.',
      'en',
      ['Hannover Re', 'Beazley'],
    ],
  ];
  for (const [text, lang, parties] of cases)
    it(parties.join('/'), () => {
      expect(find(claimsOf(text, lang, PUB), 'agreement', parties).length).toBe(1);
    });
  it('counter-example: a treaty between states stays no deal', () => {
    const claims = claimsOf("La France a signé un traité de coopération avec l'Espagne.", 'fr', PUB);
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
  });
  it('counter-examples: asked about a possible stake, the refusal is all', () => {
    const fr = claimsOf(
      "Interrogé sur une éventuelle entrée d'Axa au capital de sa filiale, le directeur général de Valmont Assurances s'est refusé à tout commentaire.",
      'fr',
      PUB,
    );
    expect(fr.filter((c) => c.kind === 'acquisition')).toEqual([]);
    const en = claimsOf(
      'Asked about a possible bid for Hiscox by Zurich, the chief executive declined to comment.',
      'en',
      PUB,
    );
    expect(en.filter((c) => c.kind === 'acquisition')).toEqual([]);
  });
  it('counter-example: a launch services contract is no launch', () => {
    const claims = claimsOf(
      'Kerrow Space today announced that it has signed a launch services agreement with Arianespace for its first satellites, to fly in 2028.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'launch')).toEqual([]);
    expect(find(claims, 'agreement', ['Kerrow Space', 'Arianespace']).length).toBe(1);
  });
});
