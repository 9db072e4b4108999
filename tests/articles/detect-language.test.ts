import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/articles/detect-language.ts';
import { DEAL_STORY, FRENCH_STORY, GERMAN_TEXT, SPANISH_TEXT } from './fixtures/stories.ts';

describe('detectLanguage', () => {
  it('recognises French and English prose', () => {
    expect(detectLanguage(FRENCH_STORY.join('\n\n'))).toBe('fr');
    expect(detectLanguage(DEAL_STORY.join('\n\n'))).toBe('en');
  });

  it('recognises single sentences and headlines with enough words', () => {
    expect(
      detectLanguage('La banque a confirmé le rachat de sa filiale belge pour 300 millions d’euros.'),
    ).toBe('fr');
    expect(detectLanguage('The bank has denied that it is in talks to sell its Belgian unit.')).toBe('en');
  });

  it('says neither for German, Spanish, text without words, or too little text', () => {
    expect(detectLanguage(GERMAN_TEXT)).toBeUndefined();
    expect(detectLanguage(SPANISH_TEXT)).toBeUndefined();
    expect(detectLanguage('')).toBeUndefined();
    expect(detectLanguage('12,5 % | 3 450 | +0,4')).toBeUndefined();
    expect(detectLanguage('Airbus')).toBeUndefined();
  });

  it('is not fooled by a few English words in a French text, or the reverse', () => {
    const french = `${FRENCH_STORY[0]} Le directeur parle d’un « game changer » pour le private equity.`;
    expect(detectLanguage(french)).toBe('fr');
    const english = `${DEAL_STORY[0]} Executives called it a « mariage de raison » between the two firms.`;
    expect(detectLanguage(english)).toBe('en');
  });
});
