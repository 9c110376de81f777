// stream.isReadable / isDisturbed / isErrored on web ReadableStreams (node's getters on the
// stream: readable state, disturbed once read or cancelled, errored state); WritableStreams give
// null / false as in node 20.
import { isErrored, isDisturbed, isReadable, isWritable } from 'stream';
import { ReadableStream, WritableStream } from 'stream/web';
const rs = new ReadableStream({ start(c) { c.enqueue('x'); c.close(); } });
console.log(isDisturbed(rs), isErrored(rs), isReadable(rs));
await rs.getReader().read();
console.log(isDisturbed(rs), isReadable(rs));
const rs3 = new ReadableStream({ start(c) { c.error(new Error('x')); } });
await new Promise((r) => setTimeout(r, 1));
console.log(isErrored(rs3), isReadable(rs3), isDisturbed(rs3));
const rs4 = new ReadableStream();
await rs4.cancel();
console.log(isDisturbed(rs4), isReadable(rs4));
const ws = new WritableStream({ start(c) { c.error(new Error('w')); } });
await new Promise((r) => setTimeout(r, 1));
console.log(isWritable(ws), isErrored(ws), isWritable(new WritableStream()));
