// readline's cursor helpers write node's ANSI sequences to any stream (not only TTYs), validate as
// node, and readline/promises' Readline queues them until commit().
const readline = require('readline');
const { Writable } = require('stream');
const chunks = [];
const sink = new Writable({ write(c, e, cb) { chunks.push(c.toString()); cb(); } });
console.log(readline.clearLine(sink, -1), readline.clearLine(sink, 1), readline.clearLine(sink, 0), readline.clearScreenDown(sink), readline.cursorTo(sink, 3), readline.cursorTo(sink, 3, 4), readline.moveCursor(sink, -2, 5), readline.moveCursor(sink, 2, -1), readline.moveCursor(sink, 0, 0));
console.log(readline.cursorTo(null, 1), readline.cursorTo(sink), readline.clearLine(null));
for (const f of [() => readline.cursorTo(sink, NaN), () => readline.cursorTo(sink, 1, NaN), () => readline.cursorTo(sink, undefined, 2), () => readline.clearLine(sink, 0, 'notfn')]) { try { f(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); } }
readline.cursorTo(null, 1, () => console.log('cb null'));
readline.cursorTo(sink, 0, (err) => console.log('cb written', err));
setTimeout(async () => {
  console.log(JSON.stringify(chunks));
  const { Readline } = require('readline/promises');
  const out = [];
  const s2 = new Writable({ write(c, e, cb) { out.push(c.toString()); cb(); } });
  const r = new Readline(s2);
  r.cursorTo(1).cursorTo(2, 3).moveCursor(-1, 1).moveCursor(0, 0).clearLine(-1).clearScreenDown();
  console.log(JSON.stringify(out));
  await r.commit(); console.log(JSON.stringify(out));
  r.clearLine(1).rollback(); await r.commit(); console.log(JSON.stringify(out));
  const ra = new Readline(s2, { autoCommit: true }); ra.cursorTo(5); console.log(out.length); await new Promise((res) => setTimeout(res, 5)); console.log(JSON.stringify(out.slice(-1)));
  for (const f of [() => new Readline({}), () => new Readline(s2, { autoCommit: 1 }), () => r.cursorTo('x'), () => r.clearLine(2), () => r.moveCursor(1.5, 0)]) { try { f(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); } }
}, 10);
