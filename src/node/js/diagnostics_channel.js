// node:diagnostics_channel (placeholder: work in progress).
'use strict';
module.exports = {};
