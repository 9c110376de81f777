const a = require('./ha.js'); console.log('hb', a.__esModule);
