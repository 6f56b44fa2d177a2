// One-line notices with actions ("已替换原报告 [撤销] [改为插入]", "已修正 3 处 [撤销]"). A new notice replaces
// the previous one; an action runs once and closes its notice.
import { esc } from './util.js';

export class Notices {
  /** @param {Element} box  the live region that holds the notice; focusAfter(): where the focus goes after an
   *  action (its button disappears, and the focus must not fall back to the host page's <body>) */
  constructor(box, focusAfter) {
    this._box = box;
    this._focusAfter = focusAfter;
    this._actions = [];
    box.addEventListener('click', (e) => {
      const b = e.target.closest('[data-action]');
      if (!b) return;
      const act = this._actions[+b.dataset.action];
      this.clear();
      if (act) act.run();
      this._focusAfter();
    });
  }

  /** text, and actions [{label, cls, run}] shown as buttons after it. */
  show(text, actions = []) {
    this._actions = actions;
    this._box.innerHTML = `<div class="nb-notice"><span class="nb-notice-text">${esc(text)}</span>${actions
      .map((a, i) => ` <button type="button" class="nb-btn nb-small ${esc(a.cls || '')}" data-action="${i}">${esc(a.label)}</button>`)
      .join('')}</div>`;
  }

  clear() {
    this._actions = [];
    this._box.innerHTML = '';
  }
}
