import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/articles/parse-article.ts';

/**
 * A page whose `<main>` (or `<article>`) holds the prose container and furniture beside it: the
 * preferred container is kept for its headings and standfirst, not for its issue bars and boxes.
 */
const page = (inside: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Storage deal | Wattline Weekly</title></head><body>
<header><nav><a href="/">Home</a> <a href="/grids">Grids</a></nav></header>
<main>${inside}</main><footer>© 2027 Wattline Media Ltd.</footer></body></html>`;

const STORY = `<div class="story">
<p>Pellmore Energy, the battery developer based in Leeds, has signed a ten-year tolling agreement with the Czech utility Ostrava Power for a 200 MW storage site near Brno, the two companies said on Wednesday.</p>
<p>The deal is Pellmore's first outside the United Kingdom. Its chief executive said construction would start in the autumn and the site would be connected to the grid in 2029.</p>
<p>Ostrava Power shares rose 3.1% in Prague on Wednesday. The utility has been looking for flexible capacity since two of its coal units closed last year, according to its annual report.</p>
</div>`;

describe('furniture beside the prose core of a preferred container', () => {
  it('drops an issue bar, a price strip and a box of note-form takeaways', () => {
    const text = parseArticle(
      page(`<div class="issue-bar">Issue 212 · Thursday 4 March 2027 · 6 min read</div>
<div class="prices"><span>Brent $81.20 ▲0.4%</span> <span>TTF €31.05 ▼1.2%</span></div>
<h1>Storage deal</h1>${STORY}
<div class="box"><h3>Key takeaways</h3><ul><li>Pellmore–Ostrava: 10-year tolling, 200 MW</li><li>Ostrava Power +3.1% Wed</li></ul></div>`),
    ).text;
    expect(text).toContain('has signed a ten-year tolling agreement');
    expect(text).toContain('Ostrava Power shares rose 3.1% in Prague on Wednesday.');
    expect(text).not.toContain('Issue 212');
    expect(text).not.toContain('Brent');
    expect(text).not.toContain('Key takeaways');
    expect(text).not.toContain('+3.1% Wed');
  });

  it('keeps a standfirst, a short sentence and a subheading with its paragraph beside the core', () => {
    const text = parseArticle(
      page(`<p class="dek">A deal that would give the Leeds developer its first foothold in central Europe's storage market</p>
<p class="kicker">Both boards approved it.</p>${STORY}
<h2>What comes next</h2><div class="part"><p>Pellmore said it was in talks over two further sites in Slovakia, without naming the buyers of their output or the size of the projects.</p></div>`),
    ).text;
    expect(text).toContain("first foothold in central Europe's storage market");
    expect(text).toContain('Both boards approved it.');
    expect(text).toContain('What comes next');
    expect(text).toContain('two further sites in Slovakia');
  });

  it('reads the French press the same way (« En bref » box, date line)', () => {
    const text = parseArticle(
      page(`<p class="date">Mis à jour le 4 mars 2027 · 3 min</p><article><div class="corps">
<p>Le développeur lyonnais Ravenne Stockage a signé mercredi un contrat de dix ans avec l'énergéticien tchèque Ostrava Power pour un site de batteries de 200 MW près de Brno.</p>
<p>Il s'agit de la première opération du groupe hors de France. Son président a précisé que la construction commencerait à l'automne et que le site serait raccordé au réseau en 2029.</p>
<p>Le titre Ostrava Power a gagné 3,1 % mercredi à Prague, selon les cours de clôture publiés par la Bourse.</p>
</div><div class="encadre"><h3>En bref</h3><ul><li>Contrat de 10 ans, 200 MW</li><li>Ostrava Power +3,1 %</li></ul></div></article>`).replace(
        'lang="en"',
        'lang="fr"',
      ),
    ).text;
    expect(text).toContain('a signé mercredi un contrat de dix ans');
    expect(text).toContain('a gagné 3,1 % mercredi à Prague');
    expect(text).not.toContain('En bref');
    expect(text).not.toContain('Contrat de 10 ans, 200 MW');
  });
});
