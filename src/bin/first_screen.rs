//! Prints the home's first screen as HTML, in English, for the build to
//! write into `index.html` (`scripts/build.sh`; `src/first_screen.rs`).

fn main() {
    print!("{}", forkpoint::first_screen::html());
}
