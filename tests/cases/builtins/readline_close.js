// @stdin: bob\nfirst\nsecond\nquit\nafter\n
// readline over piped stdin as node 20: closed is unset until close(), close() pauses first
// ('pause' event), the rest of a chunk's lines still arrive after close, prompt() resumes,
// question() after close throws ERR_USE_AFTER_CLOSE.
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: '> ' });
console.log(JSON.stringify(rl.getPrompt()), rl.terminal, typeof rl.line, rl.closed);
rl.question('name? ', (a) => {
  console.log('answer', JSON.stringify(a));
  rl.setPrompt('$ ');
  rl.prompt();
  rl.on('line', (l) => { console.log('line', JSON.stringify(l)); if (l === 'quit') rl.close(); else rl.prompt(); });
});
rl.on('pause', () => console.log('paused'));
rl.on('resume', () => console.log('resumed'));
rl.on('close', () => {
  console.log('close', rl.closed);
  try { rl.question('again?', () => {}); } catch (e) { console.log(e.name, e.code, e.message); }
  (async () => {
    const rlp = require('readline/promises').createInterface({ input: require('stream').Readable.from(['yes\n']), output: process.stdout });
    const a = await rlp.question('ok? ');
    console.log('p answer', a);
    rlp.close();
  })();
});
