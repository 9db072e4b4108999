import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, find } from './claims-of.ts';

/**
 * A description pointing back to a company already named in the same sentence ("Fjeldnet jumped after
 * a paper reported that Telia was preparing an offer for the Swedish fibre builder"): the descriptor
 * stands for that company, never for the subject of its own clause.
 */
const PUB = '2028-04-10';

interface Case {
  name: string;
  lang: 'fr' | 'en';
  text: string;
  kind: Claim['kind'];
  parties: string[];
  status: Claim['status'];
}

const resolved: Case[] = [
  {
    name: 'en: the target named before "reported that", described after',
    lang: 'en',
    text: 'Brasko shares rose 9% after Handelsblatt reported that Siemens was weighing a bid for the German software maker.',
    kind: 'acquisition',
    parties: ['Siemens', 'Brasko'],
    status: 'rumour',
  },
  {
    name: 'en: the Dutch food producer is the company whose shares fell',
    lang: 'en',
    text: 'Calvora fell 4% on Monday after the Financial Times reported that Unilever was preparing an offer for the Dutch food producer.',
    kind: 'acquisition',
    parties: ['Unilever', 'Calvora'],
    status: 'rumour',
  },
  {
    name: 'en: "builder" is a role',
    lang: 'en',
    text: 'Fjeldnet jumped 14.5% on Thursday after Dagens Industri reported that Telia was preparing an offer for the Swedish fibre builder.',
    kind: 'acquisition',
    parties: ['Telia', 'Fjeldnet'],
    status: 'rumour',
  },
  {
    name: 'fr: "que" opens the clause; l\'équipementier toulousain is the company named first',
    lang: 'fr',
    text: 'Le titre Orvane a bondi de 12 % après que Les Echos ont révélé que Thales préparait une offre sur l’équipementier toulousain.',
    kind: 'acquisition',
    parties: ['Thales', 'Orvane'],
    status: 'rumour',
  },
  {
    name: 'fr: l\'exploitant lyonnais after "a révélé que"',
    lang: 'fr',
    text: 'Fresnel a grimpé de 8 % après que Le Figaro a révélé que Vinci préparerait une offre sur l’exploitant lyonnais.',
    kind: 'acquisition',
    parties: ['Vinci', 'Fresnel'],
    status: 'rumour',
  },
  {
    name: 'en: the Norwegian operator is the company whose shares rose',
    lang: 'en',
    text: 'Halvard rose 6% after Bloomberg reported that Bouygues was considering a bid for the Norwegian operator.',
    kind: 'acquisition',
    parties: ['Bouygues', 'Halvard'],
    status: 'rumour',
  },
  {
    name: 'fr: le motoriste named in a fronted complement',
    lang: 'fr',
    text: 'Après des mois de discussions avec Safran, Gorvex a signé jeudi un accord avec le motoriste.',
    kind: 'agreement',
    parties: ['Gorvex', 'Safran'],
    status: 'confirmed',
  },
  {
    name: 'en: the Finnish equipment maker named in a fronted complement',
    lang: 'en',
    text: 'After months of talks with Nokia, Trelvane signed a supply contract with the Finnish equipment maker on Monday.',
    kind: 'agreement',
    parties: ['Trelvane', 'Nokia'],
    status: 'confirmed',
  },
  {
    name: 'fr: a registry descriptor of a company not named still stands for it',
    lang: 'fr',
    text: 'Le géant de Redmond a racheté Calvora.',
    kind: 'acquisition',
    parties: ['Microsoft', 'Calvora'],
    status: 'confirmed',
  },
  {
    name: 'fr: a descriptor right before a name introduces it (le motoriste Arvalis)',
    lang: 'fr',
    text: 'Safran a signé jeudi un accord avec le motoriste Arvalis.',
    kind: 'agreement',
    parties: ['Safran', 'Arvalis'],
    status: 'confirmed',
  },
];

describe('descriptors for a company already named in the sentence', () => {
  for (const c of resolved)
    it(c.name, () => {
      const claims = claimsOf(c.text, c.lang, PUB);
      const hits = find(claims, c.kind, c.parties);
      expect(hits).toHaveLength(1);
      expect(hits[0]?.status).toBe(c.status);
      // An acquisition lists the buyer first: the described target is never taken for the bidder.
      if (c.kind === 'acquisition') expect(hits[0]?.parties).toEqual(c.parties);
      // The descriptor never adds the same company twice nor a third party.
      for (const cl of claims) expect(new Set(cl.parties).size).toBe(cl.parties.length);
    });

  it('the subject of the clause is never the company its own object describes', () => {
    for (const [text, lang] of [
      ['Telia signed a supply deal with the Swedish operator on Monday.', 'en'],
      ['Trelvane signed a supply contract with the Finnish group.', 'en'],
      ['Gorvex a signé jeudi un accord avec le motoriste.', 'fr'],
    ] as const) {
      const claims = claimsOf(text, lang, PUB);
      expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
    }
  });

  it('a descriptor with a company of its kind named in an earlier sentence keeps that company', () => {
    const claims = claimsOf(
      'Trevanne a conclu mardi un contrat de fourniture avec Nokia. Dans la foulée, l’équipementier finlandais a aussi signé avec Rochemaure Ingénierie.',
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['Nokia', 'Rochemaure Ingénierie'])).toHaveLength(1);
  });
});
