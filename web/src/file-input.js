// Getting a report in: the file picker, drag and drop, and pastes outside the editor (or of an HTML table).
// Interface: readReportFile(file) → {name, bytes, docx, pdf, ofd, text, kind}; wireInput(...) attaches the listeners and
// calls onFile(file) or onPaste({text, plain, kind, html, inEditor}); many files or a folder go to
// onFiles({files, skipped}) (the batch, batch/), a file picked or dropped on "上一年度报告" to onPrevious(file).
import { fromFileList, dropEntries, fromEntries } from './batch/collect.js';

import { decodeBytes } from 'nianbao-checker-api';
import { isPdf, isOfd } from './pdf/pdf-read.js';

/**
 * Bytes → text for the editor, decided as the package and the native CLI decide it (decodeBytes: BOMs, strict
 * UTF-8, else GB18030). Bytes that are neither are shown with replacement characters; the core's check of the
 * bytes themselves says why they cannot be read.
 */
export function decodeText(bytes) {
  const d = decodeBytes(bytes);
  if (d.text !== undefined) return d.text;
  return new TextDecoder(d.encoding === 'utf-8' ? 'utf-8' : 'gb18030').decode(d.bytes);
}

/** Reads a File: a .docx (or any zip) stays bytes; anything else becomes text with its kind (html or auto). */
export async function readReportFile(file) {
  const name = file.name || 'file';
  const bytes = new Uint8Array(await file.arrayBuffer());
  const ext = (name.match(/\.([^.]+)$/) || [, ''])[1].toLowerCase();
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  // An OFD is a ZIP too: read like a PDF (positioned text), without page images.
  if (isZip && ext !== 'docx' && isOfd(bytes)) return { name, bytes, docx: false, pdf: true, ofd: true, text: null, kind: 'ofd' };
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
export function wireInput({ root, app, fileInput, dirInput, prevInput, dropHint, strings, editorEmpty, onFile, onFiles, onPrevious, onPaste }) {
  const picked = (handle) => (e) => {
    const list = e.target.files;
    if (list && list.length) handle(list);
    e.target.value = '';
  };
  fileInput.addEventListener('change', picked((list) => (list.length > 1 ? onFiles(fromFileList(list)) : onFile(list[0]))));
  dirInput.addEventListener('change', picked((list) => onFiles(fromFileList(list, true))));
  prevInput.addEventListener('change', picked((list) => onPrevious(list[0])));
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
      const dt = e.dataTransfer;
      const list = (dt && dt.files) || [];
      const folders = dropEntries(dt); // taken now: a drop's entries are gone after the event
      leave();
      if (!list.length && !folders) return;
      e.preventDefault();
      e.stopPropagation();
      const target = e.composedPath()[0];
      if (target && target.closest && target.closest('.nb-prev-zone')) onPrevious(list[0]);
      else if (folders) fromEntries(folders).then(onFiles, () => onFiles(fromFileList(list)));
      else if (list.length > 1) onFiles(fromFileList(list));
      else onFile(list[0]);
    },
    true,
  );
}
