import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

interface Case {
  name: string;
  lang: 'fr' | 'en';
  text: string;
  published?: string;
  kind: 'agreement' | 'acquisition' | 'share_move' | 'certification' | 'launch' | 'statement';
  parties: string[];
  expected: Record<string, unknown>;
}

const cases: Case[] = [
  {
    name: 'fr agreement between two registry companies',
    lang: 'fr',
    text: 'Orange et Capgemini ont signé un partenariat stratégique dans le cloud.',
    kind: 'agreement',
    parties: ['Orange', 'Capgemini'],
    expected: { status: 'confirmed' },
  },
  {
    name: 'en joint venture with its name',
    lang: 'en',
    text: 'Thales and Google have created a joint venture called S3ns to sell trusted cloud services.',
    kind: 'agreement',
    parties: ['Thales', 'Google'],
    expected: { status: 'confirmed', alliance: 'S3ns' },
  },
  {
    name: 'fr joint venture named after "baptisée"',
    lang: 'fr',
    text: 'Safran et Airbus ont annoncé la création d’une coentreprise baptisée Orbitea.',
    kind: 'agreement',
    parties: ['Safran', 'Airbus'],
    expected: { status: 'confirmed', alliance: 'Orbitea' },
  },
  {
    name: 'fr acquisition of an unknown start-up with an amount',
    lang: 'fr',
    text: 'Capgemini a racheté la start-up Acme Robotics pour 1,2 milliard d’euros.',
    kind: 'acquisition',
    parties: ['Capgemini', 'Acme Robotics'],
    expected: { status: 'confirmed', amount: { value: 1.2e9, currency: 'EUR' } },
  },
  {
    name: 'en stake acquisition with percent and dollars',
    lang: 'en',
    text: 'Airbus took a 20% stake in Zorglub Technologies for $300 million.',
    kind: 'acquisition',
    parties: ['Airbus', 'Zorglub Technologies'],
    expected: { status: 'confirmed', percent: 20, amount: { value: 3e8, currency: 'USD' } },
  },
  {
    name: 'fr passive acquisition',
    lang: 'fr',
    text: 'La société Kordis Cloud a été rachetée par Sopra Steria en début de semaine.',
    kind: 'acquisition',
    parties: ['Sopra Steria', 'Kordis Cloud'],
    expected: { status: 'confirmed' },
  },
  {
    name: 'fr share move with narrow no-break space, weekday before publication',
    lang: 'fr',
    text: 'L’action Thales a chuté de 3,2\u202f% mardi après la publication des résultats.',
    published: '2024-06-13',
    kind: 'share_move',
    parties: ['Thales'],
    expected: { percent: 3.2, direction: 'down', eventDate: '2024-06-11', status: 'confirmed' },
  },
  {
    name: 'en share move on a weekday',
    lang: 'en',
    text: 'Atos shares rose 4.1% on Monday after the announcement.',
    published: '2024-06-12',
    kind: 'share_move',
    parties: ['Atos'],
    expected: { percent: 4.1, direction: 'up', eventDate: '2024-06-10' },
  },
  {
    name: 'fr share move "hier"',
    lang: 'fr',
    text: 'Le titre Worldline a bondi de 7 % hier à la Bourse de Paris.',
    published: '2024-03-05',
    kind: 'share_move',
    parties: ['Worldline'],
    expected: { percent: 7, direction: 'up', eventDate: '2024-03-04' },
  },
  {
    name: 'fr certification with issuer',
    lang: 'fr',
    text: 'OVHcloud a obtenu la qualification SecNumCloud de l’ANSSI pour son offre de cloud privé.',
    kind: 'certification',
    parties: ['OVHcloud'],
    expected: { label: 'SecNumCloud', issuer: 'ANSSI', status: 'confirmed' },
  },
  {
    name: 'en certification of a label the registry does not list',
    lang: 'en',
    text: 'Scaleway has received ISO 50001 certification for its data centers.',
    kind: 'certification',
    parties: ['Scaleway'],
    expected: { label: 'ISO 50001', status: 'confirmed' },
  },
  {
    name: 'fr launch with a month, said by the alliance (reported conditional is confirmed)',
    lang: 'fr',
    text: 'Bleu a indiqué que sa plateforme serait disponible en mars 2025.',
    kind: 'launch',
    parties: ['Bleu'],
    expected: { eventDate: '2025-03', alliance: 'Bleu', status: 'confirmed' },
  },
  {
    name: 'fr launch lower bound "pas avant"',
    lang: 'fr',
    text: 'Bleu a fait savoir que sa plateforme ne serait pas opérationnelle avant 2024.',
    kind: 'launch',
    parties: ['Bleu'],
    expected: { eventDate: '2024', bound: 'not_before', status: 'confirmed' },
  },
  {
    name: 'fr launch in a semester',
    lang: 'fr',
    text: 'Numspot lancera son offre souveraine au second semestre 2025.',
    kind: 'launch',
    parties: ['Numspot'],
    expected: { eventDate: '2025' },
  },
  {
    name: 'en company plan with a modal is confirmed',
    lang: 'en',
    text: 'Microsoft said its sovereign cloud region should be available in 2026.',
    kind: 'launch',
    parties: ['Microsoft'],
    expected: { eventDate: '2026', status: 'confirmed' },
  },
  {
    name: 'fr no comment',
    lang: 'fr',
    text: 'Contacté, Atos n’a pas souhaité commenter ces informations.',
    kind: 'statement',
    parties: ['Atos'],
    expected: { stance: 'no_comment', status: 'rumour' },
  },
  {
    name: 'en declined to comment',
    lang: 'en',
    text: 'A spokeswoman for Oracle declined to comment.',
    kind: 'statement',
    parties: ['Oracle'],
    expected: { stance: 'no_comment', status: 'rumour' },
  },
  {
    name: 'fr denial statement',
    lang: 'fr',
    text: 'Thales a démenti mercredi toute discussion avec Atos.',
    kind: 'statement',
    parties: ['Thales'],
    expected: { stance: 'deny', status: 'denied' },
  },
  {
    name: 'en confirmation statement',
    lang: 'en',
    text: 'Salesforce confirmed the talks with Capgemini on Tuesday.',
    kind: 'statement',
    parties: ['Salesforce'],
    expected: { stance: 'confirm', status: 'confirmed' },
  },
];

describe('claim kinds, sentence by sentence', () => {
  it.each(cases)('$name', ({ lang, text, published, kind, parties, expected }) => {
    const claims = claimsOf(text, lang, published);
    const found = find(claims, kind, parties);
    expect(found, JSON.stringify(claims)).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
  });
});
