// @cli: --eval "import('nopkg').catch((e) => console.log(e.code, e.message.replace(process.cwd(), '<cwd>'))); import('./missing.mjs').catch((e) => console.log(e.code, e.message.replace(process.cwd(), '<cwd>').replace(process.cwd(), '<cwd>')))"
// An import() from -e code resolves against <cwd>/[eval], the name its messages show (rjs said
// "imported from [eval]").
