//! Who an operation acts for: the account and Region of the call. AWS
//! answers each account in each Region from its own keys and aliases; one
//! keystore holds any number of them, and a caller who names none acts in
//! the keystore's home account and Region (docs/keystore-format.md §3).

use crate::error::{Error, Result};
use crate::keystore::state::{ScopeId, State};

/// The account and Region a request names; `None` takes the keystore's home's.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Caller {
    /// The access key that signed the request (`serve`), for the audit log.
    pub access_key_id: Option<String>,
    pub account_id: Option<String>,
    pub region: Option<String>,
    /// The principal's ARN; `None` is the account's root.
    pub principal: Option<String>,
}

impl Caller {
    /// A caller in the keystore's home account and Region.
    pub const HOME: Caller = Caller {
        access_key_id: None,
        account_id: None,
        region: None,
        principal: None,
    };

    /// The caller's account.
    pub fn account<'a>(&'a self, state: &'a State) -> &'a str {
        self.account_id
            .as_deref()
            .unwrap_or(&state.home().account_id)
    }

    /// The caller's principal ARN: its own, or its account's root.
    pub fn principal_arn(&self, state: &State) -> String {
        match &self.principal {
            Some(arn) => arn.clone(),
            None => format!("arn:aws:iam::{}:root", self.account(state)),
        }
    }

    /// The caller's Region.
    pub fn region<'a>(&'a self, state: &'a State) -> &'a str {
        self.region.as_deref().unwrap_or(&state.home().region)
    }

    /// The caller's scope, if it holds anything yet.
    pub fn scope(&self, state: &State) -> Option<ScopeId> {
        state.find_scope(self.account(state), self.region(state))
    }

    /// The caller's scope, added if it is new (an operation that creates a
    /// key or an alias there).
    pub fn scope_mut(&self, state: &mut State) -> Result<ScopeId> {
        let (account, region) = (
            self.account(state).to_owned(),
            self.region(state).to_owned(),
        );
        state.scope_for(&account, &region).ok_or_else(|| {
            Error::LimitExceeded(format!(
                "The keystore holds keys of {} accounts and Regions, as many as it can",
                u32::from(u16::MAX) + 1
            ))
        })
    }
}
