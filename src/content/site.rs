//! Text shared by every screen: the brand, the skip link, the footer.

use super::words::Word;
use crate::content::words::keys;

pub const BRAND: Word = keys::SITE_BRAND;
pub const BRAND_TAGLINE: Word = keys::SITE_BRAND_TAGLINE;
pub const SKIP_TO_CONTENT: Word = keys::SITE_SKIP_TO_CONTENT;
pub const HOME_LINK_LABEL: Word = keys::SITE_HOME_LINK_LABEL;
pub const NAV_LABEL: Word = keys::SITE_NAV_LABEL;
pub const LANGUAGE_LABEL: Word = keys::SITE_LANGUAGE_LABEL;
/// The embed documentation page in this language (`assets/embedding.html`,
/// built next to the app once per language; the build checks the name).
pub const EMBED_DOCS_HREF: Word = keys::SITE_EMBED_DOCS_HREF;

mod languages {
    include!(concat!(env!("OUT_DIR"), "/languages.rs"));
}
/// The languages offered (`content/languages.json`): (code, name in itself, the switch's link).
pub use languages::LANGUAGES;
pub const EMBED_DOCS_LINK: Word = keys::SITE_EMBED_DOCS_LINK;
pub const FOOTER_PRIVACY: Word = keys::SITE_FOOTER_PRIVACY;
pub const NOT_FOUND_TITLE: Word = keys::SITE_NOT_FOUND_TITLE;
pub const NOT_FOUND_BODY: Word = keys::SITE_NOT_FOUND_BODY;
pub const LOADING: Word = keys::SITE_LOADING;
pub const LATER_WORDS_FAILED: Word = keys::SITE_LATER_WORDS_FAILED;
pub const BACK_HOME: Word = keys::SITE_BACK_HOME;
/// The home screen's tab title (also the static `<title>` of `index.html`).
pub const HOME_TITLE: Word = keys::SITE_HOME_TAB_TITLE;
/// "{part} · {rest}": one step of a tab title.
const PAGE_TITLE: Word = keys::SITE_PAGE_TITLE;

/// A tab title from the most specific part to the least, e.g.
/// "Question 4 of 25 · Maker or Multiplier? · Forkpoint".
pub fn page_title(parts: &[&dyn std::fmt::Display]) -> String {
    // Joined from the site inwards, as each language orders "part · rest".
    parts
        .iter()
        .map(|part| part.to_string())
        .rev()
        .filter(|part| !part.is_empty())
        .fold(BRAND.text(), |rest, part| {
            PAGE_TITLE.with(&[("part", &part), ("rest", &rest)])
        })
}

#[cfg(test)]
mod tests {
    use super::page_title;

    #[test]
    fn titles_read_from_the_screen_to_the_site() {
        assert_eq!(
            page_title(&[&"Question 4 of 25", &"Maker or Multiplier?"]),
            "Question 4 of 25 · Maker or Multiplier? · Forkpoint"
        );
        assert_eq!(
            page_title(&[&"", &"Your results"]),
            "Your results · Forkpoint"
        );
        assert_eq!(page_title(&[]), "Forkpoint");
    }
}
