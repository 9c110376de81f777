// A MessagePort marked with markAsUntransferable is not moved by a transfer list: met in the
// message it fails as unlisted (ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST), and it keeps working.
const { MessageChannel, markAsUntransferable } = require('worker_threads');
const c1 = new MessageChannel();
const c2 = new MessageChannel();
markAsUntransferable(c2.port1);
try { c1.port1.postMessage(c2.port1, [c2.port1]); } catch (e) { console.log(e.name, e.code, e.message); }
try { c1.port1.postMessage({ p: c2.port1 }, [c2.port1]); } catch (e) { console.log(e.name, e.code); }
console.log(structuredClone(1, { transfer: [c2.port1] }));
const ab = new ArrayBuffer(8);
markAsUntransferable(ab);
c1.port1.postMessage(ab, [ab]);
console.log('ab kept', ab.byteLength);
c2.port1.postMessage('still works');
c2.port2.once('message', (m) => { console.log('c2', m); c2.port2.close(); c1.port1.close(); });
