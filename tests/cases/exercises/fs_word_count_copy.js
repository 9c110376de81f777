// Count words in a file; copy a file with streams printing progress; fs/promises JSON "database".
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const dir = fs.mkdtempSync('_tmp-');
const src = path.join(dir, 'text.txt');
fs.writeFileSync(src, 'the cat sat on the mat\nthe end  \n\n  spaced   words here\n'.repeat(3000));
const text = fs.readFileSync(src, 'utf8');
const words = text.split(/\s+/).filter(Boolean);
const freq = {};
for (const w of words) freq[w] = (freq[w] || 0) + 1;
console.log('words', words.length, 'lines', text.split('\n').length);
console.log(Object.entries(freq).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 4));

const total = fs.statSync(src).size;
let copied = 0;
let ticks = 0;
const rs = fs.createReadStream(src, { highWaterMark: 16 * 1024 });
const ws = fs.createWriteStream(path.join(dir, 'copy.txt'));
rs.on('data', (c) => {
  copied += c.length;
  ticks++;
});
rs.pipe(ws);
ws.on('finish', async () => {
  console.log('copied', copied, total, ticks, Math.round((copied / total) * 100) + '%', ws.bytesWritten);
  console.log('same', fs.readFileSync(path.join(dir, 'copy.txt')).equals(fs.readFileSync(src)));
  await db();
});

async function db() {
  const file = path.join(dir, 'db.json');
  const load = async () => {
    try {
      return JSON.parse(await fsp.readFile(file, 'utf8'));
    } catch (e) {
      if (e.code === 'ENOENT') return { users: [] };
      throw e;
    }
  };
  const save = (data) => fsp.writeFile(file, JSON.stringify(data, null, 2));
  let data = await load();
  data.users.push({ id: 1, name: 'ada' }, { id: 2, name: 'bob' });
  await save(data);
  data = await load();
  data.users = data.users.filter((u) => u.id !== 1);
  await save(data);
  console.log(await fsp.readFile(file, 'utf8'));
  await fsp.appendFile(file, 'garbage');
  try {
    await load();
  } catch (e) {
    console.log(e.name, e.message);
  }
  const st = await fsp.stat(file);
  console.log(st.isFile(), st.size);
  await fsp.rm(dir, { recursive: true });
  console.log('exists', fs.existsSync(dir));
}
