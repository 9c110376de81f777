// readline re-emits its input's errors as 'error' on the interface, so `for await` over the
// lines of a missing file rejects (node 20), and an 'error' listener on the interface sees them.
const fs = require('fs');
const path = require('path');
const readline = require('readline');
const missing = path.join(__dirname, 'no-such-input.txt');
(async () => {
  const rl = readline.createInterface({ input: fs.createReadStream(missing), crlfDelay: Infinity });
  try {
    for await (const line of rl) console.log('line', line);
    console.log('no error');
  } catch (e) {
    console.log('iteration rejected', e.code, e.syscall);
  }
  const rl2 = readline.createInterface({ input: fs.createReadStream(missing) });
  rl2.on('error', (e) => console.log('error event', e.code));
  rl2.on('close', () => console.log('close'));
  await new Promise((r) => setTimeout(r, 20));
  const rl3 = readline.createInterface({ input: fs.createReadStream(__filename) });
  let n = 0;
  for await (const line of rl3) { if (++n === 2) { console.log('second line', line); break; } }
  console.log('after break');
})();
