// Encoding options as node's getOptions/assertEncoding take them: an empty encoding ('' in an
// options object) counts as none everywhere; readFileSync hands any other encoding to toString,
// so { encoding: 'buffer' } is ERR_UNKNOWN_ENCODING there; unknown names are ERR_INVALID_ARG_VALUE.
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, `_eoe_tmp${process.pid}`);
fs.mkdirSync(dir);
const f = path.join(dir, 'f.txt');
fs.writeFileSync(f, 'héllo');
const t = (label, fn) => {
  try { const r = fn(); console.log(label, typeof r, Buffer.isBuffer(r) ? 'Buffer' : JSON.stringify(r)); } catch (e) { console.log(label, e.code, e.message); }
};
for (const o of ['utf8', 'utf-8', 'UTF8', 'latin1', 'buffer', '', 'bogus', null, undefined, { encoding: '' }, { encoding: 'utf-8' }, { encoding: 'buffer' }, { encoding: null }, { encoding: 'bogus' }, { encoding: 'hex', flag: 'r' }]) {
  t(`readFileSync ${JSON.stringify(o)}`, () => fs.readFileSync(f, o));
}
t('readdirSync ""', () => fs.readdirSync(dir, { encoding: '' }));
t('realpathSync ""', () => path.basename(fs.realpathSync(f, { encoding: '' })));
t('writeFileSync ""', () => { fs.writeFileSync(f, 'abc', { encoding: '' }); return fs.readFileSync(f, 'utf8'); });
t('appendFileSync ""', () => { fs.appendFileSync(f, 'd', { encoding: '' }); return fs.readFileSync(f, 'utf8'); });
fs.rmSync(dir, { recursive: true });
