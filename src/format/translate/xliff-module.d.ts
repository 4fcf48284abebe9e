// The parts of the `xliff` package (no types of its own) that translate/xliff.ts uses.
declare module 'xliff' {
  export interface XliffUnit {
    source?: unknown;
    target?: unknown;
    note?: unknown;
    groupUnits?: unknown;
    additionalAttributes?: Record<string, unknown>;
  }
  export interface XliffJs {
    sourceLanguage?: string;
    targetLanguage?: string;
    resources?: Record<string, Record<string, XliffUnit>>;
  }
  export function xliff2js(
    text: string,
    options: Record<string, never>,
    callback: (error: Error | null, result?: XliffJs) => void,
  ): void;
  export function js2xliff(
    js: XliffJs,
    options: { indent?: string },
    callback: (error: Error | null, result?: string) => void,
  ): string;
}
