import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/** Descriptors the press writes instead of a company's name: a trade, a standing, a town's or region's demonym. */
const PUB = '2027-04-21'; // a Wednesday

const partiesOf = (claims: Claim[], kind: Claim['kind']) =>
  claims.filter((c) => c.kind === kind).map((c) => [...c.parties].sort());

describe('a trade noun before « de » and a town', () => {
  it('« le biscuitier de Varlenghem » is the story’s biscuit maker, the town no party', () => {
    const claims = claimsOf(
      'Korvel Biscuits a publié des ventes en hausse. Le biscuitier de Varlenghem a signé un accord de distribution avec le groupe indien Padmavar Foods.',
      'fr',
      PUB,
    );
    expect(partiesOf(claims, 'agreement')).toEqual([['Korvel Biscuits', 'Padmavar Foods']]);
  });

  it('« l’action du fromager de Saint-Aurèle »: the cheese maker’s stock, not the town’s', () => {
    const claims = claimsOf(
      "Fromageries Belcastel a publié ses résultats. L'action du fromager de Saint-Aurèle a bondi de 8,2 % lundi à la Bourse de Toronto.",
      'fr',
      PUB,
    );
    expect(partiesOf(claims, 'share_move')).toEqual([['Fromageries Belcastel']]);
  });

  it('« le géant de Saskatoon »: a standing noun heads its town too', () => {
    const claims = claimsOf(
      'Yara a signé un accord avec Sollvik. Norvant, le géant de Saskatoon qui fournit Sollvik, a signé un accord avec Agrivert.',
      'fr',
      PUB,
    );
    const parties = claims.flatMap((c) => c.parties);
    expect(parties).not.toContain('Saskatoon');
    // The apposition describes the unread name before it, not the story's subject.
    expect(partiesOf(claims, 'agreement')).not.toContainEqual(['Agrivert', 'Yara']);
  });

  it('counter-example: a trade noun right before a name introduces that name', () => {
    const claims = claimsOf(
      'Korvel Biscuits a publié des ventes en hausse. Le biscuitier Varlenghem a signé un accord de distribution avec le groupe indien Padmavar Foods.',
      'fr',
      PUB,
    );
    expect(partiesOf(claims, 'agreement')).toEqual([['Padmavar Foods', 'Varlenghem']]);
  });
});

describe('a standing noun: « le numéro un mondial du ciment », « le géant suisse »', () => {
  it('stands for the story’s company', () => {
    expect(
      partiesOf(
        claimsOf(
          'Holcim a présenté sa stratégie. Le numéro un mondial du ciment a obtenu la certification ISO 50001 pour son usine de Siggenthal.',
          'fr',
          PUB,
        ),
        'certification',
      ),
    ).toEqual([['Holcim']]);
    expect(
      partiesOf(
        claimsOf(
          "Nestlé a publié ses ventes. Le géant suisse de l'alimentation a cédé 1,2 % à la Bourse de Zurich.",
          'fr',
          PUB,
        ),
        'share_move',
      ),
    ).toEqual([['Nestlé']]);
  });
});

describe('a foreign town’s or region’s demonym gives the country', () => {
  it('« le spécialiste gantois » is the Ghent company the article introduced, not the French one', () => {
    const claims = claimsOf(
      'Arkema a démenti toute approche du gantois Resivane Chemicals. Le spécialiste gantois des résines a encore reculé de 3,1 % jeudi.',
      'fr',
      PUB,
    );
    expect(partiesOf(claims, 'share_move')).toEqual([['Resivane Chemicals']]);
  });

  it('« le groupe lucernois » is no French company, whatever the story named last', () => {
    const claims = claimsOf(
      'Lucerna Käse a publié ses ventes. Arkema a démenti toute approche. Le groupe lucernois a cédé 2,1 % à la Bourse de Zurich.',
      'fr',
      PUB,
    );
    expect(partiesOf(claims, 'share_move')).not.toContainEqual(['Arkema']);
  });

  it('counter-example: a French region’s demonym still fits a French company', () => {
    const claims = claimsOf(
      'Arkema a démenti toute approche du gantois Resivane Chemicals. Le chimiste francilien a encore reculé de 3,1 % jeudi.',
      'fr',
      PUB,
    );
    expect(partiesOf(claims, 'share_move')).toEqual([['Arkema']]);
  });
});

describe('a compound demonym: « le groupe franco-italien »', () => {
  it('is no company of a third country', () => {
    const claims = claimsOf(
      'TSMC a annoncé un investissement en Europe. Vercelline Semiconducteurs, dont le groupe franco-italien vient de prendre 20 % du capital, a progressé de 2,0 %.',
      'fr',
      PUB,
    );
    expect(partiesOf(claims, 'acquisition')).toEqual([]);
  });

  it('counter-example: « le groupe taïwanais » is the Taiwanese company', () => {
    const claims = claimsOf(
      'TSMC a annoncé un investissement en Europe. Vercelline Semiconducteurs, dont le groupe taïwanais vient de prendre 20 % du capital, a progressé de 2,0 %.',
      'fr',
      PUB,
    );
    expect(partiesOf(claims, 'acquisition')).toEqual([['TSMC', 'Vercelline Semiconducteurs']]);
  });
});

describe('a role after a fronted phrase is the main clause’s subject, not an apposition', () => {
  it('« Deux jours après un article sur X, le cimentier suisse a … » is the headline’s Swiss cement maker', () => {
    const claims = claimsOf(
      "Deux jours après un article lui prêtant l'intention de racheter Cementos Varela, le cimentier suisse a obtenu la certification ISO 50001 pour son usine d'Eclépens.",
      'fr',
      PUB,
      "Holcim dément vouloir racheter l'espagnol Varela",
    );
    expect(partiesOf(claims, 'certification')).toContainEqual(['Holcim']);
  });

  it('counter-example: an apposition right after a name describes it', () => {
    const claims = claimsOf(
      'Holcim a racheté Cementos Varela, le cimentier espagnol, pour 900 millions d’euros.',
      'fr',
      PUB,
      'Holcim rachète Varela',
    );
    expect(partiesOf(claims, 'acquisition')).toEqual([['Cementos Varela', 'Holcim']]);
  });
});

describe('a title-case trade word opens a name, not a descriptor', () => {
  it('« La Coopérative laitière de Kervallec a obtenu … » is no other company of the story', () => {
    const claims = claimsOf(
      'Resivane Chemicals a publié ses comptes. La Coopérative laitière de Kervallec a obtenu la certification ISO 14001 pour son site de Pontivy.',
      'fr',
      PUB,
    );
    expect(partiesOf(claims, 'certification')).not.toContainEqual(['Resivane Chemicals']);
  });

  it('counter-example: « la coopérative laitière » in lower case is a descriptor still', () => {
    const claims = claimsOf(
      'Resivane Chemicals a publié ses comptes. La coopérative laitière a obtenu la certification ISO 14001 pour son site de Pontivy.',
      'fr',
      PUB,
    );
    expect(partiesOf(claims, 'certification')).toEqual([['Resivane Chemicals']]);
  });
});

describe('an officer’s tag after a quote: « a spokesman for the Rome-based defence group said »', () => {
  it('the company opening the quote speaks, not the one it denies an offer for', () => {
    const claims = claimsOf(
      'Pennarval Optronique shares fell 8% on Tuesday. “Leonardo has not made any offer for Pennarval and is not in discussions with the company or its shareholders,” a spokesman for the Rome-based defence group said in an emailed statement.',
      'en',
      PUB,
    );
    expect(partiesOf(claims, 'statement')).toEqual([['Leonardo']]);
  });

  it('counter-example: a first-person quote names only what it denies; that company makes no statement', () => {
    const claims = claimsOf(
      'Corvane Systems shares fell 8% on Tuesday after a report that Thales was weighing a bid. “We are not in discussions with Corvane Systems,” a spokesman for the Paris-based defence group said.',
      'en',
      PUB,
    );
    expect(partiesOf(claims, 'statement')).toEqual([['Thales']]);
  });
});

describe('a column of briefs: each paragraph opens on its company’s name, run in', () => {
  const column = [
    'Nos brèves de la semaine sur les valeurs belges.',
    'Resivane. Le spécialiste gantois des résines a encore reculé de 3,1 % jeudi, au lendemain du démenti d’Arkema.',
    'Korvel Biscuits. Le biscuitier de Varlenghem a signé un accord de distribution avec le groupe indien Padmavar Foods.',
    'Sucrerie de la Nethe. La direction de la sucrerie n’a pas souhaité commenter les rumeurs de cession.',
  ].join('\n\n');

  it('the descriptors of an item stand for its heading’s company', () => {
    const claims = claimsOf(column, 'fr', PUB);
    expect(partiesOf(claims, 'share_move')).toEqual([['Resivane']]);
    expect(partiesOf(claims, 'agreement')).toEqual([['Korvel Biscuits', 'Padmavar Foods']]);
    expect(partiesOf(claims, 'statement')).toContainEqual(['Sucrerie de la Nethe']);
  });

  it('counter-examples: a lone dateline, an interview’s « Non. » open no item', () => {
    const dateline = claimsOf(
      'Craonville. C’était l’objectif de la coopérative : Fermes Cadorel a obtenu la certification HVE pour ses exploitations.\n\nLe label ouvre des portes commerciales.',
      'fr',
      PUB,
    );
    expect(partiesOf(dateline, 'certification')).toEqual([['Fermes Cadorel']]);
    const interview = claimsOf(
      'Plusieurs sources évoquent un intérêt de Sanofi pour Vendrel. Êtes-vous en discussion ?\n\nNon. Il n’y a aucune discussion avec Sanofi.\n\nVos clients exigent-ils des certifications ?\n\nToujours. Notre usine a obtenu la certification ISO 9001 en septembre.',
      'fr',
      PUB,
    );
    expect(interview.flatMap((c) => c.parties)).not.toContain('Non');
    expect(interview.flatMap((c) => c.parties)).not.toContain('Toujours');
  });
});
