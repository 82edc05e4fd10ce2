//! The vocabulary of groups: topics, audiences, how to join, where a group is in its life.

/// Topics a group can be about; each has a Fluent message `topic-<code>`.
pub const TOPICS: &[&str] = &[
    "two-cultures",
    "bilingual-children",
    "first-year-in-finland",
    "fathers",
    "mothers",
    "parents-of-teenagers",
    "emotional-skills",
    "young-children",
];

/// Who a group is for; each has a Fluent message `audience-<code>`.
pub const AUDIENCES: &[&str] = &[
    "all-parents",
    "fathers",
    "mothers",
    "expecting-parents",
    "parents-of-teenagers",
];

/// A group that meets online for the whole country has this region.
pub const ONLINE: &str = "online";

/// How a family gets a seat: at once, when a facilitator accepts, or only when added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, utoipa::ToSchema)]
#[schema(rename_all = "lowercase")]
pub enum JoinPolicy {
    Open,
    Approval,
    Invitation,
}

impl JoinPolicy {
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "open" => Some(Self::Open),
            "approval" => Some(Self::Approval),
            "invitation" => Some(Self::Invitation),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Approval => "approval",
            Self::Invitation => "invitation",
        }
    }
}

/// Where a group is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, utoipa::ToSchema)]
#[schema(rename_all = "lowercase")]
pub enum GroupStatus {
    Draft,
    Published,
    Running,
    Finished,
}

impl GroupStatus {
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "draft" => Some(Self::Draft),
            "published" => Some(Self::Published),
            "running" => Some(Self::Running),
            "finished" => Some(Self::Finished),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Published => "published",
            Self::Running => "running",
            Self::Finished => "finished",
        }
    }

    /// Groups only move forward: draft → published → running → finished.
    pub fn may_become(self, next: Self) -> bool {
        matches!(
            (self, next),
            (Self::Draft, Self::Published)
                | (Self::Published, Self::Running)
                | (Self::Running, Self::Finished)
                | (Self::Published, Self::Finished)
        )
    }

    /// Families can find and join groups in these states.
    pub fn is_listed(self) -> bool {
        matches!(self, Self::Published | Self::Running)
    }
}

/// Where a family stands with a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MemberStatus {
    Member,
    Requested,
    Waiting,
    Left,
    Declined,
}

impl MemberStatus {
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "member" => Some(Self::Member),
            "requested" => Some(Self::Requested),
            "waiting" => Some(Self::Waiting),
            "left" => Some(Self::Left),
            "declined" => Some(Self::Declined),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Member => "member",
            Self::Requested => "requested",
            Self::Waiting => "waiting",
            Self::Left => "left",
            Self::Declined => "declined",
        }
    }
}
