//! The app's routes, read from the URL fragment ("#/quiz"), so a deep link
//! works from any static host without rewrite rules. Pure: the browser side
//! lives in `crate::router`.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Quiz,
    Path,
    NotFound,
}

impl Route {
    /// The route for a location fragment, with or without its leading `#`.
    /// Anything unknown is `NotFound`, never an error.
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        let path = path.split(['?', '#']).next().unwrap_or_default();
        match path.trim_end_matches('/') {
            "" => Route::Home,
            "/quiz" => Route::Quiz,
            "/path" => Route::Path,
            _ => Route::NotFound,
        }
    }

    /// The fragment to link to, e.g. `#/quiz`.
    pub fn href(self) -> &'static str {
        match self {
            Route::Home | Route::NotFound => "#/",
            Route::Quiz => "#/quiz",
            Route::Path => "#/path",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Route;

    #[test]
    fn known_fragments_map_to_their_routes() {
        for hash in ["", "#", "#/", "/"] {
            assert_eq!(Route::from_hash(hash), Route::Home, "{hash:?}");
        }
        assert_eq!(Route::from_hash("#/quiz"), Route::Quiz);
        assert_eq!(Route::from_hash("#/quiz/"), Route::Quiz);
        assert_eq!(Route::from_hash("#/path?x=1"), Route::Path);
    }

    #[test]
    fn unknown_or_hostile_fragments_are_not_found() {
        for hash in ["#/nope", "#main", "#/quiz/extra", "#javascript:alert(1)", "#/%00", "#//path"] {
            assert_eq!(Route::from_hash(hash), Route::NotFound, "{hash:?}");
        }
    }

    #[test]
    fn every_route_links_to_itself() {
        for route in [Route::Home, Route::Quiz, Route::Path] {
            assert_eq!(Route::from_hash(route.href()), route);
        }
    }
}
