import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/** Classes of errors a fifth unseen corpus showed, written afresh with invented companies. */
const PUB = '2026-03-12'; // a Thursday

describe('share moves', () => {
  it("an index or a sector's figure after the company's own is not a second move of that company", () => {
    const en = claimsOf(
      'Harwick Foods shares fell 3.1% on Wednesday, lagging the FTSE 100, which added 0.4%.',
      'en',
      PUB,
    );
    expect(en.filter((c) => c.kind === 'share_move')).toEqual([
      expect.objectContaining({ parties: ['Harwick Foods'], percent: 3.1, direction: 'down' }),
    ]);
    const fr = claimsOf(
      "L'action Morvelle a progressé de 1,7 % mardi, dans un secteur bancaire européen en hausse de 0,8 %.",
      'fr',
      PUB,
    );
    expect(fr.filter((c) => c.kind === 'share_move')).toEqual([
      expect.objectContaining({ parties: ['Morvelle'], percent: 1.7, direction: 'up' }),
    ]);
    const peers = claimsOf(
      'Tolbrook Energy stock jumped 5.2% on Tuesday while its peers slipped 0.6%.',
      'en',
      PUB,
    );
    expect(peers.filter((c) => c.kind === 'share_move')).toHaveLength(1);
  });

  it('a same-company second move in one sentence still counts ("après avoir gagné ... lundi")', () => {
    const fr = claimsOf('Le titre Morvelle a perdu 2,2 % mercredi, après avoir gagné 3 % lundi.', 'fr', PUB);
    expect(find(fr, 'share_move', ['Morvelle'])).toHaveLength(2);
  });

  it('a bare "l\'action" / "the stock" in the next sentence is the last mover\'s', () => {
    const fr = claimsOf(
      "Le titre Bréval Industrie a cédé 1,4 % mercredi. La veille, l'action avait pris 2,9 % sur des rumeurs d'offre.",
      'fr',
      PUB,
    );
    expect(
      find(fr, 'share_move', ['Bréval Industrie']).map((c) => c.kind === 'share_move' && c.percent),
    ).toEqual([1.4, 2.9]);
    const en = claimsOf(
      'Quenby Retail shares dropped 4% on Wednesday. On Tuesday the stock had climbed 1.5%.',
      'en',
      PUB,
    );
    expect(find(en, 'share_move', ['Quenby Retail'])).toHaveLength(2);
  });

  it('a bare stock word with no earlier mover is no claim', () => {
    const en = claimsOf('On Tuesday the stock had climbed 1.5%.', 'en', PUB);
    expect(en.filter((c) => c.kind === 'share_move')).toHaveLength(0);
  });
});

describe('statements', () => {
  it('a sentence framed on one company\'s side ("Du côté de X", "As for X") names the speaker', () => {
    const fr = claimsOf(
      'Du côté de Fontarel, rien de neuf : la société « ne commente pas les spéculations », a indiqué un porte-parole.',
      'fr',
      PUB,
    );
    expect(find(fr, 'statement', ['Fontarel'])[0]).toMatchObject({ stance: 'no_comment', status: 'rumour' });
    const en = claimsOf(
      'As for Pellworth Logistics, the answer was brief: the group declined to comment.',
      'en',
      PUB,
    );
    expect(find(en, 'statement', ['Pellworth Logistics'])[0]).toMatchObject({ stance: 'no_comment' });
  });

  it('"The company declined to comment" after a sentence about a company is that company speaking', () => {
    const en = claimsOf(
      'Ardley Systems shares closed up 6.3% on Wednesday after the report. The company declined to comment.',
      'en',
      PUB,
    );
    expect(find(en, 'statement', ['Ardley Systems'])[0]).toMatchObject({ stance: 'no_comment' });
    const fr = claimsOf(
      "Le titre Sorbelle Santé a bondi de 6,3 % mercredi. Le groupe n'a pas souhaité commenter.",
      'fr',
      PUB,
    );
    expect(find(fr, 'statement', ['Sorbelle Santé'])[0]).toMatchObject({ stance: 'no_comment' });
  });
});

describe('agreements', () => {
  it('a company the deal "does not involve" / "n\'implique pas" is not a party', () => {
    const en = claimsOf(
      'Dorrance Labs and Helmfield have signed a partnership. The deal does not involve Kestrow, a Dorrance supplier said.',
      'en',
      PUB,
    );
    expect(en.filter((c) => c.kind === 'agreement' && c.parties.includes('Kestrow'))).toHaveLength(0);
    expect(find(en, 'agreement', ['Dorrance Labs', 'Helmfield'])).toHaveLength(1);
    const fr = claimsOf(
      "Le partenariat signé par Valmeric et Soltrane n'implique pas Gervaux Industrie, précise un porte-parole.",
      'fr',
      PUB,
    );
    expect(fr.filter((c) => c.kind === 'agreement' && c.parties.includes('Gervaux Industrie'))).toHaveLength(
      0,
    );
  });

  it('a trade accord between governments is no business agreement', () => {
    const en = claimsOf(
      'Investors also weighed news that the European Union and Chile had signed a new trade agreement on Tuesday.',
      'en',
      PUB,
    );
    expect(en.filter((c) => c.kind === 'agreement')).toHaveLength(0);
    const fr = claimsOf(
      "L'Union européenne et le Canada ont signé mardi un accord de libre-échange élargi.",
      'fr',
      PUB,
    );
    expect(fr.filter((c) => c.kind === 'agreement')).toHaveLength(0);
  });

  it('a percentage after a name is not part of the name ("X 40 %", "Y 25%")', () => {
    const fr = claimsOf(
      'Corvale et Brindas Matériaux ont signé une coentreprise. Corvale en détiendra 75 % et Brindas Matériaux 25 %.',
      'fr',
      PUB,
    );
    expect(fr.some((c) => c.parties.some((p) => /\d/u.test(p)))).toBe(false);
    expect(find(fr, 'agreement', ['Corvale', 'Brindas Matériaux'])).toHaveLength(1);
  });
});

describe('launches', () => {
  it('a closing ", X said" names the launcher when the subject is the product', () => {
    const en = claimsOf(
      "A tier for small clinics, running in Oracle's Frankfurt region, will be available from June 2027, Brennick Health said.",
      'en',
      PUB,
    );
    expect(find(en, 'launch', ['Brennick Health'])[0]).toMatchObject({
      eventDate: '2027-06',
      status: 'confirmed',
    });
    expect(en.filter((c) => c.kind === 'launch' && c.parties.includes('Oracle'))).toHaveLength(0);
    const fr = claimsOf(
      'Une version destinée aux mairies, hébergée chez OVHcloud, sera commercialisée en 2027, a indiqué Sopra Steria.',
      'fr',
      PUB,
    );
    expect(find(fr, 'launch', ['Sopra Steria'])).toHaveLength(1);
    const named = claimsOf(
      'Une offre pour les écoles, hébergée chez OVHcloud, sera disponible en 2027, a précisé la société Capgemini.',
      'fr',
      PUB,
    );
    expect(find(named, 'launch', ['Capgemini'])).toHaveLength(1);
  });

  it("a company's own officer saying it would make a product available is the company's confirmed plan", () => {
    const en = claimsOf(
      "Calloway Robotics's chief executive, Dana Ortiz, said the company would make its new arm available from May 2027.",
      'en',
      PUB,
    );
    expect(find(en, 'launch', ['Calloway Robotics'])[0]).toMatchObject({ status: 'confirmed' });
  });

  it('"le groupe ..." after a start-up was named is the acquirer, not the start-up', () => {
    const fr = claimsOf(
      'Sarvane a annoncé le rachat de Lumino Capteurs, une jeune pousse nantaise. Les fondateurs de Lumino Capteurs gardent 20 %. Le groupe de services industriels intégrera ces capteurs à son offre, qui sera proposée aux usines à partir de mars 2027.',
      'fr',
      PUB,
    );
    expect(find(fr, 'launch', ['Sarvane'])[0]).toMatchObject({ eventDate: '2027-03' });
  });
});
