// node:async_hooks (placeholder: work in progress).
'use strict';
module.exports = {};
