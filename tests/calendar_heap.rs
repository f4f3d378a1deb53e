//! The built calendar's heap, counted by a counting global allocator: at
//! most 64 KiB for 2018–2035 (issue 11), and a clone allocates nothing.
//!
//! One test only in this file: the count is of the whole process, and the
//! test harness runs the tests of a file on several threads.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, AtomicUsize, Ordering};

use kz_appeals::calendar::Calendar;

struct Counting;

/// Bytes allocated and not yet freed, and allocations made.
static LIVE: AtomicIsize = AtomicIsize::new(0);
static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded to `System` unchanged; the counters are
// only read by the test.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size() as isize, Ordering::SeqCst);
        ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size() as isize, Ordering::SeqCst);
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(new_size as isize - layout.size() as isize, Ordering::SeqCst);
        ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static A: Counting = Counting;

#[test]
fn the_built_calendar_holds_at_most_64_kib_and_clones_for_free() {
    let before = LIVE.load(Ordering::SeqCst);
    let cal = Calendar::kazakhstan();
    let heap = LIVE.load(Ordering::SeqCst) - before;
    assert!(heap > 0);
    assert!(heap <= 64 * 1024, "{heap} bytes");

    let allocations = ALLOCATIONS.load(Ordering::SeqCst);
    let copy = cal.clone();
    assert_eq!(
        ALLOCATIONS.load(Ordering::SeqCst),
        allocations,
        "a clone allocates"
    );
    assert_eq!(copy, cal);
    drop(copy);
    drop(cal);
    // Everything the calendar held is freed with it.
    assert_eq!(LIVE.load(Ordering::SeqCst), before);
    // Printed last: the first print allocates stdout's buffer.
    println!("Calendar::kazakhstan() holds {heap} bytes of heap");
}
