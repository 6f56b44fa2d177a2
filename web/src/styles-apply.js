// Styles of the element under any Content-Security-Policy: constructable stylesheets (adoptedStyleSheets; not
// subject to style-src) where the browser has them; else a <link> to nianbao-web.css when the host gives its URL
// (attribute stylesheet="…/nianbao-web.css", for style-src 'self' on older browsers); else a <style> element
// carrying the host's nonce (attribute nonce), which a policy with 'nonce-…' or 'unsafe-inline' accepts.
import pageCss from './styles.css';
import coreCss from 'nianbao-core-css';
import pdfCss from './pdf/pdf-view.css';

export const CSS_TEXT = `${pageCss}\n${pdfCss}\n${coreCss}`;
let shared = null; // one CSSStyleSheet for every checker on the page

const constructable = () => {
  try {
    return 'adoptedStyleSheets' in Document.prototype && 'replaceSync' in CSSStyleSheet.prototype && !!new CSSStyleSheet();
  } catch (e) {
    return false;
  }
};

/** Styles the shadow root; `href` and `nonce` come from the host element's attributes. */
export function applyStyles(root, { href = '', nonce = '' } = {}) {
  if (constructable()) {
    if (!shared) {
      shared = new CSSStyleSheet();
      shared.replaceSync(CSS_TEXT);
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((s) => s !== shared), shared];
    return 'constructable';
  }
  if (href) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    root.prepend(link);
    return 'link';
  }
  const style = document.createElement('style');
  if (nonce) style.nonce = nonce;
  style.textContent = CSS_TEXT;
  root.prepend(style);
  return 'style';
}
