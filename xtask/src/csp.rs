//! Content-Security-Policy for both packagings: the page may run only its own code (and compile its
//! own wasm), load nothing from elsewhere, and connect only to its own host. Inline scripts and styles
//! are allowed by their SHA-256 hash, computed here from the built files, never by 'unsafe-inline'.

use sha2::{Digest, Sha256};

use crate::bundle::base64;

/// The policy for a page whose inline `<script>` and `<style>` elements have these contents.
pub fn policy(inline_scripts: &[&str], inline_styles: &[&str], connect_self: bool) -> String {
    let hashes = |sources: &[&str]| -> String {
        sources
            .iter()
            .map(|s| format!(" 'sha256-{}'", base64(&Sha256::digest(s.as_bytes()))))
            .collect()
    };
    format!(
        "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'{}; style-src 'self'{}; img-src 'self' data:; connect-src {}; base-uri 'none'; form-action 'none'",
        hashes(inline_scripts),
        hashes(inline_styles),
        if connect_self { "'self'" } else { "'none'" },
    )
}

/// The `<meta>` element carrying a policy; it must come before any script in `<head>`.
pub fn meta(policy: &str) -> String {
    format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">")
}

/// Adds the policy to Trunk's `index.html`, allowing its inline loader script, our own plain scripts
/// and the built first view's style by their hashes.
pub fn secure_index(index: &str) -> Result<String, String> {
    let open = "<script type=\"module\">";
    let start = index
        .find(open)
        .ok_or("dist/index.html: no inline module script")?
        + open.len();
    let end = index[start..]
        .find("</script>")
        .ok_or("dist/index.html: unclosed script")?
        + start;
    let mut scripts = vec![&index[start..end]];
    scripts.extend(plain_scripts(index));
    let policy = policy(&scripts, &inline_styles(index), true);
    let head = index.find("<head>").ok_or("dist/index.html: no <head>")? + "<head>".len();
    Ok(format!(
        "{}\n    {}{}",
        &index[..head],
        meta(&policy),
        &index[head..]
    ))
}

/// The texts of a page's `<style>` elements (index.html's: the built first view's, scripts/prerender.mjs).
pub fn inline_styles(html: &str) -> Vec<&str> {
    element_texts(html, "<style>", "</style>")
}

/// The texts of a page's plain inline `<script>` elements (index.html's own: the one in its head that
/// marks any address but the default view's, and the one that makes the built first view inert).
pub fn plain_scripts(html: &str) -> Vec<&str> {
    element_texts(html, "<script>", "</script>")
}

/// The texts between each `open` tag (exactly, so without attributes) and the next `close`.
fn element_texts<'a>(html: &'a str, open: &str, close: &str) -> Vec<&'a str> {
    html.match_indices(open)
        .filter_map(|(at, _)| {
            let start = at + open.len();
            Some(&html[start..start + html[start..].find(close)?])
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_code_is_allowed_by_its_hash_only() {
        // echo -n "a" | openssl dgst -sha256 -binary | base64
        let policy = policy(&["a"], &[], false);
        assert!(policy.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-ypeBEsobvcr6wjGzmiPcTaeG7/gUfE5yuYB3ha/uSLs='"));
        assert!(policy.contains("connect-src 'none'"));
        assert!(!policy.contains("unsafe-inline") && !policy.contains("'unsafe-eval'"));
    }

    #[test]
    fn the_policy_goes_first_in_the_head() {
        let index = "<html><head><title>t</title><script>mark()</script><script type=\"module\">init()</script></head><body><main><style>.b1 { width: 5%; }</style></main><script>inert()</script></body></html>";
        let secured = secure_index(index).expect("secured");
        assert!(
            secured.starts_with("<html><head>\n    <meta http-equiv=\"Content-Security-Policy\"")
        );
        assert!(secured.ends_with(&index["<html><head>".len()..]));
        // The inline scripts run and the style applies: each is allowed by its hash.
        assert!(secured.contains(&policy(
            &["init()", "mark()", "inert()"],
            &[".b1 { width: 5%; }"],
            true
        )));
        assert!(secure_index("<html></html>").is_err());
    }
}
