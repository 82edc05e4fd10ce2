//! Silta: online peer groups for bicultural families.

pub mod accounts;
pub mod admin;
pub mod api;
pub mod auth;
pub mod chat;
pub mod cli;
pub mod clock;
pub mod config;
pub mod db;
pub mod demo;
pub mod error;
pub mod events;
pub mod groups;
pub mod health;
pub mod i18n;
pub mod jobs;
pub mod mail;
pub mod provided;
pub mod regions;
pub mod registry;
pub mod routing;
pub mod startup;
pub mod state;
pub mod telemetry;
pub mod training;
pub mod web;
