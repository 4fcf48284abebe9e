/**
 * The studio's code editor: CodeMirror 6 with YAML highlighting, autocomplete
 * from the JSON Schemas, the checker's findings as diagnostics on their lines,
 * and one undo history per file.
 *
 * It lives in a shadow root. CodeMirror writes its styles at run time; under
 * the page's CSP (`style-src 'self'`, no inline styles) a `<style>` element
 * would be blocked, but in a shadow root its style-mod uses constructable
 * stylesheets (`adoptedStyleSheets`), which the CSP allows.
 */
import { autocompletion, completionKeymap, type CompletionContext } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import {
  bracketMatching,
  defaultHighlightStyle,
  indentOnInput,
  syntaxHighlighting,
} from '@codemirror/language';
import { lintGutter, lintKeymap, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { EditorSelection, EditorState, type Extension } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import type { Finding } from '../../format/load';
import { suggest, type JsonSchema } from './schema-complete';

export interface CodeEditorOptions {
  /** The schema for a file's autocomplete (scenario.yaml or a text table). */
  schemaFor(path: string): JsonSchema | undefined;
  /** The author changed the open file. */
  onChange(path: string, text: string): void;
  /** The cursor moved to another line (1-based), e.g. to play from the node there. */
  onCursor?(path: string, line: number): void;
  /** The accessible name of the editing area, in the author's language. */
  label(path: string): string;
}

const theme = EditorView.theme({
  '&': { height: '100%', fontSize: '0.95rem', backgroundColor: '#fff', color: '#1d1f2f' },
  '.cm-scroller': { fontFamily: 'ui-monospace, "DejaVu Sans Mono", monospace', lineHeight: '1.5' },
  '.cm-gutters': { backgroundColor: '#f3f4fa', borderRight: '1px solid #d8dbe8', color: '#5b5f78' },
  '.cm-activeLine': { backgroundColor: '#eef0fb' },
  '.cm-activeLineGutter': { backgroundColor: '#e2e5f7' },
  '&.cm-focused': { outline: '3px solid #2b2f77' },
  '.cm-tooltip-lint, .cm-tooltip-autocomplete': { fontFamily: 'system-ui, sans-serif' },
});

/** A finding's place in the text: from its column to the end of its line. */
export function findingRange(state: EditorState, f: Finding): { from: number; to: number } {
  const lineNo = Math.min(Math.max(f.line, 1), state.doc.lines);
  const line = state.doc.line(lineNo);
  const from = Math.min(line.from + Math.max(f.column - 1, 0), line.to);
  return { from, to: Math.max(line.to, from) };
}

export class CodeEditor {
  readonly view: EditorView;
  private readonly states = new Map<string, EditorState>();
  private path = '';
  private findings: Finding[] = [];

  constructor(
    host: HTMLElement,
    private readonly options: CodeEditorOptions,
  ) {
    const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    const box = document.createElement('div');
    box.className = 'studio-code';
    box.style.height = '100%';
    shadow.replaceChildren(box);
    this.view = new EditorView({ parent: box, root: shadow, state: EditorState.create({ doc: '' }) });
    // The scrolling box is reachable by keyboard as well as the text inside it.
    this.view.scrollDOM.tabIndex = 0;
  }

  private extensions(path: string): Extension[] {
    const schema = () => this.options.schemaFor(path);
    return [
      lineNumbers(),
      highlightActiveLineGutter(),
      history(),
      drawSelection(),
      indentOnInput(),
      bracketMatching(),
      highlightActiveLine(),
      highlightSelectionMatches(),
      syntaxHighlighting(defaultHighlightStyle),
      yaml(),
      // Text tables hold sentences: long lines wrap instead of scrolling sideways.
      EditorView.lineWrapping,
      lintGutter(),
      autocompletion({ override: [(ctx) => this.complete(ctx, schema())] }),
      keymap.of([
        indentWithTab,
        ...defaultKeymap,
        ...historyKeymap,
        ...searchKeymap,
        ...completionKeymap,
        ...lintKeymap,
      ]),
      EditorView.contentAttributes.of({ 'aria-label': this.options.label(path) }),
      EditorView.updateListener.of((u) => {
        if (u.docChanged) this.options.onChange(path, u.state.doc.toString());
        if (u.selectionSet || u.docChanged) {
          const line = u.state.doc.lineAt(u.state.selection.main.head).number;
          this.options.onCursor?.(path, line);
        }
      }),
      theme,
    ];
  }

  private complete(ctx: CompletionContext, schema: JsonSchema | undefined) {
    if (!schema) return null;
    const text = ctx.state.doc.toString();
    const { from, list } = suggest(schema, text, ctx.pos);
    if (
      list.length === 0 ||
      (from === ctx.pos && !ctx.explicit && !/[:\-[,]\s*$/.test(text.slice(0, ctx.pos)))
    )
      return null;
    return {
      from,
      options: list.map((s) => ({
        label: s.label,
        apply: s.apply,
        type: s.kind === 'property' ? 'property' : s.kind === 'node' ? 'variable' : 'enum',
        ...(s.detail ? { info: s.detail } : {}),
      })),
      validFor: /^[\w.-]*$/,
    };
  }

  /** The file being edited. */
  get openPath(): string {
    return this.path;
  }

  /** Shows a file (each file keeps its own undo history and cursor). */
  open(path: string, text: string): void {
    if (this.path) this.states.set(this.path, this.view.state);
    this.path = path;
    let state = this.states.get(path);
    if (!state || state.doc.toString() !== text)
      state = EditorState.create({ doc: text, extensions: this.extensions(path) });
    this.view.setState(state);
    this.showFindings();
  }

  /**
   * Replaces the open file's text as an edit (another part of the studio
   * changed it, such as the Translate tab): only the changed stretch is
   * replaced, so the cursor, the scroll and Ctrl+Z keep working, and the
   * change reaches `onChange` like typing does.
   */
  replaceText(text: string): void {
    const old = this.view.state.doc.toString();
    if (old === text) return;
    let from = 0;
    while (from < old.length && from < text.length && old[from] === text[from]) from++;
    let end = 0;
    while (
      end < old.length - from &&
      end < text.length - from &&
      old[old.length - 1 - end] === text[text.length - 1 - end]
    )
      end++;
    this.view.dispatch({
      changes: { from, to: old.length - end, insert: text.slice(from, text.length - end) },
    });
  }

  /** Forgets every file (another story was opened). */
  reset(): void {
    this.states.clear();
    this.path = '';
  }

  /** The checker's findings for the open file (the caller picks them). */
  setFindings(findings: Finding[]): void {
    this.findings = findings;
    this.showFindings();
  }

  private showFindings(): void {
    const state = this.view.state;
    const diagnostics: Diagnostic[] = this.findings.map((f) => ({
      ...findingRange(state, f),
      severity: f.severity,
      message: `${f.message} [${f.code}]`,
    }));
    this.view.dispatch(setDiagnostics(state, diagnostics));
  }

  /** Puts the cursor at the start of a line (1-based) and shows it. */
  goToLine(line: number): void {
    const doc = this.view.state.doc;
    const at = doc.line(Math.min(Math.max(line, 1), doc.lines));
    this.view.dispatch({
      selection: EditorSelection.cursor(at.from),
      effects: EditorView.scrollIntoView(at.from, { y: 'center' }),
    });
    this.view.focus();
  }
}
