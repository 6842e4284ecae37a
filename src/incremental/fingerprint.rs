//! Fingerprints: 128-bit BLAKE3 digests of what an output file is made from,
//! the keys of the build cache.
//!
//! Values are fed through `std::hash::Hash`, so any model type that derives
//! `Hash` can be fingerprinted. std's `Hash` output is only stable for one
//! compiled program, which is why every key also covers the running
//! executable (`exe`): a new potluck invalidates the whole cache.

use std::hash::{Hash, Hasher};
use std::sync::{Mutex, OnceLock};

/// A fingerprint: the first 128 bits of a BLAKE3 digest. Shown and parsed
/// as 32 lower-case hex digits.
#[derive(
    Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct Fp([u8; 16]);

impl Fp {
    /// Lower-case hex.
    pub fn hex(&self) -> String {
        // By table, not `write!`: a key is made for every card and member
        // ref a page lists (tens of thousands per build), and formatting
        // machinery per byte was a visible part of the keys stage.
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        let mut s = String::with_capacity(32);
        for b in &self.0 {
            s.push(DIGITS[usize::from(b >> 4)] as char);
            s.push(DIGITS[usize::from(b & 15)] as char);
        }
        s
    }

    /// Parses what `hex` wrote.
    pub fn parse_hex(s: &str) -> Option<Fp> {
        if s.len() != 32 || !s.is_ascii() {
            return None;
        }
        let mut out = [0u8; 16];
        for (i, b) in out.iter_mut().enumerate() {
            *b = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).ok()?;
        }
        Some(Fp(out))
    }
}

impl std::fmt::Debug for Fp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Fp({})", self.hex())
    }
}

/// A file's stamp (`file_stamp`): its size, modification time and inode,
/// standing for its bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct FileStamp(Fp);

/// Bytes an `FpHasher` gathers before it feeds them to BLAKE3.
const PENDING: usize = 256;

/// A `Hasher` that feeds BLAKE3; `finish` is unused (use `fp`).
///
/// `Hash` writes a field at a time (a length, a few bytes of a string), and
/// each `blake3::Hasher::update` has a cost of its own whatever its length:
/// fed a byte run at a time, the fingerprints of every story (place,
/// recognition, stamps) spent most of their time there. So bytes are
/// gathered here and fed `PENDING` at a time; the digest does not depend on
/// how its input is split.
#[derive(Clone)]
pub struct FpHasher {
    hasher: blake3::Hasher,
    pending: [u8; PENDING],
    len: usize,
}

impl Default for FpHasher {
    fn default() -> FpHasher {
        FpHasher {
            hasher: blake3::Hasher::new(),
            pending: [0; PENDING],
            len: 0,
        }
    }
}

impl Hasher for FpHasher {
    fn write(&mut self, bytes: &[u8]) {
        if self.len + bytes.len() > PENDING {
            self.feed();
            if bytes.len() >= PENDING {
                self.hasher.update(bytes);
                return;
            }
        }
        self.pending[self.len..self.len + bytes.len()].copy_from_slice(bytes);
        self.len += bytes.len();
    }

    fn finish(&self) -> u64 {
        let fp = self.fp();
        u64::from_le_bytes(fp.0[..8].try_into().unwrap_or_default())
    }
}

impl FpHasher {
    pub fn new() -> FpHasher {
        FpHasher::default()
    }

    /// Adds a value; chainable.
    pub fn add<T: Hash + ?Sized>(&mut self, value: &T) -> &mut FpHasher {
        value.hash(self);
        self
    }

    pub fn fp(&self) -> Fp {
        let digest = match self.len {
            0 => self.hasher.finalize(),
            _ => self
                .hasher
                .clone()
                .update(&self.pending[..self.len])
                .finalize(),
        };
        let mut out = [0u8; 16];
        out.copy_from_slice(&digest.as_bytes()[..16]);
        Fp(out)
    }

    /// Feeds the gathered bytes to BLAKE3.
    fn feed(&mut self) {
        self.hasher.update(&self.pending[..self.len]);
        self.len = 0;
    }
}

impl FpHasher {
    /// Adds a value as what a template receives of it, field by field,
    /// without writing it out (`serde_fp`: type tags, lengths and bytes,
    /// so values that differ in type or nesting feed different bytes).
    pub fn add_serialized<T: serde::Serialize + ?Sized>(&mut self, value: &T) -> &mut FpHasher {
        super::serde_fp::hash_into(self, value);
        self
    }
}

/// The fingerprint of one value.
pub fn of<T: Hash + ?Sized>(value: &T) -> Fp {
    FpHasher::new().add(value).fp()
}

/// The fingerprint of one value's serialized form (`add_serialized`).
pub fn of_serialized<T: serde::Serialize + ?Sized>(value: &T) -> Fp {
    FpHasher::new().add_serialized(value).fp()
}

/// The running program: its version, path, size and modification time.
/// Rendering code changes between builds of potluck without a version bump,
/// so the version alone would let a new binary reuse an old one's pages.
pub fn exe() -> Fp {
    static EXE: OnceLock<Fp> = OnceLock::new();
    *EXE.get_or_init(|| {
        let mut h = FpHasher::new();
        // The key format (`serde_fp`) is part of potluck, named here so
        // that a cache written by another format is never trusted.
        h.add(env!("CARGO_PKG_VERSION")).add("keys: serde_fp 1");
        if let Ok(path) = std::env::current_exe() {
            h.add(path.as_os_str().as_encoded_bytes());
            if let Ok(meta) = std::fs::metadata(&path) {
                h.add(&meta.len()).add(&meta.modified().ok());
            }
        }
        h.fp()
    })
}

/// A file's size, modification time and inode: a file with the same stamp
/// is taken to have the same bytes (as make and cargo do). `None` when the
/// file or its time cannot be read.
pub fn file_stamp(path: &std::path::Path) -> Option<FileStamp> {
    file_stamp_at(path).map(|(fp, _)| fp)
}

/// `file_stamp`, and when the file last changed: its modification time or,
/// where there is one, the later status change time (which a program
/// setting the modification time back cannot set back).
pub fn file_stamp_at(path: &std::path::Path) -> Option<(FileStamp, std::time::SystemTime)> {
    let meta = std::fs::metadata(path).ok()?;
    let modified = meta.modified().ok()?;
    let mut h = FpHasher::new();
    h.add(&meta.len()).add(&modified);
    #[cfg(unix)]
    let modified = {
        use std::os::unix::fs::MetadataExt;
        let changed = std::time::UNIX_EPOCH
            + std::time::Duration::new(meta.ctime().max(0) as u64, meta.ctime_nsec() as u32);
        h.add(&meta.ino()).add(&meta.dev()).add(&changed);
        modified.max(changed)
    };
    Some((FileStamp(h.fp()), modified))
}

/// A fingerprint computed once, on first use, and kept with the value it
/// describes. A clone starts empty (the clone may then be changed), and the
/// cell is invisible to `Hash` and serde: it is derived, never data.
#[derive(Default)]
pub struct Memo(OnceLock<Fp>);

impl Memo {
    pub fn get_or(&self, compute: impl FnOnce() -> Fp) -> Fp {
        *self.0.get_or_init(compute)
    }
}

/// A fingerprint kept with the value it describes, with the context
/// (`ctx`) it was computed in: asked in another context, it is computed
/// again and replaced. Clones start empty; invisible to `Hash` and serde.
#[derive(Default)]
pub struct KeyedMemo(Mutex<Option<(Fp, Fp)>>);

impl KeyedMemo {
    pub fn get_or(&self, ctx: Fp, compute: impl FnOnce() -> Fp) -> Fp {
        let seen = self.0.lock().ok().and_then(|m| *m);
        match seen {
            Some((c, fp)) if c == ctx => fp,
            _ => {
                let fp = compute();
                if let Ok(mut m) = self.0.lock() {
                    *m = Some((ctx, fp));
                }
                fp
            }
        }
    }
}

macro_rules! derived_cell {
    ($t:ty) => {
        impl Clone for $t {
            fn clone(&self) -> Self {
                Self::default()
            }
        }

        impl Hash for $t {
            fn hash<H: Hasher>(&self, _: &mut H) {}
        }

        impl std::fmt::Debug for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(stringify!($t))
            }
        }
    };
}
derived_cell!(Memo);
derived_cell!(KeyedMemo);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trips() {
        let fp = of("a story");
        assert_eq!(Fp::parse_hex(&fp.hex()), Some(fp));
        assert_eq!(Fp::parse_hex("zz"), None);
        // The table writes what the formatter wrote before it.
        let formatted: String = fp.0.iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(fp.hex(), formatted);
    }

    #[test]
    fn a_fingerprint_does_not_depend_on_how_its_bytes_were_fed() {
        let text = "x".repeat(3 * PENDING + 7);
        let whole = blake3::hash(text.as_bytes());
        for step in [1, 5, PENDING - 1, PENDING, PENDING + 3, text.len()] {
            let mut h = FpHasher::new();
            for part in text.as_bytes().chunks(step) {
                h.write(part);
            }
            assert_eq!(h.fp().0, whole.as_bytes()[..16], "{step}");
        }
    }

    #[test]
    fn values_that_differ_only_in_where_a_string_ends_differ() {
        // ("ab", "c") and ("a", "bc") would collide without str's terminator.
        assert_ne!(of(&("ab", "c")), of(&("a", "bc")));
    }

    #[test]
    fn a_memo_is_computed_once_and_forgotten_by_a_clone() {
        let memo = Memo::default();
        assert_eq!(memo.get_or(|| of("first")), of("first"));
        assert_eq!(memo.get_or(|| of("second")), of("first"));
        assert_eq!(memo.clone().get_or(|| of("second")), of("second"));
    }

    #[test]
    fn a_keyed_memo_is_computed_again_in_another_context() {
        let memo = KeyedMemo::default();
        let (one, two) = (of("one"), of("two"));
        assert_eq!(memo.get_or(one, || of("a")), of("a"));
        assert_eq!(memo.get_or(one, || of("b")), of("a"));
        assert_eq!(memo.get_or(two, || of("c")), of("c"));
        assert_eq!(memo.get_or(two, || of("d")), of("c"));
    }
}
