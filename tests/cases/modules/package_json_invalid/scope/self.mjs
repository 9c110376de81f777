import('somepkg').then(() => {}, (e) => console.log('self', e.name, e.code, e.message.split(process.cwd()).join('<D>')));
