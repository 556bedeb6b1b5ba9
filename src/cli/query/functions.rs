//! The bound of a call to each of JMESPath's functions, for `bound.rs`: what
//! the function returns and what it builds, from its arguments' bounds. A
//! function that is not JMESPath's own is refused here, before anything runs.

use jmespath::ast::Ast;

use super::bound::{Affine, Cost, NULL, Refusal, cost, json_size};

/// The bytes of a number (at most 24 as serde_json writes an `f64`), or of
/// `type()`'s answer.
const SCALAR: u64 = 32;

/// The bounds of a call to one of JMESPath's functions (the crate's
/// `functions.rs`). Every argument is evaluated first, an expression
/// reference (`&expr`) to a copy of its syntax tree; a function that takes
/// one applies it to each element of an array, like a projection. Any of
/// them may return a null (`min` of an empty array, `to_number` of a word).
pub(super) fn function(
    name: &str,
    args: &[Ast],
    depth: usize,
) -> std::result::Result<Cost, Refusal> {
    let mut built = Affine::default();
    let mut values = Vec::with_capacity(args.len());
    for arg in args {
        let arg = cost(arg, depth)?;
        built = built.plus(arg.built);
        values.push(arg.value());
    }
    let arg = |i: usize| values.get(i).copied().unwrap_or_default();
    // What applying the expression reference at `i` costs on one element.
    let applied = |i: usize| match args.get(i) {
        Some(arg) => applied(arg, depth),
        None => Ok(Cost::default()),
    };
    let out = match name {
        "abs" | "avg" | "ceil" | "contains" | "ends_with" | "floor" | "length" | "starts_with"
        | "sum" | "to_number" | "type" => Affine::constant(SCALAR),
        // One of the argument's elements, or the argument rearranged.
        "keys" | "max" | "min" | "reverse" | "sort" | "values" => arg(0),
        "not_null" => values.iter().fold(Affine::default(), |a, b| a.max(*b)),
        "to_array" => arg(0).plus_bytes(2),
        // The argument's JSON as a string: each of its bytes at most twice
        // (a quote or a backslash gains a backslash), and two quotes.
        "to_string" => arg(0).times(2).plus_bytes(2),
        // The elements' strings and, between them, the separator: with a
        // literal separator of `g` bytes, at most `(1 + g)` bytes per byte
        // of the array. A computed separator could be as long as the
        // response, once per element: no affine bound, refused.
        "join" => match args.first() {
            Some(Ast::Literal { value, .. }) => arg(1).times(json_size(&**value).saturating_add(1)),
            _ => Affine::constant(u64::MAX),
        },
        "merge" => values
            .iter()
            .fold(Affine::constant(2), |a, b| a.plus(*b).plus_bytes(1)),
        // The results, nulls included, in a new array.
        "map" => {
            let each = applied(0)?;
            built = built.plus(arg(1).times(each.built.summed()));
            arg(1).times(each.value().listed()).plus_bytes(2)
        }
        // The array sorted by the keys the expression computes, which are
        // kept beside it while sorting.
        "sort_by" => {
            let each = applied(1)?;
            built = built
                .plus(arg(0).times(each.built.summed()))
                .plus(arg(0).times(each.value().listed()));
            arg(0)
        }
        "max_by" | "min_by" => {
            let each = applied(1)?;
            built = built.plus(arg(0).times(each.built.summed()));
            arg(0)
        }
        // The evaluator would evaluate the arguments, then fail as the aws
        // CLI's does, after the operation ran; refused before it runs, so
        // that a typo does not cost a key created and never printed.
        _ => return Err(Refusal::UnknownFunction(name.to_owned())),
    };
    Ok(Cost {
        out,
        null: NULL,
        built: built.plus(out).plus_bytes(NULL),
    })
}

/// What applying an expression reference found in `arg` can cost on one
/// element. Usually `arg` is `&expr`; but any expression reference inside it
/// could be its value (`a || &b`), so the bound is the largest of them. Its
/// depth is already checked.
fn applied(arg: &Ast, depth: usize) -> std::result::Result<Cost, Refusal> {
    let mut worst = Cost::default();
    let mut pending = vec![arg];
    while let Some(node) = pending.pop() {
        if let Ast::Expref { ast, .. } = node {
            worst = worst.max(cost(ast, depth)?);
        }
        pending.extend(children(node));
    }
    Ok(worst)
}

fn children(ast: &Ast) -> Vec<&Ast> {
    match ast {
        Ast::Identity { .. }
        | Ast::Field { .. }
        | Ast::Index { .. }
        | Ast::Slice { .. }
        | Ast::Literal { .. } => Vec::new(),
        Ast::Expref { ast: node, .. }
        | Ast::Not { node, .. }
        | Ast::ObjectValues { node, .. }
        | Ast::Flatten { node, .. } => vec![&**node],
        Ast::Comparison { lhs, rhs, .. }
        | Ast::And { lhs, rhs, .. }
        | Ast::Or { lhs, rhs, .. }
        | Ast::Subexpr { lhs, rhs, .. }
        | Ast::Projection { lhs, rhs, .. } => vec![&**lhs, &**rhs],
        Ast::Condition {
            predicate, then, ..
        } => vec![&**predicate, &**then],
        Ast::MultiList { elements, .. } | Ast::Function { args: elements, .. } => {
            elements.iter().collect()
        }
        Ast::MultiHash { elements, .. } => elements.iter().map(|pair| &pair.value).collect(),
    }
}

#[cfg(test)]
mod tests {
    use crate::cli::query::bound::tests::assert_within_bound;

    /// The bound is above what evaluation really returns, for every function.
    #[test]
    fn the_bound_holds_for_every_function() {
        let expressions = [
            "abs(`-1`)",
            "avg(@)",
            "ceil(`1.5`)",
            "contains(@, `0`)",
            "ends_with(c, 'x')",
            "floor(`1.5`)",
            "join(', ', @)",
            "join('', [c, c])",
            "keys(@)",
            "length(@)",
            "map(&[@,@], @)",
            "map(&@, @)",
            "max(@)",
            "min(@)",
            "max_by(@, &@)",
            "min_by(@, &@)",
            "merge(@, @, d)",
            "not_null(x, @)",
            "reverse(@)",
            "sort(@)",
            "sort_by(@, &@)",
            "starts_with(c, 'x')",
            "sum(@)",
            "to_array(@)",
            "to_number('12')",
            "to_string(@)",
            "to_string(to_string(@))",
            "to_string([@,@][])",
            "type(@)",
            "values(@)",
            "map(&to_string(@), @)",
            "map(a || &[@,@], @)",
            "{a: [@,@][], b: to_string(@)}",
        ];
        for text in expressions {
            assert_within_bound(text);
        }
    }
}
