// util.format's %d/%i/%f/%s follow numericSeparator from formatWithOptions or inspect.defaultOptions.
const util = require('util');
console.log(util.format('%d %s %i %f', 1234567, 7654321, 123456789, 1234.5678));
console.log(util.formatWithOptions({ numericSeparator: true }, '%d %s %i %f', 1234567, 7654321, 123456789.9, 12345.678));
console.log(util.formatWithOptions({ numericSeparator: true }, '%d|%i|%s', 12345678901234567890n, -98765432109876543210n, 1000n));
util.inspect.defaultOptions.numericSeparator = true;
console.log(util.format('%d %s %i', 118059162071741130342, 118059162071741130342, 123_123_123));
console.log(util.format('%d %s', 1_180_591_620_717_411_303_424n, 12_345n), util.format(1234567));
console.log(util.formatWithOptions({ numericSeparator: false }, '%d %s', 1234567, 7654321));
util.inspect.defaultOptions.numericSeparator = false;
console.log(util.format('%d', 1234567));
