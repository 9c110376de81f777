// /dev/stdin and /dev/stdout name the process's streams: the classic read-all-input idiom
// and writes to /dev/stdout work (stdin and stdout are pipes here).
// @stdin: 2\n1 2\n3 4\n5 6\n
const fs = require('fs');
const input = fs.readFileSync('/dev/stdin').toString().trim().split('\n');
fs.writeFileSync('/dev/stdout', 'out: ' + input.length + '\n');
fs.appendFileSync('/dev/stdout', 'appended\n');
fs.readFile('/dev/stdin', 'utf8', (e, d) => console.log('again', e && e.code, JSON.stringify(d)));
