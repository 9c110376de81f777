use boa_string::StaticJsStrings;

use crate::{
    Context, JsObject, JsResult, JsValue, js_string,
    object::{
        internal_methods::InternalMethodPropertyContext,
        shape::slot::{Slot, SlotAttributes},
    },
    property::PropertyKey,
    vm::{
        inline_cache::{ShapeStamp, keyed::KeyId},
        opcode::{IndexOperand, Operation, RegisterOperand},
    },
};

/// The value a cached `slot` holds for `object` (in the object or in its prototype), the getter
/// of an accessor called with the value `receiver` gives (made only then).
pub(crate) fn read_cached_slot(
    object: &JsObject,
    slot: Slot,
    receiver: impl FnOnce() -> JsValue,
    context: &mut Context,
) -> JsResult<JsValue> {
    if slot.attributes.contains(SlotAttributes::PROTOTYPE) {
        let prototype = object
            .borrow()
            .shape()
            .prototype()
            .expect("prototype should have value");
        return read_slot_of(&prototype, slot, receiver, context);
    }
    read_slot_of(object, slot, receiver, context)
}

/// The value `holder` keeps in `slot`, the getter of an accessor called with the value
/// `receiver` gives.
fn read_slot_of(
    holder: &JsObject,
    slot: Slot,
    receiver: impl FnOnce() -> JsValue,
    context: &mut Context,
) -> JsResult<JsValue> {
    let result = holder.borrow().properties().storage[slot.index as usize].clone();
    if slot.attributes.has_get()
        && let Some(getter) = result.as_object()
    {
        return getter.call(&receiver(), &[], context);
    }
    Ok(result)
}

fn get_by_name<const LENGTH: bool>(
    (dst, object, receiver, index): (RegisterOperand, &JsValue, &JsValue, IndexOperand),
    context: &mut Context,
) -> JsResult<()> {
    if LENGTH {
        if let Some(object) = object.as_object()
            && object.is_array()
        {
            let value = object.borrow().properties().storage[0].clone();
            context.vm.set_register(dst.into(), value);
            return Ok(());
        } else if let Some(string) = object.as_string() {
            // NOTE: Since we’re using the prototype returned directly by `base_class()`,
            //       we need to handle string primitives separately due to the
            //       string exotic internal methods.
            context
                .vm
                .set_register(dst.into(), (string.len() as u32).into());
            return Ok(());
        }
    }

    // OPTIMIZATION:
    //    Instead of calling `to_object()`, which creates a temporary wrapper object for primitive
    //    values (e.g., numbers, strings, booleans) just to query their prototype chain.
    //
    //    To prevent the creation of a temporary JsObject, we directly retrieve the prototype that
    //    `to_object()` would produce, such as `Number.prototype`, `String.prototype`, etc.
    // rjs: V8's `Cannot read properties of undefined (reading 'x')`.
    if object.is_null_or_undefined() {
        let key: PropertyKey = context.vm.frame().code_block().ic[usize::from(index)]
            .name
            .clone()
            .into();
        return Err(crate::v8_messages::cannot_read(object, &key));
    }
    let object = object.base_class(context)?;

    let ic = &context.vm.frame().code_block().ic[usize::from(index)];
    let cached = ic.get(object.borrow().shape());
    if let Some(slot) = cached {
        let result = read_cached_slot(&object, slot, || receiver.clone(), context)?;
        context.vm.set_register(dst.into(), result);
        return Ok(());
    }

    let megamorphic = ic.megamorphic.get();
    let key: PropertyKey = ic.name.clone().into();

    // rjs: a site that saw too many shapes uses the VM-wide table instead, and a property two
    // or more prototypes up has its own (see `inline_cache::keyed`).
    let key_id = KeyId::of(&key);
    if let Some(key_id) = key_id {
        if megamorphic {
            let cached = context.vm.keyed_get.get(object.borrow().shape(), key_id);
            if let Some(slot) = cached {
                let result = read_cached_slot(&object, slot, || receiver.clone(), context)?;
                context.vm.set_register(dst.into(), result);
                return Ok(());
            }
        }
        let cached = context.vm.keyed_deep.get(object.borrow().shape(), key_id);
        if let Some((holder, slot)) = cached {
            let result = read_slot_of(&holder, slot, || receiver.clone(), context)?;
            context.vm.set_register(dst.into(), result);
            return Ok(());
        }
    }

    let stamp = ShapeStamp::of(&object);
    let context = &mut InternalMethodPropertyContext::new(context);
    let result = object.__get__(&key, receiver.clone(), context)?;

    // Cache the property (rjs: unless a getter reshaped the object meanwhile).
    let slot = *context.slot();
    if slot.is_cacheable() && ShapeStamp::of(&object) == stamp {
        let object_borrowed = object.borrow();
        let shape = object_borrowed.shape();
        if megamorphic && let Some(key_id) = key_id {
            context.vm.keyed_get.set(shape, &key, key_id, slot);
        } else {
            context.vm.frame().code_block.ic[usize::from(index)].set(shape, slot);
        }
    } else if let Some(key_id) = key_id
        && slot.attributes.contains(SlotAttributes::PROTOTYPE)
    {
        context.vm.keyed_deep.fill(&object, &key, key_id);
    }

    context.vm.set_register(dst.into(), result);
    Ok(())
}

fn get_by_value<const PUSH_KEY: bool>(
    (dst, key, receiver, object): (
        RegisterOperand,
        RegisterOperand,
        RegisterOperand,
        RegisterOperand,
    ),
    context: &mut Context,
) -> JsResult<()> {
    let key_value = context.vm.get_register(key.into()).clone();
    let base = context.vm.get_register(object.into()).clone();
    if base.is_null_or_undefined() {
        let key = key_value.to_property_key(context)?;
        return Err(crate::v8_messages::cannot_read(&base, &key));
    }
    let object = base.base_class(context)?;
    let key_value = key_value.to_property_key(context)?;

    // Fast Path
    //
    // NOTE: Since we’re using the prototype returned directly by `base_class()`,
    //       we need to handle string primitives separately due to the
    //       string exotic internal methods.
    match &key_value {
        PropertyKey::Index(index) => {
            if object.is_array() {
                let object_borrowed = object.borrow();
                if let Some(element) = object_borrowed.properties().get_dense_property(index.get())
                {
                    if PUSH_KEY {
                        context.vm.set_register(key.into(), key_value.into());
                    }

                    context.vm.set_register(dst.into(), element);
                    return Ok(());
                }
            } else if let Some(string) = base.as_string() {
                let value = string
                    .code_unit_at(index.get() as usize)
                    .map_or_else(JsValue::undefined, |char| {
                        js_string!([char].as_slice()).into()
                    });

                if PUSH_KEY {
                    context.vm.set_register(key.into(), key_value.into());
                }
                context.vm.set_register(dst.into(), value);
                return Ok(());
            }
        }
        PropertyKey::String(string) if *string == StaticJsStrings::LENGTH => {
            if let Some(string) = base.as_string() {
                let value = string.len().into();

                if PUSH_KEY {
                    context.vm.set_register(key.into(), key_value.into());
                }
                context.vm.set_register(dst.into(), value);
                return Ok(());
            }
        }
        _ => {}
    }

    let receiver = context.vm.get_register(receiver.into()).clone();

    // rjs: the computed-key cache (see `inline_cache::keyed`).
    let key_id = KeyId::of(&key_value);
    if let Some(key_id) = key_id {
        let own = context.vm.keyed_get.get(object.borrow().shape(), key_id);
        let result = if let Some(slot) = own {
            Some(read_cached_slot(
                &object,
                slot,
                || receiver.clone(),
                context,
            )?)
        } else {
            let deep = context.vm.keyed_deep.get(object.borrow().shape(), key_id);
            match deep {
                Some((holder, slot)) => {
                    Some(read_slot_of(&holder, slot, || receiver.clone(), context)?)
                }
                None => None,
            }
        };
        if let Some(result) = result {
            if PUSH_KEY {
                context.vm.set_register(key.into(), key_value.into());
            }
            context.vm.set_register(dst.into(), result);
            return Ok(());
        }
    }

    // Slow path:
    let stamp = ShapeStamp::of(&object);
    let context = &mut InternalMethodPropertyContext::new(context);
    let result = object.__get__(&key_value, receiver, context)?;
    let slot = *context.slot();
    if let Some(key_id) = key_id {
        if slot.is_cacheable() && ShapeStamp::of(&object) == stamp {
            let object_borrowed = object.borrow();
            context
                .vm
                .keyed_get
                .set(object_borrowed.shape(), &key_value, key_id, slot);
        } else if slot.attributes.contains(SlotAttributes::PROTOTYPE) {
            context.vm.keyed_deep.fill(&object, &key_value, key_id);
        }
    }

    if PUSH_KEY {
        context.vm.set_register(key.into(), key_value.into());
    }
    context.vm.set_register(dst.into(), result);
    Ok(())
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct GetLengthProperty;

impl GetLengthProperty {
    #[inline(always)]
    pub(crate) fn operation(
        (dst, object, index): (RegisterOperand, RegisterOperand, IndexOperand),
        context: &mut Context,
    ) -> JsResult<()> {
        let object = context.vm.get_register(object.into()).clone();
        get_by_name::<true>((dst, &object, &object, index), context)
    }
}

impl Operation for GetLengthProperty {
    const NAME: &'static str = "GetLengthProperty";
    const INSTRUCTION: &'static str = "INST - GetLengthProperty";
    const COST: u8 = 4;
}

/// `GetPropertyByName` implements the Opcode Operation for `Opcode::GetPropertyByName`
///
/// Operation:
///  - Get a property by name from an object.
#[derive(Debug, Clone, Copy)]
pub(crate) struct GetPropertyByName;

impl GetPropertyByName {
    #[inline(always)]
    pub(crate) fn operation(
        (dst, object, index): (RegisterOperand, RegisterOperand, IndexOperand),
        context: &mut Context,
    ) -> JsResult<()> {
        let object = context.vm.get_register(object.into()).clone();
        get_by_name::<false>((dst, &object, &object, index), context)
    }
}

impl Operation for GetPropertyByName {
    const NAME: &'static str = "GetPropertyByName";
    const INSTRUCTION: &'static str = "INST - GetPropertyByName";
    const COST: u8 = 4;
}

/// `GetPropertyByNameWithThis` implements the Opcode Operation for `Opcode::GetPropertyByNameWithThis`
///
/// Operation:
///  - Get a property by name from an object with this.
#[derive(Debug, Clone, Copy)]
pub(crate) struct GetPropertyByNameWithThis;

impl GetPropertyByNameWithThis {
    #[inline(always)]
    pub(crate) fn operation(
        (dst, receiver, value, index): (
            RegisterOperand,
            RegisterOperand,
            RegisterOperand,
            IndexOperand,
        ),
        context: &mut Context,
    ) -> JsResult<()> {
        let receiver = context.vm.get_register(receiver.into()).clone();
        let object = context.vm.get_register(value.into()).clone();
        get_by_name::<false>((dst, &object, &receiver, index), context)
    }
}

impl Operation for GetPropertyByNameWithThis {
    const NAME: &'static str = "GetPropertyByNameWithThis";
    const INSTRUCTION: &'static str = "INST - GetPropertyByNameWithThis";
    const COST: u8 = 4;
}

/// `GetPropertyByValue` implements the Opcode Operation for `Opcode::GetPropertyByValue`
///
/// Operation:
///  - Get a property by value from an object and store it in dst.
#[derive(Debug, Clone, Copy)]
pub(crate) struct GetPropertyByValue;

impl GetPropertyByValue {
    #[inline(always)]
    pub(crate) fn operation(
        args: (
            RegisterOperand,
            RegisterOperand,
            RegisterOperand,
            RegisterOperand,
        ),
        context: &mut Context,
    ) -> JsResult<()> {
        get_by_value::<false>(args, context)
    }
}

impl Operation for GetPropertyByValue {
    const NAME: &'static str = "GetPropertyByValue";
    const INSTRUCTION: &'static str = "INST - GetPropertyByValue";
    const COST: u8 = 4;
}

/// `GetPropertyByValuePush` implements the Opcode Operation for `Opcode::GetPropertyByValuePush`
///
/// Operation:
///  - Get a property by value from an object and store the key and value in registers.
#[derive(Debug, Clone, Copy)]
pub(crate) struct GetPropertyByValuePush;

impl GetPropertyByValuePush {
    #[inline(always)]
    pub(crate) fn operation(
        args: (
            RegisterOperand,
            RegisterOperand,
            RegisterOperand,
            RegisterOperand,
        ),
        context: &mut Context,
    ) -> JsResult<()> {
        get_by_value::<true>(args, context)
    }
}

impl Operation for GetPropertyByValuePush {
    const NAME: &'static str = "GetPropertyByValuePush";
    const INSTRUCTION: &'static str = "INST - GetPropertyByValuePush";
    const COST: u8 = 4;
}
