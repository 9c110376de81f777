// stream-adventure "transform" and "input output": stdin piped through an uppercasing
// Transform to stdout, then a summary on 'finish'.
// @stdin: hello\nworld of streams\nlast line without newline
const { Transform } = require('stream');
const upper = new Transform({
  transform(chunk, enc, cb) {
    this.push(chunk.toString().toUpperCase());
    cb();
  },
  flush(cb) {
    this.push('\n[done]\n');
    cb();
  },
});
process.stdin.pipe(upper).pipe(process.stdout);
upper.on('finish', () => console.error('finish'));
process.stdin.on('end', () => console.error('stdin end'));
