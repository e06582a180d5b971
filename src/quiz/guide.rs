//! The conversation guide's content for a Fork quiz result: what to ask
//! one's manager and what support to ask for, by the side the result leans
//! to, and the dimension that leans furthest. Pure: words and values, no
//! sentences (the page puts the values in the words' places).

use super::{Band, DimensionScore, Keying, QuizResult};
use crate::content::words::{keys, Word};

/// Which way a result leans, for the guide: Maker bands ask about the
/// expert path, Multiplier bands about leading, Balanced about trying.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Maker,
    Balanced,
    Multiplier,
}

impl Side {
    pub fn of(band: Band) -> Side {
        match band {
            Band::StrongMaker | Band::LeaningMaker => Side::Maker,
            Band::Balanced => Side::Balanced,
            Band::LeaningMultiplier | Band::StrongMultiplier => Side::Multiplier,
        }
    }

    /// The questions to ask one's manager (seed 000: say your intent out
    /// loud, try leading across teams, shadow a manager, people loop back,
    /// the staff path).
    pub fn questions(self) -> &'static [Word] {
        match self {
            Side::Maker => &[
                keys::GUIDE_ASK_MAKER_GROW,
                keys::GUIDE_ASK_MAKER_OWN,
                keys::GUIDE_ASK_MAKER_RECOGNITION,
            ],
            Side::Balanced => &[
                keys::GUIDE_ASK_BALANCED_TRIAL,
                keys::GUIDE_ASK_BALANCED_STRENGTHS,
                keys::GUIDE_ASK_BALANCED_BOTH_TRACKS,
            ],
            Side::Multiplier => &[
                keys::GUIDE_ASK_MULTIPLIER_INTENT,
                keys::GUIDE_ASK_MULTIPLIER_PROJECT,
                keys::GUIDE_ASK_MULTIPLIER_SHADOW,
                keys::GUIDE_ASK_MULTIPLIER_WAY_BACK,
            ],
        }
    }

    /// The support to ask for.
    pub fn support(self) -> &'static [Word] {
        match self {
            Side::Maker => &[
                keys::GUIDE_SUPPORT_MAKER_FOCUS,
                keys::GUIDE_SUPPORT_MAKER_SPONSOR,
                keys::GUIDE_SUPPORT_MAKER_MENTORING,
            ],
            Side::Balanced => &[
                keys::GUIDE_SUPPORT_BALANCED_TRIAL,
                keys::GUIDE_SUPPORT_BALANCED_CHANGE_MIND,
                keys::GUIDE_SUPPORT_BALANCED_CHECK_IN,
            ],
            Side::Multiplier => &[
                keys::GUIDE_SUPPORT_MULTIPLIER_MENTOR,
                keys::GUIDE_SUPPORT_MULTIPLIER_TRAINING,
                keys::GUIDE_SUPPORT_MULTIPLIER_TIME,
            ],
        }
    }
}

/// The dimension that leans furthest from the middle, and which way; none
/// when every dimension sits exactly at 50. The first in `Dimension::ALL`
/// order wins a tie, so the line never changes between two views.
pub fn clearest_lean(result: &QuizResult) -> Option<(&DimensionScore, Keying)> {
    let mut clearest: Option<&DimensionScore> = None;
    for score in &result.dimensions {
        let distance = (score.score - 50.0).abs();
        if distance > 0.0 && clearest.is_none_or(|c| distance > (c.score - 50.0).abs()) {
            clearest = Some(score);
        }
    }
    clearest.map(|score| {
        let toward = if score.score > 50.0 {
            Keying::Multiplier
        } else {
            Keying::Maker
        };
        (score, toward)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::test_support::{strongest_maker, strongest_multiplier};
    use crate::quiz::{score, Dimension};

    #[test]
    fn each_band_gets_the_side_it_leans_to() {
        assert_eq!(Side::of(score(&strongest_maker()).band), Side::Maker);
        assert_eq!(
            Side::of(score(&strongest_multiplier()).band),
            Side::Multiplier
        );
        assert_eq!(
            Band::ALL.map(Side::of),
            [
                Side::Maker,
                Side::Maker,
                Side::Balanced,
                Side::Multiplier,
                Side::Multiplier
            ]
        );
    }

    #[test]
    fn every_side_has_its_own_questions_and_support() {
        let sides = [Side::Maker, Side::Balanced, Side::Multiplier];
        let mut seen: Vec<Word> = Vec::new();
        for side in sides {
            assert!(side.questions().len() >= 3 && side.support().len() >= 3);
            for word in side.questions().iter().chain(side.support()) {
                assert!(!seen.contains(word), "{word:?} appears twice");
                assert!(!word.text().is_empty());
                seen.push(*word);
            }
        }
    }

    #[test]
    fn the_clearest_lean_is_the_dimension_furthest_from_the_middle() {
        let mut result = score(&strongest_multiplier());
        for (at, dimension) in result.dimensions.iter_mut().enumerate() {
            dimension.score = [60.0, 45.0, 20.0, 75.0, 50.0][at];
        }
        let (clearest, toward) = clearest_lean(&result).unwrap();
        assert_eq!(clearest.dimension, Dimension::ALL[2]);
        assert_eq!(toward, Keying::Maker);
        result.dimensions[3].score = 85.0;
        let (clearest, toward) = clearest_lean(&result).unwrap();
        assert_eq!(clearest.dimension, Dimension::ALL[3]);
        assert_eq!(toward, Keying::Multiplier);
        // A tie keeps the first.
        result.dimensions[2].score = 15.0;
        assert_eq!(
            clearest_lean(&result).unwrap().0.dimension,
            Dimension::ALL[2]
        );
        for dimension in &mut result.dimensions {
            dimension.score = 50.0;
        }
        assert!(clearest_lean(&result).is_none());
    }
}
