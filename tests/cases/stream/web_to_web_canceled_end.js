// Readable.toWeb: a pipe that fails cancels the web side; the node stream's end that follows
// (it had been read to the end) closes nothing, as node's wasCanceled guard has it (rjs threw
// ERR_INVALID_STATE 'Controller is already closed' from the adapter's finished callback).
const { Readable } = require('stream');
(async () => {
  const src = Readable.from(['a', 'b']);
  ['end', 'close', 'error'].forEach((ev) => src.on(ev, (e) => console.log('src', ev, e && e.message)));
  const ts = new TransformStream({ transform(c) { throw new TypeError(`bad chunk ${c}`); } });
  try {
    await Readable.toWeb(src).pipeThrough(ts).pipeTo(new WritableStream({ write() {} }));
  } catch (e) { console.log('caught', e.message); }
  console.log('errored', src.errored, 'destroyed', src.destroyed);
  // Canceled by the reader before the end: the stream is destroyed with the reason.
  const src2 = Readable.from(['x', 'y', 'z']);
  src2.on('close', () => console.log('src2 close', src2.destroyed, src2.readableEnded));
  const reader = Readable.toWeb(src2).getReader();
  console.log('read', await reader.read());
  await reader.cancel(new Error('stop'));
  console.log('read after cancel', await reader.read());
  setTimeout(() => console.log('done'), 10);
})();
