// Getting a report in: the file picker, drag and drop, and pastes outside the editor (or of an HTML table).
// Interface: readReportFile(file) → {name, bytes, docx, pdf, text, kind}; wireInput(...) attaches the listeners and
// calls onFile(file) or onPaste({text, plain, kind, html, inEditor}).

import { isPdf } from '../../js/pdf.mjs';

/** Bytes → text: BOMs first, then strict UTF-8, else GB18030 (what Chinese Windows tools write). */
export function decodeText(bytes) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Reads a File: a .docx (or any zip) stays bytes; anything else becomes text with its kind (html or auto). */
export async function readReportFile(file) {
  const name = file.name || 'file';
  const bytes = new Uint8Array(await file.arrayBuffer());
  const ext = (name.match(/\.([^.]+)$/) || [, ''])[1].toLowerCase();
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (ext === 'docx' || isZip) return { name, bytes, docx: true, text: null, kind: 'docx' };
  if (isPdf(bytes)) return { name, bytes, docx: false, pdf: true, text: null, kind: 'pdf' };
  const text = decodeText(bytes);
  const kind = /^html?$/.test(ext) || /^\s*<(!doctype|html|table|meta|body)/i.test(text) ? 'html' : 'auto';
  return { name, bytes, docx: false, text, kind };
}

/**
 * @param {{root: ShadowRoot, app: Element, fileInput: HTMLInputElement, dropHint: Element, strings: () => object,
 *          editorEmpty: () => boolean, onFile: (f: File) => void, onPaste: (p: object) => void}} opts
 */
export function wireInput({ root, app, fileInput, dropHint, strings, editorEmpty, onFile, onPaste }) {
  fileInput.addEventListener('change', (e) => {
    const f = e.target.files && e.target.files[0];
    if (f) onFile(f);
    e.target.value = '';
  });
  // Pastes: the element decides (a whole report replaces the text, a fragment edits it in place). Only a plain
  // paste into an empty editor is left to the editor itself.
  root.addEventListener(
    'paste',
    (e) => {
      const target = e.composedPath()[0];
      if (target && target.closest && target.closest('.nb-editable, input, select')) return;
      const dt = e.clipboardData;
      if (!dt) return;
      const html = dt.getData('text/html');
      const plain = dt.getData('text/plain');
      const inEditor = !!(target && target.closest && target.closest('.cm-editor'));
      const table = !!html && /<table[\s>]/i.test(html);
      if (!table && !plain) return;
      if (!table && inEditor && editorEmpty()) return;
      e.preventDefault();
      e.stopPropagation();
      onPaste({ text: table ? html : plain, plain, kind: table ? 'html' : 'auto', html: table, inEditor });
    },
    true,
  );
  // drag and drop of files anywhere on the element
  root.addEventListener('dragover', (e) => {
    if (e.dataTransfer && [...e.dataTransfer.types].includes('Files')) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      app.classList.add('nb-dragging');
      dropHint.textContent = strings().dropNow;
    }
  });
  const leave = () => {
    app.classList.remove('nb-dragging');
    dropHint.textContent = strings().dropHint;
  };
  root.addEventListener('dragleave', (e) => {
    if (!e.relatedTarget || !root.contains(e.relatedTarget)) leave();
  });
  root.addEventListener(
    'drop',
    (e) => {
      const f = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
      leave();
      if (f) {
        e.preventDefault();
        e.stopPropagation();
        onFile(f);
      }
    },
    true,
  );
}
