// Piping into process.stdout: readable.pipe, stream.pipeline and a PassThrough; stdout is not
// ended by pipe(), pipeline() ends it and calls back.
// Non-ASCII text in this file checks bytes pass through: € ü 日本
const fs = require('fs');
const { pipeline, Readable, PassThrough } = require('stream');

const rs = fs.createReadStream(__filename, { start: 0, end: 120 });
rs.on('end', () => {
  console.log('\n[file piped]', process.stdout.writableEnded);
  const pt = new PassThrough();
  pt.pipe(process.stdout);
  pt.write('pt one\n');
  pt.end('pt two\n');
  pt.on('end', () => setImmediate(() => {
    console.log('[passthrough piped]', process.stdout.writableEnded);
    // pipeline() ends stdout (in node, a pipe's socket then takes no more output), so its
    // callback reports through the exit code.
    pipeline(Readable.from(['p1\n', Buffer.from('p2 € \n'), 'p3\n']), process.stdout, (err) => {
      process.exitCode = err === undefined ? 3 : 0;
    });
  }));
});
rs.pipe(process.stdout);
