// Vite builds the playground page (www/) into www/dist/: index.html, app.js and the lazily
// loaded editor (CodeMirror) and terminal (xterm.js) chunks are bundled (the chunks preloaded
// from index.html); sw.js and pkg/ (the wasm runtime, from `npm run build:wasm`) are copied as
// they are, at the site root, so the service worker's scope covers preview/; worker.js is
// bundled with pkg/rjs.js into one file there.
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
    // The editor and terminal chunks are imported dynamically by app.js, so the browser would
    // only start fetching them once app.js runs: a modulepreload link each (and a preload of
    // the terminal's CSS) lets it fetch and parse them while the HTML is still being read.
    name: 'rjs-preload-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const files = new Set();
        const styles = new Set();
        for (const c of Object.values(ctx.bundle || {})) {
          if (c.type !== 'chunk' || !c.isDynamicEntry) continue;
          for (const f of [c.fileName, ...c.imports]) files.add(f);
          for (const f of c.viteMetadata?.importedCss || []) styles.add(f);
        }
        const link = (attrs) => ({ tag: 'link', attrs, injectTo: 'head' });
        return [
          ...[...files].map((f) => link({ rel: 'modulepreload', crossorigin: true, href: `./${f}` })),
          ...[...styles].map((f) => link({ rel: 'preload', as: 'style', crossorigin: true, href: `./${f}` })),
        ];
      },
    },
  }, {
    name: 'rjs-static-copy',
    apply: 'build',
    async closeBundle() {
      if (!existsSync(join(www, 'pkg', 'rjs_bg.wasm'))) throw new Error('www/pkg is missing: run `npm run build:wasm` first');
      for (const f of ['worker.js', 'sw.js', 'pkg']) cpSync(join(www, f), join(outDir, f), { recursive: true });
      // worker.js with pkg/rjs.js and its snippet in one file: a worker fetches its module
      // graph one import at a time, and every run starts one. Rolldown is Vite's bundler; without
      // it the copy above stays.
      let rolldown;
      try {
        ({ rolldown } = await import('rolldown'));
      } catch {
        return;
      }
      const bundle = await rolldown({ input: join(www, 'worker.js'), logLevel: 'warn' });
      await bundle.write({ file: join(outDir, 'worker.js'), format: 'esm' });
      await bundle.close();
    },
  }],
});
