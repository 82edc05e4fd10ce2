//! Who may do what: roles, permissions and the table between them. Deny by default.
//!
//! Every route declares one [`Permission`] (see `crate::routes`); the access middleware checks
//! it before any handler runs. Handlers then authorise the object itself (is this *your*
//! session, *your* family) and answer "not found" for objects that are not yours.

use serde::{Deserialize, Serialize};

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Family,
    Facilitator,
    Coordinator,
    Trainer,
    Supervisor,
    ReferralWorker,
    MunicipalPartner,
    Admin,
}

impl Role {
    pub const ALL: [Role; 8] = [
        Role::Family,
        Role::Facilitator,
        Role::Coordinator,
        Role::Trainer,
        Role::Supervisor,
        Role::ReferralWorker,
        Role::MunicipalPartner,
        Role::Admin,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Family => "family",
            Role::Facilitator => "facilitator",
            Role::Coordinator => "coordinator",
            Role::Trainer => "trainer",
            Role::Supervisor => "supervisor",
            Role::ReferralWorker => "referral_worker",
            Role::MunicipalPartner => "municipal_partner",
            Role::Admin => "admin",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == text)
    }

    /// Employees of the organisation.
    pub fn is_staff(self) -> bool {
        matches!(
            self,
            Role::Coordinator | Role::Trainer | Role::Supervisor | Role::ReferralWorker
        )
    }

    /// Staff and administrators see families' sensitive data: a second factor is required.
    pub fn requires_second_factor(self) -> bool {
        self.is_staff() || self == Role::Admin
    }

    /// Whether this role may hand `invited` out by invitation ([`INVITES`]).
    pub fn may_invite(self, invited: Role) -> bool {
        INVITES
            .iter()
            .any(|(inviter, grants)| *inviter == self && grants.contains(&invited))
    }
}

/// Who may hand which role out by invitation: administrators the staff roles (and their own),
/// coordinators the volunteers and partners they work with. Nobody else invites to a role; a
/// family's adult invites the family's second adult through the family's own invitation
/// (`InviteFamilyMember`), which makes them a family member of that family.
pub const INVITES: &[(Role, &[Role])] = &[
    (
        Role::Admin,
        &[
            Role::Admin,
            Role::Coordinator,
            Role::Trainer,
            Role::Supervisor,
            Role::ReferralWorker,
            Role::Facilitator,
            Role::MunicipalPartner,
        ],
    ),
    (
        Role::Coordinator,
        &[Role::Facilitator, Role::MunicipalPartner],
    ),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Permission {
    /// Anyone, signed in or not.
    Public,
    /// A signed-in person who still has to pass or set up their second factor.
    SecondFactorStep,
    /// Any fully signed-in account.
    SignedIn,
    /// Invite the second adult of one's own family.
    InviteFamilyMember,
    /// Invite facilitators, staff and municipal partners; see and revoke invitations.
    InvitePeople,
    /// Change roles, suspend accounts.
    ManageAccounts,
    /// Read the security log.
    ReadSecurityLog,
    /// Join and leave peer groups, answer whether one is coming.
    JoinGroups,
    /// Create, schedule and publish groups; see every group's roster.
    ManageGroups,
    /// File a report after each session one led.
    ReportSessions,
    /// Read one's facilitators' session reports, answer their concerns.
    Supervise,
    /// Say who supervises whom, keep the list of report themes, see escalated concerns.
    ManageSupervision,
    /// Read the staff dashboard and the yearly figures (aggregates only).
    ReadFigures,
    /// Author training courses, review tasks, score practice, sign off and revoke certificates.
    TrainFacilitators,
    /// See and decide applications to become a facilitator, open cohorts, follow their progress.
    CoordinateTraining,
    /// Ask Silta's staff for help reaching a service; consent to and follow one's referrals.
    RequestHelp,
    /// Keep the service directory: organisations, services, summaries, categories, partners.
    ManageDirectory,
    /// Prepare referrals of families to services, record consents, follow them to the end.
    MakeReferrals,
    /// Read and update the referrals sent to one's own organisation (municipal partners).
    HandleReferrals,
    /// Record that a child welfare notification was made.
    RecordChildProtection,
    /// Read the records of child welfare notifications.
    ReadChildProtection,
    /// Keep the partner networks of areas: participants, meetings, agendas, notes, actions.
    ManageNetwork,
}

impl Permission {
    pub const ALL: [Permission; 22] = [
        Permission::Public,
        Permission::SecondFactorStep,
        Permission::SignedIn,
        Permission::InviteFamilyMember,
        Permission::InvitePeople,
        Permission::ManageAccounts,
        Permission::ReadSecurityLog,
        Permission::JoinGroups,
        Permission::ManageGroups,
        Permission::ReportSessions,
        Permission::Supervise,
        Permission::ManageSupervision,
        Permission::ReadFigures,
        Permission::TrainFacilitators,
        Permission::CoordinateTraining,
        Permission::RequestHelp,
        Permission::ManageDirectory,
        Permission::MakeReferrals,
        Permission::HandleReferrals,
        Permission::RecordChildProtection,
        Permission::ReadChildProtection,
        Permission::ManageNetwork,
    ];
}

/// The policy table: what each role grants beyond `Public`, `SecondFactorStep` and `SignedIn`.
pub fn granted(role: Role) -> &'static [Permission] {
    use Permission::*;
    match role {
        Role::Family => &[InviteFamilyMember, JoinGroups, RequestHelp],
        Role::Facilitator => &[ReportSessions, RecordChildProtection],
        Role::MunicipalPartner => &[HandleReferrals],
        Role::ReferralWorker => &[
            ManageDirectory,
            MakeReferrals,
            RecordChildProtection,
            ReadFigures,
        ],
        Role::Coordinator => &[
            InvitePeople,
            ManageGroups,
            ManageSupervision,
            ReadFigures,
            CoordinateTraining,
            ManageDirectory,
            RecordChildProtection,
            ManageNetwork,
        ],
        Role::Trainer => &[TrainFacilitators, CoordinateTraining],
        Role::Supervisor => &[
            Supervise,
            ManageSupervision,
            ReadFigures,
            RecordChildProtection,
            ReadChildProtection,
        ],
        Role::Admin => &[
            InvitePeople,
            ManageAccounts,
            ReadSecurityLog,
            ManageGroups,
            ManageSupervision,
            ReadFigures,
            TrainFacilitators,
            CoordinateTraining,
            ManageDirectory,
            RecordChildProtection,
            ReadChildProtection,
            ManageNetwork,
        ],
    }
}

/// Where a signed-in person stands with their second factor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SecondFactor {
    /// No second factor set up and none required.
    NotRequired,
    /// Passed for this session.
    Passed,
    /// Set up, not yet entered in this session.
    Pending,
    /// Required by a role, not set up yet.
    SetupRequired,
}

impl SecondFactor {
    pub fn is_satisfied(self) -> bool {
        matches!(self, SecondFactor::NotRequired | SecondFactor::Passed)
    }
}

/// Whether a person with `roles` (None: not signed in) may use a route needing `permission`.
pub fn allows(roles: Option<(&[Role], SecondFactor)>, permission: Permission) -> bool {
    match (permission, roles) {
        (Permission::Public, _) => true,
        (_, None) => false,
        (Permission::SecondFactorStep, Some(_)) => true,
        (_, Some((_, second_factor))) if !second_factor.is_satisfied() => false,
        (Permission::SignedIn, Some(_)) => true,
        (wanted, Some((roles, _))) => roles.iter().any(|r| granted(*r).contains(&wanted)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deny_by_default() {
        assert!(!allows(None, Permission::SignedIn));
        assert!(allows(None, Permission::Public));
        let family = [Role::Family];
        assert!(allows(
            Some((&family, SecondFactor::NotRequired)),
            Permission::SignedIn
        ));
        assert!(!allows(
            Some((&family, SecondFactor::NotRequired)),
            Permission::ManageAccounts
        ));
        let admin = [Role::Admin];
        assert!(!allows(
            Some((&admin, SecondFactor::SetupRequired)),
            Permission::ManageAccounts
        ));
        assert!(allows(
            Some((&admin, SecondFactor::SetupRequired)),
            Permission::SecondFactorStep
        ));
        assert!(allows(
            Some((&admin, SecondFactor::Passed)),
            Permission::ManageAccounts
        ));
    }

    #[test]
    fn only_administrators_hand_out_staff_roles() {
        assert!(Role::Coordinator.may_invite(Role::Facilitator));
        assert!(Role::Coordinator.may_invite(Role::MunicipalPartner));
        assert!(!Role::Coordinator.may_invite(Role::Trainer));
        assert!(!Role::Coordinator.may_invite(Role::Admin));
        assert!(!Role::ReferralWorker.may_invite(Role::Supervisor));
        assert!(!Role::ReferralWorker.may_invite(Role::Facilitator));
        assert!(Role::Admin.may_invite(Role::Supervisor));
        assert!(!Role::Admin.may_invite(Role::Family));
        assert!(!Role::Facilitator.may_invite(Role::Facilitator));
    }

    #[test]
    fn whoever_may_invite_has_the_route_to_do_it() {
        for (inviter, _) in INVITES {
            assert!(
                granted(*inviter).contains(&Permission::InvitePeople),
                "{inviter:?}"
            );
        }
        for role in Role::ALL {
            let invites = INVITES.iter().any(|(inviter, _)| *inviter == role);
            assert_eq!(
                granted(role).contains(&Permission::InvitePeople),
                invites,
                "{role:?}"
            );
        }
    }
}
