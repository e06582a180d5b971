//! What the Fork quiz result says: band texts, next steps per band, cautions
//! for motivation flags, confidence sentences and the Maker/Multiplier table.

use super::band::Band;
use super::confidence::ConfidenceReason;
use super::content::{Flag, Source};

impl Band {
    pub fn title(self) -> &'static str {
        match self {
            Band::StrongMaker => "Strong Maker",
            Band::LeaningMaker => "Leaning Maker",
            Band::Balanced => "Balanced",
            Band::LeaningMultiplier => "Leaning Multiplier",
            Band::StrongMultiplier => "Strong Multiplier",
        }
    }

    pub fn summary(self) -> &'static str {
        match self {
            Band::StrongMaker => "Your answers point clearly to the execution track. You draw energy and pride from doing the work yourself, and you want to grow by going deeper. Senior expert roles let you keep rising without leaving the craft.",
            Band::LeaningMaker => "You lean toward doing the work yourself, though not all the way. Parts of the people side appeal to you, but the craft still comes first. Widening your reach as an expert may give you some of both.",
            Band::Balanced => "Your answers pull both ways about equally. Either track could suit you, and the right one may depend on the team and the moment. A small experiment you can undo will tell you more than thinking harder.",
            Band::LeaningMultiplier => "You lean toward the management track. Helping others do good work appeals to you more than doing it all yourself, though the craft still matters to you. Trying the work of a manager before taking the title is a good next move.",
            Band::StrongMultiplier => "Your answers point clearly to the management track. You get your energy from people growing and want your impact to come through a team. Treat the move as a new job rather than a promotion, and prepare for its first months.",
        }
    }
}

/// One concrete thing to try, fitted to a band.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NextStep {
    pub title: &'static str,
    pub body: &'static str,
    pub source: Source,
}

const fn step(
    title: &'static str,
    body: &'static str,
    seed: &'static str,
    idea: &'static str,
) -> NextStep {
    NextStep {
        title,
        body,
        source: Source { seed, idea },
    }
}

const LEAD_ACROSS_TEAMS: NextStep = step(
    "Lead a project across teams",
    "Offer to run a piece of work that needs people from other teams or departments. You will practise getting things done through others before anyone reports to you.",
    "000",
    "Tactical step: volunteer for cross-functional projects",
);
const SHADOW_A_MANAGER: NextStep = step(
    "Shadow a manager you respect",
    "Ask if you can join their planning meetings, and see how they handle a hard conversation. Notice which parts of the job you would enjoy and which would wear you down.",
    "000",
    "Tactical step: shadow a mentor",
);
const PRACTISE_READING_PEOPLE: NextStep = step(
    "Practise reading people",
    "Noticing how people feel and responding well is the main tool of the job. Work on it now in feedback, in disagreements and in the meetings you run.",
    "000",
    "Tactical step: study emotional intelligence",
);
const SAY_IT_OUT_LOUD: NextStep = step(
    "Say it out loud",
    "Tell your manager in your next review that you want to move toward leading people. A stated intent gets you considered for the chances that lead there.",
    "000",
    "Tactical step: communicate your intent",
);
const PLAYER_COACH_TRAP: NextStep = step(
    "Avoid the player-coach trap",
    "New managers often keep the most important hands-on work for themselves and become the team's bottleneck. Hand the work over, even when you could do it faster.",
    "000",
    "The player-coach trap",
);
const FEEDBACK_VOID: NextStep = step(
    "Expect the feedback void",
    "As a manager you rarely see a result the same day, and good coaching can take months to show. Decide early which small signs of progress you will watch for.",
    "000",
    "The feedback void",
);
const NEW_PROFESSION: NextStep = step(
    "Treat it as a new profession",
    "Moving into management is a change of job, not a reward for being good at the old one. Learn coaching, prioritising and handling conflict as deliberately as you once learned your craft.",
    "004",
    "The identity problem",
);

const STAFF_PATH: NextStep = step(
    "Look at the staff and principal path",
    "Many organisations let experts keep rising in seniority and pay without managing anyone. Find out what senior expert roles look like where you work and what they expect.",
    "000",
    "The staff and principal path",
);
const INFLUENCE_WITHOUT_AUTHORITY: NextStep = step(
    "Grow influence without authority",
    "Senior experts lead through their judgement: proposals, standards, reviews of others' work. Practise making a case that people choose to follow even though they do not report to you.",
    "002",
    "Challenge: influence without authority",
);
const KEEP_SKILLS_CURRENT: NextStep = step(
    "Keep your skills current",
    "Your value rests on what you know, and every field moves on. Set aside regular time to learn, and stretch into neighbouring areas so you do not become too narrow.",
    "002",
    "Challenge: keeping skills current",
);
const MENTOR_WITHOUT_MANAGING: NextStep = step(
    "Mentor without managing",
    "You can teach and guide colleagues without taking on reviews or career planning. It widens your reach and shows you how much you enjoy the people side.",
    "002",
    "Stay technical: mentoring but not managing",
);
const MAKE_IMPACT_VISIBLE: NextStep = step(
    "Make your impact visible",
    "Expert work can be undervalued next to management. Keep a record of the problems you solved and what they were worth, so your progress is easy to see.",
    "002",
    "Challenge: recognition of technical work",
);

const REVERSIBLE_EXPERIMENT: NextStep = step(
    "Run a reversible experiment",
    "Take on something with a fixed end date that tests the people side, such as leading one project or onboarding a new colleague. Afterwards, note what gave you energy and what drained it.",
    "000",
    "Tactical steps: try management before the title",
);
const PEOPLE_LOOP_BACK: NextStep = step(
    "Remember that people loop back",
    "Moving into management is not a one-way door. Plenty of people return to hands-on work later, often sharper for having led.",
    "000",
    "Looping between the tracks",
);
const WEEKLY_ENERGY_CHECK: NextStep = step(
    "Track your energy for a month",
    "At the end of each week, write down which moments lifted you: solving something yourself or helping someone else succeed. A pattern over weeks says more than one answer today.",
    "002",
    "Decision framework: energy check",
);
const ASK_BOTH_SIDES: NextStep = step(
    "Ask someone on each track",
    "Ask one senior expert and one manager what their hardest week looked like. Notice which hard week you would rather have.",
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
pub fn flag_caution(flag: Flag) -> (&'static str, &'static str) {
    match flag {
        Flag::TitleOrPay => ("Title or pay as the main draw", "Wanting more pay or standing is fair, but on its own it is a shaky reason to take charge of people. Check whether a senior expert role could give you the same."),
        Flag::EscapeFromCraft => ("Management as a way out", "Being tired of the hands-on work is worth listening to, but managing is no rest from it: it is a demanding craft of its own. A new project or team might fix what is wearing you down."),
        Flag::FearOfResponsibility => ("Staying put out of worry", "Staying hands-on is a fine choice when you love the work, and a weaker one if it mainly avoids being accountable for others. A small, time-boxed lead role can show whether the worry is as big as it feels."),
        Flag::NoOtherPath => ("No other way up", "If managing looks like the only way to progress, the choice is being made for you. Ask what senior expert roles exist where you work, or elsewhere, before you decide."),
    }
}

/// One sentence saying why the confidence came out low or high.
pub fn confidence_sentence(reason: ConfidenceReason) -> &'static str {
    match reason {
        ConfidenceReason::ManyMidpoints => "Many of your answers were \"Neither agree nor disagree\", so there is little to read a lean from.",
        ConfidenceReason::Contradictions => "You gave matching answers to statements that point opposite ways, so parts of the reading cancel each other out.",
        ConfidenceReason::CloseToCentre => "Most of your answers were mild rather than firm, so the lean is real but faint.",
        ConfidenceReason::ClearAndConsistent => "Your answers were firm and agreed with each other across opposite statements, so this reading is solid.",
        ConfidenceReason::FairlyClear => "Your answers were mostly firm and consistent, with a few softer spots.",
    }
}

/// One line of the side-by-side table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ComparisonRow {
    pub aspect: &'static str,
    pub maker: &'static str,
    pub multiplier: &'static str,
}

/// The Maker and the Multiplier side by side (ideas from seed 000's table).
pub static COMPARISON: &[ComparisonRow] = &[
    ComparisonRow {
        aspect: "Goal",
        maker: "Excellent work of your own",
        multiplier: "A team that does excellent work and keeps growing",
    },
    ComparisonRow {
        aspect: "Daily activity",
        maker: "Focused stretches of making and finishing things",
        multiplier: "Conversations, coaching, planning and clearing the way for others",
    },
    ComparisonRow {
        aspect: "Key skill",
        maker: "Depth in your craft",
        multiplier: "Reading and guiding people",
    },
    ComparisonRow {
        aspect: "Success metric",
        maker: "Quality, pace and fresh ideas in what you deliver",
        multiplier: "Team results, morale and people who stay and grow",
    },
    ComparisonRow {
        aspect: "Temperament",
        maker: "Focused and careful with detail",
        multiplier: "Empathetic and drawn to the big picture",
    },
];
