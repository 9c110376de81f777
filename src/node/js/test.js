// node:test (placeholder: work in progress).
'use strict';
module.exports = {};
