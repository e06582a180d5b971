//! What the Fork quiz result says: band texts, next steps per band, cautions
//! for motivation flags, confidence sentences and the Maker/Multiplier table.

use super::band::Band;
use super::confidence::ConfidenceReason;
use super::content::Flag;
#[cfg(test)]
use super::content::Source;
use crate::content::words::keys;
use crate::content::words::Word;

impl Band {
    pub fn title(self) -> Word {
        match self {
            Band::StrongMaker => keys::QUIZ_RESULT_BANDS_TITLE_STRONG_MAKER,
            Band::LeaningMaker => keys::QUIZ_RESULT_BANDS_TITLE_LEANING_MAKER,
            Band::Balanced => keys::QUIZ_RESULT_BANDS_TITLE_BALANCED,
            Band::LeaningMultiplier => keys::QUIZ_RESULT_BANDS_TITLE_LEANING_MULTIPLIER,
            Band::StrongMultiplier => keys::QUIZ_RESULT_BANDS_TITLE_STRONG_MULTIPLIER,
        }
    }

    pub fn summary(self) -> Word {
        match self {
            Band::StrongMaker => keys::QUIZ_ADVICE_BANDS_SUMMARY_STRONG_MAKER,
            Band::LeaningMaker => keys::QUIZ_ADVICE_BANDS_SUMMARY_LEANING_MAKER,
            Band::Balanced => keys::QUIZ_ADVICE_BANDS_SUMMARY_BALANCED,
            Band::LeaningMultiplier => keys::QUIZ_ADVICE_BANDS_SUMMARY_LEANING_MULTIPLIER,
            Band::StrongMultiplier => keys::QUIZ_ADVICE_BANDS_SUMMARY_STRONG_MULTIPLIER,
        }
    }
}

/// One concrete thing to try, fitted to a band.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NextStep {
    pub title: Word,
    pub body: Word,
    /// The seed idea it was written from (tests only, like every source).
    #[cfg(test)]
    pub source: Source,
}

const fn step(title: Word, body: Word, seed: &'static str, idea: &'static str) -> NextStep {
    // The source is kept by the tests only; the app never shows it.
    #[cfg(not(test))]
    let _ = (seed, idea);
    NextStep {
        title,
        body,
        #[cfg(test)]
        source: Source { seed, idea },
    }
}

const LEAD_ACROSS_TEAMS: NextStep = step(
    keys::QUIZ_ADVICE_STEPS_LEAD_ACROSS_TEAMS_TITLE,
    keys::QUIZ_ADVICE_STEPS_LEAD_ACROSS_TEAMS_BODY,
    "000",
    "Tactical step: volunteer for cross-functional projects",
);
const SHADOW_A_MANAGER: NextStep = step(
    keys::QUIZ_ADVICE_STEPS_SHADOW_A_MANAGER_TITLE,
    keys::QUIZ_ADVICE_STEPS_SHADOW_A_MANAGER_BODY,
    "000",
    "Tactical step: shadow a mentor",
);
const PRACTISE_READING_PEOPLE: NextStep = step(
    keys::QUIZ_ADVICE_STEPS_PRACTISE_READING_PEOPLE_TITLE,
    keys::QUIZ_ADVICE_STEPS_PRACTISE_READING_PEOPLE_BODY,
    "000",
    "Tactical step: study emotional intelligence",
);
const SAY_IT_OUT_LOUD: NextStep = step(
    keys::QUIZ_ADVICE_STEPS_SAY_IT_OUT_LOUD_TITLE,
    keys::QUIZ_ADVICE_STEPS_SAY_IT_OUT_LOUD_BODY,
    "000",
    "Tactical step: communicate your intent",
);
const PLAYER_COACH_TRAP: NextStep = step(
    keys::QUIZ_ADVICE_STEPS_PLAYER_COACH_TRAP_TITLE,
    keys::QUIZ_ADVICE_STEPS_PLAYER_COACH_TRAP_BODY,
    "000",
    "The player-coach trap",
);
const FEEDBACK_VOID: NextStep = step(
    keys::QUIZ_ADVICE_STEPS_FEEDBACK_VOID_TITLE,
    keys::QUIZ_ADVICE_STEPS_FEEDBACK_VOID_BODY,
    "000",
    "The feedback void",
);
const NEW_PROFESSION: NextStep = step(
    keys::QUIZ_ADVICE_STEPS_NEW_PROFESSION_TITLE,
    keys::QUIZ_ADVICE_STEPS_NEW_PROFESSION_BODY,
    "004",
    "The identity problem",
);

const STAFF_PATH: NextStep = step(
    keys::QUIZ_ADVICE_STEPS_STAFF_PATH_TITLE,
    keys::QUIZ_ADVICE_STEPS_STAFF_PATH_BODY,
    "000",
    "The staff and principal path",
);
const INFLUENCE_WITHOUT_AUTHORITY: NextStep = step(
    keys::QUIZ_ADVICE_STEPS_INFLUENCE_WITHOUT_AUTHORITY_TITLE,
    keys::QUIZ_ADVICE_STEPS_INFLUENCE_WITHOUT_AUTHORITY_BODY,
    "002",
    "Challenge: influence without authority",
);
const KEEP_SKILLS_CURRENT: NextStep = step(
    keys::QUIZ_ADVICE_STEPS_KEEP_SKILLS_CURRENT_TITLE,
    keys::QUIZ_ADVICE_STEPS_KEEP_SKILLS_CURRENT_BODY,
    "002",
    "Challenge: keeping skills current",
);
const MENTOR_WITHOUT_MANAGING: NextStep = step(
    keys::QUIZ_ADVICE_STEPS_MENTOR_WITHOUT_MANAGING_TITLE,
    keys::QUIZ_ADVICE_STEPS_MENTOR_WITHOUT_MANAGING_BODY,
    "002",
    "Stay technical: mentoring but not managing",
);
const MAKE_IMPACT_VISIBLE: NextStep = step(
    keys::QUIZ_ADVICE_STEPS_MAKE_IMPACT_VISIBLE_TITLE,
    keys::QUIZ_ADVICE_STEPS_MAKE_IMPACT_VISIBLE_BODY,
    "002",
    "Challenge: recognition of technical work",
);

const REVERSIBLE_EXPERIMENT: NextStep = step(
    keys::QUIZ_ADVICE_STEPS_REVERSIBLE_EXPERIMENT_TITLE,
    keys::QUIZ_ADVICE_STEPS_REVERSIBLE_EXPERIMENT_BODY,
    "000",
    "Tactical steps: try management before the title",
);
const PEOPLE_LOOP_BACK: NextStep = step(
    keys::QUIZ_ADVICE_STEPS_PEOPLE_LOOP_BACK_TITLE,
    keys::QUIZ_ADVICE_STEPS_PEOPLE_LOOP_BACK_BODY,
    "000",
    "Looping between the tracks",
);
const WEEKLY_ENERGY_CHECK: NextStep = step(
    keys::QUIZ_ADVICE_STEPS_WEEKLY_ENERGY_CHECK_TITLE,
    keys::QUIZ_ADVICE_STEPS_WEEKLY_ENERGY_CHECK_BODY,
    "002",
    "Decision framework: energy check",
);
const ASK_BOTH_SIDES: NextStep = step(
    keys::QUIZ_ADVICE_STEPS_ASK_BOTH_SIDES_TITLE,
    keys::QUIZ_ADVICE_STEPS_ASK_BOTH_SIDES_BODY,
    "000",
    "Comparison of execution and management roles",
);

static STRONG_MULTIPLIER_STEPS: [NextStep; 7] = [
    NEW_PROFESSION,
    LEAD_ACROSS_TEAMS,
    SHADOW_A_MANAGER,
    PRACTISE_READING_PEOPLE,
    SAY_IT_OUT_LOUD,
    PLAYER_COACH_TRAP,
    FEEDBACK_VOID,
];
static LEANING_MULTIPLIER_STEPS: [NextStep; 6] = [
    LEAD_ACROSS_TEAMS,
    SHADOW_A_MANAGER,
    PRACTISE_READING_PEOPLE,
    SAY_IT_OUT_LOUD,
    PLAYER_COACH_TRAP,
    FEEDBACK_VOID,
];
static BALANCED_STEPS: [NextStep; 4] = [
    REVERSIBLE_EXPERIMENT,
    PEOPLE_LOOP_BACK,
    WEEKLY_ENERGY_CHECK,
    ASK_BOTH_SIDES,
];
static LEANING_MAKER_STEPS: [NextStep; 5] = [
    STAFF_PATH,
    INFLUENCE_WITHOUT_AUTHORITY,
    MENTOR_WITHOUT_MANAGING,
    KEEP_SKILLS_CURRENT,
    PEOPLE_LOOP_BACK,
];
static STRONG_MAKER_STEPS: [NextStep; 5] = [
    STAFF_PATH,
    INFLUENCE_WITHOUT_AUTHORITY,
    KEEP_SKILLS_CURRENT,
    MAKE_IMPACT_VISIBLE,
    MENTOR_WITHOUT_MANAGING,
];

/// Next steps for a band, most useful first.
pub fn next_steps(band: Band) -> &'static [NextStep] {
    match band {
        Band::StrongMaker => &STRONG_MAKER_STEPS,
        Band::LeaningMaker => &LEANING_MAKER_STEPS,
        Band::Balanced => &BALANCED_STEPS,
        Band::LeaningMultiplier => &LEANING_MULTIPLIER_STEPS,
        Band::StrongMultiplier => &STRONG_MULTIPLIER_STEPS,
    }
}

/// A short title and a kind caution for a raised motivation flag.
pub fn flag_caution(flag: Flag) -> (Word, Word) {
    match flag {
        Flag::TitleOrPay => (
            keys::QUIZ_ADVICE_FLAGS_TITLE_OR_PAY_TITLE,
            keys::QUIZ_ADVICE_FLAGS_TITLE_OR_PAY_CAUTION,
        ),
        Flag::EscapeFromCraft => (
            keys::QUIZ_ADVICE_FLAGS_ESCAPE_FROM_CRAFT_TITLE,
            keys::QUIZ_ADVICE_FLAGS_ESCAPE_FROM_CRAFT_CAUTION,
        ),
        Flag::FearOfResponsibility => (
            keys::QUIZ_ADVICE_FLAGS_FEAR_OF_RESPONSIBILITY_TITLE,
            keys::QUIZ_ADVICE_FLAGS_FEAR_OF_RESPONSIBILITY_CAUTION,
        ),
        Flag::NoOtherPath => (
            keys::QUIZ_ADVICE_FLAGS_NO_OTHER_PATH_TITLE,
            keys::QUIZ_ADVICE_FLAGS_NO_OTHER_PATH_CAUTION,
        ),
    }
}

/// One sentence saying why the confidence came out low or high.
pub fn confidence_sentence(reason: ConfidenceReason) -> Word {
    match reason {
        ConfidenceReason::ManyMidpoints => keys::QUIZ_ADVICE_CONFIDENCE_REASON_MANY_MIDPOINTS,
        ConfidenceReason::Contradictions => keys::QUIZ_ADVICE_CONFIDENCE_REASON_CONTRADICTIONS,
        ConfidenceReason::CloseToCentre => keys::QUIZ_ADVICE_CONFIDENCE_REASON_CLOSE_TO_CENTRE,
        ConfidenceReason::ClearAndConsistent => {
            keys::QUIZ_ADVICE_CONFIDENCE_REASON_CLEAR_AND_CONSISTENT
        }
        ConfidenceReason::FairlyClear => keys::QUIZ_ADVICE_CONFIDENCE_REASON_FAIRLY_CLEAR,
    }
}

/// One line of the side-by-side table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ComparisonRow {
    pub aspect: Word,
    pub maker: Word,
    pub multiplier: Word,
}

/// The Maker and the Multiplier side by side (ideas from seed 000's table).
pub static COMPARISON: &[ComparisonRow] = &[
    ComparisonRow {
        aspect: keys::QUIZ_ADVICE_COMPARISON_GOAL_ASPECT,
        maker: keys::QUIZ_ADVICE_COMPARISON_GOAL_MAKER,
        multiplier: keys::QUIZ_ADVICE_COMPARISON_GOAL_MULTIPLIER,
    },
    ComparisonRow {
        aspect: keys::QUIZ_ADVICE_COMPARISON_DAILY_ACTIVITY_ASPECT,
        maker: keys::QUIZ_ADVICE_COMPARISON_DAILY_ACTIVITY_MAKER,
        multiplier: keys::QUIZ_ADVICE_COMPARISON_DAILY_ACTIVITY_MULTIPLIER,
    },
    ComparisonRow {
        aspect: keys::QUIZ_ADVICE_COMPARISON_KEY_SKILL_ASPECT,
        maker: keys::QUIZ_ADVICE_COMPARISON_KEY_SKILL_MAKER,
        multiplier: keys::QUIZ_ADVICE_COMPARISON_KEY_SKILL_MULTIPLIER,
    },
    ComparisonRow {
        aspect: keys::QUIZ_ADVICE_COMPARISON_SUCCESS_METRIC_ASPECT,
        maker: keys::QUIZ_ADVICE_COMPARISON_SUCCESS_METRIC_MAKER,
        multiplier: keys::QUIZ_ADVICE_COMPARISON_SUCCESS_METRIC_MULTIPLIER,
    },
    ComparisonRow {
        aspect: keys::QUIZ_ADVICE_COMPARISON_TEMPERAMENT_ASPECT,
        maker: keys::QUIZ_ADVICE_COMPARISON_TEMPERAMENT_MAKER,
        multiplier: keys::QUIZ_ADVICE_COMPARISON_TEMPERAMENT_MULTIPLIER,
    },
];
