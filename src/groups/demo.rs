//! Demo groups in several languages, led by the demo facilitators, with a few members.

use chrono::{Datelike, NaiveTime, TimeDelta, Weekday};

use super::model;
use super::schedule::{self, GROUP_TIME_ZONE, WeeklySeries};
use crate::accounts::model::users;
use crate::clock::now;
use crate::error::AppError;
use crate::state::AppState;

struct DemoGroup {
    texts: &'static [(&'static str, &'static str, &'static str)],
    languages: &'static str,
    topics: &'static str,
    audience: &'static str,
    region: &'static str,
    capacity: i32,
    join_policy: &'static str,
    weekday: Weekday,
    start: (u32, u32),
    facilitator: &'static str,
    members: &'static [&'static str],
}

/// Weeks of sessions each demo group has already held.
const PAST_WEEKS: u32 = 12;

const DEMO_GROUPS: &[DemoGroup] = &[
    DemoGroup {
        texts: &[
            (
                "ar",
                "عائلات بين ثقافتين",
                "مجموعة للآباء والأمهات الذين يربّون أطفالهم بين الثقافة العربية والفنلندية. نتحدث عن الحياة اليومية واللغة والتقاليد.",
            ),
            (
                "fi",
                "Kahden kulttuurin perheet (arabia)",
                "Ryhmä vanhemmille, jotka kasvattavat lapsiaan arabialaisen ja suomalaisen kulttuurin keskellä. Puhumme arjesta, kielestä ja perinteistä.",
            ),
            (
                "en",
                "Families between two cultures (Arabic)",
                "A group for parents raising children between Arab and Finnish cultures. We talk about everyday life, language and traditions.",
            ),
        ],
        languages: "ar,fi",
        topics: "two-cultures,bilingual-children",
        audience: "all-parents",
        region: "online",
        capacity: 10,
        join_policy: "open",
        weekday: Weekday::Tue,
        start: (18, 0),
        facilitator: "facilitator.ar@demo.silta.test",
        members: &["aisha@demo.silta.test", "mikko@demo.silta.test"],
    },
    DemoGroup {
        texts: &[
            (
                "ru",
                "Двуязычные дети",
                "Как поддержать русский язык ребёнка в Финляндии? Делимся опытом и идеями.",
            ),
            (
                "fi",
                "Kaksikieliset lapset (venäjä)",
                "Miten tukea lapsen venäjän kieltä Suomessa? Jaamme kokemuksia ja ideoita.",
            ),
        ],
        languages: "ru,fi",
        topics: "bilingual-children",
        audience: "all-parents",
        region: "online",
        capacity: 8,
        join_policy: "open",
        weekday: Weekday::Wed,
        start: (19, 0),
        facilitator: "facilitator.ru@demo.silta.test",
        members: &["olga@demo.silta.test"],
    },
    DemoGroup {
        texts: &[
            (
                "sv",
                "Första året i Finland",
                "För familjer som nyss flyttat till Finland. Vi pratar om vardagen, tjänster och att hitta sin plats.",
            ),
            (
                "so",
                "Sanadka koowaad ee Finland",
                "Qoysaska dhawaan u soo guuray Finland. Waxaan ka hadlaynaa nolol maalmeedka iyo adeegyada.",
            ),
            (
                "en",
                "The first year in Finland",
                "For families who have just moved to Finland. We talk about everyday life, services and finding your place.",
            ),
        ],
        languages: "sv,so,en",
        topics: "first-year-in-finland",
        audience: "all-parents",
        region: "905",
        capacity: 12,
        join_policy: "approval",
        weekday: Weekday::Thu,
        start: (10, 0),
        facilitator: "facilitator.ar@demo.silta.test",
        members: &["hodan@demo.silta.test"],
    },
    DemoGroup {
        texts: &[
            (
                "fi",
                "Isien ilta",
                "Isille, joiden perheessä on kaksi kulttuuria. Rento keskustelu isyydestä ja arjesta.",
            ),
            (
                "en",
                "Fathers' evening",
                "For fathers in families with two cultures. A relaxed talk about fatherhood and everyday life.",
            ),
        ],
        languages: "fi,en",
        topics: "fathers,two-cultures",
        audience: "fathers",
        region: "091",
        capacity: 8,
        join_policy: "open",
        weekday: Weekday::Mon,
        start: (18, 30),
        facilitator: "facilitator.ru@demo.silta.test",
        members: &["mikko@demo.silta.test"],
    },
];

/// Adds the demo groups that do not exist yet (matched by their first name); returns lines.
pub async fn demo_groups(state: &AppState) -> Result<Vec<String>, AppError> {
    state
        .db
        .run(|conn| {
            crate::db::transaction(conn, |conn| {
                let now = now();
                let ids: Vec<String> = model::all_groups(conn)?.into_iter().map(|g| g.id).collect();
                let existing: Vec<String> = model::texts(conn, &ids)?
                    .into_iter()
                    .map(|t| t.name)
                    .collect();
                let creator = users::by_email(conn, "coordinator@demo.silta.test")?
                    .ok_or_else(AppError::not_found)?;
                let mut lines = Vec::new();
                for group in DEMO_GROUPS {
                    let (_, first_name, _) = group.texts[0];
                    if existing.iter().any(|n| n == first_name) {
                        continue;
                    }
                    let id = uuid::Uuid::new_v4().to_string();
                    model::insert_group(
                        conn,
                        &model::NewGroup {
                            id: &id,
                            spoken_languages: group.languages,
                            topics: group.topics,
                            audience: group.audience,
                            region: group.region,
                            capacity: group.capacity,
                            join_policy: group.join_policy,
                            status: "published",
                            created_by: &creator.id,
                        },
                        now,
                    )?;
                    for (language, name, description) in group.texts {
                        model::insert_text(conn, &id, language, name, description)?;
                    }
                    if let Some(facilitator) = users::by_email(conn, group.facilitator)? {
                        model::add_facilitator(conn, &id, &facilitator.id)?;
                    }
                    // Twelve weeks already held (for reports and figures), eight to come.
                    let mut first_date = schedule::utc_to_local(now, GROUP_TIME_ZONE).date()
                        - TimeDelta::weeks(i64::from(PAST_WEEKS));
                    while first_date.weekday() != group.weekday {
                        first_date += TimeDelta::days(1);
                    }
                    let series = WeeklySeries {
                        first_date,
                        start: NaiveTime::from_hms_opt(group.start.0, group.start.1, 0)
                            .unwrap_or_default(),
                        duration_minutes: 90,
                        weeks: 8 + PAST_WEEKS,
                    };
                    for (starts_at, ends_at) in
                        schedule::occurrences(&series, GROUP_TIME_ZONE).unwrap_or_default()
                    {
                        model::insert_session(conn, &id, starts_at, ends_at, now)?;
                    }
                    for member in group.members {
                        if let Some(user) = users::by_email(conn, member)? {
                            model::set_membership(conn, &id, &user.id, "member", now)?;
                        }
                    }
                    lines.push(format!("{first_name} ({})", group.languages));
                }
                Ok(lines)
            })
        })
        .await
}
