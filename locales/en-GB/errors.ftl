# Messages that Rust returns to the user (errors cross IPC as { code, message }).

error-not-signed-in = Please sign in again to continue.
error-wrong-pin = That PIN is not right. { $attempts ->
    [0] This account is now locked for a few minutes.
    [one] You have { $attempts } more try before the account is locked.
   *[other] You have { $attempts } more tries before the account is locked.
}
error-locked-out = Too many wrong PINs. This account is locked until { $time }. Ask a manager if you need in sooner.
error-permission-denied = You do not have permission to do that. Ask an Owner to grant it.
error-not-found = That record could not be found. It may have been deleted or moved.
error-invalid-input = Something in that request was not valid. Check it and try again.
error-storage = The local data could not be read or saved. Restart Garage Desk; if this keeps happening, contact IT.
