//! The home screen: what Forkpoint is, and the instruments it offers.

use super::words::Word;
use crate::content::words::keys;
use crate::intl::whole_number;

/// The instruments a person can start from the home screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InstrumentId {
    /// Maker or Multiplier: execution track or management track.
    ForkQuiz,
    /// Is the path clear: does this moment call for management or leadership.
    PathDiagnostic,
}

/// What the home screen says about one instrument: keys of its words
/// (`home.instruments.<id>.*`; the effort line, which intros show too, `site.effort.<id>`) and how long it takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InstrumentSummary {
    pub id: InstrumentId,
    pub eyebrow: Word,
    pub name: Word,
    pub question: Word,
    pub description: Word,
    pub for_whom: Word,
    pub minutes: u8,
    pub start_label: Word,
    effort: Word,
}

impl InstrumentSummary {
    /// How many questions it asks, counted from the instrument's own content.
    pub fn questions(&self) -> usize {
        match self.id {
            InstrumentId::ForkQuiz => crate::quiz::ITEMS.len(),
            InstrumentId::PathDiagnostic => crate::path::QUESTIONS.len(),
        }
    }

    /// The short line under the card title, e.g. "25 statements · about 5 minutes".
    pub fn effort(&self) -> String {
        let locale = crate::content::words::locale();
        self.effort.with(&[
            ("count", &whole_number(&locale, self.questions() as i64)),
            ("minutes", &whole_number(&locale, i64::from(self.minutes))),
        ])
    }

    /// The summary of one instrument.
    pub fn of(id: InstrumentId) -> InstrumentSummary {
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

pub const INSTRUMENTS: [InstrumentSummary; 2] = [
    InstrumentSummary {
        id: InstrumentId::ForkQuiz,
        eyebrow: keys::HOME_INSTRUMENTS_QUIZ_EYEBROW,
        name: keys::HOME_INSTRUMENTS_QUIZ_NAME,
        question: keys::HOME_INSTRUMENTS_QUIZ_QUESTION,
        description: keys::HOME_INSTRUMENTS_QUIZ_DESCRIPTION,
        for_whom: keys::HOME_INSTRUMENTS_QUIZ_FOR_WHOM,
        minutes: 5,
        start_label: keys::HOME_INSTRUMENTS_QUIZ_START_LABEL,
        effort: keys::SITE_EFFORT_QUIZ,
    },
    InstrumentSummary {
        id: InstrumentId::PathDiagnostic,
        eyebrow: keys::HOME_INSTRUMENTS_PATH_EYEBROW,
        name: keys::HOME_INSTRUMENTS_PATH_NAME,
        question: keys::HOME_INSTRUMENTS_PATH_QUESTION,
        description: keys::HOME_INSTRUMENTS_PATH_DESCRIPTION,
        for_whom: keys::HOME_INSTRUMENTS_PATH_FOR_WHOM,
        minutes: 2,
        start_label: keys::HOME_INSTRUMENTS_PATH_START_LABEL,
        effort: keys::SITE_EFFORT_PATH,
    },
];

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
        assert_eq!(
            ids,
            vec![InstrumentId::ForkQuiz, InstrumentId::PathDiagnostic]
        );
        for instrument in INSTRUMENTS {
            assert!(!instrument.name.text().is_empty() && !instrument.question.text().is_empty());
            assert!(instrument.questions() > 0 && instrument.minutes > 0);
            assert!(instrument.effort().contains("minutes"));
        }
    }

    #[test]
    fn home_promises_answers_stay_on_device() {
        assert!(PRIVACY_HEADING.text().contains("never leave this device"));
    }
}
