// Ordinal plural rules by language (CLDR, as node 20 has them): categories, the first values of each, decimals and negatives.
for (const l of ['en','en-GB','de','fr','es','it','pt','pt-PT','nl','ru','pl','ja','zh','ko','tr','sv','hi','ar','ca','hu','ro','he','uk','be','ms','vi','el','bg','id','th','cs','da','fi','nb','xx', undefined]) {
  const p = new Intl.PluralRules(l, {type:'ordinal'});
  const m = {}; for (let i=0;i<=1000;i++){ const c=p.select(i); (m[c] ||= []).length<8 && m[c].push(i);}
  console.log(l, JSON.stringify(p.resolvedOptions().pluralCategories), JSON.stringify(m), p.select(1.5), p.select(-3), p.select(1e21));
}
