//! The command line: `rjs [options] [script.js | -e code | -p code | -] [args...]`, parsed the
//! way node parses it (unknown options fail with `bad option` and exit code 9), and the options
//! of the `NODE_OPTIONS` environment variable (only those node allows there).

use crate::{host, MainKind, RunOptions};

/// The Node version whose API rjs follows (`process.version`, `--version`).
pub const NODE_VERSION: &str = "v20.20.2";

const HELP: &str = "Usage: rjs [options] [ script.js ] [arguments]
       rjs [options] -e \"script\" [arguments]
       rjs [options] -p \"script\" [arguments]
       rjs [options] - [arguments]   (script read from stdin)

A Node.js-compatible JavaScript runtime for WebAssembly.
With no script on a terminal, rjs starts a REPL.

Options:
  -                           script read from stdin (default if no file name is
                              provided and stdin is not a terminal)
  --                          indicate the end of rjs options
  -c, --check                 syntax check script without executing
  -e, --eval=...              evaluate script
  -h, --help                  print this help
  -i, --interactive           always enter the REPL even if stdin does not appear
                              to be a terminal
  --input-type=...            set module type for string input (commonjs|module)
  --no-deprecation            silence deprecation warnings
  --no-warnings               silence all process warnings
  -p, --print [...]           evaluate script and print result
  -r, --require=...           CommonJS module to preload (option can be repeated)
  --test                      launch test runner on startup
  -v, --version               print the Node.js version rjs follows

Capabilities under wasmtime:
  --dir HOST[::GUEST]         grant a directory (fs, the script itself)
  -S inherit-network          grant sockets (net, http)
  --env NAME / -S inherit-env grant environment variables
";

/// The capability part of --help under the native launcher, whose flags differ from wasmtime's.
const LAUNCHER_CAPABILITIES: &str = "Capabilities:
  --allow-read[=DIR,...]      read access (bare: /; the current directory is always granted)
  --allow-write[=DIR,...]     write access (bare: /)
  --allow-net[=HOST[:PORT],...]  sockets (net, http)
  --allow-env[=NAME,...]      environment variables
  -A, --allow-all             all of the above
";

fn help_text() -> String {
    if crate::host::under_launcher() {
        let base = HELP
            .split("Capabilities under wasmtime:")
            .next()
            .unwrap_or(HELP);
        format!("{base}{LAUNCHER_CAPABILITIES}")
    } else {
        HELP.to_string()
    }
}

/// Options node accepts that change nothing here (value-less or `--opt=value`).
const IGNORED: &[&str] = &[
    "--trace-warnings",
    "--trace-uncaught",
    "--trace-deprecation",
    "--enable-source-maps",
    "--no-enable-source-maps",
    "--expose-gc",
    "--expose_gc",
    // Buffers are always zero-filled here.
    "--zero-fill-buffers",
    "--no-zero-fill-buffers",
    "--pending-deprecation",
    "--throw-deprecation",
    "--preserve-symlinks",
    "--preserve-symlinks-main",
    "--abort-on-uncaught-exception",
    "--no-experimental-fetch",
    "--no-experimental-global-webcrypto",
    "--frozen-intrinsics",
    "--use-strict",
    // node:test reads these from process.execArgv (src/node/js/test.js).
    "--test-only",
    "--test-force-exit",
    // http reads these from process.execArgv and NODE_OPTIONS (src/node/js/http_common.js).
    "--insecure-http-parser",
];
const IGNORED_WITH_VALUE: &[&str] = &[
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
    "--test-name-pattern",
    "--test-reporter",
    "--test-reporter-destination",
    "--test-concurrency",
    "--test-timeout",
    "--test-shard",
    // Read by the module loader from process.execArgv (src/module/js/cjs_loader.js).
    "-C",
    // Read by the bootstrap (src/js/process.js): where warnings go, which are not printed.
    "--redirect-warnings",
    "--disable-warning",
    "--max-http-header-size",
    // Loaded into process.env by the bootstrap (src/js/process.js).
    "--env-file",
];

/// What `--test` runs: node:test's file runner (src/node/js/test.js).
const TEST_RUNNER_MAIN: &str = "require('node:test')[Symbol.for('rjs.test.runFiles')]()";

/// Parses `args` (args[0] is the program) and runs; returns the exit code.
pub fn main(args: Vec<String>) -> i32 {
    match parse(&args) {
        Ok(Parsed::Run(opts)) => crate::run(opts),
        Ok(Parsed::Print(text)) => {
            host::write_fd(1, text.as_bytes());
            0
        }
        Err((msg, code)) => {
            host::write_fd(2, format!("{msg}\n").as_bytes());
            code
        }
    }
}

/// Result of parsing the command line.
#[derive(Debug)]
pub enum Parsed {
    Run(RunOptions),
    /// Print this text and exit 0 (`--version`, `--help`).
    Print(String),
}

fn program_name(args: &[String]) -> String {
    let _ = args;
    "rjs".to_string()
}

/// The `NODE_OPTIONS` environment variable, if set.
fn node_options_env() -> Option<String> {
    host::env_vars()
        .into_iter()
        .find(|(k, _)| k == "NODE_OPTIONS")
        .map(|(_, v)| v)
}

/// Splits `NODE_OPTIONS` as node does: at spaces; `"` quotes (with `\` escaping the next
/// character inside them).
fn split_node_options(value: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut in_token = false;
    let mut quoted = false;
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' => quoted = false,
                '\\' => {
                    if let Some(n) = chars.next() {
                        cur.push(n);
                    }
                }
                _ => cur.push(c),
            }
        } else if c == ' ' {
            if in_token {
                out.push(std::mem::take(&mut cur));
                in_token = false;
            }
        } else {
            in_token = true;
            if c == '"' {
                quoted = true;
            } else {
                cur.push(c);
            }
        }
    }
    if quoted {
        return Err("invalid value for NODE_OPTIONS (unterminated string)\n".into());
    }
    if in_token {
        out.push(cur);
    }
    Ok(out)
}

/// Options node accepts on the command line but not in `NODE_OPTIONS`, as rjs knows them.
const NOT_IN_NODE_OPTIONS: &[&str] = &[
    "-e",
    "--eval",
    "-p",
    "--print",
    "-pe",
    "-i",
    "--interactive",
    "-c",
    "--check",
    "-v",
    "--version",
    "-h",
    "--help",
    "--test",
    "--",
];
/// V8's own options that node does not allow there (named up to their `=` when one is given).
const V8_NOT_IN_NODE_OPTIONS: &[&str] = &["--use-strict", "--stack-size"];
/// Options taking a value that rjs honours or accepts.
const WITH_VALUE: &[&str] = &["-r", "--require", "--input-type"];

/// The options of `NODE_OPTIONS` (`value`), checked as node checks them: an option not allowed
/// there fails with exit code 9; words that are not options are ignored. Options taking a value
/// are returned as `--name=value` (or `-r=value`).
pub fn node_options(prog: &str, value: &str) -> Result<Vec<String>, (String, i32)> {
    let words = split_node_options(value).map_err(|m| (format!("{prog}: {m}"), 9))?;
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        i += 1;
        if !w.starts_with('-') || w == "-" {
            continue;
        }
        let (name, inline) = match w.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v)),
            _ => (w.as_str(), None),
        };
        let allowed = !NOT_IN_NODE_OPTIONS.contains(&name)
            && !V8_NOT_IN_NODE_OPTIONS.contains(&name)
            && !name.starts_with("--harmony")
            && (IGNORED.contains(&name)
                || IGNORED_WITH_VALUE.contains(&name)
                || WITH_VALUE.contains(&name)
                || name.starts_with("--experimental-")
                || name.starts_with("--no-experimental-")
                || ["--no-warnings", "--no-deprecation"].contains(&name));
        if !allowed {
            let shown = if inline.is_some() && V8_NOT_IN_NODE_OPTIONS.contains(&name) {
                format!("{name}=")
            } else {
                w.clone()
            };
            return Err((format!("{prog}: {shown} is not allowed in NODE_OPTIONS"), 9));
        }
        if WITH_VALUE.contains(&name) || IGNORED_WITH_VALUE.contains(&name) {
            let v = match inline {
                Some(v) => v.to_string(),
                None => match words.get(i).filter(|v| !v.starts_with('-')) {
                    Some(v) => {
                        i += 1;
                        v.clone()
                    }
                    None => return Err((format!("{prog}: {name} requires an argument"), 9)),
                },
            };
            out.push(format!("{name}={v}"));
        } else {
            out.push(w.clone());
        }
    }
    Ok(out)
}

/// The options of this process's `NODE_OPTIONS` (see [`node_options`]; none when it is invalid,
/// which `parse` has reported already).
pub fn env_node_options() -> Vec<String> {
    node_options_env()
        .and_then(|v| node_options("rjs", &v).ok())
        .unwrap_or_default()
}

/// Parses the command line the way node does, with the options of `NODE_OPTIONS` first.
pub fn parse(args: &[String]) -> Result<Parsed, (String, i32)> {
    parse_with(args, node_options_env().as_deref())
}

/// `parse`, with `NODE_OPTIONS` given.
fn parse_with(args: &[String], env_options: Option<&str>) -> Result<Parsed, (String, i32)> {
    let prog = program_name(args);
    let env_options = match env_options {
        Some(v) => node_options(&prog, v)?,
        None => Vec::new(),
    };
    let exec_path = args.first().cloned().unwrap_or_else(|| "rjs".into());
    let mut exec_argv = Vec::new();
    let mut main: Option<MainKind> = None;
    let mut script_code: Option<String> = None; // -e / -p CODE (the last one counts)
    let mut print = false;
    let mut interactive = false;
    let mut check = false;
    let mut no_warnings = false;
    let mut no_deprecation = false;
    let mut input_type_module = false;
    let mut test_runner = false;
    let mut preload = Vec::new();
    // NODE_OPTIONS' switches (its other options are read by the bootstrap: env_node_options).
    for o in &env_options {
        let (name, value) = o.split_once('=').unwrap_or((o.as_str(), ""));
        match name {
            "--no-warnings" => no_warnings = true,
            "--no-deprecation" => no_deprecation = true,
            "-r" | "--require" => preload.push(value.to_string()),
            "--input-type" => match value {
                "module" => input_type_module = true,
                "commonjs" => {}
                _ => {
                    return Err((
                        format!("{prog}: --input-type must be \"module\" or \"commonjs\""),
                        9,
                    ))
                }
            },
            _ => {}
        }
    }
    let mut i = 1;
    let mut rest: Vec<String> = Vec::new();
    while i < args.len() {
        let a = &args[i];
        if a == "--" {
            i += 1;
            if main.is_none() && script_code.is_none() {
                if let Some(s) = args.get(i) {
                    main = Some(MainKind::File(s.clone()));
                    i += 1;
                }
            }
            rest.extend(args[i..].iter().cloned());
            break;
        }
        if a == "-" {
            // (node's process.argv[1] is then "-".)
            main = Some(MainKind::Stdin(String::new()));
            rest.extend(args[i..].iter().cloned());
            break;
        }
        if !a.starts_with('-') || a.len() == 1 {
            if script_code.is_none() {
                main = Some(MainKind::File(a.clone()));
                rest.extend(args[i + 1..].iter().cloned());
            } else {
                rest.extend(args[i..].iter().cloned());
            }
            break;
        }
        let (name, inline) = match a.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n.to_string(), Some(v.to_string())),
            _ => (a.clone(), None),
        };
        exec_argv.push(a.clone());
        let mut take_value = |i: &mut usize| -> Result<String, (String, i32)> {
            if let Some(v) = inline.clone() {
                return Ok(v);
            }
            *i += 1;
            // (A value given as the next word must not look like an option.)
            match args.get(*i).filter(|v| !v.starts_with('-')) {
                Some(v) => {
                    exec_argv.push(v.clone());
                    Ok(v.clone())
                }
                None => Err((format!("{prog}: {name} requires an argument"), 9)),
            }
        };
        match name.as_str() {
            "-v" | "--version" => return Ok(Parsed::Print(format!("{NODE_VERSION}\n"))),
            "-h" | "--help" => return Ok(Parsed::Print(help_text())),
            "-e" | "--eval" => script_code = Some(take_value(&mut i)?),
            // node: `-p CODE` is `-pe CODE` when CODE does not start with '-'; otherwise (and
            // `--print=x`) -p is a switch that prints the -e code's or stdin's result.
            "-p" | "--print" => {
                print = true;
                if inline.is_none() && args.get(i + 1).is_some_and(|v| !v.starts_with('-')) {
                    script_code = Some(take_value(&mut i)?);
                }
            }
            "-pe" => {
                print = true;
                script_code = Some(take_value(&mut i)?);
            }
            "-i" | "--interactive" => interactive = true,
            "-c" | "--check" => check = true,
            "-r" | "--require" => preload.push(take_value(&mut i)?),
            "--no-warnings" => no_warnings = true,
            "--no-deprecation" => no_deprecation = true,
            "--test" => test_runner = true,
            "--input-type" => {
                let v = take_value(&mut i)?;
                match v.as_str() {
                    "module" => input_type_module = true,
                    "commonjs" => {}
                    _ => {
                        return Err((
                            format!("{prog}: --input-type must be \"module\" or \"commonjs\""),
                            9,
                        ))
                    }
                }
            }
            n if IGNORED.contains(&n)
                || n.starts_with("--experimental-")
                || n.starts_with("--no-experimental-")
                || n.starts_with("--harmony") => {}
            n if IGNORED_WITH_VALUE.contains(&n) => {
                take_value(&mut i)?;
            }
            _ => return Err((format!("{prog}: bad option: {a}"), 9)),
        }
        i += 1;
    }
    // Options node refuses together (every pair that applies, one line each, exit code 9).
    let mut conflicts = Vec::new();
    let has_eval = script_code.is_some();
    if check && has_eval {
        conflicts.push(format!(
            "{prog}: either --check or --eval can be used, not both"
        ));
    }
    if test_runner {
        for (set, name) in [
            (check, "--check"),
            (has_eval, "--eval"),
            (interactive, "--interactive"),
        ] {
            if set {
                conflicts.push(format!(
                    "{prog}: either --test or {name} can be used, not both"
                ));
            }
        }
    }
    if !conflicts.is_empty() {
        return Err((conflicts.join("\n"), 9));
    }
    // `--test [paths...]`: node:test's runner takes every positional argument as a test path
    // (process.argv[1..], as node's createTestFileList reads them).
    if test_runner && script_code.is_none() {
        if let Some(MainKind::File(f)) = main.take() {
            rest.insert(0, f);
        }
        script_code = Some(TEST_RUNNER_MAIN.to_string());
    }
    let main = match (script_code, main) {
        (Some(code), _) if print => MainKind::Print(code),
        (Some(code), _) => MainKind::Eval(code),
        (None, Some(m)) => m,
        (None, None) => {
            if interactive || host::is_tty(0) {
                MainKind::Repl
            } else {
                MainKind::Stdin(String::new())
            }
        }
    };
    let main = match main {
        MainKind::Stdin(_) => match host::read_stdin_to_end() {
            Ok(b) => MainKind::Stdin(String::from_utf8_lossy(&b).into_owned()),
            Err(e) => return Err((format!("{prog}: cannot read stdin: {e}"), 1)),
        },
        m => m,
    };
    let mut argv = vec![exec_path];
    if let MainKind::File(f) = &main {
        argv.push(f.clone());
    }
    argv.extend(rest);
    Ok(Parsed::Run(RunOptions {
        main,
        argv,
        exec_argv,
        no_warnings,
        no_deprecation,
        check,
        input_type_module,
        preload,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(args: &[&str]) -> Result<Parsed, (String, i32)> {
        let v: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        parse_with(&v, None)
    }

    fn pe(args: &[&str], env: &str) -> Result<Parsed, (String, i32)> {
        let v: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        parse_with(&v, Some(env))
    }

    #[test]
    fn node_options_switches() {
        let Ok(Parsed::Run(o)) = pe(
            &["rjs", "-r", "./b.js", "app.js"],
            " --no-warnings  --require \"./a b.js\" --no-deprecation",
        ) else {
            panic!()
        };
        assert!(o.no_warnings && o.no_deprecation);
        // NODE_OPTIONS' preloads come first; its options are not in execArgv.
        assert_eq!(o.preload, vec!["./a b.js", "./b.js"]);
        assert_eq!(o.exec_argv, vec!["-r", "./b.js"]);
    }

    #[test]
    fn node_options_values_and_words() {
        let Ok(v) = node_options(
            "rjs",
            "--unhandled-rejections strict --title=\"a\\\"b c\" foo.js - --trace-warnings",
        ) else {
            panic!()
        };
        assert_eq!(
            v,
            vec![
                "--unhandled-rejections=strict",
                "--title=a\"b c",
                "--trace-warnings"
            ]
        );
        assert!(matches!(node_options("rjs", ""), Ok(v) if v.is_empty()));
    }

    #[test]
    fn node_options_not_allowed() {
        for (env, msg) in [
            ("--no-warnings -e", "rjs: -e is not allowed in NODE_OPTIONS"),
            ("--nope", "rjs: --nope is not allowed in NODE_OPTIONS"),
            ("--test", "rjs: --test is not allowed in NODE_OPTIONS"),
            ("--", "rjs: -- is not allowed in NODE_OPTIONS"),
            (
                "--stack-size=100",
                "rjs: --stack-size= is not allowed in NODE_OPTIONS",
            ),
            ("-r", "rjs: -r requires an argument"),
            (
                "--title \"x",
                "rjs: invalid value for NODE_OPTIONS (unterminated string)\n",
            ),
            (
                "--input-type=x",
                "rjs: --input-type must be \"module\" or \"commonjs\"",
            ),
        ] {
            let Err((m, code)) = pe(&["rjs", "--bad"], env) else {
                panic!("{env}")
            };
            assert_eq!((m.as_str(), code), (msg, 9), "{env}");
        }
    }

    #[test]
    fn script_and_args() {
        let Ok(Parsed::Run(o)) = p(&["rjs", "app.js", "a", "-b"]) else {
            panic!()
        };
        assert!(matches!(o.main, MainKind::File(ref f) if f == "app.js"));
        assert_eq!(o.argv, vec!["rjs", "app.js", "a", "-b"]);
    }

    #[test]
    fn eval_and_rest() {
        let Ok(Parsed::Run(o)) = p(&["rjs", "-e", "1", "x"]) else {
            panic!()
        };
        assert!(matches!(o.main, MainKind::Eval(ref c) if c == "1"));
        assert_eq!(o.argv, vec!["rjs", "x"]);
    }

    #[test]
    fn print_takes_code_not_like_an_option() {
        let print = |args: &[&str]| match p(args) {
            Ok(Parsed::Run(o)) => match o.main {
                MainKind::Print(c) => c,
                m => format!("{m:?}"),
            },
            _ => "error".into(),
        };
        assert_eq!(print(&["rjs", "-p", "1+1"]), "1+1");
        assert_eq!(print(&["rjs", "-p", "-e", "2"]), "2");
        assert_eq!(print(&["rjs", "-e", "3", "-p"]), "3");
        assert_eq!(print(&["rjs", "-p", "app.js"]), "app.js");
        let Ok(Parsed::Run(o)) = p(&["rjs", "-p", "--no-warnings", "app.js"]) else {
            panic!()
        };
        assert!(matches!(o.main, MainKind::File(ref f) if f == "app.js"));
        assert!(matches!(p(&["rjs", "-e", "-1"]), Err((_, 9))));
    }

    #[test]
    fn bad_option_exits_9() {
        let Err((msg, code)) = p(&["rjs", "--nope"]) else {
            panic!()
        };
        assert_eq!(code, 9);
        assert_eq!(msg, "rjs: bad option: --nope");
    }

    #[test]
    fn test_runner_takes_paths() {
        let Ok(Parsed::Run(o)) = p(&["rjs", "--test", "a.test.js", "b"]) else {
            panic!()
        };
        assert!(matches!(o.main, MainKind::Eval(ref c) if c == TEST_RUNNER_MAIN));
        assert_eq!(o.argv, vec!["rjs", "a.test.js", "b"]);
        assert_eq!(o.exec_argv, vec!["--test"]);
    }

    #[test]
    fn conflicting_options_exit_9() {
        let Err((msg, code)) = p(&["rjs", "--test", "--check", "-e", "1"]) else {
            panic!()
        };
        assert_eq!(code, 9);
        assert_eq!(
            msg,
            "rjs: either --check or --eval can be used, not both\n\
             rjs: either --test or --check can be used, not both\n\
             rjs: either --test or --eval can be used, not both"
        );
        assert!(p(&["rjs", "-p", "--check", "x.js"]).is_ok());
    }

    #[test]
    fn version() {
        let Ok(Parsed::Print(s)) = p(&["rjs", "--version"]) else {
            panic!()
        };
        assert_eq!(s, format!("{NODE_VERSION}\n"));
    }
}
