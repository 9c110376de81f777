// process.stdout / stderr / stdin: real `stream` Writables and a Readable (built in node:tty),
// made when first asked for. `stream` is large, so until then nothing loads it and the global
// console writes straight to the descriptors. Writes are synchronous, as node's are for files,
// pipes and terminals; stdin is read in the loop's poll phase while something wants data.
'use strict';

const binding = internalBinding('native');

const ttyCache = [];
function isTTY(fd) {
  let v = ttyCache[fd];
  if (v === undefined) v = ttyCache[fd] = !!binding.isTTY(fd);
  return v;
}
// node's shouldColorize for stdout/stderr, whose stream may not exist yet.
function shouldColorize(fd) {
  if (process.env.FORCE_COLOR === undefined && !isTTY(fd)) return false;
  return require('tty').internals.getColorDepth() > 2;
}

// node's dummyDestroy: ending stdout/stderr emits 'finish' and 'close' but leaves the
// descriptor open and the stream usable.
function dummyDestroy(err, cb) {
  cb(err);
  this._undestroy();
  if (!this._writableState.emitClose) process.nextTick(() => this.emit('close'));
}

// A stdout/stderr that is no terminal is taken for a pipe (what a parent process or a test
// harness reads; WASI cannot tell a pipe from a file). As node's net.Socket over a pipe: end()
// shuts the write side (its _final, done in a later poll phase as libuv's shutdown), and a
// write after that writes nothing and fails with EPIPE (the write's callback, then 'error' and
// 'close'): `pipeline(src, process.stdout, cb)` then console.log in cb prints nothing.
// (Writes stay synchronous: whether node's write of a large chunk completes at once depends on
// the reader and on the descriptor, a 64 KiB pipe or a ~200 KiB socketpair as node's
// child_process makes; rjs's returns true and never needs 'drain', which keeps writers going.)
const shut = [false, false, false];
function epipe() {
  const e = new Error('write EPIPE');
  e.errno = -32;
  e.code = 'EPIPE';
  e.syscall = 'write';
  return e;
}
function shutAsPipe(stream, fd) {
  stream._writableState.emitClose = false; // (a Socket's: dummyDestroy emits 'close' itself)
  const write = stream._write;
  const writev = stream._writev;
  stream._final = function (cb) {
    shut[fd] = true;
    require('internal/loop').queueCompletion(cb);
  };
  stream._write = function (chunk, encoding, cb) {
    if (shut[fd]) cb(epipe());
    else write.call(this, chunk, encoding, cb);
  };
  stream._writev = function (chunks, cb) {
    if (shut[fd]) cb(epipe());
    else writev.call(this, chunks, cb);
  };
}

function createWritable(fd) {
  const { SyncWriteStream, WriteStream } = require('tty').internals.streamClasses();
  const tty = isTTY(fd);
  const stream = tty ? new WriteStream(fd) : new SyncWriteStream(fd, { autoClose: false });
  stream._type = tty ? 'tty' : 'pipe'; // (see shutAsPipe)
  stream.fd = fd;
  stream._isStdio = true;
  stream.destroySoon = stream.destroy;
  stream._destroy = dummyDestroy;
  if (!tty) shutAsPipe(stream, fd);
  ownWrite = stream.write;
  own_write = stream._write;
  return stream;
}

function createStdin() {
  const { StdinStream, ReadStream } = require('tty').internals.streamClasses();
  const stream = isTTY(0) ? new ReadStream(0) : new StdinStream(0);
  stream.fd = 0;
  // node: once paused, stop reading (a tick later) so the process can exit.
  stream.on('pause', () => process.nextTick(() => {
    if (stream._polling && !stream.readableFlowing) {
      stream._readableState.reading = false;
      stream._wantRead = false;
      stream._stopPolling();
    }
  }));
  return stream;
}

let stdout, stderr, stdin;
function getStdout() { return stdout || (stdout = createWritable(1)); }
function getStderr() { return stderr || (stderr = createWritable(2)); }
function getStdin() { return stdin || (stdin = createStdin()); }

// Whether process.stdout (fd 1) / stderr (fd 2) is still the untouched built-in accessor.
function pristine(fd) {
  const d = Object.getOwnPropertyDescriptor(process, fd === 1 ? 'stdout' : 'stderr');
  return d !== undefined && d.get === (fd === 1 ? getStdout : getStderr);
}

// process.stdout/stderr's isTTY without making the stream (which loads `stream`): the
// descriptor's while the built-in stream is not made yet, else the stream's (a script may set it).
function streamIsTTY(fd) {
  if ((fd === 1 ? stdout : stderr) === undefined && pristine(fd)) return isTTY(fd);
  return (fd === 1 ? process.stdout : process.stderr).isTTY;
}

// For the global console bound to the built-in stream: the descriptor to write to directly
// while the stream is not made yet or is idle with its own write/_write (a synchronous write
// through it would do just that), else the stream.
let ownWrite, own_write;
function consoleTarget(fd) {
  const s = fd === 1 ? stdout : stderr;
  if (s === undefined) return fd;
  if (shut[fd]) return s; // (fails with EPIPE, which the console swallows)
  const st = s._writableState;
  if (s.write === ownWrite && s._write === own_write && st.length === 0 && st.corked === 0 &&
      !st.ending && !st.destroyed && !st.errored) return fd;
  return s;
}

module.exports = { getStdout, getStderr, getStdin, pristine, consoleTarget, isTTY, shouldColorize, streamIsTTY };
