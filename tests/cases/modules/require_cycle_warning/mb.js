const a = require('./ma.js'); console.log('mb', a.x, a.missingPropModuleExportsB);
