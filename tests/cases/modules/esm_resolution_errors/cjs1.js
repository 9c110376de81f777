exports.x = 1;
exports['y'] = 2;
module.exports.z = 3;
Object.defineProperty(exports, 'd', { enumerable: true, get() { return 4; } });
Object.defineProperty(exports, 'v', { value: 5 });
if (false) exports.never = 6;
