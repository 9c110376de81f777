// The output terminal: xterm.js (ANSI colours, cursor movement, clear screen), loaded lazily
// by app.js (its own chunk). `text()` reads the terminal's buffer back as lines (wrapped rows
// joined), for the page's test hook.
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import '@xterm/xterm/css/xterm.css';

export function createTerminal(parent) {
  const term = new Terminal({
    convertEol: true,
    scrollback: 10000,
    disableStdin: true,
    cursorBlink: false,
    fontSize: 13,
    fontFamily: 'ui-monospace, "SFMono-Regular", "JetBrains Mono", Menlo, Consolas, monospace',
    theme: { background: '#0f1117', foreground: '#d8dee9', cursor: '#0f1117' },
  });
  const fit = new FitAddon();
  term.loadAddon(fit);
  term.open(parent);
  const refit = () => { try { fit.fit(); } catch { /* hidden */ } };
  refit();
  new ResizeObserver(refit).observe(parent);
  return {
    term,
    write: (data) => term.write(data),
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
