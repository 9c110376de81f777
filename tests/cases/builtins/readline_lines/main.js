// readline line splitting over files and streams: CRLF/CR/LF mixes, a final bare CR, small
// chunks, slow async-iterator consumers, multi-byte characters split across chunks.
const fs = require('fs'); const readline = require('readline');
(async () => {
  const rl = readline.createInterface({ input: fs.createReadStream(__dirname + '/input.txt', { highWaterMark: 64 }), crlfDelay: Infinity });
  let n = 0, len = 0, empty = 0; for await (const l of rl) { n++; len += l.length; if (!l) empty++; if (n % 200 === 0) await new Promise((r) => setTimeout(r, 1)); }
  console.log(n, len, empty);
  const rl2 = readline.createInterface({ input: fs.createReadStream(__dirname + '/input.txt') });
  let m = 0; rl2.on('line', () => m++); await require('events').once(rl2, 'close'); console.log(m);
  const rl3 = readline.createInterface({ input: require('stream').Readable.from(['a\r', '\nb\r', 'c\n\r\n']) }); const got = []; for await (const l of rl3) got.push(l); console.log(JSON.stringify(got));
  const rl4 = readline.createInterface({ input: require('stream').Readable.from(['a\r', '\nb\r', 'c\n\r\n']), crlfDelay: Infinity }); const got4 = []; for await (const l of rl4) got4.push(l); console.log(JSON.stringify(got4));
  const rl5 = readline.createInterface({ input: require('stream').Readable.from(['\u2028x\u0085y\n', Buffer.from([0xe2, 0x82]), Buffer.from([0xac, 0x0a])]) }); const got5 = []; for await (const l of rl5) got5.push(l); console.log(JSON.stringify(got5));
})();
