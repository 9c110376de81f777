globalThis.importedFirst = import.meta.url.endsWith('/_import_setup.mjs');
