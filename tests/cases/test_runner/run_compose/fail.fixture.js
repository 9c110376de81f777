require('node:test')('this fails', () => { throw new Error('boom'); });
