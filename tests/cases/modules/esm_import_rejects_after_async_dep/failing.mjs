import './dep.mjs';
throw new TypeError('failing module');
