import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-of.ts';

/**
 * Round 20, launches: a dividend proposed is no offer, a word of a company's name is no launch word, « la banque »
 * stands for the Banque the article named, the offer told right after a pair's deal is the pair's, « puis en … » and
 * ", then in …" roll a launch out later, and more trade verbs of availability ("begin streaming on", "start processing
 * payments"). Every sentence is invented for this file.
 */
const PUB = '2028-03-01';
const launches = (text: string, lang: 'fr' | 'en') =>
  claimsOf(text, lang, PUB)
    .filter((c) => c.kind === 'launch')
    .map((c) => ({
      parties: [...c.parties].sort(),
      date: c.kind === 'launch' ? c.eventDate : undefined,
    }));

describe('a payout to shareholders is no offer put on sale', () => {
  it('« doit proposer le 14 mai un dividende »: no launch', () => {
    expect(
      launches(
        'Le groupe Fermanel doit proposer le 14 mai un dividende en hausse de 5 %, selon le calendrier publié.',
        'fr',
      ),
    ).toEqual([]);
  });

  it('"will offer shareholders a special dividend from April 20": no launch', () => {
    expect(
      launches('Harrowgate Foods will offer shareholders a special dividend from April 20.', 'en'),
    ).toEqual([]);
  });

  it('counter-examples: an offer proposed to customers, an app offered to customers', () => {
    expect(
      launches('Le groupe Fermanel proposera le 14 mai une offre d’épargne en ligne aux particuliers.', 'fr'),
    ).toEqual([{ parties: ['Fermanel'], date: '2028-05-14' }]);
    expect(launches('Harrowgate Foods will offer its savings app to customers from April 20.', 'en')).toEqual(
      [{ parties: ['Harrowgate Foods'], date: '2028-04-20' }],
    );
  });
});

describe('a launch word inside a company’s name', () => {
  it('"The deal is Live Orbit’s third in Europe this year": no launch', () => {
    expect(
      launches(
        'Live Orbit Media bought the festival on Monday. The deal is Live Orbit’s third in Europe this year.',
        'en',
      ),
    ).toEqual([]);
  });

  it('counter-example: a service going live this year', () => {
    expect(launches('Orbitel said its streaming service will be live in Spain this year.', 'en')).toEqual([
      { parties: ['Orbitel'], date: '2028' },
    ]);
  });
});

describe('« la banque » for the Banque the article named', () => {
  it('« La banque privée distribuera … les contrats de l’assureur »: the bank sells, not the insurer', () => {
    expect(
      launches(
        'Banque Ferrand et Assurvie ont signé lundi un accord de bancassurance. La banque privée distribuera à partir du 1er juin les contrats de l’assureur à sa clientèle.',
        'fr',
      ),
    ).toEqual([{ parties: ['Banque Ferrand'], date: '2028-06-01' }]);
  });

  it('counter-example: a bank whose name holds no « Banque » is not found by the word', () => {
    expect(
      launches(
        'Crédit Salvan et Assurvie ont signé lundi un accord de bancassurance. La banque privée distribuera à partir du 1er juin les contrats de l’assureur à sa clientèle.',
        'fr',
      ).map((l) => l.parties),
    ).not.toContainEqual(['Crédit Salvan']);
  });
});

describe('the offer told right after a pair’s deal', () => {
  it('« ont officialisé un partenariat. Le service sera disponible … »: the pair launches', () => {
    expect(
      launches(
        'Dorvel et Kessane Banque ont officialisé mardi un partenariat qui permettra aux commerçants d’emprunter depuis leur téléphone. Le service sera disponible au Sénégal à partir du 10 avril.',
        'fr',
      ),
    ).toEqual([{ parties: ['Dorvel', 'Kessane Banque'], date: '2028-04-10' }]);
  });

  it('counter-example: a bare deal leaves the offer to the subject’s company', () => {
    expect(
      launches(
        'Dorvel a signé avec Kessane Banque. Le service sera disponible au Sénégal à partir du 10 avril.',
        'fr',
      ),
    ).toEqual([{ parties: ['Dorvel'], date: '2028-04-10' }]);
  });

  it('counter-example: one of the pair telling of it launches it alone', () => {
    expect(
      launches(
        'Dorvel et Kessane Banque ont officialisé mardi un partenariat qui permettra aux commerçants d’emprunter depuis leur téléphone. Le service sera disponible au Sénégal à partir du 10 avril, a précisé Dorvel.',
        'fr',
      ),
    ).toEqual([{ parties: ['Dorvel'], date: '2028-04-10' }]);
  });
});

describe('« puis en … », ", then in …": a later rollout in the launch’s sentence', () => {
  it('« le 3 avril, puis en France et en Espagne au second semestre »: two launches', () => {
    expect(
      launches(
        'Velnor ouvrira son offre de paiement aux commerçants belges le 3 avril, puis en France et en Espagne au second semestre.',
        'fr',
      ),
    ).toEqual([
      { parties: ['Velnor'], date: '2028-04-03' },
      { parties: ['Velnor'], date: '2028' },
    ]);
  });

  it('"on April 3, then in France and Spain in the second half": two launches', () => {
    expect(
      launches(
        'Velnor Payments will launch its card service in Belgium on April 3, then in France and Spain in the second half.',
        'en',
      ),
    ).toEqual([
      { parties: ['Velnor Payments'], date: '2028-04-03' },
      { parties: ['Velnor Payments'], date: '2028' },
    ]);
  });

  it('counter-example: with no date after the places, one launch', () => {
    expect(
      launches(
        'Velnor ouvrira son offre de paiement aux commerçants belges le 3 avril, puis en France et en Espagne, selon un calendrier à préciser.',
        'fr',
      ),
    ).toEqual([{ parties: ['Velnor'], date: '2028-04-03' }]);
  });
});

describe('trade verbs of availability', () => {
  it('"will begin streaming on Streamora from March 3": the platform launches', () => {
    expect(
      launches(
        'Pennard Films signed a licensing deal with Streamora Media. The films will begin streaming on Streamora from March 3, the streamer said.',
        'en',
      ),
    ).toEqual([{ parties: ['Streamora Media'], date: '2028-03-03' }]);
  });

  it('"would start processing payments for Danish merchants in September"', () => {
    expect(
      launches('Paymira said it would start processing payments for Danish merchants in September.', 'en'),
    ).toEqual([{ parties: ['Paymira'], date: '2028-09' }]);
  });

  it('counter-example: payments processed in a past month are no launch', () => {
    expect(launches('Paymira processed payments for 4,000 merchants in September.', 'en')).toEqual([]);
  });
});

describe('names and bids that are no launch', () => {
  it('"on consoles and PC": PC is no initials of a company the article names', () => {
    expect(
      launches(
        'Harnden, chief executive of Tessaly Games, spoke to analysts. The first game will ship in October 2028 on consoles and PC. Marcus Dellow of Pinecrest Capital asked about margins.',
        'en',
      ),
    ).toEqual([{ parties: ['Tessaly Games'], date: '2028-10' }]);
  });

  it('counter-example: bracketed initials still stand for their company', () => {
    expect(
      launches(
        'Harwick Digital Systems (HDS) makes payment terminals. HDS will launch its new terminal in October 2028.',
        'en',
      ),
    ).toEqual([{ parties: ['Harwick Digital Systems'], date: '2028-10' }]);
  });

  it('"did not make an offer": a bid, no offer to customers', () => {
    expect(
      launches(
        'Brannock Aviation had looked at Trelmore earlier this year but did not make an offer, according to two people close to the process.',
        'en',
      ),
    ).toEqual([]);
  });

  it('« se verraient proposer le même prix de 41,50 euros par action »: a price per share', () => {
    expect(
      launches(
        'Le distributeur a précisé que les actionnaires minoritaires de Verdane se verraient proposer le même prix de 41,50 euros par action à partir du 7 septembre.',
        'fr',
      ),
    ).toEqual([]);
  });

  it('« l’arrivée de Fjellmark Pharma »: a company arriving is no offer', () => {
    expect(
      launches(
        'Pour la Mayenne, l’arrivée de Fjellmark Pharma est une bonne nouvelle : Quérande prévoit 90 embauches d’ici 2029.',
        'fr',
      ),
    ).toEqual([]);
  });

  it('counter-example: « l’arrivée de la fibre de Quérande Télécom … est prévue en 2029 »', () => {
    expect(
      launches('L’arrivée de la fibre de Quérande Télécom dans la vallée est prévue en 2029.', 'fr'),
    ).toEqual([{ parties: ['Quérande Télécom'], date: '2029' }]);
  });

  it('« Ce quai …, dont la mise en service est attendue en septembre 2029 »: a quay, no offer', () => {
    expect(
      launches(
        'Le port de Brenmar a signé avec Ostalis. Ce quai de 700 mètres, dont la mise en service est attendue en septembre 2029, pourra accueillir les plus grands navires.',
        'fr',
      ),
    ).toEqual([]);
  });

  it('counter-example: a service whose opening is expected is still an offer', () => {
    expect(
      launches('Le nouveau service de réservation de Brenmar Ports est attendu en septembre 2029.', 'fr'),
    ).toEqual([{ parties: ['Brenmar Ports'], date: '2029-09' }]);
  });
});

describe('a season with no year, beside a launch still to come', () => {
  it('« lancera à l’automne » in March: this year’s autumn', () => {
    expect(
      claimsOf('Vermande lancera à l’automne une gamme de savons solides sous sa marque.', 'fr', '2028-03-23')
        .filter((c) => c.kind === 'launch')
        .map((c) => [c.parties, c.kind === 'launch' ? c.eventDate : undefined]),
    ).toEqual([[['Vermande'], '2028']]);
  });

  it('"will launch … in the spring" in November: next year’s spring', () => {
    expect(
      claimsOf('Vermande will launch its payment app in the spring.', 'en', '2027-11-18')
        .filter((c) => c.kind === 'launch')
        .map((c) => [c.parties, c.kind === 'launch' ? c.eventDate : undefined]),
    ).toEqual([[['Vermande'], '2028']]);
  });

  it('counter-example: a launch told as done in a past season is no planned launch', () => {
    expect(
      claimsOf(
        'Vermande a lancé au printemps une gamme de savons solides, déjà vendue dans 300 magasins.',
        'fr',
        '2028-09-23',
      ).filter((c) => c.kind === 'launch'),
    ).toEqual([]);
  });

  it('counter-example: an offer with no owner named, in a season, is the dated launch told again', () => {
    expect(
      claimsOf(
        'Ysandre commercialisera à partir d’octobre 2028 une offre de stockage. Une première offre, non qualifiée, arrivera dès l’automne.',
        'fr',
        '2028-03-23',
      )
        .filter((c) => c.kind === 'launch')
        .map((c) => (c.kind === 'launch' ? c.eventDate : undefined)),
    ).toEqual(['2028-10']);
  });
});
