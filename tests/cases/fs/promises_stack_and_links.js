// fs/promises failures: the stack starts with the API function's async frame (Object.x when
// called as a method of fs.promises), not the runtime's own frames. A FileHandle method on
// another object rejects with ERR_INTERNAL_ASSERTION. readlink gives back an absolute target as
// it was given (the sandbox stores it relative).
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const d = path.join(__dirname, '_tmp_promises_stack');
fs.rmSync(d, { recursive: true, force: true });
fs.mkdirSync(d);
const firstFrame = (e) => e.stack.split('\n')[1].replace(/ \(.*\)$/, '');
const { stat } = fsp;
(async () => {
  for (const [label, f] of [
    ['access', () => fsp.access(path.join(d, 'nope'))],
    ['stat', () => fs.promises.stat(path.join(d, 'nope'))],
    ['stat destructured', () => stat(path.join(d, 'nope'))],
    ['readFile', () => fsp.readFile(path.join(d, 'nope'))],
    ['mkdir', () => fsp.mkdir(d)],
  ]) {
    try { await f(); } catch (e) { console.log(label, e.code, firstFrame(e), /at (settle|\w+Sync|readWhole) /.test(e.stack)); }
  }
  const h = await fsp.open(__filename);
  try { await h.stat.call({}); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
  await h.close();
  const target = path.join(d, 'target.txt');
  fs.writeFileSync(target, 'x');
  fs.symlinkSync(target, path.join(d, 'abs'));
  await fsp.symlink(path.join(d, 'target.txt'), path.join(d, 'abs2'));
  fs.symlinkSync('target.txt', path.join(d, 'rel'));
  for (const l of ['abs', 'abs2', 'rel']) {
    const t = fs.readlinkSync(path.join(d, l));
    console.log(l, t === target ? '<target>' : t, (await fsp.readlink(path.join(d, l))) === t, fs.readFileSync(path.join(d, l), 'utf8'));
  }
  fs.readlink(path.join(d, 'abs'), { encoding: 'buffer' }, (e, b) => {
    console.log(Buffer.isBuffer(b), b.toString() === target);
    fs.rmSync(d, { recursive: true });
  });
})();
