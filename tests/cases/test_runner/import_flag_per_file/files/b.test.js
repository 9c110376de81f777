require('node:test')('b', () => console.log('b: setup ran', globalThis.setupRuns, 'time(s) in this process'));
