// The fs module's keys in node's order (Object.keys(fs) is what wrappers like graceful-fs copy),
// fs/promises' and fs.constants' keys.
const fs = require('fs');
console.log(Object.keys(fs).join(','));
console.log(Object.keys(fs.promises).join(','));
console.log(Object.keys(fs.constants).join(','));
