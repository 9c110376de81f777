// for await over an interface whose input delivers 3000 lines at once: the iterator pauses the
// interface (and its input) when more than 1024 lines wait, and resumes it once they are read.
const { Readable } = require('stream');
const readline = require('readline');

(async () => {
  const readable = new Readable({ read() {} });
  readable.push('content\n'.repeat(3000));
  const rl = readline.createInterface({ input: readable, crlfDelay: Infinity });
  const events = [];
  rl.on('pause', () => events.push(`pause@${n}`));
  rl.on('resume', () => events.push(`resume@${n}`));
  let n = 0;
  for await (const line of rl) {
    if (line !== 'content') throw new Error(line);
    n++;
    if (n === 1 || n === 1000 || n === 2999) console.log(n, 'paused', readable.isPaused(), rl.paused);
    if (n === 3000) readable.push(null);
  }
  console.log('lines', n, JSON.stringify(events));
})();
