//! Printing: the browser's print dialog, which the print stylesheet turns into a scorecard.

/// Opens the print dialog; a browser that refuses it leaves the page as it was.
pub fn print_page() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
