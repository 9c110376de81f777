require('node:test')('d passes', () => {});
