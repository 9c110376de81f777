// readline/promises question with an AbortSignal rejects with AbortError and cancels the
// question; the next question gets the next line; rl.write feeds a line in non-terminal mode.
// @stdin: one\ntwo\nthree\n
const readline = require('readline');
const rlp = require('readline/promises');
(async () => {
  const rl = rlp.createInterface({ input: process.stdin, output: process.stdout });
  const ac = new AbortController();
  const p = rl.question('Q1? ', { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { console.log('\naborted', e.name, e.code); }
  const a = await rl.question('Q2? ');
  console.log('A2', a);
  rl.write('written\n');
  const b = await rl.question('Q3? ');
  console.log('A3', b);
  rl.close();
  console.log(typeof rlp.Interface, typeof rlp.Readline, typeof readline.promises, readline.promises === rlp);
})();
