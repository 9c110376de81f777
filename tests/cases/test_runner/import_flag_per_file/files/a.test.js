require('node:test')('a', () => console.log('a: setup ran', globalThis.setupRuns, 'time(s) in this process'));
