//! One page, two builds of the app. The first view runs the small build (without the `full` feature:
//! the map tab with its facts, filters, picker and sharing), so the first download holds only that
//! code. The first time another view is asked for, the small build loads the full one
//! (`dist/full/<hash>/`), which draws the page in a hidden container while its data load and then
//! takes over in one task: the small build unmounts, the container shows the same page with the view
//! asked for, and focus goes back to the element (by id) that had it. The offline copy runs the full
//! build alone.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::app::App;

/// The window property by which the small build tells the full one that it is on the page.
const SMALL_BUILD: &str = "eh_small_build";
/// The event by which the full build tells the small one to unmount.
const TAKEOVER: &str = "eh:takeover";
/// Set on the window while the small build shows a view only the full build has.
const WAITING: &str = "eh_waiting_for_full_build";
/// The event telling that `WAITING` changed.
const WAITING_CHANGED: &str = "eh:waiting-changed";
/// The window property holding the address the small build was opened with.
const OPENED_WITH: &str = "eh_opened_with";
/// Set on the window while the small build loads the full one.
#[cfg(not(feature = "full"))]
const STARTED: &str = "eh_full_build_started";
/// The event by which the small build's load of the full build tells every waiting view it failed.
#[cfg(not(feature = "full"))]
const FAILED: &str = "eh:full-build-failed";
/// The class of the full build's container while it takes over from the small build.
const CONTAINER: &str = "full-build";

/// Mounts the app: the small build on the body, ready to hand over; the full build on the body, or
/// in a hidden container when it is taking over from the small build.
pub fn mount() {
    // The page's scripts run after its body is parsed: there is always one.
    let Some(body) = document().body() else {
        return;
    };
    #[cfg(not(feature = "full"))]
    {
        set_window_flag(SMALL_BUILD, true);
        let _ = js_sys::Reflect::set(
            &window(),
            &OPENED_WITH.into(),
            &crate::bridge::history::current_query().into(),
        );
        let handle = leptos::mount::mount_to(body, App);
        let handle = std::cell::RefCell::new(Some(handle));
        let listener = window_event_listener_untyped(TAKEOVER, move |_| {
            drop(handle.take());
            crate::source::forget_built_paths();
        });
        // The listener lives as long as the page: the full build never hands back.
        std::mem::forget(listener);
    }
    #[cfg(feature = "full")]
    {
        let container = match document().create_element("div") {
            Ok(container) if is_taking_over() => container,
            _ => {
                leptos::mount::mount_to(body, App).forget();
                return;
            }
        };
        container.set_class_name(CONTAINER);
        let _ = container.set_attribute("hidden", "");
        let _ = body.append_child(&container);
        // The styles of the views beyond the map's apply before this build draws anything. Should
        // they fail to load, the views still work, unstyled: better than no view. (Leptos's own task
        // spawner starts with the first mount, hence wasm-bindgen's here.)
        wasm_bindgen_futures::spawn_local(async move {
            let _ = crate::bridge::script::add_stylesheet(&full_build_file("views.css")).await;
            leptos::mount::mount_to(wasm_bindgen::JsCast::unchecked_into(container), App).forget();
        });
    }
}

/// Whether this is the full build drawing its page while the small build is still on screen.
pub fn is_taking_over() -> bool {
    cfg!(feature = "full") && window_flag(SMALL_BUILD)
}

/// Called by the full build once its data have loaded, in the task that draws its page: the small
/// build unmounts and the container shows, so no frame shows neither or both. Focus goes back to the
/// element with the id of the one focused before. Gives the address the page was opened with, if it
/// took over.
pub fn take_over() -> Option<String> {
    if !is_taking_over() {
        return None;
    }
    let focused = document().active_element().map(|e| e.id());
    set_window_flag(SMALL_BUILD, false);
    if let Ok(event) = web_sys::Event::new(TAKEOVER) {
        let _ = window().dispatch_event(&event);
    }
    if let Ok(Some(container)) = document().query_selector(&format!(".{CONTAINER}")) {
        let _ = container.remove_attribute("hidden");
    }
    if let Some(id) = focused.filter(|id| !id.is_empty()) {
        // Once this task has put the page in place, before it is painted.
        request_animation_frame(move || crate::bridge::focus::focus(&format!("#{id}")));
    }
    js_sys::Reflect::get(&window(), &OPENED_WITH.into())
        .ok()
        .and_then(|q| q.as_string())
}

/// In the full build, whether it may take over now: only while the small build shows a view it does
/// not have. Should the reader have gone back to the map meanwhile, the small build stays (with what
/// they typed or opened there) until they ask for another view again.
pub fn may_take_over() -> Signal<bool> {
    if !is_taking_over() {
        return Signal::stored(true);
    }
    let waiting = RwSignal::new(window_flag(WAITING));
    // Once taken over, the small build's views are gone and this no longer changes.
    let listener = window_event_listener_untyped(WAITING_CHANGED, move |_| {
        if is_taking_over() {
            waiting.set(window_flag(WAITING));
        }
    });
    on_cleanup(move || listener.remove());
    waiting.into()
}

/// In the small build, for any view it does not have: loads the full build, which then takes over.
/// One load per page, whichever view asked first; a failure shows in every view waiting for it.
#[cfg(not(feature = "full"))]
#[component]
pub fn FullBuildLoading() -> impl IntoView {
    set_waiting(true);
    on_cleanup(|| set_waiting(false));
    let failure = RwSignal::new(None::<String>);
    let listener = window_event_listener_untyped(FAILED, move |event| {
        let reason = js_sys::Reflect::get(&event, &"detail".into()).ok();
        failure.set(Some(reason.and_then(|r| r.as_string()).unwrap_or_default()));
    });
    on_cleanup(move || listener.remove());
    if !window_flag(STARTED) {
        set_window_flag(STARTED, true);
        leptos::task::spawn_local(async {
            let started = crate::bridge::script::start_module(
                &full_build_file("app.js"),
                "eh_full",
                &full_build_file("app_bg.wasm"),
            )
            .await;
            if let Err(reason) = started {
                // The next view asked for tries again.
                set_window_flag(STARTED, false);
                let init = web_sys::CustomEventInit::new();
                init.set_detail(&reason.into());
                if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(FAILED, &init) {
                    let _ = window().dispatch_event(&event);
                }
            }
        });
    }
    move || {
        match failure.get() {
        None => view! { <p class="status" role="status">"Loading this view…"</p> }.into_any(),
        Some(reason) => view! {
            <p class="status" role="alert">{format!("This view could not be loaded: {reason}. Choose it again to retry, or reload the page.")}</p>
        }
        .into_any(),
    }
    }
}

/// The path of one of the full build's files: in the folder index.html names (scripts/build.sh puts
/// them under a hash of their content), or `full/` on a page without one.
fn full_build_file(name: &str) -> String {
    crate::bridge::script::built_file("eh-full-build", "full/", name)
}

/// Tells the full build whether the small build shows a view it does not have.
#[cfg(not(feature = "full"))]
fn set_waiting(on: bool) {
    set_window_flag(WAITING, on);
    if let Ok(event) = web_sys::Event::new(WAITING_CHANGED) {
        let _ = window().dispatch_event(&event);
    }
}

fn window_flag(name: &str) -> bool {
    js_sys::Reflect::get(&window(), &name.into()).is_ok_and(|v| v.is_truthy())
}

fn set_window_flag(name: &str, on: bool) {
    let _ = js_sys::Reflect::set(&window(), &name.into(), &JsValue::from_bool(on));
}
