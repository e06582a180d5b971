//! The instruments Forkpoint has, made by `build.rs` from
//! `content/instruments/<id>.json`: each one's id, result bands, number of
//! questions and minutes, written once in its definition. Everything that
//! is keyed by instrument (saved results, embeds, the home screen) uses
//! `Instrument`, a reference to its definition, so an instrument is data:
//! one defined elsewhere (a test's) is keyed the same way.

use crate::content::words::Word;

include!(concat!(env!("OUT_DIR"), "/instruments.rs"));

/// An instrument: which definition it is. Two are the same instrument when
/// they are the same definition.
#[derive(Clone, Copy)]
pub struct Instrument(&'static Definition);

/// What an instrument's definition says of it.
pub struct Definition {
    /// Stored in every saved result and named in embed settings: never renamed.
    pub id: &'static str,
    /// The result bands' ids, lowest score first: in embed settings and events.
    pub bands: &'static [&'static str],
    /// How many questions (or statements) it asks.
    pub questions: usize,
    /// About how long it takes, in minutes.
    pub minutes: u8,
    /// The letter its share links start with.
    pub share_kind: u8,
    /// The pages beyond the image and the reminder (`card.html`) that take
    /// one's own result further.
    pub result_pages: &'static [ResultPage],
    /// The instrument a result in each of these bands invites one to take next.
    pub invites: &'static [(&'static str, Instrument)],
    /// The line under its trend: what the chart's lines measure.
    pub trend_caption: Word,
    /// Whether the team view compares several people's results of it.
    pub team_view: bool,
    /// Its short name in lists of results, e.g. "Fork quiz".
    pub name: Word,
    /// What a reminder to take it again says ("Take the Fork quiz again").
    pub again: Word,
}

/// A page a result can be taken further on (`resultPages`), besides the
/// image and the reminder (`card.html`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResultPage {
    /// The conversation guide (`guide.html`).
    Guide,
}

impl PartialEq for Instrument {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Eq for Instrument {}

impl std::fmt::Debug for Instrument {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.id)
    }
}

impl Instrument {
    /// The instrument `definition` describes (one of `ALL`'s, or a test's).
    pub const fn of(definition: &'static Definition) -> Instrument {
        Instrument(definition)
    }
    pub fn id(self) -> &'static str {
        self.0.id
    }
    pub fn bands(self) -> &'static [&'static str] {
        self.0.bands
    }
    pub fn questions(self) -> usize {
        self.0.questions
    }
    pub fn minutes(self) -> u8 {
        self.0.minutes
    }
    pub fn share_kind(self) -> u8 {
        self.0.share_kind
    }
    pub fn result_pages(self) -> &'static [ResultPage] {
        self.0.result_pages
    }
    /// The instrument a result in `band` invites one to take next, if any.
    pub fn invites(self, band: &str) -> Option<Instrument> {
        let invited = self.0.invites.iter().find(|(of, _)| *of == band);
        invited.map(|(_, next)| *next)
    }
    pub fn trend_caption(self) -> Word {
        self.0.trend_caption
    }
    pub fn team_view(self) -> bool {
        self.0.team_view
    }
    pub fn name(self) -> Word {
        self.0.name
    }

    /// What a reminder to take it again says.
    pub fn again(self) -> Word {
        self.0.again
    }
}

/// Where the idea behind a statement, a piece of advice or a definition's
/// part comes from, so every word can be traced back to the seeds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// The seed file's number, "000" to "004".
    pub seed: &'static str,
    /// The idea within that seed, in our words.
    pub idea: &'static str,
}

#[cfg(test)]
impl Source {
    /// Fails unless this names one of the seeds and an idea in it (a few
    /// words at least); `of` says whose source it is.
    pub fn assert_named(self, of: &str) {
        assert!(
            ["000", "001", "002", "003", "004"].contains(&self.seed),
            "{of}: seed {}",
            self.seed
        );
        assert!(self.idea.split_whitespace().count() >= 2, "{of}: idea");
    }
}

/// A result band's id (in embed settings and events: never renamed) and
/// its words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BandWords {
    pub id: &'static str,
    pub title: crate::content::words::Word,
    pub summary: crate::content::words::Word,
}

/// The first the home screen offers: an embed's when nothing names one.
impl Default for Instrument {
    fn default() -> Self {
        Instrument::ALL[0]
    }
}

impl Instrument {
    pub fn from_id(id: &str) -> Option<Instrument> {
        Instrument::ALL
            .into_iter()
            .find(|instrument| instrument.id() == id)
    }
}

#[cfg(test)]
mod tests {
    use super::Instrument;

    #[test]
    fn ids_read_back_and_the_home_order_is_the_definitions() {
        // The home page's two first, then the two with pages of their own,
        // each pair one for one's own career and one for the situation one
        // leads (the home page's grid puts each audience in a column).
        assert_eq!(
            Instrument::ALL,
            [
                Instrument::Quiz,
                Instrument::Path,
                Instrument::Stage,
                Instrument::Balance
            ]
        );
        for instrument in Instrument::ALL {
            assert_eq!(Instrument::from_id(instrument.id()), Some(instrument));
            assert!(instrument.minutes() > 0);
        }
        assert_eq!(Instrument::from_id("nope"), None);
        let kinds: Vec<u8> = Instrument::ALL.iter().map(|i| i.share_kind()).collect();
        assert_eq!(kinds, b"qpsb", "each its own letter, as its links have it");
    }

    #[test]
    fn multiplier_results_invite_the_stage_readiness_and_nothing_else_invites() {
        for band in Instrument::Quiz.bands() {
            let expected = band.ends_with("multiplier").then_some(Instrument::Stage);
            assert_eq!(Instrument::Quiz.invites(band), expected, "{band}");
        }
        for instrument in [Instrument::Path, Instrument::Stage, Instrument::Balance] {
            for band in instrument.bands() {
                assert_eq!(instrument.invites(band), None, "{band}");
            }
        }
        assert_eq!(Instrument::Quiz.invites("nope"), None);
    }

    #[test]
    fn bands_and_lengths_are_the_models_own() {
        let quiz: Vec<&str> = crate::quiz::Band::ALL.iter().map(|b| b.id()).collect();
        let path: Vec<&str> = crate::path::PathBand::ALL.iter().map(|b| b.id()).collect();
        assert_eq!(Instrument::Quiz.bands(), quiz.as_slice());
        assert_eq!(Instrument::Path.bands(), path.as_slice());
        assert_eq!(Instrument::Quiz.questions(), crate::quiz::ITEMS.len());
        assert_eq!(Instrument::Path.questions(), crate::path::QUESTIONS.len());
        assert_eq!(
            Instrument::Balance.questions(),
            crate::balance::BALANCE.items.len()
        );
        let stage = crate::stage::questions_for(&crate::stage::STAGE, 0).len() + 1;
        assert_eq!(Instrument::Stage.questions(), stage);
        let balance: Vec<&str> = crate::balance::BALANCE.bands.iter().map(|b| b.id).collect();
        let stage: Vec<&str> = crate::stage::STAGE.bands.iter().map(|b| b.id).collect();
        assert_eq!(Instrument::Balance.bands(), balance.as_slice());
        assert_eq!(Instrument::Stage.bands(), stage.as_slice());
    }
}
