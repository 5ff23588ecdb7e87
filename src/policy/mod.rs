//! Repository policies: strict parsing, normal form, lint rules and templates. Pure: no AWS types.

pub mod actions;
pub mod lint;
pub mod templates;

use std::fmt;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

/// ECR's limit on SetRepositoryPolicy text; ecrctl always sends the minified form.
pub const MAX_POLICY_CHARS: usize = 10_240;

/// Parse a policy document strictly: valid JSON, one value, no duplicate keys, an object at
/// the top. Errors name the line and column.
pub fn parse(text: &str) -> Result<Value, String> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = StrictValue
        .deserialize(&mut de)
        .map_err(|e| format!("not valid JSON: {e}"))?;
    de.end().map_err(|e| format!("not valid JSON: {e}"))?;
    if !value.is_object() {
        return Err(format!(
            "the policy must be a JSON object, not {}",
            kind_of(&value)
        ));
    }
    Ok(value)
}

pub fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// The form ecrctl sends: no insignificant whitespace.
pub fn minify(policy: &Value) -> String {
    serde_json::to_string(policy).expect("JSON values serialise")
}

/// A normal form for comparing policies by meaning: key order, whitespace, a single string
/// versus a one-element list, and the order of list elements do not count.
pub fn normalize(v: &Value) -> Value {
    match v {
        Value::Object(map) => {
            let mut out = Map::new();
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            for k in keys {
                let value = &map[k];
                let norm = match (k.as_str(), value) {
                    ("Statement", Value::Object(_)) => Value::Array(vec![normalize(value)]),
                    (_, Value::String(s)) if is_list_field(k) => {
                        Value::Array(vec![Value::String(s.clone())])
                    }
                    _ => normalize(value),
                };
                out.insert(k.clone(), norm);
            }
            Value::Object(out)
        }
        Value::Array(items) => {
            let mut norm: Vec<Value> = items.iter().map(normalize).collect();
            if norm.iter().all(Value::is_string) {
                norm.sort_by(|a, b| a.as_str().cmp(&b.as_str()));
                norm.dedup();
            } else {
                norm.sort_by_key(|x| x.to_string());
            }
            Value::Array(norm)
        }
        other => other.clone(),
    }
}

/// Fields whose value may be a string or a list of strings.
fn is_list_field(key: &str) -> bool {
    matches!(
        key,
        "Action"
            | "NotAction"
            | "Resource"
            | "NotResource"
            | "AWS"
            | "Service"
            | "Federated"
            | "CanonicalUser"
    ) || key.contains(':')
}

/// Whether two policies mean the same.
pub fn equivalent(a: &Value, b: &Value) -> bool {
    normalize(a) == normalize(b)
}

/// A JSON value that refuses duplicate object keys (serde_json keeps the last one silently).
struct StrictValue;

impl<'de> DeserializeSeed<'de> for StrictValue {
    type Value = Value;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(StrictVisitor)
    }
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(v) = seq.next_element_seed(StrictValue)? {
            items.push(v);
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if out.contains_key(&key) {
                return Err(de::Error::custom(format_args!("duplicate key \"{key}\"")));
            }
            let value = map.next_value_seed(StrictValue)?;
            out.insert(key, value);
        }
        Ok(Value::Object(out))
    }
}

/// The line (1-based) on which each statement of the top-level `Statement` starts in a policy's
/// text, for annotations that point at a statement. A `Statement` that is one object gives one
/// line; text that does not parse gives none.
pub fn statement_lines(text: &str) -> Vec<usize> {
    let mut lines = Vec::new();
    let mut line = 1;
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut string = String::new();
    let mut last_key_at_top: Option<String> = None;
    // Depth at which the Statement value sits, once seen.
    let mut statement_depth: Option<usize> = None;
    for c in text.chars() {
        if c == '\n' {
            line += 1;
        }
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
                if depth == 1 {
                    last_key_at_top = Some(std::mem::take(&mut string));
                }
            } else {
                string.push(c);
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                string.clear();
            }
            '{' | '[' => {
                if depth == 1 && last_key_at_top.as_deref() == Some("Statement") {
                    statement_depth = Some(depth + 1);
                    if c == '{' {
                        lines.push(line);
                    }
                } else if c == '{' && statement_depth == Some(depth) {
                    lines.push(line);
                }
                depth += 1;
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                if statement_depth == Some(depth + 1) && depth == 1 {
                    statement_depth = None;
                    last_key_at_top = None;
                }
            }
            ',' if depth == 1 => last_key_at_top = None,
            _ => {}
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statement_lines_point_at_each_statement() {
        let text = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Sid\": \"a{[\\\"\",\n      \"Effect\": \"Allow\"\n    },\n    {\"Sid\": \"b\", \"Condition\": {\"X\": {}}}\n  ]\n}\n";
        assert_eq!(statement_lines(text), vec![4, 8]);
        let single = "{\"Statement\":\n{\"Effect\":\"Allow\"}}";
        assert_eq!(statement_lines(single), vec![2]);
        assert!(statement_lines("not json").is_empty());
    }

    #[test]
    fn strict_parsing() {
        assert!(parse(r#"{"Version":"2012-10-17"}"#).is_ok());
        let e = parse("{\n  \"a\": 1,\n  \"a\": 2\n}").unwrap_err();
        assert!(
            e.contains("duplicate key \"a\"") && e.contains("line 3"),
            "{e}"
        );
        let e = parse("{} x").unwrap_err();
        assert!(
            e.contains("trailing characters") && e.contains("column 4"),
            "{e}"
        );
        assert!(parse("[1]").unwrap_err().contains("not an array"));
        assert!(parse("{\"a\":").unwrap_err().contains("EOF"));
        // Nested duplicates too.
        assert!(
            parse(r#"{"Statement":[{"Effect":"Allow","Effect":"Deny"}]}"#)
                .unwrap_err()
                .contains("duplicate key \"Effect\"")
        );
    }

    #[test]
    fn equivalence_ignores_form() {
        let a = parse(r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"ecr:BatchGetImage","Principal":{"AWS":"arn:aws:iam::111122223333:root"}}}"#).unwrap();
        let b = parse(r#"{"Statement":[{"Principal":{"AWS":["arn:aws:iam::111122223333:root"]},"Action":["ecr:BatchGetImage"],"Effect":"Allow"}],"Version":"2012-10-17"}"#).unwrap();
        assert!(equivalent(&a, &b));
        let c = parse(r#"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"ecr:BatchGetImage","Principal":"*"}]}"#).unwrap();
        assert!(!equivalent(&a, &c));
        let d1 = parse(r#"{"Statement":[{"Action":["a","b"]}]}"#).unwrap();
        let d2 = parse(r#"{"Statement":[{"Action":["b","a"]}]}"#).unwrap();
        assert!(equivalent(&d1, &d2));
    }

    #[test]
    fn minified() {
        let p = parse("{\n \"Version\" : \"2012-10-17\" }").unwrap();
        assert_eq!(minify(&p), r#"{"Version":"2012-10-17"}"#);
    }
}
