// The signal option: aborting closes the interface (an already aborted signal on the next tick);
// a promise question pending at close() is never settled.
const { PassThrough } = require('stream');
const readline = require('readline');
const rlp = require('readline/promises');
const ac = new AbortController();
const rl = readline.createInterface({ input: new PassThrough(), signal: ac.signal });
rl.on('close', () => console.log('closed by abort', rl.closed));
console.log('open', rl.closed);
ac.abort();
const rl2 = rlp.createInterface({ input: new PassThrough(), signal: AbortSignal.abort() });
rl2.on('close', () => console.log('closed on next tick'));
console.log('sync', rl2.closed);
process.nextTick(() => console.log('tick', rl2.closed));
const rl3 = rlp.createInterface({ input: new PassThrough() });
const q = rl3.question('q? ');
rl3.close();
q.then((a) => console.log('resolved', a), (e) => console.log('rejected', e.name));
setTimeout(() => console.log('done'), 10);
