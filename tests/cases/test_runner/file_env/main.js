// A file that run() (or --test) runs sees NODE_TEST_CONTEXT=child-v8 in its environment, as
// node's child process does; the calling script does not, before or after.
const { run } = require('node:test');
const path = require('node:path');
console.log('caller before:', process.env.NODE_TEST_CONTEXT);
const stream = run({ files: [path.join(__dirname, 'env.fixture.js')] });
stream.on('test:stdout', (data) => console.log('file said:', data.message.trim()));
stream.on('test:pass', (data) => console.log('pass', data.name));
stream.on('end', () => console.log('caller after:', process.env.NODE_TEST_CONTEXT));
stream.resume();
