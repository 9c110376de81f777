require('node:test')('argv', () => {
  console.log('execArgv:', JSON.stringify(process.execArgv));
  console.log('argv:', process.argv.slice(1).map((a) => require('path').basename(a)));
});
