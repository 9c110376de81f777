// Runs one compute program (argv[2]) in this process and prints its execution time, so the
// comparison leaves out each runtime's start-up: {"ms": N} on stderr, the program's output on stdout.
const t0 = process.hrtime.bigint();
require(`./${process.argv[2]}.js`);
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
process.stderr.write(JSON.stringify({ ms }) + '\n');
