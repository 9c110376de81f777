let a = 1;
export { a as b, a as b };
