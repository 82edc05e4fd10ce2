//! Every route Silta serves, each with the permission it needs.
//!
//! Routes are registered only through [`Routes::add`], which records the permission in the
//! table the access middleware enforces (deny by default) and that the route × role test walks.

use std::collections::HashMap;

use actix_web::http::Method;
use actix_web::{FromRequest, Handler, Responder, web};

use crate::auth::policy::Permission;
use crate::{accounts, admin, api, chat, groups, health, web as pages};

#[derive(Debug, Clone)]
pub struct RouteInfo {
    pub method: Method,
    pub path: &'static str,
    pub permission: Permission,
}

/// Registers routes with actix (when serving) and records them (always).
pub struct Routes<'a> {
    config: Option<&'a mut web::ServiceConfig>,
    table: Vec<RouteInfo>,
}

impl Routes<'_> {
    pub fn add<F, Args>(
        &mut self,
        method: Method,
        path: &'static str,
        permission: Permission,
        handler: F,
    ) -> &mut Self
    where
        F: Handler<Args>,
        Args: FromRequest + 'static,
        F::Output: Responder + 'static,
    {
        if let Some(config) = self.config.as_deref_mut() {
            config.route(path, web::method(method.clone()).to(handler));
        }
        self.table.push(RouteInfo {
            method,
            path,
            permission,
        });
        self
    }

    pub fn get<F, Args>(
        &mut self,
        path: &'static str,
        permission: Permission,
        handler: F,
    ) -> &mut Self
    where
        F: Handler<Args>,
        Args: FromRequest + 'static,
        F::Output: Responder + 'static,
    {
        self.add(Method::GET, path, permission, handler)
    }

    pub fn post<F, Args>(
        &mut self,
        path: &'static str,
        permission: Permission,
        handler: F,
    ) -> &mut Self
    where
        F: Handler<Args>,
        Args: FromRequest + 'static,
        F::Output: Responder + 'static,
    {
        self.add(Method::POST, path, permission, handler)
    }
}

fn register(routes: &mut Routes) {
    use Permission::Public;
    routes
        .get("/", Public, pages::pages::home)
        .get("/lang/{code}", Public, pages::pages::switch_language)
        .get("/static/{path:.*}", Public, pages::statics::serve)
        .get("/healthz", Public, health::live)
        .get("/readyz", Public, health::ready)
        .get("/api/openapi.json", Public, api::openapi::serve)
        .get("/api/v1", Public, api::index);
    accounts::routes(routes);
    admin::routes(routes);
    groups::routes(routes);
    chat::routes(routes);
}

/// The permission of each (method, route pattern).
#[derive(Debug, Default)]
pub struct RouteTable {
    permissions: HashMap<(Method, &'static str), Permission>,
}

impl RouteTable {
    pub fn permission(&self, method: &Method, pattern: &str) -> Option<Permission> {
        self.permissions
            .get(&(method.clone(), pattern))
            .copied()
            .or_else(|| {
                // HEAD is answered by the GET route.
                (method == Method::HEAD)
                    .then(|| self.permissions.get(&(Method::GET, pattern)).copied())
                    .flatten()
            })
    }
}

/// The full route table, for the access middleware and for tests.
pub fn table() -> Vec<RouteInfo> {
    let mut routes = Routes {
        config: None,
        table: Vec::new(),
    };
    register(&mut routes);
    routes.table
}

/// Registers every route with actix and returns the permission table.
pub fn configure(config: &mut web::ServiceConfig) -> RouteTable {
    let mut routes = Routes {
        config: Some(config),
        table: Vec::new(),
    };
    register(&mut routes);
    RouteTable {
        permissions: routes
            .table
            .into_iter()
            .map(|r| ((r.method, r.path), r.permission))
            .collect(),
    }
}
