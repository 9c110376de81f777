// REPLServer.setupHistory: the file's lines become the history, each input line is written back
// (newest first); an empty path disables it. The callback gets (null, server).
const repl = require('repl');
const fs = require('fs');
const { PassThrough } = require('stream');
fs.writeFileSync('_tmp_repl_module_history.txt', 'old2\nold1\n');
const input = new PassThrough(), output = new PassThrough();
const r = repl.start({ input, output, prompt: '> ', terminal: true });
r.setupHistory('_tmp_repl_module_history.txt', (err, server) => {
  console.log(err, server === r, JSON.stringify(r.history));
  input.write('1 + 1\r');
  input.write('"two"\r');
  setTimeout(() => {
    console.log(JSON.stringify(fs.readFileSync('_tmp_repl_module_history.txt', 'utf8')), JSON.stringify(r.history));
    r.close();
    fs.unlinkSync('_tmp_repl_module_history.txt');
    const r2 = repl.start({ input: new PassThrough(), output: new PassThrough() });
    r2.setupHistory('', (e, s) => { console.log('empty', e, s === r2); r2.close(); });
  }, 200);
});
