export const r = require('fs');
