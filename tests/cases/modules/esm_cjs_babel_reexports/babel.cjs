"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
var _exportNames = { named: true };
exports.named = void 0;
var _dep = require("./ts_re.cjs");
Object.keys(_dep).forEach(function (key) {
  if (key === "default" || key === "__esModule") return;
  if (Object.prototype.hasOwnProperty.call(_exportNames, key)) return;
  if (key in exports && exports[key] === _dep[key]) return;
  Object.defineProperty(exports, key, { enumerable: true, get: function () { return _dep[key]; } });
});
const named = 1;
exports.named = named;
var _default = exports.default = 'babeldefault';
