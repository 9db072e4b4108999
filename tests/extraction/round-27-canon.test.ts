import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * Round 27, canonical names: the registry names a company as careful press writers do (the common
 * name, the current name after a renaming), and a listed subsidiary or a unit the press names as a
 * company is its own entry, not an alias of its parent. "British Airways owner IAG": the owned company
 * set before "owner" is a modifier of the owner, no party.
 */
const PUB = '2028-03-10'; // a Friday

const of = (text: string, language: 'fr' | 'en', kind: Claim['kind']) =>
  claimsOf(text, language, PUB)
    .filter((c) => c.kind === kind)
    .map((c) => [...c.parties].sort());

describe('registry names as the press writes them', () => {
  it('"Santander shares" is Banco Santander; "DBS" is DBS Group; "Gilead Sciences" is Gilead', () => {
    expect(of('Santander shares fell 1.4% in Madrid on Tuesday.', 'en', 'share_move')).toEqual([
      ['Banco Santander'],
    ]);
    expect(of('DBS shares rose 0.9% in Singapore on Tuesday.', 'en', 'share_move')).toEqual([['DBS Group']]);
    expect(
      of(
        'Gilead Sciences has signed a licence agreement with Tarvenne Bio for its antibody.',
        'en',
        'agreement',
      ),
    ).toEqual([['Gilead', 'Tarvenne Bio']]);
  });
});

describe('a listed unit or a unit the press names as a company is its own entry', () => {
  it('EDP Renováveis is not EDP, and EDP still names EDP', () => {
    expect(of("L'action EDP Renováveis a gagné 2,1 % mardi à Lisbonne.", 'fr', 'share_move')).toEqual([
      ['EDP Renováveis'],
    ]);
    expect(of("L'action EDP a gagné 2,1 % mardi à Lisbonne.", 'fr', 'share_move')).toEqual([['EDP']]);
  });
  it('Enel Chile, Macif, British Airways, Natixis are companies of their own', () => {
    expect(of('Enel Chile shares rose 3.2% in Santiago on Tuesday.', 'en', 'share_move')).toEqual([
      ['Enel Chile'],
    ]);
    expect(
      of(
        "La Macif a signé un partenariat avec Orvélis Assistance pour l'assistance routière.",
        'fr',
        'agreement',
      ),
    ).toEqual([['Macif', 'Orvélis Assistance']]);
    expect(
      of('British Airways has signed a codeshare agreement with Tolvane Air on Tuesday.', 'en', 'agreement'),
    ).toEqual([['British Airways', 'Tolvane Air']]);
    expect(of('Natixis a signé un accord de distribution avec Brévanne Gestion.', 'fr', 'agreement')).toEqual(
      [['Brévanne Gestion', 'Natixis']],
    );
  });
  it('counter-example: the parents still resolve from their own names', () => {
    expect(of('IAG shares rose 1.2% in London on Tuesday.', 'en', 'share_move')).toEqual([['IAG']]);
    expect(of('Enel shares rose 1.2% in Milan on Tuesday.', 'en', 'share_move')).toEqual([['Enel']]);
    expect(of('International Airlines Group shares rose 1.2% on Tuesday.', 'en', 'share_move')).toEqual([
      ['IAG'],
    ]);
  });
});

describe('"X owner Y": the owned company before "owner" or "parent" is no party', () => {
  it('"Torvale Foods owner Brackwell Holdings agreed to buy …" is Brackwell’s purchase', () => {
    expect(
      of(
        'Torvale Foods owner Brackwell Holdings agreed on Monday to buy Pellow Dairies for £80 million.',
        'en',
        'acquisition',
      ),
    ).toEqual([['Brackwell Holdings', 'Pellow Dairies']]);
    expect(
      of(
        "Torvale Foods' parent Brackwell Holdings has signed a supply agreement with Hensby Farms.",
        'en',
        'agreement',
      ),
    ).toEqual([['Brackwell Holdings', 'Hensby Farms']]);
  });
  it('counter-example: "Torvale Foods and its owner …" and a possessive deal noun keep both names', () => {
    expect(
      of(
        'Torvale Foods signed a supply agreement with Hensby Farms, owner of the Pellow brand.',
        'en',
        'agreement',
      ),
    ).toEqual([['Hensby Farms', 'Torvale Foods']]);
    expect(
      of(
        'Torvale Foods agreed to sell its dairy unit to Brackwell Holdings, the owner of Pellow Dairies.',
        'en',
        'acquisition',
      ),
    ).toEqual([['Brackwell Holdings', 'Torvale Foods']]);
  });
});

describe('"X France" is the national company when the article never names X alone', () => {
  it('« Allianz France » throughout: the party is Allianz France', () => {
    const claims = claimsOf(
      "La Banque Corvelle a signé un accord de distribution avec Allianz France pour ses contrats d'assurance vie. Allianz France n'a pas souhaité commenter le montant.",
      'fr',
      PUB,
    );
    expect(claims.map((c) => [c.kind, [...c.parties].sort()])).toEqual([
      ['agreement', ['Allianz France', 'Banque Corvelle']],
      ['statement', ['Allianz France']],
    ]);
  });
  it('counter-example: an article about Allianz whose French arm speaks keeps Allianz', () => {
    const claims = claimsOf(
      "Allianz a signé un accord de distribution avec la Banque Corvelle. Allianz France n'a pas souhaité commenter le montant.",
      'fr',
      PUB,
    );
    expect(claims.map((c) => [c.kind, [...c.parties].sort()])).toEqual([
      ['agreement', ['Allianz', 'Banque Corvelle']],
      ['statement', ['Allianz']],
    ]);
  });
  it('counter-example: "Orange France Télécom"-like runs and a country in another name stay as they were', () => {
    expect(of('Veolia UK Water shares rose 2.1% on Tuesday.', 'en', 'share_move')).not.toContainEqual([
      'Veolia UK',
    ]);
  });
});

describe('a unit named by another country is a company of its own', () => {
  it('« Lidl Belgique » at the end of a list, beside Lidl named alone, stays Lidl Belgique', () => {
    const claims = claimsOf(
      "Lidl a ouvert 40 magasins en Pologne. La Fromagerie Dessaux a signé un contrat d'approvisionnement avec Aldi et Lidl Belgique, qui démarre en janvier.",
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'agreement').map((c) => [...c.parties].sort())).toEqual([
      ['Aldi', 'Fromagerie Dessaux', 'Lidl Belgique'],
    ]);
  });
});
