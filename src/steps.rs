//! The steps of every instrument's run (intro, questions, the closing step,
//! result) and the rules for moving between them, written once: an
//! instrument supplies how many questions it asks and which are answered.
//! Steps restored from storage or links may be out of range; every rule
//! copes with that.

/// Which screen of a run is showing. (The stored document names steps as
/// `state::codec_write` does; there is no second shape.)
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Step {
    #[default]
    Intro,
    /// Index into the instrument's questions.
    Question(usize),
    /// Between the last question and the result: the Fork quiz's review of
    /// every answer, the path diagnostic's questions about the context.
    Closing,
    Result,
}

impl Step {
    /// Whether this step's screen shows words that come with its page's
    /// later words: the result's always; with `questions_later` (an
    /// instrument whose questions after the first come later, so that a
    /// first load carries only the first), every question after the first
    /// and the closing step too.
    pub fn shows_later_words(self, questions_later: bool) -> bool {
        match self {
            Step::Intro => false,
            Step::Question(index) => questions_later && index > 0,
            Step::Closing => questions_later,
            Step::Result => true,
        }
    }

    /// The step's part of the address, after the instrument's own: "" for
    /// the intro, "4" for the fourth question, `closing` (the instrument's
    /// name for that step), "result".
    pub fn slug(self, closing: &str) -> String {
        match self {
            Step::Intro => String::new(),
            Step::Question(index) => index.saturating_add(1).to_string(),
            Step::Closing => closing.into(),
            Step::Result => "result".into(),
        }
    }

    /// The step named by `slug` (`closing` names the closing step); `None`
    /// for anything else.
    pub fn from_slug(slug: &str, closing: &str) -> Option<Step> {
        match slug {
            "" => Some(Step::Intro),
            "result" => Some(Step::Result),
            _ if slug == closing => Some(Step::Closing),
            number => crate::route::question_index(number).map(Step::Question),
        }
    }
}

/// What the step rules need to know of a run's answers.
#[derive(Clone, Copy, Debug)]
pub struct Answered {
    /// How many questions the instrument asks.
    pub questions: usize,
    /// The first question without an answer, if any.
    pub first_missing: Option<usize>,
    /// Whether the question on screen (if the step is one) is answered.
    pub on_screen: bool,
}

impl Answered {
    /// Reads `is_answered` (by question index) once per question, up to the
    /// first unanswered one, and once for the question at `step`.
    pub fn of(questions: usize, step: Step, is_answered: impl Fn(usize) -> bool) -> Answered {
        Answered {
            questions,
            first_missing: (0..questions).find(|index| !is_answered(*index)),
            on_screen: matches!(step, Step::Question(index) if index < questions && is_answered(index)),
        }
    }

    pub fn all(self) -> bool {
        self.first_missing.is_none()
    }

    /// A question index past the end (old storage, a shorter instrument)
    /// becomes the last question, so the person lands somewhere sensible.
    pub fn in_range(self, step: Step) -> Step {
        match step {
            Step::Question(index) => match self.questions.checked_sub(1) {
                Some(last) => Step::Question(index.min(last)),
                None => Step::Intro,
            },
            other => other,
        }
    }

    /// Start: the first unanswered question, or the closing step.
    pub fn resume(self) -> Step {
        self.first_missing.map_or(Step::Closing, Step::Question)
    }

    /// Finish: the result, or the first unanswered question if one is left.
    pub fn finish(self) -> Step {
        self.first_missing.map_or(Step::Result, Step::Question)
    }

    /// Next from `step` (the step these answers were read at): from the
    /// intro (or a question out of range) as Start; from an answered question
    /// to the next (the closing step after the last); from the closing step
    /// as Finish; an unanswered question and the result stay.
    pub fn next(self, step: Step) -> Step {
        match step {
            Step::Intro => self.resume(),
            Step::Question(index) if index >= self.questions => self.resume(),
            Step::Question(_) if !self.on_screen => step,
            Step::Question(index) if index.saturating_add(1) < self.questions => {
                Step::Question(index.saturating_add(1))
            }
            Step::Question(_) => Step::Closing,
            Step::Closing => self.finish(),
            Step::Result => Step::Result,
        }
    }

    /// Back: one question back (the first goes to the intro), the closing
    /// step to the last question, the result to the closing step.
    pub fn back(self, step: Step) -> Step {
        let last = self.questions.saturating_sub(1);
        match step {
            Step::Intro | Step::Question(0) => Step::Intro,
            Step::Question(index) => Step::Question(index.min(self.questions).saturating_sub(1)),
            Step::Closing => Step::Question(last),
            Step::Result => Step::Closing,
        }
    }

    /// Whether `step` has been reached (the browser's Back and Forward go
    /// only there): a question once every one before it is answered, the
    /// closing step and the result once all are.
    pub fn can_show(self, step: Step) -> bool {
        match step {
            Step::Intro => true,
            Step::Question(index) => {
                index < self.questions && self.first_missing.is_none_or(|first| index <= first)
            }
            Step::Closing | Step::Result => self.all(),
        }
    }

    /// `step` if it has been reached, else `current`.
    pub fn show(self, step: Step, current: Step) -> Step {
        if self.can_show(step) {
            step
        } else {
            current
        }
    }

    /// Where `go` leads from `current` (the step these answers were read at).
    pub fn go(self, go: Go, current: Step) -> Step {
        match go {
            Go::Start => self.resume(),
            Go::Next => self.next(current),
            Go::Back => self.back(current),
            Go::To(index) => match current {
                Step::Question(_) | Step::Closing | Step::Result if index < self.questions => {
                    Step::Question(index)
                }
                other => other,
            },
            Go::Closing => Step::Closing,
            Go::Show(step) => self.show(step, current),
            Go::Finish => self.finish(),
        }
    }
}

/// A move between the steps of a run, the same for every instrument (an
/// instrument's own actions are answering and starting over).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Go {
    /// Continue at the first unanswered question, or the closing step.
    Start,
    Next,
    Back,
    /// To a question by index, from a question, the closing step or the result.
    To(usize),
    /// The closing step, from anywhere (the Fork quiz's review).
    Closing,
    /// A step already reached (the browser's Back and Forward); one not
    /// reached yet leaves the run where it is.
    Show(Step),
    /// The result, or the first unanswered question if one is left.
    Finish,
}

#[cfg(test)]
mod tests {
    //! The rules on their own, for an instrument neither of ours: three
    //! questions and a closing step it calls "check".
    use super::{Answered, Step};

    const CLOSING: &str = "check";

    #[test]
    fn every_step_has_an_address_that_names_it_again() {
        for step in [
            Step::Intro,
            Step::Question(0),
            Step::Question(2),
            Step::Closing,
            Step::Result,
        ] {
            assert_eq!(Step::from_slug(&step.slug(CLOSING), CLOSING), Some(step));
        }
        assert_eq!(Step::Closing.slug(CLOSING), "check");
        assert_eq!(
            Step::from_slug("review", CLOSING),
            None,
            "another instrument's name"
        );
    }

    /// Three questions, those in `answered` answered, read at `step`.
    fn run(answered: &[usize], step: Step) -> Answered {
        Answered::of(3, step, |index| answered.contains(&index))
    }

    #[test]
    fn a_run_moves_through_its_questions_to_the_closing_step_and_the_result() {
        let at = |step| (step, run(&[0, 1], step));
        let all = |step| run(&[0, 1, 2], step);
        assert_eq!(run(&[], Step::Intro).resume(), Step::Question(0));
        assert_eq!(run(&[0, 2], Step::Intro).resume(), Step::Question(1));
        assert_eq!(all(Step::Intro).resume(), Step::Closing);
        let (step, two) = at(Step::Question(1));
        assert_eq!(two.next(step), Step::Question(2));
        let (step, two) = at(Step::Question(2));
        assert_eq!(two.next(step), Step::Question(2), "unanswered: stays");
        assert_eq!(
            all(Step::Question(2)).next(Step::Question(2)),
            Step::Closing
        );
        assert_eq!(all(Step::Closing).next(Step::Closing), Step::Result);
        assert_eq!(two.next(Step::Closing), Step::Question(2), "as Finish");
        assert_eq!(all(Step::Result).back(Step::Result), Step::Closing);
        assert_eq!(two.back(Step::Closing), Step::Question(2));
        assert_eq!(two.back(Step::Question(0)), Step::Intro);
        assert!(two.can_show(Step::Question(2)) && !two.can_show(Step::Closing));
        assert_eq!(two.show(Step::Result, Step::Question(1)), Step::Question(1));
        assert_eq!(run(&[1, 2], Step::Intro).first_missing, Some(0));
    }

    #[test]
    fn out_of_range_steps_recover() {
        let two = run(&[0, 1], Step::Question(9));
        assert_eq!(two.in_range(Step::Question(usize::MAX)), Step::Question(2));
        assert_eq!(
            Answered::of(0, Step::Intro, |_| true).in_range(Step::Question(0)),
            Step::Intro
        );
        assert_eq!(two.next(Step::Question(9)), Step::Question(2), "as Start");
        assert_eq!(two.back(Step::Question(usize::MAX)), Step::Question(2));
        assert!(!two.can_show(Step::Question(3)));
    }

    #[test]
    fn only_the_first_question_is_worded_in_the_first_load() {
        let later = |step: Step| (step.shows_later_words(false), step.shows_later_words(true));
        assert_eq!(later(Step::Intro), (false, false));
        assert_eq!(
            later(Step::Question(0)),
            (false, false),
            "the first question"
        );
        assert_eq!(later(Step::Question(1)), (false, true));
        assert_eq!(later(Step::Closing), (false, true));
        assert_eq!(later(Step::Result), (true, true));
    }
}
