/**
 * The only script a reading page runs before any interaction, inline at
 * the end of `<body>`: "/" focuses the search box, and a page opened from
 * a search result (`?highlight=`) brings in arrival.ts, which marks the
 * searched words. Inline rather than a module file so that no script
 * request competes with the page for its first round trips (LCP), and
 * the highlighter is fetched only by the pages that need it.
 *
 * It is a string because the Content Security Policy allows it by its
 * hash (astro.config.mjs); the browser runs exactly these bytes.
 */
export const READER_SCRIPT = [
  "addEventListener('keydown',e=>{",
  "const t=e.target;",
  "if(e.key!=='/'||e.ctrlKey||e.metaKey||e.altKey||t instanceof HTMLElement&&(t.isContentEditable||/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)))return;",
  "const b=document.querySelector('[data-search-box]');",
  'if(!b)return;',
  'e.preventDefault();b.focus();b.select()});',
  // A script cloned out of a <template> runs when it is inserted; inside the template it is inert and fetches nothing.
  "if(new URLSearchParams(location.search).has('highlight')){",
  "const t=document.querySelector('template[data-arrival]');",
  'if(t)document.body.append(t.content.cloneNode(true))}',
].join('');
