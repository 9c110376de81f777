// The directories above the one this case runs in exist for node: stat and access of them
// succeed (fs-extra's copy/move walk every parent of the destination with stat).
const fs = require('fs');
const path = require('path');
const parent = path.dirname(process.cwd());
console.log(fs.statSync(parent).isDirectory(), fs.lstatSync(parent).isDirectory());
console.log(fs.existsSync(parent), fs.statSync('/').isDirectory());
fs.accessSync(parent);
fs.promises.stat(parent).then((s) => console.log('promise', s.isDirectory()));
fs.stat(parent, (err, s) => console.log('callback', err, s.isDirectory()));
fs.mkdirSync(path.join('anc-test', 'x', 'y'), { recursive: true });
console.log(fs.readdirSync('anc-test'));
fs.rmSync('anc-test', { recursive: true });
