// fs streams take their options through node's getOptions: options.signal must be an
// AbortSignal whenever it is given (null and 0 included), and a function counts as no options.
const fs = require('fs');
const f = __filename;
for (const signal of [1, {}, null, 0, 'x']) {
  try { fs.createReadStream(f, { signal }).destroy(); console.log('read ok', signal); } catch (e) { console.log('read', e.code, e.message); }
  try { fs.createWriteStream('/nonexistent-dir/x', { signal }).destroy(); console.log('write ok', signal); } catch (e) { console.log('write', e.code, e.message); }
}
const r = fs.createReadStream(f, () => {});
console.log(r.readableHighWaterMark, r.readableEncoding);
r.destroy();
const ac = new AbortController();
const r2 = fs.createReadStream(f, { signal: ac.signal });
r2.on('error', (e) => console.log('abort', e.name, e.code)).on('close', () => console.log('closed', r2.destroyed));
ac.abort();
