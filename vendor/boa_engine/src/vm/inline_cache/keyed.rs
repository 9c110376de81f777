//! rjs: a cache for computed-key property accesses (`o[k]`, `o[k] = v` with a string or symbol
//! `k`), which have no per-site inline cache: one table for the whole VM maps (shape, key) to
//! the slot the property was found in.
//!
//! Node-style code reads and writes `this[kSymbol]` everywhere (stream states, handles); without
//! this, each such access walks the shape's property table. Entries remember shapes by address
//! only and are valid within one garbage-collection epoch (nothing is freed between
//! collections, so an address cannot be reused); keys are held, so a key's identity (its
//! characters' address, or a symbol's hash) stays unique while its entry lives.

use arrayvec::ArrayVec;
use boa_string::JsStrVariant;

use super::{layout_epoch, set_epoch, slot_guards, slot_guards_hold, unique_add_epoch};
use crate::{
    JsObject,
    builtins::typed_array::{TypedArray, canonical_numeric_index_string},
    object::shape::{Shape, WeakShape, slot::Slot},
    property::PropertyKey,
};

/// Number of entries (a power of two).
const SIZE: usize = 512;

/// The identity of a key: equal identities mean equal keys (the converse need not hold: two
/// equal strings with different storage are cached separately).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) struct KeyId {
    addr: u64,
    len: u32,
    tag: u8,
}

impl KeyId {
    /// The identity of `key`, if it is one this cache takes (strings and symbols, not indices).
    #[inline]
    pub(crate) fn of(key: &PropertyKey) -> Option<Self> {
        match key {
            PropertyKey::String(s) => {
                let s = s.as_str();
                let (addr, tag) = match s.variant() {
                    JsStrVariant::Latin1(b) => (b.as_ptr() as usize as u64, 1),
                    JsStrVariant::Utf16(b) => (b.as_ptr() as usize as u64, 2),
                };
                let len = u32::try_from(s.len()).ok()?;
                Some(Self { addr, len, tag })
            }
            PropertyKey::Symbol(sym) => Some(Self {
                addr: sym.hash(),
                len: 0,
                tag: 3,
            }),
            PropertyKey::Index(_) => None,
        }
    }

    #[inline]
    fn bucket(self, shape_addr: usize) -> usize {
        let h = (shape_addr as u64 >> 3) ^ self.addr.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h ^ (h >> 29)) as usize & (SIZE - 1)
    }
}

#[derive(Clone)]
struct Entry {
    shape_addr: usize,
    key_id: KeyId,
    /// Never read: holds the key so that its identity stays unique while cached.
    _key: PropertyKey,
    slot: Slot,
    /// For a slot of the prototype: the address of the prototype's shape when cached.
    proto_shape: usize,
    /// `Some(layout epoch)` when the shape whose layout the slot indexes is unique.
    layout: Option<u32>,
    gc_epoch: u32,
}

/// The table (see the module documentation). One is kept for reads and one for writes, as a
/// write caches only slots it may store into directly.
pub(crate) struct KeyedCache {
    entries: Box<[Option<Entry>]>,
}

impl std::fmt::Debug for KeyedCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("KeyedCache")
    }
}

impl Default for KeyedCache {
    fn default() -> Self {
        Self {
            entries: vec![None; SIZE].into_boxed_slice(),
        }
    }
}

impl KeyedCache {
    /// The cached slot of the property `key_id` in objects of shape `shape`, if still valid.
    #[inline]
    pub(crate) fn get(&self, shape: &Shape, key_id: KeyId) -> Option<Slot> {
        let addr = shape.to_addr_usize();
        let e = self.entries[key_id.bucket(addr)].as_ref()?;
        (e.shape_addr == addr
            && e.key_id == key_id
            && e.gc_epoch == boa_gc::collection_epoch()
            && slot_guards_hold(shape, e.slot, e.proto_shape, e.layout))
        .then_some(e.slot)
    }

    /// Caches `slot` as where objects of shape `shape` keep `key`.
    pub(crate) fn set(&mut self, shape: &Shape, key: &PropertyKey, key_id: KeyId, slot: Slot) {
        let shape_addr = shape.to_addr_usize();
        let (proto_shape, layout) = slot_guards(shape, slot);
        self.entries[key_id.bucket(shape_addr)] = Some(Entry {
            shape_addr,
            key_id,
            _key: key.clone(),
            slot,
            proto_shape,
            layout,
            gc_epoch: boa_gc::collection_epoch(),
        });
    }
}

/// Number of cached additions (a power of two).
const ADD_SIZE: usize = 256;

#[derive(Clone)]
struct AddEntry {
    from_addr: usize,
    key_id: KeyId,
    /// Never read: holds the key so that its identity stays unique while cached.
    _key: PropertyKey,
    to: WeakShape,
    set_epoch: u32,
    gc_epoch: u32,
}

/// rjs: property additions by computed key (`this[kState] = v`, which node-style constructors
/// make by the dozen), the VM-wide counterpart of a `obj.name = v` site's
/// [`Transition`](super::Transition): an ordinary, extensible object of shared shape `from`
/// written as its own receiver gains the key as a plain data property in its next storage slot
/// and takes shape `to`. Valid while the set epoch (nothing up the chain could intercept the
/// write) and the collection epoch (`from` is known by address) last.
pub(crate) struct KeyedAdditions {
    entries: Box<[Option<AddEntry>]>,
}

impl std::fmt::Debug for KeyedAdditions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("KeyedAdditions")
    }
}

impl Default for KeyedAdditions {
    fn default() -> Self {
        Self {
            entries: vec![None; ADD_SIZE].into_boxed_slice(),
        }
    }
}

impl KeyedAdditions {
    /// The shape objects of shape `from` take when `key_id` is added to them, if cached.
    #[inline]
    pub(crate) fn get(&self, from: &Shape, key_id: KeyId) -> Option<Shape> {
        let addr = from.to_addr_usize();
        let e = self.entries[key_id.bucket(addr) & (ADD_SIZE - 1)].as_ref()?;
        if e.from_addr != addr
            || e.key_id != key_id
            || e.set_epoch != set_epoch()
            || e.gc_epoch != boa_gc::collection_epoch()
        {
            return None;
        }
        e.to.upgrade()
    }

    /// Caches that adding `key` to objects of shape `from` gives them shape `to`.
    pub(crate) fn set(&mut self, from: &Shape, key: &PropertyKey, key_id: KeyId, to: &Shape) {
        let from_addr = from.to_addr_usize();
        self.entries[key_id.bucket(from_addr) & (ADD_SIZE - 1)] = Some(AddEntry {
            from_addr,
            key_id,
            _key: key.clone(),
            to: to.into(),
            set_epoch: set_epoch(),
            gc_epoch: boa_gc::collection_epoch(),
        });
    }
}

/// Deepest prototype the deep cache follows.
const MAX_DEPTH: usize = 6;

/// Whether `object` finds its properties as an ordinary object does (its own ones in its shape).
fn has_ordinary_get(object: &JsObject) -> bool {
    let vtable = object.vtable();
    vtable.has_ordinary_get()
        && vtable.has_ordinary_get_own_property()
        && vtable.has_ordinary_get_prototype_of()
}

/// Whether `object` is a typed array and `key` one of its ordinary properties: a symbol or a
/// string that is not a canonical numeric one (`length`, `subarray`, `readUInt8` on a Buffer),
/// which a typed array reads exactly as an ordinary object does.
fn typed_array_named(object: &JsObject, key: &PropertyKey) -> bool {
    object.is::<TypedArray>()
        && match key {
            PropertyKey::String(s) => canonical_numeric_index_string(s).is_none(),
            PropertyKey::Symbol(_) => true,
            PropertyKey::Index(_) => false,
        }
}

#[derive(Clone)]
struct DeepEntry {
    shape_addr: usize,
    key_id: KeyId,
    /// Never read: holds the key so that its identity stays unique while cached.
    _key: PropertyKey,
    /// Shape addresses of the prototypes from the receiver's up to the holder's (inclusive).
    chain: ArrayVec<usize, MAX_DEPTH>,
    slot: Slot,
    /// `Some(layout epoch)` when the holder's shape is unique.
    layout: Option<u32>,
    /// `Some(unique-addition epoch)` when a prototype before the holder has a unique shape
    /// (one that may gain the key in place: builtin prototypes such as `Uint8Array.prototype`).
    unique_adds: Option<u32>,
    gc_epoch: u32,
}

/// rjs: property reads that find the property two or more prototypes up (`this.emit` on a
/// stream: instance, Readable.prototype, Stream.prototype, EventEmitter.prototype), which the
/// per-site inline caches do not keep. Keyed by (receiver shape, key identity); valid while the
/// receiver's and every intermediate prototype's shape are the same shared (immutable) shapes,
/// the holder's shape is the same, and no collection ran (see the module documentation).
pub(crate) struct DeepCache {
    entries: Box<[Option<DeepEntry>]>,
}

impl std::fmt::Debug for DeepCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DeepCache")
    }
}

impl Default for DeepCache {
    fn default() -> Self {
        Self {
            entries: vec![None; SIZE].into_boxed_slice(),
        }
    }
}

impl DeepCache {
    /// The prototype holding the property `key_id` for objects of shape `shape`, and its slot
    /// there, if cached and still valid.
    pub(crate) fn get(&self, shape: &Shape, key_id: KeyId) -> Option<(JsObject, Slot)> {
        let addr = shape.to_addr_usize();
        let e = self.entries[key_id.bucket(addr)].as_ref()?;
        if e.shape_addr != addr
            || e.key_id != key_id
            || e.gc_epoch != boa_gc::collection_epoch()
            || e.layout.is_some_and(|epoch| epoch != layout_epoch())
            || e.unique_adds.is_some_and(|epoch| epoch != unique_add_epoch())
        {
            return None;
        }
        let mut holder = shape.prototype()?;
        let last = e.chain.len() - 1;
        for (depth, &expected) in e.chain.iter().enumerate() {
            let next = {
                let borrowed = holder.borrow();
                let s = borrowed.shape();
                if s.to_addr_usize() != expected {
                    return None;
                }
                if depth == last {
                    break;
                }
                s.prototype()?
            };
            holder = next;
        }
        Some((holder, e.slot))
    }

    /// After an uncached read of `key` from `object` found it deeper than the first
    /// prototype: caches where, if every object on the way is ordinary (or `object` a typed
    /// array and `key` one of its named properties) and the receiver's shape is shared; a
    /// unique shape on the way ties the entry to the unique-addition epoch.
    pub(crate) fn fill(&mut self, object: &JsObject, key: &PropertyKey, key_id: KeyId) {
        if !has_ordinary_get(object) && !typed_array_named(object, key) {
            return;
        }
        let shape = object.borrow().shape().clone();
        if !shape.is_shared() || shape.lookup(key).is_some() {
            return;
        }
        let mut chain = ArrayVec::new();
        let mut unique_adds = None;
        let mut current = shape.prototype();
        while let Some(proto) = current {
            if !has_ordinary_get(&proto) {
                return;
            }
            let borrowed = proto.borrow();
            let s = borrowed.shape();
            if chain.try_push(s.to_addr_usize()).is_err() {
                return;
            }
            if let Some(slot) = s.lookup(key) {
                if chain.len() < 2 {
                    return;
                }
                let shape_addr = shape.to_addr_usize();
                self.entries[key_id.bucket(shape_addr)] = Some(DeepEntry {
                    shape_addr,
                    key_id,
                    _key: key.clone(),
                    chain,
                    slot,
                    layout: s.is_unique().then(layout_epoch),
                    unique_adds,
                    gc_epoch: boa_gc::collection_epoch(),
                });
                return;
            }
            if !s.is_shared() {
                unique_adds = Some(unique_add_epoch());
            }
            current = s.prototype();
        }
    }
}
