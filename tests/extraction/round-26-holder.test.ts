import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, partiesAndStatus } from './claims-of.ts';

const of = (text: string, language: 'fr' | 'en', kind: Claim['kind'], title?: string) =>
  partiesAndStatus(claimsOf(text, language, '2028-11-13', title), kind);

describe('a label or a launch read off « l’entreprise », « le groupe », "the company" is never the fund that bought in', () => {
  it('gives « Le groupe a obtenu la certification » to the company going public, not its fund shareholder', () => {
    expect(
      of(
        'Tréhorel Mécanique a annoncé jeudi son intention de s’introduire en Bourse. La famille conservera la majorité du capital. Kerlan Gestion, entré au capital en 2021, a indiqué qu’il céderait une partie de ses titres. Le groupe a obtenu en mai la certification ISO 14001, délivrée par Afnor Certification.',
        'fr',
        'certification',
        'Tréhorel Mécanique prépare son entrée en Bourse',
      ),
    ).toEqual([{ parties: ['Tréhorel Mécanique'], status: 'confirmed' }]);
  });

  it('gives « La maison commercialisera … » to the workshop, not the buyer whose name says Capital', () => {
    const launches = of(
      'Ossiane Capital a signé lundi l’acquisition de 60 % de Ateliers Quérellec, un fabricant de meubles de Vannes. Ossiane Capital entend doubler la taille de l’entreprise en cinq ans. La maison commercialisera à partir de mars 2029 une gamme de buffets en chêne.',
      'fr',
      'launch',
      'Ossiane Capital entre chez Ateliers Quérellec',
    );
    expect(launches).toEqual([{ parties: ['Ateliers Quérellec'], status: 'confirmed' }]);
  });

  it('gives "The company said … would be available" to the operating company of an English story', () => {
    const launches = of(
      'Dunmore Fabrication, the Dundee metal-bending group, said on Monday that Brackley Row Capital had agreed to buy 45% of its shares. Brackley Row Capital said the deal valued the business at £60m. The company said its new laser-cut panel range would be available from March 2029.',
      'en',
      'launch',
      'Brackley Row Capital takes 45% of Dunmore Fabrication',
    );
    expect(launches).toEqual([{ parties: ['Dunmore Fabrication'], status: 'confirmed' }]);
  });

  it('counter-example: an investor the sentence names keeps its own launch', () => {
    const launches = of(
      'Ossiane Capital a signé lundi l’acquisition de 60 % de Ateliers Quérellec. Ossiane Capital commercialisera à partir de mars 2029 une plateforme de suivi pour ses participations.',
      'fr',
      'launch',
    );
    expect(launches).toEqual([{ parties: ['Ossiane Capital'], status: 'confirmed' }]);
  });

  it('counter-example: an asset manager’s funds launched are the asset manager’s', () => {
    const launches = of(
      'Vellery Gestion a pris 20 % de Ateliers Quérellec. La société commercialisera à partir de juin 2029 deux fonds dédiés aux PME bretonnes.',
      'fr',
      'launch',
      'Vellery Gestion entre chez Ateliers Quérellec',
    );
    expect(launches).toEqual([{ parties: ['Vellery Gestion'], status: 'confirmed' }]);
  });
});

describe('« du motoriste bâlois X »: a role before a name introduces it after a fused article too', () => {
  const body =
    'Valdria a annoncé mardi l’acquisition de 60 % de Ferlinger Antriebe pour 300 millions de francs. Le groupe genevois finance l’opération sur sa trésorerie. Le motoriste bâlois a d’ailleurs obtenu en mars la certification UL 1004-1, délivrée par UL Solutions.';

  it('gives the label to the company the headline introduced as the motoriste', () => {
    expect(
      of(body, 'fr', 'certification', 'Valdria rachète 60 % du motoriste bâlois Ferlinger Antriebe'),
    ).toEqual([{ parties: ['Ferlinger Antriebe'], status: 'confirmed' }]);
  });

  it('counter-example: the buyer, told by another role, keeps its own label', () => {
    expect(
      of(
        'Valdria a annoncé mardi l’acquisition de 60 % de Ferlinger Antriebe pour 300 millions de francs. Le groupe genevois a obtenu en mars la certification ISO 50001, délivrée par SGS.',
        'fr',
        'certification',
        'Valdria rachète 60 % du motoriste bâlois Ferlinger Antriebe',
      ),
    ).toEqual([{ parties: ['Valdria'], status: 'confirmed' }]);
  });
});
