require('node:test')('pass', () => {});
