// Intl's members are non-enumerable built-ins, as in node (console.log(Intl) shows no members).
console.log(Intl, Object.keys(Intl), Object.getOwnPropertyDescriptor(Intl, 'NumberFormat').enumerable);
console.log(Object.keys(Intl.NumberFormat), typeof Intl.NumberFormat.supportedLocalesOf, Intl.DateTimeFormat.name);
console.log(new Intl.NumberFormat('en-US').format(1234.5), Intl.NumberFormat('en-US').format(7));
