//! The app's routes, read from the URL fragment ("#/quiz"), so a deep link
//! works from any static host without rewrite rules, and the document that
//! serves each one. Pure: the browser side lives in `crate::router`.

use crate::instrument::Instrument;

mod pages {
    include!(concat!(env!("OUT_DIR"), "/pages.rs"));
}

/// The HTML documents the app is split into. Each loads its own wasm bundle,
/// so a first visit to the instruments never downloads the results page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Document {
    /// `<instrument>.html`: an instrument with a page of its own
    /// (`pages.json` names it: `runs`), its runs, saved results and links.
    Run(Instrument),
    /// `index.html`: home, the two instruments.
    Main,
    /// `results.html`: history, comparison, export, import, shared results.
    Results,
    /// `embed-<instrument>.html`: one instrument inside another site's page. It shows
    /// every route itself (as that instrument) and never navigates away.
    Embed,
    /// `team.html`: a team's readings side by side; no route of its own, so
    /// its links all go to the other documents.
    Team,
    /// `guide.html`: the conversation guide made from a Fork quiz result in
    /// its address; like the team view, no route of its own.
    Guide,
    /// `card.html`: an image to post and a reminder to retake, made from the
    /// result in its address; no route of its own either.
    Card,
    /// `trends.html`: one's results over time, read from the saved document;
    /// like an embed, it shows every route itself (there is only the one).
    Trends,
}

impl Document {
    /// The address of the document relative to any other one in the build,
    /// from the page registry (`pages.json`). The folder itself (`./`) rather
    /// than `index.html` keeps the address people see clean. An embed never
    /// links to itself: its links go to the other documents.
    pub fn file(self) -> &'static str {
        match self {
            Document::Main if pages::MAIN_PAGE == "index.html" => "./",
            Document::Main | Document::Embed => pages::MAIN_PAGE,
            Document::Team => pages::TEAM_PAGE,
            Document::Guide => pages::GUIDE_PAGE,
            Document::Card => pages::CARD_PAGE,
            Document::Trends => pages::TRENDS_PAGE,
            Document::Results => pages::RESULTS_PAGE,
            Document::Run(instrument) => Self::run_page(instrument).unwrap_or(pages::MAIN_PAGE),
        }
    }

    /// The page of its own that runs `instrument`, if it has one.
    pub fn run_page(instrument: Instrument) -> Option<&'static str> {
        pages::run_page(instrument)
    }

    /// A number for the document, so the page can keep it in an atomic.
    pub fn code(self) -> u8 {
        match self {
            Document::Main => 0,
            Document::Results => 1,
            Document::Embed => 2,
            Document::Team => 3,
            Document::Guide => 4,
            Document::Card => 5,
            Document::Trends => 6,
            Document::Run(instrument) => {
                let index = Instrument::ALL.iter().position(|i| *i == instrument);
                16u8.saturating_add(index.and_then(|i| u8::try_from(i).ok()).unwrap_or(0))
            }
        }
    }

    /// The document `code` gives (`Main` for a number none gives).
    pub fn from_code(code: u8) -> Document {
        match code {
            1 => Document::Results,
            2 => Document::Embed,
            3 => Document::Team,
            4 => Document::Guide,
            5 => Document::Card,
            6 => Document::Trends,
            run @ 16.. => Instrument::ALL
                .get(usize::from(run - 16))
                .map_or(Document::Main, |i| Document::Run(*i)),
            _ => Document::Main,
        }
    }
}

/// The address of `instrument`'s own page from any other page, at its
/// intro or (with an id) one of its saved results; None if it has no page.
pub fn run_address(instrument: Instrument, saved: Option<&str>) -> Option<String> {
    let start = pages::run_start(instrument)?;
    Some(match saved {
        None => start.to_string(),
        Some(id) => format!("{start}/saved/{id}"),
    })
}

/// Whether `slug` may name a step: a question number (1 to 999, no leading
/// zero) or one of the named screens.
fn is_step_slug(slug: &str) -> bool {
    let number = !slug.is_empty()
        && slug.len() <= 3
        && !slug.starts_with('0')
        && slug.bytes().all(|b| b.is_ascii_digit());
    number || matches!(slug, "review" | "context" | "result")
}

/// The 0-based question index a step's address names: "4" is index 3.
/// One spelling per number: no leading zero, no sign.
pub fn question_index(slug: &str) -> Option<usize> {
    if slug.starts_with('0') || !slug.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    slug.parse::<usize>().ok()?.checked_sub(1)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    /// An instrument at any step: "#/quiz", "#/balance/4". Which steps it
    /// has is its own business: its page corrects an address naming one it
    /// does not have. Shown by its page of its own (`pages.json`'s `runs`)
    /// if it has one, else by the main page.
    Run(Instrument),
    /// One saved result of an instrument with a page of its own, by id:
    /// "#/balance/saved/<id>".
    Saved(Instrument, String),
    /// History, comparison, export, import and clearing.
    Data,
    /// A shared result; the payload is decoded (and rejected) by the page.
    Share(String),
    NotFound,
}

impl Route {
    /// The route for a location fragment, with or without its leading `#`.
    /// Anything unknown is `NotFound`, never an error.
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        let path = path.split(['?', '#']).next().unwrap_or_default();
        if let Some(payload) = path.strip_prefix("/share/") {
            return Route::Share(payload.to_string());
        }
        match path.trim_end_matches('/') {
            "" => Route::Home,
            "/data" => Route::Data,
            other => Self::of_instrument(other),
        }
    }

    /// "/<instrument>" or "/<instrument>/<step>" of any instrument, and
    /// "/<instrument>/saved/<id>" of one with a page of its own; else
    /// `NotFound`.
    fn of_instrument(path: &str) -> Route {
        let mut parts = path.strip_prefix('/').unwrap_or_default().splitn(3, '/');
        let instrument = parts.next().and_then(Instrument::from_id);
        match (instrument, parts.next(), parts.next()) {
            (Some(i), None, _) => Route::Run(i),
            (Some(i), Some(slug), None) if is_step_slug(slug) => Route::Run(i),
            (Some(i), Some("saved"), Some(id))
                if Document::run_page(i).is_some()
                    && !id.is_empty()
                    && !id.as_bytes().contains(&b'/') =>
            {
                Route::Saved(i, id.to_string())
            }
            _ => Route::NotFound,
        }
    }

    /// Whether a flow showing the step at `wanted` should write it into the
    /// address, which reads `now` and read `seen` when the flow rendered: not
    /// when it already names that step, and not when it has since moved to
    /// another route (a link followed while the render was finishing, which
    /// Yew may interrupt): that route replaces the flow, and writing over it
    /// would lose where the person went.
    pub fn step_address_due(now: &str, seen: &str, wanted: &str) -> bool {
        now != wanted && (now == seen || Route::from_hash(now) == Route::from_hash(wanted))
    }

    /// The step part of an instrument's address ("4" in "#/quiz/4"); empty
    /// when there is none.
    pub fn step_slug(hash: &str) -> &str {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let path = path.trim_end_matches('/');
        let after_instrument = path
            .strip_prefix('/')
            .and_then(|rest| rest.split_once('/'))
            .filter(|(first, _)| Instrument::from_id(first).is_some());
        after_instrument.map_or("", |(_, slug)| slug)
    }

    /// The document made for this route; none for "not found".
    fn home(&self) -> Option<Document> {
        match self {
            Route::Home => Some(Document::Main),
            Route::Run(instrument) | Route::Saved(instrument, _) => Some(
                Document::run_page(*instrument)
                    .map_or(Document::Main, |_| Document::Run(*instrument)),
            ),
            Route::Data | Route::Share(_) => Some(Document::Results),
            Route::NotFound => None,
        }
    }

    /// The document that shows this route when `current` is open. "Not
    /// found" is shown by any; an embed shows everything itself.
    pub fn document(&self, current: Document) -> Document {
        if matches!(current, Document::Embed | Document::Trends) {
            return current;
        }
        // A run page opens at its intro without a fragment, and opens the
        // links it gives (its own instrument's; the results page hands the
        // others on).
        if matches!(
            (self, current),
            (Route::Home | Route::Share(_), Document::Run(_))
        ) {
            return current;
        }
        self.home().unwrap_or(current)
    }

    /// The link to this route from a page of `current`: the bare fragment
    /// when the route is shown by the same document (no reload), otherwise
    /// the address of the document made for it (from an embed too, so a
    /// share link opens the results page) with the fragment.
    pub fn href_from(&self, current: Document) -> String {
        // A run page's share links are its own (`document`).
        let own_share = matches!((self, current), (Route::Share(_), Document::Run(_)));
        let target = if own_share {
            current
        } else {
            self.home().unwrap_or(current)
        };
        if target == current {
            self.href()
        } else {
            format!("{}{}", target.file(), self.href())
        }
    }

    /// The fragment to link to, e.g. `#/quiz`.
    pub fn href(&self) -> String {
        match self {
            Route::Home | Route::NotFound => "#/".into(),
            Route::Run(instrument) => format!("#/{}", instrument.id()),
            Route::Saved(instrument, id) => format!("#/{}/saved/{id}", instrument.id()),
            Route::Data => "#/data".into(),
            Route::Share(payload) => format!("#/share/{payload}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Document, Route};
    use crate::instrument::Instrument;

    #[test]
    fn a_flow_writes_its_step_unless_the_address_has_moved_on_to_another_route() {
        // The page's first address, bare or another step: corrected.
        assert!(Route::step_address_due("", "", "#/quiz/intro"));
        assert!(Route::step_address_due("#/quiz", "#/quiz", "#/quiz/2"));
        // A step on within the same instrument: written.
        assert!(Route::step_address_due("#/quiz/4", "#/quiz/3", "#/quiz/5"));
        // Already there: nothing to write.
        assert!(!Route::step_address_due("#/quiz/5", "#/quiz/4", "#/quiz/5"));
        // Between the render and its effect the person went elsewhere: the
        // new address stays, whatever instrument or page it names.
        assert!(!Route::step_address_due("#/path", "#/quiz", "#/quiz"));
        assert!(!Route::step_address_due("#/", "#/quiz/3", "#/quiz/3"));
        assert!(!Route::step_address_due("#/data", "#/path/2", "#/path/2"));
    }

    #[test]
    fn known_fragments_map_to_their_routes() {
        for hash in ["", "#", "#/", "/"] {
            assert_eq!(Route::from_hash(hash), Route::Home, "{hash:?}");
        }
        assert_eq!(Route::from_hash("#/quiz"), Route::Run(Instrument::Quiz));
        assert_eq!(Route::from_hash("#/quiz/"), Route::Run(Instrument::Quiz));
        assert_eq!(Route::from_hash("#/path?x=1"), Route::Run(Instrument::Path));
        assert_eq!(Route::from_hash("#/data"), Route::Data);
        assert_eq!(Route::from_hash("#/quiz/4"), Route::Run(Instrument::Quiz));
        assert_eq!(
            Route::from_hash("#/quiz/review"),
            Route::Run(Instrument::Quiz)
        );
        assert_eq!(
            Route::from_hash("#/path/context"),
            Route::Run(Instrument::Path)
        );
        assert_eq!(
            Route::from_hash("#/path/result"),
            Route::Run(Instrument::Path)
        );
        assert_eq!(Route::step_slug("#/quiz/4"), "4");
        assert_eq!(Route::step_slug("#/path/context/"), "context");
        assert_eq!(Route::step_slug("#/quiz"), "");
        assert_eq!(Route::step_slug("#/data"), "");
        assert_eq!(
            Route::from_hash("#/share/q1.123.abcd"),
            Route::Share("q1.123.abcd".into())
        );
        assert_eq!(Route::from_hash("#/share/"), Route::Share(String::new()));
    }

    #[test]
    fn unknown_or_hostile_fragments_are_not_found() {
        for hash in [
            "#/nope",
            "#main",
            "#/quiz/extra",
            "#/quiz/0",
            "#/quiz/1000",
            "#/quiz/4/5",
            "#javascript:alert(1)",
            "#/%00",
            "#//path",
            // Only an instrument with a page of its own keeps saved results
            // at an address.
            "#/quiz/saved/q-1",
        ] {
            assert_eq!(Route::from_hash(hash), Route::NotFound, "{hash:?}");
        }
    }

    #[test]
    fn every_route_links_to_itself() {
        for route in [
            Route::Home,
            Route::Run(Instrument::Quiz),
            Route::Run(Instrument::Path),
            Route::Data,
            Route::Share("p1.2.x".into()),
        ] {
            assert_eq!(Route::from_hash(&route.href()), route);
        }
    }

    #[test]
    fn an_instrument_with_a_page_of_its_own_is_run_there() {
        let balance = Document::Run(Instrument::Balance);
        assert_eq!(
            Route::from_hash("#/balance"),
            Route::Run(Instrument::Balance)
        );
        assert_eq!(Route::from_hash("#/stage/4"), Route::Run(Instrument::Stage));
        assert_eq!(
            Route::from_hash("#/stage/review"),
            Route::Run(Instrument::Stage)
        );
        assert_eq!(
            Route::from_hash("#/balance/saved/balance-17-3"),
            Route::Saved(Instrument::Balance, "balance-17-3".into())
        );
        for hash in [
            "#/balance/saved/",
            "#/balance/saved/a/b",
            "#/balance/0",
            "#/balance/x",
        ] {
            assert_eq!(Route::from_hash(hash), Route::NotFound, "{hash}");
        }
        assert_eq!(Route::step_slug("#/balance/12"), "12");
        assert_eq!(
            Route::Run(Instrument::Balance).href_from(Document::Main),
            "balance.html#/balance"
        );
        assert_eq!(
            Route::Run(Instrument::Balance).href_from(balance),
            "#/balance"
        );
        assert_eq!(Route::Run(Instrument::Path).href_from(balance), "./#/path");
        assert_eq!(Route::Home.document(balance), balance);
        assert_eq!(Route::Share("b1.x".into()).document(balance), balance);
        assert_eq!(
            Route::Share("b1.x".into()).href_from(balance),
            "#/share/b1.x"
        );
        assert_eq!(Route::Home.href_from(balance), "./#/");
        assert_eq!(Route::Data.document(balance), Document::Results);
        for document in [
            Document::Main,
            Document::Trends,
            balance,
            Document::Run(Instrument::Stage),
        ] {
            assert_eq!(Document::from_code(document.code()), document);
        }
    }

    #[test]
    fn other_pages_link_to_an_instruments_own_page() {
        assert_eq!(
            super::run_address(Instrument::Stage, None).as_deref(),
            Some("stage.html#/stage")
        );
        assert_eq!(
            super::run_address(Instrument::Balance, Some("b-1")).as_deref(),
            Some("balance.html#/balance/saved/b-1")
        );
        assert_eq!(super::run_address(Instrument::Quiz, None), None);
        // Any page's link to an instrument is its route's, whichever page
        // runs it (the home's cards link so).
        for instrument in Instrument::ALL {
            let link = Route::Run(instrument).href_from(Document::Main);
            match super::run_address(instrument, None) {
                Some(own_page) => assert_eq!(link, own_page),
                None => assert_eq!(link, format!("#/{}", instrument.id())),
            }
        }
    }

    #[test]
    fn links_stay_in_the_document_that_shows_the_route() {
        assert_eq!(
            Route::Run(Instrument::Quiz).href_from(Document::Main),
            "#/quiz"
        );
        assert_eq!(Route::Data.href_from(Document::Main), "results.html#/data");
        assert_eq!(Route::Data.href_from(Document::Results), "#/data");
        assert_eq!(Route::Home.href_from(Document::Results), "./#/");
        assert_eq!(
            Route::Share("q1.2.x".into()).href_from(Document::Main),
            "results.html#/share/q1.2.x"
        );
        assert_eq!(Route::Data.document(Document::Embed), Document::Embed);
        assert_eq!(
            Route::Share("q1.2.x".into()).href_from(Document::Embed),
            "results.html#/share/q1.2.x"
        );
        assert_eq!(Route::NotFound.href_from(Document::Embed), "#/");
        for current in [Document::Main, Document::Results] {
            assert_eq!(Route::NotFound.href_from(current), "#/");
            assert_eq!(Route::NotFound.document(current), current);
        }
    }
}
