// Files for a batch: from a multiple-file picker, a folder picker (<input webkitdirectory>) or a drop of
// files and folders (webkitGetAsEntry, read recursively). Inside folders only report formats are taken; the
// rest are listed as skipped (never dropped silently). Files chosen one by one are always checked.

const REPORT_NAME = /\.(txt|text|md|htm|html|shtml|xhtml|docx|pdf|ofd)$/i;
const HIDDEN = /(^|\/)\./;

/** {files: [{file, name}], skipped: [path]} of picked files; `inFolder` applies the folder filter. */
export function fromFileList(list, inFolder = false) {
  const files = [];
  const skipped = [];
  const sorted = [...list].map((file) => ({ file, name: file.webkitRelativePath || file.name })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const f of sorted) (inFolder && (HIDDEN.test(f.name) || !REPORT_NAME.test(f.name)) ? skipped.push(f.name) : files.push(f));
  return { files, skipped };
}

const call = (fn) => new Promise((resolve, reject) => fn(resolve, reject));

/** The entries of a drop, taken at once (they are gone after the drop event); null when none is a folder. */
export function dropEntries(dataTransfer) {
  const items = [...((dataTransfer && dataTransfer.items) || [])];
  const entries = items.map((it) => (it.kind === 'file' && it.webkitGetAsEntry ? it.webkitGetAsEntry() : null));
  return entries.some((e) => e && e.isDirectory) ? entries.filter(Boolean) : null;
}

// A file or folder the browser would not hand over (removed since, no permission): still a row of the batch,
// whose check says it cannot be opened (batch/pool.js), never dropped silently.
const unreadable = (why) => ({ arrayBuffer: () => Promise.reject(why instanceof Error ? why : new Error(String(why))) });

/**
 * Walks dropped entries (FileSystemEntry: folders recursively, sorted by path) into {files, skipped}. A folder's
 * reader hands its entries over in several calls (Chromium: 100 at a time) until it hands over none.
 */
export async function fromEntries(entries) {
  const out = { files: [], skipped: [] };
  const walk = async (entry, inFolder) => {
    const path = entry.fullPath.replace(/^\//, '');
    if (entry.isFile) {
      if (inFolder && (HIDDEN.test(path) || !REPORT_NAME.test(path))) {
        out.skipped.push(path);
        return;
      }
      let file;
      try {
        file = await call((ok, fail) => entry.file(ok, fail));
      } catch (e) {
        file = unreadable(e);
      }
      out.files.push({ file, name: path });
      return;
    }
    if (inFolder && HIDDEN.test(path)) {
      out.skipped.push(path);
      return;
    }
    const children = [];
    try {
      const reader = entry.createReader();
      for (let more = await call((ok, fail) => reader.readEntries(ok, fail)); more.length; more = await call((ok, fail) => reader.readEntries(ok, fail))) children.push(...more);
    } catch (e) {
      out.files.push({ file: unreadable(e), name: path });
      return;
    }
    children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const c of children) await walk(c, true);
  };
  for (const e of entries) await walk(e, false);
  return out;
}
