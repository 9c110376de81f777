// Date.parse / new Date(string) take the forms V8's legacy parser takes besides ISO 8601:
// '2024-01-15 10:20:30', 'January 15, 2024', '1/15/2024 10:20 PM', zone names and offsets,
// parenthesised comments; invalid parts give NaN. (The sandbox's local time is UTC.)
process.env.TZ = 'UTC';
const inputs = ['2024-01-15 10:20:30', '2024-01-15 10:20', 'January 15, 2024', 'Jan 15 2024', '15 January 2024', 'January 15, 2024 10:20:30', 'Mon Jan 15 2024', '01/15/2024', '1/15/2024 10:20 AM', '1/15/2024 10:20 PM', '12/31/99', '2024/01/15', '2024/1/5 08:00', '2024-1-5', 'Tue, 15 Jan 2024 10:20:30 GMT', '15 Jan 2024 10:20:30 GMT+0100', 'Jan 15 2024 10:20:30 UTC', 'Mon Jan 15 2024 10:20:30 GMT+0000 (Coordinated Universal Time)', '2024-01-15T10:20:30', '2024-01-15 10:20:30Z', '2024-01-15 10:20:30.123', 'December 17, 1995 03:24:00', '1995-12-17T03:24:00Z', 'Sun Dec 17 1995 03:24:00 GMT', 'not a date', '2024-13-45', 'Jan 32 2024', '', '  2024-01-15  ', '2024', 'July 4 1976 12:00 PM EST', '4 July 1976', 'Thu, 01 Jan 1970 00:00:00 GMT-0500', '2024-02-30', '10:20 2024-01-15', 'Jan 2024', '2024-01-15 25:00'];
for (const s of inputs) console.log(JSON.stringify(s), Date.parse(s));
console.log(new Date('March 7, 2021 14:05').toISOString(), String(new Date('garbage')));
