import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/** Classes of misses a fifth unseen corpus showed, written afresh with invented companies. */
const PUB = '2026-03-11'; // a Wednesday

describe('launches', () => {
  it('an owner after "de" in "le service de X" / "la plateforme de X"', () => {
    const a = claimsOf("L'application de Mirvane sera disponible au printemps 2027.", 'fr', PUB);
    expect(find(a, 'launch', ['Mirvane'])).toHaveLength(1);
    const b = claimsOf('La plateforme de Corbelle sera commercialisée à partir du 2 juin.', 'fr', PUB);
    expect(find(b, 'launch', ['Corbelle'])[0]).toMatchObject({ eventDate: '2026-06-02' });
  });
  it('a lone unknown name before "will start shipping"', () => {
    const c = claimsOf('Dunmore will start shipping its first kits in July 2026.', 'en', PUB);
    expect(find(c, 'launch', ['Dunmore'])[0]).toMatchObject({ eventDate: '2026-07', status: 'confirmed' });
  });
  it('"sera proposée à partir de" is a launch', () => {
    const c = claimsOf(
      'Pelvane Énergie lance une offre qui sera proposée aux communes à partir de mars 2027.',
      'fr',
      PUB,
    );
    expect(find(c, 'launch', ['Pelvane Énergie'])[0]).toMatchObject({ eventDate: '2027-03' });
  });
  it('"ne ... pas d\'offre ... avant" and "will not ... until" are lower bounds, not denials', () => {
    const fr = claimsOf(
      'Orvelle Systèmes ne vendra pas de solution reposant sur ses capteurs avant 2028.',
      'fr',
      PUB,
    );
    const en = claimsOf(
      'Corvane Health will not make the service available to clinics until early 2028.',
      'en',
      PUB,
    );
    for (const c of [...fr, ...en].filter((x) => x.kind === 'launch'))
      expect(c).toMatchObject({ bound: 'not_before', status: 'confirmed' });
    expect(en.filter((x) => x.kind === 'launch')).toHaveLength(1);
  });
});

describe('share moves', () => {
  it('a ranking on an index names no index move ("la plus forte baisse du SBF 120", "biggest faller on the FTSE 100")', () => {
    const fr = claimsOf(
      'Pardelle a signé lundi la plus forte hausse du SBF 120 : le titre a bondi de 7,2 %.',
      'fr',
      PUB,
    );
    expect(find(fr, 'share_move', ['Pardelle'])[0]).toMatchObject({ percent: 7.2, direction: 'up' });
    const en = claimsOf(
      'Harlan Foods was the biggest faller on the FTSE 100 on Monday, its shares sliding 6.2%.',
      'en',
      PUB,
    );
    expect(find(en, 'share_move', ['Harlan Foods'])[0]).toMatchObject({
      percent: 6.2,
      eventDate: '2026-03-09',
    });
  });
  it('the day of the news that drove a move is not the move day', () => {
    const claims = claimsOf(
      "Lundi, l'action Ternelle a reculé de 2 %. À l'inverse, Bravik a bondi de 3,5 %, porté par l'annonce dimanche soir d'un contrat.",
      'fr',
      PUB,
    );
    expect(find(claims, 'share_move', ['Bravik'])[0]?.eventDate).toBe('2026-03-09');
  });
  it('a technology cutting losses or an order book rising is no share move', () => {
    expect(
      claimsOf(
        "Selon Ternelle, le procédé de Bravik permet de diminuer de 30 % la consommation d'eau.",
        'fr',
        PUB,
      ).filter((c) => c.kind === 'share_move'),
    ).toEqual([]);
    expect(
      claimsOf(
        "Shares in Colbeck rose 2% on Monday. Colbeck's order book grew 24% over the year.",
        'en',
        PUB,
      ).filter((c) => c.kind === 'share_move'),
    ).toHaveLength(1);
  });
});

describe('certifications and statements', () => {
  it('SOC 2 keeps its type', () => {
    const c = claimsOf('Ravelin Cyber said it had obtained a SOC 2 Type II attestation.', 'en', PUB);
    const [certification] = find(c, 'certification', ['Ravelin Cyber']);
    expect(certification?.kind === 'certification' && certification.label).toBe('SOC 2 Type II');
  });
  it('"a rejeté ces informations" is a denial', () => {
    const c = claimsOf(
      'Selon La Tribune, Orange serait en discussions pour racheter Kestrel Networks. Orange a fermement rejeté ces informations.',
      'fr',
      PUB,
    );
    const [statement] = find(c, 'statement', ['Orange']);
    expect(statement?.kind === 'statement' && statement.stance).toBe('deny');
  });
  it('"pourraient unir leurs forces" is a rumoured agreement', () => {
    const c = claimsOf('Delvane Robotique et Safran pourraient bientôt unir leurs forces.', 'fr', PUB);
    expect(find(c, 'agreement', ['Delvane Robotique', 'Safran'])[0]?.status).toBe('rumour');
  });
});
