//! The uncertainty analysis run in the page without freezing it: the Monte Carlo advances in slices of
//! at most [`SLICE_MS`] per animation frame, and starts again (the old run dropped) whenever the
//! prepared values or the settings change.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use readiness_core::index::{MonteCarlo, Uncertainty, DEFAULT_DRAWS, DEFAULT_SEED};

use crate::ui::index_model::IndexModel;

/// Work per frame, in milliseconds: well under the 50 ms of a "long task", leaving the rest of a
/// 60 Hz frame to drawing and input.
const SLICE_MS: f64 = 5.0;
/// Draws between looks at the clock: a draw costs a few microseconds, so the clock is not read per draw.
const BATCH: u32 = 5;

#[derive(Clone, Copy)]
pub struct Draws {
    /// Draws done in the current run.
    pub done: RwSignal<u32>,
    pub total: u32,
    /// The intervals, set once a run completes (partial intervals are too noisy to show, and redrawing
    /// the table every frame would cost the frames the slicing saves).
    pub uncertainty: RwSignal<Option<Arc<Uncertainty>>>,
    run: StoredValue<Option<MonteCarlo>>,
    /// Bumped by each new run, so that a frame scheduled by an older one stops.
    generation: StoredValue<u64>,
}

impl Draws {
    pub fn new(model: IndexModel) -> Draws {
        let draws = Draws {
            done: RwSignal::new(0),
            total: DEFAULT_DRAWS,
            uncertainty: RwSignal::new(None),
            run: StoredValue::new(None),
            generation: StoredValue::new(0),
        };
        Effect::new(move || {
            let Some(prepared) = model.prepared.get() else {
                return;
            };
            let run = model
                .settings
                .with(|s| MonteCarlo::new(&prepared, s, DEFAULT_SEED, DEFAULT_DRAWS));
            draws.start(run);
        });
        // Leaving the page stops the loop: its next frame finds a newer generation.
        on_cleanup(move || {
            draws.generation.try_update_value(|g| *g += 1);
        });
        draws
    }

    fn start(self, run: MonteCarlo) {
        let generation = self
            .generation
            .try_update_value(|g| {
                *g += 1;
                *g
            })
            .unwrap_or(0);
        self.run.set_value(Some(run));
        self.done.set(0);
        self.uncertainty.set(None);
        // The first slice waits until the frame showing the new ranking has been drawn (a timer set in
        // a frame callback fires after that frame's rendering), so that drawing and draws never share
        // a task.
        request_animation_frame(move || {
            set_timeout(
                move || {
                    mark("ehr:index-draws-start");
                    self.slice(generation)
                },
                Duration::ZERO,
            )
        });
    }

    fn slice(self, generation: u64) {
        if self.generation.try_get_value() != Some(generation) {
            return;
        }
        let deadline = now() + SLICE_MS;
        let progress = self.run.try_update_value(|run| {
            let run = run.as_mut()?;
            while !run.step(BATCH) && now() < deadline {}
            Some((
                run.done(),
                (run.done() == run.total()).then(|| run.result()),
            ))
        });
        let Some(Some((done, finished))) = progress else {
            return;
        };
        self.done.set(done);
        match finished {
            // Shown in a task of its own, so that the last slice's draws and the redrawing of every
            // interval never add up to one long task.
            Some(result) => set_timeout(
                move || {
                    if self.generation.try_get_value() == Some(generation) {
                        self.uncertainty.set(Some(Arc::new(result)));
                        measure("ehr:index-draws", "ehr:index-draws-start");
                    }
                },
                Duration::ZERO,
            ),
            None => request_animation_frame(move || self.slice(generation)),
        }
    }
}

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

// Marked for the benchmark (tests/e2e/bench.mjs), which reads the measure back from the timeline.
fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

fn measure(name: &str, start: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.measure_with_start_mark(name, start);
    }
}
