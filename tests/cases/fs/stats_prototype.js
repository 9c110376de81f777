// Stats and BigIntStats are built on node's StatsBase function: its type tests are enumerable
// prototype properties (a for-in lists them after the own fields), each calling the class's
// _checkModeProperty; Stats.prototype has its own isFile; the constructors chain to StatsBase.
const fs = require('fs');
for (const bigint of [false, true]) {
  const s = fs.statSync(__dirname, { bigint });
  const keys = [];
  for (const k in s) keys.push(k);
  console.log(keys.join());
  const P = Object.getPrototypeOf(s);
  const B = Object.getPrototypeOf(P);
  console.log(P.constructor.name, B.constructor.name, B.constructor.length, Object.getPrototypeOf(P.constructor).name, P.isFile === B.isFile);
  console.log(s.isDirectory(), s.isFile(), s.isSymbolicLink(), s.isFIFO(), s.isSocket(), s.isBlockDevice(), s.isCharacterDevice(), s._checkModeProperty(0o040000));
  console.log(Object.getOwnPropertyNames(P).join(), '|', Object.getOwnPropertyNames(B).join(), B.isFile.name === '', P._checkModeProperty.length);
}
const made = new fs.Stats(1, 0o100644);
console.log(fs.Stats.length, Object.keys(made).join(), made.isFile(), made.isDirectory());
