//! This module implements the `ArrayIterator` object.
//!
//! More information:
//!  - [ECMAScript reference][spec]
//!
//! [spec]: https://tc39.es/ecma262/#sec-array-iterator-objects

use crate::{
    Context, JsData, JsResult,
    builtins::{
        Array, BuiltInBuilder, IntrinsicObject, JsValue, iterable::create_iter_result_object,
        typed_array::TypedArray,
    },
    context::intrinsics::Intrinsics,
    error::JsNativeError,
    js_string,
    object::JsObject,
    property::{Attribute, PropertyNameKind},
    realm::Realm,
    symbol::JsSymbol,
};
use boa_gc::{Finalize, Trace};

/// The Array Iterator object represents an iteration over an array. It implements the iterator protocol.
///
/// More information:
///  - [ECMAScript reference][spec]
///
/// [spec]: https://tc39.es/ecma262/#sec-array-iterator-objects
#[derive(Debug, Clone, Finalize, Trace, JsData)]
pub(crate) struct ArrayIterator {
    array: JsObject,
    next_index: u64,
    #[unsafe_ignore_trace]
    kind: PropertyNameKind,
    done: bool,
}

impl IntrinsicObject for ArrayIterator {
    fn init(realm: &Realm) {
        BuiltInBuilder::with_intrinsic::<Self>(realm)
            .prototype(realm.intrinsics().constructors().iterator().prototype())
            .static_method(Self::next, js_string!("next"), 0)
            .static_property(
                JsSymbol::to_string_tag(),
                js_string!("Array Iterator"),
                Attribute::CONFIGURABLE,
            )
            .build();
    }

    fn get(intrinsics: &Intrinsics) -> JsObject {
        intrinsics.objects().iterator_prototypes().array()
    }
}

/// Boa's wording, which `v8_messages::native_call_error` turns into V8's.
const INCOMPATIBLE: &str =
    "method `Array Iterator.prototype.next` called on incompatible receiver";

impl ArrayIterator {
    fn new(array: JsObject, kind: PropertyNameKind) -> Self {
        Self {
            array,
            kind,
            next_index: 0,
            done: false,
        }
    }

    /// `CreateArrayIterator( array, kind )`
    ///
    /// Creates a new iterator over the given array.
    ///
    /// More information:
    ///  - [ECMA reference][spec]
    ///
    /// [spec]: https://tc39.es/ecma262/#sec-createarrayiterator
    pub(crate) fn create_array_iterator(
        array: JsObject,
        kind: PropertyNameKind,
        context: &Context,
    ) -> JsValue {
        let array_iterator = JsObject::from_proto_and_data_with_shared_shape(
            context.root_shape(),
            context.intrinsics().objects().iterator_prototypes().array(),
            Self::new(array, kind),
        );
        array_iterator.into()
    }

    /// %ArrayIteratorPrototype%.next( )
    ///
    /// Gets the next result in the array.
    ///
    /// More information:
    ///  - [ECMA reference][spec]
    ///
    /// [spec]: https://tc39.es/ecma262/#sec-%arrayiteratorprototype%.next
    pub(crate) fn next(this: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
        let object = this
            .as_object()
            .filter(|o| o.is::<Self>())
            .ok_or_else(|| JsNativeError::typ().with_message(INCOMPATIBLE))?;
        Ok(match Self::step(&object, context)? {
            Some(value) => create_iter_result_object(value, false, context),
            None => create_iter_result_object(JsValue::undefined(), true, context),
        })
    }

    /// rjs: one step of `next` without its result object: `Some(value)`, or `None` once done.
    /// `iterator` must be an `ArrayIterator`. Callers that own the result object (for-of,
    /// spread, destructuring, `Array.from` through `IteratorRecord::step`) use it directly when
    /// the iterator's `next` is the built-in one, which is unobservable: the object `next`
    /// creates is fresh, so reading its `done` and `value` runs no user code.
    /// The iterator is not borrowed while the array's `length` or element is read, so a
    /// getter or Proxy trap that steps the same iterator cannot hit a borrow conflict.
    pub(crate) fn step(iterator: &JsObject, context: &mut Context) -> JsResult<Option<JsValue>> {
        let (array, index, kind) = {
            let Some(it) = iterator.downcast_ref::<Self>() else {
                return Err(JsNativeError::typ()
                    .with_message(INCOMPATIBLE)
                    .into());
            };
            if it.done {
                return Ok(None);
            }
            (it.array.clone(), it.next_index, it.kind)
        };

        // Plain arrays with dense elements: the length and the element are own data properties.
        let dense = if array.is_array() {
            let borrowed = array.borrow();
            let properties = borrowed.properties();
            match properties.storage[0].as_number() {
                Some(len) if (index as f64) >= len => Some(None),
                Some(_) => u32::try_from(index)
                    .ok()
                    .and_then(|i| properties.get_dense_property(i))
                    .map(Some),
                None => None,
            }
        } else {
            None
        };

        let set_state = |done: bool| {
            if let Some(mut it) = iterator.downcast_mut::<Self>() {
                if done {
                    it.done = true;
                } else {
                    it.next_index = index + 1;
                }
            }
        };

        let element = match dense {
            Some(None) => {
                set_state(true);
                return Ok(None);
            }
            Some(Some(element)) => Some(element),
            None => None,
        };

        let element = if let Some(element) = element {
            set_state(false);
            element
        } else {
            let len = if let Some(f) = array.downcast_ref::<TypedArray>() {
                let buf = f.viewed_array_buffer().as_buffer();
                let Some(buf) = buf
                    .bytes(std::sync::atomic::Ordering::SeqCst)
                    .filter(|buf| !f.is_out_of_bounds(buf.len()))
                else {
                    return Err(JsNativeError::typ()
                        .with_message("Cannot get value from out of bounds typed array")
                        .into());
                };

                f.array_length(buf.len())
            } else {
                array.length_of_array_like(context)?
            };

            if index >= len {
                set_state(true);
                return Ok(None);
            }
            set_state(false);
            if matches!(kind, PropertyNameKind::Key) {
                return Ok(Some(index.into()));
            }
            array.get(index, context)?
        };

        Ok(Some(match kind {
            PropertyNameKind::Key => index.into(),
            PropertyNameKind::Value => element,
            PropertyNameKind::KeyAndValue => {
                Array::create_array_from_list([index.into(), element], context).into()
            }
        }))
    }
}
