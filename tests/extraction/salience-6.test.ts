import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-of.ts';

/** Mechanism round 7, salience 6: an English role noun followed by its verb is a descriptor, not an introduction. */
const DAY = '2029-03-13';

const kinds = (text: string, language: 'fr' | 'en') =>
  claimsOf(text, language, DAY).map((c) => `${c.kind}:${c.parties.join('+')}`);
const withStatus = (text: string, language: 'fr' | 'en') =>
  claimsOf(text, language, DAY).map((c) => `${c.kind}:${c.parties.join('+')}:${c.status}`);

describe('an English role followed by a verb and a capitalised word stands for a company', () => {
  it('"the carrier obtained ISO 14001", "the lender told Reuters", "the insurer won Solvency approval"', () => {
    expect(
      kinds(
        'Valdrenne Airways signed a codeshare agreement with TAP on Monday. The deal starts in June. The Geneva-based carrier obtained ISO 14001 certification for its maintenance base in August.',
        'en',
      ),
    ).toContain('certification:Valdrenne Airways');
    expect(
      kinds(
        'Pennard Bank is weighing a bid for Cortley Finance, according to people familiar with the matter. The Welsh lender told Reuters it had no comment.',
        'en',
      ),
    ).toContain('statement:Pennard Bank');
    expect(
      kinds(
        'Halvern Insurance agreed to buy a 30% stake in Brightmoor Re on Tuesday. Shares rose 2%. The Leeds-based insurer obtained ISO 27001 certification for its claims platform in May.',
        'en',
      ),
    ).toContain('certification:Halvern Insurance');
  });

  it('counter-example: a role right before a name, or "called", still introduces that name', () => {
    const intro = kinds(
      'Orvane Systems said on Monday it had signed a supply agreement with the Lyon-based start-up Quantalys. The start-up obtained ISO 27001 certification in May.',
      'en',
    );
    expect(intro).toContain('agreement:Orvane Systems+Quantalys');
    expect(intro).not.toContain('agreement:Orvane Systems+Orvane Systems');
  });

  it('French introductions keep their adjectives between the role and the name', () => {
    expect(
      kinds(
        'Orvane Systems a signé lundi un accord de fourniture avec la start-up grenobloise Quantalys.',
        'fr',
      ),
    ).toContain('agreement:Orvane Systems+Quantalys');
  });
});

describe('a descriptor explaining a move whose company the engine did not read adds no other company', () => {
  it('"X closed up 9.7% after the Grenoble-based company and Y set up …" is not the topic with Y', () => {
    const en = kinds(
      'Aperam, the Luxembourg-based stainless steel maker, lost 2.2%. In Paris, Vallorge Hydrogene closed up 9.7% after the Grenoble-based company and TotalEnergies set up a joint venture.',
      'en',
    );
    expect(en).not.toContain('agreement:Aperam+TotalEnergies');
  });

  it('counter-example: a mover the engine read is the descriptor', () => {
    const en = kinds(
      'Aperam lost 2.2%. In Paris, Vallorge Hydrogène closed up 9.7% after the Grenoble-based company and TotalEnergies set up a joint venture.',
      'en',
    );
    expect(en).not.toContain('agreement:Aperam+TotalEnergies');
  });
});

describe('a no-comment clause past a semicolon with its own unnamed subject is not the first company’s', () => {
  it('"SAP rejects a report; the London-listed target stays silent"', () => {
    const en = withStatus(
      'Orvane Systems denied a report that it was buying Quarrymoor Software. The French group rejects the report of an approach; the London-listed target stays silent.',
      'en',
    );
    expect(en).not.toContain('statement:Orvane Systems:rumour');
    const other = withStatus(
      'Halvern Insurance confirmed talks with Brightmoor Re on Tuesday; the smaller company remained tight-lipped.',
      'en',
    );
    expect(other).not.toContain('statement:Halvern Insurance:rumour');
  });

  it('counter-example: the company itself past the semicolon still speaks', () => {
    expect(
      kinds('Orvane Systems shares rose 3%; Orvane Systems declined to comment on the report.', 'en'),
    ).toContain('statement:Orvane Systems');
  });
});
