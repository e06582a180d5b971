//! The five diagnostic questions and their graded answers, each answer carrying a management share.

/// Where a piece of content comes from, so every item can be traced to its seed idea.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// The seed file number, e.g. "003".
    pub seed: &'static str,
    /// The idea within that seed, in our words.
    pub idea: &'static str,
}

/// One graded answer to a diagnostic question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    /// Stable identifier, stored and put in links: never rename or reuse one.
    pub id: &'static str,
    pub label: &'static str,
    /// How much of this answer's weight goes to management (0..=100); the rest is leadership.
    pub management_share: u8,
    /// One line on why this answer calls for more management or more leadership.
    pub why: &'static str,
}

/// One of the five diagnostic questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    /// Stable identifier, stored and put in links: never rename or reuse one.
    pub id: &'static str,
    pub prompt: &'static str,
    /// One sentence on what to consider before answering.
    pub help: &'static str,
    /// Ordered from the most management-leaning answer to the most leadership-leaning.
    pub choices: &'static [Choice],
    pub source: Source,
}

impl Question {
    /// The answer with this id, if it belongs to this question.
    pub fn choice(&self, choice_id: &str) -> Option<&'static Choice> {
        self.choices.iter().find(|choice| choice.id == choice_id)
    }
}

/// The question with this id, if any.
pub fn question(question_id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|question| question.id == question_id)
}

const fn seed_003(idea: &'static str) -> Source {
    Source { seed: "003", idea }
}

// Shares are set one by one from what each answer implies, then checked against the
// seed's worked example: clear 90 + mostly 65 + low 25 + not followed 70 + both 50 = 300,
// a mean of exactly 60.
pub static QUESTIONS: &[Question] = &[
    Question {
        id: "path",
        prompt: "Is the way forward clear?",
        help: "Consider whether the current strategy still holds and whether everyone could say where you are heading.",
        choices: &[
            Choice {
                id: "path_clear",
                label: "Yes: the current strategy still holds",
                management_share: 90,
                why: "With the direction settled, the job is to carry it out well.",
            },
            Choice {
                id: "path_mostly",
                label: "Mostly: a settled core with a few open questions",
                management_share: 70,
                why: "A settled core needs steady execution, with some direction-setting at the edges.",
            },
            Choice {
                id: "path_partly",
                label: "Partly: important parts of the direction are still open",
                management_share: 35,
                why: "Open questions about direction need someone to work them out and bring people along.",
            },
            Choice {
                id: "path_unclear",
                label: "No: we have to work out where we are going",
                management_share: 10,
                why: "Without a direction, organising the work comes second to finding one.",
            },
        ],
        source: seed_003("Diagnostic question: is the path forward clear?"),
    },
    Question {
        id: "right_things",
        prompt: "Are we working on the right things?",
        help: "Judge the priorities themselves, separately from how well they are being delivered.",
        choices: &[
            Choice {
                id: "right_yes",
                label: "Yes: the priorities are sound",
                management_share: 85,
                why: "When what to do is settled, the gains come from improving how it is done.",
            },
            Choice {
                id: "right_mostly",
                label: "Mostly: the strategy is sound but delivery lags",
                management_share: 65,
                why: "Sound priorities with slow delivery point to execution more than to a new plan.",
            },
            Choice {
                id: "right_unsure",
                label: "Not sure: we keep debating what matters",
                management_share: 35,
                why: "Unsettled priorities need a decision about what matters before the work can be organised.",
            },
            Choice {
                id: "right_no",
                label: "No: we are busy with the wrong work",
                management_share: 10,
                why: "Doing the wrong work efficiently helps no one, and choosing the right work is a leadership call.",
            },
        ],
        source: seed_003("Diagnostic question: are we doing the right things?"),
    },
    Question {
        id: "team",
        prompt: "Is the team motivated and pulling in the same direction?",
        help: "Think about energy, morale and agreement on what the team is for, not only whether tasks get done.",
        choices: &[
            Choice {
                id: "team_yes",
                label: "Yes: motivated and aligned",
                management_share: 85,
                why: "A committed, aligned team mostly needs its work coordinated.",
            },
            Choice {
                id: "team_mostly",
                label: "Mostly: some friction or fatigue",
                management_share: 60,
                why: "Some friction calls for attention to people on top of coordination.",
            },
            Choice {
                id: "team_low",
                label: "Low: morale has dropped, for example after repeated misses",
                management_share: 25,
                why: "Confidence and morale are rebuilt through meaning and encouragement, which is leadership work.",
            },
            Choice {
                id: "team_split",
                label: "No: disengaged or pulling in different directions",
                management_share: 10,
                why: "A split or disengaged team has to be realigned around a shared purpose before anything else.",
            },
        ],
        source: seed_003("Diagnostic question: is the team motivated and aligned?"),
    },
    Question {
        id: "processes",
        prompt: "Are our processes doing their job?",
        help: "Consider whether the routines for planning, handing over and checking work exist, are followed, and still suit the work.",
        choices: &[
            Choice {
                id: "proc_work",
                label: "Yes: they work well",
                management_share: 90,
                why: "Working processes need upkeep and steady improvement, which is management.",
            },
            Choice {
                id: "proc_creak",
                label: "They work but are starting to creak",
                management_share: 80,
                why: "Strained processes need tuning and tightening rather than reinvention.",
            },
            Choice {
                id: "proc_not_followed",
                label: "They exist but are not followed consistently",
                management_share: 70,
                why: "Processes that exist but get skipped point to accountability and follow-through, mostly management.",
            },
            Choice {
                id: "proc_misfit",
                label: "They no longer fit what we are trying to do",
                management_share: 30,
                why: "Processes that no longer fit must be rethought around a new purpose, and people persuaded to change.",
            },
            Choice {
                id: "proc_missing",
                label: "They don't really exist",
                management_share: 25,
                why: "With nothing in place, someone first has to decide how the team should work at all.",
            },
        ],
        source: seed_003("Diagnostic question: do our processes work?"),
    },
    Question {
        id: "challenge",
        prompt: "What kind of challenge is this?",
        help: "Ask whether you mainly need to deliver a known plan better, to become something different, or both.",
        choices: &[
            Choice {
                id: "challenge_execution",
                label: "Execution: deliver a known plan better",
                management_share: 90,
                why: "A delivery problem is solved with planning, tracking and follow-through.",
            },
            Choice {
                id: "challenge_execution_morale",
                label: "Both: execution discipline plus morale",
                management_share: 50,
                why: "Tightening delivery and lifting morale weigh about equally.",
            },
            Choice {
                id: "challenge_change_delivery",
                label: "Mostly change, while still delivering today's work",
                management_share: 30,
                why: "Change leads, but today's commitments still need organising.",
            },
            Choice {
                id: "challenge_change",
                label: "Change: we need to become something different",
                management_share: 10,
                why: "Change is navigated by setting a direction and bringing people through it.",
            },
        ],
        source: seed_003("Diagnostic question: is the challenge execution, change or both?"),
    },
];

/// Ids the warnings rely on, kept next to the data so a rename shows up in one place.
pub mod ids {
    pub const PATH: &str = "path";
    pub const PROCESSES: &str = "processes";
    pub const CHALLENGE: &str = "challenge";
    /// Path answers that mean the direction is not settled.
    pub const PATH_NOT_CLEAR: &[&str] = &["path_partly", "path_unclear"];
    /// Process answers that mean there is no working foundation to execute on.
    pub const PROCESSES_NOT_IN_USE: &[&str] = &["proc_not_followed", "proc_missing"];
    /// Challenge answers that involve changing direction.
    pub const CHALLENGE_INVOLVES_CHANGE: &[&str] =
        &["challenge_change_delivery", "challenge_change"];
    /// Challenge answers that involve delivering work.
    pub const CHALLENGE_INVOLVES_EXECUTION: &[&str] = &[
        "challenge_execution",
        "challenge_execution_morale",
        "challenge_change_delivery",
    ];
}
