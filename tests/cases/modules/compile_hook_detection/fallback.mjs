export const viaJsLoader = true;
