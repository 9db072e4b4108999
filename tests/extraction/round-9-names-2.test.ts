import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * Where a company name starts and ends, second pass (round 9b): a wire desk's version tags ("UPDATE 2-",
 * "CORRECTED-", "EXCLUSIVE-", « RECTIFICATIF- », "(UPDATE 1)") and its bracketed notes ("(Adds comment from
 * X in paragraph 5)", « (Actualisé avec … ) », "(Reporting by …)") give no name and no claim. Invented wire
 * stories and sentences, both languages.
 */
const PUB = '2029-05-09T08:00:00Z'; // a Wednesday

const partiesOf = (claims: Claim[], kind: Claim['kind']) =>
  claims.filter((c) => c.kind === kind).map((c) => [...c.parties].sort().join(' | '));
const allParties = (claims: Claim[]) => claims.flatMap((c) => c.parties);

describe('a wire desk’s tags and notes give no name', () => {
  it('reads an English update whose headline carries "UPDATE 2-" and whose first line is the desk’s note', () => {
    const text = [
      '(Adds Brackwell share move, analyst comment in paragraphs 4-5)',
      'OSLO, May 9 (Northwire) - Norwegian fish farmer Brackwell has agreed to buy Tindholm Aqua, a smaller rival, for 2.1 billion crowns, the two companies said on Wednesday.',
      'Brackwell shares rose 4.2% in Oslo.',
      '(Reporting by Ingrid Solberg; editing by Mark Dewhurst)',
    ].join('\n\n');
    const claims = claimsOf(text, 'en', PUB, 'UPDATE 2-Brackwell to buy rival Tindholm Aqua');
    expect(partiesOf(claims, 'acquisition')).toEqual(['Brackwell | Tindholm Aqua']);
    expect(partiesOf(claims, 'share_move')).toEqual(['Brackwell']);
    expect(allParties(claims).some((p) => /Adds|UPDATE|Reporting/u.test(p))).toBe(false);
  });

  it('drops "CORRECTED-" and "EXCLUSIVE-" glued to the headline’s first name', () => {
    const corrected = claimsOf(
      'LISBON, May 9 (Northwire) - Portuguese lender Banco Alvorada said on Wednesday it had bought a 30% stake in fintech Pagaflux.\n\nBanco Alvorada declined to give the price.',
      'en',
      PUB,
      'CORRECTED-Banco Alvorada buys 30% of Pagaflux',
    );
    expect(allParties(corrected)).not.toContain('CORRECTED-Banco Alvorada');
    expect(partiesOf(corrected, 'acquisition')).toEqual(['Banco Alvorada | Pagaflux']);
    const exclusive = claimsOf(
      'Harwick Logistics is in talks to buy Danish freight forwarder Skovlund Transport, three people familiar with the matter said.\n\nHarwick declined to comment.',
      'en',
      PUB,
      'EXCLUSIVE-Harwick Logistics in talks to buy Skovlund Transport -sources',
    );
    expect(allParties(exclusive).some((p) => p.includes('EXCLUSIVE'))).toBe(false);
    expect(partiesOf(exclusive, 'statement')).toEqual(['Harwick Logistics']);
  });

  it('reads a French correction and update: « RECTIFICATIF- », « (Actualisé avec …) », « (Rédaction …) »', () => {
    const text = [
      '(Actualisé avec le démenti de Valmorel Industrie au 3e paragraphe)',
      'GRENOBLE, 9 mai (Agence Dauphine) - Corvalis, spécialiste des capteurs industriels coté sur Euronext Growth, a obtenu la certification ISO 50001 pour ses deux usines.',
      'Valmorel Industrie a démenti mercredi être en discussions pour racheter Corvalis.',
      '(Rédaction Paul Ferrand, édité par Anne Morel)',
    ].join('\n\n');
    const claims = claimsOf(
      text,
      'fr',
      PUB,
      'RECTIFICATIF-Corvalis obtient la certification ISO 50001 (UPDATE 1)',
    );
    expect(partiesOf(claims, 'certification')).toEqual(['Corvalis']);
    expect(allParties(claims).some((p) => /RECTIFICATIF|Actualisé|Rédaction/u.test(p))).toBe(false);
    // The desk's note tells of the denial; only the story's own sentence gives it.
    expect(claims.filter((c) => c.evidence.text.startsWith('(Actualisé'))).toEqual([]);
  });

  it('strips the tag from a headline given as the text’s first line', () => {
    const text =
      'RPT-Tarvel Énergie signe un contrat avec Enedis\n\nTarvel Énergie a signé mercredi un contrat de cinq ans avec Enedis pour la maintenance de postes électriques.';
    const claims = claimsOf(text, 'fr', PUB);
    expect(partiesOf(claims, 'agreement')).toEqual(['Enedis | Tarvel Énergie']);
    expect(allParties(claims).some((p) => p.startsWith('RPT'))).toBe(false);
  });

  it('keeps a bracketed sentence of the story and a company whose name is a capitalised word', () => {
    // Counter-examples: prose in brackets is the story's; "Focus Home" is a name, no tag (no dash after it).
    const claims = claimsOf(
      'Grenwald Foods signed a supply agreement with Ostby Mills on Wednesday.\n\n(Grenwald also said it had bought a 20% stake in Ostby Mills.)',
      'en',
      PUB,
      'Focus Home Interactive signs with Kaltura',
    );
    expect(partiesOf(claims, 'acquisition')).toEqual(['Grenwald Foods | Ostby Mills']);
  });
});

/**
 * A headline names the company short ("La maison de cognac Trémolat", "Portuguese lender Alvorada"), the body
 * in full ("Maison Trémolat", "Banco Alvorada"): what the headline's descriptor stands for later in the story
 * ("la maison", "the lender") is the fullest name.
 */
describe('a short form from the headline stands for the full name the body writes', () => {
  it('gives « la maison » the full « Maison … » the body writes after a headline without it', () => {
    const text = [
      "La petite maison d'Épernay a signé un accord avec un importateur japonais.",
      'Maison Verlaincourt, fondée en 1870 à Épernay, a signé cette semaine un accord de distribution avec Kanzaki Trading.',
      'La maison lancera en juin une cuvée sans sulfites. Ses vignes ont obtenu cet été le label HVE.',
    ].join('\n\n');
    const claims = claimsOf(text, 'fr', PUB, 'La maison de champagne Verlaincourt vise le Japon');
    expect(partiesOf(claims, 'launch')).toEqual(['Maison Verlaincourt']);
    expect(partiesOf(claims, 'certification')).toEqual(['Maison Verlaincourt']);
    expect(allParties(claims)).not.toContain('Verlaincourt');
  });

  it('gives "the lender" the full name when the headline dropped its trade word', () => {
    const text = [
      'Banco Alvorada said on Wednesday it had bought a 30% stake in Pagaflux, a Lisbon payments start-up.',
      'The lender will launch a joint payment card with Pagaflux in September.',
    ].join('\n\n');
    const claims = claimsOf(text, 'en', PUB, 'Portuguese lender Alvorada takes stake in Pagaflux');
    expect(partiesOf(claims, 'launch')).toEqual(['Banco Alvorada']);
    expect(allParties(claims)).not.toContain('Alvorada');
  });

  it('keeps the headline’s name when the body gives it no fuller form, or two', () => {
    // Counter-examples: no longer name to take; two longer names ending alike leave the short one as it is.
    const alone = claimsOf(
      'Le négociant Castelbrun a signé mercredi un accord de distribution avec Auchan.\n\nLe négociant lancera en juin une cuvée sans sulfites.',
      'fr',
      PUB,
      'Le négociant Castelbrun signe avec Auchan',
    );
    expect(partiesOf(alone, 'launch')).toEqual(['Castelbrun']);
    const two = claimsOf(
      'Domaine Ferrolle et Caves Ferrolle ont signé un accord de distribution avec Auchan.\n\nLa maison lancera en juin une cuvée sans sulfites.',
      'fr',
      PUB,
      'La maison Ferrolle vise la grande distribution',
    );
    expect(allParties(two)).not.toContain('Caves Ferrolle Domaine Ferrolle');
    expect(partiesOf(two, 'launch').every((p) => p === 'Ferrolle')).toBe(true);
  });
});

/**
 * A legal form or a holding before a name: « la SASP du Racing Club … », « la SAS Ferronnerie Lebrun »,
 * « via la holding Sarrazet Frères », "to Belgian industrial holding Groupe Vandemoortel". The form is no word
 * of the name, and the slot before it is the name's.
 */
describe('a legal form or a holding before a name', () => {
  const cases: [string, 'fr' | 'en', Claim['kind'], string][] = [
    [
      'Le fonds Dunholm Partners discuterait du rachat de 60 % de la SASP du Stade Olympique Lavallois.',
      'fr',
      'acquisition',
      'Dunholm Partners | Stade Olympique Lavallois',
    ],
    [
      'Helvor Réseaux a racheté la SAS Bretagne Fibre Services, un installateur de réseaux de Vannes.',
      'fr',
      'acquisition',
      'Bretagne Fibre Services | Helvor Réseaux',
    ],
    [
      'La SARL Menuiseries Gallardet a signé un contrat de cinq ans avec Eiffage.',
      'fr',
      'agreement',
      'Eiffage | Menuiseries Gallardet',
    ],
    [
      'Eurazeo a pris 30 % de la holding Tarvel Participations.',
      'fr',
      'acquisition',
      'Eurazeo | Tarvel Participations',
    ],
    [
      'Imerys agreed to sell its talc business to Belgian industrial holding Groupe Vandemoortel for 520 million euros.',
      'en',
      'acquisition',
      'Groupe Vandemoortel | Imerys',
    ],
  ];
  for (const [text, lang, kind, parties] of cases)
    it(`${kind}: ${text.slice(0, 60)}`, () => {
      expect(partiesOf(claimsOf(text, lang, PUB), kind)).toEqual([parties]);
    });

  it('keeps a company whose name is the legal form’s letters, with no article before them', () => {
    // Counter-example: the airline « SAS » is a name; so is a form written after the name.
    const claims = claimsOf('SAS a signé un accord de partage de codes avec Finnair.', 'fr', PUB);
    expect(partiesOf(claims, 'agreement')).toEqual(['Finnair | SAS']);
  });
});

/**
 * "Canadian Maple Corp." then "Canadian Maple will sell …": a name cut before its "Corp."/"Corporation" is the
 * same company, as before "Inc." or "Ltd"; the demonym that opened it is read as no name alone.
 */
describe('a name without its "Corp." is the company the article named with it', () => {
  it('gives the later short form the full name', () => {
    const claims = claimsOf(
      'Canadian Maple Corp. has signed a distribution agreement with Fjordvik, a Norwegian maker of outdoor gear.\n\nCanadian Maple will sell the Fjordvik range in 80 stores from April 1, 2030.',
      'en',
      PUB,
    );
    expect(partiesOf(claims, 'launch')).toEqual(['Canadian Maple Corp']);
    expect(allParties(claims)).not.toContain('Maple');
  });
});
