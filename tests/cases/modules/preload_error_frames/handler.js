// (Preloaded first: prints the next preload's error with its stack, paths made relative.)
process.on('uncaughtException', (err) => {
  console.log(err.stack.split(__dirname).join('<D>'));
});
