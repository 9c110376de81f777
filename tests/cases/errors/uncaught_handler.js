process.on('uncaughtException', (err, origin) => {
  console.log('caught', err.message, origin);
});
setTimeout(() => console.log('loop continues'), 5);
throw new Error('first');
