export const ok = 1;
export function f() {
  return ok;
