// fs.createReadStream / createWriteStream: events, ranges, encodings, piping, errors.
const fs = require('fs');
const path = require('path');
const { pipeline } = require('stream/promises');
const dir = path.join(__dirname, '_tmp_streams');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const f = path.join(dir, 'in.txt');
fs.writeFileSync(f, 'abcdefghijklmnopqrstuvwxyz'.repeat(1000));
const events = [];
const rs = fs.createReadStream(f, { highWaterMark: 8192 });
rs.on('open', () => events.push('open'));
rs.on('ready', () => events.push('ready'));
let chunks = 0, bytes = 0;
rs.on('data', (c) => { chunks++; bytes += c.length; });
rs.on('end', () => events.push('end'));
rs.on('close', () => {
  events.push('close');
  console.log(events, chunks, bytes, rs.bytesRead, rs.pending);
  part2();
});
function part2() {
  const r = fs.createReadStream(f, { start: 3, end: 9, encoding: 'utf8' });
  let s = '';
  r.on('data', (c) => { s += c; });
  r.on('end', () => { console.log('range', s, typeof s); part3(); });
}
function part3() {
  const out = path.join(dir, 'out.txt');
  const ws = fs.createWriteStream(out);
  const ev = [];
  ws.on('open', () => ev.push('open'));
  ws.on('ready', () => ev.push('ready'));
  ws.on('finish', () => ev.push('finish'));
  ws.on('close', () => {
    ev.push('close');
    console.log(ev, ws.bytesWritten, fs.readFileSync(out, 'utf8'));
    part4();
  });
  console.log('write returns', ws.write('hello '), ws.write(Buffer.from('world')));
  ws.end('!');
}
function part4() {
  const r = fs.createReadStream(path.join(dir, 'missing.txt'));
  r.on('error', (e) => {
    console.log('error', e.code, e.syscall);
    r.on('close', () => part5());
  });
}
async function part5() {
  const out = path.join(dir, 'copy.txt');
  await pipeline(fs.createReadStream(f), fs.createWriteStream(out));
  console.log('piped', fs.statSync(out).size === fs.statSync(f).size);
  const ws = fs.createWriteStream(out, { flags: 'a' });
  ws.end('tail', () => {
    console.log('appended', fs.readFileSync(out, 'utf8').slice(-8));
    const lines = [];
    const rl = require('readline').createInterface({ input: fs.createReadStream(path.join(dir, 'lines.txt')) });
    fs.writeFileSync(path.join(dir, 'lines.txt'), 'one\ntwo\nthree');
    rl.on('line', (l) => lines.push(l));
    rl.on('close', () => {
      console.log('lines', lines);
      try { fs.createReadStream(f, { start: 5, end: 2 }); } catch (e) { console.log(e.code, e.message); }
      fs.rmSync(dir, { recursive: true });
    });
  });
}
