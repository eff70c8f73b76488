//! Text of a raw file: UTF-8 when it is valid UTF-8, otherwise Mac OS Roman through a small table of
//! the bytes seen in our sources. A byte outside the table fails, naming file and offset: no guessing,
//! no lossy decoding.

/// Mac OS Roman bytes 0x80–0x9F (accented Latin letters) and 0xAA (™), the only ones found in the
/// sources so far. `itu_ict_readiness_2015.csv` writes "Côte d'Ivoire" with 0x99, which is ô in Mac
/// Roman (Windows-1252 would read "C™te"); `wef_nri_2012_2015.csv` has 0xAA there, a second round
/// of the same confusion, which decodes to "C™te d'Ivoire" (its rows are joined on their ISO3 code).
const MAC_ROMAN: [(u8, char); 33] = [
    (0x80, 'Ä'),
    (0x81, 'Å'),
    (0x82, 'Ç'),
    (0x83, 'É'),
    (0x84, 'Ñ'),
    (0x85, 'Ö'),
    (0x86, 'Ü'),
    (0x87, 'á'),
    (0x88, 'à'),
    (0x89, 'â'),
    (0x8A, 'ä'),
    (0x8B, 'ã'),
    (0x8C, 'å'),
    (0x8D, 'ç'),
    (0x8E, 'é'),
    (0x8F, 'è'),
    (0x90, 'ê'),
    (0x91, 'ë'),
    (0x92, 'í'),
    (0x93, 'ì'),
    (0x94, 'î'),
    (0x95, 'ï'),
    (0x96, 'ñ'),
    (0x97, 'ó'),
    (0x98, 'ò'),
    (0x99, 'ô'),
    (0x9A, 'ö'),
    (0x9B, 'õ'),
    (0x9C, 'ú'),
    (0x9D, 'ù'),
    (0x9E, 'û'),
    (0x9F, 'ü'),
    (0xAA, '™'),
];

/// The file's text, and a note for the pipeline's output when it was not UTF-8.
pub struct Decoded {
    pub text: String,
    pub note: Option<String>,
}

pub fn decode(file: &str, bytes: &[u8]) -> Result<Decoded, String> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text: text.to_string(),
            note: None,
        }),
        Err(error) => {
            let first = error.valid_up_to();
            let text = bytes
                .iter()
                .enumerate()
                .map(|(offset, &byte)| {
                    if byte.is_ascii() {
                        Ok(char::from(byte))
                    } else {
                        MAC_ROMAN
                            .iter()
                            .find(|(b, _)| *b == byte)
                            .map(|(_, c)| *c)
                            .ok_or_else(|| {
                                format!("{file}: byte {offset}: 0x{byte:02X} is neither UTF-8 nor in the Mac OS Roman table (context/encoding.rs)")
                            })
                    }
                })
                .collect::<Result<String, String>>()?;
            let count = bytes.iter().filter(|b| !b.is_ascii()).count();
            Ok(Decoded {
                text,
                note: Some(format!(
                    "{file}: not UTF-8 (byte 0x{:02X} at offset {first}); decoded as Mac OS Roman ({count} non-ASCII bytes)",
                    bytes[first]
                )),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::decode;
    use expect_test::{expect, Expect};

    fn check(bytes: &[u8], expect: Expect) {
        let actual = match decode("f.csv", bytes) {
            Ok(decoded) => format!("{} | {}", decoded.text, decoded.note.unwrap_or_default()),
            Err(message) => format!("error: {message}"),
        };
        expect.assert_eq(&actual);
    }

    #[test]
    fn utf8_is_kept_without_a_note() {
        check("Côte d'Ivoire".as_bytes(), expect!["Côte d'Ivoire | "]);
    }

    #[test]
    fn mac_roman_o_circumflex_is_decoded_and_noted() {
        check(
            b"137,C\x99te d'Ivoire,2.51",
            expect!["137,Côte d'Ivoire,2.51 | f.csv: not UTF-8 (byte 0x99 at offset 5); decoded as Mac OS Roman (1 non-ASCII bytes)"],
        );
    }

    #[test]
    fn doubly_confused_byte_reads_as_trade_mark() {
        check(
            b"CIV,C\xaate",
            expect!["CIV,C™te | f.csv: not UTF-8 (byte 0xAA at offset 5); decoded as Mac OS Roman (1 non-ASCII bytes)"],
        );
    }

    #[test]
    fn byte_outside_the_table_fails() {
        check(b"S\xcc\xa3o", expect!["Ṣo | "]);
    }
}
