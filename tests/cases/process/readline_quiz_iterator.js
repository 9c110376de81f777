// The prompt loop written so that piped input works: answers are read from the interface's
// async iterator (lines queue up until asked for), with validation and re-asking.
// @stdin: Ada\nabc\n36\nyes\n7\n5\nquit\n
const readline = require('readline');

async function main() {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const lines = rl[Symbol.asyncIterator]();
  const ask = async (q) => {
    process.stdout.write(q);
    const { value, done } = await lines.next();
    if (done) throw new Error('input ended');
    console.log(value);
    return value;
  };
  const name = (await ask('What is your name? ')).trim();
  let age;
  for (;;) {
    age = Number(await ask(`How old are you, ${name}? `));
    if (Number.isInteger(age) && age > 0) break;
    console.log('Please type a whole number.');
  }
  const scores = [];
  if ((await ask('Enter scores? (yes/no) ')) === 'yes') {
    for (;;) {
      const a = await ask(`score #${scores.length + 1}: `);
      if (a === 'quit') break;
      scores.push(Number(a));
    }
  }
  const total = scores.reduce((s, x) => s + x, 0);
  console.log(`${name} (${age}) entered ${scores.length} scores, total ${total}, mean ${(total / scores.length).toFixed(2)}`);
  try {
    await ask('one more? ');
  } catch (e) {
    console.log('\n' + e.message);
  }
}
main();
