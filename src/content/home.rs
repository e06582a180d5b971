//! The home screen: what Forkpoint is, and the instruments it offers.

/// The instruments a person can start from the home screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InstrumentId {
    /// Maker or Multiplier: execution track or management track.
    ForkQuiz,
    /// Is the path clear: does this moment call for management or leadership.
    PathDiagnostic,
}

/// What the home screen says about one instrument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InstrumentSummary {
    pub id: InstrumentId,
    pub eyebrow: &'static str,
    pub name: &'static str,
    pub question: &'static str,
    pub description: &'static str,
    pub for_whom: &'static str,
    pub minutes: u8,
    pub start_label: &'static str,
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
        format!(
            "{} {} · about {} minutes",
            self.questions(),
            self.item_word(),
            self.minutes
        )
    }

    fn item_word(&self) -> &'static str {
        match self.id {
            InstrumentId::ForkQuiz => "statements",
            InstrumentId::PathDiagnostic => "questions",
        }
    }
}

pub const TITLE: &str = "Keep doing the work, or make sure it gets done?";
/// Two sentences: what Forkpoint is and what it does for you.
pub const LEAD: &str = "Forkpoint helps you at the fork between the execution track (senior, staff, principal) and the management track. Two short instruments turn your honest answers into a clear reading, with the reasons behind it and concrete next steps.";
pub const INSTRUMENTS_HEADING: &str = "Choose an instrument";
pub const PRIVACY_HEADING: &str = "Your answers never leave this device";
pub const PRIVACY_BODY: &str = "Forkpoint runs entirely in your browser. There is no server to send anything to: your answers are kept on this device only, and you can delete them whenever you like.";

pub const INSTRUMENTS: [InstrumentSummary; 2] = [
    InstrumentSummary {
        id: InstrumentId::ForkQuiz,
        eyebrow: "For your own career",
        name: "The Fork quiz",
        question: "Maker or Multiplier?",
        description: "Find out whether your energy, impact, growth, values and lifestyle point to the execution track or the management track, how sure the reading is, and what to try next.",
        for_whom: "For anyone weighing a move into management, or wondering whether to stay hands-on.",
        minutes: 5,
        start_label: "Start the Fork quiz",
    },
    InstrumentSummary {
        id: InstrumentId::PathDiagnostic,
        eyebrow: "For the situation you lead",
        name: "The path diagnostic",
        question: "Is the path clear?",
        description: "Five questions about your team and its challenge give the blend of management and leadership this moment calls for, compared with what your context usually needs.",
        for_whom: "For anyone leading a team, a project or a turnaround.",
        minutes: 2,
        start_label: "Start the path diagnostic",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lead_is_two_sentences() {
        let sentences = LEAD.split(". ").count();
        assert_eq!(
            sentences, 2,
            "the home lead should be exactly two sentences: {LEAD}"
        );
        assert!(LEAD.ends_with('.'));
    }

    #[test]
    fn home_offers_both_instruments_with_their_effort() {
        let ids: Vec<_> = INSTRUMENTS.iter().map(|i| i.id).collect();
        assert_eq!(
            ids,
            vec![InstrumentId::ForkQuiz, InstrumentId::PathDiagnostic]
        );
        for instrument in INSTRUMENTS {
            assert!(!instrument.name.is_empty() && !instrument.question.is_empty());
            assert!(instrument.questions() > 0 && instrument.minutes > 0);
            assert!(instrument.effort().contains("minutes"));
        }
    }

    #[test]
    fn home_promises_answers_stay_on_device() {
        assert!(PRIVACY_HEADING.contains("never leave this device"));
    }
}
