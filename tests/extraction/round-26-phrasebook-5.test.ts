import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/** One kind's claims as sorted parties, status and the value the kind carries. */
const of = (text: string, language: 'fr' | 'en', kind: Claim['kind'], publishedAt = '2031-03-12') =>
  claimsOf(text, language, publishedAt)
    .filter((c) => c.kind === kind)
    .map((c) => ({
      parties: [...c.parties].sort(),
      status: c.status,
      ...(c.kind === 'launch' ? { eventDate: c.eventDate } : {}),
    }));

describe('a launch told as done is dated by the relative day beside it', () => {
  // 2031-03-12 is a Wednesday.
  it('resolves the weekday or "ce matin" against the publication day', () => {
    expect(
      of('Harwick Data launched its managed backup service for schools on Monday.', 'en', 'launch'),
    ).toEqual([{ parties: ['Harwick Data'], status: 'confirmed', eventDate: '2031-03-10' }]);
    expect(
      of('Tessavel a lancé mercredi son offre de messagerie chiffrée pour les notaires.', 'fr', 'launch'),
    ).toEqual([{ parties: ['Tessavel'], status: 'confirmed', eventDate: '2031-03-12' }]);
    expect(
      of(
        "L'application de paiement mobile de Brénolia est disponible depuis ce matin sur Android.",
        'fr',
        'launch',
      ),
    ).toEqual([{ parties: ['Brénolia'], status: 'confirmed', eventDate: '2031-03-12' }]);
    expect(
      of(
        'Quillon Systems rolled out its fleet-tracking platform to European hauliers on Tuesday.',
        'en',
        'launch',
      ),
    ).toEqual([{ parties: ['Quillon Systems'], status: 'confirmed', eventDate: '2031-03-11' }]);
  });

  it('gives nothing for a rocket, a bid or a launch not yet done', () => {
    expect(
      of('Orbital Lark launched a mapping satellite built by Venmoor Space on Tuesday.', 'en', 'launch'),
    ).toEqual([]);
    expect(
      of("Schneider Electric a lancé lundi une offre publique d'achat sur Pellarin.", 'fr', 'launch'),
    ).toEqual([]);
    expect(
      of('Harwick Data will launch its backup service, its chief executive said on Monday.', 'en', 'launch'),
    ).toEqual([]);
  });
});

describe('the company sold is the target, whoever tells the sale', () => {
  it('takes the named company after a sale verb, even with an apposition before the buyer', () => {
    expect(
      of(
        'Bramwell Capital has agreed to sell Ostrey Foods, the bakery chain it bought in 2026, to Greggs.',
        'en',
        'acquisition',
      ),
    ).toEqual([{ parties: ['Greggs', 'Ostrey Foods'], status: 'confirmed' }]);
    expect(
      of(
        'Le fonds Argoval a vendu Ternelle, spécialiste des portes coupe-feu, à Assa Abloy.',
        'fr',
        'acquisition',
      ),
    ).toEqual([{ parties: ['Assa Abloy', 'Ternelle'], status: 'confirmed' }]);
    expect(of('Le fonds Argoval a vendu Ternelle à Assa Abloy.', 'fr', 'acquisition')).toEqual([
      { parties: ['Assa Abloy', 'Ternelle'], status: 'confirmed' },
    ]);
  });

  it('takes a business its seller names ("its X business") as the target', () => {
    expect(
      of(
        'Unilever has agreed to sell its Corvane skincare business to private equity firm Permira.',
        'en',
        'acquisition',
      ),
    ).toEqual([{ parties: ['Corvane', 'Permira'], status: 'confirmed' }]);
  });

  it('keeps [buyer, seller] for an unnamed business', () => {
    expect(
      of(
        'Unilever has agreed to sell its skincare business to private equity firm Permira.',
        'en',
        'acquisition',
      ),
    ).toEqual([{ parties: ['Permira', 'Unilever'], status: 'confirmed' }]);
  });
});

describe('a role noun with a "de" complement introduces an unknown company (French)', () => {
  it('accepts "la filiale de logistique frigorifique X", "le fabricant de bardage bois X"', () => {
    expect(
      of(
        'Le groupe Pradal cède sa filiale de transport frigorifique Vellanne au fonds Ardian.',
        'fr',
        'acquisition',
      ),
    ).toEqual([{ parties: ['Ardian', 'Vellanne'], status: 'confirmed' }]);
    expect(
      of(
        'Le fonds Astorg a pris 30 % du capital du fabricant de menuiserie alu Corbenay.',
        'fr',
        'acquisition',
      ),
    ).toEqual([{ parties: ['Astorg', 'Corbenay'], status: 'confirmed' }]);
  });

  it('does not take a region after "de la région" for a company', () => {
    expect(
      of(
        'Valtorre et Engie ont signé un partenariat pour les PME de la région Occitanie.',
        'fr',
        'agreement',
      ),
    ).toEqual([{ parties: ['Engie', 'Valtorre'], status: 'confirmed' }]);
  });
});

describe('names listed as one subject are all parties', () => {
  it('takes a sentence-opening list of three names', () => {
    expect(
      of(
        'Corvell Water, Dunmore Energy and Siemens Energy signed an agreement on Friday to test hydrogen pumps.',
        'en',
        'agreement',
      ),
    ).toEqual([{ parties: ['Corvell Water', 'Dunmore Energy', 'Siemens Energy'], status: 'confirmed' }]);
  });

  it('takes a name listed with a role-noun introduction ("and Polish utility PGE")', () => {
    expect(
      of(
        'Brackley Nuclear and Czech utility CEZ signed a memorandum of understanding on small reactors.',
        'en',
        'agreement',
      ),
    ).toEqual([{ parties: ['Brackley Nuclear', 'CEZ'], status: 'confirmed' }]);
    expect(
      of(
        'Shipping group Maersk, Antwerp terminal operator Kellaway and fuel supplier Morvane Energy have agreed to build an ammonia bunkering hub.',
        'en',
        'agreement',
      ),
    ).toEqual([{ parties: ['Kellaway', 'Maersk', 'Morvane Energy'], status: 'confirmed' }]);
  });

  it('keeps a fronted participle before a comma out of the list', () => {
    expect(of('Asked about it, Orange and Capgemini declined to comment.', 'en', 'agreement')).toEqual([]);
  });
});

describe('a supplier passed over, or a rival compared, is no party', () => {
  it('leaves out the rival after "over", "au détriment de"', () => {
    expect(
      of(
        'Brisair has chosen Parcombe Aero over Lufthansa Technik to maintain its fleet, in a contract worth €50m.',
        'en',
        'agreement',
      ),
    ).toEqual([{ parties: ['Brisair', 'Parcombe Aero'], status: 'confirmed' }]);
    expect(
      of(
        "L'enseigne Corvenne a signé un contrat avec Tourvel, au détriment de Worldline, son prestataire historique.",
        'fr',
        'agreement',
      ),
    ).toEqual([{ parties: ['Corvenne', 'Tourvel'], status: 'confirmed' }]);
  });

  it('leaves out a fronted comparison with a rival’s own deal', () => {
    expect(
      of(
        "Comme son rival Ludreval l'an dernier avec Microsoft, l'éditeur Vantelis s'allie à Google.",
        'fr',
        'agreement',
      ),
    ).toEqual([{ parties: ['Google', 'Vantelis'], status: 'confirmed' }]);
    expect(
      of(
        'Like its rival Hatherby last year with SAP, Mentaris has teamed up with Google.',
        'en',
        'agreement',
      ),
    ).toEqual([{ parties: ['Google', 'Mentaris'], status: 'confirmed' }]);
  });
});
