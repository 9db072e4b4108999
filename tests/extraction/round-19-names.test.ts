import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, find } from './claims-of.ts';

/** Round 19: who the parties are (a release's defined term, people, launched products, registry names, issuers). */
const PUB = '2028-03-22'; // a Wednesday

const partiesOf = (claims: Claim[]) => claims.map((c) => `${c.kind}:${[...c.parties].sort().join('|')}`);

describe('a release\'s "the Company" is its issuer, never a company named "Company"', () => {
  const release =
    'Dornavia Cement said on Monday that its new cement will be available from June 2028. ' +
    'The Company also announced that its Leon plant has obtained ISO 50001 certification from AENOR. ' +
    'In response to recent press speculation, the Company states that it has not received any proposal concerning its share capital.';

  it("the certification and the denial are the issuer's", () => {
    const claims = claimsOf(release, 'en', PUB);
    expect(find(claims, 'certification', ['Dornavia Cement'])).toHaveLength(1);
    expect(find(claims, 'statement', ['Dornavia Cement'])).toHaveLength(1);
    expect(claims.some((c) => c.parties.includes('Company'))).toBe(false);
  });

  it('« la Société » of a French release reads the same way', () => {
    const claims = claimsOf(
      "Brevalor a annoncé lundi la signature d'un partenariat avec Orange. La Société a par ailleurs obtenu la certification ISO 14001 pour son usine de Dole.",
      'fr',
      PUB,
    );
    expect(find(claims, 'certification', ['Brevalor'])).toHaveLength(1);
    expect(claims.some((c) => c.parties.includes('Société'))).toBe(false);
  });

  it('counter-example: a company whose name holds "Company" keeps it', () => {
    const claims = claimsOf(
      'Harwick Trading Company has signed a distribution agreement with Tesco.',
      'en',
      PUB,
    );
    expect(partiesOf(claims)).toContain('agreement:Harwick Trading Company|Tesco');
  });
});

describe('the name right after a launch verb is the launched product', () => {
  it('"X Launches Y Cement and Signs …": the launcher keeps the body\'s claims', () => {
    const text =
      'Dornavia Cement, a cement producer, said on Monday that its new cement, Dornavia Green, will be available from June 2028. ' +
      'In addition, Dornavia has signed a five-year distribution agreement with Marelli Edilizia, a distributor based in Genoa.';
    const claims = claimsOf(
      text,
      'en',
      PUB,
      'Dornavia Cement Launches Dornavia Green Low-Carbon Cement and Signs Italian Distribution Agreement',
    );
    expect(find(claims, 'agreement', ['Dornavia Cement', 'Marelli Edilizia'])).toHaveLength(1);
    expect(claims.some((c) => c.parties.some((p) => p.includes('Low-Carbon')))).toBe(false);
  });

  it('counter-example: a company after "and" in the same kind of headline stays a party', () => {
    const claims = claimsOf(
      'Dornavia Cement has signed a distribution agreement with Marelli Edilizia.',
      'en',
      PUB,
      'Dornavia Cement and Marelli Edilizia Sign Distribution Agreement',
    );
    expect(find(claims, 'agreement', ['Dornavia Cement', 'Marelli Edilizia'])).toHaveLength(1);
  });
});

describe("a title-case headline's descriptor is no part of the name", () => {
  it('"Acquires Scottish Whisky Distiller Kilbrannan Spirits": the body\'s company is the target', () => {
    const claims = claimsOf(
      'Glenmark has agreed to buy Kilbrannan Spirits Ltd, a whisky distiller based in Islay.',
      'en',
      PUB,
      'Glenmark Acquires Scottish Whisky Distiller Kilbrannan Spirits',
    );
    expect(find(claims, 'acquisition', ['Glenmark', 'Kilbrannan Spirits'])).toHaveLength(1);
  });

  it('counter-example: a name that opens on a trade noun keeps it ("Maker Labs")', () => {
    const claims = claimsOf('Maker Labs has signed a distribution agreement with Tesco.', 'en', PUB);
    expect(find(claims, 'agreement', ['Maker Labs', 'Tesco'])).toHaveLength(1);
  });
});

describe('a person is never a deal party; a titled person speaks for the company', () => {
  it('"Chief Executive Tom Brancroft said" then "Brancroft … he said": the company denies', () => {
    const claims = claimsOf(
      'Kelvane Seeds will receive an upfront payment of 18 million pounds, Chief Executive Tom Brancroft said in an interview. ' +
        'Brancroft also rejected a report that Kelvane Seeds had agreed a separate deal with Bayer. ' +
        '"We have no agreement with Bayer, and we are not negotiating one," he said.',
      'en',
      PUB,
    );
    expect(claims.some((c) => c.parties.includes('Brancroft'))).toBe(false);
    expect(find(claims, 'agreement', ['Kelvane Seeds', 'Bayer'])[0]?.status).toBe('denied');
  });

  it("« a déclaré Urs Tannenmoser, chef de la direction d’Emmi »: the agreement is the companies'", () => {
    const claims = claimsOf(
      'Emmi a conclu une entente avec Fromagerie Valbrise. « Cette entente assure notre croissance », a déclaré Urs Tannenmoser, chef de la direction d’Emmi.',
      'fr',
      PUB,
    );
    expect(claims.some((c) => c.parties.includes('Urs Tannenmoser'))).toBe(false);
    expect(find(claims, 'agreement', ['Emmi', 'Fromagerie Valbrise'])).toHaveLength(1);
  });

  it('"founded by Ewan Dalriach" names the founder, no target', () => {
    const claims = claimsOf(
      'Rémy Cointreau has agreed to buy a 51% stake in Glenmorvar Distillers. Glenmorvar, founded in 2009 by Ewan Dalriach, sells its whisky in 40 countries.',
      'en',
      PUB,
    );
    expect(claims.some((c) => c.parties.includes('Ewan Dalriach'))).toBe(false);
    expect(find(claims, 'acquisition', ['Rémy Cointreau', 'Glenmorvar Distillers'])).toHaveLength(1);
  });

  it('counter-example: a company named like a person with a trade word stays a company', () => {
    const claims = claimsOf(
      'Lars Engineering has signed a maintenance agreement with Vattenfall.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Lars Engineering', 'Vattenfall'])).toHaveLength(1);
  });
});

describe('registry names of large listed groups of agrifood, drinks, materials and construction', () => {
  it('"Yara International", "Corteva Agriscience", "Campari" are Yara, Corteva, Campari', () => {
    const claims = claimsOf(
      'Yara International has signed a distribution agreement with Corteva Agriscience. Shares of Campari rose 6.8% on Tuesday.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Yara', 'Corteva'])).toHaveLength(1);
    expect(find(claims, 'share_move', ['Campari'])).toHaveLength(1);
  });

  it('the short name is the parent; the subsidiary the article names is its own company', () => {
    const claims = claimsOf(
      'Saputo shares fell 7.2% on Tuesday. "Saputo is not in discussions regarding the sale of Saputo Dairy Australia, with Fonterra or anyone else," the company said.',
      'en',
      PUB,
    );
    expect(find(claims, 'share_move', ['Saputo'])).toHaveLength(1);
    expect(claims.some((c) => c.kind === 'share_move' && c.parties.includes('Saputo Dairy Australia'))).toBe(
      false,
    );
  });

  it('"Heidelberg Materials", « Spie batignolles » keep their names; counter-example: "Spie" alone is Spie', () => {
    const claims = claimsOf(
      'Heidelberg Materials has agreed to buy Kestrand Aggregates. Spie has signed a maintenance agreement with Orange.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Heidelberg Materials', 'Kestrand Aggregates'])).toHaveLength(1);
    expect(find(claims, 'agreement', ['Spie', 'Orange'])).toHaveLength(1);
    const fr = claimsOf('Spie batignolles a signé un accord de partenariat avec Vinci.', 'fr', PUB);
    expect(find(fr, 'agreement', ['Spie batignolles', 'Vinci'])).toHaveLength(1);
  });
});

describe('an exchange named as where trading happens is no party', () => {
  it('"Wheat futures on Euronext in Paris fell", « a reculé de 3,1 % à Euronext Bruxelles »', () => {
    const en = claimsOf(
      'Wheat futures on Euronext in Paris fell 1.3% on Wednesday, in thin trade.',
      'en',
      PUB,
    );
    expect(en.some((c) => c.parties.includes('Euronext'))).toBe(false);
    const fr = claimsOf(
      "Le fabricant de résines Scheldara a encore reculé de 3,1 % jeudi à Euronext Bruxelles, au lendemain du démenti d'Arkema.",
      'fr',
      PUB,
    );
    expect(fr.some((c) => c.parties.includes('Euronext'))).toBe(false);
  });

  it("counter-example: the exchange group's own shares and deals", () => {
    const claims = claimsOf(
      'Shares in Euronext fell 1.3% on Tuesday. Euronext has agreed to buy Tallvik Exchange.',
      'en',
      PUB,
    );
    expect(find(claims, 'share_move', ['Euronext'])).toHaveLength(1);
    expect(find(claims, 'acquisition', ['Euronext', 'Tallvik Exchange'])).toHaveLength(1);
  });
});

describe('the body that assessed or certified is no holder and no side of a deal', () => {
  it('"after an assessment by the notified body Dekra": the company holds the marking', () => {
    const claims = claimsOf(
      'Lumera Health said its hearing feature received CE marking last week after an assessment by the notified body DEKRA.',
      'en',
      PUB,
    );
    const certs = claims.filter((c) => c.kind === 'certification');
    expect(certs.map((c) => c.parties)).toEqual([['Lumera Health']]);
  });

  it('"The agreement follows … certification from TÜV Rheinland": the issuer is no party of the agreement', () => {
    const claims = claimsOf(
      'Alstom has signed a licensing agreement with Brenlow Signalling. The agreement follows a milestone for the smaller partner: its software received SIL 4 certification from TÜV Rheinland earlier this month.',
      'en',
      PUB,
    );
    expect(claims.some((c) => c.kind === 'agreement' && c.parties.includes('TÜV Rheinland'))).toBe(false);
    expect(find(claims, 'agreement', ['Alstom', 'Brenlow Signalling'])).toHaveLength(1);
  });
});
