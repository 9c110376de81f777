// An out-of-range fixed-width read starts at node's boundsError (its line per error kind) and the
// read method's own frame in internal/buffer; other bounds errors start at node's boundsError.
const frames = (e) => e.stack.split('\n').slice(1).filter((l) => /\(node:(internal\/)?buffer:/.test(l)).map((l) => l.trim());
const b = Buffer.alloc(3);
for (const m of ['readUInt8', 'readInt8', 'readUInt16LE', 'readUInt16BE', 'readInt16LE', 'readInt16BE', 'readUInt32LE', 'readUInt32BE', 'readInt32LE', 'readInt32BE']) {
  try { b[m](5); } catch (e) { console.log(m, e.code, frames(e)); }
}
try { b.readUInt8(1.5); } catch (e) { console.log('fraction', e.code, frames(e)); }
try { Buffer.alloc(1).readUInt32LE(0); } catch (e) { console.log('short', e.code, e.message, frames(e)); }
try { b.readUIntLE(0, 7); } catch (e) { console.log('byteLength', e.code, frames(e)[0]); }
