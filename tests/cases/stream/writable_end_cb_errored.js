// end(cb) on a writable that errored (synchronously in _final, or before end() with
// autoDestroy off) calls cb with that error on the next tick, as node 20 does; a second end(cb)
// before 'finish' gets null.
const { Writable } = require('stream');
{
  const w = new Writable({ autoDestroy: false, write(c, e, cb) { cb(new Error('werr')); } });
  w.on('error', (e) => { console.log('err', e.message); w.end((e) => console.log('endcb1', e && e.message)); });
  w.write('x');
}
{
  const w = new Writable({ autoDestroy: false, write(c, e, cb) { cb(); }, final(cb) { cb(new Error('ferr2')); } });
  w.on('error', (e) => { console.log('err', e.message); });
  w.end((e) => console.log('endcb2', e && e.message));
}
{
  const w = new Writable({ write(c, e, cb) { cb(); }, final(cb) { cb(new Error('ferr')); } });
  w.on('error', (e) => console.log('err', e.message));
  w.on('close', () => console.log('close'));
  w.end((e) => console.log('endcb', e && e.message));
  console.log('sync', w.destroyed);
}
{
  const w = new Writable({ write(c, e, cb) { cb(); }, final(cb) { setImmediate(cb, new Error('ferr3')); } });
  w.on('error', (e) => { console.log('err', e.message); });
  w.end((e) => console.log('endcb3', e && e.message));
}
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end((...a) => console.log('first', a));
  w.end((...a) => console.log('second', a));
  w.on('finish', () => w.end((e) => console.log('after finish', e.code)));
}
