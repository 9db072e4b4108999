import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/** Outlets cited before their verb or in a report's noun, reported-speech launch dates, and who keeps silent. */
const PUB = '2028-03-17'; // a Friday

const deals = (claims: Claim[]) =>
  claims
    .filter((c) => c.kind === 'acquisition' || c.kind === 'agreement')
    .map((c) => [c.kind, [...c.parties].sort().join('+'), c.status, c.attribution]);

const statements = (claims: Claim[]) =>
  claims.flatMap((c) => (c.kind === 'statement' ? [[c.parties[0], c.stance]] : []));

const launches = (claims: Claim[]) =>
  claims.flatMap((c) => (c.kind === 'launch' ? [[c.parties.join('+'), c.eventDate, c.status]] : []));

describe('an outlet described in an apposition before its verb of reporting', () => {
  it('"X, a Lisbon-based business daily, reported that …" hedges the deal and names X', () => {
    expect(
      deals(
        claimsOf(
          'Correio Fabril, a Lisbon-based business daily, reported on Thursday that Tavora Motors and Brunhold Cells are preparing a joint venture to make battery packs.',
          'en',
          PUB,
        ),
      ),
    ).toEqual([['agreement', 'Brunhold Cells+Tavora Motors', 'rumour', 'Correio Fabril']]);
  });

  it('"X had reported on Tuesday, citing …": the auxiliary does not hide the outlet, which is no party', () => {
    const claims = claimsOf(
      'Veldhuis Courant had reported on Tuesday evening, citing two people close to the company, that Ostrand Sensors was in talks with Marlinck Devices about a supply deal.',
      'en',
      PUB,
    );
    expect(claims.some((c) => c.parties.includes('Veldhuis Courant'))).toBe(false);
    expect(deals(claims).map((d) => d[3])).toEqual(['Veldhuis Courant']);
  });

  it('"only for X to report in the afternoon that …": the outlet of an infinitive of reporting', () => {
    expect(
      deals(
        claimsOf(
          'Ferrazzi Rete cut its profit target on Thursday, only for Gazzetta dei Mercati to report in the afternoon that Lombarda Energia had approached its main shareholders about a takeover of Ferrazzi Rete.',
          'en',
          PUB,
        ),
      ).map((d) => [d[2], d[3]]),
    ).toEqual([['rumour', 'Gazzetta dei Mercati']]);
  });

  it('counter-examples: a company described before "said", a party confirming what an outlet had reported', () => {
    expect(
      deals(
        claimsOf(
          'Tavora Motors, a Lisbon-based carmaker, said on Thursday that it had signed a joint venture agreement with Brunhold Cells.',
          'en',
          PUB,
        ),
      ).map((d) => [d[2], d[3]]),
    ).toEqual([['confirmed', undefined]]);
    const confirmed = claimsOf(
      'Tavora Motors said on Wednesday it had acquired a 12% stake in Brunhold Cells, confirming what the trade daily Correio Fabril had reported on Monday.',
      'en',
      PUB,
    ).filter((c) => c.kind === 'acquisition');
    expect(confirmed.map((c) => [c.status, c.attribution])).toEqual([['confirmed', undefined]]);
  });
});

describe('French reports named by their article or their outlet’s description', () => {
  it('« un article de X selon lequel », « la publication par X d’un article selon lequel »', () => {
    expect(
      deals(
        claimsOf(
          'Le titre Vermandel Industrie a bondi de 12 % lundi, porté par un article de L’Écho des Halles selon lequel le groupe Baltrane envisagerait d’acquérir environ 20 % de son capital.',
          'fr',
          PUB,
        ),
      ).map((d) => [d[2], d[3]]),
    ).toEqual([['rumour', 'L’Écho des Halles']]);
    expect(
      deals(
        claimsOf(
          'Le titre Vermandel Industrie a bondi de 9 % lundi, après la publication par Le Courrier du Nord d’un article selon lequel le groupe Baltrane envisagerait d’acquérir environ 20 % de son capital.',
          'fr',
          PUB,
        ),
      ).map((d) => [d[2], d[3]]),
    ).toEqual([['rumour', 'Le Courrier du Nord']]);
  });

  it('« a rapporté lundi le quotidien économique X », « selon la publication spécialisée X »', () => {
    expect(
      deals(
        claimsOf(
          'Baltrane aurait engagé des discussions en vue de prendre le contrôle de Vermandel, a rapporté lundi le quotidien économique Gazzetta dei Mercati.',
          'fr',
          PUB,
        ),
      ).map((d) => d[3]),
    ).toEqual(['Gazzetta dei Mercati']);
    expect(
      deals(
        claimsOf(
          'Baltrane négocierait l’acquisition de 49 % de Vermandel, selon la publication spécialisée Port Weekly.',
          'fr',
          PUB,
        ),
      ).map((d) => d[3]),
    ).toEqual(['Port Weekly']);
  });

  it('« dont X avait révélé la négociation »: a scoop now told as done keeps the deal confirmed', () => {
    expect(
      deals(
        claimsOf(
          'Baltrane et Vermandel ont signé mardi l’accord de distribution dont Les Nouvelles & Marchés avait révélé la négociation la semaine dernière.',
          'fr',
          PUB,
        ),
      ).map((d) => [d[2], d[3]]),
    ).toEqual([['confirmed', 'Les Nouvelles & Marchés']]);
  });

  it('counter-example: « un article de presse » names no outlet', () => {
    expect(
      deals(
        claimsOf(
          'Le titre Vermandel Industrie a bondi de 12 % lundi, porté par un article de presse selon lequel le groupe Baltrane envisagerait d’acquérir environ 20 % de son capital.',
          'fr',
          PUB,
        ),
      ).map((d) => [d[2], d[3]]),
    ).toEqual([['rumour', undefined]]);
  });
});

describe('a launch date in reported speech is the maker’s schedule', () => {
  it('« a indiqué en marge d’une conférence à Londres que … ne serait pas commercialisée avant »', () => {
    expect(
      launches(
        claimsOf(
          'Les ventes de Vermandel Électronique ont progressé de 8 %. Le groupe a indiqué en marge d’une conférence d’investisseurs à Londres que sa nouvelle génération de capteurs gravés en 28 nanomètres ne serait pas commercialisée avant le second semestre 2029.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([['Vermandel Électronique', '2029', 'confirmed']]);
  });

  it('« a indiqué que la puce serait commercialisée … et que la production ne démarrerait … »', () => {
    expect(
      launches(
        claimsOf(
          'Vermandel Électronique a signé avec Baltrane un accord de fonderie. La dirigeante a indiqué que la puce serait commercialisée à partir d’octobre 2028, d’abord auprès des intégrateurs, et que la production en volume ne démarrerait qu’en 2030.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([['Vermandel Électronique', '2028-10', 'confirmed']]);
  });

  it('counter-example: the outlet’s own conditional stays hearsay', () => {
    expect(
      launches(
        claimsOf(
          'Vermandel Électronique a signé avec Baltrane un accord de fonderie. La puce serait commercialisée à partir d’octobre 2028, d’abord auprès des intégrateurs.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([['Vermandel Électronique', '2028-10', 'rumour']]);
  });
});

describe('who keeps silent', () => {
  it('"He declined to comment …" after the company’s officer was named: the officer’s company', () => {
    expect(
      statements(
        claimsOf(
          'Ostrand Sensors signed a foundry agreement with Marlinck Devices. "This is what we were working on," Ostrand Sensors chief executive Pieter Vandamme told reporters on Saturday. He declined to comment on whether any other company had approached Ostrand.',
          'en',
          PUB,
        ),
      ),
    ).toEqual([['Ostrand Sensors', 'no_comment']]);
  });

  it('counter-example: "He declined to comment" with no officer named before gives no speaker', () => {
    expect(
      statements(
        claimsOf(
          'Ostrand Sensors signed a foundry agreement with Marlinck Devices on Friday. He declined to comment on the price.',
          'en',
          PUB,
        ),
      ),
    ).toEqual([]);
  });

  it('"A Marlinck spokesperson said the company \'does not comment on customer discussions\'"', () => {
    expect(
      statements(
        claimsOf(
          'Marlinck Devices is said to be in talks with Ostrand Sensors about a foundry deal. A Marlinck Devices spokesperson said the company ‘does not comment on customer discussions.’',
          'en',
          PUB,
        ),
      ),
    ).toEqual([['Marlinck Devices', 'no_comment']]);
  });

  it('a denial, then "would not comment further": one statement, the denial', () => {
    expect(
      statements(
        claimsOf(
          '“There is no joint venture project with Brunhold Cells,” a Tavora Motors spokeswoman said. She added that Tavora Motors “works with many suppliers” and would not comment further on individual relationships.',
          'en',
          PUB,
        ),
      ),
    ).toEqual([['Tavora Motors', 'deny']]);
  });

  it('counter-examples: the other side declining to comment further, a first silence "further"', () => {
    expect(
      statements(
        claimsOf(
          '“There is no joint venture project with Brunhold Cells,” a Tavora Motors spokeswoman said. Brunhold Cells declined to comment further.',
          'en',
          PUB,
        ),
      ),
    ).toEqual([
      ['Tavora Motors', 'deny'],
      ['Brunhold Cells', 'no_comment'],
    ]);
    expect(
      statements(
        claimsOf(
          'Tavora Motors said it was reviewing the decision and declined to comment further.',
          'en',
          PUB,
        ),
      ),
    ).toEqual([['Tavora Motors', 'no_comment']]);
  });
});

describe('sources that only put a figure on a deal, reports recounted, scoops and tellers', () => {
  it('« que plusieurs sources évaluent à 90 millions d’euros » hedges the figure, not the contract', () => {
    const status = (text: string) => deals(claimsOf(text, 'fr', PUB)).map((d) => d[2]);
    expect(
      status(
        'La Mutuelle Orvenne a retenu Capgemini pour l’infogérance de son système d’information, dans le cadre d’un contrat de cinq ans dont le montant n’a pas été communiqué mais que plusieurs sources évaluent à 90 millions d’euros.',
      ),
    ).toEqual(['confirmed']);
    // Counter-example: the sources tell the choice itself.
    expect(
      status(
        'La Mutuelle Orvenne aurait retenu Capgemini pour l’infogérance de son système d’information, selon plusieurs sources.',
      ),
    ).toEqual(['rumour']);
  });

  it('"The Freightlane report also said X had looked at a bid": the outlet named before its report', () => {
    expect(
      deals(
        claimsOf(
          'The Freightlane report also said Harlaxton Freight had looked at a bid for Brindleford Logistics earlier this year.',
          'en',
          PUB,
        ),
      ).map((d) => [d[2], d[3]]),
    ).toEqual([['rumour', 'Freightlane']]);
  });

  it('a report recounted after the party denied it is the report denied', () => {
    const claims = claimsOf(
      'Vermandel Industrie chutait de 9 % vendredi, après que Baltrane a démenti tout projet d’entrée à son capital. Jeudi, le titre s’était envolé après la publication par l’hebdomadaire Les Nouvelles & Marchés d’informations selon lesquelles Baltrane discutait aussi d’un contrat d’approvisionnement avec Vermandel Industrie.',
      'fr',
      PUB,
    );
    expect(
      deals(claims)
        .filter((d) => d[0] === 'agreement')
        .map((d) => d[2]),
    ).toEqual(['denied']);
  });

  it('"six weeks after X first reported its approach": a scoop, the deal now agreed is confirmed', () => {
    const status = (text: string) => deals(claimsOf(text, 'en', PUB)).map((d) => d[2]);
    expect(
      status(
        'Ostermann Rail agreed on Monday to buy Corlin Freight for £215 million, six weeks after The Courier first reported its approach.',
      ),
    ).toEqual(['confirmed']);
    // Counter-example: an outlet reporting the deal now.
    expect(
      status('Ostermann Rail agreed on Monday to buy Corlin Freight for £215 million, The Courier reported.'),
    ).toEqual(['rumour']);
  });

  it('"…, the two companies told The Courier": a side telling an outlet speaks for itself', () => {
    const status = (text: string) => deals(claimsOf(text, 'en', PUB)).map((d) => d[2]);
    expect(
      status(
        'Ostermann Rail and Corlin Freight have agreed to set up a joint venture called Railbridge, the two companies told The Courier.',
      ),
    ).toEqual(['confirmed']);
    // Counter-example: unnamed people telling the outlet.
    expect(
      status(
        'Ostermann Rail and Corlin Freight have agreed to set up a joint venture called Railbridge, people familiar with the plans told The Courier.',
      ),
    ).toEqual(['rumour']);
  });

  it('a confirmation outweighs "said it had received no competing proposal"', () => {
    expect(
      statements(
        claimsOf(
          "Corlin Freight's chairman confirmed in a statement that the board had agreed to the offer from Ostermann Rail, and said the company had received no competing proposal.",
          'en',
          PUB,
        ),
      ),
    ).toEqual([['Corlin Freight', 'confirm']]);
  });

  it('« a confirmé que l’offre ne comportait aucun complément de prix » confirms; « … qu’il n’y a aucune offre » denies', () => {
    expect(
      statements(
        claimsOf(
          'Un porte-parole de Baltrane a confirmé que l’offre sur Vermandel Industrie ne comportait aucun complément de prix.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([['Baltrane', 'confirm']]);
    expect(
      statements(
        claimsOf(
          'Un porte-parole de Baltrane a confirmé que le groupe ne déposerait pas d’offre sur Vermandel Industrie.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([['Baltrane', 'deny']]);
  });
});

describe('both sides, and the "we" of a quote', () => {
  it('"A and B … were not selected. Both companies declined to comment": the pair just named, not the deal’s', () => {
    expect(
      statements(
        claimsOf(
          'Ostermann Rail has chosen Corlin Freight to run its new terminal. Harlaxton Logistics and Brindleford Cargo, which also bid for the work, were not selected, a person familiar with the process said. Both companies declined to comment.',
          'en',
          PUB,
        ),
      ),
    ).toEqual([
      ['Harlaxton Logistics', 'no_comment'],
      ['Brindleford Cargo', 'no_comment'],
    ]);
  });

  it('counter-example: with no pair opening the sentence before, "both" are the deal’s sides', () => {
    expect(
      statements(
        claimsOf(
          'Ostermann Rail has chosen Corlin Freight to run its new terminal. The contract runs for seven years. Both companies declined to comment.',
          'en',
          PUB,
        ),
      ),
    ).toEqual([
      ['Ostermann Rail', 'no_comment'],
      ['Corlin Freight', 'no_comment'],
    ]);
  });

  it('« Ni l’un ni l’autre n’a réagi »: a silence without « pas »', () => {
    expect(
      statements(
        claimsOf(
          'Les Hôtels Vermandel ont bondi de 6,9 % : selon la presse professionnelle, Vermandel discuterait d’un rapprochement avec Baltrane Hôtellerie. Ni l’un ni l’autre n’a réagi.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([
      ['Hôtels Vermandel', 'no_comment'],
      ['Baltrane Hôtellerie', 'no_comment'],
    ]);
  });

  it('"We are not for sale and we have not had any discussions with X": the "we" speaks, not X', () => {
    expect(
      statements(
        claimsOf(
          'Tavora Motors denied a report that it had held talks with Brunhold Cells about a sale. "We are not for sale and we have not had any discussions with Brunhold Cells," the spokesperson said.',
          'en',
          PUB,
        ),
      ),
    ).toEqual([['Tavora Motors', 'deny']]);
  });
});

describe('offers denied', () => {
  it('"X has never made an offer for Y, a spokesman for X said": a denial statement of X', () => {
    expect(
      statements(
        claimsOf(
          'Shares in Brisco Foods rose 9% on reports of a bid. Halvern Group has never made an offer for Brisco Foods, a spokesman for the group said.',
          'en',
          PUB,
        ),
      ),
    ).toEqual([['Halvern Group', 'deny']]);
  });

  it('a stake bought stays bought beside "no current intention of making an offer"', () => {
    const status = (text: string) =>
      claimsOf(text, 'en', PUB).flatMap((c) => (c.kind === 'acquisition' ? [c.status] : []));
    expect(
      status(
        'Ostermann Rail has bought 24.9% of Corlin Freight, becoming its largest shareholder, Ostermann Rail said on Monday. The group said it had no current intention of making an offer for Corlin Freight.',
      ),
    ).toEqual(['confirmed']);
    // Counter-example: a bid only weighed, then denied, is denied.
    expect(
      status(
        'Ostermann Rail said on Monday it was weighing a bid for Corlin Freight. The group later said it had no intention of making an offer for Corlin Freight.',
      ),
    ).toEqual(['denied']);
  });
});
