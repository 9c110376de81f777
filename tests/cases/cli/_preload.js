globalThis.preloaded = 'yes';
console.log('preloaded first');
