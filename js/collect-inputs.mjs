// The files a `nianbao check` names (Node CLI): files as given, folders walked recursively, exactly as
// the native CLI collects them (cli/collect_inputs.cpp), so both CLIs check the same files in the same
// order. Nothing is dropped without a word: files in folders that are not reports by their extension,
// and hidden ones, are listed as skipped.
import { lstatSync, readdirSync, statSync } from 'node:fs';

const REPORT_EXTENSIONS = ['.txt', '.text', '.md', '.htm', '.html', '.shtml', '.xhtml', '.docx', '.pdf', '.ofd'];

/** True for the extensions a report comes in (text, HTML, .docx, PDF, OFD). */
export function reportExtension(path) {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  // as std::filesystem::path::extension: ".profile" has none
  return dot > 0 && REPORT_EXTENSIONS.includes(name.slice(dot).toLowerCase());
}

// Paths compare as the native CLI's std::sort compares them: by their UTF-8 bytes.
const byBytes = (a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b));

// A folder's entry as std::filesystem names it: the folder, a separator unless it ends with one, the name.
const child = (dir, name) => (dir.endsWith('/') ? dir + name : `${dir}/${name}`);

function kindOf(path) {
  try {
    const s = statSync(path);  // follows links, as is_directory / is_regular_file do
    return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : 'other';
  } catch {
    try {
      return lstatSync(path).isSymbolicLink() ? 'dangling' : 'other';
    } catch {
      return 'other';
    }
  }
}

// Walks `root` depth first. A link to a folder is not walked into (as the native walk does not follow
// them); a link to nothing is a file that cannot be read: checked, and reported, like one.
function walk(root, inputs) {
  const found = [];
  let failed = false;
  const visit = (dir, top) => {
    let names;
    try {
      names = readdirSync(dir);
    } catch {
      if (top) failed = true;  // a sub-folder without permission is passed over, as the native walk does
      return;
    }
    for (const name of names) {
      const p = child(dir, name);
      const kind = kindOf(p);
      if (name.startsWith('.')) {
        inputs.skipped.push(p);
        continue;
      }
      if (kind === 'dir') {
        if (!lstatSync(p).isSymbolicLink()) visit(p, false);
        continue;
      }
      if (kind === 'dangling') found.push(p);
      else if (kind !== 'file') inputs.skipped.push(p);
      else (reportExtension(p) ? found : inputs.skipped).push(p);
    }
  };
  visit(root, true);
  // A folder that cannot be listed is one input that cannot be read: the caller reports it.
  if (failed && found.length === 0) found.push(root);
  found.sort(byBytes);
  inputs.files.push(...found);
}

/** {files, skipped, anyFolder} for the command line's FILE|FOLDER arguments. */
export function collectInputs(args) {
  const inputs = { files: [], skipped: [], anyFolder: false };
  for (const a of args) {
    if (a !== '-' && kindOf(a) === 'dir') {
      inputs.anyFolder = true;
      walk(a, inputs);
    } else {
      inputs.files.push(a);  // as given: one that does not exist is reported as unreadable
    }
  }
  inputs.skipped.sort(byBytes);
  return inputs;
}
