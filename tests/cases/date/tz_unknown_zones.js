// TZ values that name no zone: unknown ids give offset 0 and a GMT+00:00 name (resolvedOptions
// has no timeZone; an empty TZ is Etc/Unknown); POSIX rule strings fall back to the host zone
// (UTC); ids are case-sensitive.
const d = new Date(Date.UTC(2024, 6, 1, 12));
for (const tz of ['Foo/Bar', '', 'america/new_york', 'CET-1CEST,M3.5.0,M10.5.0/3', '<+0330>-3:30', 'UTC0', 'posix/Europe/Rome', 'EST']) {
  process.env.TZ = tz;
  console.log(JSON.stringify(tz), d.toString(), d.getTimezoneOffset(), JSON.stringify(Intl.DateTimeFormat().resolvedOptions().timeZone));
}
