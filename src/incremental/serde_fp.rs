//! Hashing a serializable value without writing it out: a serde
//! `Serializer` that feeds what it is given straight into an `FpHasher`.
//!
//! A page's key is the hash of its template context (a `serde_json::Value`
//! tree), a feed's entries or a card's struct. Streaming them as JSON text
//! into the hasher spent most of the keys stage escaping strings and
//! formatting numbers that nobody reads. Here every value is written as a
//! type tag followed by its bytes: numbers in binary, strings and byte runs
//! with their length, and sequences, maps and structs between an opening
//! and a closing tag. No encoding is a prefix of another, so two values
//! that differ (in a byte, a type or their nesting) feed different bytes
//! and get different fingerprints. The encoding is not JSON and need not
//! be: it is only ever hashed, and every key also covers the executable.

use std::hash::Hasher;

use serde::ser::{self, Serialize};

use super::fingerprint::FpHasher;

/// Type tags. A closing tag is never the first byte of a value.
mod tag {
    pub const NONE: u8 = 0;
    pub const SOME: u8 = 1;
    pub const FALSE: u8 = 2;
    pub const TRUE: u8 = 3;
    pub const INT: u8 = 4;
    pub const UINT: u8 = 5;
    pub const INT128: u8 = 6;
    pub const UINT128: u8 = 7;
    pub const FLOAT: u8 = 8;
    pub const CHAR: u8 = 9;
    pub const STR: u8 = 10;
    pub const BYTES: u8 = 11;
    pub const UNIT: u8 = 12;
    pub const VARIANT: u8 = 13;
    pub const SEQ: u8 = 14;
    pub const MAP: u8 = 15;
    pub const END: u8 = 16;
}

/// Feeds `value` into `h` in the tagged encoding above.
pub fn hash_into<T: Serialize + ?Sized>(h: &mut FpHasher, value: &T) {
    // Only a map key serde cannot handle could fail, and this serializer
    // accepts any key; an error would hash as what was fed before it.
    let _ = value.serialize(Ser(h));
}

/// The serializer: a borrow of the hasher.
pub struct Ser<'a>(&'a mut FpHasher);

impl Ser<'_> {
    fn tag(&mut self, t: u8) {
        self.0.write_u8(t);
    }

    fn str(&mut self, s: &str) {
        self.bytes(tag::STR, s.as_bytes());
    }

    fn bytes(&mut self, t: u8, b: &[u8]) {
        self.tag(t);
        self.0.write_u64(b.len() as u64);
        self.0.write(b);
    }

    fn reborrow(&mut self) -> Ser<'_> {
        Ser(self.0)
    }
}

/// Never produced; serde needs an error type.
#[derive(Debug)]
pub struct Never;

impl std::fmt::Display for Never {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("unreachable")
    }
}

impl std::error::Error for Never {}

impl ser::Error for Never {
    fn custom<T: std::fmt::Display>(_: T) -> Never {
        Never
    }
}

type R = Result<(), Never>;

impl<'a> ser::Serializer for Ser<'a> {
    type Ok = ();
    type Error = Never;
    type SerializeSeq = Ser<'a>;
    type SerializeTuple = Ser<'a>;
    type SerializeTupleStruct = Ser<'a>;
    type SerializeTupleVariant = Ser<'a>;
    type SerializeMap = Ser<'a>;
    type SerializeStruct = Ser<'a>;
    type SerializeStructVariant = Ser<'a>;

    fn serialize_bool(mut self, v: bool) -> R {
        self.tag(if v { tag::TRUE } else { tag::FALSE });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> R {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> R {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> R {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(mut self, v: i64) -> R {
        self.tag(tag::INT);
        self.0.write_i64(v);
        Ok(())
    }
    fn serialize_i128(mut self, v: i128) -> R {
        self.tag(tag::INT128);
        self.0.write_i128(v);
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> R {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> R {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> R {
        self.serialize_u64(v.into())
    }
    fn serialize_u64(mut self, v: u64) -> R {
        self.tag(tag::UINT);
        self.0.write_u64(v);
        Ok(())
    }
    fn serialize_u128(mut self, v: u128) -> R {
        self.tag(tag::UINT128);
        self.0.write_u128(v);
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> R {
        self.serialize_f64(v.into())
    }
    fn serialize_f64(mut self, v: f64) -> R {
        self.tag(tag::FLOAT);
        self.0.write_u64(v.to_bits());
        Ok(())
    }
    fn serialize_char(mut self, v: char) -> R {
        self.tag(tag::CHAR);
        self.0.write_u32(v.into());
        Ok(())
    }
    fn serialize_str(mut self, v: &str) -> R {
        self.str(v);
        Ok(())
    }
    fn serialize_bytes(mut self, v: &[u8]) -> R {
        self.bytes(tag::BYTES, v);
        Ok(())
    }
    fn serialize_none(mut self) -> R {
        self.tag(tag::NONE);
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(mut self, v: &T) -> R {
        self.tag(tag::SOME);
        v.serialize(self)
    }
    fn serialize_unit(mut self) -> R {
        self.tag(tag::UNIT);
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> R {
        self.serialize_unit()
    }
    fn serialize_unit_variant(mut self, _: &'static str, _: u32, variant: &'static str) -> R {
        self.tag(tag::VARIANT);
        self.str(variant);
        self.tag(tag::UNIT);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, v: &T) -> R {
        // Transparent, as in JSON: the wrapper adds nothing a template sees.
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        mut self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        v: &T,
    ) -> R {
        self.tag(tag::VARIANT);
        self.str(variant);
        v.serialize(self)
    }
    fn serialize_seq(mut self, _: Option<usize>) -> Result<Ser<'a>, Never> {
        self.tag(tag::SEQ);
        Ok(self)
    }
    fn serialize_tuple(self, len: usize) -> Result<Ser<'a>, Never> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Ser<'a>, Never> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        mut self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Ser<'a>, Never> {
        self.tag(tag::VARIANT);
        self.str(variant);
        self.serialize_seq(Some(len))
    }
    fn serialize_map(mut self, _: Option<usize>) -> Result<Ser<'a>, Never> {
        self.tag(tag::MAP);
        Ok(self)
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Ser<'a>, Never> {
        // A struct is the map of its fields, as a template sees it.
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        mut self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Ser<'a>, Never> {
        self.tag(tag::VARIANT);
        self.str(variant);
        self.serialize_map(Some(len))
    }
}

impl ser::SerializeSeq for Ser<'_> {
    type Ok = ();
    type Error = Never;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> R {
        v.serialize(self.reborrow())
    }
    fn end(mut self) -> R {
        self.tag(tag::END);
        Ok(())
    }
}

impl ser::SerializeMap for Ser<'_> {
    type Ok = ();
    type Error = Never;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, k: &T) -> R {
        k.serialize(self.reborrow())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> R {
        v.serialize(self.reborrow())
    }
    fn end(mut self) -> R {
        self.tag(tag::END);
        Ok(())
    }
}

/// The tuple kinds end like a sequence: their elements, one after another.
macro_rules! like_seq {
    ($($tr:ident :: $method:ident),*) => {$(
        impl ser::$tr for Ser<'_> {
            type Ok = ();
            type Error = Never;
            fn $method<T: Serialize + ?Sized>(&mut self, v: &T) -> R {
                v.serialize(self.reborrow())
            }
            fn end(self) -> R {
                ser::SerializeSeq::end(self)
            }
        }
    )*};
}
like_seq!(
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

/// The struct kinds are maps of their fields, by name.
macro_rules! like_map {
    ($($tr:ident),*) => {$(
        impl ser::$tr for Ser<'_> {
            type Ok = ();
            type Error = Never;
            fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, v: &T) -> R {
                self.str(key);
                v.serialize(self.reborrow())
            }
            fn end(self) -> R {
                ser::SerializeMap::end(self)
            }
        }
    )*};
}
like_map!(SerializeStruct, SerializeStructVariant);

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn fp(v: &serde_json::Value) -> crate::incremental::fingerprint::Fp {
        let mut h = FpHasher::new();
        hash_into(&mut h, v);
        h.fp()
    }

    #[test]
    fn values_that_differ_only_in_type_or_nesting_get_different_keys() {
        let distinct = [
            json!(1),
            json!(-1),
            json!(1.0),
            json!("1"),
            json!(true),
            json!(null),
            json!([1]),
            json!([[1]]),
            json!({"1": 1}),
            json!({"a": [1, 2]}),
            json!({"a": [1], "b": [2]}),
            json!({"a": [[1], 2]}),
            json!(["ab", "c"]),
            json!(["a", "bc"]),
            json!([]),
            json!({}),
            json!(""),
            json!([null]),
            json!([[], []]),
            json!([[[]]]),
        ];
        let fps: Vec<_> = distinct.iter().map(fp).collect();
        for (i, a) in fps.iter().enumerate() {
            for (j, b) in fps.iter().enumerate().skip(i + 1) {
                assert_ne!(a, b, "{} and {}", distinct[i], distinct[j]);
            }
        }
        assert_eq!(fp(&json!({"a": [1, "x"]})), fp(&json!({"a": [1, "x"]})));
    }

    #[test]
    fn a_struct_field_that_changes_changes_the_key() {
        #[derive(serde::Serialize)]
        struct Card {
            title: String,
            tags: Vec<String>,
            cover: Option<u32>,
        }
        let card = |title: &str, tags: &[&str], cover| {
            let mut h = FpHasher::new();
            let tags = tags.iter().map(|t| t.to_string()).collect();
            hash_into(
                &mut h,
                &Card {
                    title: title.into(),
                    tags,
                    cover,
                },
            );
            h.fp()
        };
        let base = card("Trail", &["repair"], None);
        assert_eq!(base, card("Trail", &["repair"], None));
        for other in [
            card("Trails", &["repair"], None),
            card("Trail", &["repair", ""], None),
            card("Trail", &[], None),
            card("Trail", &["repair"], Some(0)),
        ] {
            assert_ne!(base, other);
        }
    }
}
