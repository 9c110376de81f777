// process.allowedNodeEnvironmentFlags as node 20's NodeEnvironmentFlagsSet: size and forEach()
// follow node's flag array (the --inspect* aliases appear twice), iteration the unique set.
const f = process.allowedNodeEnvironmentFlags;
const each = [];
f.forEach((v, k, set) => each.push(v === k && set === f ? v : '!'));
const dup = each.filter((v, i) => each.indexOf(v) !== i);
console.log(f.size, each.length, [...f].length, [...f.keys()].length, [...f.entries()].length, dup);
console.log([...f].slice(0, 3), [...f].slice(-3), each.slice(218, 223));
for (const x of ['--inspect_brk', 'inspect-brk', '--perf_basic_prof', '--max-old-space-size=100', '-r', 'r', '--r', '---inspect-brk', 'INSPECT-BRK']) {
  console.log(x, f.has(x));
}
f.add('foo'); f.delete('-r'); f.clear();
console.log(f.has('foo'), f.has('-r'), f.size, Object.isFrozen(f));
