// A teaching-style prompt loop on stdin with readline/promises. With piped stdin all the input
// arrives in one chunk: node splits it into lines at once, the first answers the pending
// question and the rest are 'line' events nobody listens to, so the second question meets
// the end of input ('close') and is never answered. rjs must do the same.
// @stdin: Ada\nabc\n36\nyes\n7\n5\nquit\n
const readline = require('readline/promises');
const { stdin: input, stdout: output } = require('process');

async function main() {
  const rl = readline.createInterface({ input, output });
  rl.on('close', () => console.log('\n[readline closed]'));
  const name = (await rl.question('What is your name? ')).trim();
  let age;
  for (;;) {
    age = Number(await rl.question(`How old are you, ${name}? `));
    if (Number.isInteger(age) && age > 0) break;
    console.log('Please type a whole number.');
  }
  const scores = [];
  if ((await rl.question('Enter scores? (yes/no) ')) === 'yes') {
    for (;;) {
      const a = await rl.question(`score #${scores.length + 1}: `);
      if (a === 'quit') break;
      scores.push(Number(a));
    }
  }
  const total = scores.reduce((s, x) => s + x, 0);
  console.log(`${name} (${age}) entered ${scores.length} scores, total ${total}, mean ${(total / scores.length).toFixed(2)}`);
  rl.close();
}
main();
