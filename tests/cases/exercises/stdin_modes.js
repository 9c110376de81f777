// process.stdin in paused mode ('readable' + read()), readline question() prompts fed from
// stdin, and process.stdout.write callbacks; the prompts print as node prints them.
// @stdin: Ada\n42\nextra line\n
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: false });
rl.question('What is your name? ', (name) => {
  rl.question('How old are you? ', (age) => {
    console.log(`\nHello ${name}, next year you will be ${Number(age) + 1}`);
    rl.on('line', (l) => console.log('line event:', l));
    rl.on('close', () => {
      process.stdout.write('closed\n', () => console.log('write callback'));
    });
  });
});
process.on('exit', (code) => console.log('exit', code));
