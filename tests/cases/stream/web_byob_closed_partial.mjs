// A BYOB read that cannot be filled from what is left of a closed byte stream errors the stream
// with node's message ('ReadableStream closed'); reads into a Uint16Array combine bytes.
import { ReadableStream } from 'stream/web';
const rs = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1, 2, 3])); c.close(); } });
const r = rs.getReader({ mode: 'byob' });
console.log(await r.read(new Uint16Array(1)));
await r.read(new Uint16Array(1)).catch((e) => console.log(e.name, e.code, e.message));
await r.closed.catch((e) => console.log('closed', e.message));
