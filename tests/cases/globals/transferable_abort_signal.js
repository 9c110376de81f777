// util.transferableAbortSignal/transferableAbortController: a marked signal in a transfer list becomes a signal that follows the original.
const { transferableAbortSignal, transferableAbortController, aborted } = require('util');
const ac = transferableAbortController();
const mc = new MessageChannel();
mc.port1.onmessage = ({ data }) => {
  console.log('received', data.constructor.name, data.aborted);
  data.addEventListener('abort', () => { console.log('abort reached clone', data.reason); mc.port1.close(); });
  ac.abort('why');
};
mc.port2.postMessage(ac.signal, [ac.signal]);
try { transferableAbortSignal({ aborted: false }); } catch (e) { console.log(e.code); }
const plain = new AbortController();
try { structuredClone(plain.signal, { transfer: [plain.signal] }); } catch (e) { console.log(e.name, e.message); }
