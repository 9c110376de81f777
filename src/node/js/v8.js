// node:v8 (placeholder: work in progress).
'use strict';
module.exports = {};
