//! Reading one referral, by each of its readers. Every reading by a worker, a partner or the
//! service's link is written to the access log in the same transaction (the referral, and
//! each consent a worker is shown); the service's first opening marks it received.

use super::access::{self, Reader};
use super::changes::mark_received;
use super::domain::Actor;
use super::links;
use super::model;
use super::views::{self, ReferralView};
use crate::auth::SignedIn;
use crate::error::AppError;
use crate::state::AppState;

/// A referral for a referral worker.
pub async fn for_worker(
    state: &AppState,
    me: &SignedIn,
    id: &str,
) -> Result<ReferralView, AppError> {
    let (me, id, state_in) = (me.clone(), id.to_owned(), state.clone());
    state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let referral = access::for_worker(conn, &me, &id)?;
                for consent in model::consents_of(conn, &referral.id)? {
                    access::log(
                        conn,
                        &referral,
                        Reader::Worker,
                        Some(&me.user_id),
                        "consent",
                        &consent.id,
                    )?;
                }
                let days = state_in.config.referral_overdue_days;
                views::full(
                    conn,
                    &state_in.i18n,
                    referral,
                    Reader::Worker,
                    me.language.code,
                    days,
                )
            })
        })
        .await
}

/// A referral sent to the partner's organisation.
pub async fn for_partner(
    state: &AppState,
    me: &SignedIn,
    id: &str,
) -> Result<ReferralView, AppError> {
    let (me, id, state_in) = (me.clone(), id.to_owned(), state.clone());
    let view = state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let referral = access::for_partner(conn, &me, &id)?;
                let referral =
                    mark_received(&state_in, conn, referral, Actor::Partner, Some(&me.user_id))?;
                let days = state_in.config.referral_overdue_days;
                views::full(
                    conn,
                    &state_in.i18n,
                    referral,
                    Reader::Partner,
                    me.language.code,
                    days,
                )
            })
        })
        .await?;
    state.mailer.wake_worker();
    Ok(view)
}

/// The referral a service's link names, read in `lang`.
pub async fn for_link(
    state: &AppState,
    token: &str,
    lang: &'static str,
) -> Result<ReferralView, AppError> {
    let id = links::verify_service(state, token)?;
    let state_in = state.clone();
    let view = state
        .db
        .run(move |conn| {
            crate::db::transaction(conn, |conn| {
                let referral = access::for_link(conn, &id)?;
                let referral = mark_received(&state_in, conn, referral, Actor::ServiceLink, None)?;
                let days = state_in.config.referral_overdue_days;
                views::full(
                    conn,
                    &state_in.i18n,
                    referral,
                    Reader::ServiceLink,
                    lang,
                    days,
                )
            })
        })
        .await?;
    state.mailer.wake_worker();
    Ok(view)
}

/// The family's own referral.
pub async fn for_family(
    state: &AppState,
    me: &SignedIn,
    id: &str,
) -> Result<ReferralView, AppError> {
    let (me, id, state_in) = (me.clone(), id.to_owned(), state.clone());
    state
        .db
        .run(move |conn| {
            let referral = access::for_family(conn, &me, &id)?;
            let days = state_in.config.referral_overdue_days;
            views::full(
                conn,
                &state_in.i18n,
                referral,
                Reader::Family,
                me.language.code,
                days,
            )
        })
        .await
}

/// The referral an "I got help" link names, for its page: the service's name and status
/// only (the link may be opened by anyone holding the mail).
pub async fn for_help_link(
    state: &AppState,
    token: &str,
    lang: &'static str,
) -> Result<(String, super::domain::Status), AppError> {
    let (id, _) = links::verify_help(state, token)?;
    state
        .db
        .run(move |conn| {
            let referral = model::referral(conn, &id)?.ok_or_else(links::invalid)?;
            let names = views::service_names(conn, std::slice::from_ref(&referral), lang)?;
            let name = views::name_in(&names, &referral.service_id);
            let status = super::domain::Status::parse(&referral.status)
                .unwrap_or(super::domain::Status::Draft);
            Ok((name.service, status))
        })
        .await
}
