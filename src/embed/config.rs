//! An embed's settings, from the query of `embed-quiz.html` or
//! `embed-path.html` (the page decides the instrument) that the loader
//! (`assets/embed.js`) writes from the host's `data-forkpoint-*` attributes.
//! Everything arrives from another site, so every value is checked against
//! an allow-list or a strict pattern; anything else is dropped, reported as a
//! `Rejected` (the browser side prints a console warning), and the default
//! applies. Accepted values are only ever used as text, as an `href` or as a
//! CSS custom property set through the CSSOM: never as markup or style text.

pub use crate::instrument::Instrument;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    /// Follows the visitor's system setting.
    #[default]
    Auto,
}

/// A colour from `#rrggbb`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Only exactly `#` and six hex digits.
    pub fn parse(text: &str) -> Option<Rgb> {
        let hex = text.strip_prefix('#')?;
        if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |at: usize| Some(char::from(*hex.as_bytes().get(at)?).to_digit(16)? as u8);
        let channel = |at: usize| Some(digit(at)? * 16 + digit(at + 1)?);
        Some(Rgb(channel(0)?, channel(2)?, channel(4)?))
    }

    /// `#rrggbb`, lower case: the only form ever written into the page.
    pub fn css(self) -> String {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut out = String::from("#");
        for channel in [self.0, self.1, self.2] {
            out.push(HEX[usize::from(channel >> 4)] as char);
            out.push(HEX[usize::from(channel & 15)] as char);
        }
        out
    }

    /// `self` moved `percent` of the way toward `other`, channel by channel.
    pub fn mix(self, other: Rgb, percent: u8) -> Rgb {
        let p = i32::from(percent.min(100));
        let channel = |a: u8, b: u8| {
            let (a, b) = (i32::from(a), i32::from(b));
            (a + (b - a) * p / 100) as u8
        };
        Rgb(
            channel(self.0, other.0),
            channel(self.1, other.1),
            channel(self.2, other.2),
        )
    }

    /// Relative luminance (WCAG 2).
    // The same formula as the browser's, through its `Math.pow` in the
    // wasm (Rust's `powf` brings 2 KB of libm to the embeds).
    fn luminance(self) -> f64 {
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                power((c + 0.055) / 1.055, 2.4)
            }
        };
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }

    /// The WCAG contrast ratio, 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// The colour nearest `self`, moving toward `toward` in 5% steps, that
    /// reads at 4.5:1 or better on every one of `backgrounds`: a host's
    /// accent is honoured as far as it stays readable.
    pub fn readable_on(self, backgrounds: &[Rgb], toward: Rgb) -> Rgb {
        (0..=20)
            .map(|step| self.mix(toward, step * 5))
            .find(|c| backgrounds.iter().all(|bg| c.contrast(*bg) >= 4.5))
            .unwrap_or(toward)
    }
}

/// The accent as the page uses it in each theme, from the host's colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AccentSet {
    pub light: Rgb,
    pub light_strong: Rgb,
    pub dark: Rgb,
    pub dark_strong: Rgb,
}

/// The surfaces accents sit on (see `styles/main.css`): white text on the
/// light accent, the dark background's colour on the dark one.
const LIGHT_SURFACES: [Rgb; 3] = [
    Rgb(0xff, 0xff, 0xff),
    Rgb(0xef, 0xef, 0xf0),
    Rgb(0xf6, 0xf6, 0xf3),
];
const DARK_SURFACES: [Rgb; 3] = [
    Rgb(0x11, 0x12, 0x16),
    Rgb(0x1b, 0x1d, 0x23),
    Rgb(0x25, 0x28, 0x31),
];
const BLACK: Rgb = Rgb(0, 0, 0);
const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);

impl AccentSet {
    pub fn from_host(accent: Rgb) -> AccentSet {
        let light = accent.readable_on(&LIGHT_SURFACES, BLACK);
        let dark = accent.readable_on(&DARK_SURFACES, WHITE);
        AccentSet {
            light,
            light_strong: light.mix(BLACK, 20),
            dark,
            dark_strong: dark.mix(WHITE, 25),
        }
    }
}

/// A call to action shown with results in one band.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cta {
    pub band: &'static str,
    pub url: String,
    /// The host's label; none for the catalog's default (`site.ui.embed_cta_default`).
    pub label: Option<String>,
}

/// The longest label and address accepted.
pub const MAX_LABEL_CHARS: usize = 80;
pub const MAX_URL_BYTES: usize = 2_000;
pub const MAX_ID_BYTES: usize = 64;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedConfig {
    pub instrument: Instrument,
    pub theme: Theme,
    pub accent: Option<Rgb>,
    /// Names this embed in every message, and keeps its saved answers apart.
    pub embed_id: String,
    /// The host page's origin: messages go there and nowhere else. Without
    /// one, no message is sent at all.
    pub parent_origin: Option<String>,
    /// In the instrument's band order.
    pub ctas: Vec<Cta>,
}

/// A setting that was dropped, and why, for the console warning.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejected {
    pub name: String,
    pub reason: &'static str,
}

impl EmbedConfig {
    /// The settings in the address's query, as `name`/`value` pairs
    /// decoded by the browser (`URLSearchParams`), for an embed of
    /// `instrument`, and every value that was refused.
    pub fn from_pairs(
        instrument: Instrument,
        pairs: &[(String, String)],
    ) -> (EmbedConfig, Vec<Rejected>) {
        let mut config = EmbedConfig {
            instrument,
            embed_id: "forkpoint".into(),
            ..EmbedConfig::default()
        };
        let mut rejected = Vec::new();
        let mut reject = |name: &str, reason| {
            rejected.push(Rejected {
                name: name.chars().take(40).collect(),
                reason,
            })
        };
        let mut urls: Vec<(&'static str, String)> = Vec::new();
        let mut labels: Vec<(&'static str, String)> = Vec::new();
        for (name, value) in pairs {
            let value = value.as_str();
            match name.as_str() {
                "theme" => match value {
                    "light" => config.theme = Theme::Light,
                    "dark" => config.theme = Theme::Dark,
                    "auto" => config.theme = Theme::Auto,
                    _ => reject(name, "is not light, dark or auto"),
                },
                "accent" => match Rgb::parse(value) {
                    Some(rgb) => config.accent = Some(rgb),
                    None => reject(name, "is not a #rrggbb colour"),
                },
                "id" if is_embed_id(value) => config.embed_id = value.to_string(),
                "id" => reject(name, "is not 1 to 64 letters, digits, - or _"),
                "origin" if is_origin(value) => config.parent_origin = Some(value.to_string()),
                // The language, read by `words_loader` before anything shows.
                "lang" if is_language_tag(value) => {}
                "lang" => reject(name, "is not a language tag such as en or de-CH"),
                "origin" => reject(name, "is not an http(s) origin"),
                _ => match cta_field(config.instrument, name) {
                    Some((band, CtaField::Url)) if is_https_url(value) => {
                        urls.push((band, value.to_string()))
                    }
                    Some((_, CtaField::Url)) => reject(name, "is not an https: address"),
                    Some((band, CtaField::Label)) if is_label(&visible(value)) => {
                        labels.push((band, visible(value)))
                    }
                    Some((_, CtaField::Label)) => reject(
                        name,
                        "is not plain text of up to 80 characters without < or >",
                    ),
                    None => reject(name, "is not a setting Forkpoint knows"),
                },
            }
        }
        for &band in config.instrument.bands() {
            if let Some((_, url)) = urls.iter().rev().find(|(b, _)| *b == band) {
                let label = labels
                    .iter()
                    .rev()
                    .find(|(b, _)| *b == band)
                    .map(|(_, l)| l.clone());
                config.ctas.push(Cta {
                    band,
                    url: url.clone(),
                    label,
                });
            }
        }
        (config, rejected)
    }

    /// The call to action for results in `band`, if the host gave one.
    pub fn cta_for(&self, band: &str) -> Option<&Cta> {
        self.ctas.iter().find(|cta| cta.band == band)
    }
}

enum CtaField {
    Url,
    Label,
}

/// `cta-<band>-url` or `cta-<band>-label`, for a band of `instrument`.
fn cta_field(instrument: Instrument, name: &str) -> Option<(&'static str, CtaField)> {
    let rest = name.strip_prefix("cta-")?;
    let (band, field) = if let Some(band) = rest.strip_suffix("-url") {
        (band, CtaField::Url)
    } else {
        (rest.strip_suffix("-label")?, CtaField::Label)
    };
    let band = *instrument.bands().iter().find(|id| **id == band)?;
    Some((band, field))
}

/// A BCP 47 language tag as far as the app needs: letters, digits and
/// hyphens, starting with a letter, at most 35 characters.
fn is_language_tag(value: &str) -> bool {
    value.len() <= 35
        && value.starts_with(|c: char| c.is_ascii_alphabetic())
        && value.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

fn is_embed_id(text: &str) -> bool {
    (1..=MAX_ID_BYTES).contains(&text.len())
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// `http(s)://host[:port]` with a lower-case host of letters, digits, dots and
/// dashes: nothing else, so it can only ever name an origin.
fn is_origin(text: &str) -> bool {
    let Some(rest) = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"))
    else {
        return false;
    };
    let (host, port) = rest.split_once(':').unwrap_or((rest, ""));
    let host_ok = !host.is_empty()
        && host.len() <= 253
        && host
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-');
    let port_ok = port.is_empty() || (port.len() <= 5 && port.bytes().all(|b| b.is_ascii_digit()));
    host_ok && port_ok && !(rest.ends_with(':'))
}

/// An `https:` address with a host and no spaces, quotes, angle brackets,
/// backslashes or control characters.
fn is_https_url(text: &str) -> bool {
    let Some(rest) = text.strip_prefix("https://") else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    text.len() <= MAX_URL_BYTES
        && !host.is_empty()
        && !host.starts_with(['.', ':', '@'])
        && text.chars().all(|c| {
            c.is_ascii_graphic()
                && !matches!(
                    c,
                    '"' | '\'' | '<' | '>' | '\\' | '`' | '{' | '}' | '|' | '^'
                )
        })
}

/// `text` without the characters that reorder or hide what it says
/// (bidirectional controls such as U+202E, zero-width and other invisible
/// characters), trimmed: a label must read as it looks.
fn visible(text: &str) -> String {
    let hidden = |c: char| {
        matches!(c,
            '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}'
            | '\u{17B5}' | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{3164}'
            | '\u{FEFF}' | '\u{FFA0}' | '\u{FFF0}'..='\u{FFFB}'
            | '\u{E0000}'..='\u{E007F}')
    };
    text.chars()
        .filter(|&c| !hidden(c))
        .collect::<String>()
        .trim()
        .to_string()
}

/// Text of up to 80 characters, not blank, without control characters or
/// angle brackets: a label is shown as text, and no real one needs markup.
fn is_label(text: &str) -> bool {
    let text = text.trim();
    !text.is_empty()
        && text.chars().nth(MAX_LABEL_CHARS).is_none()
        && !text.chars().any(|c| c.is_control() || c == '<' || c == '>')
}

/// `base` to the power `exponent`: the browser's `Math.pow` in the browser,
/// Rust's on the host (tests).
fn power(base: f64, exponent: f64) -> f64 {
    #[cfg(target_arch = "wasm32")]
    return js_sys::Math::pow(base, exponent);
    #[cfg(not(target_arch = "wasm32"))]
    return base.powf(exponent);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embed::query;

    fn parse(query: &str) -> (EmbedConfig, Vec<Rejected>) {
        let instrument = if query.contains("instrument=path") {
            Instrument::Path
        } else {
            Instrument::Quiz
        };
        let query = query
            .replace("instrument=path", "")
            .replace("instrument=quiz", "");
        EmbedConfig::from_pairs(instrument, &pairs(&query))
    }

    /// The pairs of `query` as `URLSearchParams` reads them (a value that
    /// is not UTF-8 once decoded reads with U+FFFD in its place).
    fn pairs(query: &str) -> Vec<(String, String)> {
        query::pairs(query)
            .into_iter()
            .map(|(name, value)| (name, value.unwrap_or_else(|| "\u{FFFD}".into())))
            .collect()
    }

    #[test]
    fn good_settings_are_read() {
        let (config, rejected) = parse(
            "?instrument=path&theme=dark&accent=%23A1b2C3&id=careers-1&origin=https%3A%2F%2Fjobs.example.com\
             &cta-mainly-leadership-url=https%3A%2F%2Fjobs.example.com%2Flead%3Fa%3D1\
             &cta-mainly-leadership-label=See+our+roles&cta-balanced-url=https%3A%2F%2Fexample.com%2F",
        );
        assert_eq!(rejected, vec![]);
        assert_eq!(config.instrument, Instrument::Path);
        assert_eq!(config.theme, Theme::Dark);
        assert_eq!(config.accent.map(Rgb::css).as_deref(), Some("#a1b2c3"));
        assert_eq!(config.embed_id, "careers-1");
        assert_eq!(
            config.parent_origin.as_deref(),
            Some("https://jobs.example.com")
        );
        assert_eq!(
            config.ctas,
            vec![
                Cta {
                    band: "mainly-leadership",
                    url: "https://jobs.example.com/lead?a=1".into(),
                    label: Some("See our roles".into())
                },
                Cta {
                    band: "balanced",
                    url: "https://example.com/".into(),
                    label: None
                },
            ]
        );
        assert_eq!(
            config.cta_for("balanced").map(|c| c.url.as_str()),
            Some("https://example.com/")
        );
    }

    #[test]
    fn every_instrument_takes_calls_to_action_for_its_own_bands_only() {
        for instrument in Instrument::ALL {
            for band in instrument.bands() {
                let query = format!(
                    "?cta-{band}-url=https%3A%2F%2Fjobs.example.com%2F&cta-{band}-label=Roles"
                );
                let (config, rejected) = EmbedConfig::from_pairs(instrument, &pairs(&query));
                assert_eq!(rejected, vec![], "{instrument:?} {band}");
                assert_eq!(
                    config
                        .cta_for(band)
                        .map(|c| (c.url.as_str(), c.label.as_deref())),
                    Some(("https://jobs.example.com/", Some("Roles"))),
                    "{instrument:?} {band}"
                );
            }
            let foreign = Instrument::ALL
                .iter()
                .flat_map(|other| other.bands())
                .filter(|band| !instrument.bands().contains(band));
            for band in foreign {
                let query = format!("?cta-{band}-url=https%3A%2F%2Fjobs.example.com%2F");
                let (config, rejected) = EmbedConfig::from_pairs(instrument, &pairs(&query));
                assert!(config.ctas.is_empty(), "{instrument:?} took {band}");
                assert_eq!(rejected.len(), 1, "{instrument:?} refuses {band} aloud");
            }
        }
    }

    #[test]
    fn nothing_gives_the_defaults() {
        let (config, rejected) = parse("");
        assert_eq!(rejected, vec![]);
        assert_eq!(config.instrument, Instrument::Quiz);
        assert_eq!(config.theme, Theme::Auto);
        assert_eq!(config.accent, None);
        assert_eq!(config.parent_origin, None);
        assert!(config.ctas.is_empty());
    }

    /// The hostile values of issue 6, through every setting.
    const HOSTILE: [&str; 3] = [
        "red;background:url(http://127.0.0.1:9/x)",
        "\"><img src=x onerror=alert(1)>",
        "javascript:alert(1)",
    ];

    #[test]
    fn hostile_values_are_refused_and_change_nothing() {
        for hostile in HOSTILE {
            let encoded: String = hostile.bytes().map(|b| format!("%{b:02X}")).collect();
            for name in [
                "theme",
                "accent",
                "id",
                "origin",
                "cta-strong-maker-url",
                "cta-nope-url",
                "unknown",
            ] {
                let (config, rejected) = parse(&format!("{name}={encoded}"));
                assert_eq!(rejected.len(), 1, "{name}={hostile}");
                assert_eq!(rejected[0].name, name);
                let defaults = parse("").0;
                assert_eq!(config, defaults, "{name}={hostile}");
            }
            // A label is only ever text; one with markup characters is refused.
            let url = "cta-balanced-url=https%3A%2F%2Fexample.com";
            let (config, rejected) = parse(&format!("{url}&cta-balanced-label={encoded}"));
            if hostile.contains('<') {
                assert_eq!(rejected.len(), 1);
                assert_eq!(config.ctas[0].label, None);
            } else {
                assert_eq!(config.ctas[0].label.as_deref(), Some(hostile));
            }
        }
    }

    #[test]
    fn a_label_loses_the_characters_that_reorder_or_hide_it() {
        // Issue "Never lose an answer", failure 9: U+202E turned
        // "Sign in" into something else, zero-width characters hid words.
        let url = "cta-balanced-url=https%3A%2F%2Fexample.com";
        for (encoded, shown) in [
            ("%E2%80%AEni+ngiS", "ni ngiS"),
            ("Sign%E2%80%8B+in%E2%81%A0%EF%BB%BF", "Sign in"),
            ("%E2%81%A7Apply%E2%81%A9+now%C2%AD", "Apply now"),
        ] {
            let (config, _) = parse(&format!("{url}&cta-balanced-label={encoded}"));
            assert_eq!(config.ctas[0].label.as_deref(), Some(shown), "{encoded}");
        }
        // Nothing left to read: the default label, and a warning.
        let (config, rejected) = parse(&format!("{url}&cta-balanced-label=%E2%80%AE%E2%80%8B"));
        assert_eq!(config.ctas[0].label, None);
        assert_eq!(rejected.len(), 1);
    }

    #[test]
    fn a_label_is_plain_text_and_anything_else_is_refused() {
        let url = "cta-balanced-url=https%3A%2F%2Fexample.com";
        let (config, _) = parse(&format!(
            "{url}&cta-balanced-label=Read+%22how%22+others+chose%E2%80%A6"
        ));
        assert_eq!(
            config.ctas[0].label.as_deref(),
            Some("Read \"how\" others chose…")
        );
        let (config, rejected) = parse(&format!(
            "{url}&cta-balanced-label=%22%3E%3Cimg%20src%3Dx%3E"
        ));
        assert_eq!(config.ctas[0].label, None);
        assert_eq!(rejected.len(), 1);
        let long = "a".repeat(81);
        let (config, rejected) = parse(&format!("{url}&cta-balanced-label={long}"));
        assert_eq!(config.ctas[0].label, None);
        assert_eq!(rejected.len(), 1);
        let (_, rejected) = parse(&format!("{url}&cta-balanced-label=a%0Ab"));
        assert_eq!(rejected.len(), 1);
    }

    #[test]
    fn only_https_addresses_with_a_host_are_calls_to_action() {
        for bad in [
            "http://example.com",
            "https://",
            "https:///x",
            "https://exa mple.com",
            "https://example.com/\"x",
            "https://example.com/<x>",
            "HTTPS://example.com",
            "//example.com",
            "data:text/html,x",
        ] {
            assert!(!is_https_url(bad), "{bad}");
        }
        assert!(is_https_url("https://jobs.example.com/a/b?c=d#e"));
    }

    #[test]
    fn only_plain_origins_are_accepted() {
        for good in [
            "https://a.example",
            "http://127.0.0.1:8080",
            "https://x-y.z:443",
        ] {
            assert!(is_origin(good), "{good}");
        }
        for bad in [
            "https://a.example/",
            "https://A.example",
            "https://a.example:",
            "https://a.example:99999999",
            "https://user@a.example",
            "javascript:alert(1)",
            "*",
            "null",
        ] {
            assert!(!is_origin(bad), "{bad}");
        }
    }

    #[test]
    fn bands_belong_to_the_instrument() {
        let (config, rejected) =
            parse("instrument=quiz&cta-mainly-management-url=https%3A%2F%2Fx.example");
        assert!(config.ctas.is_empty());
        assert_eq!(rejected.len(), 1);
        let (config, _) = parse("cta-strong-maker-url=https%3A%2F%2Fx.example");
        assert_eq!(config.ctas.len(), 1);
    }

    #[test]
    fn colours_are_exactly_six_hex_digits() {
        assert_eq!(Rgb::parse("#3a3fb8"), Some(Rgb(0x3a, 0x3f, 0xb8)));
        for bad in [
            "3a3fb8", "#3a3fb", "#3a3fb8f", "#ggg000", "#3a3fb8;", " #3a3fb8", "#é3fb8",
        ] {
            assert_eq!(Rgb::parse(bad), None, "{bad}");
        }
        assert_eq!(Rgb(200, 100, 4).mix(Rgb(0, 0, 0), 25), Rgb(150, 75, 3));
    }

    #[test]
    fn any_host_accent_is_made_readable_in_both_themes() {
        let mut rng = crate::test_rng::TestRng::new(5);
        for _ in 0..2_000 {
            let pick = |rng: &mut crate::test_rng::TestRng| rng.below(256) as u8;
            let host = Rgb(pick(&mut rng), pick(&mut rng), pick(&mut rng));
            let set = AccentSet::from_host(host);
            for bg in LIGHT_SURFACES {
                assert!(set.light.contrast(bg) >= 4.5, "{host:?} light on {bg:?}");
                assert!(set.light_strong.contrast(bg) >= 4.5, "{host:?}");
            }
            for bg in DARK_SURFACES {
                assert!(set.dark.contrast(bg) >= 4.5, "{host:?} dark on {bg:?}");
                assert!(set.dark_strong.contrast(bg) >= 4.5, "{host:?}");
            }
        }
        // A readable accent is kept as it is.
        assert_eq!(
            AccentSet::from_host(Rgb(0x3a, 0x3f, 0xb8)).light,
            Rgb(0x3a, 0x3f, 0xb8)
        );
        assert!((Rgb(0, 0, 0).contrast(Rgb(255, 255, 255)) - 21.0).abs() < 1e-9);
    }
}
