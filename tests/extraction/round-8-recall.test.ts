import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/**
 * Gold claims nobody found (mechanism round 8, recall): an offer told by the trade verb that makes it
 * available to its buyers (booked, put on shelves, handed over, carried, released, sold or made available
 * to them from a date), written afresh with other companies and other verbs.
 */
const PUB = '2026-05-12';

const launchesOf = (text: string, lang: 'fr' | 'en') =>
  claimsOf(text, lang, PUB).filter((c) => c.kind === 'launch');

describe('an offer made available by a trade verb of selling, booking or handing over, with its date', () => {
  const cases: [string, 'fr' | 'en', string, string][] = [
    [
      'Halvern Networks said its satellite backup service will not be offered to business customers before 2028.',
      'en',
      'Halvern Networks',
      '2028',
    ],
    [
      'Corbay Hotels said the four resorts would open for bookings on its own website from June 1, 2027.',
      'en',
      'Corbay Hotels',
      '2027-06-01',
    ],
    [
      'Tillmann Foods expects to put its first oat yoghurts on supermarket shelves in March 2027, its chief executive said.',
      'en',
      'Tillmann Foods',
      '2027-03',
    ],
    [
      'Pellham Bank said it planned to bring the budgeting app to European customers in September 2027.',
      'en',
      'Pellham Bank',
      '2027-09',
    ],
    [
      'Askel Motors said deliveries of the electric van to fleet customers would begin in April 2027.',
      'en',
      'Askel Motors',
      '2027-04',
    ],
    [
      'Norhaven Ferries said its new Bergen route would carry its first passengers on May 4, 2027.',
      'en',
      'Norhaven Ferries',
      '2027-05-04',
    ],
    [
      'Maravel Hôtels a indiqué que ses nouvelles suites seraient réservables à partir du 15 mars 2027.',
      'fr',
      'Maravel Hôtels',
      '2027-03-15',
    ],
    [
      'Tessival Santé mettra son outil de facturation à la disposition des pharmacies à partir de janvier 2027.',
      'fr',
      'Tessival Santé',
      '2027-01',
    ],
    [
      'Brenac Sports vendra ces vélos dans ses cinquante magasins à partir du 2 septembre 2027.',
      'fr',
      'Brenac Sports',
      '2027-09-02',
    ],
    [
      'Ondalys a précisé qu’il distribuerait la gamme dans ses agences européennes à partir d’avril 2028.',
      'fr',
      'Ondalys',
      '2028-04',
    ],
    [
      'Pixelune a annoncé lundi que son prochain jeu sortirait le 12 octobre 2027 sur consoles.',
      'fr',
      'Pixelune',
      '2027-10-12',
    ],
    [
      'Kervoz Ferries a précisé que sa nouvelle liaison transporterait ses premiers passagers le 3 juin 2027.',
      'fr',
      'Kervoz Ferries',
      '2027-06-03',
    ],
  ];
  for (const [text, lang, party, date] of cases)
    it(`${party} ${date}`, () => {
      const c = find(launchesOf(text, lang), 'launch', [party])[0];
      expect(c?.kind === 'launch' ? c.eventDate : undefined).toBe(date);
      expect(c?.status).toBe('confirmed');
    });

  it('a lower bound stays a lower bound when the offer is told as not offered before a date', () => {
    const [c] = launchesOf(
      'Halvern Networks said its satellite backup service will not be offered to business customers before 2028.',
      'en',
    );
    expect(c?.kind === 'launch' ? c.bound : undefined).toBe('not_before');
  });

  it('a business sold, a count brought to a total, staff seconded or an exit are no launch', () => {
    const none: [string, 'fr' | 'en'][] = [
      ['Brenac Sports vendra sa filiale italienne à partir de 2027, selon son président.', 'fr'],
      ['Tessival mettra trois ingénieurs à la disposition de la mairie à partir de janvier 2027.', 'fr'],
      ['Ardian sortirait du capital de Pixelune en 2027, selon nos informations.', 'fr'],
      ['The deal will bring the total to 40,000 customers by 2027, Pellham Bank said.', 'en'],
      [
        'Shareholders of Corbay Hotels will not be offered a higher price before 2028, the bidder said.',
        'en',
      ],
      ['The old ferry will carry its last passengers on May 4, 2027, Norhaven Ferries said.', 'en'],
      ['Halvern Networks said the company was put up for sale in March 2027.', 'en'],
    ];
    for (const [text, lang] of none) expect(launchesOf(text, lang), text).toEqual([]);
  });
});
