// node:vm (placeholder: work in progress).
'use strict';
module.exports = {};
