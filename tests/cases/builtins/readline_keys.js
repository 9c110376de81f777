// Keypress decoding: what readline.emitKeypressEvents reports for typed text, control keys and
// terminal escape sequences (whole, split across chunks, mixed with text).
const { PassThrough } = require('stream');
const readline = require('readline');
const input = new PassThrough();
readline.emitKeypressEvents(input);
let keys = [];
input.on('keypress', (s, k) => keys.push([s, k]));
function show(chunks) {
  keys = [];
  for (const c of [].concat(chunks)) input.write(c);
  console.log(JSON.stringify(chunks), '=>');
  for (const [s, k] of keys) {
    const mods = ['ctrl', 'meta', 'shift'].filter((m) => k[m]).join('+');
    console.log('  ', JSON.stringify(s), k.name, JSON.stringify(k.sequence), k.code || '-', mods || '-');
  }
}
show('io.JS');
show('\n\r\t\x1b\n\x1b\r\x1b\t');
show('\b\x7f\x1b\b\x1b\x7f\x1b\x1b  \x1b ');
show('\x1b\x1b\x1b');
show('\x1b]');
show('\x01\x0b\x10\x03\x04');
show('a\x1baA\x1bA');
show('\x1b[2P\x1b[5P\x1b[8P\x1b[3Q\x1b[8S');
show('\x1bOP\x1bOQ\x1bOR\x1bOS');
show('\x1b[11~\x1b[12~\x1b[15~\x1b[24~');
show('\x1b[[A\x1b[[E');
show('\x1b[A\x1b[B\x1b[C\x1b[D\x1b[E\x1b[F\x1b[H');
show('\x1bOA\x1bOB\x1bOC\x1bOD\x1bOH');
show('\x1bO2A\x1bO2B');
show('\x1b[1~\x1b[2~\x1b[3~\x1b[4~\x1b[5~\x1b[6~\x1b[[5~\x1b[7~\x1b[8~');
show('\x1b[2A\x1b[2B');
show('\x1b[2$\x1b[2^\x1b[3$\x1b[8^');
show('\x1b[Z');
show('\x1b[20;5~\x1b[6;5^');
show('\x1b[H\x1b[5H\x1b[1;5H\x1b[1;3D\x1b[1;2C');
show('\x1b[D\x1b[C\x1b[D'.split(''));
show('\x1b[DD\x1b[2DD\x1b[2^D');
show('\x1b[31ma\x1b[39ma');
show('\x1b[a\x1b[e\x1bOa\x1bOe');
show(['é€😀', Buffer.from([0xe2, 0x82]), Buffer.from([0xac])]);
show('\x1f\x1e\x1b.');
// A lone escape at the end of a chunk becomes 'escape' after escapeCodeTimeout (500 ms).
keys = [];
input.write('\x1b');
console.log('pending escape:', keys.length);
setTimeout(() => {
  console.log('after timeout:', JSON.stringify(keys));
}, 700);
