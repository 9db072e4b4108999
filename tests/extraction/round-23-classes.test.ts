import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { extractClaims } from '../../src/extraction/extract-claims.ts';

const claims = (text: string, language: 'fr' | 'en', publishedAt = '2028-11-13'): Claim[] =>
  extractClaims({ text, language, publishedAt }).claims;

const of = (text: string, language: 'fr' | 'en', kind: Claim['kind'], publishedAt?: string) =>
  claims(text, language, publishedAt)
    .filter((c) => c.kind === kind)
    .map((c) => ({ parties: [...c.parties].sort(), status: c.status }));

describe('a hedge inside a relative clause after a descriptor stays in that clause', () => {
  it('leaves the main deal asserted (English)', () => {
    expect(
      of(
        'The round, which values the company at around €480m according to a person familiar with the matter, comes with a commercial prize: Allianz has signed a multi-year partnership with Capgemini.',
        'en',
        'agreement',
      ),
    ).toEqual([{ parties: ['Allianz', 'Capgemini'], status: 'confirmed' }]);
    expect(
      of(
        'The deal, which people familiar with the matter value at €2bn, includes a supply contract: Orange has signed a five-year agreement with Capgemini.',
        'en',
        'agreement',
      ),
    ).toEqual([{ parties: ['Capgemini', 'Orange'], status: 'confirmed' }]);
  });

  it('leaves the main deal asserted (French)', () => {
    expect(
      of(
        "L'opération, qui valoriserait la société à 300 millions d'euros selon nos informations, s'accompagne d'un volet commercial : Orange a signé un partenariat avec Capgemini.",
        'fr',
        'agreement',
      ),
    ).toEqual([{ parties: ['Capgemini', 'Orange'], status: 'confirmed' }]);
  });

  it('counter-examples: a hedge on the main clause still makes it a rumour', () => {
    expect(
      of(
        'The round, which closed on Monday, reportedly comes with a partnership: Allianz is said to have signed a deal with Capgemini.',
        'en',
        'agreement',
      ),
    ).toEqual([{ parties: ['Allianz', 'Capgemini'], status: 'rumour' }]);
    expect(
      of(
        "L'opération, qui a été bouclée lundi, s'accompagnerait d'un partenariat : Orange aurait signé un accord avec Capgemini.",
        'fr',
        'agreement',
      ),
    ).toEqual([{ parties: ['Capgemini', 'Orange'], status: 'rumour' }]);
  });
});

describe('a denial does not leak past "on the same day", "hours after", "le jour même où"', () => {
  it('denies the sale but keeps the deal told in the next clause', () => {
    const en = of(
      'Orange is a French group. Orange denied on Tuesday that it was in talks to buy Sopra Steria, hours after it signed a cloud partnership with Capgemini.',
      'en',
      'agreement',
    );
    expect(en).toEqual([{ parties: ['Capgemini', 'Orange'], status: 'confirmed' }]);
    const greyholt = claims(
      'Kestrel Sensing builds radar software. Kestrel Sensing has denied a report that it is in talks to sell itself to BAE Systems, on the same day it announced a partnership with Thales.',
      'en',
    ).map((c) => ({ kind: c.kind, parties: [...c.parties].sort(), status: c.status }));
    expect(greyholt).toContainEqual({
      kind: 'acquisition',
      parties: ['BAE Systems', 'Kestrel Sensing'],
      status: 'denied',
    });
    expect(greyholt).toContainEqual({
      kind: 'agreement',
      parties: ['Kestrel Sensing', 'Thales'],
      status: 'confirmed',
    });
    expect(greyholt.filter((c) => c.parties.includes('Thales') && c.kind === 'acquisition')).toEqual([]);
  });

  it('French: "le jour même où"', () => {
    const fr = claims(
      'Atos publie ses comptes. Atos a démenti être en discussions pour céder sa division à Thales, le jour même où il annonçait un partenariat avec Capgemini.',
      'fr',
    ).map((c) => ({ kind: c.kind, parties: [...c.parties].sort(), status: c.status }));
    expect(fr).toContainEqual({ kind: 'agreement', parties: ['Atos', 'Capgemini'], status: 'confirmed' });
    expect(fr.filter((c) => c.kind === 'agreement' && c.status === 'denied')).toEqual([]);
  });

  it('counter-example: a denial of both deals stays a denial', () => {
    expect(
      of(
        'Vodafone denied that it had signed a partnership with Orange or that it planned one.',
        'en',
        'agreement',
      ),
    ).toEqual([{ parties: ['Orange', 'Vodafone'], status: 'denied' }]);
  });
});

describe('selling to a class of customers is no sale of a company', () => {
  it('reads no acquisition', () => {
    for (const text of [
      'Skarvik Grid has received FedRAMP Moderate authorization, clearing the way for it to sell to US federal agencies, the company said.',
      'The ruling leaves Orange free to sell to European network operators.',
      'The licence lets Capgemini sell its tools to regional public hospitals in France.',
    ])
      expect(of(text, 'en', 'acquisition')).toEqual([]);
  });

  it('counter-example: a unit sold to a company is a sale', () => {
    expect(of('Atos has agreed to sell its cybersecurity unit to Thales.', 'en', 'acquisition')).toEqual([
      { parties: ['Atos', 'Thales'], status: 'confirmed' },
    ]);
  });
});

describe('a participle apposition after a name ("founded in 2019 by …", "fondée en 2021 par …")', () => {
  const lead = 'Stellantis said it would offer the service in Peugeot, Fiat and Opel models. ';
  const holders = (text: string, language: 'fr' | 'en') =>
    claims(text, language)
      .filter((c) => c.kind === 'certification')
      .map((c) => c.parties);

  it('leaves the named company the subject speaking of itself', () => {
    expect(
      holders(
        `${lead}Carvello, founded in 2019 by three engineers from the Italian supplier base, said on Friday that it had obtained certification under ISO/SAE 21434.`,
        'en',
      ),
    ).toEqual([['Carvello']]);
    expect(
      holders(
        `${lead}Brantwell, which was set up by former Airbus staff, said on Tuesday that it had secured ISO 27001 certification.`,
        'en',
      ),
    ).toEqual([['Brantwell']]);
    expect(
      holders(
        "Orange exploite des réseaux. Brivane, fondée en 2021 par d'anciens ingénieurs de Thales, a indiqué qu'elle avait obtenu la qualification SecNumCloud.",
        'fr',
      ),
    ).toEqual([['Brivane']]);
  });

  it('keeps the founder named inside the apposition out of the deal', () => {
    expect(
      of(
        'Orange runs networks. Kestrio, backed by the French fund Eurazeo, has signed a partnership with Capgemini.',
        'en',
        'agreement',
      ),
    ).toEqual([{ parties: ['Capgemini', 'Kestrio'], status: 'confirmed' }]);
    expect(
      of(
        'Orange exploite des réseaux. Kestrio, détenue par Eurazeo, a signé un partenariat avec Capgemini.',
        'fr',
        'agreement',
      ),
    ).toEqual([{ parties: ['Capgemini', 'Kestrio'], status: 'confirmed' }]);
  });
});

describe('a name given to an offer is no company name', () => {
  it('keeps the company for its offer branded with its own name', () => {
    const text =
      'Kestrio, a cloud provider, has obtained ISO 27001 certification. Kestrio has signed a licensing agreement with Google. The resulting offer, branded Kestrio Vault, will not be available before 2030, the two companies said.';
    const found = claims(text, 'en').map((c) => `${c.kind}:${c.parties.join('+')}`);
    expect(found).toContain('certification:Kestrio');
    expect(found).toContain('agreement:Kestrio+Google');
    expect(found.some((f) => f.includes('Kestrio Vault'))).toBe(false);
  });
});

describe('a deal inside a relative clause after a name, with partners left unnamed', () => {
  it('lends no partner from the rest of the sentence', () => {
    expect(
      of(
        "Microsoft, which runs its own cloud through a joint venture with local partners, declined to comment on Kestrio's deal.",
        'en',
        'agreement',
      ),
    ).toEqual([]);
    expect(
      of(
        "Microsoft, qui exploite son propre cloud via une coentreprise avec des partenaires français, n'a pas commenté l'accord de Kestrio.",
        'fr',
        'agreement',
      ),
    ).toEqual([]);
  });

  it('counter-example: a relative clause naming both sides keeps its deal', () => {
    expect(
      of(
        'Orange, which has just signed a partnership with Capgemini, reported higher sales on Tuesday.',
        'en',
        'agreement',
      ).map((c) => c.parties),
    ).toEqual([['Capgemini', 'Orange']]);
  });
});

const titled = (title: string, text: string, language: 'fr' | 'en', kind: Claim['kind']) =>
  extractClaims({ title, text, language, publishedAt: '2028-11-13' })
    .claims.filter((c) => c.kind === kind)
    .map((c) => [...c.parties].sort());

describe('"the subsidiary of X" varying the name of the company the article is about', () => {
  it('is the headline company, not its parent', () => {
    expect(
      titled(
        "TF1 entre au capital d'Ysoline Studios",
        "Le groupe TF1 a annoncé l'acquisition de 30 % d'Ysoline Studios. La semaine dernière, la filiale de Bouygues a aussi racheté le producteur lyonnais Coraline Prod.",
        'fr',
        'acquisition',
      ),
    ).toContainEqual(['Coraline Prod', 'TF1']);
    expect(
      titled(
        'Vantor buys Brelle',
        'Vantor has bought Brelle, a Dutch analytics firm. Last week the subsidiary of Siemens also acquired the Lyon start-up Korvane.',
        'en',
        'acquisition',
      ),
    ).toContainEqual(['Korvane', 'Vantor']);
  });

  it('counter-example: a described arm of another group stays that group', () => {
    expect(
      titled(
        'Vantor buys Brelle',
        'Vantor has bought Brelle, a Dutch analytics firm. Last week the cloud arm of Siemens acquired the Lyon start-up Korvane.',
        'en',
        'acquisition',
      ),
    ).toContainEqual(['Korvane', 'Siemens']);
  });
});

describe('a second deal after "avant de", "before …ing" has the first clause’s subject', () => {
  it('keeps the later target out of the earlier partnership', () => {
    const fr = titled(
      'AXA rachète Kestrio',
      'AXA a racheté Kestrio. En 2026, il avait noué un partenariat avec Thales pour évaluer ses clients, avant de prendre en 2027 une participation de 20 % dans la jeune pousse lyonnaise Scrutelle.',
      'fr',
      'agreement',
    );
    expect(fr).toContainEqual(['AXA', 'Thales']);
    expect(fr.filter((p) => p.includes('Scrutelle'))).toEqual([]);
    const en = titled(
      'Orange buys Kestrio',
      'Orange has bought Kestrio. It has signed a partnership with Thales, before taking a stake in the Lyon start-up Scrutelle.',
      'en',
      'agreement',
    );
    expect(en.filter((p) => p.includes('Scrutelle'))).toEqual([]);
  });
});

describe('a name inside an opening quote is no new topic', () => {
  it('keeps "il" on the speaker’s company', () => {
    expect(
      titled(
        'Orange rachète Kestrio',
        "Orange a racheté Kestrio. « Kestrio a ce qui nous manque », explique le directeur général d'Orange. En 2026, il avait signé un partenariat avec Thales.",
        'fr',
        'agreement',
      ),
    ).toEqual([['Orange', 'Thales']]);
    expect(
      titled(
        'Vodafone buys Kestrio',
        '“Kestrio has what we lack,” said the chief executive of Vodafone. Vodafone has bought Kestrio. “Kestrio is fast,” said Vodafone’s chief executive. It has also signed a partnership with Thales.',
        'en',
        'agreement',
      ),
    ).toEqual([['Thales', 'Vodafone']]);
  });
});

describe('a "Type 1/2" attestation of a label is that label', () => {
  const labels = (text: string, language: 'fr' | 'en') =>
    claims(text, language)
      .filter((c) => c.kind === 'certification')
      .map((c) => (c.kind === 'certification' ? c.label : undefined));

  it('drops the type after a code label', () => {
    expect(labels('Ostwerk Security has obtained a C5 Type 2 attestation from the BSI.', 'en')).toEqual([
      'C5',
    ]);
    expect(labels('Brenmoor has obtained an ISAE 3402 Type II attestation.', 'en')).toEqual(['ISAE 3402']);
    expect(labels("Kestrio a obtenu l'attestation C5 Type 2 du BSI.", 'fr')).toEqual(['C5']);
  });

  it('counter-example: SOC 2 Type II keeps the name the trade gives it', () => {
    expect(
      labels('Halvane said it had received a SOC 2 Type II report from the audit firm Pembury.', 'en'),
    ).toEqual(['SOC 2 Type II']);
  });
});

describe('an outlet asserting what a party does ("Stackline a affirmé qu\'…", "claimed that")', () => {
  const read = (text: string, language: 'fr' | 'en') =>
    claims(text, language)
      .filter((c) => c.kind === 'acquisition')
      .map((c) => ({ status: c.status, attribution: c.attribution }));

  it('makes the deal a rumour attributed to the outlet', () => {
    expect(
      read("Mardi soir, Stackline a affirmé qu'Orange négociait la prise de contrôle de Sopra Steria.", 'fr'),
    ).toEqual([{ status: 'rumour', attribution: 'Stackline' }]);
    expect(
      read('The news site Stackline claimed that Orange was negotiating the purchase of Sopra Steria.', 'en'),
    ).toEqual([{ status: 'rumour', attribution: 'Stackline' }]);
  });

  it('counter-example: a party asserting its own deal confirms it', () => {
    expect(read("Orange a affirmé qu'il avait racheté Sopra Steria.", 'fr').map((c) => c.status)).toEqual([
      'confirmed',
    ]);
  });
});

describe('a supply contract told beside a stake is its own deal; reported talks stay rumours', () => {
  it('keeps "assorti(e) d\'un contrat d\'approvisionnement" beside the stake', () => {
    const found = claims(
      "Renault serait en discussions pour prendre une participation dans Électrave, assortie d'un contrat d'approvisionnement de long terme.",
      'fr',
    ).map((c) => `${c.kind}:${[...c.parties].sort().join('+')}:${c.status}`);
    expect(found).toContain('agreement:Renault+Électrave:rumour');
    expect(found).toContain('acquisition:Renault+Électrave:rumour');
  });

  it('"des informations selon lesquelles" hedges what they report', () => {
    expect(
      of(
        'Le titre a bondi après des informations selon lesquelles Orange négocie un partenariat avec Capgemini.',
        'fr',
        'agreement',
      ),
    ).toEqual([{ parties: ['Capgemini', 'Orange'], status: 'rumour' }]);
  });

  it('counter-example: "le contrat selon lequel" describes a signed deal', () => {
    expect(
      of(
        "Orange a signé avec Capgemini le contrat selon lequel l'ESN gérera ses réseaux.",
        'fr',
        'agreement',
      ),
    ).toEqual([{ parties: ['Capgemini', 'Orange'], status: 'confirmed' }]);
  });
});

const moves = (text: string, language: 'fr' | 'en', publishedAt: string) =>
  extractClaims({ text, language, publishedAt })
    .claims.filter((c) => c.kind === 'share_move')
    .map((c) => `${c.parties.join('+')}:${c.kind === 'share_move' ? c.percent : ''}:${c.eventDate ?? ''}`);

describe('a move told in the pluperfect with its day is background for later dayless moves', () => {
  it('leaves the later dayless move on the session day', () => {
    const fr = moves(
      "Électrave chutait de 12,4 % vendredi vers 11h30 à la Bourse de Paris.\n\nJeudi, le titre s'était envolé de 21 % après des informations de presse.\n\nRenault cède 0,3 % dans un CAC 40 en repli de 0,5 %.",
      'fr',
      '2028-12-01',
    );
    expect(fr).toContain('Électrave:21:2028-11-30');
    expect(fr).toContain('Renault:0.3:2028-12-01');
    const en = moves(
      'Kestrio shares fell 8% on Friday in Paris.\n\nOn Thursday the stock had jumped 15% after a press report.\n\nCapgemini slips 0.4% in a weaker market.',
      'en',
      '2028-12-01',
    );
    expect(en).toContain('Capgemini:0.4:2028-12-01');
  });

  it('counter-example: a pluperfect after the move ("said it had signed") keeps the day as the session', () => {
    const en = moves(
      'Soitec shares climbed 7.4% in Paris on Friday after the company said it had signed a supply deal with Samsung.\n\nThe news lifted other chip names. STMicroelectronics gained 1.1%.',
      'en',
      '2028-03-20',
    );
    expect(en).toContain('STMicroelectronics:1.1:2028-03-17');
  });

  it('a bare "le titre" is the last mover even when a company is named after the move', () => {
    expect(
      moves(
        "Électrave chutait de 12,4 % vendredi. Jeudi, le titre s'était envolé de 21 % après des informations selon lesquelles Renault discutait d'une prise de participation dans Électrave.",
        'fr',
        '2028-12-01',
      ),
    ).toContain('Électrave:21:2028-11-30');
  });
});

describe('an investor taking a stake inside a funding round the target raised', () => {
  it('reads the stake in the raiser', () => {
    expect(
      of(
        'Mistral AI closed a €600m funding round in which Nvidia took a minority stake.',
        'en',
        'acquisition',
      ).map((c) => c.parties),
    ).toEqual([['Mistral AI', 'Nvidia']]);
    expect(
      of(
        'Mistral AI said it had raised €600m in a round in which Nvidia, through its venture arm, took a stake of around 2%.',
        'en',
        'acquisition',
      ).map((c) => c.parties),
    ).toEqual([['Mistral AI', 'Nvidia']]);
  });

  it('counter-example: a stake named in another company stays there', () => {
    expect(
      of('Mistral AI raised €600m last year; Capgemini took a stake in Orange.', 'en', 'acquisition').map(
        (c) => c.parties,
      ),
    ).toEqual([['Capgemini', 'Orange']]);
  });
});

describe('a committed installation of another company’s technology is a supply deal', () => {
  it('reads an agreement between the buyer and the maker', () => {
    expect(
      of(
        'Ahold Delhaize will install checkout-free technology from the Dutch start-up Ondriel in 300 of its stores, the retailer said.',
        'en',
        'agreement',
      ).map((c) => c.parties),
    ).toEqual([['Ahold Delhaize', 'Ondriel']]);
    expect(
      of(
        'Carrefour plans to deploy shelf sensors supplied by Capgemini in its hypermarkets.',
        'en',
        'agreement',
      ).map((c) => c.parties),
    ).toEqual([['Capgemini', 'Carrefour']]);
    expect(
      of(
        'Carrefour installera la technologie de paiement sans contact de Capgemini dans 300 magasins.',
        'fr',
        'agreement',
      ).map((c) => c.parties),
    ).toEqual([['Capgemini', 'Carrefour']]);
  });

  it('counter-example: a habit of using software is no deal', () => {
    expect(of('Carrefour uses software from Capgemini in its stores.', 'en', 'agreement')).toEqual([]);
  });
});

describe('a reseller’s dated start of selling another company’s services is a launch', () => {
  const launches = (text: string) =>
    claims(text, 'en')
      .filter((c) => c.kind === 'launch')
      .map((c) => `${c.parties.join('+')}:${c.kind === 'launch' ? c.eventDate : ''}`);

  it('reads the reseller and the date', () => {
    expect(
      launches(
        "Deutsche Telekom signed a distribution deal with Ostwerk Security, under which the German operator will resell Ostwerk's services to its business customers from January.",
      ),
    ).toEqual(['Deutsche Telekom:2029-01']);
    expect(launches("Orange will sell Capgemini's cloud services to its customers from March 2029.")).toEqual(
      ['Orange:2029-03'],
    );
  });

  it('counter-example: selling a stake is no launch', () => {
    expect(launches('Orange will sell its stake in Capgemini in 2029.')).toEqual([]);
  });
});

describe('a trailing role tag ("…, the French telecoms group confirmed") is the subject confirming', () => {
  const speakers = (text: string) =>
    claims(text, 'en')
      .filter((c) => c.kind === 'statement')
      .map((c) => `${c.parties.join('+')}:${c.kind === 'statement' ? c.stance : ''}`);

  it('gives a confirm statement of the subject, not of the company the deal names', () => {
    expect(
      speakers(
        'Orange has agreed to buy 67% of Aurélis Compute, the Lyon-based AI inference cloud, for about €300m, the French telecoms group confirmed on Friday evening.',
      ),
    ).toEqual(['Orange:confirm']);
    expect(speakers('Orange has agreed to buy Capgemini, the French group confirmed.')).toEqual([
      'Orange:confirm',
    ]);
  });
});

describe('an apposition naming another company’s partner or supplier lends that company nothing', () => {
  it('keeps the possessing company out of the deal', () => {
    for (const text of [
      "Nokia is in talks with Ruskvale, Vodafone's main software partner.",
      "Nokia is in talks with Ruskvale, Vodafone's main software partner for its Open RAN sites.",
    ])
      expect(of(text, 'en', 'agreement').map((c) => c.parties)).toEqual([['Nokia', 'Ruskvale']]);
    expect(
      of(
        "Orange has signed a deal with Kestrio, Capgemini's longtime cloud supplier.",
        'en',
        'agreement',
      ).map((c) => c.parties),
    ).toEqual([['Kestrio', 'Orange']]);
    expect(
      of(
        'Orange a signé un accord avec Kestrio, le premier fournisseur de Capgemini, pour ses centres de données.',
        'fr',
        'agreement',
      ).map((c) => c.parties),
    ).toEqual([['Kestrio', 'Orange']]);
  });
});
