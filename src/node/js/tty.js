// node:tty — isatty and the stdio stream classes.
'use strict';

const binding = internalBinding('native');
const stdio = require('internal/stdio');

module.exports = {
  isatty: (fd) => Number.isInteger(fd) && fd >= 0 && fd <= 2 && binding.isTTY(fd),
  ReadStream: stdio.ReadStream,
  WriteStream: stdio.WriteStream,
};
