// fs.realpath / fs.realpathSync (node's JS walk, not .native) make any path that is not a file URL
// a string (`p += ''`): a number, undefined, an array or a Buffer is looked up by that name (an
// error names the syscall lstat; the callback form gets it), while .native and fs.promises
// reject them. fs.mkdir / mkdirSync / fs.promises.mkdir check the path before the mode and
// options.
const fs = require('fs');
const rel = (s) => String(s).split(__dirname).join('<dir>');
const t = (n, f) => { try { const r = f(); console.log(n, 'ok', rel(r)); } catch (e) { console.log(n, e.code, rel(e.message), e.syscall); } };
t('number', () => fs.realpathSync(123));
t('undefined', () => fs.realpathSync());
t('null', () => fs.realpathSync(null));
t('array', () => fs.realpathSync(['.']));
t('buffer', () => fs.realpathSync(Buffer.from('.')));
t('bigint', () => fs.realpathSync(10n));
t('object', () => fs.realpathSync({}));
t('native number', () => fs.realpathSync.native(123));
t('url', () => fs.realpathSync(new URL('file://' + __filename)));
fs.realpath(undefined, (e, r) => {
  console.log('callback', e && e.code, e && e.syscall, rel(e && e.path));
  fs.realpath(5, 'buffer', (e, r) => console.log('callback 5', e && e.code, rel(e && e.path)));
});
fs.promises.realpath(123).catch((e) => console.log('promise', e.code));
t('mkdir mode', () => fs.mkdirSync(undefined, 'x2'));
t('mkdir recursive', () => fs.mkdirSync(null, { recursive: 'x' }));
t('mkdir recursive 2', () => fs.mkdirSync('_never_made', { recursive: 'x' }));
t('mkdir mode 2', () => fs.mkdirSync('_never_made', 'x2'));
t('mkdir cb', () => fs.mkdir(5, { mode: 'zz' }, () => {}));
fs.promises.mkdir(undefined, 'x2').catch((e) => console.log('promise mkdir', e.code, e.message));
