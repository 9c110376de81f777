// @cli: --no-deprecation no_deprecation_readonly.js
// Under --no-deprecation, process.noDeprecation is a read-only true, as node sets it.
'use strict';
try { process.noDeprecation = false; } catch (e) { console.log(e.name, e.message); }
console.log(process.noDeprecation, Object.getOwnPropertyDescriptor(process, 'noDeprecation'));
require('util').deprecate(() => {}, 'old', 'DEP0X')();
