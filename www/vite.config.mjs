// Vite builds the playground page (www/) into www/dist/: index.html, app.js and the lazily
// loaded editor (CodeMirror) and terminal (xterm.js) chunks are bundled; worker.js, sw.js and
// pkg/ (the wasm runtime, from `npm run build:wasm`) are copied as they are, at the site root,
// so the service worker's scope covers preview/ and the worker finds pkg/rjs.js.
import { cpSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const www = dirname(fileURLToPath(import.meta.url));
const outDir = join(www, 'dist');

export default defineConfig({
  root: www,
  base: './',
  publicDir: false,
  build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1500 },
  plugins: [{
    name: 'rjs-static-copy',
    apply: 'build',
    closeBundle() {
      if (!existsSync(join(www, 'pkg', 'rjs_bg.wasm'))) throw new Error('www/pkg is missing: run `npm run build:wasm` first');
      for (const f of ['worker.js', 'sw.js', 'pkg']) cpSync(join(www, f), join(outDir, f), { recursive: true });
    },
  }],
});
