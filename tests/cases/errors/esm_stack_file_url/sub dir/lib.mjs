export function fromLib() {
  return new Error('lib').stack;
}
