// The classic callback style on stdin: a prompt, 'line' events answered with console.log and a
// re-prompt, a command that closes the interface, and what the process prints at 'close'.
// @stdin: add 2 3\nmul 4 5\nbogus\nexit\nnever read\n
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: 'calc> ' });
rl.prompt();
rl.on('line', (line) => {
  const [op, a, b] = line.trim().split(/\s+/);
  switch (op) {
    case 'add': console.log(Number(a) + Number(b)); break;
    case 'mul': console.log(Number(a) * Number(b)); break;
    case 'exit': rl.close(); return;
    default: console.log(`unknown command: ${op}`);
  }
  rl.prompt();
}).on('close', () => {
  console.log('bye');
  process.exit(0);
});
