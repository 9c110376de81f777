// pbkdf2/hkdf with a callback: an unknown digest throws at once, a legacy one (md4) reaches the
// callback as a codeless error; hkdf's length error still throws. Calls run one at a time.
const crypto = require('crypto');
const run = (name, f) => new Promise((resolve) => {
  try {
    f((err, v) => {
      console.log(name, 'cb', err ? [err.name, err.code, err.message, Object.keys(err).join()] : null, v && Buffer.from(v).toString('hex'));
      resolve();
    });
    console.log(name, 'returned');
  } catch (e) {
    console.log(name, 'THROW', e.name, e.code, e.message);
    resolve();
  }
});
(async () => {
  await run('pbkdf2 md4', (cb) => crypto.pbkdf2('a', 'b', 1, 8, 'md4', cb));
  await run('pbkdf2 nope', (cb) => crypto.pbkdf2('a', 'b', 1, 8, 'nope', cb));
  await run('pbkdf2 md4 no cb', () => crypto.pbkdf2('a', 'b', 1, 8, 'md4'));
  await run('hkdf md4', (cb) => crypto.hkdf('md4', 'a', 'b', 'c', 8, cb));
  await run('hkdf nope', (cb) => crypto.hkdf('nope', 'a', 'b', 'c', 8, cb));
  await run('hkdf long', (cb) => crypto.hkdf('sha256', 'a', 'b', 'c', 255 * 32 + 1, cb));
  await run('hkdf ok', (cb) => crypto.hkdf('sha256', 'a', 'b', 'c', 8, cb));
  await run('hkdf md4 no cb', () => crypto.hkdf('md4', 'a', 'b', 'c', 8));
  await run('hkdfSync md4', () => crypto.hkdfSync('md4', 'a', 'b', 'c', 8));
})();
