import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/** One kind's claims as sorted parties, status and the value the kind carries. */
const of = (text: string, language: 'fr' | 'en', kind: Claim['kind']) =>
  claimsOf(text, language, '2031-03-12')
    .filter((c) => c.kind === kind)
    .map((c) => ({
      parties: [...c.parties].sort(),
      status: c.status,
      ...(c.kind === 'certification' ? { label: c.label } : {}),
    }));

describe('a certification whose issuer is the subject goes to the holder named after the verb', () => {
  it('reads "a délivré à X", "has granted … to X" and a withdrawal "du cabinet X"', () => {
    expect(
      of(
        'L’Afnor a décerné à la coopérative Valmorée le label Bas-Carbone au terme d’un audit de six mois.',
        'fr',
        'certification',
      ),
    ).toEqual([{ parties: ['Valmorée'], status: 'confirmed', label: 'Label Bas-Carbone' }]);
    expect(
      of(
        "Lloyd's Register has granted ISO 50001 certification to Pembrey Steel after an audit of its rolling mill.",
        'en',
        'certification',
      ),
    ).toEqual([{ parties: ['Pembrey Steel'], status: 'confirmed', label: 'ISO 50001' }]);
    expect(
      of(
        'L’ANSSI a retiré la qualification SecNumCloud du cabinet Ostrane à la suite d’un audit.',
        'fr',
        'certification',
      ),
    ).toEqual([{ parties: ['Ostrane'], status: 'denied', label: 'SecNumCloud' }]);
    expect(
      of(
        "The FAA has revoked Kestrel Avionics' Part 145 approval after a safety inspection.",
        'en',
        'certification',
      ),
    ).toEqual([{ parties: ['Kestrel Avionics'], status: 'denied', label: 'Part 145' }]);
  });
});

describe('a product or plant certified in the possessive is its maker’s certification', () => {
  it('gives the possessor, never the auditor after "by"', () => {
    expect(
      of("Wrenford's payroll platform has been granted SOC 2 Type II attestation.", 'en', 'certification'),
    ).toEqual([{ parties: ['Wrenford'], status: 'confirmed', label: 'SOC 2 Type II' }]);
    expect(
      of("Marlowby's Derby factory has been certified to ISO 45001 by SGS.", 'en', 'certification'),
    ).toEqual([{ parties: ['Marlowby'], status: 'confirmed', label: 'ISO 45001' }]);
  });
});

describe('"is understood to have secured" is a hedge, not an aspiration; renewals are obtained', () => {
  it('keeps the hedged label a rumour and an aspiration nothing', () => {
    expect(
      of('Calbrook Pay is understood to have secured PCI DSS certification.', 'en', 'certification'),
    ).toEqual([{ parties: ['Calbrook Pay'], status: 'rumour', label: 'PCI DSS' }]);
    expect(
      of('Calbrook Pay hopes to secure PCI DSS certification next year.', 'en', 'certification'),
    ).toEqual([]);
    expect(
      of('Sorbelle Santé a renouvelé sa certification HDS pour trois ans.', 'fr', 'certification'),
    ).toEqual([{ parties: ['Sorbelle Santé'], status: 'confirmed', label: 'HDS' }]);
  });
});

describe('renewed and ended deals name their unknown parties', () => {
  it('reads renewals as confirmed agreements', () => {
    expect(
      of(
        'Nerval Energie et Tourvic ont renouvelé pour cinq ans leur contrat de fourniture de biométhane.',
        'fr',
        'agreement',
      ),
    ).toEqual([{ parties: ['Nerval Energie', 'Tourvic'], status: 'confirmed' }]);
    expect(
      of(
        'Ashcombe Rail has renewed its maintenance contract with Trentside Trains for another three years.',
        'en',
        'agreement',
      ),
    ).toEqual([{ parties: ['Ashcombe Rail', 'Trentside Trains'], status: 'confirmed' }]);
  });

  it('reads ended deals and broken-down talks as denied', () => {
    expect(
      of(
        'Brévallon met fin à son partenariat avec Ostrelle après deux ans de collaboration.',
        'fr',
        'agreement',
      ),
    ).toEqual([{ parties: ['Brévallon', 'Ostrelle'], status: 'denied' }]);
    expect(
      of(
        'Talks between grocer Penwith Stores and logistics group Harrowgate over a joint warehouse have broken down.',
        'en',
        'agreement',
      ),
    ).toEqual([{ parties: ['Harrowgate', 'Penwith Stores'], status: 'denied' }]);
  });

  it('does not make a renewed partnership of two racing drivers a deal', () => {
    expect(
      of('Les pilotes Maëlle Tiberghien et Jonas Ravel ont renouvelé leur partenariat.', 'fr', 'agreement'),
    ).toEqual([]);
  });
});

describe('consortium members and two deals in one sentence', () => {
  it('gives the members of a consortium, not the client that chose it', () => {
    expect(
      of(
        'Le consortium formé par Kermadec, Orvalis et Bressange a remporté le contrat de rénovation du tramway de Nantes.',
        'fr',
        'agreement',
      ),
    ).toEqual([{ parties: ['Bressange', 'Kermadec', 'Orvalis'], status: 'confirmed' }]);
    expect(
      of(
        'A consortium led by Brantwood Civil and including Ockley Engineering has been chosen by Transport for Wales to rebuild the Conwy viaduct.',
        'en',
        'agreement',
      ),
    ).toEqual([{ parties: ['Brantwood Civil', 'Ockley Engineering'], status: 'confirmed' }]);
  });

  it('splits two deals with two sides, but keeps one deal with two sides listed together', () => {
    expect(
      of(
        'Wexley signed a supply agreement with Dunfold for Europe and a separate distribution deal with Harcastle for Asia.',
        'en',
        'agreement',
      ),
    ).toEqual([
      { parties: ['Dunfold', 'Wexley'], status: 'confirmed' },
      { parties: ['Harcastle', 'Wexley'], status: 'confirmed' },
    ]);
    expect(
      of(
        'Morvelle a signé un contrat de licence avec Tarnac et un accord de distribution avec Quimbel.',
        'fr',
        'agreement',
      ),
    ).toEqual([
      { parties: ['Morvelle', 'Tarnac'], status: 'confirmed' },
      { parties: ['Morvelle', 'Quimbel'], status: 'confirmed' },
    ]);
    expect(of('Wexley signed a supply agreement with Dunfold and Harcastle.', 'en', 'agreement')).toEqual([
      { parties: ['Dunfold', 'Harcastle', 'Wexley'], status: 'confirmed' },
    ]);
  });
});

describe('rival bidders, threshold crossings and rejected approaches', () => {
  it('gives one acquisition per bidder listed after a colon or as one subject', () => {
    expect(
      of(
        'Deux prétendants seraient en lice pour racheter l’éditeur Logivance : Dassault Systèmes et le fonds Ardian, selon Les Echos.',
        'fr',
        'acquisition',
      ),
    ).toEqual([
      { parties: ['Dassault Systèmes', 'Logivance'], status: 'rumour' },
      { parties: ['Ardian', 'Logivance'], status: 'rumour' },
    ]);
  });

  it('reads a threshold crossing as a stake bought with no percent', () => {
    const claims = claimsOf(
      'La holding Farnèse Participations a franchi à la hausse le seuil de 10 % du capital de Rexel.',
      'fr',
      '2031-03-12',
    ).filter((c) => c.kind === 'acquisition');
    expect(claims.map((c) => [c.parties, c.status, c.kind === 'acquisition' ? c.percent : 0])).toEqual([
      [['Farnèse Participations', 'Rexel'], 'confirmed', undefined],
    ]);
  });

  it('keeps a rejection told in reported speech as news, an old rejection as background', () => {
    expect(
      of(
        'Brackley Ales said on Monday it had rejected an unsolicited approach from Heineken.',
        'en',
        'acquisition',
      ),
    ).toEqual([{ parties: ['Brackley Ales', 'Heineken'], status: 'denied' }]);
    expect(
      of(
        'Brackley Ales, which had rejected an approach from Heineken in 2027, has now agreed to be bought by Carlsberg.',
        'en',
        'acquisition',
      ),
    ).toEqual([{ parties: ['Brackley Ales', 'Carlsberg'], status: 'confirmed' }]);
  });
});
