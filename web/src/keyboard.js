// F8 / Shift+F8 (next / previous problem) anywhere, and j / k outside text fields. Inside the element the
// shadow root hears them; when the focus is on the host page's <body> (after load, after a click on plain text
// inside the element, which does not take focus) the document-level listener passes them to the checker the
// clerk used last, so the keys work without first tabbing into the element.
const checkers = new Set();
let lastUsed = null;

function isEditable(el) {
  return !!el && (el.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName));
}

function onDocumentKey(e) {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
  const target = e.composedPath()[0];
  if ([...checkers].some((c) => e.composedPath().includes(c))) return; // the element's own listener has it
  const active = document.activeElement;
  if (active && active !== document.body && active !== document.documentElement) return; // the host's focus
  if (isEditable(target)) return;
  const checker = (lastUsed && checkers.has(lastUsed) && lastUsed) || (checkers.size === 1 ? [...checkers][0] : null);
  if (!checker) return;
  if (e.key === 'F8' || e.key === 'j' || e.key === 'k') {
    e.preventDefault();
    checker._step(e.key === 'k' || (e.key === 'F8' && e.shiftKey) ? -1 : 1);
  }
}

/** Handles the keys inside `root` for `checker`, and registers it for keys pressed outside. */
export function attachKeys(checker, root) {
  root.addEventListener('keydown', (e) => {
    const target = e.composedPath()[0];
    if (e.key === 'F8') {
      e.preventDefault();
      checker._step(e.shiftKey ? -1 : 1);
    } else if (!isEditable(target) && !e.ctrlKey && !e.metaKey && !e.altKey && (e.key === 'j' || e.key === 'k')) {
      e.preventDefault();
      checker._step(e.key === 'j' ? 1 : -1);
    }
  });
  checker.addEventListener('pointerdown', () => {
    lastUsed = checker;
  });
  checker.addEventListener('focusin', () => {
    lastUsed = checker;
  });
}

export function registerKeys(checker) {
  if (!checkers.size) document.addEventListener('keydown', onDocumentKey);
  checkers.add(checker);
}

export function unregisterKeys(checker) {
  checkers.delete(checker);
  if (lastUsed === checker) lastUsed = null;
  if (!checkers.size) document.removeEventListener('keydown', onDocumentKey);
}
