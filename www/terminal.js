// The terminal: xterm.js (ANSI colours, cursor movement, clear screen, clickable URLs), loaded
// lazily by app.js (its own chunk). `text()` reads the terminal's buffer back as lines (wrapped rows
// joined), for the page's test hook. Keys typed in it go to `onData` (app.js edits the line
// and sends it to the running script's stdin).
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import '@xterm/xterm/css/xterm.css';

const THEME = { background: '#0f1117', foreground: '#d8dee9', cursor: '#0f1117' };

// Text matching a link rule's `pattern` (a global RegExp) is a link: a click calls its
// `activate(text)`. app.js makes the URLs the script prints and its files' line references
// (`/home/user/main.js:5:1` in a stack) links.
function linkProvider(term, rules) {
  return {
    provideLinks(y, callback) {
      const line = term.buffer.active.getLine(y - 1);
      const text = line ? line.translateToString(true) : '';
      const links = [];
      for (const { pattern, activate } of rules) {
        for (const m of text.matchAll(pattern)) {
          links.push({
            text: m[0],
            range: { start: { x: m.index + 1, y }, end: { x: m.index + m[0].length, y } },
            activate: () => activate(m[0]),
          });
        }
      }
      callback(links.length ? links : undefined);
    },
  };
}

export function createTerminal(parent, { links = [] } = {}) {
  const term = new Terminal({
    convertEol: true,
    scrollback: 10000,
    cursorBlink: false,
    fontSize: 13,
    fontFamily: 'ui-monospace, "SFMono-Regular", "JetBrains Mono", Menlo, Consolas, monospace',
    theme: THEME,
  });
  const fit = new FitAddon();
  term.loadAddon(fit);
  term.open(parent);
  // The page's shortcuts (Ctrl/Cmd+Enter runs, Esc stops) are not input: xterm leaves them to
  // the page (its stdin is in line mode, which takes no escape sequences anyway).
  if (links.length) term.registerLinkProvider(linkProvider(term, links));
  term.attachCustomKeyEventHandler((e) => !(e.key === 'Escape' || (e.key === 'Enter' && (e.ctrlKey || e.metaKey))));
  const refit = () => { try { fit.fit(); } catch { /* hidden */ } };
  refit();
  new ResizeObserver(refit).observe(parent);
  return {
    term,
    write: (data) => term.write(data),
    onData: (fn) => term.onData(fn),
    hasSelection: () => term.hasSelection(),
    focus: () => term.focus(),
    /** The cursor shows while a script runs (it may be reading what is typed). */
    showCursor: (on) => { term.options.theme = { ...THEME, cursor: on ? THEME.foreground : THEME.background }; },
    flush: () => new Promise((done) => term.write('', done)),
    reset: () => term.reset(),
    text() {
      const b = term.buffer.active;
      let s = '';
      for (let i = 0; i < b.length; i++) {
        const line = b.getLine(i);
        if (!line) continue;
        if (i > 0 && !line.isWrapped) s += '\n';
        const next = b.getLine(i + 1);
        s += line.translateToString(!(next && next.isWrapped));
      }
      return s.replace(/\n+$/, '\n');
    },
  };
}
