import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/**
 * Round 14, names: a demonym that opens a company's name ("American Tower", "Nordic Gateway Retail") is
 * dropped by the sentence's name reader, which cannot tell it from a nationality adjective ("Dutch
 * Marveld Energy"). The article can: a name's own first word is written with it every time. Every
 * sentence is invented for this file, with other companies than the corpora's.
 */
const PUB = '2029-03-15';

describe('a demonym the article never leaves off is the name’s first word', () => {
  it('"Canadian Larkfield … Canadian Larkfield declined": the statement names the whole company', () => {
    const claims = claimsOf(
      'Canadian Larkfield and Corvel Robotics have signed a five-year supply agreement for warehouse sensors. Canadian Larkfield declined to comment on the price.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Canadian Larkfield', 'Corvel Robotics'])).toHaveLength(1);
    expect(find(claims, 'statement', ['Canadian Larkfield'])).toHaveLength(1);
    expect(find(claims, 'statement', ['Larkfield'])).toEqual([]);
  });

  it('"Irish Halvard Freight" written in full, then "Irish Halvard": the short form takes the full name', () => {
    const claims = claimsOf(
      'Irish Halvard Freight has agreed to buy Tollmere Logistics for £40m. Irish Halvard said the deal would close in June.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Irish Halvard Freight', 'Tollmere Logistics'])).toHaveLength(1);
  });
});

describe('a demonym that only describes the company stays out of its name', () => {
  it('written once: "Dutch Brenvel Energy" is Brenvel Energy, described', () => {
    const claims = claimsOf(
      'Oslo-listed Saltvik and Dutch Brenvel Energy formed a joint venture called Tidemark on Monday.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Saltvik', 'Brenvel Energy'])).toHaveLength(1);
  });

  it('the article also writes the name bare: the demonym describes it', () => {
    const claims = claimsOf(
      'Swedish Korvik Foods has agreed to buy Tollmere Bakeries. Swedish Korvik Foods is the second-largest baker in the Nordics. Korvik Foods said the deal would close in June.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Korvik Foods', 'Tollmere Bakeries'])).toHaveLength(1);
    expect(find(claims, 'acquisition', ['Swedish Korvik Foods', 'Tollmere Bakeries'])).toEqual([]);
  });

  it('French demonyms are lowercase words: « l’américain Corvel Systems » stays Corvel Systems', () => {
    const claims = claimsOf(
      "Saltane Industrie a signé un accord de distribution avec l'américain Corvel Systems. Corvel Systems n'a pas souhaité commenter.",
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['Saltane Industrie', 'Corvel Systems'])).toHaveLength(1);
    expect(find(claims, 'statement', ['Corvel Systems'])).toHaveLength(1);
  });
});
