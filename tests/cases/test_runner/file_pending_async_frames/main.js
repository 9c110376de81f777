// Under --test, a failing test's stack below its Test.run is node's async frames (the suite's
// Promise.all, processPendingSubtests), as in node's child process, where the reporter's ticks
// (which run in node's parent) do not make a checkpoint processTicksAndRejections': rjs's
// in-process file runner showed that frame; one a nextTick resolved still shows it.
// A subtest a resumed parent awaits (`await t.test()` after an await) ends in the parent's async
// frames, with or without --test.
// @normalize: duration_ms:? [\d.]+
// @cli: --test suite.fixture.js
