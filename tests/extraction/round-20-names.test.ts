import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, find, moves } from './claims-of.ts';

/** Round 20: who the parties are (registry coverage, units named after their parent, groups, outlets, works). */
const PUB = '2028-03-22'; // a Wednesday

const partiesOf = (claims: Claim[]) => claims.map((c) => `${c.kind}:${[...c.parties].sort().join('|')}`);
const named = (claims: Claim[]) => new Set(claims.flatMap((c) => c.parties));

describe('the registry names the groups the business press names', () => {
  it('"Flutter" is Flutter Entertainment, "Take-Two" Take-Two Interactive, "EA" Electronic Arts', () => {
    expect(partiesOf(claimsOf('Kervel Bet rose 4%. Flutter did not return calls.', 'en', PUB))).toContain(
      'statement:Flutter Entertainment',
    );
    expect(
      partiesOf(
        claimsOf('Take-Two a signé un accord de portage avec le studio suédois Frostvik Games.', 'fr', PUB),
      ),
    ).toContain('agreement:Frostvik Games|Take-Two Interactive');
    expect(
      partiesOf(
        claimsOf('EA is said to be in talks to buy Studio Varlenne, a Lyon game developer.', 'en', PUB),
      ),
    ).toContain('acquisition:Electronic Arts|Studio Varlenne');
  });

  it('the full name the press gives on first reference is the canonical one: "Exail" is Exail Technologies', () => {
    expect(
      partiesOf(
        claimsOf(
          'Exail a annoncé lundi l’acquisition de 60 % des Chantiers Navalis, un chantier naval de Lorient.',
          'fr',
          PUB,
        ),
      ),
    ).toContain('acquisition:Chantiers Navalis|Exail Technologies');
    expect(
      partiesOf(claimsOf('Frasers has bought a 14% stake in outdoor retailer Kelbrook Trails.', 'en', PUB)),
    ).toContain('acquisition:Frasers Group|Kelbrook Trails');
  });

  it('Ecobank is the group; Ecobank Transnational, its listed holding, is named for its shares', () => {
    const claims = claimsOf(
      'Ecobank has agreed to buy a 12% stake in Dakar start-up Sunu Paye. Shares in Ecobank Transnational rose 3.5% on Tuesday.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Ecobank', 'Sunu Paye'])).toHaveLength(1);
    expect(moves(claims)).toEqual([
      { party: 'Ecobank Transnational', percent: 3.5, direction: 'up', day: '2028-03-21' },
    ]);
  });

  it('counter-example: a word the registry knows as a name stays a word in lower case ("a wave of deals")', () => {
    const claims = claimsOf(
      'A wave of deals hit the sector as Kervel Bet signed a deal with Sarnac Média.',
      'en',
      PUB,
    );
    expect(named(claims).has('Wave')).toBe(false);
  });
});

describe('a unit named after its parent is a company of its own', () => {
  it('"Société Générale Côte d\'Ivoire" is the listed subsidiary, not the parent and a country', () => {
    const claims = claimsOf('Société Générale Côte d’Ivoire a reculé de 3,1 % mardi sur la BRVM.', 'fr', PUB);
    expect(moves(claims).map((m) => m.party)).toEqual(["Société Générale Côte d'Ivoire"]);
  });

  it('the country alone, after the subsidiary, stays the country', () => {
    const claims = claimsOf(
      "Société Générale Côte d'Ivoire a signé un accord avec Kavani Pay. Le marché de Côte d'Ivoire a progressé de 11 % l'an dernier.",
      'fr',
      PUB,
    );
    expect(named(claims).has("Société Générale Côte d'Ivoire")).toBe(true);
    expect(moves(claims).map((m) => m.party)).not.toContain("Société Générale Côte d'Ivoire");
  });

  it('"BNP Paribas Asset Management", "Allianz Global Investors": a money-management line is the subsidiary', () => {
    expect(
      partiesOf(
        claimsOf(
          'BNP Paribas Asset Management, which looked at Veltane Gestion last year, declined to comment.',
          'en',
          PUB,
        ),
      ),
    ).toEqual(['statement:BNP Paribas Asset Management']);
    expect(
      partiesOf(
        claimsOf('Allianz Global Investors has agreed to buy a 20% stake in Korvel Capital.', 'en', PUB),
      ),
    ).toContain('acquisition:Allianz Global Investors|Korvel Capital');
  });

  // Round 27: in an article that names the group too (country-units.ts); one that only ever writes "AXA
  // France" is about the national company.
  it('counter-example: a division word after the parent is the parent ("AXA France")', () => {
    expect(
      partiesOf(
        claimsOf(
          'AXA a publié mardi ses résultats annuels. AXA France a signé un partenariat avec la fintech Lumassur.',
          'fr',
          PUB,
        ),
      ),
    ).toContain('agreement:AXA|Lumassur');
  });
});

describe('"Groupe X" named anywhere makes "X" alone that group', () => {
  const first =
    'Kestrel Sports is in talks to buy Valmorin FC, the club owned by the Dubois family holding company, Groupe Tavernac. ';

  it('"Tavernac did not return calls" is Groupe Tavernac speaking', () => {
    expect(partiesOf(claimsOf(`${first}Tavernac did not return calls.`, 'en', PUB))).toContain(
      'statement:Groupe Tavernac',
    );
  });

  it('counter-example: another short name keeps its own name', () => {
    const claims = claimsOf(`${first}Kervane did not return calls.`, 'en', PUB);
    expect(partiesOf(claims)).toContain('statement:Kervane');
    expect(partiesOf(claims)).not.toContain('statement:Groupe Tavernac');
  });
});

describe('"according to business site X": the site is the source, never a party', () => {
  it('the outlet named after "business site" leaves the deal to its parties', () => {
    const claims = claimsOf(
      'Sanlam is in advanced talks to distribute its policies through the branches of Dioral Banque, a lender based in Dakar, according to Senegalese business site Lumen Eco.',
      'en',
      PUB,
    );
    expect(partiesOf(claims)).toEqual(['agreement:Dioral Banque|Sanlam']);
  });

  it('counter-example: a company named after "site" with no reporting verb is a party', () => {
    const claims = claimsOf(
      'Sanlam has signed a distribution agreement with Lumen Eco, a comparison site based in Dakar.',
      'en',
      PUB,
    );
    expect(partiesOf(claims)).toContain('agreement:Lumen Eco|Sanlam');
  });
});

describe('a name before a work\'s genre and noun is the work ("its FC football franchise")', () => {
  it('the franchise is no buyer', () => {
    const claims = claimsOf(
      'The American publisher, best known for its FC football franchise, is said to be in talks to buy Studio Varlenne.',
      'en',
      PUB,
    );
    expect(named(claims).has('FC')).toBe(false);
  });

  it('counter-example: a club named as the target stays a party', () => {
    const claims = claimsOf(
      'Kestrel Sports has agreed to buy Valmorin FC, a second-division club.',
      'en',
      PUB,
    );
    expect(partiesOf(claims)).toContain('acquisition:Kestrel Sports|Valmorin FC');
  });
});

describe('a licensing or supervisory body is the issuer, never a side of a deal', () => {
  it('« a obtenu de la CSSF sa licence » signs no agreement with the CSSF', () => {
    const claims = claimsOf(
      'Kovalt Pay a obtenu de la Commission de surveillance du secteur financier (CSSF) sa licence d’établissement de paiement, a annoncé lundi la société fondée en 2024 par deux anciens cadres de la Bourse de Luxembourg.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
  });

  it('counter-example: the licensed company still signs its own deals', () => {
    expect(
      partiesOf(
        claimsOf('Kovalt Pay a signé un partenariat de distribution avec la banque Vandermolen.', 'fr', PUB),
      ),
    ).toContain('agreement:Kovalt Pay|Vandermolen');
  });
});

describe('a river or a town named alone is a place', () => {
  it('« sur les bords de Loire » and « le studio d’Umeå » sign nothing', () => {
    expect(
      partiesOf(claimsOf('Sur les bords de Loire, Kervalis et Dunvel ont signé un partenariat.', 'fr', PUB)),
    ).toEqual(['agreement:Dunvel|Kervalis']);
    const claims = claimsOf('Le studio d’Umeå a signé un accord de portage avec Take-Two.', 'fr', PUB);
    expect(named(claims).has('Umeå')).toBe(false);
  });

  it('counter-example: a company whose name starts with the river keeps it', () => {
    expect(partiesOf(claimsOf('Loire Offshore a signé un partenariat avec Kervalis.', 'fr', PUB))).toContain(
      'agreement:Kervalis|Loire Offshore',
    );
  });
});

describe('large groups of Asia the press names', () => {
  it('« le constructeur japonais » after Nissan is Nissan', () => {
    const claims = claimsOf(
      "Nissan a signé un partenariat avec l'équipementier Kervalis. Le constructeur japonais n'a pas souhaité commenter le montant.",
      'fr',
      PUB,
    );
    expect(partiesOf(claims)).toEqual(['agreement:Kervalis|Nissan', 'statement:Nissan']);
  });
});

describe('a group told by one of its businesses is the group', () => {
  it('"L’Oréal’s Travel Retail division", "Google Public Sector", "Sony Interactive Entertainment"', () => {
    expect(
      partiesOf(
        claimsOf(
          'The stake comes with a commercial agreement under which L’Oréal’s Travel Retail division will distribute Kessane products in airport stores.',
          'en',
          PUB,
        ),
      ),
    ).toEqual(["agreement:Kessane|L'Oréal"]);
    expect(
      partiesOf(claimsOf('Google Public Sector has signed a partnership with Trevane Cloud.', 'en', PUB)),
    ).toEqual(['agreement:Google|Trevane Cloud']);
    expect(
      partiesOf(
        claimsOf('Sony Interactive Entertainment has signed a partnership with Trevane Games.', 'en', PUB),
      ),
    ).toEqual(['agreement:Sony|Trevane Games']);
  });

  it('counter-example: a distributor whose own name holds the same words is a party of its own', () => {
    expect(
      partiesOf(
        claimsOf(
          'L’Oréal has signed a distribution agreement with Travel Retail Group, a Dubai-based distributor.',
          'en',
          PUB,
        ),
      ),
    ).toEqual(["agreement:L'Oréal|Travel Retail Group"]);
  });
});
