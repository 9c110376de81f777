// `stream/promises`: promise forms of pipeline (with `{ signal, end }` options) and finished.
'use strict';

const Stream = require('stream');
const { validateBoolean } = require('internal/validators');

const { pipelineImpl, eos, isNodeStream, isIterable, isWebStream } = Stream[Symbol.for('rjs.stream.internals')];

function pipeline(...streams) {
  return new Promise((resolve, reject) => {
    let signal, end;
    const last = streams[streams.length - 1];
    if (last && typeof last === 'object' && !isNodeStream(last) && !isIterable(last) && !isWebStream(last)) {
      const options = streams.pop();
      signal = options.signal;
      end = options.end;
    }
    pipelineImpl(streams, (err, value) => { if (err) reject(err); else resolve(value); }, { signal, end });
  });
}

function finished(stream, opts) {
  let autoCleanup = false;
  if (opts === null) opts = {};
  if (opts && opts.cleanup) {
    validateBoolean(opts.cleanup, 'cleanup');
    autoCleanup = opts.cleanup;
  }
  return new Promise((resolve, reject) => {
    const cleanup = eos(stream, opts, (err) => {
      if (autoCleanup) cleanup();
      if (err) reject(err); else resolve();
    });
  });
}

module.exports = { finished, pipeline };
