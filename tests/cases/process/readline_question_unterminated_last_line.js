// At end of input node emits an unterminated last line as a 'line' event itself: a pending
// question gets no answer (the loop below asks twice and stops, the last line is a 'line').
// @stdin: 1\n2\n3
const readline = require('readline');
const rl = readline.createInterface(process.stdin, process.stdout);
rl.on('close', () => console.log('[close]'));
rl.on('line', (l) => console.log('[line]', l));
const ask = (q) => new Promise((res) => rl.question(q, (a) => { console.log('[answer]', a); res(a); }));
(async () => {
  for (;;) {
    console.log('[asking]');
    const a = await ask('num: ');
    if (a === '') break;
  }
})().catch((e) => console.log('[rejected]', e.code));
process.on('exit', () => console.log('[exit]'));
