require('node:test')('env', () => {
  console.log('FORCE_COLOR in the file:', JSON.stringify(process.env.FORCE_COLOR));
});
