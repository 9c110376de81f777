use crate::JsExpect;
use crate::JsValue;
use crate::object::JsObject;
use crate::value::JsVariant;
use crate::vm::opcode::{IndexOperand, RegisterOperand};
use crate::{
    Context, JsResult,
    builtins::function::set_function_name,
    object::{
        internal_methods::InternalMethodPropertyContext,
        shape::slot::{Slot, SlotAttributes},
    },
    property::{PropertyDescriptor, PropertyKey},
    vm::{
        inline_cache::{ShapeStamp, keyed::KeyId},
        opcode::Operation,
    },
};
use boa_macros::js_str;

fn set_by_name(
    value: RegisterOperand,
    value_object: &JsValue,
    receiver: &JsValue,
    index: IndexOperand,
    context: &mut Context,
) -> JsResult<()> {
    let value = context.vm.get_register(value.into()).clone();

    // rjs: V8's `Cannot set properties of undefined (setting 'x')`.
    if value_object.is_null_or_undefined() {
        let key: PropertyKey = context.vm.frame().code_block().ic[usize::from(index)]
            .name
            .clone()
            .into();
        return Err(crate::v8_messages::cannot_set(value_object, &key));
    }
    let object = value_object.to_object(context)?;

    let ic = &context.vm.frame().code_block().ic[usize::from(index)];

    let cached = ic.get(object.borrow().shape());
    if let Some(slot) = cached {
        return write_cached_slot(&object, slot, value, receiver, context);
    }
    // rjs: a site that saw too many shapes uses the VM-wide table (see
    // `inline_cache::keyed`), for ordinary objects written as their own receiver.
    let keyed = if ic.megamorphic.get()
        && has_ordinary_set(&object)
        && receiver
            .as_object()
            .is_some_and(|r| JsObject::equals(&r, &object))
    {
        let key: PropertyKey = ic.name.clone().into();
        KeyId::of(&key).map(|id| (key, id))
    } else {
        None
    };
    if let Some((_, key_id)) = &keyed {
        let cached = context.vm.keyed_set.get(object.borrow().shape(), *key_id);
        if let Some(slot) = cached {
            return write_cached_slot(&object, slot, value, receiver, context);
        }
    }
    let ic = &context.vm.frame().code_block().ic[usize::from(index)];
    let object_borrowed = object.borrow();
    // rjs: a cached addition of this property (see `InlineCache::transition_from`).
    let plain_receiver = object_borrowed.properties().shape.is_shared()
        && object_borrowed.extensible
        && has_ordinary_set(&object)
        && receiver
            .as_object()
            .is_some_and(|r| JsObject::equals(&r, &object));
    if plain_receiver && let Some(to) = ic.transition_from(object_borrowed.shape()) {
        drop(object_borrowed);
        add_cached(&object, to, value);
        return Ok(());
    }
    let from = plain_receiver.then(|| object_borrowed.shape().clone());
    drop(object_borrowed);

    let name: PropertyKey = ic.name.clone().into();

    let stamp = ShapeStamp::of(&object);
    let context = &mut InternalMethodPropertyContext::new(context);
    let succeeded = object.__set__(name.clone(), value.clone(), receiver.clone(), context)?;
    if !succeeded && context.vm.frame().code_block.strict() {
        return Err(crate::v8_messages::failed_set(&object, &name, context));
    }
    if succeeded
        && let Some(from) = from
        && let Some(to) = plain_addition(&object, &from, &name)
    {
        context.vm.frame().code_block().ic[usize::from(index)].set_transition(&from, &to);
    }

    // Cache the property (rjs: a setter's slot only if the setter left the object's shape as
    // it was; a data write changes it only by adding the property, whose slot it reports).
    let slot = *context.slot();
    if succeeded
        && slot.is_cacheable()
        && (!slot.attributes.is_accessor_descriptor() || ShapeStamp::of(&object) == stamp)
    {
        let object_borrowed = object.borrow();
        let shape = object_borrowed.shape();
        if let Some((key, key_id)) = &keyed {
            context.vm.keyed_set.set(shape, key, *key_id, slot);
        } else {
            context.vm.frame().code_block.ic[usize::from(index)].set(shape, slot);
        }
    }

    Ok(())
}

/// Stores `value` through a cached `slot` of `object` (in the object or its prototype), calling
/// the setter of an accessor with `receiver`.
fn write_cached_slot(
    object: &JsObject,
    slot: Slot,
    value: JsValue,
    receiver: &JsValue,
    context: &mut Context,
) -> JsResult<()> {
    let slot_index = slot.index as usize;
    if slot.attributes.is_accessor_descriptor() {
        let object_borrowed = object.borrow();
        let setter = if slot.attributes.contains(SlotAttributes::PROTOTYPE) {
            let prototype = object_borrowed
                .shape()
                .prototype()
                .expect("prototype should have value");
            let prototype = prototype.borrow();
            prototype.properties().storage[slot_index + 1].clone()
        } else {
            object_borrowed.properties().storage[slot_index + 1].clone()
        };
        drop(object_borrowed);
        if slot.attributes.has_set()
            && let Some(setter) = setter.as_object()
        {
            setter.call(receiver, std::slice::from_ref(&value), context)?;
        }
    } else if slot.attributes.contains(SlotAttributes::PROTOTYPE) {
        let prototype = object
            .borrow()
            .shape()
            .prototype()
            .expect("prototype should have value");
        prototype.borrow_mut().properties_mut().storage[slot_index] = value;
    } else {
        object.borrow_mut().properties_mut().storage[slot_index] = value;
    }
    Ok(())
}

/// rjs: whether `object` reads, writes and defines its properties as an ordinary object does
/// (no proxy, array, typed array, arguments or other exotic behaviour).
pub(crate) fn has_ordinary_set(object: &JsObject) -> bool {
    let vtable = object.vtable();
    vtable.has_ordinary_set()
        && vtable.has_ordinary_get_own_property()
        && vtable.has_ordinary_define_own_property()
        && vtable.has_ordinary_get_prototype_of()
}

/// rjs: `a[i] = v` where `a` is an extensible Array whose dense elements end just before `i`
/// (`new Array(n)` filled in order, `a[a.length] = v`): appends `v` in place. This is what the
/// spec's [[Set]] does when no prototype can intercept the write (each is ordinary for reads
/// and writes and has no indexed properties) and, if `i` grows the array, `length` is writable
/// (the array still has the template shape). `false` when that does not hold; nothing changed.
fn append_dense(object: &JsObject, index: u32, value: &JsValue, context: &Context) -> bool {
    if index == u32::MAX {
        return false;
    }
    let mut proto = object.prototype();
    while let Some(p) = proto {
        let vtable = p.vtable();
        let borrowed = p.borrow();
        let plain = vtable.has_ordinary_set()
            && vtable.has_ordinary_get_own_property()
            && vtable.has_ordinary_get_prototype_of()
            && borrowed.properties().indexed_properties.is_empty();
        if !plain {
            return false;
        }
        proto = borrowed.prototype();
    }
    let template = context.intrinsics().templates().array().shape().to_addr_usize();
    let mut borrowed = object.borrow_mut();
    if !borrowed.extensible {
        return false;
    }
    let properties = borrowed.properties_mut();
    let Some(len) = properties.storage.first().and_then(JsValue::as_number) else {
        return false;
    };
    let Some(dense_len) = properties.indexed_properties.dense_len() else {
        return false;
    };
    if dense_len != index as usize {
        return false;
    }
    let grows = f64::from(index) >= len;
    if grows && properties.shape.to_addr_usize() != template {
        return false;
    }
    if !properties.indexed_properties.push_dense(value) {
        return false;
    }
    if grows {
        properties.storage[0] = JsValue::new(index + 1);
    }
    true
}

/// rjs: after `object` (of shared shape `from`, ordinary and extensible) was assigned `name`,
/// the shape it took if the step was a plain addition: exactly one new writable, enumerable,
/// configurable data property in the next storage slot, and nothing up the prototype chain
/// that could have intercepted the write (only ordinary objects, no accessor or read-only
/// `name`).
pub(crate) fn plain_addition(
    object: &JsObject,
    from: &crate::object::shape::Shape,
    name: &PropertyKey,
) -> Option<crate::object::shape::Shape> {
    if matches!(name, PropertyKey::Index(_)) {
        return None;
    }
    let plain =
        SlotAttributes::WRITABLE | SlotAttributes::ENUMERABLE | SlotAttributes::CONFIGURABLE;
    let borrowed = object.borrow();
    let properties = borrowed.properties();
    let to = &properties.shape;
    if !to.is_shared() || from.lookup(name).is_some() {
        return None;
    }
    let slot = to.lookup(name)?;
    let old_len = properties.storage.len().checked_sub(1)?;
    if slot.attributes != plain
        || slot.index as usize != old_len
        || to.shared_property_count() != from.shared_property_count().map(|n| n + 1)
    {
        return None;
    }
    let mut proto = from.prototype();
    let mut depth = 0;
    while let Some(p) = proto {
        depth += 1;
        if depth > 64 || !has_ordinary_set(&p) {
            return None;
        }
        let p_borrowed = p.borrow();
        if let Some(s) = p_borrowed.properties().shape.lookup(name)
            && (s.attributes.is_accessor_descriptor()
                || !s.attributes.contains(SlotAttributes::WRITABLE))
        {
            return None;
        }
        let next = p_borrowed.properties().shape.prototype();
        drop(p_borrowed);
        proto = next;
    }
    Some(to.clone())
}

/// rjs: the shape of `object` if it is extensible and shared, the state in which an addition
/// to it can be cached (the caller checks that it is ordinary and its own receiver).
pub(crate) fn addition_source(object: &JsObject) -> Option<crate::object::shape::Shape> {
    let borrowed = object.borrow();
    (borrowed.properties().shape.is_shared() && borrowed.extensible)
        .then(|| borrowed.shape().clone())
}

/// rjs: gives `object` shape `to` and `value` as its new last slot (a cached plain addition).
pub(crate) fn add_cached(object: &JsObject, to: crate::object::shape::Shape, value: JsValue) {
    let mut borrowed = object.borrow_mut();
    let properties = borrowed.properties_mut();
    properties.shape = to;
    properties.storage.push(value);
}

/// `SetPropertyByName` implements the Opcode Operation for `Opcode::SetPropertyByName`
///
/// Operation:
///  - Sets a property by name of an object.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SetPropertyByName;

impl SetPropertyByName {
    #[inline(always)]
    pub(crate) fn operation(
        (value, object, index): (RegisterOperand, RegisterOperand, IndexOperand),
        context: &mut Context,
    ) -> JsResult<()> {
        let object = context.vm.get_register(object.into()).clone();
        set_by_name(value, &object, &object, index, context)
    }
}

impl Operation for SetPropertyByNameWithThis {
    const NAME: &'static str = "SetPropertyByNameWithThis";
    const INSTRUCTION: &'static str = "INST - SetPropertyByNameWithThis";
    const COST: u8 = 4;
}

/// `SetPropertyByNameWithThis` implements the Opcode Operation for `Opcode::SetPropertyByNameWithThis`
///
/// Operation:
///  - Sets a property by name of an object.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SetPropertyByNameWithThis;

impl SetPropertyByNameWithThis {
    #[inline(always)]
    pub(crate) fn operation(
        (value, receiver, object, index): (
            RegisterOperand,
            RegisterOperand,
            RegisterOperand,
            IndexOperand,
        ),
        context: &mut Context,
    ) -> JsResult<()> {
        let value_object = context.vm.get_register(object.into()).clone();
        let receiver = context.vm.get_register(receiver.into()).clone();
        set_by_name(value, &value_object, &receiver, index, context)
    }
}

impl Operation for SetPropertyByName {
    const NAME: &'static str = "SetPropertyByName";
    const INSTRUCTION: &'static str = "INST - SetPropertyByName";
    const COST: u8 = 4;
}

/// `SetPropertyByValue` implements the Opcode Operation for `Opcode::SetPropertyByValue`
///
/// Operation:
///  - Sets a property by value of an object.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SetPropertyByValue;

impl SetPropertyByValue {
    #[inline(always)]
    pub(crate) fn operation(
        (value, key, receiver, object): (
            RegisterOperand,
            RegisterOperand,
            RegisterOperand,
            RegisterOperand,
        ),
        context: &mut Context,
    ) -> JsResult<()> {
        let value = context.vm.get_register(value.into()).clone();
        let key = context.vm.get_register(key.into()).clone();
        let receiver = context.vm.get_register(receiver.into()).clone();
        let object = context.vm.get_register(object.into()).clone();
        if object.is_null_or_undefined() {
            let key = key.to_property_key(context)?;
            return Err(crate::v8_messages::cannot_set(&object, &key));
        }
        let object = object.to_object(context)?;

        let key = key.to_property_key(context)?;

        // Fast Path:
        'fast_path: {
            if object.is_array()
                && let PropertyKey::Index(index) = &key
            {
                let mut object_borrowed = object.borrow_mut();

                // Cannot modify if not extensible.
                if !object_borrowed.extensible {
                    break 'fast_path;
                }

                if object_borrowed
                    .properties_mut()
                    .set_dense_property(index.get(), &value)
                {
                    return Ok(());
                }
                drop(object_borrowed);
                if receiver
                    .as_object()
                    .is_some_and(|r| JsObject::equals(&r, &object))
                    && append_dense(&object, index.get(), &value, context)
                {
                    return Ok(());
                }
            }
        }

        // rjs: the computed-key cache (see `inline_cache::keyed`), for ordinary objects
        // written as their own receiver.
        let key_id = KeyId::of(&key).filter(|_| {
            has_ordinary_set(&object)
                && receiver
                    .as_object()
                    .is_some_and(|r| JsObject::equals(&r, &object))
        });
        let mut from = None;
        if let Some(key_id) = key_id {
            let cached = context.vm.keyed_set.get(object.borrow().shape(), key_id);
            if let Some(slot) = cached {
                return write_cached_slot(&object, slot, value, &receiver, context);
            }
            // rjs: a cached addition of `key` (see `inline_cache::keyed::KeyedAdditions`).
            from = addition_source(&object);
            if let Some(from) = &from
                && let Some(to) = context.vm.keyed_add.get(from, key_id)
            {
                add_cached(&object, to, value);
                return Ok(());
            }
        }

        // Slow path:
        let stamp = ShapeStamp::of(&object);
        let context = &mut InternalMethodPropertyContext::new(context);
        let succeeded = object.__set__(key.clone(), value, receiver, context)?;
        if !succeeded && context.vm.frame().code_block.strict() {
            return Err(crate::v8_messages::failed_set(&object, &key, context));
        }
        if succeeded
            && let Some(key_id) = key_id
            && let Some(from) = from
            && let Some(to) = plain_addition(&object, &from, &key)
        {
            context.vm.keyed_add.set(&from, &key, key_id, &to);
        }
        let slot = *context.slot();
        if succeeded
            && let Some(key_id) = key_id
            && slot.is_cacheable()
            && (!slot.attributes.is_accessor_descriptor() || ShapeStamp::of(&object) == stamp)
        {
            let object_borrowed = object.borrow();
            context
                .vm
                .keyed_set
                .set(object_borrowed.shape(), &key, key_id, slot);
        }

        Ok(())
    }
}

impl Operation for SetPropertyByValue {
    const NAME: &'static str = "SetPropertyByValue";
    const INSTRUCTION: &'static str = "INST - SetPropertyByValue";
    const COST: u8 = 4;
}

/// `SetPropertyGetterByName` implements the Opcode Operation for `Opcode::SetPropertyGetterByName`
///
/// Operation:
///  - Sets a getter property by name of an object.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SetPropertyGetterByName;

impl SetPropertyGetterByName {
    #[inline(always)]
    pub(crate) fn operation(
        (object, value, index): (RegisterOperand, RegisterOperand, IndexOperand),
        context: &mut Context,
    ) -> JsResult<()> {
        let object = context.vm.get_register(object.into()).clone();
        let value = context.vm.get_register(value.into()).clone();
        let name = context
            .vm
            .frame()
            .code_block()
            .constant_string(index.into())
            .into();

        let object = object.to_object(context)?;
        let set = object
            .__get_own_property__(&name, &mut InternalMethodPropertyContext::new(context))?
            .as_ref()
            .and_then(PropertyDescriptor::set)
            .cloned();
        object.__define_own_property__(
            &name,
            PropertyDescriptor::builder()
                .maybe_get(Some(value.clone()))
                .maybe_set(set)
                .enumerable(true)
                .configurable(true)
                .build(),
            &mut InternalMethodPropertyContext::new(context),
        )?;
        Ok(())
    }
}

impl Operation for SetPropertyGetterByName {
    const NAME: &'static str = "SetPropertyGetterByName";
    const INSTRUCTION: &'static str = "INST - SetPropertyGetterByName";
    const COST: u8 = 4;
}

/// `SetPropertyGetterByValue` implements the Opcode Operation for `Opcode::SetPropertyGetterByValue`
///
/// Operation:
///  - Sets a getter property by value of an object.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SetPropertyGetterByValue;

impl SetPropertyGetterByValue {
    #[inline(always)]
    pub(crate) fn operation(
        (value, key, object): (RegisterOperand, RegisterOperand, RegisterOperand),
        context: &mut Context,
    ) -> JsResult<()> {
        let value = context.vm.get_register(value.into()).clone();
        let key = context.vm.get_register(key.into()).clone();
        let object = context.vm.get_register(object.into()).clone();
        let object = object.to_object(context)?;
        let name = key.to_property_key(context)?;

        let set = object
            .__get_own_property__(&name, &mut InternalMethodPropertyContext::new(context))?
            .as_ref()
            .and_then(PropertyDescriptor::set)
            .cloned();
        object.__define_own_property__(
            &name,
            PropertyDescriptor::builder()
                .maybe_get(Some(value.clone()))
                .maybe_set(set)
                .enumerable(true)
                .configurable(true)
                .build(),
            &mut InternalMethodPropertyContext::new(context),
        )?;
        Ok(())
    }
}

impl Operation for SetPropertyGetterByValue {
    const NAME: &'static str = "SetPropertyGetterByValue";
    const INSTRUCTION: &'static str = "INST - SetPropertyGetterByValue";
    const COST: u8 = 4;
}

/// `SetPropertySetterByName` implements the Opcode Operation for `Opcode::SetPropertySetterByName`
///
/// Operation:
///  - Sets a setter property by name of an object.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SetPropertySetterByName;

impl SetPropertySetterByName {
    #[inline(always)]
    pub(crate) fn operation(
        (object, value, index): (RegisterOperand, RegisterOperand, IndexOperand),
        context: &mut Context,
    ) -> JsResult<()> {
        let object = context.vm.get_register(object.into()).clone();
        let value = context.vm.get_register(value.into()).clone();
        let name = context
            .vm
            .frame()
            .code_block()
            .constant_string(index.into())
            .into();

        let object = object.to_object(context)?;

        let get = object
            .__get_own_property__(&name, &mut InternalMethodPropertyContext::new(context))?
            .as_ref()
            .and_then(PropertyDescriptor::get)
            .cloned();
        object.__define_own_property__(
            &name,
            PropertyDescriptor::builder()
                .maybe_set(Some(value.clone()))
                .maybe_get(get)
                .enumerable(true)
                .configurable(true)
                .build(),
            &mut InternalMethodPropertyContext::new(context),
        )?;
        Ok(())
    }
}

impl Operation for SetPropertySetterByName {
    const NAME: &'static str = "SetPropertySetterByName";
    const INSTRUCTION: &'static str = "INST - SetPropertySetterByName";
    const COST: u8 = 4;
}

/// `SetPropertySetterByValue` implements the Opcode Operation for `Opcode::SetPropertySetterByValue`
///
/// Operation:
///  - Sets a setter property by value of an object.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SetPropertySetterByValue;

impl SetPropertySetterByValue {
    #[inline(always)]
    pub(crate) fn operation(
        (value, key, object): (RegisterOperand, RegisterOperand, RegisterOperand),
        context: &mut Context,
    ) -> JsResult<()> {
        let value = context.vm.get_register(value.into()).clone();
        let key = context.vm.get_register(key.into()).clone();
        let object = context.vm.get_register(object.into()).clone();

        let object = object.to_object(context)?;
        let name = key.to_property_key(context)?;

        let get = object
            .__get_own_property__(&name, &mut InternalMethodPropertyContext::new(context))?
            .as_ref()
            .and_then(PropertyDescriptor::get)
            .cloned();
        object.__define_own_property__(
            &name,
            PropertyDescriptor::builder()
                .maybe_set(Some(value.clone()))
                .maybe_get(get)
                .enumerable(true)
                .configurable(true)
                .build(),
            &mut InternalMethodPropertyContext::new(context),
        )?;
        Ok(())
    }
}

impl Operation for SetPropertySetterByValue {
    const NAME: &'static str = "SetPropertySetterByValue";
    const INSTRUCTION: &'static str = "INST - SetPropertySetterByValue";
    const COST: u8 = 4;
}

/// `SetFunctionName` implements the Opcode Operation for `Opcode::SetFunctionName`
///
/// Operation:
///  - Sets the name of a function object.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SetFunctionName;

impl SetFunctionName {
    #[inline(always)]
    pub(crate) fn operation(
        (function, name, prefix): (RegisterOperand, RegisterOperand, IndexOperand),
        context: &mut Context,
    ) -> JsResult<()> {
        let function = context.vm.get_register(function.into()).clone();
        let name = context.vm.get_register(name.into()).clone();
        let name = match name.variant() {
            JsVariant::String(name) => PropertyKey::from(name.clone()),
            JsVariant::Symbol(name) => PropertyKey::from(name.clone()),
            _ => unreachable!(),
        };

        let prefix = match u32::from(prefix) {
            1 => Some(js_str!("get")),
            2 => Some(js_str!("set")),
            _ => None,
        };

        set_function_name(
            &function
                .as_object()
                .js_expect("function is not an object")?,
            &name,
            prefix,
            context,
        )?;
        Ok(())
    }
}

impl Operation for SetFunctionName {
    const NAME: &'static str = "SetFunctionName";
    const INSTRUCTION: &'static str = "INST - SetFunctionName";
    const COST: u8 = 4;
}
