// Keeping the clerk's work: a warning before leaving with unsaved edits, and an opt-in draft in this
// browser's localStorage (off by default: the host page's scripts, and any other file opened from disk,
// can read that storage; the page says so next to the checkbox). A draft expires after DRAFT_DAYS.
export const DRAFT_DAYS = 7;
const KEY_PREFIX = 'nianbao-draft:';

function storage() {
  try {
    const s = window.localStorage;
    s.getItem('x'); // may throw (file:// in some browsers, storage disabled by policy)
    return s;
  } catch (e) {
    return null;
  }
}

export class DraftKeeper {
  /** @param {{id: string, now?: () => number}} opts  id distinguishes several checkers on one page */
  constructor({ id = 'default', now = () => Date.now() } = {}) {
    this._key = KEY_PREFIX + id;
    this._now = now;
    this._dirty = false;
    this._onBeforeUnload = (e) => {
      e.preventDefault();
      e.returnValue = ''; // Chromium 86 and Safari 14 need returnValue to show the dialog
      return '';
    };
  }

  get available() {
    return !!storage();
  }

  /** The stored draft {text, name, kind, marks, savedAt, expiresAt}, or null (an expired one is removed). */
  load() {
    const s = storage();
    if (!s) return null;
    let d = null;
    try {
      d = JSON.parse(s.getItem(this._key) || 'null');
    } catch (e) {
      d = null;
    }
    if (!d || typeof d.text !== 'string' || !(d.expiresAt > this._now())) {
      if (d) this.forget();
      return null;
    }
    return d;
  }

  /** Stores the text; returns true when it was stored. */
  save({ text, name = '', kind = 'auto', marks = [] }) {
    const s = storage();
    if (!s) return false;
    const savedAt = this._now();
    try {
      s.setItem(this._key, JSON.stringify({ text, name, kind, marks, savedAt, expiresAt: savedAt + DRAFT_DAYS * 86400000 }));
      return true;
    } catch (e) {
      return false; // quota
    }
  }

  forget() {
    const s = storage();
    if (s) s.removeItem(this._key);
  }

  /** Unsaved edits: while true, leaving the page asks first. */
  setDirty(on) {
    on = !!on;
    if (on === this._dirty) return;
    this._dirty = on;
    if (on) window.addEventListener('beforeunload', this._onBeforeUnload);
    else window.removeEventListener('beforeunload', this._onBeforeUnload);
  }
  get dirty() {
    return this._dirty;
  }
}
