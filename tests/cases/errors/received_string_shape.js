// "Received type string (...)" in argument errors: node 20 shows the string itself, cut to 25
// characters when longer than 28, in single quotes unless it holds one (then JSON's quotes).
for (const v of ['a b\nc', "it's", 'x'.repeat(40), "it's".repeat(10), 'a\tb\u0001\u001b', '', 'x'.repeat(28), 'x'.repeat(29)]) {
  try { Buffer.alloc(4).readUInt8(v); } catch (e) { console.log(JSON.stringify(e.message)); }
}
try { require('path').join('a', 5); } catch (e) { console.log(e.message); }
require('events').once('a\nb').catch((e) => console.log(JSON.stringify(e.message)));
