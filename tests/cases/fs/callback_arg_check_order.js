// Which argument node 20 reports first when a callback form gets a bad argument and a bad
// callback: open, chmod, fchmod, fchown, futimes and copyFile check their arguments first (fd
// last, in the binding), most others the callback first; rm checks path and options and never
// the callback (a missing one fails when called, as an uncaught TypeError).
const fs = require('fs');
const f = __filename;
const t = (label, fn) => { try { fn(); console.log(label, 'no throw'); } catch (e) { console.log(label, e.code, e.message.split('.')[0]); } };
t('open flags', () => fs.open(f, 'bogus', 0o666, 'cb'));
t('open mode', () => fs.open(f, 'bogus', 'x', 'cb'));
t('chmod', () => fs.chmod(f, 'x', 'cb'));
t('fchmod', () => fs.fchmod(1, 'x', 'cb'));
t('fchmod fd', () => fs.fchmod('x', 1, 'cb'));
t('fchown', () => fs.fchown(1, 'x', 0, 'cb'));
t('fchown gid', () => fs.fchown(1, 1, -2));
t('fchown fd', () => fs.fchown('x', 1, 1, 'cb'));
t('futimes', () => fs.futimes(1, 'x', 0, 'cb'));
t('futimes fd', () => fs.futimes('x', 1, 1, 'cb'));
t('copyFile', () => fs.copyFile(f, 5, 0, 'cb'));
t('copyFile mode', () => fs.copyFile(f, f + 'x', 99, 'cb'));
t('access', () => fs.access(f, 'x', 'cb'));
t('utimes', () => fs.utimes(f, 'x', 0, 'cb'));
t('lchown', () => fs.lchown(f, 'x', 0, 'cb'));
t('rm path', () => fs.rm(5, 'cb'));
t('rm options', () => fs.rm(f, { recursive: 1 }, 'cb'));
process.on('uncaughtException', (e) => console.log('uncaught', e.name, e.message));
t('rm no callback', () => fs.rm(`${f}-missing`, { force: true }));
