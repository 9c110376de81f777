// util.inspect of interfaces (plain, terminal after edits and close, readline/promises with a
// pending question): the same properties, symbols and order as node.
const readline = require('readline');
const EventEmitter = require('events');
class FakeInput extends EventEmitter { resume() {} pause() {} write() {} end() {} }
const rl = readline.createInterface({ input: new FakeInput() });
console.log(require('util').inspect(rl, { depth: 0 }));
const { PassThrough, Writable } = require('stream');
const rl2 = readline.createInterface({ input: new FakeInput(), output: new FakeInput(), terminal: true, completer: (l) => [[], l] });
rl2.write('abc');
rl2.history.push('x');
console.log(require('util').inspect(rl2, { depth: 0 }));
rl2.close();
console.log(require('util').inspect(rl2, { depth: 0 }).split('\n').slice(-8).join('\n'));
const rl3 = require('readline/promises').createInterface({ input: new FakeInput() });
rl3.question('x').catch(() => {});
console.log(require('util').inspect(rl3, { depth: 0 }).split('\n').slice(-12).join('\n'));
