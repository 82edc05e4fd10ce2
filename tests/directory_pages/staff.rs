//! Staff keep the directory: a service form checked whole with its values kept, "checked
//! today", paged and searched lists, partner accounts, categories; nobody else gets in.

use reqwest::{Method, StatusCode};
use serde_json::json;
use silta::auth::policy::Role;

use crate::common::groups::Api;
use crate::fixture::{clinic, directory, submit};

#[tokio::test]
async fn the_service_form_is_checked_whole_and_keeps_what_was_typed() {
    let dir = directory().await;
    let staff = dir.staff().await;
    let mut fields = clinic(&dir.organisation, "", "091");
    fields.retain(|(k, _)| *k != "municipalities" && *k != "hours_closes");
    fields.push(("contact_email", "not-an-address".to_owned()));
    fields.push(("contact_name", "Sosiaalityö".to_owned()));
    fields.push(("contact_phone", String::new()));
    fields.push(("contact_title", String::new()));
    fields.push(("contact_note", String::new()));
    fields.push(("hours_closes", "08:00".to_owned()));
    let answer = submit(&staff, "/staff/directory/services", &fields).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    for message in [
        "This is missing.",
        "Choose where the service is offered.",
        "Enter an email address like name@example.fi.",
        "The closing time must be after the opening time.",
    ] {
        assert!(answer.text.contains(message), "{message}: {}", answer.text);
    }
    assert!(
        answer.text.contains("Tram 9 to Sturenkatu"),
        "typed values kept"
    );
    let (status, _) = staff.send(Method::GET, "/api/v1/help/services", None).await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "finding help is the families'"
    );

    let id = dir
        .add(&clinic(&dir.organisation, "Kallion neuvola", "091"))
        .await;
    let edit = staff.open(&format!("/staff/directory/services/{id}")).await;
    assert_eq!(edit.status, StatusCode::OK);
    assert!(edit.text.contains(r#"value="Sturenkatu 10""#));
    assert!(edit.text.contains(r#"<option value="091" selected>"#));
    let checked = staff
        .submit(&format!("/staff/directory/services/{id}/checked"), &[])
        .await;
    assert_eq!(checked.status, StatusCode::SEE_OTHER);
    let list = staff.open("/staff/directory").await;
    let today = chrono::Utc::now()
        .with_timezone(&chrono_tz::Europe::Helsinki)
        .date_naive()
        .to_string();
    assert!(list.text.contains(&today), "checked today: {}", list.text);

    let mut closed = clinic(&dir.organisation, "Kallion neuvola", "091");
    for field in closed.iter_mut() {
        if field.0 == "status" {
            field.1 = "inactive".to_owned();
        }
    }
    let saved = submit(&staff, &format!("/staff/directory/services/{id}"), &closed).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text);
    let family = dir.family("family@example.org", "fi").await;
    let page = Api::as_person(&dir.app, &family)
        .await
        .open(&format!("/help/services/{id}"))
        .await;
    assert_eq!(page.status, StatusCode::NOT_FOUND, "no longer offered");
    let inactive = staff.open("/staff/directory?status=inactive").await;
    assert!(inactive.text.contains("Kallion neuvola"));
    let missing = staff
        .open("/staff/directory/services/00000000-0000-4000-8000-000000000000")
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn lists_are_searched_and_paged() {
    let dir = directory().await;
    for i in 0..21 {
        dir.add(&clinic(
            &dir.organisation,
            &format!("Neuvola {i:02}"),
            "091",
        ))
        .await;
    }
    dir.add(&clinic(&dir.organisation, "Perheneuvola Vallila", "091"))
        .await;
    let staff = dir.staff().await;
    let first = staff.open("/staff/directory").await;
    assert!(first.text.contains("22 services"), "{}", first.text);
    assert!(first.text.contains("Page 1 of 2"), "{}", first.text);
    let found = staff.open("/staff/directory?q=vallila").await;
    assert!(found.text.contains("One service") && found.text.contains("Perheneuvola Vallila"));
    let family = dir.family("family@example.org", "en").await;
    let (_, second) = Api::as_person(&dir.app, &family)
        .await
        .send(Method::GET, "/api/v1/help/services?page=2", None)
        .await;
    assert_eq!(second["items"].as_array().unwrap().len(), 2, "{second}");
    let orgs = staff.open("/staff/directory/organisations?q=helsing").await;
    assert!(orgs.text.contains("One organisation") && orgs.text.contains("22"));
}

#[tokio::test]
async fn partners_and_facilitators_cannot_open_the_editing_pages_and_partners_are_linked() {
    let dir = directory().await;
    let app = &dir.app;
    let partner = dir.person("partner@kunta.fi", Role::MunicipalPartner).await;
    let facilitator = dir
        .person("facilitator@example.org", Role::Facilitator)
        .await;
    let org_page = format!("/staff/directory/organisations/{}", dir.organisation);
    for person in [&partner, &facilitator] {
        let api = Api::as_person(app, person).await;
        for path in [
            "/staff/directory",
            "/staff/directory/services/new",
            "/staff/directory/categories",
            org_page.as_str(),
        ] {
            assert_eq!(api.open(path).await.status, StatusCode::FORBIDDEN, "{path}");
        }
        let linked = api
            .submit(
                &format!("{org_page}/partners"),
                &[("partner_email", "partner@kunta.fi")],
            )
            .await;
        assert_eq!(linked.status, StatusCode::FORBIDDEN);
    }

    let staff = dir.staff().await;
    let unknown = staff
        .submit(
            &format!("{org_page}/partners"),
            &[("partner_email", "facilitator@example.org")],
        )
        .await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        unknown
            .text
            .contains("No municipal partner account has this address.")
    );
    let linked = staff
        .submit(
            &format!("{org_page}/partners"),
            &[("partner_email", "Partner@Kunta.fi")],
        )
        .await;
    assert_eq!(linked.status, StatusCode::SEE_OTHER);
    let page = staff.open(&linked.text).await;
    assert!(page.text.contains("The account was linked."));
    assert!(
        page.text
            .contains(&format!("/partners/{}/remove", partner.id))
    );
    let organisation = dir.organisation.clone();
    let partners = app
        .state
        .db
        .run(move |conn| Ok(silta::directory::service::partners_of(conn, &organisation)?))
        .await
        .unwrap();
    assert_eq!(partners, vec![partner.id.clone()]);
    let removed = staff
        .submit(&format!("{org_page}/partners/{}/remove", partner.id), &[])
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    let again = staff
        .submit(&format!("{org_page}/partners/{}/remove", partner.id), &[])
        .await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn categories_are_added_renamed_archived_and_restored() {
    let dir = directory().await;
    let staff = dir.staff().await;
    let empty = staff
        .submit("/staff/directory/categories", &[("label", " ")])
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, made) = staff
        .send(
            Method::POST,
            "/api/v1/staff/directory/categories",
            Some(json!({ "label": "Kerhot" })),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let id = made["id"].as_str().unwrap().to_owned();
    let renamed = staff
        .submit(
            &format!("/staff/directory/categories/{id}"),
            &[("label", "Perhekerhot")],
        )
        .await;
    assert_eq!(renamed.status, StatusCode::SEE_OTHER);
    let seeded = staff
        .submit(
            "/staff/directory/categories/child-health-clinic",
            &[("label", "Something else")],
        )
        .await;
    assert_eq!(
        seeded.status,
        StatusCode::NOT_FOUND,
        "seeded ones are translated"
    );
    staff
        .submit(
            "/staff/directory/categories/interpreters/archive",
            &[("archived", "true")],
        )
        .await;
    let family = dir.family("family@example.org", "fi").await;
    let find = Api::as_person(&dir.app, &family).await.open("/help").await;
    assert!(find.text.contains("Perhekerhot") && find.text.contains("Lastenneuvola"));
    assert!(!find.text.contains(">Tulkkaus<"), "archived: not offered");
    let (_, all) = staff
        .send(Method::GET, "/api/v1/staff/directory/categories", None)
        .await;
    let last = all.as_array().unwrap().last().unwrap().clone();
    assert_eq!(
        (last["id"].as_str(), last["archived"].as_bool()),
        (Some("interpreters"), Some(true))
    );
    staff
        .submit(
            "/staff/directory/categories/interpreters/archive",
            &[("archived", "false")],
        )
        .await;
    let find = Api::as_person(&dir.app, &family).await.open("/help").await;
    assert!(find.text.contains(">Tulkkaus<"), "restored");
}
