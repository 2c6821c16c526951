/**
 * Bench-only, loaded before the popup's own script in the bench copy of the development build:
 * records when the first listing is on screen, as `performance.now()` (ms since the popup's
 * navigation started) in `data-bench-listed-at` on <html>. A list that carries `data-state`
 * counts once it is `ready`.
 */
const root = document.documentElement;

function listed(): boolean {
  const list = document.querySelector('ul.files');
  return list !== null && (!list.hasAttribute('data-state') || list.getAttribute('data-state') === 'ready');
}

const observer = new MutationObserver(() => {
  if (!listed()) return;
  root.dataset.benchListedAt = String(performance.now());
  observer.disconnect();
});
observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-state'] });
