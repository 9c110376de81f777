export const b = 1;
export function f() {}
