//! `/staff/training`: what waits (applications, tasks to review), the cohorts, and the way to
//! every staff page of training.

use actix_web::HttpResponse;
use minijinja::context;

use crate::auth::CurrentUser;
use crate::auth::policy::Permission;
use crate::error::AppError;
use crate::training::{apply, catalogue, review};
use crate::web::Page;

pub async fn overview(page: Page, me: CurrentUser) -> Result<HttpResponse, AppError> {
    let (applications, _) = apply::waiting(&page.state).await?;
    let cohorts = catalogue::cohorts(&page.state, None).await?;
    let trainer = me.can(Permission::TrainFacilitators);
    let (reviews, courses) = if trainer {
        let reviews = review::queue(&page.state, page.locale.code()).await?.len();
        let courses = catalogue::courses(&page.state).await?.len();
        (reviews, courses)
    } else {
        (0, 0)
    };
    page.render(
        "training/staff/overview.html",
        context! { applications, reviews, courses, cohorts, trainer },
    )
}
