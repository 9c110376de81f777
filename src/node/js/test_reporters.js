// node:test_reporters (placeholder: work in progress).
'use strict';
module.exports = {};
