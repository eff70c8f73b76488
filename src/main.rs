//! Entry point: installs the panic hook (so a bug shows in the console instead of failing silently)
//! and mounts the app.

mod app;
mod bridge;
mod source;
mod ui;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
