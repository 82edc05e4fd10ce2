//! The network's pages: the list searched and paged with the form for a new one (typed input
//! kept on an error), the meeting page with its forms for staff only, an action without an
//! owner refused with the field's error, and the owner's home card.

use reqwest::StatusCode;
use silta::auth::policy::Role;

use super::common::accounts::create_person;
use super::common::groups::Api;

#[tokio::test]
async fn staff_keep_the_minutes_on_the_pages_and_the_owner_sees_their_action_at_home() {
    let net = super::network().await;
    let app = &net.world.app;
    let staff = Api::as_person(app, &net.world.coordinator).await;
    let list = staff.open("/networks?q=helsinki").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(
        list.text.contains("Helsinki families&#x27;") || list.text.contains("Helsinki families'"),
        "{}",
        list.text
    );
    assert!(list.text.contains("New network"));
    let refused = staff
        .submit(
            "/networks",
            &[("name", "Espoo partners"), ("area", "county:xx")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.text.contains("Choose a wellbeing services county")
            && refused.text.contains("Espoo partners")
    );
    let made = staff
        .submit(
            "/networks",
            &[("name", "Espoo partners"), ("area", "municipality:049")],
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.text);
    let espoo = staff.open(&made.text).await;
    assert!(
        espoo.text.contains("Espoo") && espoo.text.contains("Invite a participant"),
        "{}",
        espoo.text
    );

    let page = format!("/networks/{}/meetings/{}", net.id, net.first);
    let agenda = staff
        .submit(
            &format!("{page}/agenda"),
            &[("agenda", "Who does what\nSpring groups")],
        )
        .await;
    assert_eq!(agenda.status, StatusCode::SEE_OTHER);
    let no_owner = staff
        .submit(
            &format!("{page}/actions"),
            &[
                ("text", "Share the leaflet"),
                ("owner_id", ""),
                ("due_on", ""),
            ],
        )
        .await;
    assert_eq!(no_owner.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        no_owner.text.contains("Every action needs an owner")
            && no_owner.text.contains("Share the leaflet")
    );
    let fields = [
        ("text", "Share the leaflet"),
        ("owner_id", net.partner.id.as_str()),
        ("due_on", "2020-01-01"),
    ];
    assert_eq!(
        staff
            .submit(&format!("{page}/actions"), &fields)
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let notes = staff
        .submit(
            &format!("{page}/notes"),
            &[("notes", "The clinic did not know the groups.")],
        )
        .await;
    assert_eq!(notes.status, StatusCode::SEE_OTHER);
    let shown = staff.open(&page).await;
    assert!(
        shown.text.contains("Spring groups") && shown.text.contains("The clinic did not know"),
        "{}",
        shown.text
    );
    assert!(shown.text.contains("Who does what") && shown.text.contains("Family counsellor"));

    let partner = Api::as_person(app, &net.partner).await;
    let read = partner.open(&page).await;
    assert_eq!(read.status, StatusCode::OK);
    assert!(read.text.contains("Spring groups"), "{}", read.text);
    assert!(
        !read.text.contains("/agenda\"") && !read.text.contains("/actions\""),
        "read-only"
    );
    let refused = partner
        .submit(&format!("{page}/agenda"), &[("agenda", "Mine")])
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let home = partner.open("/").await;
    let card = "Dina öppna åtgärder";
    assert!(
        home.text.contains(card) && home.text.contains("Share the leaflet"),
        "in Swedish, theirs: {}",
        home.text
    );
    assert!(home.text.contains("Försenad"), "overdue: {}", home.text);
    let outsider = create_person(app, "someone@example.org", &[Role::Supervisor]).await;
    let outsider = Api::as_person(app, &outsider).await;
    assert_eq!(outsider.open(&page).await.status, StatusCode::NOT_FOUND);
}
