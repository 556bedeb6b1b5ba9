//! GetParametersForImport, ImportKeyMaterial and DeleteImportedKeyMaterial.

use serde::{Deserialize, Deserializer, Serialize};

use super::Blob;
use crate::timestamp::{IsoTimestamp, Timestamp};

/// GetParametersForImport request.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct GetParametersForImportRequest {
    pub key_id: Option<String>,
    pub wrapping_algorithm: Option<String>,
    pub wrapping_key_spec: Option<String>,
}

/// GetParametersForImport response.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetParametersForImportResponse {
    pub key_id: String,
    pub import_token: Blob,
    pub public_key: Blob,
    pub parameters_valid_to: IsoTimestamp,
}

/// ImportKeyMaterial request.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct ImportKeyMaterialRequest {
    pub key_id: Option<String>,
    pub import_token: Option<Blob>,
    pub encrypted_key_material: Option<Blob>,
    pub valid_to: Option<RequestTime>,
    pub expiration_model: Option<String>,
    pub import_type: Option<String>,
    pub key_material_description: Option<String>,
    pub key_material_id: Option<String>,
}

/// ImportKeyMaterial response.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ImportKeyMaterialResponse {
    pub key_id: String,
    /// Symmetric encryption keys only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_material_id: Option<String>,
}

/// DeleteImportedKeyMaterial request.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct DeleteImportedKeyMaterialRequest {
    pub key_id: Option<String>,
    pub key_material_id: Option<String>,
}

/// DeleteImportedKeyMaterial response.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteImportedKeyMaterialResponse {
    pub key_id: String,
    pub key_material_id: String,
}

/// A timestamp in a request: epoch seconds, a JSON number as the AWS JSON
/// protocol sends it (or that number as text), or RFC 3339 text as the aws
/// CLI takes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RequestTime(pub Timestamp);

impl<'de> Deserialize<'de> for RequestTime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Given {
            Seconds(f64),
            Text(String),
        }
        let millis = |seconds: f64| {
            let ms = (seconds * 1000.0).round();
            // Beyond ±2^53 ms a double has no whole milliseconds left.
            (ms.is_finite() && ms.abs() < 9.0e15).then_some(Timestamp(ms as i64))
        };
        let parsed = match Given::deserialize(d)? {
            Given::Seconds(seconds) => millis(seconds),
            Given::Text(text) => Timestamp::parse_rfc3339(&text)
                .or_else(|| text.parse::<f64>().ok().and_then(millis)),
        };
        parsed
            .map(RequestTime)
            .ok_or_else(|| serde::de::Error::custom("not a timestamp: epoch seconds or RFC 3339"))
    }
}
