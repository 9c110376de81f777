// @stdin: alpha\nbeta\ngamma\n
// process.stdin is a stream.Readable: async iteration over it.
const { Readable } = require('stream');
const stdin = process.stdin;
console.log(stdin instanceof Readable, stdin.fd, stdin.readableFlowing, typeof stdin.read, typeof stdin.pipe);
stdin.on('end', () => console.log('end event'));
stdin.on('close', () => console.log('close event'));
(async () => {
  let text = '';
  for await (const chunk of stdin) {
    console.log('chunk is buffer', Buffer.isBuffer(chunk));
    text += chunk;
  }
  console.log('iterated', JSON.stringify(text));
})();
