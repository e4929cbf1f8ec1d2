//! PINs are stored only as Argon2id hashes (PHC strings), never in clear.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;

pub fn hash_pin(pin: &str) -> String {
    // 16 bytes from the OS's random source (a v4 UUID's payload), as the PHC string's salt.
    let salt = SaltString::encode_b64(uuid::Uuid::new_v4().as_bytes()).expect("16 bytes is a valid salt");
    Argon2::default().hash_password(pin.as_bytes(), &salt).expect("argon2 hashes any input").to_string()
}

pub fn verify_pin(pin: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| Argon2::default().verify_password(pin.as_bytes(), &parsed).is_ok())
}
