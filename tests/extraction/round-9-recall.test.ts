import { describe, expect, it } from 'vitest';
import { claimsOf, expectHolds, find } from './claims-of.ts';

/**
 * Round 9, recall: gold claims the engine read nothing for at all, by the way the sentence tells them.
 * Each class written afresh, with other companies, verbs and labels than the corpora's.
 */
const PUB = '2028-05-17'; // a Wednesday

const certifications = (text: string, lang: 'fr' | 'en') =>
  claimsOf(text, lang, PUB).filter((c) => c.kind === 'certification');

describe('a label won told by a superlative subject ("the first … to be certified", « le premier … à obtenir »)', () => {
  it('the infinitive after "first", "only" tells a label already held', () => {
    expectHolds(
      'Veolia became the first water company in Europe to be certified to ISO 46001 by Bureau Veritas.',
      'en',
      PUB,
      'Veolia',
      'ISO 46001',
    );
    expectHolds(
      'Last month Getlink became the only rail operator to achieve ISO 50001 certification for its whole network.',
      'en',
      PUB,
      'Getlink',
      'ISO 50001',
    );
    expectHolds(
      'Getlink est devenu en mars le premier opérateur ferroviaire européen à obtenir la certification ISO 50001.',
      'fr',
      PUB,
      'Getlink',
      'ISO 50001',
    );
    expectHolds(
      'Nexans est la seule entreprise du secteur à être certifiée ISO 14001 sur tous ses sites.',
      'fr',
      PUB,
      'Nexans',
      'ISO 14001',
    );
  });
  it('counter-examples: a superlative still aimed at, or a first step, is no label held', () => {
    expect(
      certifications(
        'Getlink hopes to become the first rail operator to achieve ISO 50001 certification.',
        'en',
      ),
    ).toEqual([]);
    expect(
      certifications('Getlink would be the first rail operator to obtain ISO 50001 certification.', 'en'),
    ).toEqual([]);
    expect(
      certifications(
        'Getlink deviendra le premier opérateur ferroviaire à obtenir la certification ISO 50001.',
        'fr',
      ),
    ).toEqual([]);
    expect(certifications('Getlink took the first step to obtain ISO 50001 certification.', 'en')).toEqual(
      [],
    );
    expect(
      certifications(
        'Getlink espère devenir le premier opérateur ferroviaire à obtenir la certification ISO 50001.',
        'fr',
      ),
    ).toEqual([]);
    expect(
      certifications(
        "L'audit est la première étape à franchir pour obtenir la certification ISO 50001.",
        'fr',
      ),
    ).toEqual([]);
  });
});

describe('a label named by a capitalised title beside its kind ("X status", "the X Mark", "certified as a X")', () => {
  it('the title is the label', () => {
    expectHolds(
      'Getlink became the first rail operator to be awarded the Clean Freight Mark, a label created by European shippers.',
      'en',
      PUB,
      'Getlink',
      'Clean Freight Mark',
    );
    expectHolds(
      'Arkema said on Tuesday it had been granted Safe Chemistry Partner status by the industry association.',
      'en',
      PUB,
      'Arkema',
      'Safe Chemistry Partner',
    );
    expectHolds(
      'In June Thales was certified as a Great Place to Work in Canada.',
      'en',
      PUB,
      'Thales',
      'Great Place to Work',
    );
    expectHolds(
      'Veolia said the biomethane sold at its Rouen plant had been certified as renewable under the GreenGas scheme.',
      'en',
      PUB,
      'Veolia',
      'GreenGas',
    );
    expectHolds(
      "Vinci Airports a obtenu le niveau 4 de l'Airport Carbon Accreditation pour l'aéroport de Lyon.",
      'fr',
      PUB,
      'Vinci Airports',
      'Airport Carbon Accreditation',
    );
  });
  it('counter-examples: the certifying body is the issuer, never the label; a title with no label noun stays none', () => {
    const [c] = certifications(
      'Getlink a obtenu la certification ISO 20121, délivrée par Afnor Certification.',
      'fr',
    );
    expect(c?.kind === 'certification' ? [c.label, c.issuer] : undefined).toEqual([
      'ISO 20121',
      'Afnor Certification',
    ]);
    expect(
      certifications('Getlink said it had been certified by Bureau Veritas Certification.', 'en'),
    ).toEqual([]);
    expect(certifications('Getlink won the European Rail Award on Tuesday.', 'en')).toEqual([]);
  });
});

describe('a denial told by what was not received ("received no approach", "had not been approached")', () => {
  const statements = (text: string) =>
    claimsOf(text, 'en', PUB).filter((c) => c.kind === 'statement' && c.status === 'denied');
  it('the company that says so denies', () => {
    for (const text of [
      'Suez said it had “received no approach from Veolia or anyone acting for it”.',
      // A standing position denies the deal the article told (round 13): a reported bid comes first.
      'Prysmian is said to be weighing a bid for Nexans. Nexans said on Monday it had not been approached.',
      '"We have had no approach from Prysmian, and we are not looking for one," Nexans said.',
      'Arkema said the board was not aware of any interest from BASF.',
    ]) {
      const found = statements(text);
      expect(found, text).toHaveLength(1);
    }
  });
  it('counter-examples: an approach received, or something else not received, is no denial', () => {
    expect(statements('Nexans said it had been approached by Prysmian.')).toEqual([]);
    expect(statements('Nexans has received no dividend from its Chinese joint venture.')).toEqual([]);
    expect(statements('Nexans said it had received an approach from Prysmian.')).toEqual([]);
  });
  it('the approach denied keeps its acquisition, denied', () => {
    const claims = claimsOf('Suez said it had “received no approach from Veolia”.', 'en', PUB);
    expect(find(claims, 'acquisition', ['Veolia', 'Suez'])[0]?.status).toBe('denied');
  });
});
