// fs.cp of a tree holding a relative symbolic link makes an absolute one (node resolves the
// target), read back as absolute; verbatimSymlinks keeps the text; the same for the callback
// and promise forms.
const fs = require('fs');
const path = require('path');
const d = path.join(__dirname, '_tmp_cp_links');
fs.rmSync(d, { recursive: true, force: true });
fs.mkdirSync(path.join(d, 'src/sub'), { recursive: true });
fs.writeFileSync(path.join(d, 'src/sub/f.txt'), 'f');
fs.symlinkSync('sub/f.txt', path.join(d, 'src/link'));
const show = (label, dir) => console.log(label, fs.readlinkSync(path.join(d, dir, 'link')).split(d).join('<d>'),
  fs.readFileSync(path.join(d, dir, 'link'), 'utf8'), fs.lstatSync(path.join(d, dir, 'link')).isSymbolicLink());
fs.cpSync(path.join(d, 'src'), path.join(d, 'a'), { recursive: true });
show('cpSync', 'a');
fs.cpSync(path.join(d, 'src'), path.join(d, 'b'), { recursive: true, verbatimSymlinks: true });
show('verbatim', 'b');
fs.cp(path.join(d, 'src'), path.join(d, 'c'), { recursive: true }, (err) => {
  show('cp', 'c');
  fs.promises.cp(path.join(d, 'src'), path.join(d, 'e'), { recursive: true }).then(() => {
    show('promises.cp', 'e');
    fs.rmSync(d, { recursive: true });
  });
});
