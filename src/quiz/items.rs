//! The Fork quiz's statements, in presentation order, each tied to the seed
//! idea it was written from. Dimensions are mixed and the motivation items are
//! spread through the list so no stretch of the quiz feels like one topic.

use super::content::{Dimension, Flag, Item, ItemKind, Keying, Source};

const fn lean(
    id: &'static str,
    text: &'static str,
    dimension: Dimension,
    keying: Keying,
    seed: &'static str,
    idea: &'static str,
) -> Item {
    Item {
        id,
        text,
        kind: ItemKind::Lean { dimension, keying },
        source: Source { seed, idea },
    }
}

const fn motive(
    id: &'static str,
    text: &'static str,
    flag: Flag,
    seed: &'static str,
    idea: &'static str,
) -> Item {
    Item {
        id,
        text,
        kind: ItemKind::Motivation(flag),
        source: Source { seed, idea },
    }
}

use Dimension::{Energy, Growth, Impact, Lifestyle, Values};
use Keying::{Maker, Multiplier};

/// Ids are stored and shared: add new items with new ids, never rename one.
pub static ITEMS: &[Item] = &[
    lean(
        "energy-1",
        "A good day at work is one where I helped someone else get unstuck.",
        Energy,
        Multiplier,
        "002",
        "Decision framework: energy check",
    ),
    lean(
        "impact-1",
        "The results I am proudest of are ones I produced with my own hands.",
        Impact,
        Maker,
        "000",
        "Appeal of execution: tangible results",
    ),
    lean(
        "growth-1",
        "In five years I want to be known for deep mastery of my specialty.",
        Growth,
        Maker,
        "002",
        "Decision framework: growth path",
    ),
    lean(
        "lifestyle-1",
        "I need long blocks of uninterrupted time to do my best work.",
        Lifestyle,
        Maker,
        "002",
        "Decision framework: lifestyle fit",
    ),
    lean(
        "values-1",
        "Excellent work by my team feels like my own success, even when others did all of it.",
        Values,
        Multiplier,
        "002",
        "Ready to manage: measuring success by the team",
    ),
    motive(
        "motive-1",
        "Where I work, managing people is the only clear way to move up.",
        Flag::NoOtherPath,
        "004",
        "Motivation question: no other legible path upward",
    ),
    lean(
        "energy-2",
        "I lose track of time when I am deep in a hard problem of my own.",
        Energy,
        Maker,
        "002",
        "Stay technical: energy from solving problems",
    ),
    lean(
        "impact-2",
        "I often think about how the whole team could work better.",
        Impact,
        Multiplier,
        "000",
        "Readiness sign: thinking in systems, not tasks",
    ),
    lean(
        "growth-2",
        "Further progress in my craft would now make little difference to my career.",
        Growth,
        Multiplier,
        "000",
        "Readiness sign: diminishing returns on the craft",
    ),
    lean(
        "values-2",
        "Being the person others bring their hardest questions to matters a lot to me.",
        Values,
        Maker,
        "002",
        "Decision framework: values alignment",
    ),
    lean(
        "lifestyle-2",
        "I am comfortable with a calendar full of conversations and meetings.",
        Lifestyle,
        Multiplier,
        "002",
        "Decision framework: lifestyle fit",
    ),
    motive(
        "motive-2",
        "Management appeals to me mainly because it counts as a promotion.",
        Flag::TitleOrPay,
        "000",
        "Choosing your impact: build people, not just a salary",
    ),
    lean(
        "energy-3",
        "I get a real lift when someone I coached finally gets it.",
        Energy,
        Multiplier,
        "000",
        "Readiness sign: joy from teaching",
    ),
    lean(
        "impact-3",
        "I would give up some of my own output for a team that delivers far more.",
        Impact,
        Multiplier,
        "000",
        "Execution's limit: one person's output is capped",
    ),
    lean(
        "growth-3",
        "I want to get good at coaching, setting priorities and settling conflicts.",
        Growth,
        Multiplier,
        "004",
        "Identity problem: the new skills of the job",
    ),
    lean(
        "values-3",
        "Speaking up for my team's work in rooms where they are absent feels important to me.",
        Values,
        Multiplier,
        "002",
        "Ready to manage: advocacy and influence",
    ),
    lean(
        "energy-4",
        "To stay motivated I need to see the results of my work within days.",
        Energy,
        Maker,
        "000",
        "The feedback void",
    ),
    motive(
        "motive-3",
        "Part of why I look at management is that I am tired of the hands-on work itself.",
        Flag::EscapeFromCraft,
        "000",
        "Choosing your impact: choose management to build people",
    ),
    lean(
        "impact-4",
        "My biggest contribution is expertise that others rely on.",
        Impact,
        Maker,
        "002",
        "Stay technical: impact through expertise",
    ),
    lean(
        "lifestyle-3",
        "I am willing to carry responsibility for how other people are doing at work.",
        Lifestyle,
        Multiplier,
        "002",
        "Decision framework: lifestyle fit",
    ),
    lean(
        "growth-4",
        "I want to grow by taking on a wider scope with more people in it.",
        Growth,
        Multiplier,
        "002",
        "Management career: growth through scope and scale",
    ),
    lean(
        "energy-5",
        "Sorting out a tension between two colleagues leaves me energised.",
        Energy,
        Multiplier,
        "000",
        "Readiness sign: handling messy human problems",
    ),
    motive(
        "motive-4",
        "I stay hands-on partly because being accountable for other people worries me.",
        Flag::FearOfResponsibility,
        "000",
        "Choosing your impact: not out of fear of responsibility",
    ),
    lean(
        "values-4",
        "I want to be known as someone who develops people.",
        Values,
        Multiplier,
        "002",
        "Decision framework: values alignment",
    ),
    lean(
        "impact-5",
        "I want a real say in where my organisation is heading.",
        Impact,
        Multiplier,
        "000",
        "Appeal of management: strategic influence",
    ),
];
