//! Who is on the other end of a request. Behind a load balancer the peer is the balancer;
//! the client's address and the host it addressed are then in forwarding headers, which are
//! believed only when the peer is one of the configured trusted proxies, and then only up to
//! the right-most hop that is not (anything left of it the client could have written).

use std::net::IpAddr;

use actix_web::HttpRequest;
use actix_web::http::header;
use ipnet::IpNet;

use crate::config::Config;

/// The client's address: the peer, or behind trusted proxies the right-most untrusted hop of
/// `X-Forwarded-For` (or, without it, `Forwarded: for=`).
pub fn client_address(req: &HttpRequest, trusted: &[IpNet]) -> Option<IpAddr> {
    let peer = req.peer_addr()?.ip();
    if !is_trusted(peer, trusted) {
        return Some(peer);
    }
    let mut nearest = peer;
    for hop in forwarded_hops(req).iter().rev() {
        let Some(address) = parse_hop(hop) else {
            // Unreadable: what stands left of it cannot be placed; the last hop read is it.
            return Some(nearest);
        };
        if !is_trusted(address, trusted) {
            return Some(address);
        }
        nearest = address;
    }
    Some(nearest)
}

/// Whether a browser's `Origin` is this site: the configured public origin, or the scheme
/// and host this request was addressed to (as forwarded, only by a trusted proxy).
pub fn is_own_origin(req: &HttpRequest, config: &Config, origin: &str) -> bool {
    if origin == config.public_origin() {
        return true;
    }
    let peer_trusted = req
        .peer_addr()
        .is_some_and(|peer| is_trusted(peer.ip(), &config.trusted_proxies));
    let own = if peer_trusted {
        let info = req.connection_info();
        format!("{}://{}", info.scheme(), info.host())
    } else {
        let scheme = if req.app_config().secure() {
            "https"
        } else {
            "http"
        };
        let host = req
            .headers()
            .get(header::HOST)
            .and_then(|h| h.to_str().ok())
            .unwrap_or_else(|| req.app_config().host());
        format!("{scheme}://{host}")
    };
    origin == own
}

fn is_trusted(address: IpAddr, trusted: &[IpNet]) -> bool {
    let address = match address {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(address, IpAddr::V4),
        v4 => v4,
    };
    trusted.iter().any(|net| net.contains(&address))
}

/// The forwarding chain, client first, as the headers give it.
fn forwarded_hops(req: &HttpRequest) -> Vec<String> {
    let joined = |name: header::HeaderName| -> Vec<String> {
        req.headers()
            .get_all(name)
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(|hop| hop.trim().to_owned())
            .collect()
    };
    let forwarded_for = joined(header::HeaderName::from_static("x-forwarded-for"));
    if !forwarded_for.is_empty() {
        return forwarded_for;
    }
    joined(header::FORWARDED)
        .into_iter()
        .filter_map(|element| {
            element.split(';').find_map(|pair| {
                let (key, value) = pair.trim().split_once('=')?;
                key.eq_ignore_ascii_case("for")
                    .then(|| value.trim_matches('"').to_owned())
            })
        })
        .collect()
}

/// `203.0.113.7`, `203.0.113.7:4711`, `2001:db8::1` or `[2001:db8::1]:4711`.
fn parse_hop(hop: &str) -> Option<IpAddr> {
    if let Ok(address) = hop.parse() {
        return Some(address);
    }
    if let Some(rest) = hop.strip_prefix('[') {
        return rest.split_once(']')?.0.parse().ok();
    }
    hop.rsplit_once(':')?.0.parse().ok()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn hops_in_every_form_are_read() {
        assert_eq!(parse_hop("203.0.113.7"), "203.0.113.7".parse().ok());
        assert_eq!(parse_hop("203.0.113.7:4711"), "203.0.113.7".parse().ok());
        assert_eq!(parse_hop("2001:db8::1"), "2001:db8::1".parse().ok());
        assert_eq!(parse_hop("[2001:db8::1]:4711"), "2001:db8::1".parse().ok());
        assert_eq!(parse_hop("unknown"), None);
        assert_eq!(parse_hop("_hidden"), None);
    }

    #[test]
    fn an_ipv4_peer_on_an_ipv6_socket_is_matched_as_ipv4() {
        let trusted: Vec<IpNet> = vec!["10.0.0.0/8".parse().unwrap()];
        assert!(is_trusted("::ffff:10.1.2.3".parse().unwrap(), &trusted));
        assert!(!is_trusted("::ffff:11.1.2.3".parse().unwrap(), &trusted));
    }
}
