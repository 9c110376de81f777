export default 1;
throw new Error('esm top throw');
