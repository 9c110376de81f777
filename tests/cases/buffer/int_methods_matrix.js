// Every public 1/2/4-byte read/write method over values and offsets of all kinds: result bytes or error code
// and range text (the methods are written out inline as node's; this pins their checks and order).
const ms = ['UInt8', 'Int8', 'UInt16LE', 'UInt16BE', 'Int16LE', 'Int16BE', 'UInt32LE', 'UInt32BE', 'Int32LE', 'Int32BE'];
const vals = [0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, -32769, 65535, 65536, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 2 ** 32 - 1, 2 ** 32, 1.5, -1.5, NaN, Infinity, '12', '0x10', null, undefined, true, {}, [7]];
const offs = [0, 1, 3, 4, 5, 8, -1, 1.5, '1', null, undefined, NaN, Infinity];
const out = [];
for (const m of ms) {
  for (const v of vals) for (const o of offs) {
    const b = Buffer.alloc(8, 0xaa);
    let r;
    try { r = b[`write${m}`](v, o) + ':' + b.toString('hex') + ':' + b[`read${m}`](o); } catch (e) { r = e.code + (e.code === 'ERR_OUT_OF_RANGE' ? e.message.slice(e.message.indexOf('It must')) : ''); }
    out.push(r);
  }
  for (const o of offs) { try { out.push(Buffer.from([1, 0x80, 0xff, 0x7f, 0, 0x81, 9, 0xfe])[`read${m}`](o)); } catch (e) { out.push(e.code + e.message); } }
  try { out.push(Buffer.from([1, 0x80])[`read${m}`]()); } catch (e) { out.push(e.code + e.message); }
  try { out.push(Buffer.alloc(4)[`write${m}`](1)); } catch (e) { out.push(e.code + e.message); }
}
console.log(out.join('\n'));
