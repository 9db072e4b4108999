import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One page of the syndication site: an outlet's article and the feed that lists it. */
interface Page {
  path: string;
  outlet: string;
  published: string;
  title: string;
  body: string;
  /** A republisher's own line above the body. */
  intro?: string;
  /** The page's canonical link (a copy naming its original). */
  canonical?: SyndicationPageName;
}

type SyndicationPageName = 'rumour' | 'original' | 'copy' | 'mirror';

const RUMOUR = `Selon nos informations, le constructeur naval Ostravel serait en discussions avancées avec l'électricien Brunmark pour signer un partenariat sur la propulsion hybride des ferries. Les deux groupes n'ont pas souhaité commenter.`;

// The same dispatch, word for word, on two sites: the agency's and a regional paper's a day later, which
// adds its own intro line. "hier" is the agency's Wednesday: read against the copy's date it would be
// Thursday, so claims read from the copy's text are not the story's claims.
const SIGNED = [
  `Le constructeur naval Ostravel et l'électricien Brunmark ont signé jeudi un partenariat pour équiper les ferries d'une propulsion hybride.`,
  `Les deux entreprises annoncent un premier navire livré au printemps prochain, suivi de quatre unités destinées aux lignes de la Manche.`,
  `Le montant de l'accord n'a pas été dévoilé, mais les dirigeants évoquent un engagement de dix ans.`,
  `L'action Ostravel a gagné 3,4 % hier à la clôture, au lendemain des premières rumeurs.`,
  `Les chantiers de Saint-Vaast assembleront les coques, tandis que Brunmark fournira les batteries et le système de gestion de l'énergie depuis son usine de Caen.`,
  `Les syndicats du port saluent un projet qui pourrait créer près de deux cents emplois dans la région d'ici trois ans.`,
].join(' ');

export const SYNDICATION_PAGES = {
  rumour: {
    path: '/echos-du-port/rumeur.html',
    outlet: 'Les Échos du Port',
    published: '2026-04-01T08:00:00+02:00',
    title: 'Ostravel et Brunmark en discussions',
    body: RUMOUR,
  },
  original: {
    path: '/agence-maritime/accord.html',
    outlet: 'Agence Maritime',
    published: '2026-04-02T10:00:00+02:00',
    title: 'Ostravel et Brunmark signent un partenariat',
    body: SIGNED,
  },
  copy: {
    path: '/gazette-regionale/accord.html',
    outlet: 'Gazette Régionale',
    published: '2026-04-03T07:30:00+02:00',
    title: 'Ostravel et Brunmark signent un partenariat',
    body: SIGNED,
    intro: `Dépêche reprise avec l'accord de l'Agence Maritime.`,
  },
  // A copy that says where it comes from: its canonical link names the agency's page, whatever its date.
  mirror: {
    path: '/veille-navale/ostravel-brunmark.html',
    outlet: 'Veille Navale',
    published: '2026-04-02T11:00:00+02:00',
    title: 'Ostravel et Brunmark signent un partenariat',
    body: SIGNED,
    intro: `Nous reproduisons ci-dessous la dépêche de l'Agence Maritime.`,
    canonical: 'original',
  },
} satisfies Record<SyndicationPageName, Page>;

export type SyndicationPage = keyof typeof SYNDICATION_PAGES;

export interface SyndicationSite {
  baseUrl: string;
  urlOf(page: SyndicationPage): string;
  /** A source (one RSS feed) listing only that page. */
  source(page: SyndicationPage): { name: string; type: 'rss'; url: string; schedule: string };
  close(): Promise<void>;
}

function html(page: Page, baseUrl: string): string {
  const canonical = page.canonical
    ? `<link rel="canonical" href="${baseUrl}${SYNDICATION_PAGES[page.canonical].path}">`
    : '';
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${page.title}</title>${canonical}
<meta property="og:site_name" content="${page.outlet}">
<meta property="article:published_time" content="${page.published}"></head>
<body><article><h1>${page.title}</h1>${page.intro ? `<p><em>${page.intro}</em></p>` : ''}<p>${page.body}</p></article></body></html>`;
}

function feed(page: Page, url: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${page.outlet}</title>
<link>${url}</link><description>${page.outlet}</description>
<item><title>${page.title}</title><link>${url}</link><guid>${url}</guid>
<pubDate>${new Date(page.published).toUTCString()}</pubDate></item></channel></rss>`;
}

/** Three outlets on 127.0.0.1: a rumour, an agency dispatch confirming it, and a later copy of it. */
export async function startSyndicationSite(): Promise<SyndicationSite> {
  let baseUrl = '';
  const pages = Object.entries(SYNDICATION_PAGES) as [SyndicationPage, Page][];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    for (const [name, page] of pages) {
      if (path === page.path) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html(page, baseUrl));
        return;
      }
      if (path === `/feeds/${name}.xml`) {
        res
          .writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' })
          .end(feed(page, `${baseUrl}${page.path}`));
        return;
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not here\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    urlOf: (page) => `${baseUrl}${SYNDICATION_PAGES[page].path}`,
    source: (page) => ({
      name: page,
      type: 'rss',
      url: `${baseUrl}/feeds/${page}.xml`,
      schedule: '0 * * * *',
    }),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
