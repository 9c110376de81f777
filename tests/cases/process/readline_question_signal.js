// readline question with an AbortSignal: an abort cancels the question (old prompt back, a
// fresh line), an already aborted signal asks nothing, the query is the prompt while it waits,
// and question resumes a paused interface.
// @stdin: one\ntwo\nthree\n
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: 'P> ' });
const ac = new AbortController();
rl.question('first? ', { signal: ac.signal }, (a) => console.log('never', a));
console.log('[prompt during question]', JSON.stringify(rl.getPrompt()));
ac.abort();
console.log('[prompt after abort]', JSON.stringify(rl.getPrompt()));
rl.question('pre-aborted? ', { signal: AbortSignal.abort() }, () => console.log('never2'));
try { rl.question('bad', { signal: 'x' }, () => {}); } catch (e) { console.log(e.code); }
rl.pause();
rl.question('second? ', (a) => {
  console.log('answer', a, JSON.stringify(rl.getPrompt()));
  rl.question('third? ', { signal: new AbortController().signal }, (b) => { console.log('answer3', b); rl.close(); });
});
rl.on('line', (l) => console.log('line', l));
