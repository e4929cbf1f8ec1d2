//! The declaration in TypeScript: every type a command takes or answers, with the types those
//! need (ts-rs), and the `Commands` map from each command's name to its arguments and result.

use std::any::TypeId;
use std::collections::{BTreeMap, HashSet};

use ts_rs::{Config, TypeVisitor, TS};

use super::{typescript_signatures, visit_command_types, wire_name, COMMANDS};
use crate::ipc_error::IpcError;

const REGENERATE: &str = "run `UPDATE_BINDINGS=1 cargo test -p garage-desk bindings`";

/// The types that have a TypeScript declaration, by name, reached from the types visited: only
/// those named (`deep` false) or all they need too (`deep`). Vec and Option are not declared,
/// their type parameters are.
struct Declared<'a> {
    cfg: &'a Config,
    deep: bool,
    seen: HashSet<TypeId>,
    found: BTreeMap<String, String>,
}

impl<'a> Declared<'a> {
    fn new(cfg: &'a Config, deep: bool) -> Self {
        Declared { cfg, deep, seen: HashSet::new(), found: BTreeMap::new() }
    }
}

impl TypeVisitor for Declared<'_> {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        T::visit_generics(self);
        if T::output_path().is_none() || !self.seen.insert(TypeId::of::<T>()) {
            return;
        }
        if self.deep {
            T::visit_dependencies(self);
        }
        self.found.insert(T::ident(self.cfg), T::decl(self.cfg));
    }
}

/// `ui/src/ipc/bindings.ts`: one `export type` per type of the contract (every command's, and the
/// error every command can answer), by name.
pub fn types(cfg: &Config) -> String {
    let mut declared = Declared::new(cfg, true);
    visit_command_types(&mut declared);
    declared.visit::<IpcError>();
    let mut out = format!(
        "// Generated from the Rust types by src-tauri/src/bindings.rs. Do not edit by hand:\n// {REGENERATE} after changing them.\n\n"
    );
    for decl in declared.found.values() {
        out.push_str("export ");
        out.push_str(decl.trim());
        out.push('\n');
    }
    out
}

/// `ui/src/ipc/commandBindings.ts`: the `Commands` map, in the order declared.
pub fn commands(cfg: &Config) -> String {
    let mut named = Declared::new(cfg, false);
    visit_command_types(&mut named);
    let mut out = format!(
        "// Generated from the IPC declaration (src-tauri/src/ipc/commands.rs) by src-tauri/src/bindings.rs.\n\
         // Do not edit by hand: {REGENERATE} after changing it.\n\nimport type {{\n"
    );
    for name in named.found.keys() {
        out.push_str(&format!("  {name},\n"));
    }
    out.push_str("} from \"./bindings\";\n\n");
    out.push_str("/** Every IPC command: its arguments as the UI sends them, and what it answers. */\n");
    out.push_str("export type Commands = {\n");
    for (command, signature) in COMMANDS.iter().zip(typescript_signatures(cfg)) {
        let args: Vec<String> =
            command.args.iter().zip(&signature.args).map(|(arg, ty)| format!("{}: {ty}", wire_name(arg))).collect();
        let args =
            if args.is_empty() { "Record<string, never>".to_owned() } else { format!("{{ {} }}", args.join("; ")) };
        out.push_str(&format!("  {}: {{ args: {args}; result: {} }};\n", command.name, signature.answer));
    }
    out.push_str("};\n");
    out
}
