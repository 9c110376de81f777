// Pausing a readline interface on piped stdin: the rest of the chunk's lines still arrive, and
// the end of input (last line, 'close') is still reported while paused, as node's stdin socket does.
// @stdin: a\nb\nc\nd
const rl = require('readline').createInterface({ input: process.stdin });
let n = 0;
rl.on('line', (l) => {
  console.log('line', l, n++);
  if (l === 'b') { rl.pause(); setTimeout(() => { console.log('resume'); rl.resume(); }, 50); }
});
rl.on('pause', () => console.log('pause event'));
rl.on('resume', () => console.log('resume event'));
rl.on('close', () => console.log('close'));
