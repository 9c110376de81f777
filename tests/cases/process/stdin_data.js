// @stdin: some piped data\n
let data = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (c) => { data += c; });
process.stdin.on('end', () => console.log(JSON.stringify(data)));
