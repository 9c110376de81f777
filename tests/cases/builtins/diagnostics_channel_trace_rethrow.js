// An uncaught error a traced call throws is reported under node 20's rethrow site in
// diagnostics_channel (the first stderr line), after the error/end events.
const dc = require('diagnostics_channel');
const tc = dc.tracingChannel('rethrow');
tc.subscribe({ start: () => console.log('start'), end: (m) => console.log('end', m.error.message), error: () => console.log('error') });
tc.traceCallback((cb) => cb(null, 1), 0, {}, null, () => { throw new Error('from the callback'); });
