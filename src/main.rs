//! WASI entry point: parses a node-like command line, runs it, exits with its code.

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let code = rjs::cli::main(args);
    rjs::host::exit(code);
}
