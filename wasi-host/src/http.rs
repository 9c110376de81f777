//! wasi:http for the guest (its `https.request`/`fetch` of https:// URLs): always linked, so an
//! rjs.wasm built with wasi:http instantiates; requests go out only with `--allow-net` (and only
//! to allowed addresses with `--allow-net=HOSTS`). Our own `send_request` does what wasmtime's
//! default one does (tokio TCP, rustls, hyper HTTP/1.1) plus what node does and wasi:http has no
//! words for: trusting the extra CAs of `NODE_EXTRA_CA_CERTS` (a PEM file) besides the webpki
//! (Mozilla) roots, and telling the guest node's certificate error (DEPTH_ZERO_SELF_SIGNED_CERT,
//! CERT_HAS_EXPIRED, ERR_TLS_CERT_ALTNAME_INVALID, ...) as `internal-error("rjs:CODE:message")`.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use http_body_util::BodyExt;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, SignatureScheme};
use wasmtime_wasi::sockets::SocketAddrUse;
use wasmtime_wasi_http::{Error, RequestOptions, WasiBody};

use crate::net::Allowlist;

/// Which outgoing requests the guest may make.
#[derive(Clone)]
pub enum Policy {
    Denied,
    Any,
    Hosts(Arc<Allowlist>),
}

/// The hooks wasmtime-wasi-http calls: ours send the requests.
pub struct Hooks {
    policy: Policy,
    tls: Option<Arc<rustls::ClientConfig>>,
}

impl Hooks {
    pub fn new(policy: Policy) -> Hooks {
        // Only built when requests may go out (it reads NODE_EXTRA_CA_CERTS and warns as node).
        let tls = match policy {
            Policy::Denied => None,
            _ => tls_config(),
        };
        Hooks { policy, tls }
    }
}

type SendResult = Result<
    (
        http::Response<WasiBody>,
        Box<dyn Future<Output = Result<(), Error>> + Send>,
    ),
    Error,
>;

impl wasmtime_wasi_http::WasiHttpHooks for Hooks {
    fn send_request(
        &mut self,
        request: http::Request<WasiBody>,
        options: Option<RequestOptions>,
        fut: Box<dyn Future<Output = Result<(), Error>> + Send>,
    ) -> Box<dyn Future<Output = SendResult> + Send> {
        drop(fut);
        let policy = self.policy.clone();
        let tls = self.tls.clone();
        Box::new(send(request, options, policy, tls))
    }
}

fn rjs_error(code: &str, message: &str) -> Error {
    Error::InternalError(Some(format!("rjs:{code}:{message}")))
}

/// The root store: webpki's roots plus NODE_EXTRA_CA_CERTS (a warning on stderr if that file
/// cannot be read, as node prints; the roots still apply).
fn tls_config() -> Option<Arc<rustls::ClientConfig>> {
    let mut roots = rustls::RootCertStore {
        roots: webpki_roots::TLS_SERVER_ROOTS.into(),
    };
    if let Some(path) = std::env::var_os("NODE_EXTRA_CA_CERTS").filter(|p| !p.is_empty()) {
        use rustls::pki_types::pem::PemObject;
        let shown = path.to_string_lossy().into_owned();
        match CertificateDer::pem_file_iter(&path) {
            Ok(iter) => {
                for cert in iter {
                    match cert {
                        Ok(c) => {
                            if let Err(e) = roots.add(c) {
                                eprintln!("Warning: Ignoring extra certs from `{shown}`, load failed: {e}");
                                break;
                            }
                        }
                        Err(e) => {
                            eprintln!(
                                "Warning: Ignoring extra certs from `{shown}`, load failed: {e}"
                            );
                            break;
                        }
                    }
                }
            }
            Err(e) => eprintln!("Warning: Ignoring extra certs from `{shown}`, load failed: {e}"),
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let inner = WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider.clone())
        .build()
        .ok()?;
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .ok()?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(NodeVerifier { inner }))
        .with_no_client_auth();
    Some(Arc::new(config))
}

async fn send(
    mut req: http::Request<WasiBody>,
    options: Option<RequestOptions>,
    policy: Policy,
    tls: Option<Arc<rustls::ClientConfig>>,
) -> SendResult {
    if matches!(policy, Policy::Denied) {
        return Err(Error::HttpRequestDenied);
    }
    let uri = req.uri().clone();
    let use_tls = uri.scheme() == Some(&http::uri::Scheme::HTTPS);
    let host = uri.host().ok_or(Error::HttpRequestUriInvalid)?.to_string();
    let port = uri.port_u16().unwrap_or(if use_tls { 443 } else { 80 });
    let bare_host = host
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_string();
    let connect_timeout = options
        .and_then(|o| o.connect_timeout)
        .unwrap_or(Duration::from_secs(600));

    // Name lookup, then the allowlist, then the first address that answers (as node: the
    // resolver's order).
    let addrs: Vec<SocketAddr> = match tokio::net::lookup_host((bare_host.as_str(), port)).await {
        Ok(a) => a.collect(),
        Err(_) => Vec::new(),
    };
    if addrs.is_empty() {
        return Err(Error::DnsError {
            rcode: Some("address not available".into()),
            info_code: None,
        });
    }
    let addrs: Vec<SocketAddr> = match &policy {
        Policy::Hosts(allow) => addrs
            .into_iter()
            .filter(|a| allow.permits(*a, SocketAddrUse::TcpConnect))
            .collect(),
        _ => addrs,
    };
    if addrs.is_empty() {
        return Err(Error::HttpRequestDenied);
    }
    let mut last = None;
    let mut stream = None;
    for a in &addrs {
        match tokio::time::timeout(connect_timeout, tokio::net::TcpStream::connect(a)).await {
            Ok(Ok(s)) => {
                stream = Some(s);
                break;
            }
            Ok(Err(e)) => last = Some(e),
            Err(_) => return Err(Error::ConnectionTimeout),
        }
    }
    let Some(stream) = stream else {
        return Err(match last.map(|e| e.kind()) {
            Some(std::io::ErrorKind::ConnectionRefused) | None => Error::ConnectionRefused,
            Some(std::io::ErrorKind::TimedOut) => Error::ConnectionTimeout,
            Some(_) => Error::DestinationUnavailable,
        });
    };

    let io: Box<dyn Stream> = if use_tls {
        let config = tls.ok_or_else(|| rjs_error("ERR_HOST_HTTP", "TLS is not configured"))?;
        let name = match bare_host.parse::<std::net::IpAddr>() {
            Ok(ip) => ServerName::from(ip),
            Err(_) => ServerName::try_from(bare_host.clone())
                .map_err(|_| rjs_error("ERR_INVALID_URL", "Invalid URL"))?,
        };
        let connector = tokio_rustls::TlsConnector::from(config);
        match connector.connect(name, stream).await {
            Ok(s) => Box::new(s),
            Err(e) => return Err(tls_error(&e)),
        }
    } else {
        Box::new(stream)
    };

    let (mut sender, conn) = hyper::client::conn::http1::Builder::new()
        .handshake(wasmtime_wasi_http::io::TokioIo::new(io))
        .await
        .map_err(Error::from)?;
    // Origin-form on the wire (the URI carried scheme and authority until here).
    let path = uri.path_and_query().map(|p| p.as_str()).unwrap_or("/");
    *req.uri_mut() = http::Uri::try_from(path).map_err(|_| Error::HttpRequestUriInvalid)?;
    let conn = tokio::spawn(conn);
    let res = sender.send_request(req).await.map_err(Error::from)?;
    let res = res.map(|body| body.map_err(Error::from).boxed_unsync());
    let io = async move {
        match conn.await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(e)) => Err(Error::from(e)),
            Err(_) => Ok(()),
        }
    };
    Ok((res, Box::new(io)))
}

trait Stream: tokio::io::AsyncRead + tokio::io::AsyncWrite + Send + Unpin + 'static {}
impl<T: tokio::io::AsyncRead + tokio::io::AsyncWrite + Send + Unpin + 'static> Stream for T {}

/// The guest's error for a failed TLS handshake.
fn tls_error(e: &std::io::Error) -> Error {
    let inner = e.get_ref().and_then(|i| i.downcast_ref::<rustls::Error>());
    match inner {
        Some(rustls::Error::General(msg)) if msg.starts_with("rjs:") => {
            Error::InternalError(Some(msg.clone()))
        }
        Some(rustls::Error::AlertReceived(alert)) => rjs_error(
            "EPROTO",
            &format!("TLS alert received from the server: {alert:?}"),
        ),
        Some(other) => rjs_error("EPROTO", &format!("TLS handshake failed: {other}")),
        None => rjs_error(
            "ECONNRESET",
            "Client network socket disconnected before secure TLS connection was established",
        ),
    }
}

/// webpki's verification, with failures described as node (OpenSSL) names them.
#[derive(Debug)]
struct NodeVerifier {
    inner: Arc<WebPkiServerVerifier>,
}

impl ServerCertVerifier for NodeVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        match self.inner.verify_server_cert(
            end_entity,
            intermediates,
            server_name,
            ocsp_response,
            now,
        ) {
            Err(rustls::Error::InvalidCertificate(e)) => {
                let (code, message) = node_cert_error(&e, end_entity, intermediates, server_name);
                Err(rustls::Error::General(format!("rjs:{code}:{message}")))
            }
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

/// node's (code, message) for a certificate webpki refused.
fn node_cert_error(
    e: &CertificateError,
    end_entity: &CertificateDer<'_>,
    intermediates: &[CertificateDer<'_>],
    server_name: &ServerName<'_>,
) -> (&'static str, String) {
    match e {
        CertificateError::UnknownIssuer => {
            if intermediates.is_empty() && self_issued(end_entity) {
                (
                    "DEPTH_ZERO_SELF_SIGNED_CERT",
                    "self-signed certificate".into(),
                )
            } else if intermediates.last().is_some_and(|c| self_issued(c)) {
                (
                    "SELF_SIGNED_CERT_IN_CHAIN",
                    "self-signed certificate in certificate chain".into(),
                )
            } else if intermediates.is_empty() {
                (
                    "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
                    "unable to verify the first certificate".into(),
                )
            } else {
                (
                    "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
                    "unable to get local issuer certificate".into(),
                )
            }
        }
        CertificateError::Expired | CertificateError::ExpiredContext { .. } => {
            ("CERT_HAS_EXPIRED", "certificate has expired".into())
        }
        CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
            ("CERT_NOT_YET_VALID", "certificate is not yet valid".into())
        }
        CertificateError::Revoked => ("CERT_REVOKED", "certificate revoked".into()),
        CertificateError::BadSignature => (
            "CERT_SIGNATURE_FAILURE",
            "certificate signature failure".into(),
        ),
        CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
            let presented: &[String] = match e {
                CertificateError::NotValidForNameContext { presented, .. } => presented,
                _ => &[],
            };
            (
                "ERR_TLS_CERT_ALTNAME_INVALID",
                altname_message(server_name, presented),
            )
        }
        other => ("UNABLE_TO_VERIFY_LEAF_SIGNATURE", format!("{other:?}")),
    }
}

/// node's checkServerIdentity reason, from webpki's names (`DnsName("x")`, `IpAddress(1.2.3.4)`).
fn altname_message(server_name: &ServerName<'_>, presented: &[String]) -> String {
    let mut dns = Vec::new();
    let mut ips = Vec::new();
    for p in presented {
        if let Some(n) = p
            .strip_prefix("DnsName(\"")
            .and_then(|r| r.strip_suffix("\")"))
        {
            dns.push(n.to_string());
        } else if let Some(ip) = p
            .strip_prefix("IpAddress(")
            .and_then(|r| r.strip_suffix(')'))
        {
            ips.push(ip.to_string());
        }
    }
    let reason = match server_name {
        ServerName::IpAddress(ip) => {
            let ip: std::net::IpAddr = (*ip).into();
            format!("IP: {ip} is not in the cert's list: {}", ips.join(", "))
        }
        other => {
            let host = other.to_str();
            let alt: Vec<String> = dns
                .iter()
                .map(|d| format!("DNS:{d}"))
                .chain(ips.iter().map(|i| format!("IP Address:{i}")))
                .collect();
            format!(
                "Host: {host}. is not in the cert's altnames: {}",
                alt.join(", ")
            )
        }
    };
    format!("Hostname/IP does not match certificate's altnames: {reason}")
}

/// Whether a DER certificate's issuer and subject names are the same bytes.
fn self_issued(cert: &CertificateDer<'_>) -> bool {
    fn tlv(b: &[u8]) -> Option<(u8, &[u8], &[u8])> {
        let tag = *b.first()?;
        let first = *b.get(1)?;
        let (len, head) = if first < 0x80 {
            (first as usize, 2)
        } else {
            let n = (first & 0x7f) as usize;
            if n == 0 || n > 4 {
                return None;
            }
            let mut len = 0usize;
            for i in 0..n {
                len = (len << 8) | *b.get(2 + i)? as usize;
            }
            (len, 2 + n)
        };
        let body = b.get(head..head + len)?;
        Some((tag, body, &b[head + len..]))
    }
    let parse = || -> Option<bool> {
        let (_, cert, _) = tlv(cert.as_ref())?;
        let (_, tbs, _) = tlv(cert)?;
        let mut rest = tbs;
        if rest.first() == Some(&0xa0) {
            rest = tlv(rest)?.2; // version
        }
        rest = tlv(rest)?.2; // serial
        rest = tlv(rest)?.2; // signature algorithm
        let (_, issuer, r) = tlv(rest)?;
        let (_, _, r) = tlv(r)?; // validity
        let (_, subject, _) = tlv(r)?;
        Some(issuer == subject)
    };
    parse().unwrap_or(false)
}
