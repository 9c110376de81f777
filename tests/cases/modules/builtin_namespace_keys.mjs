// A built-in's ESM namespace holds its exports' own enumerable keys (node's ObjectKeys), not a
// function's length/name/prototype or hidden members.
import * as events from 'events';
import * as url from 'node:url';
import * as util from 'util';
import * as path from 'path';
console.log(Object.keys(events).join(','));
console.log(Object.keys(url).join(','));
console.log('default' in util, 'length' in events, 'prototype' in events, typeof events.once);
console.log(Object.keys(path).join(','));
