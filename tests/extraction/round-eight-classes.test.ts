import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/** Classes of errors an eighth unseen corpus showed, written afresh with invented companies. */
const PUB = '2026-06-09'; // a Tuesday

describe('live pages: each time-stamped item is a story of its own', () => {
  const page = [
    'Les informations de la matinée, mises à jour en continu.',
    "11h40 - ATOS - L'éditeur a pris une participation de 15 % dans Kelvane Data, une PME nantaise.",
    "11h05 - ORANGE - L'opérateur a obtenu la qualification SecNumCloud de l'ANSSI pour son offre souveraine.",
    '10h30 - CARREFOUR - Le distributeur gagnait 2,1 % après la publication de ses ventes.',
    '10h00 - MARCHÉS - Le CAC 40 cédait 0,4 %.',
  ].join('\n\n');
  const claims = claimsOf(page, 'fr', PUB);

  it('the slug names the company its descriptors stand for', () => {
    expect(find(claims, 'acquisition', ['Atos', 'Kelvane Data'])).toEqual([
      expect.objectContaining({ status: 'confirmed', percent: 15 }),
    ]);
    expect(find(claims, 'certification', ['Orange'])).toHaveLength(1);
    expect(find(claims, 'share_move', ['Carrefour'])).toEqual([
      expect.objectContaining({ percent: 2.1, direction: 'up' }),
    ]);
  });

  it('a company of one item never becomes a party of the next', () => {
    for (const c of claims) if (c.kind !== 'acquisition') expect(c.parties).not.toContain('Kelvane Data');
    expect(claims.some((c) => c.kind === 'share_move' && c.parties.includes('Atos'))).toBe(false);
  });

  it('an unknown slug company is the subject, in its usual capitals', () => {
    const fr = claimsOf(
      "Le fil de la journée.\n\n14h12 - BRÉHAT CLOUD - L'hébergeur a obtenu la qualification SecNumCloud de l'ANSSI, a-t-il annoncé.",
      'fr',
      PUB,
    );
    expect(find(fr, 'certification', ['Bréhat Cloud'])).toHaveLength(1);
  });
});

describe('French company names with a "de/des/du/de l\'" complement', () => {
  it('a head noun keeps its complement inside the name', () => {
    const a = claimsOf(
      'Vernade Alimentaire a finalisé vendredi le rachat de la Fromagerie de Lanvaux.',
      'fr',
      PUB,
    );
    expect(find(a, 'acquisition', ['Vernade Alimentaire', 'Fromagerie de Lanvaux'])).toEqual([
      expect.objectContaining({ status: 'confirmed' }),
    ]);
    const b = claimsOf(
      'Dans la foulée, Vernade Alimentaire a signé avec la Coopérative des Vergers de Loué un contrat de cinq ans.',
      'fr',
      PUB,
    );
    expect(find(b, 'agreement', ['Vernade Alimentaire', 'Coopérative des Vergers de Loué'])).toHaveLength(1);
    const c = claimsOf('Le groupe Transvallée a annoncé mardi le rachat des Cars de l’Aulne.', 'fr', PUB);
    expect(find(c, 'acquisition', ['Transvallée', 'Cars de l’Aulne'])).toHaveLength(1);
  });

  it('"le groupe de transport de voyageurs X" introduces X, it does not stand for another company', () => {
    const fr = claimsOf(
      'Notre sélection des nouvelles qui ont marqué la Bretagne.\nLe groupe de transport de voyageurs Kerval Mobilités a annoncé le rachat de Trévane Bus.',
      'fr',
      PUB,
    );
    expect(find(fr, 'acquisition', ['Kerval Mobilités', 'Trévane Bus'])).toHaveLength(1);
  });

  it('a registry name inside a compound place name is the place ("La Roche-sur-Yon")', () => {
    const fr = claimsOf(
      'Le courtier Alvéris, qui emploie 80 personnes à La Roche-sur-Yon, a signé un partenariat avec Orange.',
      'fr',
      PUB,
    );
    expect(fr.some((c) => c.parties.includes('Roche'))).toBe(false);
  });
});

describe('denials that no offer was made or received', () => {
  it('a shareholder that received no offer denies, but the reported talks stay a rumour', () => {
    const fr = claimsOf(
      [
        'Atos serait en discussions pour racheter Kelvane Data, selon deux sources proches du dossier.',
        "Son premier actionnaire, le fonds Varnel Capital, a assuré qu'« aucune offre n'a été reçue à ce jour ».",
      ].join(' '),
      'fr',
      PUB,
    );
    expect(find(fr, 'statement', ['Varnel Capital'])).toEqual([
      expect.objectContaining({ stance: 'deny', status: 'denied' }),
    ]);
    expect(find(fr, 'acquisition', ['Atos', 'Kelvane Data'])).toEqual([
      expect.objectContaining({ status: 'rumour' }),
    ]);
  });

  it('"n\'avoir reçu aucune proposition" and "says it made no offer" are deny statements', () => {
    const fr = claimsOf(
      "Kelvane Data a indiqué dans un communiqué n'avoir « reçu aucune proposition ».",
      'fr',
      PUB,
    );
    expect(find(fr, 'statement', ['Kelvane Data'])).toEqual([expect.objectContaining({ stance: 'deny' })]);
    const en = claimsOf('Halvard Systems says it made no offer for the company.', 'en', PUB);
    expect(find(en, 'statement', ['Halvard Systems'])).toEqual([expect.objectContaining({ stance: 'deny' })]);
  });

  it('a rival that "did not make an offer" says nothing itself', () => {
    const en = claimsOf('Brookfell, seen as a possible rival bidder, did not make an offer.', 'en', PUB);
    expect(en.filter((c) => c.kind === 'statement')).toHaveLength(0);
  });
});

describe('figures that are not names, sources or share moves', () => {
  it('an amount with its scale ("€85m") is never a party', () => {
    const en = claimsOf('Orbis Retail said Amazon had agreed to buy 10% of its capital for €85m.', 'en', PUB);
    expect(en.some((c) => c.parties.some((p) => /\d/u.test(p)))).toBe(false);
  });

  it('a number after "assure" is no cited source', () => {
    const fr = claimsOf(
      'Assurances Sorvane SA, qui assure 120 000 adhérents, a obtenu la certification ISO 27001.',
      'fr',
      PUB,
    );
    const [cert] = find(fr, 'certification', ['Assurances Sorvane SA']);
    expect(cert).toEqual(expect.objectContaining({ status: 'confirmed' }));
    expect(cert?.attribution).toBeUndefined();
  });

  it('another noun\'s figure after a company ("dont les frais", "with 31% of the capital") is no move', () => {
    const fr = claimsOf(
      'La Mutuelle Sorvane a signé un partenariat avec Orange. La mutuelle, dont les frais de gestion ont reculé de 6 % l’an dernier, recrute.',
      'fr',
      PUB,
    );
    expect(fr.filter((c) => c.kind === 'share_move')).toHaveLength(0);
    const en = claimsOf(
      'Varnel Capital, Kelvane’s largest shareholder with 31% of the capital, declined to comment.',
      'en',
      PUB,
    );
    expect(en.filter((c) => c.kind === 'share_move')).toHaveLength(0);
  });

  it('a gain since the first reports is cumulative, not a session move', () => {
    const fr = claimsOf(
      "L'action Kelvane Data a gagné plus de 9 % depuis les premières révélations.",
      'fr',
      PUB,
    );
    expect(fr.filter((c) => c.kind === 'share_move')).toHaveLength(0);
    const en = claimsOf('Kelvane shares have risen 11% over the past month.', 'en', PUB);
    expect(en.filter((c) => c.kind === 'share_move')).toHaveLength(0);
  });
});
