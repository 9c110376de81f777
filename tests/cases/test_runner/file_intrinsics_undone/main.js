// --test runs each file in a child process of its own: what a file changes in the built-in
// objects (a polyfill on Array.prototype, Object.prototype pollution, a Date.now / Math.random /
// JSON.parse stub it never put back, EventEmitter.captureRejections), in util.inspect's default
// options and in the console's state (counters, timers, an unclosed group's indentation) is gone
// in the next file, and a deprecation warned in one file warns again in the next (rjs ran the
// files in one process and let all of it leak into the next file). This file only carries the
// headers.
// @cli: --test a.fixture.js b.fixture.js
// @normalize: duration_ms:? [\d.]+
// @normalize: \(node:\d+\)
