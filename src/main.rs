//! Entry point: installs the panic hook (so a bug shows in the console instead of failing silently),
//! starts reading the data, keeps the built map's shapes and mounts the app (the small build or the
//! full one: see `takeover`).

mod app;
mod bridge;
mod source;
mod takeover;
mod ui;

fn main() {
    console_error_panic_hook::set_once();
    source::start_reads();
    source::keep_built_map();
    takeover::mount();
}
