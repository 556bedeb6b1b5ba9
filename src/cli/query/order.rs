//! The order of an object's fields in a `--query` result. The aws CLI's
//! JMESPath keeps Python's dict order: a multiselect hash (`{n: A, k: B}`)
//! in the expression's order, an object taken from the response in the
//! response's order. The crate's evaluator sorts every object by key, so
//! the result is put back in order afterwards: an object gets the order of
//! a hash in the expression with the same set of keys, else of an object of
//! the response with the same set of keys, else stays sorted (as an object
//! `merge()` builds does; Python would keep its arguments' order).

use std::collections::HashMap;

use jmespath::ast::Ast;
use serde_json::{Map, Value};

/// Known field orders, by the sorted set of their keys.
pub(super) struct Orders(HashMap<Vec<String>, Vec<String>>);

impl Orders {
    /// The orders of the expression's hashes, then of the response's objects.
    pub(super) fn new(ast: &Ast, response: &Value) -> Orders {
        let mut orders = Orders(HashMap::new());
        let mut nodes = vec![ast];
        while let Some(node) = nodes.pop() {
            if let Ast::MultiHash { elements, .. } = node {
                orders.add(elements.iter().map(|kv| kv.key.clone()).collect());
            }
            nodes.extend(children(node));
        }
        let mut values = vec![response];
        while let Some(value) = values.pop() {
            match value {
                Value::Object(map) => {
                    orders.add(map.keys().cloned().collect());
                    values.extend(map.values());
                }
                Value::Array(items) => values.extend(items),
                _ => {}
            }
        }
        orders
    }

    /// Records `keys` as the order of its key set, unless one is known.
    fn add(&mut self, keys: Vec<String>) {
        if keys.len() < 2 {
            return;
        }
        let mut set = keys.clone();
        set.sort();
        self.0.entry(set).or_insert(keys);
    }

    /// Puts every object in `value` in its known order.
    pub(super) fn apply(&self, value: &mut Value) {
        match value {
            Value::Array(items) => items.iter_mut().for_each(|v| self.apply(v)),
            Value::Object(map) => {
                map.values_mut().for_each(|v| self.apply(v));
                let mut set: Vec<String> = map.keys().cloned().collect();
                set.sort();
                if let Some(order) = self.0.get(&set) {
                    let mut ordered = Map::with_capacity(map.len());
                    for key in order {
                        if let Some((k, v)) = map.shift_remove_entry(key) {
                            ordered.insert(k, v);
                        }
                    }
                    *map = ordered;
                }
            }
            _ => {}
        }
    }
}

fn children(ast: &Ast) -> Vec<&Ast> {
    match ast {
        Ast::Comparison { lhs, rhs, .. }
        | Ast::And { lhs, rhs, .. }
        | Ast::Or { lhs, rhs, .. }
        | Ast::Projection { lhs, rhs, .. }
        | Ast::Subexpr { lhs, rhs, .. } => vec![&**lhs, &**rhs],
        Ast::Condition {
            predicate, then, ..
        } => vec![&**predicate, &**then],
        Ast::Expref { ast, .. } => vec![&**ast],
        Ast::Flatten { node, .. } | Ast::Not { node, .. } | Ast::ObjectValues { node, .. } => {
            vec![&**node]
        }
        Ast::Function { args, .. } => args.iter().collect(),
        Ast::MultiList { elements, .. } => elements.iter().collect(),
        Ast::MultiHash { elements, .. } => elements.iter().map(|kv| &kv.value).collect(),
        Ast::Identity { .. }
        | Ast::Field { .. }
        | Ast::Index { .. }
        | Ast::Literal { .. }
        | Ast::Slice { .. } => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::cli::query::Query;

    fn keys(value: &serde_json::Value) -> Vec<&str> {
        value
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect()
    }

    #[test]
    fn objects_keep_the_expressions_or_the_responses_order() {
        let response = json!({"Z": 1, "A": {"y": 1, "b": 2}, "M": [{"q": 1, "c": 2}]});
        let whole = Query::compile("@").unwrap().search(&response).unwrap();
        assert_eq!(keys(&whole), ["Z", "A", "M"]);
        assert_eq!(keys(&whole["A"]), ["y", "b"]);
        assert_eq!(keys(&whole["M"][0]), ["q", "c"]);
        let hash = Query::compile("{z: Z, a: A}")
            .unwrap()
            .search(&response)
            .unwrap();
        assert_eq!(keys(&hash), ["z", "a"]);
        assert_eq!(keys(&hash["a"]), ["y", "b"]);
        let projected = Query::compile("M[].{n: q, b: c}")
            .unwrap()
            .search(&response)
            .unwrap();
        assert_eq!(keys(&projected[0]), ["n", "b"]);
    }
}
