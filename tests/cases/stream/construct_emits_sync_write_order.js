// Writes made in 'open' and in a nextTick after it keep their order (node 20 emits the
// construct event synchronously once _construct's callback runs; nodejs/node#51993).
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, '_tmp_construct_sync');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const file = path.join(dir, 'f.txt');
const w = fs.createWriteStream(file);
w.on('open', () => {
  w.write('hello');
  process.nextTick(() => { w.write('world'); w.end(); });
});
w.on('close', () => { console.log(fs.readFileSync(file, 'utf8')); fs.rmSync(dir, { recursive: true }); });
