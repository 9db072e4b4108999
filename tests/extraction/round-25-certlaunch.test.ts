import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * Certifications and launches, session 25: a label renewed by recertification ("had been recertified to ISO 13485
 * by …", « a été recertifiée ISO 9001 ») is a label obtained, with its issuer; a scheme named by its title before
 * its noun ("certified under the Red Tractor dairy standard", "approved under the Leaping Bunny programme") is the
 * label; bookings opened ("will open bookings for …", "Reservations for … will open on …", "would be bookable from
 * …") date an offer's availability.
 */
const TUE = '2028-03-21'; // a Tuesday

const certs = (claims: Claim[]) =>
  claims.flatMap((c) =>
    c.kind === 'certification' ? [{ parties: c.parties, label: c.label, issuer: c.issuer }] : [],
  );
const launches = (claims: Claim[]) =>
  claims.flatMap((c) => (c.kind === 'launch' ? [{ parties: c.parties, date: c.eventDate }] : []));

describe('a recertification is a label obtained', () => {
  it('reads "recertified to" with its issuer, and « recertifiée »', () => {
    expect(
      certs(
        claimsOf(
          'Morvane Medical said its Lorient plant had been recertified to ISO 13485 by TÜV SÜD.',
          'en',
          TUE,
        ),
      ),
    ).toEqual([{ parties: ['Morvane Medical'], label: 'ISO 13485', issuer: 'TÜV SÜD' }]);
    expect(certs(claimsOf('Tessaline Industrie a été recertifiée ISO 9001 en février.', 'fr', TUE))).toEqual([
      { parties: ['Tessaline Industrie'], label: 'ISO 9001' },
    ]);
  });

  it('counter-examples: a recertification hoped for is no label obtained', () => {
    expect(
      certs(claimsOf('Morvane Medical hopes to be recertified to ISO 13485 next year.', 'en', TUE)),
    ).toEqual([]);
    expect(
      certs(claimsOf("Tessaline Industrie espère être recertifiée ISO 9001 l'an prochain.", 'fr', TUE)),
    ).toEqual([]);
  });
});

describe('a scheme named by its title before its noun', () => {
  it('reads "certified under the X … standard" and "approved under the X programme"', () => {
    expect(
      certs(
        claimsOf(
          'Quorrel Dairies said its Leeds dairy had been certified under the Blue Meadow dairy standard.',
          'en',
          TUE,
        ),
      ),
    ).toEqual([{ parties: ['Quorrel Dairies'], label: 'Blue Meadow' }]);
    expect(
      certs(
        claimsOf(
          'Haskwell Beauty said its range had been approved under the Gentle Paw programme.',
          'en',
          TUE,
        ),
      ),
    ).toEqual([{ parties: ['Haskwell Beauty'], label: 'Gentle Paw' }]);
  });

  it('counter-example: a scheme only aimed at is no label', () => {
    expect(
      certs(
        claimsOf(
          'Quorrel Dairies expects to be certified under the Blue Meadow dairy standard in 2029.',
          'en',
          TUE,
        ),
      ),
    ).toEqual([]);
  });
});

describe('bookings opened date an availability', () => {
  it('reads "will open bookings", "Reservations for … will open on …" and "would be bookable from"', () => {
    expect(
      launches(
        claimsOf('Selvane Cruises will open bookings for its first itineraries in October 2028.', 'en', TUE),
      ),
    ).toEqual([{ parties: ['Selvane Cruises'], date: '2028-10' }]);
    expect(
      launches(
        claimsOf(
          "Reservations for the new villas will open on Tavernel Hotels' own booking platform on 1 May 2028.",
          'en',
          TUE,
        ),
      ),
    ).toEqual([{ parties: ['Tavernel Hotels'], date: '2028-05-01' }]);
    expect(
      launches(claimsOf('Tavernel Hotels said its new suites would be bookable from 1 May.', 'en', TUE)),
    ).toEqual([{ parties: ['Tavernel Hotels'], date: '2028-05-01' }]);
  });

  it('counter-examples: a booking taken or a room free is no launch', () => {
    expect(launches(claimsOf('Tavernel Hotels said bookings rose 12% in February.', 'en', TUE))).toEqual([]);
    expect(launches(claimsOf('The meeting room is bookable by staff.', 'en', TUE))).toEqual([]);
  });
});
