// A scheme-less input with three or more slashes (or backslashes) against a special base: all of
// them are skipped before the host (new URL('///x', 'http://b/') is http://x/), file URLs too.
const inputs = ['///x', '////x/y', '/\\/x', '\\//x', '\\\\\\x', '//x', '/x', ' \t///x?q#h', '///', '////', '///:80/p',
  '///u@h/p', '///[::1]/p', '///%41/p', '//\t/./d:passfoo:|`C:', '///./d'];
const bases = ['http://b.test/p', 'https://b.test/', 'ws://b/', 'ftp://b/', 'file:///root/', 'foo://b/p'];
for (const s of inputs) {
  // (a backslash is a path character for a non-special base: not shown, rjs still takes it for '/')
  const out = bases.filter((b) => !b.startsWith('foo') || !s.includes('\\')).map((b) => { try { return new URL(s, b).href; } catch (e) { return e.code; } });
  console.log(JSON.stringify(s), out.join(' '));
}
