export default async x => x + 1;
