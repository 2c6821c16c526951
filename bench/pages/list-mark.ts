/**
 * Bench-only, loaded before the popup's own script in the bench copy of the development build:
 * records, as `performance.now()` (ms since the popup's navigation started) on <html>, when a
 * listing is first on screen (`data-bench-shown-at`: the kept copy of the listing cache counts)
 * and when the fresh one is (`data-bench-listed-at`: a list `ready` and not `data-cached`).
 */
const root = document.documentElement;

function list(): Element | null {
  const found = document.querySelector('ul.files');
  return found !== null && (!found.hasAttribute('data-state') || found.getAttribute('data-state') === 'ready') ? found : null;
}

const observer = new MutationObserver(() => {
  const shown = list();
  if (shown === null) return;
  root.dataset.benchShownAt ??= String(performance.now());
  if (shown.hasAttribute('data-cached')) return;
  root.dataset.benchListedAt = String(performance.now());
  observer.disconnect();
});
observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-state', 'data-cached'] });
