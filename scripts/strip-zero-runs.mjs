// Rewrites the data segments of a wasm component's core module (rjs.wasm after `wasmtime wizer`),
// which `wasmtime run` hashes, decompresses and copies on every start:
// - the heap (from `__heap_base` up: ~10 MB, mostly free space between live objects) becomes one
//   compressed blob that src/snapshot.rs (`unpack_image`, run before anything else) expands in
//   place; the blob's place and size go into its `PackedImage` record, found by its magic;
// - the static data is kept without its long runs of zero bytes (memory starts zeroed);
// - the stack's dead frames left by the snapshot (below the initial stack pointer) are dropped.
// Without the record (or with RJS_PACK=0) the heap's segments are kept, zero runs left out.
// Segments stay under wasmparser's limit of 100,000.
//   node scripts/strip-zero-runs.mjs FILE.wasm   (rewritten in place)
import { readFileSync, writeFileSync } from 'node:fs';
import { packImage, MAGIC } from './pack-image.mjs';

const MAX_SEGMENTS = 90000;
const file = process.argv[2];
const bytes = readFileSync(file);

function readLeb(buf, at) {
  let value = 0, shift = 0, byte;
  do { byte = buf[at++]; value += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
  return [value, at];
}
function leb(value) {
  const out = [];
  do { let b = value % 128; value = Math.floor(value / 128); if (value) b |= 0x80; out.push(b); } while (value);
  return Buffer.from(out);
}
function sleb(value) {
  const out = [];
  for (;;) {
    const b = value & 0x7f; value >>= 7;
    if ((value === 0 && !(b & 0x40)) || (value === -1 && (b & 0x40))) { out.push(b); break; }
    out.push(b | 0x80);
  }
  return Buffer.from(out);
}
// Sections of a module or component: [id, start of contents, end].
function sections(buf, from, to) {
  const out = [];
  for (let at = from + 8; at < to;) {
    const id = buf[at];
    const [size, start] = readLeb(buf, at + 1);
    out.push([id, start, start + size, at]);
    at = start + size;
  }
  return out;
}
function section(id, contents) { return Buffer.concat([Buffer.from([id]), leb(contents.length), contents]); }

// { passive: leading passive segments (kept as they are, so their indices stay), segs: the
// active memory-0 segments as [offset, bytes] }; anything else means: leave the file alone.
function readSegments(buf, start, end) {
  let [count, at] = readLeb(buf, start);
  const segs = [];
  const passive = [];
  while (count--) {
    const flag = buf[at++];
    if (flag === 1 && segs.length === 0) {
      const from = at - 1;
      let size;
      [size, at] = readLeb(buf, at);
      at += size;
      passive.push(buf.subarray(from, at));
      continue;
    }
    if (flag !== 0 || buf[at] !== 0x41) return null;
    let offset = 0, shift = 0, byte;
    at++;
    do { byte = buf[at++]; offset |= (byte & 0x7f) << shift; shift += 7; } while (byte & 0x80);
    if (shift < 32 && (byte & 0x40)) offset |= -1 << shift;
    if (buf[at++] !== 0x0b) return null;
    let size;
    [size, at] = readLeb(buf, at);
    segs.push([offset, buf.subarray(at, at + size)]);
    at += size;
  }
  return at === end ? { passive, segs } : null;
}
// Splits segments at zero runs of at least `minRun` bytes.
function split(segs, minRun) {
  const out = [];
  for (const [offset, data] of segs) {
    let begin = 0, i = 0;
    while (begin < data.length && data[begin] === 0) begin++;
    for (i = begin; i < data.length;) {
      if (data[i] !== 0) { i++; continue; }
      let j = i;
      while (j < data.length && data[j] === 0) j++;
      if (j - i >= minRun || j === data.length) {
        out.push([offset + begin, data.subarray(begin, i)]);
        begin = j;
      }
      i = j;
    }
    if (begin < data.length) out.push([offset + begin, data.subarray(begin)]);
  }
  return out;
}

// The first global's initial value when it is the stack pointer (a mutable i32), else 0.
function stackPointer(buf, parts) {
  const g = parts.find(([id]) => id === 6);
  if (!g) return 0;
  let [count, at] = readLeb(buf, g[1]);
  if (!count || buf[at] !== 0x7f || buf[at + 1] !== 1 || buf[at + 2] !== 0x41) return 0;
  at += 3;
  let value = 0, shift = 0, byte;
  do { byte = buf[at++]; value |= (byte & 0x7f) << shift; shift += 7; } while (byte & 0x80);
  return buf[at] === 0x0b && value > 0 ? value : 0;
}
// The memory's initial size in bytes (one memory, no maximum needed), else 0.
function memoryBytes(buf, parts) {
  const m = parts.find(([id]) => id === 5);
  if (!m) return 0;
  const [count, at] = readLeb(buf, m[1]);
  if (count !== 1 || buf[at] > 1) return 0;
  return readLeb(buf, at + 1)[0] * 65536;
}

const core = sections(bytes, 0, bytes.length).find(([id]) => id === 1);
if (!core) throw new Error(`${file}: no core module`);
const [, mStart, mEnd, mHeader] = core;
const parts = sections(bytes, mStart, mEnd);
const data = parts.find(([id]) => id === 11);
const read = data && readSegments(bytes, data[1], data[2]);
if (!read) { console.error(`${file}: data segments left as they are`); process.exit(0); }
const { passive, segs } = read;
// The memory the segments describe, as one buffer from the stack pointer (or the lowest
// segment) to the highest initialized byte.
const sp = stackPointer(bytes, parts);
let lo = Infinity, hi = 0;
for (const [o, d] of segs) { lo = Math.min(lo, o); hi = Math.max(hi, o + d.length); }
if (sp && sp < hi) lo = Math.max(lo, sp);
const image = Buffer.alloc(Math.max(hi - lo, 0));
for (const [o, d] of segs) {
  if (o + d.length <= lo) continue;
  const skip = Math.max(lo - o, 0);
  d.copy(image, o + skip - lo, skip);
}
const packed = process.env.RJS_PACK === '0' ? null : packImage(image, lo, memoryBytes(bytes, parts));
if (packed?.error) console.error(`${file}: heap not packed: ${packed.error}`);
const plain = packed?.blob ? [[lo, image.subarray(0, packed.heapBase - lo)]] : [[lo, image]];
let minRun = 8;
let outSegs = split(plain, minRun);
while (outSegs.length > MAX_SEGMENTS) outSegs = split(plain, (minRun *= 2));
if (packed?.blob) outSegs.push([packed.src, packed.blob]);
const total = passive.length + outSegs.length;
const encoded = [leb(total), ...passive];
for (const [offset, d] of outSegs) encoded.push(Buffer.from([0, 0x41]), sleb(offset), Buffer.from([0x0b]), leb(d.length), d);
const newParts = [bytes.subarray(mStart, mStart + 8)]; // magic and version
for (const [id, start, end, header] of parts) {
  if (id === 11) newParts.push(section(11, Buffer.concat(encoded)));
  else if (id === 12) newParts.push(section(12, leb(total)));
  else newParts.push(bytes.subarray(header, end));
}
const module = Buffer.concat(newParts);
const out = Buffer.concat([bytes.subarray(0, mHeader), section(1, module), bytes.subarray(mEnd)]);
writeFileSync(file, out);
const before = segs.reduce((n, [, d]) => n + d.length, 0);
const after = outSegs.reduce((n, [, d]) => n + d.length, 0);
console.error(`${file}: ${segs.length} -> ${outSegs.length} data segments, ${before} -> ${after} bytes (zero runs >= ${minRun} left out` +
  (packed?.blob ? `; heap ${packed.heapLen} bytes packed into ${packed.blob.length})` : ')'));
