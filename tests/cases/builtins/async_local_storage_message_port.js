// MessagePort and BroadcastChannel events run in the async context the port was made in (node's
// port is an async resource made with its channel); a port that arrives in a message has none.
const { AsyncLocalStorage } = require('async_hooks');
const { MessageChannel, BroadcastChannel } = require('worker_threads');
const als = new AsyncLocalStorage();
const log = (t) => console.log(t, als.getStore());
const mc = als.run('create', () => new MessageChannel());
als.run('listen', () => {
  mc.port1.on('close', () => { log('port1 close'); step2(); });
  mc.port1.on('message', (m) => {
    log(`message ${m}`);
    process.nextTick(() => log('tick in handler'));
    Promise.resolve().then(() => log('then in handler'));
    if (m === 2) als.run('closer', () => mc.port1.close());
  });
});
als.run('post1', () => mc.port2.postMessage(1));
als.run('post2', () => mc.port2.postMessage(2));
function step2() {
  const mc2 = als.run('create2', () => new MessageChannel());
  const mc3 = als.run('create3', () => new MessageChannel());
  als.run('recv-listen', () => mc2.port1.on('message', ({ port }) => {
    log('got port');
    port.on('message', () => {
      log('moved port message');
      port.close();
      mc2.port1.close();
      mc3.port2.close();
      step3();
    });
    als.run('inner-post', () => mc3.port2.postMessage('x'));
  }));
  als.run('transfer', () => mc2.port2.postMessage({ port: mc3.port1 }, [mc3.port1]));
}
function step3() {
  const a = als.run('bc-create', () => new BroadcastChannel('t6'));
  const b = new BroadcastChannel('t6');
  als.run('bc-listen', () => { a.onmessage = () => { log('broadcast message'); a.close(); b.close(); }; });
  als.run('bc-post', () => b.postMessage('hi'));
}
