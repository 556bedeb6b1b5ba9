//! AWS KMS's limits, named once. The operations check requests against
//! them; the command line reads them to bound what it reads and to page
//! through List operations as the aws CLI does.

use crate::ops::page::Limits;

/// Encrypt's largest plaintext, in bytes.
pub const MAX_PLAINTEXT: usize = 4096;
/// The largest ciphertext blob a request may carry, in bytes (AWS's
/// CiphertextBlob constraint).
pub const MAX_CIPHERTEXT: usize = crate::blob::MAX_LEN;
/// GenerateDataKey's and GenerateRandom's NumberOfBytes: 1 to 1024.
pub const NUMBER_OF_BYTES: (i64, i64) = (1, 1024);
/// DeriveSharedSecret's PublicKey (the peer's SPKI), in bytes.
pub const MAX_PEER_PUBLIC_KEY: usize = 8192;
/// A key's Description, in characters.
pub const MAX_DESCRIPTION: usize = 8192;
/// EnableKeyRotation's RotationPeriodInDays, 90 to 2560.
pub const ROTATION_PERIOD_DAYS: (i64, i64) = (90, 2560);
/// ScheduleKeyDeletion's PendingWindowInDays, 7 to 30 (default 30).
pub const PENDING_WINDOW_DAYS: (i64, i64) = (7, 30);
/// On-demand rotations of one key.
pub const MAX_ON_DEMAND_ROTATIONS: usize = 25;
/// Aliases of one key.
pub const MAX_ALIASES_PER_KEY: usize = 50;
/// Tags of one key.
pub const MAX_TAGS: usize = 50;
/// GrantTokens: at most 10, each 1 to 8192 characters.
pub const MAX_GRANT_TOKENS: usize = 10;
pub const MAX_GRANT_TOKEN_LEN: usize = 8192;
/// A List operation's Marker, in characters.
pub const MAX_MARKER: usize = 1024;

/// ListKeys: 100 a page by default, at most 1000.
pub const LIST_KEYS: Limits = Limits {
    default: 100,
    max: 1000,
};
/// ListGrants and ListRetirableGrants: 50 a page by default, at most 100.
pub const LIST_GRANTS: Limits = Limits {
    default: 50,
    max: 100,
};
/// ListKeyPolicies: 100 a page by default, at most 1000.
pub const LIST_KEY_POLICIES: Limits = Limits {
    default: 100,
    max: 1000,
};
/// ListAliases: 50 a page by default, at most 100.
pub const LIST_ALIASES: Limits = Limits {
    default: 50,
    max: 100,
};
/// ListResourceTags: 50 a page, at most 50.
pub const LIST_RESOURCE_TAGS: Limits = Limits {
    default: 50,
    max: 50,
};
/// ListKeyRotations: 100 a page by default, at most 1000.
pub const LIST_KEY_ROTATIONS: Limits = Limits {
    default: 100,
    max: 1000,
};

/// The largest request kms-local reads: an HTTP body for `serve`, a line for
/// `batch`. AWS publishes no limit; its largest requests (a 32 KB key
/// policy, 50 tags, a 4 KB plaintext, an encryption context) fit many times.
pub const MAX_REQUEST: usize = 1024 * 1024;

/// How much of a value from a request an error message quotes.
pub const MAX_QUOTED: usize = 64;

/// Room for the largest response, which is Encrypt's or Decrypt's: a
/// 4096-byte plaintext or blob in base64 and its fields. A buffer this size
/// never regrows, so it never leaves a copy of a plaintext behind.
pub const RESPONSE_CAPACITY: usize = 16 * 1024;
