import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/** Classes of errors a seventh unseen corpus showed, written afresh with invented companies. */
const PUB = '2026-04-08'; // a Wednesday

describe('French future-in-the-past in reported speech', () => {
  it('a company officer (possessive) reporting its plan in the conditional confirms it', () => {
    const claims = claimsOf(
      'Dravel Systèmes a signé un partenariat avec Orange.\n\nSon président, Marc Olivier, a précisé que la plateforme devrait ouvrir en septembre 2026.',
      'fr',
      PUB,
    );
    expect(find(claims, 'launch', ['Dravel Systèmes'])).toEqual([
      expect.objectContaining({ status: 'confirmed', eventDate: '2026-09' }),
    ]);
  });

  it('the company itself under a short name reporting in the conditional confirms it', () => {
    const claims = claimsOf(
      'Les Laboratoires Ferrandel ont signé un accord de licence avec Sanofi.\n\nFerrandel a indiqué que le premier produit serait disponible en mars 2027.',
      'fr',
      PUB,
    );
    expect(find(claims, 'launch', ['Laboratoires Ferrandel'])).toEqual([
      expect.objectContaining({ status: 'confirmed', eventDate: '2027-03' }),
    ]);
  });

  it('a conditional with anonymous sources and no speaking frame stays a rumour', () => {
    const claims = claimsOf(
      'Selon des sources proches du dossier, la plateforme de Dravel Systèmes serait disponible en septembre 2026.',
      'fr',
      PUB,
    );
    expect(find(claims, 'launch', ['Dravel Systèmes'])).toEqual([
      expect.objectContaining({ status: 'rumour' }),
    ]);
  });
});

describe('launch phrasings', () => {
  it('"mettre … sur le marché en <mois>", "arrivera sur le marché", "ouvrira en <mois>"', () => {
    const put = claimsOf(
      'La société Cerval Optique compte mettre sa nouvelle famille de capteurs, baptisée Cerval Nox, sur le marché en novembre 2026.',
      'fr',
      PUB,
    );
    expect(find(put, 'launch', ['Cerval Optique'])).toEqual([
      expect.objectContaining({ eventDate: '2026-11', status: 'confirmed' }),
    ]);
    const arrive = claimsOf(
      'Dravel Systèmes a signé un partenariat avec Orange.\n\nLa plateforme arrivera sur le marché en janvier 2027.',
      'fr',
      PUB,
    );
    expect(arrive.filter((c) => c.kind === 'launch')).toEqual([
      expect.objectContaining({ eventDate: '2027-01' }),
    ]);
    const opens = claimsOf(
      'Dravel Systèmes a signé un partenariat avec Orange.\n\nLa plateforme ouvrira en janvier 2027, a précisé Dravel Systèmes.',
      'fr',
      PUB,
    );
    expect(find(opens, 'launch', ['Dravel Systèmes'])).toEqual([
      expect.objectContaining({ eventDate: '2027-01', status: 'confirmed' }),
    ]);
  });

  it('"the platform will open in <month>" and "the two groups plan to launch"', () => {
    const claims = claimsOf(
      'Harwick Foods has signed a partnership with Tallon Dairies. The two groups plan to launch a joint range in March 2027.',
      'en',
      PUB,
    );
    expect(find(claims, 'launch', ['Harwick Foods', 'Tallon Dairies'])).toEqual([
      expect.objectContaining({ eventDate: '2027-03' }),
    ]);
    const open = claimsOf(
      'Harwick Foods said its new ordering platform would open to customers in January 2027.',
      'en',
      PUB,
    );
    expect(find(open, 'launch', ['Harwick Foods'])).toEqual([
      expect.objectContaining({ eventDate: '2027-01', status: 'confirmed' }),
    ]);
  });
});

describe('buying output, electricity or products is no acquisition', () => {
  it('a power purchase agreement stays an agreement', () => {
    const claims = claimsOf(
      'Harwick Energy has signed a ten-year power purchase agreement with Tallon Solar, under which it will buy the output of a solar park Tallon is building in Kent.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'acquisition')).toHaveLength(0);
    expect(find(claims, 'agreement', ['Harwick Energy', 'Tallon Solar'])).toHaveLength(1);
  });

  it('French "rachètera la production" is no acquisition, "rachètera <société>" is', () => {
    const output = claimsOf(
      'Dravel Énergie rachètera la production du parc de Marlet Power pendant quinze ans.',
      'fr',
      PUB,
    );
    expect(output.filter((c) => c.kind === 'acquisition')).toHaveLength(0);
    const company = claimsOf('Dravel Énergie rachètera Marlet Power pour 40 millions d’euros.', 'fr', PUB);
    expect(find(company, 'acquisition', ['Dravel Énergie', 'Marlet Power'])).toHaveLength(1);
  });

  it('a company whose name ends in a goods word can still be bought', () => {
    const claims = claimsOf('Harwick Holdings agreed to buy Quillon Software on Monday.', 'en', PUB);
    expect(find(claims, 'acquisition', ['Harwick Holdings', 'Quillon Software'])).toHaveLength(1);
  });
});

describe('a gerund opening a sentence is no company', () => {
  it('"Securing a buyer …" / "Expanding the range …" give no party', () => {
    const claims = claimsOf(
      '"Winning a partner of this size changes everything," said the chief executive of Tallon Dairies, who added that talks with lenders would conclude soon.',
      'en',
      PUB,
    );
    expect(claims.some((c) => c.parties.includes('Winning'))).toBe(false);
  });
});

describe('a denied report of an approach or an offer', () => {
  it('English: the approach is a denied acquisition, the quote adds no agreement', () => {
    const claims = claimsOf(
      'Harwick Foods on Monday denied a press report that it had made an approach for Tallon Dairies. "There have been no talks with Tallon and we have no intention of making a bid," a Harwick spokesman said.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Harwick Foods', 'Tallon Dairies'])).toEqual([
      expect.objectContaining({ status: 'denied' }),
    ]);
    expect(claims.filter((c) => c.kind === 'agreement')).toHaveLength(0);
  });

  it('French: "a démenti … avoir fait une offre pour X" is a denied acquisition', () => {
    const claims = claimsOf(
      'Le groupe Dravel a démenti mardi un article selon lequel il aurait fait une offre pour Marlet Chaussures. « Il n’y a eu aucune discussion avec Marlet », a indiqué un porte-parole de Dravel.',
      'fr',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Dravel', 'Marlet Chaussures'])).toEqual([
      expect.objectContaining({ status: 'denied' }),
    ]);
    expect(claims.filter((c) => c.kind === 'agreement')).toHaveLength(0);
  });
});

describe('talks to buy a stake', () => {
  it('"en négociations exclusives pour acquérir 35 % du capital des X" is a rumoured acquisition with its stake', () => {
    const claims = claimsOf(
      'Dravel Industries serait en négociations exclusives pour acquérir 35 % du capital des Tanneries Marlet, selon plusieurs sources.',
      'fr',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Dravel Industries', 'Tanneries Marlet'])).toEqual([
      expect.objectContaining({ status: 'rumour', percent: 35 }),
    ]);
  });

  it('"pour reprendre 40 % de X" is an acquisition, not a share move', () => {
    const claims = claimsOf(
      'Dravel Industries est en discussions avancées pour reprendre 40 % de Marlet Chaussures.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'share_move')).toHaveLength(0);
    expect(find(claims, 'acquisition', ['Dravel Industries', 'Marlet Chaussures'])).toEqual([
      expect.objectContaining({ percent: 40 }),
    ]);
  });

  it('"agreed to buy 30% of X" carries its stake', () => {
    const claims = claimsOf('Harwick Foods agreed to buy 30% of Tallon Dairies on Monday.', 'en', PUB);
    expect(find(claims, 'acquisition', ['Harwick Foods', 'Tallon Dairies'])).toEqual([
      expect.objectContaining({ percent: 30 }),
    ]);
  });
});

describe('no answer from a company named after "la direction de" / "a spokeswoman for"', () => {
  it('French non-response cues give a no-comment statement', () => {
    const claims = claimsOf(
      'Dravel Industries serait en négociations pour racheter les Tanneries Marlet. La direction des Tanneries Marlet n’avait pas donné suite à nos appels.',
      'fr',
      PUB,
    );
    expect(find(claims, 'statement', ['Tanneries Marlet'])).toEqual([
      expect.objectContaining({ stance: 'no_comment', status: 'rumour' }),
    ]);
  });

  it('English non-response cues give a no-comment statement', () => {
    const claims = claimsOf(
      'Harwick Foods is in talks to buy Tallon Dairies, people familiar with the matter said. Tallon Dairies could not be reached. A spokeswoman for Harwick Foods did not respond to requests for comment.',
      'en',
      PUB,
    );
    expect(find(claims, 'statement', ['Tallon Dairies'])).toHaveLength(1);
    expect(find(claims, 'statement', ['Harwick Foods'])).toHaveLength(1);
  });
});

describe('a share move without a day of its own', () => {
  it('takes the last day its paragraph named', () => {
    const claims = claimsOf(
      'Tallon Dairies shares, which had jumped 12% on Monday, fell 4.5% on Tuesday. Harwick Foods closed 0.8% lower in London.',
      'en',
      PUB,
    );
    expect(find(claims, 'share_move', ['Harwick Foods'])).toEqual([
      expect.objectContaining({ eventDate: '2026-04-07', percent: 0.8, direction: 'down' }),
    ]);
  });
});

describe('an issuer named after "certification … by"', () => {
  it('"awarded ISO 14001 certification by X" gives X as issuer, not as a holder', () => {
    const claims = claimsOf(
      'Tallon Dairies was awarded ISO 14001 certification by Veritane Assurance on Monday.',
      'en',
      PUB,
    );
    expect(find(claims, 'certification', ['Tallon Dairies'])).toEqual([
      expect.objectContaining({ label: 'ISO 14001', issuer: 'Veritane Assurance' }),
    ]);
  });
});

describe('an unregistered company after a verb of speech speaks; an outlet after it is cited', () => {
  it('", a indiqué <Société>" is the company speaking, not a cited source', () => {
    const claims = claimsOf(
      'La plateforme sera disponible en juin 2026, a indiqué Brumelle Logiciels.',
      'fr',
      PUB,
    );
    expect(find(claims, 'launch', ['Brumelle Logiciels'])).toEqual([
      expect.objectContaining({ status: 'confirmed', eventDate: '2026-06' }),
    ]);
    expect(claims[0]?.attribution).toBeUndefined();
  });

  it('an outlet after the verb stays an attribution, and a person with a role is no party', () => {
    const outlet = claimsOf(
      'Dravel Industries serait en négociations pour racheter Marlet Chaussures, a indiqué le Courrier Picard.',
      'fr',
      PUB,
    );
    expect(find(outlet, 'acquisition', ['Dravel Industries', 'Marlet Chaussures'])).toEqual([
      expect.objectContaining({ status: 'rumour', attribution: 'Courrier Picard' }),
    ]);
    const person = claimsOf(
      '« Il n’y a aucune discussion avec Dravel Industries », a affirmé Hugues Tanvier, directeur général de la société.',
      'fr',
      PUB,
    );
    expect(person.some((c) => c.parties.includes('Hugues Tanvier'))).toBe(false);
  });
});
