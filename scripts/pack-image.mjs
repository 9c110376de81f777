// Packs the heap of rjs.wasm's snapshot into one compressed blob that src/snapshot.rs
// (`unpack_image`, a constructor that runs before anything allocates) expands in place at each
// start. Used by strip-zero-runs.mjs. The format (LZ77, byte-aligned, no tables to decode):
//   token byte: high nibble = literal count, low nibble = run length - 4 (15: LEB128 extension)
//   [literal count extension] literals
//   unless the image is complete: LEB128 distance (0 = a run of zeros, else copy from that far
//   back in the output), [run length extension]
// The blob ends just above the heap's end (`end`), low addresses are written first, and `end` is
// chosen so that no write reaches a blob byte not yet read.

/// Marks `PackedImage` in the static data (src/snapshot.rs); its fields follow, u32 little-endian:
/// heap_base (set while the snapshot was taken), src, src_len, dst, dst_len, end.
export const MAGIC = Buffer.from('rjs:packed-heap!');

const HASH_BITS = 20;
const CHAIN_DEPTH = 24;

const varintLength = (v) => (v < 128 ? 1 : v < 16384 ? 2 : v < 2097152 ? 3 : v < 268435456 ? 4 : 5);

/// Compresses `data`; returns the blob and, per token, [blob bytes, output bytes] once it is done.
export function encode(data) {
  const n = data.length;
  const head = new Int32Array(1 << HASH_BITS).fill(-1);
  const prev = new Int32Array(n);
  const out = Buffer.alloc(n + (n >> 4) + 64);
  const progress = [];
  let o = 0;
  const varint = (v) => {
    while (v >= 128) { out[o++] = (v % 128) | 128; v = Math.floor(v / 128); }
    out[o++] = v;
  };
  const hash = (i) => Math.imul(data.readUInt32LE(i), 2654435761) >>> (32 - HASH_BITS);
  const insert = (i) => {
    if (i + 4 > n) return;
    const h = hash(i);
    prev[i] = head[h];
    head[h] = i;
  };
  let litStart = 0;
  // Literals litStart..litEnd, then a run of `len` (0: none) zeros (dist 0) or copied bytes.
  const emit = (litEnd, len, dist) => {
    const lit = litEnd - litStart;
    const run = len ? len - 4 : 0;
    out[o++] = (Math.min(lit, 15) << 4) | Math.min(run, 15);
    if (lit >= 15) varint(lit - 15);
    data.copy(out, o, litStart, litEnd);
    o += lit;
    if (len) {
      varint(dist);
      if (run >= 15) varint(run - 15);
    }
    progress.push([o, litEnd + len]);
    litStart = litEnd + len;
  };
  let i = 0;
  while (i < n) {
    if (i + 4 <= n && data.readUInt32LE(i) === 0) {
      let j = i + 4;
      while (j < n && data[j] === 0) j++;
      emit(i, j - i, 0);
      // Index the run's edges only (a long run's middle would flood the chains).
      for (let k = i; k < j; k++) if (k - i < 16 || j - k < 20) insert(k);
      i = j;
      continue;
    }
    let best = 0, bestDist = 0;
    if (i + 4 <= n) {
      for (let c = head[hash(i)], d = 0; c >= 0 && d < CHAIN_DEPTH; c = prev[c], d++) {
        if (data[c + best] !== data[i + best]) continue;
        let l = 0;
        while (i + l < n && data[c + l] === data[i + l]) l++;
        if (l - varintLength(i - c) > best - (best ? varintLength(bestDist) : 0)) { best = l; bestDist = i - c; }
      }
    }
    if (best >= 4 && best - varintLength(bestDist) >= 3) {
      emit(i, best, bestDist);
      for (let k = i; k < i + best; k++) insert(k);
      i += best;
    } else {
      insert(i);
      i++;
    }
  }
  if (litStart < n) emit(n, 0, 0);
  return { blob: out.subarray(0, o), progress };
}

/// The inverse of `encode` (the Rust decoder's logic), to check a blob before it is shipped.
export function decode(blob, n) {
  const out = Buffer.alloc(n);
  let r = 0, w = 0;
  const varint = () => {
    let v = 0, scale = 1, b;
    do { b = blob[r++]; v += (b & 127) * scale; scale *= 128; } while (b & 128);
    return v;
  };
  while (w < n && r < blob.length) {
    const token = blob[r++];
    let lit = token >> 4;
    if (lit === 15) lit += varint();
    blob.copy(out, w, r, r + lit);
    r += lit;
    w += lit;
    if (w >= n) break;
    const dist = varint();
    let len = token & 15;
    if (len === 15) len += varint();
    len += 4;
    if (dist === 0) w += len;
    else if (dist >= len) { out.copy(out, w, w - dist, w - dist + len); w += len; }
    else for (let k = 0; k < len; k++, w++) out[w] = out[w - dist];
  }
  return out;
}

/// `image` holds memory from address `lo`; `memoryBytes` is the memory's initial size. Packs the
/// heap part and fills in the record (in `image`). Returns { blob, src, heapBase, heapLen }, or
/// { error } when the heap is left as it is.
export function packImage(image, lo, memoryBytes) {
  const at = image.indexOf(MAGIC);
  if (at < 0) return { error: 'no PackedImage record' };
  if (image.indexOf(MAGIC, at + 1) >= 0) return { error: 'PackedImage magic found twice' };
  const field = at + MAGIC.length;
  if (image.length < field + 24) return { error: 'PackedImage record cut short' };
  const heapBase = image.readUInt32LE(field);
  if (image.readUInt32LE(field + 8) !== 0) return { error: 'already packed' };
  const hi = lo + image.length;
  if (!(heapBase > lo + field && heapBase < hi)) return { error: `heap_base ${heapBase} outside the image` };
  const heap = image.subarray(heapBase - lo);
  const { blob, progress } = encode(heap);
  if (blob.length >= heap.length) return { error: 'heap does not compress' };
  if (!decode(blob, heap.length).equals(heap)) return { error: 'blob does not decode to the heap (encoder bug)' };
  // The blob ends at `end`; after each token the output must not pass the bytes still unread:
  // heapBase + written <= end - blob.length + read.
  let end = hi;
  for (const [read, written] of progress) end = Math.max(end, heapBase + written + blob.length - read);
  if (end > memoryBytes) return { error: `blob would end at ${end}, past the memory's ${memoryBytes} bytes` };
  const src = end - blob.length;
  image.writeUInt32LE(src, field + 4);
  image.writeUInt32LE(blob.length, field + 8);
  image.writeUInt32LE(heapBase, field + 12);
  image.writeUInt32LE(heap.length, field + 16);
  image.writeUInt32LE(end, field + 20);
  return { blob, src, heapBase, heapLen: heap.length };
}
