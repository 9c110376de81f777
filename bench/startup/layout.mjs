// What `wasmtime run rjs.wasm` pays for per start, read from the file: the core module's code
// and data section sizes, the snapshot's data segments (bytes, non-zero bytes) and the memory
// image span wasmtime builds from them (it hashes the whole file, then decompresses and copies
// the compiled artifact and the image, whose size is the span from the lowest to the highest
// initialized byte when that span is under twice the segments' bytes).
//   node bench/startup/layout.mjs [rjs.wasm ...]
import { readFileSync } from 'node:fs';

function readLeb(buf, at) {
  let value = 0, shift = 0, byte;
  do { byte = buf[at++]; value += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
  return [value, at];
}
// Sections of a module or component: [id, start of contents, end].
function sections(buf, from, to) {
  const out = [];
  for (let at = from + 8; at < to;) {
    const id = buf[at];
    const [size, start] = readLeb(buf, at + 1);
    out.push([id, start, start + size]);
    at = start + size;
  }
  return out;
}
// Active memory-0 segments with an i32.const offset: [offset, bytes].
function segments(buf, start) {
  let [count, at] = readLeb(buf, start);
  const out = [];
  while (count--) {
    const flag = buf[at++];
    if (flag === 1) { let size; [size, at] = readLeb(buf, at); at += size; continue; }
    if (flag !== 0 || buf[at] !== 0x41) return null;
    at++;
    let offset = 0, shift = 0, byte;
    do { byte = buf[at++]; offset |= (byte & 0x7f) << shift; shift += 7; } while (byte & 0x80);
    at++; // end
    let size;
    [size, at] = readLeb(buf, at);
    out.push([offset >>> 0, buf.subarray(at, at + size)]);
    at += size;
  }
  return out;
}
const mb = (n) => (n / 1048576).toFixed(2) + ' MiB';

for (const file of process.argv.slice(2).length ? process.argv.slice(2) : ['rjs.wasm']) {
  const bytes = readFileSync(file);
  // The largest core module is rjs's own (the others are small adapters).
  const core = sections(bytes, 0, bytes.length).filter(([id]) => id === 1)
    .sort((a, b) => (b[2] - b[1]) - (a[2] - a[1]))[0];
  if (!core) { console.log(`${file}: no core module`); continue; }
  const parts = sections(bytes, core[1], core[2]);
  const size = (id) => parts.filter(([i]) => i === id).reduce((n, [, s, e]) => n + e - s, 0);
  const data = parts.find(([id]) => id === 11);
  const segs = data ? segments(bytes, data[1]) : [];
  let lo = Infinity, hi = 0, total = 0, nonzero = 0;
  for (const [o, d] of segs ?? []) {
    lo = Math.min(lo, o); hi = Math.max(hi, o + d.length); total += d.length;
    for (const b of d) nonzero += b !== 0;
  }
  const span = hi > lo ? hi - lo : 0;
  console.log(`${file}: ${mb(bytes.length)}; code ${mb(size(10))}, data ${mb(size(11))}`);
  if (segs) {
    console.log(`  ${segs.length} segments, ${mb(total)} (${mb(nonzero)} non-zero), image span ${mb(span)}` +
      ` at ${mb(lo)}..${mb(hi)}${span < 2 * total ? '' : ' (over twice the data: initialized segment by segment)'}`);
  }
}
