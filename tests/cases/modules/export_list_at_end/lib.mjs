const a = 1, b = 2
export default a + b
export { a, b }