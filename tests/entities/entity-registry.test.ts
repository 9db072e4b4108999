import { describe, expect, it } from 'vitest';
import { createEntityRegistry } from '../../src/entities/entity-registry.ts';
import { foldText } from '../../src/entities/fold-text.ts';
import { SHIPPED_ENTITIES } from '../../src/entities/load-shipped-entities.ts';

const registry = createEntityRegistry();
const names = (text: string) => registry.findMentions(text).map((m) => m.entity.name);

describe('shipped entity registry', () => {
  it('holds a few hundred entries of every type', () => {
    expect(registry.entities.length).toBeGreaterThan(300);
    const types = new Set(registry.entities.map((e) => e.type));
    expect([...types].sort()).toEqual(['alliance', 'company', 'label', 'outlet', 'regulator']);
  });

  // Two rounds merged at once once added the same regulators twice; the registry folds a second entry into the
  // first (its country, ticker and roles win), so the duplicates are counted in the file's own entries.
  it('names each entity once in the shipped file', () => {
    const seen = new Map<string, number>();
    for (const e of SHIPPED_ENTITIES) seen.set(foldText(e.name), (seen.get(foldText(e.name)) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([name]) => name)).toEqual([]);
  });

  it.each([
    ['Google Thalès (S3ns)', ['Google', 'Thales', 'S3ns']],
    ['AWS et Amazon Web Services', ['Amazon', 'Amazon']],
    ['le géant de Redmond et le géant de Mountain View', ['Microsoft', 'Google']],
    ['Le groupe de Jeff Bezos', ['Amazon']],
    ['the Redmond giant', ['Microsoft']],
    ['OVH, 3DS Outscale, Cloud Temple', ['OVHcloud', '3DS Outscale', 'Cloud Temple']],
    ['la qualification SecNumCloud de l’Anssi', ['SecNumCloud', 'ANSSI']],
    ['SOCIETE GENERALE et Société Générale', ['Société Générale', 'Société Générale']],
    ['BSI C5 du BSI', ['BSI C5', 'BSI']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('never matches inside a word, and common words only with their capital', () => {
    expect(names('Atosphere, orangeade, une orange bleue, le mistral souffle')).toEqual([]);
    expect(names('Tim Cook a parlé à TIM')).toEqual(['Telecom Italia']);
  });

  it('returns offsets into the searched text', () => {
    const text = 'Accord entre Thalès et Google.';
    const [m] = registry.findMentions(text);
    expect(text.slice(m?.start, m?.end)).toBe('Thalès');
  });

  it('is extended and overridden by the config entities', () => {
    const extended = createEntityRegistry([
      { name: 'Acme Robotics', aliases: ['Acme'], descriptors: ['le roboticien lyonnais'], type: 'company' },
      { name: 'Orange', aliases: ['Orange Cloud'], descriptors: [], type: 'company' },
    ]);
    const found = extended.findMentions('Acme, le roboticien lyonnais, et Orange Cloud');
    expect(found.map((m) => m.entity.name)).toEqual(['Acme Robotics', 'Acme Robotics', 'Orange']);
    expect(extended.get('france telecom')?.name).toBe('Orange');
  });
});

describe('aliases of one language’s press only', () => {
  it('"BCE" is the ECB in French text and nothing of the registry in English text', () => {
    const mentions = (text: string, language: 'fr' | 'en') =>
      registry.findMentions(text, undefined, undefined, language).map((m) => m.entity.name);
    expect(mentions('La BCE a relevé ses taux.', 'fr')).toEqual(['ECB']);
    expect(mentions('Shares of BCE rose 0.4%.', 'en')).toEqual([]);
    expect(mentions('The European Central Bank raised rates.', 'en')).toEqual(['ECB']);
    expect(registry.get('BCE', 'fr')?.name).toBe('ECB');
    expect(registry.get('BCE', 'en')).toBeUndefined();
    expect(registry.get('BCE')).toBeUndefined();
  });

  it('a user may set them in the config, and a name of one language does not shadow the others', () => {
    const custom = createEntityRegistry([
      {
        name: 'Caisse Vallière',
        aliases: [],
        descriptors: [],
        type: 'company',
        languageAliases: { fr: ['CV'] },
      },
      { name: 'Corvane Ventures', aliases: ['CV'], descriptors: [], type: 'company' },
    ]);
    const first = (text: string, language: 'fr' | 'en') =>
      custom.findMentions(text, undefined, undefined, language)[0]?.entity.name;
    expect(first('La CV a investi.', 'fr')).toBe('Caisse Vallière');
    expect(first('CV invested.', 'en')).toBe('Corvane Ventures');
    expect(custom.get('CV', 'fr')?.name).toBe('Caisse Vallière');
    expect(custom.get('CV', 'en')?.name).toBe('Corvane Ventures');
  });
});
