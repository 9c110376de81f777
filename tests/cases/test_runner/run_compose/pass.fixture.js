require('node:test')('this should pass', () => {});
