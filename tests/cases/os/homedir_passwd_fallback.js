// os.homedir() is $HOME when set, else the passwd entry of the process's user (root here: the
// runner and the sandbox run as uid 0); userInfo() is always that passwd entry, never $USER,
// $HOME or $SHELL. An empty HOME is kept as it is (libuv returns it).
// @env: USER=someone
// @env: SHELL=/bin/zsh
const os = require('os');
const ui = os.userInfo();
console.log(ui.uid, ui.gid, ui.username, ui.homedir, ui.shell);
console.log(os.userInfo({ encoding: 'buffer' }).homedir.toString());
const home = process.env.HOME;
delete process.env.HOME;
console.log(JSON.stringify(os.homedir()), `${os.homedir}`);
process.env.HOME = '';
console.log(JSON.stringify(os.homedir()));
process.env.HOME = '/somewhere/else';
console.log(os.homedir(), os.userInfo().homedir);
if (home !== undefined) process.env.HOME = home;
