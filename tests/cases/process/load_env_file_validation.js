// process.loadEnvFile(path) validates the path as node's getValidatedPath does (a string, bytes
// or a file URL; a number is no file descriptor here: ERR_INVALID_ARG_TYPE), and reads bytes as
// node's binding does (a Buffer as its text, a plain Uint8Array as its numbers).
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const file = path.join(__dirname, `_tmp-env-${process.pid}.env`);
fs.writeFileSync(file, 'LOADENV_A=a\nLOADENV_B="b c"\n');
const tries = [[1], [true], [{}], [pathToFileURL(file)], [Buffer.from(file)], [new Uint8Array(Buffer.from(file))],
  [new URL('http://x/')], ['a\0b'], [path.join(path.dirname(file), 'missing.env')]];
for (const args of tries) {
  try {
    process.loadEnvFile(...args);
    console.log('ok', process.env.LOADENV_A, process.env.LOADENV_B);
  } catch (e) {
    console.log(e.name, e.code, e.message.split(path.dirname(file)).join('<tmp>').replace(/'[\d,]+'/, "'<byte values>'"));
  }
}
fs.rmSync(file);
