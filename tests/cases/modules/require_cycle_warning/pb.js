const a = require('./pa.js'); console.log('pb', a.nope);
