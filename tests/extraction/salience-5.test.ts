import { describe, expect, it } from 'vitest';
import { createEntityRegistry } from '../../src/entities/entity-registry.ts';
import { nameMisfits, tradeUnknown } from '../../src/extraction/role-fit.ts';
import { claimsOf } from './claims-of.ts';

/** Mechanism round 7: which company a role noun stands for when no role the article gave fits it. */
const DAY = '2029-03-13';

const kinds = (text: string, language: 'fr' | 'en') =>
  claimsOf(text, language, DAY).map((c) => `${c.kind}:${c.parties.join('+')}`);

describe('a role no introduced company fits stands for the story’s company, not the last one named', () => {
  it('a side remark naming a supplier or a planemaker does not take the role', () => {
    const carrier = kinds(
      'Valdrenne Airways has signed a codeshare agreement with TAP covering six routes from Geneva. The deal starts in June. Valdrenne flies a fleet of eleven Embraer jets. The Geneva-based carrier, which carried 1.4 million passengers last year, obtained ISO 14001 certification for its maintenance base in August.',
      'en',
    );
    expect(carrier).toContain('certification:Valdrenne Airways');
    expect(carrier).not.toContain('certification:Embraer');
    const editeur = kinds(
      "Brumal Sécurité a signé mardi un accord de distribution avec Exclusive Networks. Le contrat couvre la France et la Belgique. Le distributeur revend déjà en Europe les pare-feu de l'américain Fortinet. L'éditeur a par ailleurs obtenu la qualification PDIS de l'Anssi pour son centre de Rennes.",
      'fr',
    );
    expect(editeur).toContain('certification:Brumal Sécurité');
    expect(editeur).not.toContain('certification:Fortinet');
    const operateur = kinds(
      "Carsenac Data a conclu lundi un contrat d'hébergement avec Microsoft pour son campus de Colomiers. La société emploie 80 personnes et a levé 40 millions d'euros en 2027 auprès du fonds Graniteway Capital. L'opérateur toulousain a par ailleurs obtenu en septembre la certification HDS pour son site de Blagnac.",
      'fr',
    );
    expect(operateur).toContain('certification:Carsenac Data');
    expect(operateur).not.toContain('certification:Graniteway Capital');
  });

  it('counter-example: a role the article gave a company still stands for it, even named long ago', () => {
    const introduced = kinds(
      "Le laboratoire lyonnais Orvanis a signé un accord de licence avec Sanofi. L'accord porte sur deux molécules. Sanofi a confirmé l'accord. Le laboratoire a obtenu mardi la certification ISO 13485.",
      'fr',
    );
    expect(introduced).not.toContain('certification:Sanofi');
  });
});

describe('a company whose own name says another product is not the role', () => {
  it('"le constructeur", "the carmaker" after a chip designer and a carmaker is the carmaker', () => {
    const fr = kinds(
      'Le concepteur nantais de puces Orbelle Semiconducteurs a signé un contrat de fourniture avec Renault, a-t-il annoncé jeudi. Le constructeur a confirmé l’accord dans la soirée.',
      'fr',
    );
    expect(fr).toContain('statement:Renault');
    expect(fr).not.toContain('statement:Orbelle Semiconducteurs');
    const en = kinds(
      'The Dutch power-chip designer Orbelle Semiconductors has signed a supply contract with Renault, it said on Thursday. The carmaker confirmed the agreement in the evening.',
      'en',
    );
    expect(en).not.toContain('statement:Orbelle Semiconductors');
  });

  it('the name test reads products, not words any trade may use', () => {
    const registry = createEntityRegistry();
    expect(nameMisfits('constructeur', 'Orbelle Semiconducteurs')).toBe(true);
    expect(nameMisfits('carmaker', 'Hartwell Steel')).toBe(true);
    expect(nameMisfits('laboratoire', 'Corvane Assurances')).toBe(true);
    // A data-centre operator may be called "Data", a cloud host "Numérique": no product, no misfit.
    expect(nameMisfits('operateur', 'Quercyne Data Centres')).toBe(false);
    expect(nameMisfits('hebergeur', 'Aubrac Numérique')).toBe(false);
    // A loose role ("le fournisseur") and a role without trade ("le spécialiste") rule nobody out.
    expect(nameMisfits('fournisseur', 'Orbelle Semiconducteurs')).toBe(false);
    expect(nameMisfits('specialiste', 'Orbelle Semiconducteurs')).toBe(false);
    // The name's own trade fits.
    expect(nameMisfits('chipmaker', 'Orbelle Semiconductors')).toBe(false);
    expect(tradeUnknown('Aubrac Numérique', registry)).toBe(true);
    expect(tradeUnknown('Orbelle Semiconducteurs', registry)).toBe(false);
    expect(tradeUnknown('Google', registry)).toBe(false);
  });
});

describe('a known company without a trade does not hide the one whose trade fits', () => {
  it('"l’opérateur", "the operator" after a search giant and a telecom operator is the operator', () => {
    const fr = kinds(
      "Selon la presse, Google discuterait avec Orange d'une offre commune de postes de travail. Ni Google ni Orange n'ont souhaité commenter. L'opérateur a obtenu en mars la certification ISO 27001 pour ses centres de Rennes.",
      'fr',
    );
    expect(fr).toContain('certification:Orange');
    expect(fr).not.toContain('certification:Google');
    const en = kinds(
      'Google is in talks with Vodafone over a joint workplace offer, according to a newspaper report. Neither Google nor Vodafone would comment. The mobile operator has since obtained ISO 27001 certification for its Newbury data centres.',
      'en',
    );
    expect(en).toContain('certification:Vodafone');
    expect(en).not.toContain('certification:Google');
  });

  it('counter-example: an unlisted company the story is about keeps the role before a listed one', () => {
    const host = kinds(
      "Selon la presse, OVHcloud regarde le dossier. Lozère Numérique a obtenu mardi la qualification SecNumCloud. L'hébergeur a conclu vendredi un partenariat avec Veeam.",
      'fr',
    );
    expect(host).toContain('agreement:Lozère Numérique+Veeam');
    expect(host).not.toContain('agreement:OVHcloud+Veeam');
  });
});

describe('a country’s short name is a nationality of the role', () => {
  it('"the US group", "the UK lender" stand for the company of that country', () => {
    const us = kinds(
      'Quillane Logiciels closed 18.2% higher in Paris after a business site reported that Salesforce had approached the company about a takeover. The US software group declined to comment.',
      'en',
    );
    expect(us).toContain('statement:Salesforce');
    expect(us).not.toContain('statement:Quillane Logiciels');
    const uk = kinds(
      'Pennard Pay rose 11% after a report that Barclays was weighing an offer for the payments start-up. The UK lender declined to comment.',
      'en',
    );
    expect(uk).toContain('statement:Barclays');
    expect(uk).not.toContain('statement:Pennard Pay');
  });

  it('counter-example: a company of another country is not it', () => {
    const other = kinds(
      'Quillane Logiciels closed 18.2% higher in Paris after a report that Dassault Systèmes had approached it. The US software group declined to comment.',
      'en',
    );
    expect(other).not.toContain('statement:Dassault Systèmes');
  });
});

describe('names inside the relative clause of an unnamed other side are no side of the deal', () => {
  it('"won contracts from operators that once bought everything from A and B" is no deal of A and B', () => {
    const en = kinds(
      'Kestrel Radio is in talks with Nokia. Nokia has been under pressure in radio software, where start-ups have won contracts from European operators that once bought everything from Nokia and Ericsson.',
      'en',
    );
    expect(en).not.toContain('agreement:Nokia+Ericsson');
    const utility = kinds(
      'Ventrel has struggled in smart meters, where smaller rivals have won contracts from utilities that used to buy from Siemens and Schneider Electric.',
      'en',
    );
    expect(utility.filter((c) => c.startsWith('agreement:'))).toEqual([]);
  });

  it('counter-examples: a named side, or a relative after a name, keeps the deal', () => {
    expect(
      kinds('Ventrel won a contract from Engie, which is rolling out smart meters in Lyon.', 'en'),
    ).toContain('agreement:Ventrel+Engie');
    expect(
      kinds('Ventrel has won a seven-year contract from Siemens to supply meter boards.', 'en'),
    ).toContain('agreement:Ventrel+Siemens');
    // "avec qui que ce soit": a pronoun, not a noun with its relative clause.
    expect(
      kinds(
        '« Il n’y a aucune discussion avec qui que ce soit », a assuré mardi le directeur financier de Ravelle Industries, interrogé sur un éventuel rapprochement avec Tarkett évoqué par la presse.',
        'fr',
      ),
    ).toContain('agreement:Ravelle Industries+Tarkett');
  });
});
