const shape = (v) => {
  if (v === null || typeof v !== 'object') return typeof v === 'string' ? JSON.stringify(v) : String(v);
  const proto = Object.getPrototypeOf(v);
  const ctor = proto === null ? 'null' : proto.constructor?.name;
  const keys = Object.keys(v).sort().join(',');
  return `${ctor}{${keys}}${v instanceof Error ? ' error' : ''}`;
};
export default async function* reporter(source) {
  for await (const { type, data } of source) {
    if (type !== 'test:fail' || data.nesting === 0) continue;
    const e = data.details.error;
    const c = e.cause;
    yield `${data.name}: ${shape(e)} ${e.failureType} ${e.code} msg=${JSON.stringify(e.message)}\n`;
    yield `  cause ${shape(c)}` + (c && typeof c === 'object'
      ? ` name=${c.name} code=${c.code} expected=${shape(c.expected)} actual=${shape(c.actual)} operator=${c.operator} inner=${shape(c.cause)} stack=${typeof c.stack}\n`
      : '\n');
  }
}
