// A pipeline stopped by its signal rejects with an AbortError whose cause is the signal's reason,
// as node 20's pipelineImpl (rjs left the cause out), whether aborted before or during the run.
'use strict';
const { Readable, PassThrough } = require('stream');
const sp = require('stream/promises');
(async () => {
  await sp.pipeline(Readable.from(['a']), new PassThrough(), { signal: AbortSignal.abort('x') })
    .catch((e) => console.log('pre-aborted', e.name, e.code, e.cause, e.message));
  const ac = new AbortController();
  const p = sp.pipeline(new Readable({ read() {} }), new PassThrough(), { signal: ac.signal });
  setImmediate(() => ac.abort(new Error('later')));
  await p.catch((e) => console.log('aborted later', e.name, e.cause && e.cause.message));
  const ac2 = new AbortController();
  const p2 = sp.pipeline(new Readable({ read() {} }), new PassThrough(), { signal: ac2.signal });
  setImmediate(() => ac2.abort());
  await p2.catch((e) => console.log('default reason', e.name, e.cause && e.cause.name));
})();
