Object.defineProperty(exports, '__esModule', { value: true });
require('./eb.js');
