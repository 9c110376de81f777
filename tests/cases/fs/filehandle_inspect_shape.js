// A FileHandle's own keys and inspect output as node's, before and after close: kCloseResolve
// and kCloseReject exist only once a close had to wait for a stream holding the handle.
const fs = require('fs');
const util = require('util');
const show = (label, fh) => console.log(label, util.inspect(fh).replace(/\d+/g, 'N'), Reflect.ownKeys(fh).map(String).join(','));
// The two parts run one after the other: run side by side, node's output order depended on which
// thread-pool open finished first.
(async () => {
  const fh = await fs.promises.open(__filename);
  show('open', fh);
  await fh.close();
  show('closed', fh);
  const fh2 = await fs.promises.open(__filename);
  const s = fh2.createReadStream();
  const p = fh2.close();
  show('closing with stream', fh2);
  s.resume();
  await p;
  await new Promise((r) => setImmediate(r));
  show('closed after stream', fh2);
})().then(asyncIdPart);

// getAsyncId() is the native handle's async id (an init hook sees 'FILEHANDLE'), kept after close.
function asyncIdPart() {
  const async_hooks = require('async_hooks');
  const seen = [];
  const hook = async_hooks.createHook({ init(id, type) { if (type === 'FILEHANDLE') seen.push(id); } }).enable();
  return fs.promises.open(__filename).then(async (fh) => {
    const id = fh.getAsyncId();
    await fh.close();
    hook.disable();
    console.log('asyncId', typeof id, id > 1, fh.getAsyncId() === id, seen.includes(id), new async_hooks.AsyncResource('x').asyncId() > id);
  });
}
