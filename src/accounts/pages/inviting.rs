//! Pages of the family and of invitations.
use actix_web::{HttpResponse, web};
use minijinja::{Value, context};
use serde::{Deserialize, Serialize};

use super::*;
use crate::accounts::invitation_list::{self, InvitationFilters};
use crate::accounts::model::invitations::Standing;
use crate::paging::PageNumber;

// ---- family and invitations ----------------------------------------------------------------

#[derive(Serialize)]
struct InvitationView {
    id: String,
    email: String,
    role: String,
    expires_at: String,
    status: &'static str,
}

fn invitation_views(
    page: &Page,
    list: Vec<crate::accounts::model::invitations::Invitation>,
) -> Vec<InvitationView> {
    let now = crate::clock::now();
    list.into_iter()
        .map(|i| InvitationView {
            status: match (i.accepted_at, i.revoked_at) {
                (Some(_), _) => "accepted",
                (_, Some(_)) => "revoked",
                _ if i.expires_at <= now => "expired",
                _ => "open",
            },
            role: page.t(&format!("role-{}", i.role)),
            expires_at: page.datetime(i.expires_at),
            id: i.id,
            email: i.email,
        })
        .collect()
}

async fn family_context(page: &Page, me: &CurrentUser) -> Result<Value, AppError> {
    let family_id = me.family_id.clone().ok_or_else(AppError::not_found)?;
    let state = page.state.clone();
    let (family, members) = state
        .db
        .run(move |conn| {
            let family = crate::accounts::model::users::family(conn, &family_id)?
                .ok_or_else(AppError::not_found)?;
            let members = crate::accounts::model::users::family_members(conn, &family_id)?;
            Ok((family, members))
        })
        .await?;
    let members: Vec<String> = members.into_iter().map(|m| m.display_name).collect();
    let languages: Vec<&str> = family
        .languages
        .split(',')
        .filter_map(crate::accounts::domain::family_language_name)
        .collect();
    let pending = invitation_views(
        page,
        invitations::family_invitations(&page.state, me).await?,
    );
    Ok(context! { members, languages, pending })
}

pub async fn family(page: Page, me: CurrentUser) -> Result<HttpResponse, AppError> {
    let ctx = family_context(&page, &me).await?;
    page.render("accounts/family.html", ctx)
}

#[derive(Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    language: String,
}

pub async fn invite_family_member(
    page: Page,
    me: CurrentUser,
    HtmlForm(form): HtmlForm<InviteForm>,
) -> Result<HttpResponse, AppError> {
    match invitations::invite_family_member(&page.state, &me, &form.email, &form.language).await {
        Ok(_) => Ok(see_other("/family")),
        Err(error) => {
            let ctx = family_context(&page, &me).await?;
            page.render_form_error("accounts/family.html", ctx, error)
        }
    }
}

pub async fn revoke_family_invitation(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    invitations::revoke(&page.state, &me, &id).await?;
    Ok(see_other("/family"))
}

pub async fn invitation_page(
    page: Page,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let Some((invitation, has_account)) =
        invitations::open_invitation(&page.state, token.into_inner()).await?
    else {
        return message(&page, "link-expired-title", "link-expired");
    };
    let role = page.t(&format!("role-{}", invitation.role));
    page.render(
        "accounts/invitation.html",
        context! { role, has_account, email => invitation.email },
    )
}

#[derive(Deserialize)]
pub struct AcceptForm {
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    password: String,
}

pub async fn accept_invitation(
    page: Page,
    client: Client,
    token: web::Path<String>,
    HtmlForm(form): HtmlForm<AcceptForm>,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    let acceptance = invitations::Acceptance {
        token: token.clone(),
        display_name: form.display_name,
        password: Some(form.password),
    };
    match invitations::accept(&page.state, acceptance, &client, TokenUse::Browser).await {
        Ok(ticket) => Ok(signed_in(&page, ticket, Some("/"))),
        Err(error) => {
            let Some((invitation, has_account)) =
                invitations::open_invitation(&page.state, token).await?
            else {
                return Err(error);
            };
            let role = page.t(&format!("role-{}", invitation.role));
            page.render_form_error(
                "accounts/invitation.html",
                context! { role, has_account, email => invitation.email },
                error,
            )
        }
    }
}

async fn staff_invitations_context(
    page: &Page,
    me: &CurrentUser,
    filters: InvitationFilters,
    number: PageNumber,
) -> Result<Value, AppError> {
    let found = invitation_list::staff_sent(&page.state, filters.clone(), number.into()).await?;
    let pager = found.pager(
        "/staff/invitations",
        &[
            ("status", filters.status.clone()),
            ("role", filters.role.clone()),
        ],
    );
    let total = found.total;
    let invitations = invitation_views(page, found.items);
    let standings: Vec<Choice> = Standing::ALL
        .iter()
        .map(|(_, code)| Choice {
            code,
            name: page.t(&format!("invitation-status-{code}")),
        })
        .collect();
    let roles: Vec<Choice> = Role::ALL
        .into_iter()
        .filter(|role| me.roles.iter().any(|mine| mine.may_invite(*role)))
        .map(|role| Choice {
            code: role.as_str(),
            name: page.t(&format!("role-{}", role.as_str())),
        })
        .collect();
    Ok(context! {
        invitations, roles, standings, pager, total,
        filters => context! { status => filters.status, role => filters.role },
    })
}

pub async fn staff_invitations(
    page: Page,
    me: CurrentUser,
    filters: web::Query<InvitationFilters>,
    number: web::Query<PageNumber>,
) -> Result<HttpResponse, AppError> {
    let (filters, number) = (filters.into_inner(), number.into_inner());
    let ctx = staff_invitations_context(&page, &me, filters, number).await?;
    page.render("accounts/staff_invitations.html", ctx)
}

pub async fn invite(
    page: Page,
    me: CurrentUser,
    HtmlForm(form): HtmlForm<InviteForm>,
) -> Result<HttpResponse, AppError> {
    match invitations::invite(&page.state, &me, &form.email, &form.role, &form.language).await {
        Ok(_) => Ok(see_other("/staff/invitations")),
        Err(error) => {
            let ctx = staff_invitations_context(&page, &me, Default::default(), Default::default())
                .await?;
            page.render_form_error("accounts/staff_invitations.html", ctx, error)
        }
    }
}

pub async fn revoke_staff_invitation(
    page: Page,
    me: CurrentUser,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    invitations::revoke(&page.state, &me, &id).await?;
    Ok(see_other("/staff/invitations"))
}
