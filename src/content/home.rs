//! The home screen: what Forkpoint is, and the instruments it offers.

use super::words::Word;
use crate::content::words::keys;
pub use crate::instrument::Instrument;
use crate::intl::whole_number;

/// What the home screen says about one instrument: keys of its words
/// (`home.instruments.<id>.*`; the effort line, which intros show too, `site.effort.<id>`) and how long it takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InstrumentSummary {
    pub id: Instrument,
    pub eyebrow: Word,
    pub name: Word,
    pub question: Word,
    pub description: Word,
    pub for_whom: Word,
    pub start_label: Word,
    effort: Word,
}

impl InstrumentSummary {
    /// The short line under the card title, e.g. "25 statements · about 5 minutes".
    pub fn effort(&self) -> String {
        let locale = crate::content::words::locale();
        self.effort.with(&[
            ("count", &whole_number(&locale, self.id.questions() as i64)),
            (
                "minutes",
                &whole_number(&locale, i64::from(self.id.minutes())),
            ),
        ])
    }

    /// The summary of one instrument.
    pub fn of(id: Instrument) -> InstrumentSummary {
        INSTRUMENTS
            .into_iter()
            .find(|summary| summary.id == id)
            .unwrap_or(INSTRUMENTS[0])
    }
}

pub const TITLE: Word = keys::HOME_TITLE;
/// Two sentences: what Forkpoint is and what it does for you.
pub const LEAD: Word = keys::HOME_LEAD;
pub const INSTRUMENTS_HEADING: Word = keys::HOME_INSTRUMENTS_HEADING;
pub const PRIVACY_HEADING: Word = keys::HOME_PRIVACY_HEADING;
pub const PRIVACY_BODY: Word = keys::HOME_PRIVACY_BODY;

include!(concat!(env!("OUT_DIR"), "/cards.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lead_is_two_sentences() {
        let lead = LEAD.text();
        let sentences = lead.split(". ").count();
        assert_eq!(
            sentences, 2,
            "the home lead should be exactly two sentences: {lead}"
        );
        assert!(lead.ends_with('.'));
    }

    #[test]
    fn home_offers_both_instruments_with_their_effort() {
        let ids: Vec<_> = INSTRUMENTS.iter().map(|i| i.id).collect();
        assert_eq!(ids, Instrument::ALL.to_vec());
        for instrument in INSTRUMENTS {
            assert!(!instrument.name.text().is_empty() && !instrument.question.text().is_empty());
            assert!(instrument.id.questions() > 0 && instrument.id.minutes() > 0);
            assert!(instrument.effort().contains("minutes"));
        }
    }

    #[test]
    fn home_promises_answers_stay_on_device() {
        assert!(PRIVACY_HEADING.text().contains("never leave this device"));
    }
}
