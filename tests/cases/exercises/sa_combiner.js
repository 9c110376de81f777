// stream-adventure "combiner" / "duplexer" ideas with built-ins: stream.compose of a line
// splitter and a JSON grouper into one duplex, plus pipeline with async generators.
const { compose, pipeline, Readable, Writable } = require('stream');
async function* lines(source) {
  let rest = '';
  for await (const chunk of source) {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop();
    yield* parts;
  }
  if (rest) yield rest;
}
async function* group(source) {
  let cur;
  for await (const line of source) {
    if (!line) continue;
    const row = JSON.parse(line);
    if (row.type === 'genre') {
      if (cur) yield JSON.stringify(cur) + '\n';
      cur = { name: row.name, books: [] };
    } else cur.books.push(row.name);
  }
  if (cur) yield JSON.stringify(cur) + '\n';
}
const input = [
  '{"type":"genre","name":"cyberpunk"}\n{"type":"book","name":"Neuromancer"}\n{"type":"bo',
  'ok","name":"Snow Crash"}\n{"type":"genre","name":"space opera"}\n',
  '{"type":"book","name":"A Deepness in the Sky"}\n',
];
const combined = compose(lines, group);
let out = '';
pipeline(Readable.from(input), combined, new Writable({ write(c, e, cb) { out += c; cb(); } }), (err) => {
  console.log(err, out);
  pipeline(Readable.from(['{"type":"book"}\n']), compose(lines, group), new Writable({ write(c, e, cb) { cb(); } }), (err) => {
    console.log(err && err.name, err && err.message);
  });
});
