// Paper Notes in the Markdown preview: a citation opens its papers' summary cards on hover or keyboard
// focus. The cards are hidden in the page (.paper-notes-popovers); nothing is fetched. Plain script, no
// build step: VS Code loads it through `markdown.previewScripts`.
(() => {
  const CITATION = 'span.citation[data-cites], a.paper-notes-cite[data-key]';
  let popover = null;
  let shownFor = null;

  const keysOf = (element) => (element.getAttribute('data-cites') || element.getAttribute('data-key') || '').split(/\s+/).filter(Boolean);
  /** The page's cards by key, read once per content (VS Code replaces the content on each edit). */
  let cards = null;
  const cardFor = (key) => {
    if (!cards) {
      cards = new Map();
      for (const card of document.querySelectorAll('.paper-notes-popovers .paper-notes-popover-card')) {
        const cardKey = card.getAttribute('data-key');
        if (cardKey && !cards.has(cardKey)) cards.set(cardKey, card);
      }
    }
    return cards.get(key);
  };
  /** Hiding waits a moment, so the pointer can cross the gap into the card (to its code link). */
  let hideTimer = 0;
  const hideSoon = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 300);
  };

  function hide() {
    clearTimeout(hideTimer);
    if (popover) popover.remove();
    if (shownFor) shownFor.removeAttribute('aria-describedby');
    popover = null;
    shownFor = null;
  }

  function show(citation) {
    clearTimeout(hideTimer);
    if (citation === shownFor) return;
    const cards = keysOf(citation).map(cardFor).filter(Boolean);
    hide();
    if (!cards.length) return;
    popover = document.createElement('div');
    popover.className = 'paper-notes-popover';
    popover.id = 'paper-notes-popover';
    popover.setAttribute('role', 'tooltip');
    for (const card of cards) popover.appendChild(card.cloneNode(true));
    document.body.appendChild(popover);
    const box = citation.getBoundingClientRect();
    const width = popover.offsetWidth;
    const left = Math.max(4, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 4));
    const below = box.bottom + popover.offsetHeight + 6 <= document.documentElement.clientHeight;
    popover.style.left = `${left}px`;
    popover.style.top = `${below ? box.bottom + window.scrollY + 4 : box.top + window.scrollY - popover.offsetHeight - 4}px`;
    citation.setAttribute('aria-describedby', popover.id);
    shownFor = citation;
  }

  /** Citations can be reached with Tab (Pandoc's spans are not focusable by themselves). */
  function makeFocusable() {
    for (const citation of document.querySelectorAll('span.citation[data-cites]')) {
      if (!citation.hasAttribute('tabindex') && keysOf(citation).some(cardFor)) citation.setAttribute('tabindex', '0');
    }
  }

  document.addEventListener('mouseover', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const citation = target && target.closest(CITATION);
    if (citation) show(citation);
    else if (target && target.closest('.paper-notes-popover')) clearTimeout(hideTimer);
    else if (shownFor && shownFor !== document.activeElement) hideSoon();
  });
  document.addEventListener('focusin', (event) => {
    const citation = event.target instanceof Element ? event.target.closest(CITATION) : null;
    if (citation) show(citation);
  });
  document.addEventListener('focusout', (event) => {
    if (event.target === shownFor) hide();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
  window.addEventListener('scroll', hide, { passive: true });
  // VS Code replaces the preview's content on each edit: the old citation is gone, the new ones need a tab stop.
  window.addEventListener('vscode.markdown.updateContent', hide);
  let scheduled = false;
  const refocusable = (mutations) => {
    // The card being shown is not new content.
    if (mutations.every((mutation) => [...mutation.addedNodes, ...mutation.removedNodes].every((node) => node === popover || (node instanceof Element && node.classList.contains('paper-notes-popover'))))) return;
    cards = null;
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      makeFocusable();
    });
  };
  const start = () => {
    makeFocusable();
    new MutationObserver(refocusable).observe(document.body, { childList: true, subtree: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
