export default function f() {}; export const a = 1;
