// An ES module with named exports only (as js-yaml's ESM build).
export const load = 1;
