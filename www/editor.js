// The code editor: CodeMirror 6 with JavaScript highlighting, loaded lazily by app.js (its own
// chunk). One view; each file keeps its own EditorState (so undo history survives switching).
import { EditorView, basicSetup } from 'codemirror';
import { keymap } from '@codemirror/view';
import { EditorState, Prec } from '@codemirror/state';
import { indentWithTab } from '@codemirror/commands';
import { javascript } from '@codemirror/lang-javascript';
import { oneDark } from '@codemirror/theme-one-dark';

/** Mounts the editor in `parent`; `onChange(text)` after each edit, `onRun()` on Mod-Enter. */
export function createEditor(parent, { onChange, onRun }) {
  const states = new Map();
  const extensions = [
    Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => { onRun(); return true; } }])),
    basicSetup,
    keymap.of([indentWithTab]),
    javascript(),
    oneDark,
    EditorView.theme({ '&': { height: '100%' }, '.cm-scroller': { fontFamily: 'var(--mono)' } }),
    EditorView.contentAttributes.of({ 'aria-label': 'Code editor (Ctrl/Cmd+Enter runs main.js; Esc then Tab leaves it)' }),
    EditorView.updateListener.of((u) => { if (u.docChanged) onChange(u.state.doc.toString()); }),
  ];
  const view = new EditorView({ parent, state: EditorState.create({ doc: '', extensions }) });
  let current = null;
  return {
    view,
    /** Shows file `name` holding `text` (reusing its state when the text is unchanged). */
    show(name, text) {
      if (current !== null) states.set(current, view.state);
      current = name;
      const kept = states.get(name);
      view.setState(kept && kept.doc.toString() === text ? kept : EditorState.create({ doc: text, extensions }));
    },
    forget() { states.clear(); current = null; },
    /** Puts the cursor on `line` (1-based) at `column` (1-based), scrolled into view. */
    goTo(line, column = 1) {
      const doc = view.state.doc;
      const l = doc.line(Math.min(Math.max(line, 1), doc.lines));
      const at = l.from + Math.min(Math.max(column - 1, 0), l.length);
      view.dispatch({ selection: { anchor: at }, scrollIntoView: true });
      view.focus();
    },
    text: () => view.state.doc.toString(),
    focus: () => view.focus(),
  };
}
