/**
 * The only script of the pages, inlined with the response's nonce. It reads nothing from the page but
 * data-search attributes (already folded text) and never writes HTML: textContent and hidden only.
 */
export const CLIENT_SCRIPT = `(() => {
  const fold = (s) => s.normalize('NFKD').replace(/\\p{M}+/gu, '').toLowerCase().replace(/[^\\p{L}\\p{N}]+/gu, ' ').trim();
  const input = document.getElementById('alliance-search');
  const rows = Array.from(document.querySelectorAll('[data-search]'));
  const count = document.getElementById('alliance-count');
  if (!input || rows.length === 0) return;
  const apply = () => {
    const words = fold(input.value).split(' ').filter(Boolean);
    let shown = 0;
    for (const row of rows) {
      const hit = words.every((w) => row.dataset.search.includes(w));
      row.hidden = !hit;
      if (hit) shown++;
    }
    if (count) count.textContent = shown === 1 ? '1 alliance shown' : shown + ' alliances shown';
    const url = new URL(location.href);
    if (input.value) url.searchParams.set('q', input.value); else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  };
  input.addEventListener('input', apply);
})();`;
