import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-of.ts';

/**
 * Round 18, launches: a later rollout to more countries ("Italy will follow in 2030", « l'Autriche et la Suisse
 * suivront en 2030 », "It will be followed by Poland in …") is a launch of its own, by the maker of the launch told
 * just before, at its own date. Every sentence is invented for this file.
 */
const PUB = '2029-03-15';
const launches = (claims: ReturnType<typeof claimsOf>) =>
  claims
    .filter((c) => c.kind === 'launch')
    .map((c) => ({ parties: [...c.parties].sort(), date: c.kind === 'launch' ? c.eventDate : undefined }));

describe('a later rollout to other countries', () => {
  it('"…, and Italy will follow in the first half of 2030": a second launch in the same sentence', () => {
    const claims = claimsOf(
      'Brenmoor Telecom said its prepaid roaming plan would be available in Ireland from 3 June, and Italy will follow in the first half of 2030.',
      'en',
      PUB,
    );
    expect(launches(claims)).toEqual([
      { parties: ['Brenmoor Telecom'], date: '2029-06-03' },
      { parties: ['Brenmoor Telecom'], date: '2030' },
    ]);
  });

  it('"It will be followed by Poland and Hungary in …": the sentence after the launch', () => {
    const claims = claimsOf(
      'Castelmoor Brewing said on Tuesday that its alcohol-free lager would go on sale in Germany in April 2029. It will be followed by Poland and Hungary in the second half of 2029.',
      'en',
      PUB,
    );
    expect(launches(claims)).toEqual([
      { parties: ['Castelmoor Brewing'], date: '2029-04' },
      { parties: ['Castelmoor Brewing'], date: '2029' },
    ]);
  });

  it('« L’Autriche et la Suisse suivront en 2030 »', () => {
    const claims = claimsOf(
      'Le chocolatier Maison Vérandel commercialisera sa gamme de tablettes en Belgique à partir de septembre 2029. L’Autriche et la Suisse suivront en 2030.',
      'fr',
      PUB,
    );
    expect(launches(claims)).toEqual([
      { parties: ['Maison Vérandel'], date: '2029-09' },
      { parties: ['Maison Vérandel'], date: '2030' },
    ]);
  });

  it('« …, et le Portugal suivra au second semestre 2029 »', () => {
    const claims = claimsOf(
      'La néobanque Quintary lancera son compte professionnel en Espagne le 2 mai, et le Portugal suivra au second semestre 2029, a indiqué son directeur général.',
      'fr',
      PUB,
    );
    expect(launches(claims)).toEqual([
      { parties: ['Quintary'], date: '2029-05-02' },
      { parties: ['Quintary'], date: '2029' },
    ]);
  });
});

describe('counter-examples: no rollout', () => {
  it('"others will follow" with no place and no date', () => {
    const claims = claimsOf(
      'Halvering Foods will launch its oat drinks in Denmark in May 2029. If the test works, other markets will follow.',
      'en',
      PUB,
    );
    expect(launches(claims)).toEqual([{ parties: ['Halvering Foods'], date: '2029-05' }]);
  });

  it('a tender offer that will follow is a bid, not a rollout', () => {
    const claims = claimsOf(
      'Vantrell Capital a acquis 52 % de Morvène Industries auprès de la famille fondatrice. Une offre publique suivra en juin au même prix.',
      'fr',
      PUB,
    );
    expect(launches(claims)).toEqual([]);
  });

  it('a question « suivront-ils ? » and a rollout with no launch told before', () => {
    expect(
      launches(
        claimsOf(
          'Les autres transporteurs régionaux suivront-ils le même chemin en 2030 ? Aucun ne l’a dit.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([]);
    expect(
      launches(
        claimsOf(
          'Orvand Logistics posted a 12% rise in revenue. Sweden and Norway will follow in 2030, the company said of its new depots.',
          'en',
          PUB,
        ),
      ),
    ).toEqual([]);
  });

  it('a results publication that follows is no launch', () => {
    const claims = claimsOf(
      'Kerridge Pharma said its migraine spray would be available in Britain from January 2030. Its first-quarter results will follow on 24 April.',
      'en',
      PUB,
    );
    expect(launches(claims)).toEqual([{ parties: ['Kerridge Pharma'], date: '2030-01' }]);
  });
});

describe("a product named after its maker is the maker's launch", () => {
  it('"Halloran Reserve whiskey will go on sale …" after Halloran Distillers is named', () => {
    const claims = claimsOf(
      'Brackwater Spirits has completed its purchase of Halloran Distillers, a family business from Cork. Halloran Reserve whiskey will go on sale in Germany in February 2030, the company said.',
      'en',
      PUB,
    );
    expect(launches(claims)).toEqual([{ parties: ['Halloran Distillers'], date: '2030-02' }]);
  });

  it('« lancera Norvane Trace, une plateforme … » after Norvane Logistique is named', () => {
    const claims = claimsOf(
      'Norvane Logistique a finalisé le rachat du transitaire lyonnais Ardéval. Le groupe lancera Norvane Trace, une plateforme de suivi des conteneurs, à partir du 2 septembre 2029.',
      'fr',
      PUB,
    );
    expect(launches(claims)).toEqual([{ parties: ['Norvane Logistique'], date: '2029-09-02' }]);
  });

  it('counter-examples: a unit of a group launches for itself', () => {
    const unit = claimsOf(
      'Tarrant Group sold a minority stake in its optics arm to a pension fund. Tarrant Optics, which makes lenses for about forty brands, plans to launch its own online store in Canada in May 2030.',
      'en',
      PUB,
    );
    expect(launches(unit)).toEqual([{ parties: ['Tarrant Optics'], date: '2030-05' }]);
  });
});

describe('a coordinated subject and a partnership product are the pair’s launch', () => {
  it('« X et l’armateur Y lanceront … »: the second name comes with its trade noun', () => {
    const claims = claimsOf(
      "Valmoray Logistique et l'armateur Trescal Lines lanceront le 3 juin un service de navettes ferroviaires entre Marseille et Lyon.",
      'fr',
      PUB,
    );
    expect(launches(claims)).toEqual([
      { parties: ['Trescal Lines', 'Valmoray Logistique'], date: '2029-06-03' },
    ]);
  });

  it('"X and the Danish carrier Y will launch …"', () => {
    const claims = claimsOf(
      'Valmoray Logistique and the Danish carrier Trescal Lines will launch a rail shuttle service on 3 June.',
      'en',
      PUB,
    );
    expect(launches(claims)).toEqual([
      { parties: ['Trescal Lines', 'Valmoray Logistique'], date: '2029-06-03' },
    ]);
  });

  it('« issus de cette collaboration …, a précisé Y »: the pair, not the one telling of it', () => {
    const claims = claimsOf(
      'Valmoray et Trescal Industries ont signé lundi un accord de développement commun de capteurs. Les premiers capteurs issus de cette collaboration seront disponibles pour les clients de Valmoray à partir de mars 2030, a précisé Trescal Industries.',
      'fr',
      PUB,
    );
    expect(launches(claims)).toEqual([{ parties: ['Trescal Industries', 'Valmoray'], date: '2030-03' }]);
  });

  it('counter-example: a name inside a relative clause, or after "said … and", is no second launcher', () => {
    const relative = claimsOf(
      'Valmoray Logistique, which already works with the Danish carrier Trescal Lines, will launch a rail shuttle service on 3 June.',
      'en',
      PUB,
    );
    expect(launches(relative)).toEqual([{ parties: ['Valmoray Logistique'], date: '2029-06-03' }]);
    const said = claimsOf(
      'Valmoray Logistique said on Monday and Trescal Lines confirmed that a rail shuttle service would launch on 3 June.',
      'en',
      PUB,
    );
    expect(launches(said)).toEqual([{ parties: ['Valmoray Logistique'], date: '2029-06-03' }]);
  });
});

describe('counter-examples: spurious launches', () => {
  it('a results publication date', () => {
    const claims = claimsOf(
      'People close to the talks said a bid was unlikely before Tormelle publishes its first-quarter order intake on 24 April.',
      'en',
      PUB,
    );
    expect(launches(claims)).toEqual([]);
  });

  it('launch costs weighing on next year’s margins', () => {
    const claims = claimsOf(
      'Brakeley Cloud shares fell after its finance chief warned that launch costs would weigh on next year’s margins.',
      'en',
      PUB,
    );
    expect(launches(claims)).toEqual([]);
  });

  it('« une grève lancée en juin », « le lancement d’une consultation publique »', () => {
    expect(
      launches(
        claimsOf(
          'Chez Tréveray Industrie, un mouvement de grève lancé en juin pour les salaires a été levé la semaine dernière.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([]);
    expect(
      launches(
        claimsOf(
          'Le régulateur a annoncé le lancement au second semestre 2029 d’une consultation publique sur les tarifs du réseau de Lumérac Énergie.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([]);
  });
});
