/**
 * The only search code on a reading page: "/" focuses the search box, and
 * a page opened from a search result highlights the searched words. The
 * search runtime itself loads on the search page, on intent.
 */
import { highlight } from './highlight';

const isTyping = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
  const box = document.querySelector<HTMLInputElement>('[data-search-box]');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

const searched = new URLSearchParams(location.search).get('highlight');
// Bundled in rather than imported on demand: 1 KB more here saves a
// request (and Vite's preload helper) on every page.
if (searched) highlight(searched);
