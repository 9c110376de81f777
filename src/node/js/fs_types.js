// internal/fs_types: the value classes of `fs` -- Stats/BigIntStats (from the native stat
// array), Dirent and Dir (opendir).
'use strict';

const E = () => require('internal/errors').codes;
const S_IFMT = 0o170000;

// As node's: StatsBase and its methods are plain (enumerable) function properties, so a
// for-in over Stats lists them; Stats and BigIntStats each test the mode in _checkModeProperty.
function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  Object.assign(this, { dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks });
}
StatsBase.prototype.isDirectory = function () { return this._checkModeProperty(0o040000); };
StatsBase.prototype.isFile = function () { return this._checkModeProperty(0o100000); };
StatsBase.prototype.isBlockDevice = function () { return this._checkModeProperty(0o060000); };
StatsBase.prototype.isCharacterDevice = function () { return this._checkModeProperty(0o020000); };
StatsBase.prototype.isSymbolicLink = function () { return this._checkModeProperty(0o120000); };
StatsBase.prototype.isFIFO = function () { return this._checkModeProperty(0o010000); };
StatsBase.prototype.isSocket = function () { return this._checkModeProperty(0o140000); };

// Plain assignments in node's order (no Object.assign of a literal): Stats are made on every
// stat call, and this is the cheapest way under Boa.
function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = new Date(Math.round(atimeMs));
  this.mtime = new Date(Math.round(mtimeMs));
  this.ctime = new Date(Math.round(ctimeMs));
  this.birthtime = new Date(Math.round(birthtimeMs));
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);
Stats.prototype.isFile = StatsBase.prototype.isFile;
Stats.prototype._checkModeProperty = function (property) { return (this.mode & S_IFMT) === property; };

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeNs / 1000000n;
  this.mtimeMs = mtimeNs / 1000000n;
  this.ctimeMs = ctimeNs / 1000000n;
  this.birthtimeMs = birthtimeNs / 1000000n;
  Object.assign(this, { atimeNs, mtimeNs, ctimeNs, birthtimeNs });
  this.atime = new Date(Number(this.atimeMs));
  this.mtime = new Date(Number(this.mtimeMs));
  this.ctime = new Date(Number(this.ctimeMs));
  this.birthtime = new Date(Number(this.birthtimeMs));
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);
BigIntStats.prototype._checkModeProperty = function (property) { return (this.mode & BigInt(S_IFMT)) === BigInt(property); };

// [dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, aSec, aNsec, mSec, mNsec,
// cSec, cNsec] -> Stats. WASI has no birth time: ctime stands in for it.
// WASI reports the birth time where ctime would be: ctime is taken as the later of it and the
// mtime (a change of contents changes ctime too).
function makeStats(a, bigint) {
  if (bigint) {
    const ns = (i) => BigInt(a[i]) * 1000000000n + BigInt(a[i + 1]);
    const mtimeNs = ns(12);
    const birthtimeNs = ns(14);
    return new BigIntStats(...a.slice(0, 10).map((v) => BigInt(v)), ns(10), mtimeNs,
      mtimeNs > birthtimeNs ? mtimeNs : birthtimeNs, birthtimeNs);
  }
  const mtimeMs = a[12] * 1e3 + a[13] / 1e6;
  const birthtimeMs = a[14] * 1e3 + a[15] / 1e6;
  return new Stats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9],
    a[10] * 1e3 + a[11] / 1e6, mtimeMs, Math.max(mtimeMs, birthtimeMs), birthtimeMs);
}

const kType = Symbol('type');
// Types are libuv's UV_DIRENT_* numbers (1 file, 2 dir, 3 link, 4 fifo, 5 socket, 6 char,
// 7 block). readdirSync builds Dirents natively (fs binding `readdirDirents`) with the same own
// properties, in the same order, as this constructor.
class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }
  isDirectory() { return this[kType] === 2; }
  isFile() { return this[kType] === 1; }
  isBlockDevice() { return this[kType] === 7; }
  isCharacterDevice() { return this[kType] === 6; }
  isSymbolicLink() { return this[kType] === 3; }
  isFIFO() { return this[kType] === 4; }
  isSocket() { return this[kType] === 5; }
}

function concurrentError() {
  return new (E().ERR_DIR_CONCURRENT_OPERATION)();
}

const kEntries = Symbol('entries');
const kClosed = Symbol('closed');
const kPath = Symbol('path');
const kQueue = Symbol('queue');
const kFetched = Symbol('fetched');
const kReadImpl = Symbol('readImpl');
const kDone = Symbol('done');
const kShift = Symbol('shift');
const kLoad = Symbol('load');
const kList = Symbol('list');
const kRecursive = Symbol('recursive');
const kEncoding = Symbol('encoding');
const kSubdirs = Symbol('subdirs');
// node's Dir over a listing read at the first read: that read (and any after the buffer runs dry)
// completes in the poll phase as node's handle read does; operations issued meanwhile queue up,
// and the synchronous ones fail with ERR_DIR_CONCURRENT_OPERATION.
class Dir {
  // `list()`: the opened directory's Dirents, read at the first read. `load(dir)`: those of a
  // subdirectory, for the recursive walk (breadth first, as node's queue of handles).
  constructor(path, list, options, load = undefined) { // length 3, as node's Dir(handle, path, options)
    if (!list) throw new (E().ERR_MISSING_ARGS)('handle');
    const opts = { bufferSize: 32, ...(options && typeof options === 'object' ? options : {}) };
    require('internal/validators').validateUint32(opts.bufferSize, 'options.bufferSize', true);
    this[kList] = list;
    this[kEntries] = null;
    this[kLoad] = load;
    this[kRecursive] = !!(options && typeof options === 'object' && options.recursive);
    this[kEncoding] = typeof options === 'string' ? options : options && options.encoding;
    this[kSubdirs] = [];
    this[kClosed] = false;
    this[kPath] = path;
    this[kQueue] = null;
    this[kFetched] = false;
  }
  get path() { return this[kPath]; }
  readSync() {
    if (this[kClosed]) throw new (E().ERR_DIR_CLOSED)();
    if (this[kQueue] !== null) throw concurrentError();
    this[kFetched] = true;
    return this[kShift]();
  }
  read(cb) { return this[kReadImpl](true, cb); }
  [kReadImpl](maybeSync, cb) {
    if (this[kClosed]) throw new (E().ERR_DIR_CLOSED)();
    if (cb === undefined) {
      return new Promise((resolve, reject) => this[kReadImpl](false, (err, d) => (err ? reject(err) : resolve(d))));
    }
    require('internal/validators').validateFunction(cb, 'callback');
    if (this[kQueue] !== null) { this[kQueue].push(() => this[kReadImpl](false, cb)); return; }
    if (this[kFetched] && this[kEntries]?.length) {
      const d = this[kShift]();
      if (maybeSync) process.nextTick(cb, null, d); else cb(null, d);
      return;
    }
    this[kQueue] = [];
    require('internal/loop').queueCompletion(() => {
      this[kFetched] = true;
      this[kDone]();
      let d;
      try { d = this[kShift](); } catch (e) { return cb(e); }
      cb(null, d);
    });
  }
  [kShift]() {
    if (this[kEntries] === null) this[kEntries] = this[kList]();
    while (this[kEntries].length === 0 && this[kSubdirs].length) this[kEntries] = this[kLoad](this[kSubdirs].shift());
    if (this[kEntries].length === 0) return null;
    const d = this[kEntries].shift();
    if (this[kRecursive] && d.isDirectory()) this[kSubdirs].push(require('path').join(d.parentPath, d.name));
    const enc = this[kEncoding];
    if (enc && enc !== 'utf8' && enc !== 'utf-8') d.name = enc === 'buffer' ? Buffer.from(d.name) : Buffer.from(d.name).toString(enc);
    return d;
  }
  [kDone]() {
    process.nextTick(() => {
      const queue = this[kQueue];
      this[kQueue] = null;
      if (queue) for (const op of queue) op();
    });
  }
  closeSync() {
    if (this[kClosed]) throw new (E().ERR_DIR_CLOSED)();
    if (this[kQueue] !== null) throw concurrentError();
    this[kClosed] = true;
  }
  close(cb) {
    if (cb === undefined) {
      if (this[kClosed]) return Promise.reject(new (E().ERR_DIR_CLOSED)());
      return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
    }
    require('internal/validators').validateFunction(cb, 'callback');
    if (this[kClosed]) { process.nextTick(cb, new (E().ERR_DIR_CLOSED)()); return; }
    if (this[kQueue] !== null) { this[kQueue].push(() => this.close(cb)); return; }
    this[kClosed] = true;
    require('internal/loop').queueCompletion(() => cb(null));
  }
  async *entries() {
    try {
      for (;;) {
        const d = await this[kReadImpl](false);
        if (d === null) break;
        yield d;
      }
    } finally {
      if (!this[kClosed]) await this.close();
    }
  }
  [Symbol.asyncIterator]() { return this.entries(); }
}

// fs.statfs()'s result, node's StatFs (a plain constructor; numbers or bigints).
function StatFs(type, bsize, blocks, bfree, bavail, files, ffree) {
  this.type = type;
  this.bsize = bsize;
  this.blocks = blocks;
  this.bfree = bfree;
  this.bavail = bavail;
  this.files = files;
  this.ffree = ffree;
}

module.exports = { Stats, BigIntStats, Dirent, Dir, StatFs, makeStats, kType };
