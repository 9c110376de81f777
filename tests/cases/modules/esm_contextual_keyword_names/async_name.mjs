const async = 7;
export default async
function f() { return 'hoisted'; }
export { f };
