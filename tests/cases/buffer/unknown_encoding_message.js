// ERR_UNKNOWN_ENCODING formats its value as node's %s does.
for (const enc of [{}, [1, 2], 'utf-9', 12, { a: { b: 1 } }]) {
  try { Buffer.alloc(1).toString(enc); } catch (e) { console.log(e.code, e.message); }
  try { Buffer.alloc(2).write('a', 0, 1, enc); } catch (e) { console.log(e.code, e.message); }
}
try { `${Object.create(null)}`; } catch (e) { console.log(`${e.name}: ${e.message}`); }
