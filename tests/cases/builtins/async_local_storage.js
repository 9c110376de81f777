// AsyncLocalStorage follows the asynchronous flow: awaits, then(), nextTick, timers,
// immediates, fs callbacks, sockets; run/exit/enterWith/disable; snapshot/bind; AsyncResource.
// Phases run one after another so the output order is node's regardless of I/O timing.
const { AsyncLocalStorage, AsyncResource, createHook, executionAsyncId } = require('async_hooks');
const fs = require('fs');
const net = require('net');
const als = new AsyncLocalStorage();
const other = new AsyncLocalStorage();
const log = (...a) => console.log(...a);
const inStore = (store, fn) => new Promise((done) => als.run(store, () => fn(done)));

async function main() {
  log('outside', als.getStore());
  await als.run({ id: 1 }, async () => {
    log('sync', als.getStore());
    await null;
    log('after await', als.getStore());
    await new Promise((r) => setTimeout(r, 5));
    log('after timer await', als.getStore());
    other.run('o', () => log('nested', als.getStore(), other.getStore()));
    log('other outside nested', other.getStore());
    als.exit(() => log('exit', als.getStore()));
    log('after exit', als.getStore());
  });
  log('after run', als.getStore());
  await inStore('tick', (done) => process.nextTick(() => { log('nextTick', als.getStore()); done(); }));
  await inStore('then', (done) => Promise.resolve().then(() => { log('then', als.getStore()); done(); }));
  await inStore('timeout', (done) => setTimeout(() => { log('setTimeout', als.getStore()); done(); }, 1));
  await inStore('immediate', (done) => setImmediate(() => { log('setImmediate', als.getStore()); done(); }));
  await inStore('interval', (done) => {
    let n = 0;
    const t = setInterval(() => {
      log('interval', n, als.getStore());
      if (++n === 2) { clearInterval(t); done(); }
    }, 1);
  });
  await inStore('fs', (done) => fs.readFile(__filename, () => { log('fs.readFile', als.getStore()); done(); }));
  await als.run('fsp', async () => { await fs.promises.stat(__filename); log('fs.promises', als.getStore()); });

  // A promise created in one context and awaited in another: the awaiting context wins.
  let resolveLater;
  const p = als.run('creator', () => new Promise((r) => { resolveLater = r; }));
  const waiting = als.run('awaiter', async () => { await p; log('awaited', als.getStore()); });
  setTimeout(() => als.run('resolver', () => resolveLater()), 5);
  await waiting;

  // A request handled with its own store; the client keeps the store it connected in.
  await new Promise((done) => {
    const server = net.createServer((sock) => {
      sock.on('data', (d) => {
        als.run(`req-${d}`, async () => {
          await new Promise((r) => setImmediate(r));
          log('server', als.getStore());
          sock.end();
        });
      });
    });
    server.listen(0, '127.0.0.1', () => {
      als.run('client', () => {
        const c = net.connect(server.address().port, '127.0.0.1', () => c.write('A'));
        c.on('close', () => { log('client close', als.getStore()); server.close(done); });
      });
    });
  });

  // enterWith and disable.
  await new Promise((done) => setTimeout(() => {
    als.enterWith('entered');
    log('enterWith', als.getStore());
    setImmediate(() => {
      log('enterWith propagated', als.getStore());
      als.disable();
      log('disabled', als.getStore());
      als.run('again', () => log('run after disable', als.getStore()));
      done();
    });
  }, 1));

  // snapshot, bind, AsyncResource.
  const snap = als.run('snap', () => AsyncLocalStorage.snapshot());
  log('snapshot', snap(() => als.getStore()), snap((a, b) => a + b, 1, 2));
  const bound = als.run('bound', () => AsyncLocalStorage.bind((x) => [x, als.getStore()]));
  log('bind', bound(7), bound.length);
  const res = als.run('resource', () => new AsyncResource('MyThing'));
  log('resource', res.runInAsyncScope(function (a) { return [this.k, a, als.getStore()]; }, { k: 'this' }, 'arg'));
  const rb = res.bind(function () { return als.getStore(); });
  log('resource bind', rb(), typeof res.asyncId(), typeof executionAsyncId());
  log('static bind', AsyncResource.bind(() => 1)());
  try { createHook({ init: 1 }); } catch (e) { log(e.code, e.name, e.message); }
  try { new AsyncResource(5); } catch (e) { log(e.code); }
  try { new AsyncResource('x', { triggerAsyncId: -5 }); } catch (e) { log(e.code, e.name, e.message); }
  try { AsyncLocalStorage.bind(5); } catch (e) { log(e.code); }
  const hook = createHook({ init() {} });
  log('hook', hook.enable() === hook, hook.disable() === hook);
}
main();
