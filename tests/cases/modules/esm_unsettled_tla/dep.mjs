setTimeout(() => console.log('timer'), 5);
console.log('dep', process.listeners('exit').length);
await new Promise((resolve) => setTimeout(resolve, 10));
console.log('after first await');
process.on('exit', (code) => console.log('exit', code, process.exitCode));
await new Promise(() => {});
