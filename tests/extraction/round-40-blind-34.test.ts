import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/entities/fold-text.ts';
import type { PartyMention } from '../../src/extraction/find-parties.ts';
import { mentionRoles } from '../../src/extraction/mention-roles.ts';
import {
  bySalience,
  endSentence,
  mostSalient,
  newItem,
  newParagraph,
  newSalience,
  noteMention,
} from '../../src/extraction/salience.ts';
import { claimsOf, find } from './claims-of.ts';

/** Round 40 (blind-34): which company a bare anaphor stands for, by salience rather than recency alone. */
const TUE = '2027-04-20';
const WED = '2027-04-21';
const THU = '2027-04-22';

const company = (name: string, start = 0): PartyMention => ({
  name,
  type: 'company',
  known: false,
  start,
  end: start + name.length,
});

describe('salience: roles add, distance fades, the headline stands', () => {
  it('a company named only inside a quote does not take over from the article company', () => {
    const s = newSalience();
    noteMention(s, company('Pellivar'), 'headline');
    endSentence(s);
    noteMention(s, company('Pellivar'), 'subject');
    noteMention(s, company('Drummond'), 'object');
    endSentence(s);
    newParagraph(s);
    noteMention(s, company('Drummond'), 'minor');
    endSentence(s);
    newParagraph(s);
    expect(mostSalient(s)?.name).toBe('Pellivar');
  });

  it('the subject of the sentence just read beats the headline company (the recent company is right)', () => {
    const s = newSalience();
    noteMention(s, company('Kestrel'), 'headline');
    endSentence(s);
    noteMention(s, company('Kestrel'), 'subject');
    noteMention(s, company('Arden'), 'with');
    endSentence(s);
    noteMention(s, company('Arden'), 'subject');
    endSentence(s);
    expect(mostSalient(s)?.name).toBe('Arden');
    expect(bySalience(s)).toEqual(['Arden', 'Kestrel']);
  });

  it('a side remark or a partner after "with" weighs less than an object', () => {
    const s = newSalience();
    noteMention(s, company('Orlac'), 'object');
    noteMention(s, company('Varenne'), 'minor');
    noteMention(s, company('Tessaly'), 'with');
    endSentence(s);
    expect(bySalience(s)).toEqual(['Orlac', 'Tessaly', 'Varenne']);
  });

  it('a company named twice in a sentence counts once, by its strongest role', () => {
    const s = newSalience();
    noteMention(s, company('Brindle'), 'minor');
    noteMention(s, company('Brindle'), 'subject');
    noteMention(s, company('Corlan'), 'object');
    endSentence(s);
    expect(mostSalient(s)?.name).toBe('Brindle');
  });

  it("a live page's new item keeps the headline's companies in view, not the last item's", () => {
    const s = newSalience();
    noteMention(s, company('Valmorel'), 'headline-other');
    endSentence(s);
    noteMention(s, company('Fenwick'), 'subject');
    endSentence(s);
    newItem(s);
    expect(mostSalient(s)?.name).toBe('Valmorel');
    expect(mostSalient(s, (m) => m.name !== 'Valmorel')?.name).toBe('Fenwick');
  });

  it('names nothing when no company was named', () => {
    expect(mostSalient(newSalience())).toBeUndefined();
  });
});

describe('mention roles: subject, coordinated subject, quote, side remark, partner', () => {
  const roles = (text: string, names: string[]) => {
    const folded = foldText(text);
    const parties = names.map((n) => company(n, text.indexOf(n)));
    return mentionRoles({ text, folded, parties, anaphorSubject: false }).map((r) => [
      r.mention.name,
      r.role,
    ]);
  };

  it('the first actor is the subject, the rest objects', () =>
    expect(roles('Pellivar agreed to buy Drummond for $90m.', ['Pellivar', 'Drummond'])).toEqual([
      ['Pellivar', 'subject'],
      ['Drummond', 'object'],
    ]));
  it('two coordinated companies are both subjects', () =>
    expect(roles('Renvik et Aldora discuteraient d’une coentreprise.', ['Renvik', 'Aldora'])).toEqual([
      ['Renvik', 'subject'],
      ['Aldora', 'subject'],
    ]));
  it('a name inside a quote, curly single quotes included, is minor', () =>
    expect(
      roles('‘Drummond’s team gives us uptime,’ said the CFO of Pellivar.', ['Drummond', 'Pellivar']),
    ).toEqual([
      ['Drummond', 'minor'],
      ['Pellivar', 'subject'],
    ]));
  it('a bare fronted participle makes the whole sentence a side remark', () =>
    expect(roles('Contactée, Varenne s’est refusée à tout commentaire.', ['Varenne'])).toEqual([
      ['Varenne', 'minor'],
    ]));
  it('a fronted question only makes its own names minor', () =>
    expect(
      roles('Asked about a bid from Corlan, Brindle said it had no comment.', ['Corlan', 'Brindle']),
    ).toEqual([
      ['Corlan', 'minor'],
      ['Brindle', 'subject'],
    ]));
  it('the partner after "avec"/"with" weighs little', () =>
    expect(roles('Le communiqué mentionne un partenariat avec Torvane.', ['Torvane'])).toEqual([
      ['Torvane', 'with'],
    ]));
});

describe('a bare anaphor after a quote, a side remark or a partner stands for the article company', () => {
  it('"The company also said" after a quote naming the target is the buyer', () => {
    const claims = claimsOf(
      'Pellivar Systems raised its guidance on Monday.\n\nPellivar said it had agreed to acquire Drummond Vision, a Leeds start-up, for $90m.\n\n‘Our clients want answers, not cameras,’ Mara Quint, the finance director, told analysts. ‘Drummond lets us sell those answers.’ She said the deal would add to earnings from 2029.\n\nThe company also said its inspection cloud had obtained ISO 27001 certification. Its next scanner will be available to customers from March 2028.',
      'en',
      TUE,
      'Pellivar Systems lifts guidance and buys Drummond Vision',
    );
    expect(find(claims, 'certification', ['Pellivar Systems'])).toHaveLength(1);
    expect(find(claims, 'launch', ['Pellivar Systems'])).toHaveLength(1);
    expect(find(claims, 'certification', ['Drummond Vision'])).toHaveLength(0);
  });

  it('"The group also said" after a quote about the target', () => {
    const claims = claimsOf(
      'Halbrook Foods confirmed its outlook on Monday and said it would buy Tessaly Dairy.\n\n“We looked at it for two years,” Ian Roe, the chief executive, told reporters. “Tessaly is the right fit for us.”\n\nThe group also said it had obtained B Corp certification from B Lab.',
      'en',
      TUE,
      'Halbrook Foods confirms outlook and takes Tessaly Dairy',
    );
    expect(find(claims, 'certification', ['Halbrook Foods'])).toHaveLength(1);
  });

  it('« L’action » after « Contactée, X s’est refusée à tout commentaire » is the article’s bank', () => {
    const claims = claimsOf(
      "La Banque Varenne a publié mercredi ses résultats et annoncé le rachat de Gestion Orlac.\n\nInterrogé sur une éventuelle offre de BNP Paribas, le directeur financier a démenti. Contactée, BNP Paribas s'est refusée à tout commentaire.\n\nLe marché a retenu la hausse des charges. L'action a cédé 2,4 % mercredi.",
      'fr',
      THU,
      'Banque Varenne rachète Gestion Orlac',
    );
    const moves = claims.filter((c) => c.kind === 'share_move');
    expect(moves.map((c) => c.parties)).toEqual([['Banque Varenne']]);
  });

  it('« cette gamme » after a partnership « avec X » is the article company’s launch', () => {
    const claims = claimsOf(
      "Torvane Industrie a relevé mercredi ses objectifs annuels.\n\nLe communiqué mentionne aussi la signature d'un partenariat avec Air Liquide pour des réservoirs d'hydrogène. Baptisée Hydra V, cette gamme sera commercialisée à partir de janvier 2028.",
      'fr',
      THU,
      'Torvane Industrie relève ses objectifs',
    );
    expect(find(claims, 'launch', ['Torvane Industrie'])).toHaveLength(1);
    expect(find(claims, 'launch', ['Air Liquide'])).toHaveLength(0);
  });

  it('counter-example: the partner made subject of the next sentence is what "the company" then stands for', () => {
    const claims = claimsOf(
      'Kestrel Robotics signed a deal with Arden Labs on Monday. Arden Labs, founded in 2019, makes vision software. The company said it had obtained ISO 9001 certification.',
      'en',
      TUE,
      'Kestrel Robotics buys Arden Labs',
    );
    expect(find(claims, 'certification', ['Arden Labs'])).toHaveLength(1);
  });

  it('counter-example: « la PME » right after the paragraph whose subject is the small company', () => {
    const claims = claimsOf(
      "Engie et Quelvane Hydrogène ont annoncé mardi une coentreprise.\n\nPour Quelvane Hydrogène, qui compte Arkema parmi ses clients, l'accord change tout. « Nous devenons producteurs », explique son fondateur.\n\nLa PME, qui emploie 300 personnes, a par ailleurs obtenu la certification ISO 22734.",
      'fr',
      WED,
      'Engie et Quelvane Hydrogène s’allient',
    );
    expect(find(claims, 'certification', ['Quelvane Hydrogène'])).toHaveLength(1);
    expect(find(claims, 'certification', ['Engie'])).toHaveLength(0);
  });
});

describe('"shares in the group": the stock of the company the sentence before was about', () => {
  const cases: [string, string][] = [
    [
      'Brindle Energy won a contract in Norway on Monday. Shares in the group rose 4.3% to 512p on Monday.',
      'Brindle Energy',
    ],
    ['Corlan Foods cut its outlook on Monday. The company’s shares fell 6.1% on Monday.', 'Corlan Foods'],
    ['Tavish Pharma raised its outlook on Monday. Shares in the company rose 2% on Monday.', 'Tavish Pharma'],
  ];
  for (const [text, name] of cases)
    it(name, () => expect(find(claimsOf(text, 'en', TUE), 'share_move', [name])).toHaveLength(1));
});

describe("a market report's session day, once given, is not displaced by a day of the news", () => {
  it('"yesterday" given once holds against "ahead of … on Thursday" and "since Monday"', () => {
    const claims = claimsOf(
      'Brindle Energy was the star of a quiet session yesterday after a broker upgraded the stock.\n\nShares in the group rose 4.3% to 512p. Corlan Foods slipped 1.4% ahead of its trading statement on Thursday.\n\nHalder Mining added 2.2%, taking its gain since Monday to 5%.',
      'en',
      WED,
    );
    const dates = claims.filter((c) => c.kind === 'share_move').map((c) => [c.parties[0], c.eventDate]);
    expect(dates).toEqual([
      ['Brindle Energy', TUE],
      ['Corlan Foods', TUE],
      ['Halder Mining', TUE],
    ]);
  });

  it('« hier » holds against « avant la publication de ses résultats jeudi »', () => {
    const claims = claimsOf(
      'Le CAC 40 a gagné 0,4 % hier. Vernolle a pris 3,2 %. Castaric a reculé de 1,1 % avant la publication de ses résultats jeudi.\n\nDomival a gagné 0,9 %.',
      'fr',
      WED,
    );
    const dates = claims.filter((c) => c.kind === 'share_move').map((c) => [c.parties[0], c.eventDate]);
    expect(dates).toEqual([
      ['Vernolle', TUE],
      ['Castaric', TUE],
      ['Domival', TUE],
    ]);
  });

  it('a later move dated by its own words still moves the report on', () => {
    const claims = claimsOf(
      'Vernolle shares fell 3.1% on Monday. On Tuesday, Castaric shares rose 2.4%. Domival shares added 0.9%.',
      'en',
      WED,
    );
    const dates = claims.filter((c) => c.kind === 'share_move').map((c) => [c.parties[0], c.eventDate]);
    expect(dates).toEqual([
      ['Vernolle', '2027-04-19'],
      ['Castaric', TUE],
      ['Domival', TUE],
    ]);
  });
});
