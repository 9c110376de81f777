// process.exitCode takes an integer or a string holding one (kept as given); null/undefined
// clear it; anything else throws ERR_INVALID_ARG_TYPE or ERR_OUT_OF_RANGE and keeps the old code.
const values = ['abc', 1.5, true, '2', ' 3 ', '0x10', '1.0', '1e1', '', '-2', null, undefined,
  -1, 256, 2 ** 32 + 3, 2 ** 60, NaN, Infinity, {}, [], 2n, Symbol('s')];
for (const v of values) {
  try {
    process.exitCode = v;
    console.log('set', typeof process.exitCode, String(process.exitCode));
  } catch (e) {
    console.log(e.name, e.code, e.message, String(process.exitCode));
  }
}
const d = Object.getOwnPropertyDescriptor(process, 'exitCode');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable);
process.on('exit', (code) => console.log('exit event', typeof code, code, process.exitCode));
process.exitCode = '0x10';
