// Date's local-time strings name the zone as V8 with ICU does (the sandbox's local time is UTC).
process.env.TZ = 'UTC'; // node follows TZ at run time; rjs's local time is UTC
const d = new Date(Date.UTC(2020, 0, 15, 10, 30, 5));
console.log(d.toString());
console.log(d.toTimeString());
console.log(d.toDateString());
console.log(String(new Date(0)), `${new Date(NaN)}`);
console.log([d].join(), d + '');
