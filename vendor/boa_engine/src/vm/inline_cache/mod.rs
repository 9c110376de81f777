use itertools::Itertools;
use std::{cell::Cell, fmt};
use thin_vec::ThinVec;

use boa_gc::GcRefCell;
use boa_macros::{Finalize, Trace};

use crate::{
    JsString,
    object::shape::{
        Shape, WeakShape,
        slot::{Slot, SlotAttributes},
    },
};

pub(crate) mod keyed;
#[cfg(test)]
mod tests;

pub(crate) const PIC_CAPACITY: usize = 4;

/// A cached shape-to-slot mapping for a polymorphic inline cache.
#[derive(Clone, Debug, Trace, Finalize)]
pub(crate) struct CacheEntry {
    /// A weak reference is kept to the shape to avoid the shape preventing deallocation.
    pub(crate) shape: WeakShape,
    /// rjs: the shape's address when cached: a lookup compares addresses and checks liveness
    /// only on a match (upgrading every entry's weak reference dominated polymorphic sites).
    #[unsafe_ignore_trace]
    pub(crate) addr: usize,
    #[unsafe_ignore_trace]
    pub(crate) slot: Slot,
    /// rjs: for a slot of the prototype, the address of the prototype's shape when cached (the
    /// prototype's layout is not part of its instances' shape); 0 otherwise.
    #[unsafe_ignore_trace]
    pub(crate) proto_shape: usize,
    /// rjs: `Some(layout epoch)` when the shape whose layout the slot indexes is unique: see
    /// [`LAYOUT_EPOCH`].
    #[unsafe_ignore_trace]
    pub(crate) layout: Option<u32>,
}

/// rjs: the address of the shape of `shape`'s prototype, and whether that shape is unique.
fn prototype_shape(shape: &Shape) -> (usize, bool) {
    shape.prototype().map_or((0, false), |p| {
        let p = p.borrow();
        let s = p.shape();
        (s.to_addr_usize(), s.is_unique())
    })
}

/// rjs: what a cache entry for `slot` of objects of shape `shape` must check again on use: the
/// address of the prototype's shape (0 unless the slot is the prototype's) and, when the
/// shape whose layout the slot indexes is unique, the layout epoch.
pub(crate) fn slot_guards(shape: &Shape, slot: Slot) -> (usize, Option<u32>) {
    if slot.attributes.contains(SlotAttributes::PROTOTYPE) {
        let (addr, unique) = prototype_shape(shape);
        (addr, unique.then(layout_epoch))
    } else {
        (0, shape.is_unique().then(layout_epoch))
    }
}

/// rjs: whether the guards [`slot_guards`] gave for `slot` still hold for `shape`.
pub(crate) fn slot_guards_hold(
    shape: &Shape,
    slot: Slot,
    proto_shape: usize,
    layout: Option<u32>,
) -> bool {
    layout.is_none_or(|epoch| epoch == layout_epoch())
        && (!slot.attributes.contains(SlotAttributes::PROTOTYPE)
            || prototype_shape(shape).0 == proto_shape)
}

/// rjs: what a cache entry made after a property access assumes the access did not change: the
/// object's shape and the layout epoch. A getter or setter may reshape its own receiver (a
/// lazy getter that replaces itself with a data property, the `stack` setter that turns the
/// accessor into a data property), and the slot it reports is then one of the old shape.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) struct ShapeStamp {
    addr: usize,
    layout: u32,
}

impl ShapeStamp {
    pub(crate) fn of(object: &crate::JsObject) -> Self {
        Self {
            addr: object.borrow().shape().to_addr_usize(),
            layout: layout_epoch(),
        }
    }
}

/// rjs: bumped whenever a property write could stop behaving as a plain addition somewhere up a
/// prototype chain: an accessor or non-writable property is defined (or a property becomes one)
/// on an object that is some shape's prototype, or such an object's prototype changes (see
/// [`mark_prototype`]). A cached addition ([`Transition`]) is used
/// only while the epoch it was made in lasts.
static SET_EPOCH: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);

/// The current set epoch (see [`SET_EPOCH`]).
#[inline]
pub(crate) fn set_epoch() -> u32 {
    SET_EPOCH.load(std::sync::atomic::Ordering::Relaxed)
}

thread_local! {
    /// rjs: objects that became some shape's prototype while borrowed (a builtin's prototype
    /// set to itself for a moment, say), to be flagged as soon as they can be.
    static UNFLAGGED_PROTOTYPES: std::cell::RefCell<Vec<crate::JsObject>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// rjs: flags `prototype` as the prototype of some shape, so its later accessors, read-only
/// properties and prototype changes invalidate cached additions (`Object::is_prototype`);
/// changes to objects never flagged (instances, fresh objects) cannot affect any chain. Called
/// wherever a shape with a prototype is made.
pub(crate) fn mark_prototype(prototype: &crate::object::JsPrototype) {
    if let Some(p) = prototype {
        match p.try_borrow_mut() {
            Ok(mut o) => o.is_prototype = true,
            Err(_) => UNFLAGGED_PROTOTYPES.with(|v| v.borrow_mut().push(p.clone())),
        }
    }
}

/// rjs: flags what [`mark_prototype`] could not; whether anything was waiting (then any change
/// may concern one of them).
fn flag_waiting_prototypes() -> bool {
    UNFLAGGED_PROTOTYPES.with(|v| {
        let mut waiting = v.borrow_mut();
        if waiting.is_empty() {
            return false;
        }
        waiting.retain(|p| match p.try_borrow_mut() {
            Ok(mut o) => {
                o.is_prototype = true;
                false
            }
            Err(_) => true,
        });
        true
    })
}

/// rjs: [`bump_set_epoch`] for a change to an object not flagged as a prototype: needed only
/// while some prototype waits to be flagged.
#[inline]
pub(crate) fn bump_set_epoch_untracked() {
    if flag_waiting_prototypes() {
        bump_set_epoch();
    }
}

/// Invalidates every cached property addition (see [`SET_EPOCH`]).
#[inline]
pub(crate) fn bump_set_epoch() {
    SET_EPOCH.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
}

/// rjs: bumped whenever an object with a unique shape gains a property: its shape is changed
/// in place, so a cache that relies on a unique shape *not* having some key (an intermediate
/// prototype of `inline_cache::keyed::DeepCache`) is used only while the epoch it was made in
/// lasts.
static UNIQUE_ADD_EPOCH: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);

/// The current unique-addition epoch (see [`UNIQUE_ADD_EPOCH`]).
#[inline]
pub(crate) fn unique_add_epoch() -> u32 {
    UNIQUE_ADD_EPOCH.load(std::sync::atomic::Ordering::Relaxed)
}

/// Invalidates cache entries that rely on a unique shape's absent keys.
#[inline]
pub(crate) fn bump_unique_add_epoch() {
    UNIQUE_ADD_EPOCH.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
}

/// rjs: bumped whenever the storage slots of an object with a unique shape move (a property
/// removed, or one turned from data to accessor or back): a unique shape is changed in place,
/// so its identity does not tell. Cache entries on unique shapes are used only while the epoch
/// they were made in lasts.
static LAYOUT_EPOCH: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);

/// The current layout epoch (see [`LAYOUT_EPOCH`]).
#[inline]
pub(crate) fn layout_epoch() -> u32 {
    LAYOUT_EPOCH.load(std::sync::atomic::Ordering::Relaxed)
}

/// Invalidates cache entries that depend on a layout (see [`LAYOUT_EPOCH`]).
#[inline]
pub(crate) fn bump_layout_epoch() {
    LAYOUT_EPOCH.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
}

/// rjs: a cached property addition at a `obj.name = value` site: an ordinary, extensible object
/// of shared shape `from` gains `name` as a writable, enumerable, configurable data property,
/// which gives it shape `to` and one more storage slot. Valid only while [`set_epoch`] is
/// `epoch` (nothing up the prototype chain could have intercepted the write since).
#[derive(Clone, Debug, Trace, Finalize)]
pub(crate) struct Transition {
    pub(crate) from: WeakShape,
    #[unsafe_ignore_trace]
    pub(crate) from_addr: usize,
    pub(crate) to: WeakShape,
    #[unsafe_ignore_trace]
    pub(crate) epoch: u32,
}

/// An inline cache entry for a property access.
#[derive(Clone, Debug, Trace, Finalize)]
pub(crate) struct InlineCache {
    /// The property that is accessed.
    pub(crate) name: JsString,

    /// Multiple cached shape-to-slot entries (at most [`PIC_CAPACITY`]).
    ///
    /// rjs: a `ThinVec` (one pointer, no allocation while empty) instead of an inline
    /// `ArrayVec` of four entries: every property access site of every compiled function has
    /// a cache, most sites never run, and the inline array made each cache ~170 bytes (a
    /// third of the heap of a loaded module).
    pub(crate) entries: GcRefCell<ThinVec<CacheEntry>>,

    /// Whether this access site has seen too many shapes and should no longer be cached.
    #[unsafe_ignore_trace]
    pub(crate) megamorphic: Cell<bool>,

    /// rjs: the property addition last made at this site (set sites only; boxed, so that
    /// the sites that never add a property pay one pointer).
    pub(crate) transition: GcRefCell<Option<Box<Transition>>>,
}

impl fmt::Display for InlineCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "(name:{} entries:", self.name.display_escaped())?;

        if self.megamorphic.get() {
            return write!(f, "(megamorphic))");
        }

        let entries = self.entries.borrow();
        let entries = entries.iter().map(|e| e.shape.to_addr_usize()).format(", ");

        write!(f, "({entries:#x}))")
    }
}

impl InlineCache {
    pub(crate) fn new(name: JsString) -> Self {
        Self {
            name,
            entries: GcRefCell::new(ThinVec::new()),
            megamorphic: Cell::new(false),
            transition: GcRefCell::new(None),
        }
    }

    pub(crate) fn set(&self, shape: &Shape, slot: Slot) {
        if self.megamorphic.get() {
            return;
        }

        let mut entries = self.entries.borrow_mut();
        let addr = shape.to_addr_usize();
        // rjs: drop entries whose shape died (their address may now be this shape's) and an
        // outdated one for this shape.
        entries.retain(|e| e.addr != addr && e.shape.is_alive());
        let (proto_shape, layout) = slot_guards(shape, slot);

        // Add a new entry if there's space.
        if entries.len() >= PIC_CAPACITY {
            // Polymorphic cache is full, transition to megamorphic.
            self.megamorphic.set(true);
            *entries = ThinVec::new();
            return;
        }
        // Grow one entry at a time: most sites stay monomorphic.
        entries.reserve_exact(1);
        entries.push(CacheEntry {
            shape: shape.into(),
            addr,
            slot,
            proto_shape,
            layout,
        });
    }

    /// rjs: the shape an object of shape `from` takes when this site adds its property, if
    /// that addition is cached and still valid (the caller checks the object itself).
    pub(crate) fn transition_from(&self, from: &Shape) -> Option<Shape> {
        let transition = self.transition.borrow();
        let t = transition.as_ref()?;
        if t.from_addr != from.to_addr_usize() || t.epoch != set_epoch() || !t.from.is_alive() {
            return None;
        }
        t.to.upgrade()
    }

    /// rjs: caches the addition of this site's property that took an object from shape `from`
    /// to shape `to`.
    pub(crate) fn set_transition(&self, from: &Shape, to: &Shape) {
        *self.transition.borrow_mut() = Some(Box::new(Transition {
            from: from.into(),
            from_addr: from.to_addr_usize(),
            to: to.into(),
            epoch: set_epoch(),
        }));
    }

    /// Returns the cached `Slot` if a matching shape exists in the inline cache.
    ///
    /// rjs: compares the cached addresses; an entry whose address matches but whose shape died
    /// (the address was reused) is a miss, and `set` drops it.
    pub(crate) fn get(&self, shape: &Shape) -> Option<Slot> {
        if self.megamorphic.get() {
            return None;
        }
        let shape_addr = shape.to_addr_usize();
        let entries = self.entries.borrow();
        let entry = entries.iter().find(|e| e.addr == shape_addr)?;
        (slot_guards_hold(shape, entry.slot, entry.proto_shape, entry.layout)
            && entry.shape.is_alive())
        .then_some(entry.slot)
    }
}
