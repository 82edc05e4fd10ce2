//! PTV gives a place's coordinates in ETRS-TM35FIN (EPSG:3067, metres); HSDS and maps want
//! WGS84 degrees. The inverse transverse Mercator of JHS 154 (GRS80, central meridian 27°E,
//! scale 0.9996, false easting 500 000 m).

const A: f64 = 6_378_137.0;
const F: f64 = 1.0 / 298.257_222_101;
const K0: f64 = 0.9996;
const LON0: f64 = 27.0;
const E0: f64 = 500_000.0;

/// `(latitude, longitude)` in degrees of a TM35FIN `(northing, easting)`.
pub fn tm35fin_to_wgs84(northing: f64, easting: f64) -> (f64, f64) {
    let n = F / (2.0 - F);
    let a1 = A / (1.0 + n) * (1.0 + n.powi(2) / 4.0 + n.powi(4) / 64.0);
    let e = (2.0 * F - F * F).sqrt();
    let h = [
        n / 2.0 - 2.0 / 3.0 * n.powi(2) + 37.0 / 96.0 * n.powi(3) - n.powi(4) / 360.0,
        n.powi(2) / 48.0 + n.powi(3) / 15.0 - 437.0 / 1440.0 * n.powi(4),
        17.0 / 480.0 * n.powi(3) - 37.0 / 840.0 * n.powi(4),
        4397.0 / 161_280.0 * n.powi(4),
    ];
    let xi = northing / (a1 * K0);
    let eta = (easting - E0) / (a1 * K0);
    let (mut xi1, mut eta1) = (xi, eta);
    for (i, hi) in h.iter().enumerate() {
        let k = 2.0 * (i as f64 + 1.0);
        xi1 -= hi * (k * xi).sin() * (k * eta).cosh();
        eta1 -= hi * (k * xi).cos() * (k * eta).sinh();
    }
    let beta = (xi1.sin() / eta1.cosh()).asin();
    let l = (eta1.tanh() / beta.cos()).asin();
    let q = beta.tan().asinh();
    let mut q1 = q + e * (e * q.tanh()).atanh();
    for _ in 0..4 {
        q1 = q + e * (e * q1.tanh()).atanh();
    }
    (q1.sinh().atan().to_degrees(), LON0 + l.to_degrees())
}

/// WGS84 degrees from a pair a file gives: degrees already, or TM35FIN metres.
pub fn wgs84(latitude: f64, longitude: f64) -> Option<(f64, f64)> {
    if (-90.0..=90.0).contains(&latitude) && (-180.0..=180.0).contains(&longitude) {
        return Some((latitude, longitude));
    }
    let in_finland = (6_500_000.0..=7_900_000.0).contains(&latitude)
        && (-100_000.0..=900_000.0).contains(&longitude);
    in_finland.then(|| tm35fin_to_wgs84(latitude, longitude))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helsinki_cathedral_lands_where_it_stands() {
        // The cathedral in WGS84, and in TM35FIN by JHS 154's forward formulas.
        let (lat, lon) = tm35fin_to_wgs84(6_672_128.1, 386_372.3);
        assert!((lat - 60.1702).abs() < 0.0001, "{lat}");
        assert!((lon - 24.9521).abs() < 0.0001, "{lon}");
        assert_eq!(wgs84(60.45, 22.26), Some((60.45, 22.26)));
        assert_eq!(wgs84(1.0e9, 5.0), None);
    }
}
