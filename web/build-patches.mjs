// Build-time patches of third-party code in the page's bundles (web/build.mjs), each an exact text match that
// fails the build when the library changes, so a patch is looked at again rather than silently dropped.
import { readFileSync } from 'node:fs';

// @codemirror/commands makes an Intl.Segmenter for words when its module runs. Making one loads the word-break
// dictionaries of Chinese and Japanese: 24-37 ms of the main thread on this machine in a fresh page, on the way
// to the editor being painted. It is used only by the subword cursor commands (moveBySubword), which the page's
// keymaps do not bind. The patch makes it on first use: same object, same answers.
const SEGMENTER = /const segmenter = typeof Intl != "undefined" && Intl\.Segmenter \?\s*\/\*@__PURE__\*\/new \(Intl\.Segmenter\)\(undefined, \{ granularity: "word" \}\) : null;/;
const LAZY_SEGMENTER =
  'let wordSegmenter = null;\n' +
  'const segmenter = typeof Intl != "undefined" && Intl.Segmenter ? { segment: (text) => ' +
  '(wordSegmenter || (wordSegmenter = new Intl.Segmenter(undefined, { granularity: "word" }))).segment(text) } : null;';

/** esbuild plugin: the patches above, applied to the files they name. */
export const vendorPatches = {
  name: 'nianbao-vendor-patches',
  setup(b) {
    b.onLoad({ filter: /[\\/]@codemirror[\\/]commands[\\/]dist[\\/]index\.js$/ }, (a) => {
      const text = readFileSync(a.path, 'utf8');
      if (!SEGMENTER.test(text)) throw new Error(`build:web: ${a.path} no longer makes its word Segmenter as web/build-patches.mjs expects: look at the patch again`);
      return { contents: text.replace(SEGMENTER, LAZY_SEGMENTER), loader: 'js' };
    });
  },
};
