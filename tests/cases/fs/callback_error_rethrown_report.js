// `if (err) throw err` in an fs callback: node's libuv error has no stack frames, so the crash
// report prints it as util.inspect does, in brackets: "[Error: ENOENT: ...] {".
const fs = require('fs');
fs.readFile('_no_such_input.txt', 'utf8', (err, data) => {
  if (err) throw err;
  console.log(data);
});
