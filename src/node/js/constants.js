// node:constants (placeholder: work in progress).
'use strict';
module.exports = {};
