export default async function* reporter(source) {
  for await (const { type, data } of source) {
    if (type === 'test:diagnostic' && data.nesting === 0 && / /.test(data.message)) continue;
    const keys = Object.keys(data).sort().join(',');
    const at = data.file ? ` at ${data.file.split('/').pop()}:${data.line}:${data.column}` : '';
    yield `${type} ${data.name ?? data.message ?? ''} n=${data.nesting} ${keys}${at}\n`;
  }
}
