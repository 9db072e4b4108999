import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/**
 * Round 13, spurious French claims: one event counted twice. A standfirst (or a recap) tells a launch with
 * no launcher written ("Les premiers modules seront commercialisés en 2030"), the body tells it again with
 * its launcher: the unnamed telling, whose party the engine could only guess from the story, is not a
 * second launch of another company. Every sentence is invented for this file.
 */
const PUB = '2029-05-16'; // a Wednesday

const launches = (text: string, language: 'fr' | 'en') =>
  claimsOf(text, language, PUB).filter((c) => c.kind === 'launch');

describe('a launch told twice, once without its launcher: one launch', () => {
  it('a joint venture: the standfirst gives no launcher, the body names the venture', () => {
    const text = [
      'Batteries : Corvelle et le japonais Shintaro Cells créent Voltanne',
      'Le chimiste lyonnais et son partenaire mettent en commun leurs brevets. Les premiers modules seront commercialisés au second semestre 2030.',
      'Corvelle et Shintaro Cells ont officialisé mardi la création de Voltanne, une coentreprise détenue à parts égales.',
      'Voltanne commercialisera ses premiers modules au second semestre 2030, a précisé Corvelle dans un communiqué.',
    ].join('\n\n');
    const found = launches(text, 'fr');
    expect(found).toHaveLength(1);
    expect(found[0]?.parties).toEqual(['Voltanne']);
    expect(found[0]?.eventDate).toBe('2030');
  });

  it("a pair: the lead's passive launch and the partners' own telling are one", () => {
    const text = [
      'Logistique : Fermaud s’allie au néerlandais Brakeveld Freight',
      'Une offre de transport frigorifique commune sera commercialisée en Belgique en mars 2030.',
      'Fermaud a annoncé mardi la signature d’un partenariat avec Brakeveld Freight.',
      'Les deux partenaires commercialiseront à partir de mars 2030 en Belgique un service de camions frigorifiques.',
    ].join('\n\n');
    const found = launches(text, 'fr');
    expect(found).toHaveLength(1);
    expect(find(found, 'launch', ['Fermaud', 'Brakeveld Freight'])).toHaveLength(1);
  });
});

describe('counter-examples: launches that stay', () => {
  it('two companies each naming their own launch at the same date are two launches', () => {
    const text = [
      'Cloud : deux offres souveraines pour 2030',
      'Nuvandre commercialisera sa plateforme de stockage à partir de janvier 2030.',
      'De son côté, Ardelis Cloud proposera son offre de calcul à partir de janvier 2030, a précisé sa présidente.',
    ].join('\n\n');
    const found = launches(text, 'fr');
    expect(find(found, 'launch', ['Nuvandre'])).toHaveLength(1);
    expect(find(found, 'launch', ['Ardelis Cloud'])).toHaveLength(1);
  });

  it('an unnamed launch at another date than the named one stays', () => {
    const text = [
      'Santé : Pellerac lance sa téléconsultation',
      'Pellerac a annoncé mardi le lancement de sa plateforme de téléconsultation, qui sera disponible à partir de septembre 2029.',
      'Une version destinée aux hôpitaux sera commercialisée en 2031.',
    ].join('\n\n');
    const found = launches(text, 'fr');
    expect(found.map((c) => c.eventDate).sort()).toEqual(['2029-09', '2031']);
  });

  it('English: a release naming its launcher twice keeps one launch', () => {
    const text = [
      'Harrowgate Labs and Quenby Systems form Telvane',
      'Harrowgate Labs and Quenby Systems said on Tuesday they had formed Telvane, a joint venture in grid sensors.',
      'Telvane will start selling its first sensors in the second half of 2030, Harrowgate Labs said.',
    ].join('\n\n');
    const found = launches(text, 'en');
    expect(found).toHaveLength(1);
    expect(found[0]?.eventDate).toBe('2030');
  });
});

/**
 * A fund or holding that owns what is bought today is told after a holding phrase ("détenu depuis 2021 par
 * le fonds X", « que détenait X », « le solde restant aux mains de X »): it is neither buyer nor target.
 */
describe('the present holder of what is bought is no party to the purchase', () => {
  it('« détenu depuis … par le fonds X »: the talks are not with the fund', () => {
    const text = [
      'Cliniques : Vendrane Santé pourrait passer sous contrôle suisse',
      'Selon nos informations, le groupe suisse Helmara serait en négociations avancées pour racheter Vendrane Santé.',
      'Le groupe Helmara serait en négociations avancées pour prendre le contrôle du réseau normand de cliniques, détenu depuis 2023 par le fonds Ardoise Capital.',
    ].join('\n\n');
    const claims = claimsOf(text, 'fr', PUB);
    expect(find(claims, 'acquisition', ['Helmara', 'Vendrane Santé'])).toHaveLength(1);
    expect(claims.filter((c) => c.parties.includes('Ardoise Capital') && c.kind !== 'statement')).toEqual([]);
  });

  it('« le solde restant aux mains du fonds X »: the fund keeps its stake, it sells nothing here', () => {
    const text = [
      'Exclusif : Scaleway en discussions pour racheter Brumel Cloud',
      'Selon nos informations, Scaleway serait en discussions avancées pour racheter une participation majoritaire dans Brumel Cloud.',
      'Selon deux sources proches du dossier, Scaleway proposerait de reprendre environ 65 % du capital, le solde restant aux mains du fondateur et du fonds régional Gerbier Capital.',
    ].join('\n\n');
    const claims = claimsOf(text, 'fr', PUB);
    expect(find(claims, 'acquisition', ['Scaleway', 'Brumel Cloud'])).toHaveLength(1);
    expect(claims.filter((c) => c.parties.includes('Gerbier Capital'))).toEqual([]);
  });

  it('counter-example: a joint venture « détenue à 51 % par » its founder keeps its founders', () => {
    const text =
      'Orange et Thales ont annoncé mardi la création de Corvène, une coentreprise détenue à 51 % par Orange, qui proposera une offre de cloud de confiance.';
    const claims = claimsOf(text, 'fr', PUB);
    expect(
      claims.some(
        (c) => c.kind === 'agreement' && c.parties.includes('Orange') && c.parties.includes('Thales'),
      ),
    ).toBe(true);
  });

  it('counter-example: a target bought from a fund named with « auprès du fonds » is still bought', () => {
    const claims = claimsOf(
      'Vicat a annoncé lundi le rachat de Bétons Garonne, jusqu’ici détenu par le fonds Pyrène Capital, pour 120 millions d’euros.',
      'fr',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Vicat', 'Bétons Garonne'])).toHaveLength(1);
    expect(claims.filter((c) => c.parties.includes('Pyrène Capital'))).toEqual([]);
  });
});
