//! Prints the home's first screen as HTML, in English, for the build to
//! write into `index.html` (`scripts/build.sh`; `src/first_screen.rs`). A
//! host program: built for the browser (as `--all-features` builds every
//! binary for the wasm tests), it does nothing.

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    print!("{}", forkpoint::first_screen::html());
}
