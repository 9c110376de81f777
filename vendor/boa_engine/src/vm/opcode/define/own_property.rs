use crate::{
    Context, JsNativeError, JsResult,
    object::internal_methods::InternalMethodPropertyContext,
    property::{PropertyDescriptor, PropertyKey},
    vm::{
        inline_cache::keyed::KeyId,
        opcode::{
            IndexOperand, Operation, RegisterOperand,
            set::{add_cached, addition_source, has_ordinary_set, plain_addition},
        },
    },
};

/// `DefineOwnPropertyByName` implements the Opcode Operation for `Opcode::DefineOwnPropertyByName`
///
/// Operation:
///  - Defines a own property of an object by name.
#[derive(Debug, Clone, Copy)]
pub(crate) struct DefineOwnPropertyByName;

impl DefineOwnPropertyByName {
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
            .constant_string(index.into());
        let object = object.to_object(context)?;
        let key = PropertyKey::from(name);
        // rjs: an object literal's `key: value` adds a plain data property to a fresh ordinary
        // object, shape after shape the same way each time the literal runs: take the cached
        // transition (shared with computed-key assignments, `inline_cache::keyed`) instead of
        // the full [[DefineOwnProperty]]. A define, unlike a set, ignores the prototype chain,
        // so every entry a set trusts is also right for it.
        let key_id = KeyId::of(&key).filter(|_| has_ordinary_set(&object));
        let from = key_id.and_then(|_| addition_source(&object));
        if let (Some(key_id), Some(from)) = (key_id, &from)
            && let Some(to) = context.vm.keyed_add.get(from, key_id)
        {
            add_cached(&object, to, value);
            return Ok(());
        }
        object.__define_own_property__(
            &key,
            PropertyDescriptor::builder()
                .value(value)
                .writable(true)
                .enumerable(true)
                .configurable(true)
                .build(),
            &mut InternalMethodPropertyContext::new(context),
        )?;
        if let (Some(key_id), Some(from)) = (key_id, from)
            && let Some(to) = plain_addition(&object, &from, &key)
        {
            context.vm.keyed_add.set(&from, &key, key_id, &to);
        }
        Ok(())
    }
}

impl Operation for DefineOwnPropertyByName {
    const NAME: &'static str = "DefineOwnPropertyByName";
    const INSTRUCTION: &'static str = "INST - DefineOwnPropertyByName";
    const COST: u8 = 4;
}

/// `DefineOwnPropertyByValue` implements the Opcode Operation for `Opcode::DefineOwnPropertyByValue`
///
/// Operation:
///  - Defines a own property of an object by value.
#[derive(Debug, Clone, Copy)]
pub(crate) struct DefineOwnPropertyByValue;

impl DefineOwnPropertyByValue {
    #[inline(always)]
    pub(crate) fn operation(
        (value, key, object): (RegisterOperand, RegisterOperand, RegisterOperand),
        context: &mut Context,
    ) -> JsResult<()> {
        let value = context.vm.get_register(value.into()).clone();
        let key = context.vm.get_register(key.into()).clone();
        let object = context.vm.get_register(object.into()).clone();
        let object = object.to_object(context)?;
        let key = key.to_property_key(context)?;
        let success = object.__define_own_property__(
            &key,
            PropertyDescriptor::builder()
                .value(value.clone())
                .writable(true)
                .enumerable(true)
                .configurable(true)
                .build(),
            &mut InternalMethodPropertyContext::new(context),
        )?;
        if !success {
            return Err(JsNativeError::typ()
                .with_message("failed to defined own property")
                .into());
        }
        Ok(())
    }
}

impl Operation for DefineOwnPropertyByValue {
    const NAME: &'static str = "DefineOwnPropertyByValue";
    const INSTRUCTION: &'static str = "INST - DefineOwnPropertyByValue";
    const COST: u8 = 4;
}
