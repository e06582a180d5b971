//! Text shared by every screen: the brand, the skip link, the footer.

pub const BRAND: &str = "Forkpoint";
pub const BRAND_TAGLINE: &str = "Decide your next career move";
pub const SKIP_TO_CONTENT: &str = "Skip to content";
pub const HOME_LINK_LABEL: &str = "Forkpoint home";
pub const NAV_LABEL: &str = "Main";
/// The embed documentation page (`assets/embedding.html`, built next to the app).
pub const EMBED_DOCS_HREF: &str = "embedding.html";
pub const EMBED_DOCS_LINK: &str = "Embed Forkpoint on your careers site.";
pub const FOOTER_PRIVACY: &str =
    "Everything you answer stays in this browser. Forkpoint has no server, no account and no tracking.";
pub const NOT_FOUND_TITLE: &str = "We could not find that page";
pub const NOT_FOUND_BODY: &str =
    "The link may be old or mistyped. Both instruments are on the home page.";
pub const BACK_HOME: &str = "Back to the home page";
/// The home screen's tab title (also the static `<title>` of `index.html`).
pub const HOME_TITLE: &str = "Forkpoint: decide your next career move";

/// A tab title from the most specific part to the least, e.g.
/// "Question 4 of 25 · Maker or Multiplier? · Forkpoint".
pub fn page_title(parts: &[&str]) -> String {
    let mut title = String::new();
    for part in parts.iter().filter(|p| !p.is_empty()) {
        title.push_str(part);
        title.push_str(" · ");
    }
    title.push_str(BRAND);
    title
}

#[cfg(test)]
mod tests {
    use super::page_title;

    #[test]
    fn titles_read_from_the_screen_to_the_site() {
        assert_eq!(
            page_title(&["Question 4 of 25", "Maker or Multiplier?"]),
            "Question 4 of 25 · Maker or Multiplier? · Forkpoint"
        );
        assert_eq!(
            page_title(&["", "Your results"]),
            "Your results · Forkpoint"
        );
        assert_eq!(page_title(&[]), "Forkpoint");
    }
}
