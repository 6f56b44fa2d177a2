// Types of `nianbao/checker`: the checker alone, given the Emscripten factory (moduleFactory) of
// `nianbao/core` or `nianbao/core.single`, or a global createNianbaoModule.
export type {
  Lang, LangTag, Severity, InputKind, Format, Location, Cell, Section, Report, Diagnostic, Summary, Result, Rule,
  CheckOptions, CheckFileOptions, RenderOptions, FileInput, Checker, ModuleFactory, WasmSource, CreateCheckerOptions, Decoded,
} from './index.js';
export { createChecker, decodeBytes, docxDocumentXml, normalizeLang } from './index.js';
