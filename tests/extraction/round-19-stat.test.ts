import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/**
 * Round 19, statements: who speaks, and what a denial denies.
 * - "a Corlane spokesman declined to comment": in English "a" is the article, not the folded « à » of a
 *   place; the name before the spokesman is the company that keeps silent.
 * - « le président du conseil d'administration, Jean Roy, n'a pas voulu commenter »: a chair of no named
 *   company keeps silent for the company the story is about (a silence only: a chair's denial may be the
 *   other side's).
 * - « ce que ni X ni Y n'ont voulu confirmer »: declining to confirm is a no-comment, one for each.
 * - "X said in a statement that it had made no offer for Y and was not in talks with its shareholders": the
 *   scene of the speech before the reported clause, and a verb coordinated after a denial keeps its speaker.
 * - « au lendemain du démenti de X »: a denial named as the time of the news is no statement of the article.
 * - « Deux jours après un article lui prêtant l'intention de racheter Y, le cimentier a opposé un démenti »:
 *   a name governed in a fronted phrase is not the subject of the clause after its comma.
 * - « aucune discussion avec A, ni avec B »: each side a denial names is a denied takeover.
 * - "X's chief executive insisted that Y would take no equity": the speech verb's subject speaks, not the
 *   reported clause's; "X rose 3% after the agency confirmed": a public body speaks, not X.
 * - « n'a jamais confirmé cet intérêt »: a confirmation never made.
 * - "Halvern will receive …, Chief Executive Tom Brackley said": an officer whose bare title (in capitals or
 *   not) tags a sentence opening on a company speaks for that company, not for the headline's.
 * - « n'est en discussion avec aucun actionnaire de X » in a story about buying X: the takeover of X denied.
 * Counter-examples keep their reading: a demonym after "a", a chair's denial, a confirmation, a verb
 * coordinated to the sentence's main verb, a denial made in the sentence, an apposition, one side named.
 * Every sentence is invented for this file.
 */
const PUB = '2029-11-14';
const stances = (claims: ReturnType<typeof claimsOf>) =>
  claims
    .filter((c) => c.kind === 'statement')
    .map((c) => `${c.parties.join('|')}:${c.kind === 'statement' ? c.stance : ''}`)
    .sort();

describe('"a X spokesman": the article, not a place', () => {
  it('"A Corlane spokesman declined to comment on the deal"', () => {
    const claims = claimsOf(
      'Yara has signed a distribution agreement with Sollio Groupe Coopératif. Corlane Fertilisers is not ' +
        'part of the agreement. A Corlane spokesman declined to comment on the deal.',
      'en',
      PUB,
    );
    expect(stances(claims)).toEqual(['Corlane Fertilisers:no_comment']);
  });

  it('"a Brazilian telecom partnership" names no company', () => {
    const claims = claimsOf(
      'Sony said in August that it had no plans for a Brazilian telecom partnership.',
      'en',
      PUB,
    );
    expect(claims.flatMap((c) => c.parties)).not.toContain('Brazilian');
  });
});

describe('a chair of no named company', () => {
  it('« le président du conseil d’administration, Jean Roy, n’a pas voulu commenter »: the story’s company', () => {
    const claims = claimsOf(
      'Le groupe Emmi serait en discussions avancées pour acquérir Fromagerie Valmont, selon Reuters. ' +
        'L’action de Fromagerie Valmont a bondi de 5 % lundi. Joint lundi, le président du conseil ' +
        'd’administration, Jean Roy, n’a pas voulu commenter ce qu’il a qualifié de « rumeurs ».',
      'fr',
      PUB,
    );
    expect(stances(claims)).toEqual(['Fromagerie Valmont:no_comment']);
  });

  it('a chair’s denial is not given to the story’s company', () => {
    const claims = claimsOf(
      'Le groupe Emmi serait en discussions avancées pour acquérir Fromagerie Valmont, selon Reuters. ' +
        'La présidente du directoire, Hélène Marchal, avait aussitôt démenti toute cession.',
      'fr',
      PUB,
    );
    expect(stances(claims)).not.toContain('Emmi:deny');
  });
});

describe('declining to confirm', () => {
  it('« ce que ni X ni Y n’ont voulu confirmer »: a no-comment for each', () => {
    const claims = claimsOf(
      'Danone et Lactalis ont créé Duolix, une coentreprise laitière. Duolix serait par ailleurs en ' +
        'pourparlers avec le chinois Yili, ce que ni Danone ni Lactalis n’ont voulu confirmer.',
      'fr',
      PUB,
    );
    expect(stances(claims)).toEqual(['Danone:no_comment', 'Lactalis:no_comment']);
  });

  it('« ce que Danone a confirmé » stays a confirmation', () => {
    const claims = claimsOf(
      'Duolix serait en pourparlers avec le chinois Yili, ce que Danone a confirmé mardi.',
      'fr',
      PUB,
    );
    expect(stances(claims)).not.toContain('Danone:no_comment');
  });
});

describe('the speaker of a reported denial', () => {
  it('"X said in a statement that it had made no offer for Y and was not in talks": X, not Y', () => {
    const claims = claimsOf(
      'In construction, Cementos Varela gave back 7.1 per cent after Holcim said in a statement that it had ' +
        'made no offer for the Spanish cement maker and was not in talks with its shareholders.',
      'en',
      PUB,
    );
    expect(stances(claims)).toEqual(['Holcim:deny']);
  });

  it('a verb coordinated to the sentence’s own main verb keeps the subject', () => {
    const claims = claimsOf(
      'Orange a noué un partenariat avec Sarvalis AI, mais a démenti vouloir entrer à son capital.',
      'fr',
      PUB,
    );
    expect(stances(claims)).toEqual(['Orange:deny']);
  });

  it('« Deux jours après un article lui prêtant l’intention de racheter Y, le cimentier a opposé un démenti »', () => {
    const claims = claimsOf(
      'Deux jours après un article de la presse espagnole lui prêtant l’intention de prendre le contrôle de ' +
        'Cementos Varela, le cimentier suisse a opposé un démenti catégorique.',
      'fr',
      PUB,
    );
    expect(stances(claims)).not.toContain('Cementos Varela:deny');
  });

  it('an apposition closed by its comma still leaves the name the speaker', () => {
    const claims = claimsOf(
      'Cementos Varela, le cimentier de Burgos, a opposé un démenti catégorique aux informations de la presse.',
      'fr',
      PUB,
    );
    expect(stances(claims)).toEqual(['Cementos Varela:deny']);
  });
});

describe('the subject of the speech verb, not of the reported clause', () => {
  it('"X\'s chief executive insisted that Volkswagen would take no equity": X denies', () => {
    const claims = claimsOf(
      'Brelance Composites announced a contract with Volkswagen. Brelance’s chief executive insisted that ' +
        'Volkswagen would take no equity in the company.',
      'en',
      PUB,
    );
    expect(stances(claims)).toEqual(['Brelance Composites:deny']);
  });

  it('"Volkswagen said that it would take no equity in Brelance": Volkswagen denies', () => {
    const claims = claimsOf(
      'Volkswagen said on Monday that it would take no equity in Brelance Composites.',
      'en',
      PUB,
    );
    expect(stances(claims)).toEqual(['Volkswagen:deny']);
  });

  it('a quoted denial and its coordinated verb: "X has not made any offer for Y and is not in discussions"', () => {
    const claims = claimsOf(
      'Corvano is said to be weighing a bid for Pennavel Optics. “Corvano has not made any offer for Pennavel ' +
        'and is not in discussions with the company or its shareholders,” a spokesman for the Turin-based ' +
        'defence group said in an emailed statement.',
      'en',
      PUB,
    );
    expect(stances(claims)).toEqual(['Corvano:deny']);
  });

  it('"X rose 3.1% after France\'s procurement agency confirmed an order": no statement of X', () => {
    const claims = claimsOf(
      'Castelor rose 3.1% on Friday, its fourth consecutive gain, after France’s defence procurement agency ' +
        'confirmed an order for radar processors worth €120 million.',
      'en',
      PUB,
    );
    expect(stances(claims)).toEqual([]);
  });

  it('"X gained 1.1% after denying a report": the participle shares the subject, X denies', () => {
    const claims = claimsOf(
      'Crodell gained 1.1% in London after denying a report in The Times that it was in talks to form a ' +
        'joint venture with Covestro.',
      'en',
      PUB,
    );
    expect(stances(claims)).toEqual(['Crodell:deny']);
  });

  it('"X shares rose 3% after a spokesman confirmed …": the spokesman is X’s', () => {
    const claims = claimsOf(
      'Ivelmoor shares rose 3% after a spokesman confirmed the group had signed a supply contract with Tata Steel.',
      'en',
      PUB,
    );
    expect(stances(claims)).toEqual(['Ivelmoor:confirm']);
  });

  it('"Veridia chief executive X said that the company would not comment": the subject keeps silent', () => {
    const claims = claimsOf(
      'Veridia Systems chief executive Paul Hanley said on Monday that the company would not comment.',
      'en',
      PUB,
    );
    expect(stances(claims)).toEqual(['Veridia Systems:no_comment']);
  });
});

describe('a confirmation never made', () => {
  it('« X n’a jamais confirmé cet intérêt » is no confirmation', () => {
    const claims = claimsOf(
      'Cegemax, lui-même cité l’an dernier parmi les acquéreurs possibles d’Hospilis, n’a jamais confirmé ' +
        'cet intérêt.',
      'fr',
      PUB,
    );
    expect(stances(claims)).not.toContain('Cegemax:confirm');
  });

  it('« X a confirmé mardi ces discussions » is one', () => {
    const claims = claimsOf(
      'Thales serait en discussions avec Orvane. Thales a confirmé mardi ces discussions.',
      'fr',
      PUB,
    );
    expect(stances(claims)).toContain('Thales:confirm');
  });
});

describe('a denial only named as the time of the news', () => {
  it('« au lendemain du démenti d’Arkema » is no statement', () => {
    const claims = claimsOf(
      'Le spécialiste gantois des résines Velkema a encore reculé de 3,1 % jeudi à Euronext Bruxelles, au ' +
        'lendemain du démenti d’Arkema.',
      'fr',
      PUB,
    );
    expect(stances(claims)).toEqual([]);
  });

  it('« Arkema a publié mardi un démenti formel » is one', () => {
    const claims = claimsOf(
      'Arkema lorgnerait le gantois Velkema, selon nos informations. Arkema a publié mardi un démenti formel.',
      'fr',
      PUB,
    );
    expect(stances(claims)).toContain('Arkema:deny');
  });
});

describe('each side a denial names', () => {
  const interview = (answer: string) =>
    claimsOf(
      `Cevanne Conseil n’est pas à vendre, affirme sa présidente. « ${answer} », assure-t-elle.`,
      'fr',
      PUB,
    );

  it('« aucune discussion avec Egis, ni avec Sweco »: two denied takeovers', () => {
    const claims = interview('Il n’y a aucune discussion avec Egis, ni avec Sweco, ni avec qui que ce soit');
    expect(find(claims, 'acquisition', ['Egis', 'Cevanne Conseil'])[0]?.status).toBe('denied');
    expect(find(claims, 'acquisition', ['Sweco', 'Cevanne Conseil'])[0]?.status).toBe('denied');
  });

  it('one side named: one denied takeover', () => {
    const claims = interview('Il n’y a aucune discussion avec Egis');
    expect(find(claims, 'acquisition', ['Egis', 'Cevanne Conseil'])[0]?.status).toBe('denied');
    expect(find(claims, 'acquisition', ['Sweco', 'Cevanne Conseil'])).toEqual([]);
  });
});

describe('an officer tagging the sentence of his company', () => {
  const TITLE = 'Corteva licenses wheat traits from UK breeder Halvern Seeds';
  const opening = 'Corteva Agriscience has signed a licensing agreement with Halvern Seeds. ';
  const denial = ' "We have no agreement with KWS, and we are not negotiating one," he said.';

  it('"Halvern will receive …, Chief Executive Tom Brackley said": his later denial is Halvern’s', () => {
    const claims = claimsOf(
      `${opening}Halvern, which is listed on AIM, will receive an upfront payment of 18 million pounds, Chief ` +
        `Executive Tom Brackley said in an interview.${denial}`,
      'en',
      PUB,
      TITLE,
    );
    expect(stances(claims)).toEqual(['Halvern Seeds:deny']);
    expect(find(claims, 'agreement', ['Halvern Seeds', 'KWS'])[0]?.status).toBe('denied');
  });

  it('a bare title opening the sentence still goes to the headline’s company', () => {
    const claims = claimsOf(
      `${opening}Chief executive Tom Brackley said the deal was the biggest in its history.${denial}`,
      'en',
      PUB,
      TITLE,
    );
    expect(stances(claims)).not.toContain('Halvern Seeds:deny');
  });
});

describe('talks with a company’s owners', () => {
  it('« n’est en discussion avec aucun actionnaire de X », the bidder’s denial: a denied takeover of X', () => {
    const claims = claimsOf(
      '« Holcim n’a remis aucune offre et n’est en discussion avec aucun actionnaire de Cementos Varela », a ' +
        'déclaré vendredi un porte-parole du groupe.',
      'fr',
      PUB,
      'Ciment : Holcim dément vouloir racheter l’espagnol Varela',
    );
    expect(find(claims, 'acquisition', ['Holcim', 'Cementos Varela'])[0]?.status).toBe('denied');
    expect(find(claims, 'agreement', ['Holcim', 'Cementos Varela'])).toEqual([]);
  });

  it('talks with the owners, in a story about no sale, stay talks', () => {
    const claims = claimsOf(
      '« Holcim n’est en discussion avec aucun actionnaire de Cementos Varela sur un partenariat logistique », a ' +
        'déclaré vendredi un porte-parole du groupe.',
      'fr',
      PUB,
      'Ciment : Holcim et Varela, voisins sans partenariat',
    );
    expect(find(claims, 'acquisition', ['Holcim', 'Cementos Varela'])).toEqual([]);
  });
});
