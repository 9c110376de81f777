// After a 'readable' event, emitReadable_ only sets needReadable (as node 20's bit field does): a
// needReadable set by a read() in the handler survives the stream ending synchronously inside it.
const { Readable } = require('stream');
const r = new Readable({ highWaterMark: 50 });
const rs = r._readableState;
let pushes = 0;
r._read = function push() {
  if (pushes > 6) return;
  if (pushes++ === 6) return r.push(null);
  if (r.push(Buffer.alloc(20))) setTimeout(push, 1);
};
const show = (what) => console.log(what, `len=${rs.length} need=${rs.needReadable} ended=${rs.ended} emitted=${rs.emittedReadable}`);
let events = 0;
r.on('readable', () => {
  events++;
  show(`readable #${events}`);
  let ret;
  do {
    ret = r.read(100);
    show(`  read(100) -> ${ret && ret.length}`);
  } while (ret && ret.length === 100);
});
r.on('end', () => show('end'));
process.on('exit', () => show(`exit after ${events} readable events`));
