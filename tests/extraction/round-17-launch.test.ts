import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-of.ts';

/**
 * Round 17, who launches: a joint venture the founders' deal has just created launches the offer the next
 * sentences tell of with no owner ("The first product …", « La plateforme … »), not one of its founders. A venture
 * named only in passing, or a deal that created none, leaves the offer to the pair as before. Every sentence is
 * invented for this file.
 */
const PUB = '2029-03-15';
const launchers = (claims: ReturnType<typeof claimsOf>) =>
  claims.filter((c) => c.kind === 'launch').map((c) => [...c.parties].sort());

describe("a venture's offer told with no owner", () => {
  it('"The first product, a …, will be available": the venture just created launches it', () => {
    const claims = claimsOf(
      'Harrowgate Media and Velden Rundfunk said on Monday they would set up a joint venture, to be called Brightwell, to build streaming software for European broadcasters. The first product, a subscription video platform for regional channels, will be available to customers from March 2030, the companies said.',
      'en',
      PUB,
    );
    expect(launchers(claims)).toEqual([['Brightwell']]);
  });

  it('« La plateforme ne sera pas lancée avant juin 2030 » after « la création de Ciramel, une coentreprise »', () => {
    const claims = claimsOf(
      'Sorelle Médias et Vautrin Films ont annoncé lundi la création de Ciramel, une coentreprise détenue à parts égales qui réunira leurs catalogues de séries. La plateforme ne sera pas lancée avant juin 2030, le temps de négocier avec les producteurs.',
      'fr',
      PUB,
    );
    expect(launchers(claims)).toEqual([['Ciramel']]);
  });

  it('"The full service, including X\'s tools, …": a partner named inside the offer launches nothing', () => {
    const claims = claimsOf(
      'Ostrava Cloud has signed an agreement with Tellmark Systems to form Quorvia, a sovereign cloud joint venture. The full service, including Ostrava Cloud’s analytics tools, will be available no earlier than 2030, Tellmark said.',
      'en',
      PUB,
    );
    expect(launchers(claims)).toEqual([['Quorvia']]);
  });
});

describe('a venture named in the sentence after the deal', () => {
  it('"… in a joint venture. The venture, to be called X, …": the next offer is the venture\'s', () => {
    const claims = claimsOf(
      'Marlow Broadcasting and Keppel Rundfunk have agreed to pool their streaming technology in a joint venture that will license video platforms to smaller channels. The venture, to be called Ambergate, will be owned equally by the two groups. The first product, a catch-up television platform, will be available to customers from April 2030, the companies said.',
      'en',
      PUB,
    );
    expect(launchers(claims)).toEqual([['Ambergate']]);
  });

  it('a venture named only as background, not taken up after the deal: the pair keeps the offer', () => {
    const claims = claimsOf(
      'Marlow Broadcasting and Keppel Rundfunk have signed a partnership to run a sovereign video cloud from Marlow data centres. Keppel already owns Ambergate, a joint venture with Orange called Ambergate Cloud. The service will not be available before 2030, the companies said.',
      'en',
      PUB,
    );
    expect(launchers(claims)).not.toContainEqual(['Ambergate']);
    expect(launchers(claims)).not.toContainEqual(['Ambergate Cloud']);
  });
});

describe('what stays with the pair', () => {
  it('a partnership that creates no venture: "The service" is both partners\'', () => {
    const claims = claimsOf(
      'Carlow Telecom has signed an agreement with Pennard Software to run a sovereign version of its cloud from Carlow data centres. The service will not be available before the second half of 2030, the companies said.',
      'en',
      PUB,
    );
    expect(launchers(claims)).toEqual([['Carlow Telecom', 'Pennard Software']]);
  });

  it("a venture recalled in passing beside a distribution deal: the deal's pair launches", () => {
    const claims = claimsOf(
      'Dravant will offer the translation models of Lunaro AI through its cloud under a distribution agreement announced on Tuesday, a month after Lunaro set up a joint venture with Orange called Pellune. The models will be available to Dravant customers from 8 November, the companies said.',
      'en',
      PUB,
    );
    expect(launchers(claims)).not.toContainEqual(['Pellune']);
  });
});
