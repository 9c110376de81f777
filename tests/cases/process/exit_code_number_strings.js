// process.exitCode / process.exit(code) validation: a string holding a number that is not an
// integer ('1.5', ' 1.5', '1e400', 'Infinity') fails as that number (ERR_OUT_OF_RANGE), other
// strings as strings (ERR_INVALID_ARG_TYPE); integer strings are kept as given.
for (const v of ['abc', '1.5', '', ' 3', '0x10', true, null, undefined, 2.5, -1, 2 ** 32, NaN, {}, [], 1n, '  ', '3e0', Infinity]) {
  try { process.exitCode = v; console.log('exitCode', JSON.stringify(String(v)), 'ok', process.exitCode); } catch (e) { console.log('exitCode', String(v), e.code, e.message); }
}
process.exitCode = 0;
const real = process.reallyExit;
process.reallyExit = (c) => console.log('reallyExit', c);
for (const v of ['abc', '1.5', '', ' 3', '0x10', true, null, 2.5, -1, 2 ** 32, NaN, {}, '3e0', '7']) {
  try { process.exit(v); console.log('exit', JSON.stringify(String(v)), 'returned'); } catch (e) { console.log('exit', String(v), e.code, e.message); }
}
process.reallyExit = real;
for (const v of ['Infinity', ' 1.5', '1e400', '-0.5', 'NaN', '1.5abc', '0b1', ' ']) { try { process.exitCode = v; console.log(JSON.stringify(v), 'ok'); } catch (e) { console.log(JSON.stringify(v), e.code, e.message); } }
process.exitCode = 0;
