'use strict';
// process.report is a getter only, as node's (assigning it throws in strict code), and
// process._exiting is an accessor that reads back what is assigned as a boolean.
try { process.report = 1; console.log('assigned', typeof process.report); } catch (e) { console.log(e.name, e.message); }
console.log(typeof process.report.getReport, Object.getOwnPropertyDescriptor(process, 'report').set);
process._exiting = 'x';
console.log(process._exiting);
process._exiting = 0;
console.log(process._exiting);
