export const a = 1; export const __esModule = "own";
