// A custom reporter (--test-reporter=<module>) gets every event with the declaring call's
// file, line and column, as node's events carry them (rjs gave them only to test:fail).
// @cli: --test-reporter=./loc_reporter.mjs cases.fixture.js
const x = 1;
