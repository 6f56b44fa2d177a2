// Types of `nianbao/element` (dist/web/nianbao-web.js): importing it defines <nianbao-checker>.
import type { Result } from './index.js';

/** The checker page as an element: editor, problem list, the official tables; open shadow root. */
export interface NianbaoCheckerElement extends HTMLElement {
  /** The report text; setting it re-checks (as does the `value` attribute). */
  value: string;
  /** The latest result (null before the first check or for empty input). */
  readonly result: Result | null;
  /** Loads the built-in example report. */
  loadExample(): void;
  /** Checks the current text now; resolves to the result. */
  check(): Promise<Result | null>;
  /** "zh" (default) or "en" (any tag starting with "en"). */
  lang: string;
  addEventListener<K extends keyof NianbaoCheckerEventMap>(type: K, listener: (this: NianbaoCheckerElement, ev: NianbaoCheckerEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof NianbaoCheckerEventMap>(type: K, listener: (this: NianbaoCheckerElement, ev: NianbaoCheckerEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

export interface NianbaoCheckerEventMap extends HTMLElementEventMap {
  /** After every check: the result (bubbles, composed). */
  'nianbao-result': CustomEvent<Result>;
}

declare global {
  interface HTMLElementTagNameMap {
    'nianbao-checker': NianbaoCheckerElement;
  }
  interface HTMLElementEventMap {
    'nianbao-result': CustomEvent<Result>;
  }
}
