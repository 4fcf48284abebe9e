/**
 * "No injection" is a lint rule as well as a browser policy: these run the
 * project's real ESLint config on small samples (in memory, as if they were
 * game files) and check that every way of turning a string into markup or
 * code is reported, and that setting text is not.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function reported(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const INJECTION_RULES = ['no-restricted-syntax', 'no-eval', 'no-new-func'];
const injection = (ids: string[]) => ids.filter((id) => INJECTION_RULES.includes(id));

describe('no markup or code from strings', () => {
  it.each([
    ['src/game/sample.ts', 'declare const el: HTMLElement; el.innerHTML = "<b>x</b>";'],
    ['src/game/sample.ts', 'declare const el: HTMLElement; el.outerHTML = "<b>x</b>";'],
    ['src/game/sample.ts', 'declare const el: HTMLElement; el.insertAdjacentHTML("beforeend", "x");'],
    ['src/game/sample.ts', 'document.write("x");'],
    ['src/game/sample.ts', 'document.writeln("x");'],
    ['src/game/sample.ts', 'new Range().createContextualFragment("<b>x</b>");'],
    ['src/game/sample.ts', 'new DOMParser().parseFromString("<b>x</b>", "text/html");'],
    ['src/game/sample.ts', 'declare const f: HTMLIFrameElement; f.srcdoc = "<b>x</b>";'],
    ['src/game/sample.tsx', 'export const v = <div dangerouslySetInnerHTML={{ __html: "x" }} />;'],
    ['src/game/sample.ts', 'eval("1");'],
    ['src/game/sample.ts', 'new Function("return 1");'],
    ['src/engine/sample.ts', 'declare const el: { innerHTML: string }; el.innerHTML = "x";'],
  ])('reports %s: %s', async (file, code) => {
    expect(injection(await reported(file, code))).not.toEqual([]);
  });

  it.each([
    ['src/game/sample.ts', 'declare const el: HTMLElement; el.textContent = "<b>x</b>";'],
    ['src/game/sample.tsx', 'export const v = <div>{"<b>x</b>"}</div>;'],
    ['src/game/sample.ts', 'setTimeout(() => undefined, 1);'],
  ])('allows %s: %s', async (file, code) => {
    expect(injection(await reported(file, code))).toEqual([]);
  });
});
