/**
 * Listing pages written for these tests (invented companies and headlines), shaped like the section
 * fronts of business news sites: article blocks, relative links, <time> tags, ads to other sites.
 */
export const SECTION_FRONT = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Entreprises | Le Courrier des Affaires</title></head>
<body>
  <header><a href="/">Accueil</a> <a href="/entreprises/">Entreprises</a></header>
  <main>
    <div class="teaser">
      <h2 class="teaser__title"><a href="/entreprises/2024/03/12/nordalys-rachat-veltis.html">Nordalys serait en
        discussions pour racheter Veltis</a></h2>
      <span class="teaser__date">12 mars 2024</span>
    </div>
    <div class="teaser">
      <h2 class="teaser__title"><a href="2024/03/11/ombreval-certification.html?utm_source=home#top">Ombreval
        obtient sa certification&nbsp;&laquo;&nbsp;cloud de confiance&nbsp;&raquo;</a></h2>
      <time datetime="2024-03-11T08:30:00+01:00">11/03/2024</time>
    </div>
    <div class="teaser">
      <h2 class="teaser__title"><a href="/entreprises/2024/03/12/nordalys-rachat-veltis.html">Nordalys et Veltis
        (doublon de la une)</a></h2>
    </div>
    <div class="teaser sponsored">
      <h2 class="teaser__title"><a href="https://ads.example.net/click?id=42">Placez votre épargne</a></h2>
    </div>
    <div class="teaser">
      <h2 class="teaser__title"><a href="javascript:void(0)">Lien cassé</a></h2>
    </div>
    <div class="teaser">
      <h2 class="teaser__title"><a href="https://bourse.courrier-affaires.test/valeurs/pyrene-energie">Pyrène
        Énergie bondit de 5,57&nbsp;% en séance</a></h2>
      <span class="teaser__date">Tue, 12 Mar 2024 16:45:00 +0100</span>
    </div>
  </main>
</body></html>`;

/** Links inserted by a script after load, the way single-page news sites build their lists. */
export function scriptedListing(beaconUrl: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Markets wire</title></head>
<body>
  <ul id="wire"></ul>
  <script>
    const stories = [
      ['/wire/kestrel-signs-with-armada.html', 'Kestrel Systems signs cloud pact with Armada Bank', '2024-05-02T09:00:00Z'],
      ['/wire/luma-denies-talks.html', 'Luma Retail denies merger talks', '2024-05-01T17:20:00Z'],
    ];
    setTimeout(() => {
      const list = document.getElementById('wire');
      for (const [href, title, date] of stories) {
        const li = document.createElement('li');
        li.className = 'story';
        li.innerHTML = '<a href="' + href + '">' + title + '</a> <time datetime="' + date + '"></time>';
        list.appendChild(li);
      }
      // A tracker on another host: the browser must never reach it.
      fetch(${JSON.stringify(beaconUrl)}).catch(() => {});
    }, 50);
  </script>
</body></html>`;
}
