// fs.watch / fs.promises.watch report what Linux's inotify gives node (rjs polls the path):
// a directory's added/removed/renamed/modified entries ('rename'; 'change'; a file added with
// content both), nothing below it unless recursive (relative names, an added file only
// 'rename'), a watched file's change and removal ('change', 'rename', 'rename'), a removed
// directory ('rename' per entry, then twice its own name), filename encodings, close from a
// listener (its 'close' on the next tick, before the next handle's callback), handles of one
// path sharing changes made before the later one started, signal, persistent: false.
// Each step waits 150 ms before its events are printed.
const fs = require('fs');
const path = require('path');
const root = path.join(__dirname, '_watch_tmp');
fs.rmSync(root, { recursive: true, force: true });
fs.mkdirSync(path.join(root, 'd/sub'), { recursive: true });
const p = (...a) => path.join(root, ...a);
const ev = [];
const wait = (ms = 150) => new Promise((r) => setTimeout(r, ms));
async function step(name, fn) {
  fn();
  await wait();
  console.log(name.padEnd(14), JSON.stringify(ev.splice(0)));
}
(async () => {
  fs.writeFileSync(p('d/exist.txt'), 'a');
  const wd = fs.watch(p('d'), (t, f) => ev.push(`${t} ${f}`));
  await step('create', () => fs.writeFileSync(p('d/new.txt'), 'hello'));
  await step('create empty', () => fs.writeFileSync(p('d/empty.txt'), ''));
  await step('append', () => fs.appendFileSync(p('d/exist.txt'), 'cc'));
  await step('utimes', () => fs.utimesSync(p('d/exist.txt'), 1, 2));
  await step('nested', () => fs.writeFileSync(p('d/sub/deep.txt'), 'x'));
  await step('mkdir', () => fs.mkdirSync(p('d/d2')));
  await step('rename', () => fs.renameSync(p('d/new.txt'), p('d/renamed.txt')));
  await step('unlink', () => fs.unlinkSync(p('d/renamed.txt')));
  await step('symlink', () => fs.symlinkSync('exist.txt', p('d/link')));
  wd.close();
  await step('after close', () => fs.writeFileSync(p('d/late.txt'), 'x'));

  fs.writeFileSync(p('f.txt'), 'x');
  const wf = fs.watch(p('f.txt'), { encoding: 'buffer' }, (t, f) => ev.push(`${t} ${Buffer.isBuffer(f)} ${f}`));
  await step('file append', () => fs.appendFileSync(p('f.txt'), 'y'));
  await step('file unlink', () => fs.unlinkSync(p('f.txt')));
  await step('file back', () => fs.writeFileSync(p('f.txt'), 'z'));
  wf.close();

  fs.mkdirSync(p('gone'));
  fs.writeFileSync(p('gone/a'), 'a');
  const wg = fs.watch(p('gone'), 'hex', (t, f) => ev.push(`${t} ${f}`));
  await step('rm dir', () => fs.rmSync(p('gone'), { recursive: true }));
  wg.close();

  fs.mkdirSync(p('r/sub'), { recursive: true });
  fs.writeFileSync(p('r/sub/a.txt'), 'a');
  const wr = fs.watch(p('r'), { recursive: true }, (t, f) => ev.push(`${t} ${f}`));
  await step('r create', () => fs.writeFileSync(p('r/top.txt'), 'hello'));
  await step('r nested', () => fs.writeFileSync(p('r/sub/deep.txt'), 'x'));
  await step('r append', () => fs.appendFileSync(p('r/sub/a.txt'), 'b'));
  await step('r mkdir', () => fs.mkdirSync(p('r/sub/d3')));
  await step('r in new dir', () => fs.writeFileSync(p('r/sub/d3/n.txt'), 'q'));
  await step('r rm dir', () => fs.rmSync(p('r/sub/d3'), { recursive: true }));
  wr.close();
  wr.on('close', () => console.log('recursive close after close()?'));

  fs.mkdirSync(p('s'));
  const w1 = fs.watch(p('s'), (t, f) => { console.log('w1', t, f); w1.close(); });
  w1.on('close', () => console.log('w1 close'));
  fs.writeFileSync(p('s/c'), 'x');
  const w2 = fs.watch(p('s'), { persistent: false }, (t, f) => console.log('w2', t, f));
  const w3 = fs.watch(p('s'), { signal: AbortSignal.abort() });
  w3.on('close', () => console.log('w3 close'));
  console.log(w1.constructor.name, Object.keys(w1), w1.unref() === w1, w1.ref() === w1);
  await wait();
  w2.close();

  const ac = new AbortController();
  setTimeout(() => fs.writeFileSync(p('s/pa'), 'x'), 50);
  setTimeout(() => fs.writeFileSync(p('s/pb'), ''), 200);
  setTimeout(() => ac.abort(), 350);
  try {
    for await (const e of fs.promises.watch(p('s'), { signal: ac.signal })) console.log(e);
  } catch (e) {
    console.log(e.name, e.code);
  }
  fs.rmSync(root, { recursive: true, force: true });
  // An unref'd watch does not keep the process alive.
  fs.watch(__dirname, { persistent: false });
})();
