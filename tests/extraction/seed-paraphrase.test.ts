import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

// An article written for vigie in the spirit of the seed: what DOMAIN.md says the seed holds.
const text = readFileSync(new URL('../../fixtures/seed-paraphrase/article.txt', import.meta.url), 'utf8');
const claims = claimsOf(text, 'fr', '2021-12-14');

describe('seed paraphrase', () => {
  it('reads the rumoured Amazon/Atos agreement, attributed to JDN', () => {
    expect(find(claims, 'agreement', ['Amazon', 'Atos'])).toEqual([
      expect.objectContaining({ status: 'rumour', attribution: 'JDN' }),
    ]);
  });

  it('reads the two no-comment statements', () => {
    for (const speaker of ['Atos', 'Amazon'])
      expect(find(claims, 'statement', [speaker])).toEqual([
        expect.objectContaining({ stance: 'no_comment', status: 'rumour' }),
      ]);
  });

  it('reads the Atos share move on the Monday before publication', () => {
    expect(find(claims, 'share_move', ['Atos'])).toEqual([
      expect.objectContaining({
        percent: 5.57,
        direction: 'up',
        eventDate: '2021-12-13',
        status: 'confirmed',
      }),
    ]);
  });

  it('reads the confirmed alliances Bleu and S3ns', () => {
    expect(find(claims, 'agreement', ['Microsoft', 'Orange', 'Capgemini'])).toEqual([
      expect.objectContaining({ status: 'confirmed', alliance: 'Bleu' }),
    ]);
    expect(find(claims, 'agreement', ['Google', 'Thales'])).toEqual([
      expect.objectContaining({ status: 'confirmed', alliance: 'S3ns' }),
    ]);
  });

  it('reads the launch dates: Bleu not before 2024, S3ns in 2022', () => {
    expect(find(claims, 'launch', ['Bleu'])).toEqual([
      expect.objectContaining({ eventDate: '2024', bound: 'not_before', status: 'confirmed' }),
    ]);
    expect(find(claims, 'launch', ['S3ns'])).toEqual([
      expect.objectContaining({ eventDate: '2022', status: 'confirmed' }),
    ]);
  });

  it('reads the four SecNumCloud holders, and not the label the rumoured offer still has to obtain', () => {
    const certified = claims.filter((c) => c.kind === 'certification');
    expect(certified.map((c) => c.parties[0]).sort()).toEqual([
      '3DS Outscale',
      'Cloud Temple',
      'OVHcloud',
      'Worldline',
    ]);
    for (const c of certified) expect(c).toMatchObject({ label: 'SecNumCloud', status: 'confirmed' });
    expect(certified.some((c) => c.parties.includes('Amazon') || c.parties.includes('Atos'))).toBe(false);
  });

  it('holds nothing else', () => {
    expect(claims).toHaveLength(12);
  });
});
