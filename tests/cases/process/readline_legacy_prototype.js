// readline.Interface.prototype as node's legacy one: the internal methods under their underscore
// names (own, enumerable, named '[_onLine]', _tabComplete anonymous, _getCursorPos = getCursorPos)
// and question's promisify.custom shown; overriding one on an instance still takes effect.
const readline = require('readline');
const { PassThrough } = require('stream');
const util = require('util');
const proto = readline.Interface.prototype;
console.log(proto);
console.log(Object.getOwnPropertyNames(proto));
console.log(proto._onLine.name, proto._tabComplete.name === '', proto._getCursorPos === proto.getCursorPos);
console.log(typeof proto.question[util.promisify.custom], Object.keys(proto.question).length);
const input = new PassThrough();
const output = new PassThrough();
let written = '';
output.on('data', (d) => { written += d; });
const rl = readline.createInterface({ input, output, terminal: true });
rl._writeToOutput = function (s) { output.write(s.replace(/[a-z]/g, '*')); };
rl.on('line', (line) => console.log('line', line));
input.write('secret\r');
rl.close();
console.log(JSON.stringify(written.replace(/\x1b\[[0-9]*[A-Za-z]/g, '')));
