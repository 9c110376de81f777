// fs/promises errors carry V8's async stack: the fs/promises function at its place in node's
// lib/internal/fs/promises.js, then each caller awaiting the call (column of its `await`), and
// nothing of the synchronous caller chain; rm and opendir have no frames (promisified callbacks).
const fsp = require('fs/promises');
const fs = require('fs');
const show = (e) => console.log(e.stack.split(__dirname).join('.'));
class Store {
  async load(f) { return JSON.parse(await fsp.readFile(f, 'utf8')); }
}
async function nested() { await fsp.stat('missing/a'); }
async function main() {
  fs.mkdirSync('tmp_pe', { recursive: true });
  try {
    try { await new Store().load('tmp_pe/missing.json'); } catch (e) { show(e); }
    try { await nested(); } catch (e) { show(e); }
    const ops = { mkdir: ['tmp_pe/x/y'], unlink: ['tmp_pe/nope'], readdir: ['tmp_pe/nope'], access: ['tmp_pe/nope'],
      rename: ['tmp_pe/nope', 'tmp_pe/b'], copyFile: ['tmp_pe/nope', 'tmp_pe/b'], lstat: ['tmp_pe/nope'],
      readlink: ['tmp_pe/nope'], realpath: ['tmp_pe/nope'], truncate: ['tmp_pe/nope'], writeFile: ['tmp_pe/x/y', 'd'],
      appendFile: ['tmp_pe/x/y', 'd'], open: ['tmp_pe/nope'], rmdir: ['tmp_pe/nope'], utimes: ['tmp_pe/nope', 1, 1],
      rm: ['tmp_pe/nope'], opendir: ['tmp_pe/nope'], cp: ['tmp_pe/nope', 'tmp_pe/b'], readFile: ['tmp_pe'] };
    for (const [name, args] of Object.entries(ops)) {
      try { await fsp[name](...args); } catch (e) { show(e); }
    }
    const { readFile } = fsp;
    try {
      const text = await readFile('tmp_pe/none.txt');
      console.log(text);
    } catch (e) { show(e); }
    await fsp.stat('tmp_pe/nope').catch(show);
    fsp.access('tmp_pe/nope').then(null, (e) => { show(e); console.log(require('util').inspect(e).split(__dirname).join('.')); });
    await new Promise((r) => setTimeout(r, 10));
    const saved = Error.stackTraceLimit;
    Error.stackTraceLimit = 1;
    try { await nested(); } catch (e) { show(e); }
    Error.stackTraceLimit = saved;
  } finally {
    fs.rmSync('tmp_pe', { recursive: true, force: true });
  }
}
main();
