//! The home page: for visitors what Silta is; for a signed-in person the cards features give
//! them, each saying what to do next.

use actix_web::{HttpResponse, web};
use minijinja::{Value, context};

use super::Page;
use crate::error::AppError;
use crate::home::HomeCards;

pub async fn home(page: Page, cards: web::Data<HomeCards>) -> Result<HttpResponse, AppError> {
    let Some(me) = page
        .principal
        .user()
        .filter(|me| me.second_factor.is_satisfied())
        .cloned()
    else {
        return page.render("home.html", context! {});
    };
    let base = Page::base_context(&page.state, page.request());
    let mut rendered = Vec::new();
    for card in cards.for_reader(&page.state, &me).await? {
        let html = page
            .state
            .templates
            .render(card.template, context! { ..card.context, ..base.clone() })
            .map_err(AppError::internal)?;
        rendered.push(Value::from_safe_string(html));
    }
    page.render(
        "home_signed_in.html",
        context! { cards => rendered, name => me.display_name.clone() },
    )
}
