// Latin American Spanish numbers (es-AR/CO/BO: 1.234,5; es-419/PE/GT/MX: 1,234.5) and es-419's ISO-code currency symbols.
for (const l of ['es-AR', 'es-CO', 'es-BO', 'es-419', 'es-PE', 'es-GT', 'es-MX', 'es-ES'])
  console.log(l, (1234567.891).toLocaleString(l), (1234).toLocaleString(l), (-0.256).toLocaleString(l, { style: 'percent', maximumFractionDigits: 1 }),
    ['EUR', 'USD', 'GBP'].map((c) => new Intl.NumberFormat(l, { style: 'currency', currency: c }).format(-1234.5)).join(' | '));
