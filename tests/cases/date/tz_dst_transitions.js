// Local times that a DST change skips or repeats resolve as V8 does (the offset from before the
// change: a skipped 2:30 is 3:30 daylight time, a repeated 1:30 the first one).
process.env.TZ = 'America/New_York';
const show = (label, d) => console.log(label, d.getTime(), d.toString());
show('gap', new Date(2024, 2, 10, 2, 30));
show('gap end', new Date(2024, 2, 10, 3, 0));
show('before gap', new Date(2024, 2, 10, 1, 59, 59, 999));
show('overlap', new Date(2024, 10, 3, 1, 30));
show('after overlap', new Date(2024, 10, 3, 2, 0));
show('parse gap', new Date('2024-03-10T02:15:00'));
show('parse overlap', new Date('2024-11-03 01:15'));
const h = new Date(2024, 2, 10, 0, 0);
h.setHours(2, 30);
show('setHours gap', h);
// Walking an hour at a time over both changes.
for (const start of [Date.UTC(2024, 2, 10, 5), Date.UTC(2024, 10, 3, 4)]) {
  const row = [];
  for (let i = 0; i < 5; i++) {
    const x = new Date(start + i * 3600e3);
    row.push(`${x.getHours()}:${String(x.getMinutes()).padStart(2, '0')}/${x.getTimezoneOffset()}`);
  }
  console.log(row.join(' '));
}
process.env.TZ = 'Europe/London';
show('london gap', new Date(2024, 2, 31, 1, 30));
show('london overlap', new Date(2024, 9, 27, 1, 30));
process.env.TZ = 'Australia/Sydney';
show('sydney gap', new Date(2024, 9, 6, 2, 30));
show('sydney overlap', new Date(2024, 3, 7, 2, 30));
process.env.TZ = 'Australia/Lord_Howe';
show('lord howe half hour', new Date(2024, 9, 6, 2, 15));
