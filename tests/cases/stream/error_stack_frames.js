// Errors built by the stream modules' own error classes have no frame for that class's
// constructor in their stack (rjs showed `at C (node:stream:...)` first), as errors.js' have none.
'use strict';
const frames = (e) => e.stack.split('\n').slice(1).map((l) => l.trim().split(' ')[1]);
const r = new ReadableStream();
r.getReader();
try { r.getReader(); } catch (e) { console.log(e.stack.split('\n')[0], frames(e).includes('C')); }
new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' }).read(new Uint8Array(0))
  .catch((e) => console.log(e.stack.split('\n')[0], frames(e).includes('C')));
const { Readable } = require('stream');
Readable.from([1]).map(() => {}, { concurrency: 1 }).toArray().then(() => {
  try { Readable.from([1]).drop(-1); } catch (e) { console.log(e.stack.split('\n')[0], frames(e).includes('C')); }
});
