import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, find } from './claims-of.ts';

/**
 * Phrasings, denials, parties and traps of the kinds an unseen corpus showed, written afresh with other
 * companies and other near-synonyms: each case is one short article (one to three sentences).
 */
interface Case {
  name: string;
  lang: 'fr' | 'en';
  text: string;
  published?: string;
  kind: Claim['kind'];
  parties: string[];
  expected: Record<string, unknown>;
}

const PUB = '2026-03-11'; // a Wednesday

const found: Case[] = [
  // Acquisitions and stakes
  {
    name: 'fr "s\'empare de" before an elided name',
    lang: 'fr',
    text: 'Le groupe Veltane s’empare d’Ostrea Logiciels pour 80 millions d’euros.',
    kind: 'acquisition',
    parties: ['Veltane', 'Ostrea Logiciels'],
    expected: { status: 'confirmed' },
  },
  {
    name: 'fr "prendre une participation de N %" after an announcement verb',
    lang: 'fr',
    text: 'Safran a annoncé jeudi prendre une participation de 15 % dans Corvane Systems, une jeune entreprise bordelaise.',
    kind: 'acquisition',
    parties: ['Safran', 'Corvane Systems'],
    expected: { status: 'confirmed', percent: 15 },
  },
  {
    name: 'fr "entrer au capital ... à hauteur de N %" with the target as a descriptor',
    lang: 'fr',
    text: 'Orange a signé un accord commercial avec la start-up nantaise Lysio Santé. L’opérateur va aussi entrer au capital de la jeune pousse à hauteur de 6 %.',
    kind: 'acquisition',
    parties: ['Orange', 'Lysio Santé'],
    expected: { status: 'confirmed', percent: 6 },
  },
  {
    name: 'fr conditional stake is a rumour',
    lang: 'fr',
    text: 'Capgemini envisagerait de prendre une participation minoritaire dans Brelia Data, selon Les Echos.',
    kind: 'acquisition',
    parties: ['Capgemini', 'Brelia Data'],
    expected: { status: 'rumour', attribution: 'Les Echos' },
  },
  {
    name: 'fr "aurait approché" a target is a rumoured takeover approach',
    lang: 'fr',
    text: 'Le groupe de Jeff Bezos aurait approché Norvik Robotique, selon nos informations.',
    kind: 'acquisition',
    parties: ['Amazon', 'Norvik Robotique'],
    expected: { status: 'rumour' },
  },
  {
    name: 'en "snapped up"',
    lang: 'en',
    text: 'Thales snapped up Quorra Labs, a Lisbon-based encryption start-up, for €120 million on Monday.',
    kind: 'acquisition',
    parties: ['Thales', 'Quorra Labs'],
    expected: { status: 'confirmed' },
  },
  {
    name: 'en "scooped up" and "agreed to buy"',
    lang: 'en',
    text: 'Capgemini agreed to buy Tesselate Analytics for $300 million, the companies said.',
    kind: 'acquisition',
    parties: ['Capgemini', 'Tesselate Analytics'],
    expected: { status: 'confirmed' },
  },
  {
    name: 'en "took a N% stake"',
    lang: 'en',
    text: 'Google took a 7.5% stake in Harrow Fusion, a British maker of fusion magnets, on Tuesday.',
    kind: 'acquisition',
    parties: ['Google', 'Harrow Fusion'],
    expected: { status: 'confirmed', percent: 7.5 },
  },
  {
    name: 'en "bought into"',
    lang: 'en',
    text: 'Microsoft bought into Pellan Robotics last year and now holds 12% of the company.',
    published: '2026-03-11',
    kind: 'acquisition',
    parties: ['Microsoft', 'Pellan Robotics'],
    expected: {},
  },
  // Denials keep the kind of what they deny
  {
    name: 'en denial that a seller is in talks to sell a stake',
    lang: 'en',
    text: 'OVHcloud firmly denied on Monday that it was in talks to sell a minority stake to Oracle.',
    kind: 'acquisition',
    parties: ['Oracle', 'OVHcloud'],
    expected: { status: 'denied' },
  },
  {
    name: 'en "said it was not in talks with" a suitor',
    lang: 'en',
    text: 'Corvane Systems said on Tuesday that it was not in talks with Nokia, dismissing a report that the Finnish group was preparing a takeover bid.',
    kind: 'acquisition',
    parties: ['Nokia', 'Corvane Systems'],
    expected: { status: 'denied' },
  },
  {
    name: 'fr "aucune discussion n\'est en cours ... au sujet d\'une prise de participation"',
    lang: 'fr',
    text: 'Atos a assuré mardi qu’aucune discussion n’était en cours avec Dassault Systèmes au sujet d’une prise de participation.',
    kind: 'acquisition',
    parties: ['Dassault Systèmes', 'Atos'],
    expected: { status: 'denied' },
  },
  {
    name: 'en a party quote "We are not in discussions" is a denial by the company the article is about',
    lang: 'en',
    text: 'Harrow Fusion said on Monday that it was not in talks with Siemens. "We are not in negotiations with Siemens or anyone else," its chief executive told reporters.',
    kind: 'statement',
    parties: ['Harrow Fusion'],
    expected: { stance: 'deny', status: 'denied' },
  },
  {
    name: 'en "pure speculation" is a denial',
    lang: 'en',
    text: 'An Oracle spokesperson said the report was "pure speculation".',
    kind: 'statement',
    parties: ['Oracle'],
    expected: { stance: 'deny', status: 'denied' },
  },
  {
    name: 'fr a sale of a subsidiary: buyer and the unit sold, not the seller',
    lang: 'fr',
    text: 'Engie cède sa filiale Voltane Services à Eiffage pour 200 millions d’euros.',
    kind: 'acquisition',
    parties: ['Eiffage', 'Voltane Services'],
    expected: { status: 'confirmed' },
  },
  {
    name: 'en a sale of a unit to a fund',
    lang: 'en',
    text: 'Vodafone sold its tower unit Corra Towers to KKR on Monday.',
    kind: 'acquisition',
    parties: ['KKR', 'Corra Towers'],
    expected: { status: 'confirmed' },
  },
  {
    name: 'fr "aucune intention de céder" denies the sale',
    lang: 'fr',
    text: 'Atos n’a pas l’intention de céder sa filiale à Thales.',
    kind: 'acquisition',
    parties: ['Thales', 'Atos'],
    expected: { status: 'denied' },
  },
  {
    name: 'fr a confirmation by a party in the passive wins over the outlet that broke the news',
    lang: 'fr',
    text: 'La lettre d’intention signée par Google et Lumio Energy a été confirmée mardi par Google, après des informations du Financial Times.',
    kind: 'agreement',
    parties: ['Google', 'Lumio Energy'],
    expected: { status: 'confirmed' },
  },
  // Statements
  {
    name: 'fr "a décliné toute demande d\'entretien" is no comment',
    lang: 'fr',
    text: 'Sollicitée, Veltane a décliné toutes nos demandes d’entretien.',
    kind: 'statement',
    parties: ['Veltane'],
    expected: { stance: 'no_comment', status: 'rumour' },
  },
  {
    name: 'fr "une information que n\'a pas confirmée" the group is no comment by the article\'s company',
    lang: 'fr',
    text: 'Airbus aurait engagé des discussions pour racheter Kestrane, selon une source proche du dossier. Une information que n’a pas confirmée le groupe aéronautique.',
    kind: 'statement',
    parties: ['Airbus'],
    expected: { stance: 'no_comment', status: 'rumour' },
  },
  {
    name: 'fr a spokesperson "ne commente pas les rumeurs" speaks for the article\'s company, not the outlet',
    lang: 'fr',
    text: 'Renault aurait approché Dorvane Batteries. Interrogé par Le Journal des Affaires, un porte-parole du groupe a indiqué que l’entreprise « ne commente pas les rumeurs ».',
    kind: 'statement',
    parties: ['Renault'],
    expected: { stance: 'no_comment' },
  },
  {
    name: 'en "did not immediately respond to a request for comment"',
    lang: 'en',
    text: 'Nokia did not immediately respond to a request for comment.',
    kind: 'statement',
    parties: ['Nokia'],
    expected: { stance: 'no_comment', status: 'rumour' },
  },
  // Agreements
  {
    name: 'fr "conclu un contrat de revente"',
    lang: 'fr',
    text: 'Kelvane a conclu un contrat de revente avec Sopra Steria pour ses sondes industrielles.',
    kind: 'agreement',
    parties: ['Kelvane', 'Sopra Steria'],
    expected: { status: 'confirmed' },
  },
  {
    name: 'fr "ont scellé une alliance" with a joint venture named by "s\'appellera"',
    lang: 'fr',
    text: 'Orange et Nokia ont scellé une alliance dans la 6G. La coentreprise s’appellera « Vireo ».',
    kind: 'agreement',
    parties: ['Orange', 'Nokia'],
    expected: { status: 'confirmed', alliance: 'Vireo' },
  },
  {
    name: 'en "inked a distribution deal"',
    lang: 'en',
    text: 'Brelia Data inked a distribution deal with Capgemini in January.',
    kind: 'agreement',
    parties: ['Brelia Data', 'Capgemini'],
    expected: { status: 'confirmed' },
  },
  {
    name: 'en "the two companies struck a deal" after a stake',
    lang: 'en',
    text: 'Airbus took a 5% stake in Corvane Aero on Monday. The two companies also struck a deal to test Corvane’s drones.',
    kind: 'agreement',
    parties: ['Airbus', 'Corvane Aero'],
    expected: { status: 'confirmed' },
  },
  // Share moves
  {
    name: 'fr elliptical move "et celui de X de N %"',
    lang: 'fr',
    published: PUB,
    text: 'Le titre Orange a reculé de 0,8 % et celui de Bouygues de 1,2 % mardi.',
    kind: 'share_move',
    parties: ['Bouygues'],
    expected: { percent: 1.2, direction: 'down' },
  },
  {
    name: 'fr "s\'est envolé de"',
    lang: 'fr',
    published: PUB,
    text: 'Le titre Kestrane s’est envolé de 18,2 % mardi à la Bourse de Paris.',
    kind: 'share_move',
    parties: ['Kestrane'],
    expected: { percent: 18.2, direction: 'up', eventDate: '2026-03-10' },
  },
  {
    name: 'fr "a terminé la séance sur un gain de"',
    lang: 'fr',
    published: PUB,
    text: 'Le titre Capgemini a terminé la séance de mardi sur un gain de 2,3 %.',
    kind: 'share_move',
    parties: ['Capgemini'],
    expected: { percent: 2.3, direction: 'up' },
  },
  {
    name: 'fr "a grappillé" is a small gain even in a falling market',
    lang: 'fr',
    published: PUB,
    text: 'L’action Atos a grappillé 0,4 % mardi dans un marché en repli.',
    kind: 'share_move',
    parties: ['Atos'],
    expected: { percent: 0.4, direction: 'up' },
  },
  {
    name: 'fr "a dévissé de"',
    lang: 'fr',
    published: PUB,
    text: 'Le titre Worldline a dévissé de 11 % mardi.',
    kind: 'share_move',
    parties: ['Worldline'],
    expected: { percent: 11, direction: 'down' },
  },
  {
    name: 'fr elliptical second move keeps the verb of the first',
    lang: 'fr',
    published: PUB,
    text: 'Thales a cédé 1,2 % et Safran 0,8 % mardi.',
    kind: 'share_move',
    parties: ['Safran'],
    expected: { percent: 0.8, direction: 'down' },
  },
  {
    name: 'en "stock closed down" for a company the registry does not know',
    lang: 'en',
    published: PUB,
    text: 'Corvane’s stock closed down 6.4% on Tuesday.',
    kind: 'share_move',
    parties: ['Corvane'],
    expected: { percent: 6.4, direction: 'down', eventDate: '2026-03-10' },
  },
  {
    name: 'en "slid ... in early trading"',
    lang: 'en',
    published: PUB,
    text: 'Shares in Nokia slid 2.7% in early trading on Tuesday.',
    kind: 'share_move',
    parties: ['Nokia'],
    expected: { percent: 2.7, direction: 'down' },
  },
  // Certifications
  {
    name: 'fr CSPN spelt out, with its issuer',
    lang: 'fr',
    text: 'Ostrea a décroché la certification de sécurité de premier niveau délivrée par l’ANSSI pour son pare-feu.',
    kind: 'certification',
    parties: ['Ostrea'],
    expected: { label: 'CSPN', issuer: 'ANSSI', status: 'confirmed' },
  },
  {
    name: 'en "was awarded CE marking"',
    lang: 'en',
    text: 'Lysio Health was awarded CE marking for its glucose patch in February.',
    kind: 'certification',
    parties: ['Lysio Health'],
    expected: { label: 'CE marking', status: 'confirmed' },
  },
  {
    name: 'en "was awarded ISO 27001 certification by BSI"',
    lang: 'en',
    text: 'Pellan Systems, a Leeds-based developer of payroll software, was awarded ISO 27001 certification by BSI last month.',
    kind: 'certification',
    parties: ['Pellan Systems'],
    expected: { label: 'ISO 27001', issuer: 'BSI' },
  },
  // Launches
  {
    name: 'fr a product "baptisé" X belongs to the company',
    lang: 'fr',
    published: PUB,
    text: 'Kestrane a levé 20 millions d’euros. Sa plateforme de maintenance prédictive, baptisée Kestra Pulse, sera commercialisée à partir du second semestre 2026.',
    kind: 'launch',
    parties: ['Kestrane'],
    expected: { eventDate: '2026', status: 'confirmed' },
  },
  {
    name: 'en a product named in apposition belongs to the company',
    lang: 'en',
    published: PUB,
    text: 'Pellan Systems won a contract with the NHS. Pellan Payroll 7, the next release of its software, will be available from June 2026.',
    kind: 'launch',
    parties: ['Pellan Systems'],
    expected: { eventDate: '2026-06' },
  },
  {
    name: 'en "is set to launch in May 2026": "May" is a month, not a hedge',
    lang: 'en',
    published: PUB,
    text: 'Nokia said its private 5G service is set to launch in May 2026.',
    kind: 'launch',
    parties: ['Nokia'],
    expected: { eventDate: '2026-05', status: 'confirmed' },
  },
  {
    name: 'en the joint venture as subject launches under its own name',
    lang: 'en',
    published: PUB,
    text: 'Thales and Nokia signed an agreement to form a joint venture, Aster Link. The joint venture will begin offering its secure radios from 2027.',
    kind: 'launch',
    parties: ['Aster Link'],
    expected: { eventDate: '2027', alliance: 'Aster Link' },
  },
  {
    name: "fr the company's own plan on its website is confirmed even in a rumour article",
    lang: 'fr',
    published: PUB,
    text: 'Engie aurait approché Solvane, selon nos informations. Solvane a obtenu la certification UL 9540 l’an dernier. Sa nouvelle gamme devrait être commercialisée à partir de 2027, selon le site internet de l’entreprise.',
    kind: 'launch',
    parties: ['Solvane'],
    expected: { eventDate: '2027', status: 'confirmed' },
  },
  // Parties
  {
    name: 'en a nationality in a descriptor picks the company of that country',
    lang: 'en',
    text: 'Nimbus Cloud, a Dutch hosting provider, is in talks with SAP. The German software group did not respond to a request for comment.',
    kind: 'statement',
    parties: ['SAP'],
    expected: { stance: 'no_comment' },
  },
  {
    name: 'fr "le groupe allemand" is the German company of the story, not the outlet or the target',
    lang: 'fr',
    text: 'Selon le Handelsblatt, SAP envisagerait une prise de participation dans Nimbus Cloud. Le groupe allemand n’a pas souhaité commenter.',
    kind: 'statement',
    parties: ['SAP'],
    expected: { stance: 'no_comment' },
  },
  {
    name: 'en a demonym is not a company',
    lang: 'en',
    text: 'Nimbus Cloud is in talks with SAP. The Dutch provider did not respond to a request for comment.',
    kind: 'statement',
    parties: ['Nimbus Cloud'],
    expected: { stance: 'no_comment' },
  },
  {
    name: 'en a possessive country is not a party',
    lang: 'en',
    text: 'Orange and Denmark’s Velora Health signed a partnership on Tuesday.',
    kind: 'agreement',
    parties: ['Orange', 'Velora Health'],
    expected: { status: 'confirmed' },
  },
  {
    name: 'fr an attribution "à en croire" names the outlet',
    lang: 'fr',
    text: 'Airbus serait en négociations exclusives pour racheter Orbex, à en croire Les Echos.',
    kind: 'acquisition',
    parties: ['Airbus', 'Orbex'],
    expected: { status: 'rumour', attribution: 'Les Echos' },
  },
];

interface Trap {
  name: string;
  lang: 'fr' | 'en';
  text: string;
  /** What must not be read: a kind, and optionally its exact parties / status. */
  kind: Claim['kind'];
  parties?: string[];
  status?: Claim['status'];
}

const traps: Trap[] = [
  {
    name: 'en "there had been no talks" is never a confirmed deal',
    lang: 'en',
    text: 'Atos said there had been no talks with Thales about a merger.',
    kind: 'agreement',
    status: 'confirmed',
  },
  {
    name: 'en "had not held any discussions" is never a confirmed deal',
    lang: 'en',
    text: 'Thales said it had not held any discussions with Airbus about a joint venture.',
    kind: 'agreement',
    status: 'confirmed',
  },
  {
    name: 'fr "n\'a jamais eu de discussions" is never a confirmed deal',
    lang: 'fr',
    text: 'Atos n’a jamais eu de discussions avec Thales.',
    kind: 'agreement',
    status: 'confirmed',
  },
  {
    name: 'fr currency and commodity moves are not share moves',
    lang: 'fr',
    text: 'Le pétrole Brent a progressé de 2 % tandis que l’euro a cédé 0,3 %.',
    kind: 'share_move',
  },
  {
    name: "en a sector's move is not a company's",
    lang: 'en',
    text: 'Technology shares fell 1.4% and banks rose 0.6%.',
    kind: 'share_move',
  },
  {
    name: 'fr companies welcoming a political agreement are not its parties',
    lang: 'fr',
    text: 'Airbus et Safran ont salué l’accord trouvé par les ministres sur le budget spatial.',
    kind: 'agreement',
  },
  {
    name: 'en companies welcoming a deal are not its parties',
    lang: 'en',
    text: 'Airbus and Safran welcomed the agreement reached by European ministers on launcher funding.',
    kind: 'agreement',
  },
  {
    name: 'en two companies doing similar deals with others are not partners',
    lang: 'en',
    text: 'Microsoft and Amazon have signed similar arrangements with other storage providers.',
    kind: 'agreement',
  },
  {
    name: 'fr two companies doing comparable deals elsewhere are not partners',
    lang: 'fr',
    text: 'Microsoft et Amazon ont signé des accords similaires avec d’autres fournisseurs.',
    kind: 'agreement',
  },
  {
    name: 'en a commodity move is not a share move',
    lang: 'en',
    text: 'Energy stocks gained as Brent crude rose 2.1% and WTI added 1.9%.',
    kind: 'share_move',
  },
  {
    name: 'en "no discussions about any investment" is never a confirmed agreement',
    lang: 'en',
    text: '"There are no discussions with Oracle about any investment in our capital," Atos said in a statement.',
    kind: 'agreement',
    status: 'confirmed',
  },
  {
    name: 'fr "aucune discussion" is never a confirmed agreement',
    lang: 'fr',
    text: 'Dans un communiqué, Atos a assuré qu’il n’y avait aucune discussion avec Oracle.',
    kind: 'agreement',
    status: 'confirmed',
  },
  {
    name: 'fr a product name is not a party',
    lang: 'fr',
    text: 'Kestrane a levé 20 millions d’euros. Son logiciel, baptisé Kestra Pulse, sera disponible en juin 2026.',
    kind: 'launch',
    parties: ['Kestra Pulse'],
  },
  {
    name: 'fr "Cette entrée au capital" refers back: no acquisition between the partners named after it',
    lang: 'fr',
    text: 'Cette entrée au capital intervient après la signature d’un partenariat entre Nuvane et Atos.',
    kind: 'acquisition',
  },
];

describe('phrasings beyond the tuning corpus', () => {
  for (const c of found) {
    it(c.name, () => {
      const claims = claimsOf(c.text, c.lang, c.published ?? PUB);
      const hits = find(claims, c.kind, c.parties);
      expect(hits, JSON.stringify(claims)).toHaveLength(1);
      expect(hits[0]).toMatchObject(c.expected);
    });
  }
});

describe('traps beyond the tuning corpus', () => {
  for (const t of traps) {
    it(t.name, () => {
      const claims = claimsOf(t.text, t.lang, PUB).filter(
        (c) =>
          c.kind === t.kind &&
          (t.status === undefined || c.status === t.status) &&
          (t.parties === undefined || t.parties.every((p) => c.parties.includes(p))),
      );
      expect(claims).toEqual([]);
    });
  }
});
