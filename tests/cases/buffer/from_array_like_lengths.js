// Buffer.from of an array-like: its length ToLength-ed, past kMaxLength refused as node's typed array constructor does.
for (const len of [1e10, 2 ** 32 + 1, -5, NaN, 2.5, '3']) {
  try { const b = Buffer.from({ length: len }); console.log(len, b.length); } catch (e) { console.log(len, e.name, e.code, e.message); }
}
try { Buffer.allocUnsafe(2 ** 32 + 1); } catch (e) { console.log(e.name, e.code, e.message.split('.')[0]); }
