//! The launcher's command line: `rjs [launcher flags] [node options] [script.js | -e ... | -]
//! [args...]`. Launcher flags may appear anywhere before the script (or `--`, `-`); everything
//! else is passed, in order, to the guest, which parses node's options itself.

use std::path::{Path, PathBuf};

#[derive(Debug, Default)]
pub struct Options {
    /// Arguments for the guest (after its argv[0]).
    pub guest_args: Vec<String>,
    /// Directories granted besides the current one.
    pub dirs: Vec<DirGrant>,
    pub net: NetGrant,
    pub env: EnvGrant,
    /// `--precompile`: compile into the cache and exit.
    pub precompile: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DirGrant {
    /// Canonical absolute host path; also the guest path.
    pub path: PathBuf,
    pub write: bool,
}

#[derive(Debug, Default, PartialEq)]
pub enum NetGrant {
    #[default]
    None,
    All,
    /// `host`, `host:port`, `[v6]:port`.
    Hosts(Vec<String>),
}

#[derive(Debug, PartialEq)]
pub enum EnvGrant {
    All,
    /// Only these (plus the presentation-only ones, see main.rs).
    Names(Vec<String>),
}

impl Default for EnvGrant {
    fn default() -> Self {
        EnvGrant::Names(Vec::new())
    }
}

/// node options (as the guest accepts them) that take the next argument as their value, unless
/// written `--opt=value`. Needed to tell an option's value from the script name.
const GUEST_OPTIONS_WITH_VALUE: &[&str] = &[
    "-e",
    "--eval",
    "-p",
    "--print",
    "-pe",
    "-r",
    "--require",
    "--input-type",
    "--stack-size",
    "--max-old-space-size",
    "--max-semi-space-size",
    "--unhandled-rejections",
    "--title",
    "--conditions",
    "--experimental-loader",
    "--loader",
    "--import",
    "--stack-trace-limit",
];

/// Parses the launcher's arguments (without argv[0]); the current directory resolves relative
/// grants.
pub fn parse(args: Vec<String>) -> Result<Options, String> {
    let cwd = std::env::current_dir().map_err(|e| format!("current directory: {e}"))?;
    parse_in(args, &cwd)
}

pub fn parse_in(args: Vec<String>, cwd: &Path) -> Result<Options, String> {
    let mut o = Options::default();
    let mut net_all = false;
    let mut hosts: Vec<String> = Vec::new();
    let mut env_all = false;
    let mut env_names: Vec<String> = Vec::new();
    let mut grants: Vec<DirGrant> = Vec::new();
    let mut it = args.into_iter();
    while let Some(a) = it.next() {
        if a == "--" || a == "-" || !a.starts_with('-') {
            o.guest_args.push(a);
            o.guest_args.extend(it.by_ref());
            break;
        }
        let (name, value) = match a.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v)),
            _ => (a.as_str(), None),
        };
        match name {
            "--allow-read" | "--allow-write" => {
                let write = name == "--allow-write";
                let list = match value {
                    None => vec!["/".to_string()],
                    Some(v) => split_list(v, name)?,
                };
                for p in list {
                    grants.push(DirGrant {
                        path: grant_path(&p, cwd, name)?,
                        write,
                    });
                }
            }
            "--allow-net" => match value {
                None => net_all = true,
                Some(v) => hosts.extend(split_list(v, name)?),
            },
            "--allow-env" => match value {
                None => env_all = true,
                Some(v) => env_names.extend(split_list(v, name)?),
            },
            "-A" | "--allow-all" if value.is_none() => {
                grants.push(DirGrant {
                    path: PathBuf::from("/"),
                    write: true,
                });
                net_all = true;
                env_all = true;
            }
            "--precompile" if value.is_none() => o.precompile = true,
            _ => {
                let takes_value = value.is_none() && GUEST_OPTIONS_WITH_VALUE.contains(&name);
                o.guest_args.push(a);
                if takes_value {
                    if let Some(v) = it.next() {
                        o.guest_args.push(v);
                    }
                }
            }
        }
    }
    o.net = if net_all {
        NetGrant::All
    } else if !hosts.is_empty() {
        NetGrant::Hosts(hosts)
    } else {
        NetGrant::None
    };
    o.env = if env_all {
        EnvGrant::All
    } else {
        EnvGrant::Names(env_names)
    };
    o.dirs = normalize_grants(grants, cwd);
    Ok(o)
}

fn split_list(v: &str, flag: &str) -> Result<Vec<String>, String> {
    let items: Vec<String> = v
        .split(',')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    if items.is_empty() {
        return Err(format!("{flag}= needs a value"));
    }
    Ok(items)
}

/// The canonical absolute path of a granted directory.
fn grant_path(p: &str, cwd: &Path, flag: &str) -> Result<PathBuf, String> {
    let path = cwd.join(p);
    let canon = path
        .canonicalize()
        .map_err(|e| format!("{flag}={p}: {e}"))?;
    if !canon.is_dir() {
        return Err(format!(
            "{flag}={p}: not a directory (rjs grants whole directories)"
        ));
    }
    Ok(canon)
}

/// Drops duplicates and grants that add nothing: read-only grants inside a read-write one
/// (the current directory counts as one) — WASI resolves a path against its longest matching
/// preopen, so such a grant would even take write access away.
fn normalize_grants(grants: Vec<DirGrant>, cwd: &Path) -> Vec<DirGrant> {
    let cwd = cwd.canonicalize().unwrap_or_else(|_| cwd.to_path_buf());
    let rw: Vec<PathBuf> = grants
        .iter()
        .filter(|g| g.write)
        .map(|g| g.path.clone())
        .chain(std::iter::once(cwd.clone()))
        .collect();
    let mut out: Vec<DirGrant> = Vec::new();
    for g in grants {
        if g.path == cwd {
            continue;
        }
        if !g.write && rw.iter().any(|w| g.path.starts_with(w)) {
            continue;
        }
        if let Some(prev) = out.iter_mut().find(|o| o.path == g.path) {
            prev.write |= g.write;
            continue;
        }
        out.push(g);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(args: &[&str]) -> Options {
        parse_in(
            args.iter().map(|s| s.to_string()).collect(),
            Path::new("/tmp"),
        )
        .unwrap()
    }

    #[test]
    fn launcher_flags_before_script_only() {
        let o = p(&["--allow-net", "app.js", "--allow-env", "x"]);
        assert_eq!(o.guest_args, ["app.js", "--allow-env", "x"]);
        assert_eq!(o.net, NetGrant::All);
        assert_eq!(o.env, EnvGrant::Names(vec![]));
    }

    #[test]
    fn node_options_pass_through() {
        let o = p(&["-e", "--allow-net", "--allow-env", "a"]);
        assert_eq!(o.guest_args, ["-e", "--allow-net", "a"]);
        assert_eq!(o.env, EnvGrant::All);
        assert_eq!(o.net, NetGrant::None);
        let o = p(&["--no-warnings", "-r", "x.js", "--allow-net=h:1", "app.js"]);
        assert_eq!(o.guest_args, ["--no-warnings", "-r", "x.js", "app.js"]);
        assert_eq!(o.net, NetGrant::Hosts(vec!["h:1".into()]));
        let o = p(&["--version"]);
        assert_eq!(o.guest_args, ["--version"]);
        let o = p(&["--", "--allow-net"]);
        assert_eq!(o.guest_args, ["--", "--allow-net"]);
    }

    #[test]
    fn grants() {
        let o = p(&["--allow-read", "--allow-write=/tmp", "x.js"]);
        assert_eq!(
            o.dirs,
            vec![DirGrant {
                path: PathBuf::from("/"),
                write: false
            }]
        );
        let o = p(&["--allow-read=/", "--allow-write=/", "x.js"]);
        assert_eq!(
            o.dirs,
            vec![DirGrant {
                path: PathBuf::from("/"),
                write: true
            }]
        );
        assert!(parse_in(vec!["--allow-read=/nonexistent-rjs".into()], Path::new("/")).is_err());
    }
}
