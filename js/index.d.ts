// Types of the nianbao package (the JavaScript API; the result is docs/output.md). Results are plain data.
// The same declarations serve `nianbao`, `nianbao/single`, `nianbao/split` (ESM) and require('nianbao')
// (copied to index.d.cts by scripts/build-js.mjs).

/** The language of messages and rendering. */
export type Lang = 'zh' | 'en';
/** What `lang` accepts: "zh", "en", or a BCP 47 tag of either ("zh-CN", "zh-Hans", "en-US"). */
export type LangTag = Lang | `zh-${string}` | `en-${string}`;
export type Severity = 'error' | 'warning' | 'info';
export type InputKind = 'auto' | 'text' | 'html' | 'docx-xml' | 'pdf-runs';
export type Format = 'text' | 'csv' | 'sarif' | 'json';

/** Where a finding points: UTF-16 offsets into the input as given, or a .docx path. */
export interface Location {
  offset?: number;
  length?: number;
  line?: number;
  column?: number;
  path?: string;
}

export interface Cell {
  /** Integer for counts, decimal for amounts, null for a blank cell. */
  value: number | null;
  /** The cell text as written ("", "0", "/", "—", "无", "3件"). */
  raw: string;
  unit?: string;
  at?: Location;
  [extra: string]: unknown;
}

export interface Section {
  key: string;
  title: string;
  at?: Location;
  text: string;
  [extra: string]: unknown;
}

export interface Report {
  title: string;
  agency: string;
  year: number | null;
  template: '2021' | '2019' | 'pre2019' | 'unknown' | (string & {});
  sections: Section[];
  /** tables[table][row][col], e.g. tables.t3.new.total */
  tables: Record<string, Record<string, Record<string, Cell>>>;
  [extra: string]: unknown;
}

/** A number certain to be right for a cell (write it with the cell's `at` in result.report.tables). */
export interface CellFix {
  cell: string;
  value: number;
}

/**
 * A text certain to be right in place of a range (an official label for a misspelt one): `at` in the input,
 * or, for HTML/.docx/PDF input, `text_at` in result.canonical_text.
 */
export interface TextFix {
  text: string;
  at?: Location;
  text_at?: Location;
}

export type Fix = CellFix | TextFix;

export interface Diagnostic {
  rule: string;
  severity: Severity;
  message: string;
  cell?: string;
  cells?: string[];
  at?: Location;
  expected?: number | string;
  found?: number | string;
  /** A certain fix: a cell's value, or a text (the official label) in place of a range. */
  fix?: Fix;
  /** Stable identity of the finding across edits of the report (for "seen before" lists). */
  fingerprint?: string;
  /** Where the finding is in result.canonical_text (HTML/.docx/PDF input). */
  text_at?: Location;
  /** The place in the report's own words. */
  place?: { zh: string; en: string };
  /** A review mark (docs/review-marks.md): set by the page, or by `nianbao check --marks FILE`. */
  review?: { status: 'verified' | 'ignored'; reason?: string };
  [extra: string]: unknown;
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  checks_run: number;
  not_assessable: number;
  [extra: string]: unknown;
}

/** The result of checking one report (OUTPUT.md). */
export interface Result {
  file: string;
  input: { kind: 'text' | 'html' | 'docx' | 'pdf-text' | (string & {}); encoding: string; chars: number; [extra: string]: unknown };
  /** null only when the core could not answer at all (an internal failure). */
  report: Report | null;
  diagnostics: Diagnostic[];
  summary: Summary;
  /** The tool that produced the result. */
  tool?: { name: string; version: string };
  /** The core's readable text of an HTML/.docx/PDF input (what text_at points into). */
  canonical_text?: string;
  /** "Fix all certain" (one consistent set, never overlapping) and 重算合计 (every total), docs/output.md. */
  fixes?: { certain: Fix[]; totals: CellFix[] };
  [extra: string]: unknown;
}

export interface Rule {
  id: string;
  severity: Severity;
  title: { zh: string; en: string };
  description: { zh: string; en: string };
  [extra: string]: unknown;
}

export interface CheckOptions {
  /** 'auto' (default) tells text from HTML; 'docx-xml' is word/document.xml of a .docx. */
  kind?: InputKind;
  lang?: LangTag;
  /** Shown as result.file; `.html`/`.htm` also hints the kind. */
  name?: string;
  /** Last year's report (its text, HTML, or word/document.xml with previousKind 'docx-xml'), for the prev-* rules. */
  previous?: string;
  previousKind?: InputKind;
  /** Shown as result.previous.file. */
  previousName?: string;
  /** Publication date ("2024-01-20") for publish-late; otherwise a 发布日期 line of the input is used. */
  published?: string;
  /**
   * The file could not be opened or read at all (give '' as the input): the result is the core's
   * input-unreadable for it, as the CLI reports a file it cannot open.
   */
  unopenable?: boolean;
}

export interface CheckFileOptions {
  /** Defaults to File.name; decides html by `.html`/`.htm`. */
  name?: string;
  lang?: LangTag;
  previous?: string;
  previousKind?: InputKind;
  previousName?: string;
  published?: string;
}

export interface RenderOptions {
  lang?: LangTag;
  /** Leave out <html>/<head> (for a shadow root). */
  fragment?: boolean;
}

export type FileInput = Blob | ArrayBuffer | ArrayBufferView;

export interface Checker {
  /** Checks one report given as text. Never throws for bad input: see diagnostics (input-unreadable, input-too-large). */
  check(input: string, options?: CheckOptions): Result;
  /** The reading half only (no rules). */
  extract(input: string, options?: CheckOptions): Result;
  /** Decodes bytes (UTF-8, UTF-16 with BOM, GB18030; .docx unzipped) and checks them. */
  checkFile(file: FileInput, options?: CheckFileOptions): Promise<Result>;
  extractFile(file: FileInput, options?: CheckFileOptions): Promise<Result>;
  /**
   * Last year's report from a file, read as checkFile reads it (text, HTML, .docx; PDF and OFD into runs by the
   * checker's readPositioned), as the options to spread into check/checkFile. Null when there is nothing to compare.
   */
  previousFrom(file: FileInput, options?: { name?: string }): Promise<PreviousOptions | null>;
  /** Safe HTML of the report as the official tables, problems highlighted. */
  render(result: Result, options?: RenderOptions): string;
  /** Results as the CLI prints them (text, CSV, SARIF 2.1.0, or JSON). */
  format(results: Result | Result[], format?: Format, options?: { lang?: LangTag }): string;
  rules(): Rule[];
  /** For each report's {agency, title, year}, the index of the same body's previous-year entry, or null. */
  pairReports(entries: { agency?: string; title?: string; year?: number | null }[]): (number | null)[];
  version(): string;
  /**
   * Bytes of WebAssembly memory held by the instance: it grows with the largest input checked, and after a
   * call that left it above `releaseMemoryAbove` a fresh instance replaces it (checkFile resolves once it has).
   */
  memoryBytes(): number;
  /** What the checker page uses (docs/render-contract.md): the render contract and its companion operations. */
  page: PageOperations;
}

/** Options of the render contract (docs/render-contract.md). */
export interface ContractRenderOptions {
  lang?: string;
  fragment?: boolean;
  tables_only?: boolean;
  problems?: boolean;
  style?: boolean;
  editable?: boolean;
  clean?: boolean;
}

export interface PageOperations {
  render(result: Result, options?: ContractRenderOptions): string;
  /** The CSS of the rendering (for a file or a constructable stylesheet under a strict CSP). */
  stylesheet(): string;
  /** Whether a paste is a whole report (replaces the editor's text) or a fragment. */
  isWholeReport(text: string, html?: boolean): boolean;
  /** What to write into a cell's source range, and how the reader will take it. */
  cellWrite(lineBefore: string, current: string, lineAfter: string, value: string, html?: boolean): { text: string; kind: 'number' | 'blank' | 'placeholder' | 'text' };
}

/** The Emscripten factory of nianbao-core(.single).mjs (`nianbao/core`, `nianbao/core.single`). */
export type ModuleFactory = (options?: Record<string, unknown>) => Promise<unknown>;

/** Where the WebAssembly comes from; the first one given wins (the entry's own default otherwise). */
export interface WasmSource {
  /** nianbao-core.wasm already compiled (WebAssembly.compileStreaming of your own fetch). */
  wasmModule?: WebAssembly.Module;
  /** The bytes of nianbao-core.wasm. */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** The URL of nianbao-core.wasm (a path or file: URL in Node). Failures name it. */
  wasmUrl?: string | URL;
  /** Where the .wasm is: (file, scriptDirectory) => URL or path (Emscripten's option). */
  locateFile?: (file: string, scriptDirectory: string) => string;
}

export interface CreateCheckerOptions extends WasmSource {
  /** An already-loaded factory (e.g. the global createNianbaoModule of the single-file script). */
  moduleFactory?: ModuleFactory;
  /** Bytes of WebAssembly memory above which, after a call, the instance is replaced to give memory back (256 MiB). */
  releaseMemoryAbove?: number;
}

/** Loads the WebAssembly once and returns the checker (no network for the single-file build). */
export function createChecker(options?: CreateCheckerOptions): Promise<Checker>;

/** The checker's methods, each answered by a worker (off the main thread). */
export interface AsyncChecker {
  check(input: string, options?: CheckOptions): Promise<Result>;
  extract(input: string, options?: CheckOptions): Promise<Result>;
  checkFile(file: FileInput, options?: CheckFileOptions): Promise<Result>;
  extractFile(file: FileInput, options?: CheckFileOptions): Promise<Result>;
  previousFrom(file: FileInput, options?: { name?: string }): Promise<PreviousOptions | null>;
  render(result: Result, options?: RenderOptions): Promise<string>;
  format(results: Result | Result[], format?: Format, options?: { lang?: LangTag }): Promise<string>;
  rules(): Promise<Rule[]>;
  version(): Promise<string>;
  memoryBytes(): Promise<number>;
  /** Stops the worker; pending and later calls reject. */
  terminate(): void;
}

export interface CreateWorkerCheckerOptions {
  wasmModule?: WebAssembly.Module;
  wasmBinary?: ArrayBuffer | Uint8Array;
  wasmUrl?: string | URL;
  /** Asked once, on this side: functions do not reach a worker. */
  locateFile?: (file: string, scriptDirectory: string) => string;
  /** The worker script, when not the package's own worker.mjs (e.g. dist/worker.js, classic). */
  workerUrl?: string | URL;
  /** 'module' (default) or 'classic' (dist/worker.js, for browsers without module workers). */
  workerType?: 'module' | 'classic';
}

/** The checker in a Web Worker (browsers) or a worker thread (Node): the same API, asynchronous. */
export function createWorkerChecker(options?: CreateWorkerCheckerOptions): Promise<AsyncChecker>;

/** "zh" or "en" for a lang option (BCP 47 tags accepted); throws RangeError for other languages. */
export function normalizeLang(lang?: string | null): Lang;

export interface Decoded {
  kind: 'text' | 'html' | 'docx';
  encoding: string;
  text?: string;
  bytes?: Uint8Array;
}

/** How checkFile turns bytes into text (the native CLI's rules). */
export function decodeBytes(data: ArrayBuffer | ArrayBufferView, name?: string, isUtf8?: ((bytes: Uint8Array) => boolean) | null): Decoded;
/** word/document.xml of a .docx, or null. */
export function docxDocumentXml(bytes: Uint8Array): Uint8Array | null;

/** A file of a batch: a File/Blob (its name is used), bytes, or {name, data}. */
export type BatchFile = FileInput | { name: string; data: string | ArrayBuffer | ArrayBufferView };

export interface BatchProgress {
  done: number;
  total: number;
  phase: 'reading' | 'checking';
  name: string;
  result?: Result;
}

export interface CheckManyOptions {
  lang?: Lang;
  /** Pair consecutive years of the same agency automatically (default true). */
  pair?: boolean;
  /** File name -> previous year's file name (null: none); overrides automatic pairing. */
  pairs?: Map<string, string | null> | Record<string, string | null>;
  published?: string;
  checker?: Checker;
  checkerOptions?: CreateCheckerOptions;
  onProgress?: (p: BatchProgress) => void;
}

/** Checks many reports, each with its previous year's report when the batch has it; results in input order. */
export function checkMany(files: Iterable<BatchFile>, options?: CheckManyOptions): Promise<Result[]>;

export interface BatchSummary {
  files: number;
  unreadable: number;
  withErrors: number;
  paired: number;
  errors: number;
  warnings: number;
  infos: number;
  rules: { rule: string; count: number; files: number }[];
}
export function summarizeResults(results: Result[]): BatchSummary;
/** Last year's report as check options. */
export interface PreviousOptions {
  previous: string;
  previousKind: InputKind;
  previousName: string;
}
/** Last year's report from text, HTML or .docx bytes (no PDF/OFD reader: use checker.previousFrom for those). */
export function previousInput(bytes: Uint8Array, name: string): PreviousOptions | null;
