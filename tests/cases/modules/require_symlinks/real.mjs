export const where = import.meta.filename.replace(import.meta.dirname, "<dir>");
