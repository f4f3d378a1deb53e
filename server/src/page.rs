//! The browser page's assets (issue 17): the clerk's page, embedded in the
//! binary so that it works inside a network with no internet (no CDN, no
//! external fonts or scripts).
//!
//! One HTML shell serves the three views, `/` (deadlines), `/calendar` and
//! `/control`; the script picks the view from the path and calls the
//! service's own `/v1/…` endpoints. Nothing is stored: no cookies, no
//! `localStorage`; a case file opened in the control view lives in the
//! page's memory only. The page uses no inline script or style, so it runs
//! under `Content-Security-Policy: default-src 'self'`.

const HTML: &str = "text/html; charset=utf-8";
const CSS: &str = "text/css; charset=utf-8";
const JS: &str = "text/javascript; charset=utf-8";

/// The page's files: the name under `/assets/`, the content type, the bytes.
const FILES: &[(&str, &str, &[u8])] = &[
    ("index.html", HTML, include_bytes!("../assets/index.html")),
    ("app.css", CSS, include_bytes!("../assets/app.css")),
    ("app.js", JS, include_bytes!("../assets/app.js")),
    ("i18n.js", JS, include_bytes!("../assets/i18n.js")),
];

/// The asset served at `path` (`/`, `/calendar`, `/control`,
/// `/assets/{file}`): its content type and bytes, or `None`.
///
/// A trailing slash is accepted on the views (`/calendar/`); a query or a
/// fragment is ignored. Only the files of [`FILES`] are served: no path
/// reaches the file system.
#[must_use]
pub fn asset(path: &str) -> Option<(&'static str /*content type*/, &'static [u8])> {
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let name = match path {
        "/" | "" | "/index.html" => "index.html",
        "/calendar" | "/calendar/" | "/control" | "/control/" => "index.html",
        _ => path.strip_prefix("/assets/")?,
    };
    FILES
        .iter()
        .find(|(file, _, _)| *file == name)
        .map(|&(_, content_type, bytes)| (content_type, bytes))
}

#[cfg(test)]
mod tests {
    use super::asset;

    #[test]
    fn the_three_views_are_the_one_page() {
        for path in ["/", "/calendar", "/control", "/control/", "/?lang=kk"] {
            let (ct, body) = asset(path).expect(path);
            assert_eq!(ct, "text/html; charset=utf-8");
            assert!(body.starts_with(b"<!DOCTYPE html>"), "{path}");
        }
    }

    #[test]
    fn the_assets_have_their_types() {
        assert_eq!(
            asset("/assets/app.css").unwrap().0,
            "text/css; charset=utf-8"
        );
        assert_eq!(
            asset("/assets/app.js").unwrap().0,
            "text/javascript; charset=utf-8"
        );
        assert_eq!(
            asset("/assets/i18n.js").unwrap().0,
            "text/javascript; charset=utf-8"
        );
    }

    #[test]
    fn nothing_else_is_served() {
        for path in [
            "/assets/",
            "/assets/../Cargo.toml",
            "/assets/APP.CSS",
            "/nope",
            "/v1/x",
            "/assets/x.js",
        ] {
            assert!(asset(path).is_none(), "{path}");
        }
    }

    #[test]
    fn no_external_resource_is_named() {
        for path in ["/", "/assets/app.css", "/assets/app.js", "/assets/i18n.js"] {
            let body = std::str::from_utf8(asset(path).unwrap().1).unwrap();
            for bad in [
                "http://",
                "https://",
                "//cdn",
                "localStorage",
                "sessionStorage",
                "document.cookie",
            ] {
                assert!(!body.contains(bad), "{path} names {bad}");
            }
        }
    }
}
