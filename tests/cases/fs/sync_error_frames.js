// A synchronous call's system error carries node's frames for it (where node's lib/fs.js calls
// its binding), named Object.fn when fs.fn is called as a method, fn when called bare; other
// built-ins calling these keep their own frames. (An uncaught one also shows node's source line
// above the error, as node's report does: not compared here.)
const fs = require('fs');
const { readFileSync, statSync } = fs;
fs.rmSync('_tmp-sync', { recursive: true, force: true });
fs.mkdirSync('_tmp-sync');
fs.writeFileSync('_tmp-sync/file', 'x');
const show = (label, f) => {
  try {
    f();
    console.log(label, 'no error');
  } catch (e) {
    const lines = e.stack.split('\n');
    const end = lines.findIndex((l) => l.includes(__filename));
    console.log(label, e.code, '|', lines.slice(1, end).join('|'));
  }
};
show('readFileSync utf8', () => fs.readFileSync('_tmp-sync/none', 'utf8'));
show('readFileSync buffer', () => fs.readFileSync('_tmp-sync/none'));
show('readFileSync bare', () => readFileSync('_tmp-sync/none', { encoding: 'latin1' }));
show('readFileSync dir', () => fs.readFileSync('_tmp-sync'));
show('readFileSync dir utf8', () => fs.readFileSync('_tmp-sync', 'utf-8'));
show('writeFileSync', () => fs.writeFileSync('_tmp-sync/no/x', 'data'));
show('writeFileSync buffer', () => fs.writeFileSync('_tmp-sync/no/x', Buffer.from('data')));
show('appendFileSync', () => fs.appendFileSync('_tmp-sync/no/x', 'data'));
show('appendFileSync hex', () => fs.appendFileSync('_tmp-sync/no/x', 'abcd', 'hex'));
show('readdirSync', () => fs.readdirSync('_tmp-sync/file'));
show('statSync', () => fs.statSync('_tmp-sync/none'));
show('statSync bare', () => statSync('_tmp-sync/none'));
show('lstatSync', () => fs.lstatSync('_tmp-sync/none'));
show('mkdirSync', () => fs.mkdirSync('_tmp-sync'));
show('mkdirSync recursive', () => fs.mkdirSync('_tmp-sync/file/x', { recursive: true }));
show('unlinkSync', () => fs.unlinkSync('_tmp-sync/none'));
show('rmdirSync', () => fs.rmdirSync('_tmp-sync'));
show('renameSync', () => fs.renameSync('_tmp-sync/none', '_tmp-sync/other'));
show('accessSync', () => fs.accessSync('_tmp-sync/none'));
show('copyFileSync', () => fs.copyFileSync('_tmp-sync/none', '_tmp-sync/other'));
show('openSync', () => fs.openSync('_tmp-sync/none', 'r'));
show('call', () => fs.statSync.call(null, '_tmp-sync/none'));
fs.readFile('_tmp-sync/none', (err) => {
  console.log('callback frames', err.stack.split('\n').length);
  fs.promises.stat('_tmp-sync/none').catch((err) => {
    console.log('promise', err.code);
    fs.rmSync('_tmp-sync', { recursive: true });
  });
});
