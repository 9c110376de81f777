"use strict";
var _w = _interopRequireWildcard(require("./ts_re.cjs"));
Object.keys(_w).forEach(function (key) {
  if (key !== "default" && !Object.prototype.hasOwnProperty.call(exports, key)) exports[key] = _w[key];
});
function _interopRequireWildcard(m) { return m; }
exports['\u0061bc'] = 1;
exports['tab\there'] = 2;
exports['\ud83d\ude00'] = 3;
