const a = require('./ca.js'); console.log('cb', a.nope);
