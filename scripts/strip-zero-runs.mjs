// Rewrites the data segments of a wasm component's core module (rjs.wasm after `wasmtime wizer`)
// without the long runs of zero bytes inside them. wizer merges nearby segments to stay under
// 10,000, so about a third of the snapshot's bytes are zeros (free heap between live objects);
// `wasmtime run` hashes the whole file on every start. Memory starts zeroed, so leaving the runs
// out changes nothing once instantiated. Segments stay under wasmparser's limit of 100,000.
//   node scripts/strip-zero-runs.mjs FILE.wasm   (rewritten in place)
import { readFileSync, writeFileSync } from 'node:fs';

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

const core = sections(bytes, 0, bytes.length).find(([id]) => id === 1);
if (!core) throw new Error(`${file}: no core module`);
const [, mStart, mEnd, mHeader] = core;
const parts = sections(bytes, mStart, mEnd);
const data = parts.find(([id]) => id === 11);
const read = data && readSegments(bytes, data[1], data[2]);
if (!read) { console.error(`${file}: data segments left as they are`); process.exit(0); }
const { passive, segs } = read;
let minRun = 8;
let outSegs = split(segs, minRun);
while (outSegs.length > MAX_SEGMENTS) outSegs = split(segs, (minRun *= 2));
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
console.error(`${file}: ${segs.length} -> ${outSegs.length} data segments, ${before} -> ${after} bytes (zero runs >= ${minRun} left out)`);
