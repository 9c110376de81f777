// `stream/promises`: promise forms of pipeline (with `{ signal, end }` options) and finished.
'use strict';

const Stream = require('stream');

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

const { finished } = eos; // node's end-of-stream promise form

module.exports = { finished, pipeline };
