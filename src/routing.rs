//! Routes as data: each feature adds its routes with the permission they need, and the
//! access middleware, the OpenAPI document and the route × role test all read the same table.
//!
//! The route table is the policy table: a route exists only through [`Routes::add`], which
//! records its permission (deny by default).

use std::collections::HashMap;
use std::sync::Arc;

use actix_web::dev::ResourceDef;
use actix_web::http::Method;
use actix_web::{FromRequest, Handler, Responder, web};

use crate::auth::policy::Permission;

#[derive(Debug, Clone)]
pub struct RouteInfo {
    pub method: Method,
    pub path: &'static str,
    pub permission: Permission,
}

type Mount = Arc<dyn Fn(&mut web::ServiceConfig) + Send + Sync>;

/// The routes the features registered, in order; mounted into every server worker's app.
#[derive(Default, Clone)]
pub struct Routes {
    table: Vec<RouteInfo>,
    mounts: Vec<Mount>,
}

impl Routes {
    pub fn add<F, Args>(
        &mut self,
        method: Method,
        path: &'static str,
        permission: Permission,
        handler: F,
    ) -> &mut Self
    where
        F: Handler<Args> + Send + Sync,
        Args: FromRequest + 'static,
        F::Output: Responder + 'static,
    {
        let route_method = method.clone();
        self.mounts.push(Arc::new(move |config| {
            config.route(path, web::method(route_method.clone()).to(handler.clone()));
        }));
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
        F: Handler<Args> + Send + Sync,
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
        F: Handler<Args> + Send + Sync,
        Args: FromRequest + 'static,
        F::Output: Responder + 'static,
    {
        self.add(Method::POST, path, permission, handler)
    }

    /// Registers every route with one server worker's app.
    pub fn mount(&self, config: &mut web::ServiceConfig) {
        for mount in &self.mounts {
            mount(config);
        }
    }

    pub fn table(&self) -> RouteTable {
        RouteTable::new(self.table.clone())
    }
}

/// Every route with the permission it needs, looked up by (method, route pattern).
#[derive(Debug, Default)]
pub struct RouteTable {
    routes: Vec<RouteInfo>,
    permissions: HashMap<(Method, &'static str), Permission>,
    /// Each pattern once, with the methods it answers, to tell 405 from 404.
    patterns: Vec<(ResourceDef, Vec<Method>)>,
}

impl RouteTable {
    fn new(routes: Vec<RouteInfo>) -> Self {
        let permissions = routes
            .iter()
            .map(|r| ((r.method.clone(), r.path), r.permission))
            .collect();
        let mut patterns: Vec<(ResourceDef, Vec<Method>)> = Vec::new();
        for route in &routes {
            match patterns
                .iter_mut()
                .find(|(def, _)| def.pattern() == Some(route.path))
            {
                Some((_, methods)) => methods.push(route.method.clone()),
                None => patterns.push((ResourceDef::new(route.path), vec![route.method.clone()])),
            }
        }
        Self {
            routes,
            permissions,
            patterns,
        }
    }

    /// The methods some route answers at `path` (HEAD with GET); empty when none matches.
    /// A path that a pattern without parameters names (`/invitations/accept`) answers only that
    /// pattern's methods, not those of a pattern it also fits (`/invitations/{id}`).
    pub fn methods_for(&self, path: &str) -> Vec<Method> {
        let matching: Vec<&(ResourceDef, Vec<Method>)> = self
            .patterns
            .iter()
            .filter(|(def, _)| def.is_match(path))
            .collect();
        let exact: Vec<_> = matching
            .iter()
            .copied()
            .filter(|(def, _)| def.pattern().is_some_and(|p| !p.contains('{')))
            .collect();
        let chosen = if exact.is_empty() { matching } else { exact };
        let mut methods: Vec<Method> = chosen
            .into_iter()
            .flat_map(|(_, methods)| methods.iter().cloned())
            .collect();
        if methods.contains(&Method::GET) {
            methods.push(Method::HEAD);
        }
        methods.sort_by(|a, b| a.as_str().cmp(b.as_str()));
        methods.dedup();
        methods
    }

    pub fn routes(&self) -> &[RouteInfo] {
        &self.routes
    }

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
