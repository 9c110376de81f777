export async function resolve(s, c, n) { return n(s, c); }
