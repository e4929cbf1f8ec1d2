//! `declare_commands!`: what the declaration in `commands.rs` expands to. For each command, a
//! `#[tauri::command]` that takes the declared arguments (camelCase on the wire, each an [`Arg`]
//! so a malformed one is a localised `invalid_input`) and answers the declared type; and for
//! them all, [`COMMANDS`](super::COMMANDS), the handler list Tauri registers and the TypeScript
//! types of each command's arguments and answer.
//!
//! A `desk` command converts its arguments and calls `feature::name(&Desk, args…)` on the
//! blocking pool ([`with_desk`]). An `app` command converts its arguments there too (they need
//! the desk for the user's language, so with arguments the desk is managed and `app.state()` finds
//! it; a command without arguments needs no desk), then awaits `feature::name(AppHandle, args…)`.
//! Either way the command is `async`: Tauri runs it off the main thread (issue 12).
//!
//! [`Arg`]: crate::ipc_arg::Arg
//! [`with_desk`]: crate::blocking::with_desk

/// The whole declaration: `feature { kind name(arg: Type, …) -> Answer, [Window, …]; … } …`.
macro_rules! declare_commands {
    ($( $($feature:ident)::+ {
        $( $kind:ident $name:ident ( $($arg:ident : $ty:ty),* ) -> $out:ty, [$($window:ident),+]; )*
    } )*) => {
        $( commands_of_feature!([$($feature)::+] $( $kind $name ($($arg: $ty),*) -> $out; )*); )*

        /// Every command, in the order declared.
        pub const COMMANDS: &[$crate::ipc::Command] = &[$($(
            $crate::ipc::Command {
                name: stringify!($name),
                args: &[$(stringify!($arg)),*],
                windows: &[$($crate::ipc::Window::$window),+],
            }
        ),*),*];

        /// Registers every command with Tauri.
        pub fn with_commands<R: tauri::Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
            builder.invoke_handler(tauri::generate_handler![$($($name),*),*])
        }

        /// Each command's arguments and answer in TypeScript, in the order of [`COMMANDS`].
        pub fn typescript_signatures(cfg: &ts_rs::Config) -> Vec<$crate::ipc::Signature> {
            vec![$($(
                $crate::ipc::Signature {
                    args: vec![$(<$ty as ts_rs::TS>::name(cfg)),*],
                    answer: <$out as ts_rs::TS>::name(cfg),
                }
            ),*),*]
        }

        /// Visits every type a command takes or answers.
        pub fn visit_command_types(visitor: &mut impl ts_rs::TypeVisitor) {
            $($( $( visitor.visit::<$ty>(); )* visitor.visit::<$out>(); )*)*
        }
    };
}

/// One feature's commands; `$feature` is its module path in brackets, passed whole to each.
macro_rules! commands_of_feature {
    ($feature:tt $( $kind:ident $name:ident ($($arg:ident : $ty:ty),*) -> $out:ty; )*) => {
        $( command!($kind $feature $name ($($arg: $ty),*) -> $out); )*
    };
}

macro_rules! command {
    (desk [$($feature:ident)::+] $name:ident ($($arg:ident : $ty:ty),*) -> $out:ty) => {
        #[tauri::command]
        async fn $name(
            desk: tauri::State<'_, std::sync::Arc<garage_core::Desk>>,
            $($arg: $crate::ipc_arg::Arg<$ty>),*
        ) -> $crate::ipc_error::IpcResult<$out> {
            $crate::blocking::with_desk(&desk, move |desk| {
                $crate::$($feature)::+::$name(desk $(, $arg.get(desk, stringify!($arg))?)*)
            })
            .await
        }
    };
    (app [$($feature:ident)::+] $name:ident () -> $out:ty) => {
        #[tauri::command]
        async fn $name<R: tauri::Runtime>(app: tauri::AppHandle<R>) -> $crate::ipc_error::IpcResult<$out> {
            $crate::$($feature)::+::$name(app).await
        }
    };
    (app [$($feature:ident)::+] $name:ident ($($arg:ident : $ty:ty),+) -> $out:ty) => {
        #[tauri::command]
        async fn $name<R: tauri::Runtime>(
            app: tauri::AppHandle<R>,
            desk: tauri::State<'_, std::sync::Arc<garage_core::Desk>>,
            $($arg: $crate::ipc_arg::Arg<$ty>),+
        ) -> $crate::ipc_error::IpcResult<$out> {
            let ($($arg,)+) =
                $crate::blocking::with_desk(&desk, move |desk| Ok(($($arg.get(desk, stringify!($arg))?,)+))).await?;
            $crate::$($feature)::+::$name(app, $($arg),+).await
        }
    };
}
