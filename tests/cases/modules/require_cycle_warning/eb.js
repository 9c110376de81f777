const a = require('./ea.js'); console.log('eb', a.nope);
