const a = require('./a.js');
console.log('b sees', a.fromA, a.missingPropB, a[Symbol('someSymbol')], typeof a.toString, a.__esModule, Object.getOwnPropertyDescriptor(a, 'nope'), 'hasOwnProperty' in a, Object.keys(a));
console.log('proto', Object.getPrototypeOf(a) === Object.prototype);
