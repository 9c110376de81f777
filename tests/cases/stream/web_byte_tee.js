// tee() of a byte stream is node's ReadableByteStreamTee: both branches are byte streams, a branch
// read with a BYOB reader reads the source into its own view and the other branch gets a copy of
// exactly those bytes (rjs read whole chunks for both); closing, canceling and erroring with
// BYOB reads pending.
'use strict';
const log = (...a) => console.log(...a);
const src = (chunks, opts = {}) => new ReadableStream({
  type: 'bytes',
  start(c) { if (!opts.pull) { for (const ch of chunks) c.enqueue(new Uint8Array(ch)); if (!opts.open) c.close(); } },
  pull: opts.pull,
  cancel(r) { log('source cancel', r); },
});
(async () => {
  {
    const [a, b] = src([[1, 2, 3], [4, 5]]).tee();
    const ra = a.getReader({ mode: 'byob' });
    log('a', await ra.read(new Uint8Array(2)));
    log('a', await ra.read(new Uint8Array(2)));
    log('a', await ra.read(new Uint8Array(4)));
    log('a', await ra.read(new Uint8Array(4)));
    const rb = b.getReader();
    for (let r = await rb.read(); !r.done; r = await rb.read()) log('b', r.value);
  }
  {
    const [a, b] = src([[7, 8, 9]]).tee();
    const rb = b.getReader({ mode: 'byob' });
    const ra = a.getReader({ mode: 'byob' });
    log('b first', await rb.read(new Uint16Array(1)));
    log('a then', await ra.read(new Uint8Array(8)));
    log('b rest', await rb.read(new Uint8Array(8)));
    log('b end', await rb.read(new Uint8Array(8)));
  }
  {
    let n = 0;
    const [a, b] = src(null, { pull(c) { n++; if (n < 3) c.enqueue(new Uint8Array([n, n])); else c.close(); } }).tee();
    b.cancel('b gone').then((v) => log('b cancel resolved', v));
    const ra = a.getReader({ mode: 'byob' });
    for (let i = 0; i < 4; i++) log('a only', (await ra.read(new Uint8Array(1))).value);
    ra.releaseLock();
    await a.cancel('a gone');
  }
  {
    let ctl;
    const [a, b] = new ReadableStream({ type: 'bytes', start(c) { ctl = c; } }).tee();
    const pa = a.getReader({ mode: 'byob' }).read(new Uint8Array(4)).catch((e) => `a rejected ${e.message}`);
    const pb = b.getReader().closed.catch((e) => `b closed ${e.message}`);
    setTimeout(() => ctl.error(new Error('boom')), 1);
    log(await pa, await pb);
  }
  {
    const [a, b] = src([[1]], { open: true }).tee();
    const both = Promise.all([a.cancel('r1'), b.cancel('r2')]);
    log('both canceled', await both);
  }
  {
    // Last: these reads stay pending, as in node: a byte source closed under a pending BYOB read
    // must still respond(0) to it.
    let ctl;
    const [a, b] = new ReadableStream({ type: 'bytes', start(c) { ctl = c; } }).tee();
    const pa = a.getReader({ mode: 'byob' }).read(new Uint8Array(4));
    const rb = b.getReader();
    const pb = rb.read();
    setTimeout(() => ctl.close(), 1);
    log('close while pending', await pa, await pb);
  }
})();
