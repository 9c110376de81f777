const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function main() {
  console.log('a');
  await sleep(5);
  console.log('b');
  const results = await Promise.all([1, 2, 3].map(async (x) => { await sleep(x); return x * 2; }));
  console.log(results);
  const settled = await Promise.allSettled([Promise.reject(new Error('no')), 1]);
  console.log(settled.map((s) => s.status));
}
main().then(() => console.log('done'));
