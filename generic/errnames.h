/* GENERATED from data/s2n-errors.json by tools/gen-errors.py -- do not edit */
S2N_ERR_ENTRY(S2N_ERR_OK, S2N_ERR_T_OK, "no error")
S2N_ERR_ENTRY(S2N_ERR_IO, S2N_ERR_T_IO, "underlying I/O operation failed, check system errno")
S2N_ERR_ENTRY(S2N_ERR_CLOSED, S2N_ERR_T_CLOSED, "connection is closed")
S2N_ERR_ENTRY(S2N_ERR_IO_BLOCKED, S2N_ERR_T_BLOCKED, "underlying I/O operation would block")
S2N_ERR_ENTRY(S2N_ERR_ASYNC_BLOCKED, S2N_ERR_T_BLOCKED,
        "blocked on external async function invocation")
S2N_ERR_ENTRY(S2N_ERR_EARLY_DATA_BLOCKED, S2N_ERR_T_BLOCKED, "Blocked on early data")
S2N_ERR_ENTRY(S2N_ERR_APP_DATA_BLOCKED, S2N_ERR_T_BLOCKED,
        "Blocked on application data during handshake")
S2N_ERR_ENTRY(S2N_ERR_ALERT, S2N_ERR_T_ALERT, "TLS alert received")
S2N_ERR_ENTRY(S2N_ERR_ENCRYPT, S2N_ERR_T_PROTO, "error encrypting data")
S2N_ERR_ENTRY(S2N_ERR_DECRYPT, S2N_ERR_T_PROTO, "error decrypting data")
S2N_ERR_ENTRY(S2N_ERR_BAD_MESSAGE, S2N_ERR_T_PROTO, "Bad message encountered")
S2N_ERR_ENTRY(S2N_ERR_UNEXPECTED_CERT_REQUEST, S2N_ERR_T_PROTO,
        "Client forbids mutual authentication, but server requested a cert")
S2N_ERR_ENTRY(S2N_ERR_MISSING_CERT_REQUEST, S2N_ERR_T_PROTO,
        "Client requires mutual authentication, but server did not request a cert")
S2N_ERR_ENTRY(S2N_ERR_MISSING_CLIENT_CERT, S2N_ERR_T_PROTO, "Server requires client certificate")
S2N_ERR_ENTRY(S2N_ERR_KEY_INIT, S2N_ERR_T_PROTO, "error initializing encryption key")
S2N_ERR_ENTRY(S2N_ERR_KEY_DESTROY, S2N_ERR_T_PROTO, "error destroying encryption key")
S2N_ERR_ENTRY(S2N_ERR_DH_SERIALIZING, S2N_ERR_T_PROTO,
        "error serializing Diffie-Hellman parameters")
S2N_ERR_ENTRY(S2N_ERR_DH_SHARED_SECRET, S2N_ERR_T_PROTO,
        "error computing Diffie-Hellman shared secret")
S2N_ERR_ENTRY(S2N_ERR_DH_WRITING_PUBLIC_KEY, S2N_ERR_T_PROTO,
        "error writing Diffie-Hellman public key")
S2N_ERR_ENTRY(S2N_ERR_DH_FAILED_SIGNING, S2N_ERR_T_PROTO, "error signing Diffie-Hellman values")
S2N_ERR_ENTRY(S2N_ERR_DH_COPYING_PARAMETERS, S2N_ERR_T_PROTO,
        "error copying Diffie-Hellman parameters")
S2N_ERR_ENTRY(S2N_ERR_DH_GENERATING_PARAMETERS, S2N_ERR_T_PROTO,
        "error generating Diffie-Hellman parameters")
S2N_ERR_ENTRY(S2N_ERR_CIPHER_NOT_SUPPORTED, S2N_ERR_T_PROTO, "Cipher is not supported")
S2N_ERR_ENTRY(S2N_ERR_NO_APPLICATION_PROTOCOL, S2N_ERR_T_PROTO,
        "No supported application protocol to negotiate")
S2N_ERR_ENTRY(S2N_ERR_FALLBACK_DETECTED, S2N_ERR_T_PROTO, "TLS fallback detected")
S2N_ERR_ENTRY(S2N_ERR_HASH_DIGEST_FAILED, S2N_ERR_T_PROTO, "failed to create hash digest")
S2N_ERR_ENTRY(S2N_ERR_HASH_INIT_FAILED, S2N_ERR_T_PROTO, "error initializing hash")
S2N_ERR_ENTRY(S2N_ERR_HASH_UPDATE_FAILED, S2N_ERR_T_PROTO, "error updating hash")
S2N_ERR_ENTRY(S2N_ERR_HASH_COPY_FAILED, S2N_ERR_T_PROTO, "error copying hash")
S2N_ERR_ENTRY(S2N_ERR_HASH_WIPE_FAILED, S2N_ERR_T_PROTO, "error wiping hash")
S2N_ERR_ENTRY(S2N_ERR_HASH_NOT_READY, S2N_ERR_T_PROTO,
        "hash not in a valid state for the attempted operation")
S2N_ERR_ENTRY(S2N_ERR_ALLOW_MD5_FOR_FIPS_FAILED, S2N_ERR_T_PROTO,
        "error allowing MD5 to be used when in FIPS mode")
S2N_ERR_ENTRY(S2N_ERR_DECODE_CERTIFICATE, S2N_ERR_T_PROTO, "error decoding certificate")
S2N_ERR_ENTRY(S2N_ERR_DECODE_PRIVATE_KEY, S2N_ERR_T_PROTO, "error decoding private key")
S2N_ERR_ENTRY(S2N_ERR_INVALID_HELLO_RETRY, S2N_ERR_T_PROTO, "Invalid hello retry request")
S2N_ERR_ENTRY(S2N_ERR_INVALID_SIGNATURE_ALGORITHM, S2N_ERR_T_PROTO, "Invalid signature algorithm")
S2N_ERR_ENTRY(S2N_ERR_INVALID_SIGNATURE_SCHEME, S2N_ERR_T_PROTO, "Invalid signature scheme")
S2N_ERR_ENTRY(S2N_ERR_NO_VALID_SIGNATURE_SCHEME, S2N_ERR_T_PROTO,
        "Unable to negotiate a supported signature scheme")
S2N_ERR_ENTRY(S2N_ERR_CBC_VERIFY, S2N_ERR_T_PROTO, "Failed CBC verification")
S2N_ERR_ENTRY(S2N_ERR_DH_COPYING_PUBLIC_KEY, S2N_ERR_T_PROTO,
        "error copying Diffie-Hellman public key")
S2N_ERR_ENTRY(S2N_ERR_SIGN, S2N_ERR_T_PROTO, "error signing data")
S2N_ERR_ENTRY(S2N_ERR_VERIFY_SIGNATURE, S2N_ERR_T_PROTO, "error verifying signature")
S2N_ERR_ENTRY(S2N_ERR_ECDHE_GEN_KEY, S2N_ERR_T_PROTO, "Failed to generate an ECDHE key")
S2N_ERR_ENTRY(S2N_ERR_ECDHE_SHARED_SECRET, S2N_ERR_T_PROTO, "Error computing ECDHE shared secret")
S2N_ERR_ENTRY(S2N_ERR_ECDHE_UNSUPPORTED_CURVE, S2N_ERR_T_PROTO,
        "Unsupported EC curve was presented during an ECDHE handshake")
S2N_ERR_ENTRY(S2N_ERR_ECDHE_INVALID_PUBLIC_KEY, S2N_ERR_T_PROTO,
        "Failed to validate the peer's point on the elliptic curve")
S2N_ERR_ENTRY(S2N_ERR_ECDHE_INVALID_PUBLIC_KEY_FIPS, S2N_ERR_T_PROTO,
        "Failed to validate the peer's point on the elliptic curve, per FIPS requirements")
S2N_ERR_ENTRY(S2N_ERR_ECDSA_UNSUPPORTED_CURVE, S2N_ERR_T_PROTO,
        "Unsupported EC curve was presented during an ECDSA SignatureScheme handshake")
S2N_ERR_ENTRY(S2N_ERR_ECDHE_SERIALIZING, S2N_ERR_T_PROTO, "Error serializing ECDHE public")
S2N_ERR_ENTRY(S2N_ERR_KEM_UNSUPPORTED_PARAMS, S2N_ERR_T_PROTO,
        "Unsupported KEM params was presented during a handshake that uses a KEM")
S2N_ERR_ENTRY(S2N_ERR_SHUTDOWN_RECORD_TYPE, S2N_ERR_T_PROTO,
        "Non alert record received during s2n_shutdown()")
S2N_ERR_ENTRY(S2N_ERR_SHUTDOWN_CLOSED, S2N_ERR_T_PROTO,
        "Peer closed before sending their close_notify")
S2N_ERR_ENTRY(S2N_ERR_NON_EMPTY_RENEGOTIATION_INFO, S2N_ERR_T_PROTO,
        "renegotiation_info should be empty")
S2N_ERR_ENTRY(S2N_ERR_RECORD_LIMIT, S2N_ERR_T_PROTO, "TLS record limit reached")
S2N_ERR_ENTRY(S2N_ERR_CERT_UNTRUSTED, S2N_ERR_T_PROTO, "Certificate is untrusted")
S2N_ERR_ENTRY(S2N_ERR_CERT_REVOKED, S2N_ERR_T_PROTO, "Certificate has been revoked by the CA")
S2N_ERR_ENTRY(S2N_ERR_CERT_NOT_YET_VALID, S2N_ERR_T_PROTO, "Certificate is not yet valid")
S2N_ERR_ENTRY(S2N_ERR_CERT_EXPIRED, S2N_ERR_T_PROTO, "Certificate has expired")
S2N_ERR_ENTRY(S2N_ERR_CERT_TYPE_UNSUPPORTED, S2N_ERR_T_PROTO, "Certificate Type is unsupported")
S2N_ERR_ENTRY(S2N_ERR_CERT_INVALID, S2N_ERR_T_PROTO, "Certificate is invalid")
S2N_ERR_ENTRY(S2N_ERR_CERT_MAX_CHAIN_DEPTH_EXCEEDED, S2N_ERR_T_PROTO,
        "The maximum certificate chain depth has been exceeded")
S2N_ERR_ENTRY(S2N_ERR_CERT_REJECTED, S2N_ERR_T_PROTO,
        "Certificate failed custom application validation")
S2N_ERR_ENTRY(S2N_ERR_CERT_UNHANDLED_CRITICAL_EXTENSION, S2N_ERR_T_PROTO,
        "Unhandled critical certificate extension")
S2N_ERR_ENTRY(S2N_ERR_CRL_LOOKUP_FAILED, S2N_ERR_T_PROTO,
        "No CRL could be found for the corresponding certificate")
S2N_ERR_ENTRY(S2N_ERR_CRL_SIGNATURE, S2N_ERR_T_PROTO, "The signature of the CRL is invalid")
S2N_ERR_ENTRY(S2N_ERR_CRL_ISSUER, S2N_ERR_T_PROTO, "Unable to get the CRL issuer certificate")
S2N_ERR_ENTRY(S2N_ERR_CRL_UNHANDLED_CRITICAL_EXTENSION, S2N_ERR_T_PROTO,
        "Unhandled critical CRL extension")
S2N_ERR_ENTRY(S2N_ERR_CRL_INVALID_THIS_UPDATE, S2N_ERR_T_PROTO,
        "The CRL contains an invalid thisUpdate field")
S2N_ERR_ENTRY(S2N_ERR_CRL_INVALID_NEXT_UPDATE, S2N_ERR_T_PROTO,
        "The CRL contains an invalid nextUpdate field")
S2N_ERR_ENTRY(S2N_ERR_CRL_NOT_YET_VALID, S2N_ERR_T_PROTO, "The CRL is not yet valid")
S2N_ERR_ENTRY(S2N_ERR_CRL_EXPIRED, S2N_ERR_T_PROTO, "The CRL has expired")
S2N_ERR_ENTRY(S2N_ERR_INVALID_MAX_FRAG_LEN, S2N_ERR_T_PROTO,
        "invalid Maximum Fragmentation Length encountered")
S2N_ERR_ENTRY(S2N_ERR_MAX_FRAG_LEN_MISMATCH, S2N_ERR_T_PROTO,
        "Negotiated Maximum Fragmentation Length from server does not match the requested "
        "length by client")
S2N_ERR_ENTRY(S2N_ERR_PROTOCOL_VERSION_UNSUPPORTED, S2N_ERR_T_PROTO,
        "TLS protocol version is not supported by configuration")
S2N_ERR_ENTRY(S2N_ERR_BAD_KEY_SHARE, S2N_ERR_T_PROTO, "Bad key share received")
S2N_ERR_ENTRY(S2N_ERR_CANCELLED, S2N_ERR_T_PROTO, "handshake was cancelled")
S2N_ERR_ENTRY(S2N_ERR_PROTOCOL_DOWNGRADE_DETECTED, S2N_ERR_T_PROTO,
        "Protocol downgrade detected by client")
S2N_ERR_ENTRY(S2N_ERR_MAX_INNER_PLAINTEXT_SIZE, S2N_ERR_T_PROTO,
        "Inner plaintext size exceeds limit")
S2N_ERR_ENTRY(S2N_ERR_RECORD_STUFFER_SIZE, S2N_ERR_T_PROTO, "Record stuffer out of space")
S2N_ERR_ENTRY(S2N_ERR_FRAGMENT_LENGTH_TOO_LARGE, S2N_ERR_T_PROTO, "Fragment length is too large")
S2N_ERR_ENTRY(S2N_ERR_FRAGMENT_LENGTH_TOO_SMALL, S2N_ERR_T_PROTO, "Fragment length is too small")
S2N_ERR_ENTRY(S2N_ERR_RECORD_STUFFER_NEEDS_DRAINING, S2N_ERR_T_PROTO,
        "Record stuffer needs to be drained first")
S2N_ERR_ENTRY(S2N_ERR_MISSING_EXTENSION, S2N_ERR_T_PROTO, "Mandatory extension not received")
S2N_ERR_ENTRY(S2N_ERR_UNSUPPORTED_EXTENSION, S2N_ERR_T_PROTO,
        "Illegal use of a known, supported extension")
S2N_ERR_ENTRY(S2N_ERR_DUPLICATE_EXTENSION, S2N_ERR_T_PROTO,
        "Extension block contains two or more extensions of the same type")
S2N_ERR_ENTRY(S2N_ERR_MAX_EARLY_DATA_SIZE, S2N_ERR_T_PROTO, "Maximum early data bytes exceeded")
S2N_ERR_ENTRY(S2N_ERR_EARLY_DATA_TRIAL_DECRYPT, S2N_ERR_T_PROTO,
        "Unable to decrypt rejected early data")
S2N_ERR_ENTRY(S2N_ERR_NO_RENEGOTIATION, S2N_ERR_T_PROTO,
        "Only secure, server-initiated renegotiation is supported")
S2N_ERR_ENTRY(S2N_ERR_KTLS_KEYUPDATE, S2N_ERR_T_PROTO,
        "Received KeyUpdate from peer, but kernel does not support updating tls keys")
S2N_ERR_ENTRY(S2N_ERR_MADVISE, S2N_ERR_T_INTERNAL, "error calling madvise")
S2N_ERR_ENTRY(S2N_ERR_ALLOC, S2N_ERR_T_INTERNAL, "error allocating memory")
S2N_ERR_ENTRY(S2N_ERR_MLOCK, S2N_ERR_T_INTERNAL, "error calling mlock (Did you run prlimit?)")
S2N_ERR_ENTRY(S2N_ERR_MUNLOCK, S2N_ERR_T_INTERNAL, "error calling munlock")
S2N_ERR_ENTRY(S2N_ERR_FSTAT, S2N_ERR_T_INTERNAL, "error calling fstat")
S2N_ERR_ENTRY(S2N_ERR_OPEN, S2N_ERR_T_INTERNAL, "error calling open")
S2N_ERR_ENTRY(S2N_ERR_MMAP, S2N_ERR_T_INTERNAL, "error calling mmap")
S2N_ERR_ENTRY(S2N_ERR_ATEXIT, S2N_ERR_T_INTERNAL, "error calling atexit")
S2N_ERR_ENTRY(S2N_ERR_NOMEM, S2N_ERR_T_INTERNAL, "no memory")
S2N_ERR_ENTRY(S2N_ERR_NULL, S2N_ERR_T_INTERNAL, "NULL pointer encountered")
S2N_ERR_ENTRY(S2N_ERR_SAFETY, S2N_ERR_T_INTERNAL, "a safety check failed")
S2N_ERR_ENTRY(S2N_ERR_INITIALIZED, S2N_ERR_T_INTERNAL, "s2n is initialized")
S2N_ERR_ENTRY(S2N_ERR_NOT_INITIALIZED, S2N_ERR_T_INTERNAL, "s2n not initialized")
S2N_ERR_ENTRY(S2N_ERR_RANDOM_UNINITIALIZED, S2N_ERR_T_INTERNAL, "s2n entropy not initialized")
S2N_ERR_ENTRY(S2N_ERR_OPEN_RANDOM, S2N_ERR_T_INTERNAL, "error opening urandom")
S2N_ERR_ENTRY(S2N_ERR_RESIZE_STATIC_STUFFER, S2N_ERR_T_INTERNAL, "cannot resize a static stuffer")
S2N_ERR_ENTRY(S2N_ERR_RESIZE_TAINTED_STUFFER, S2N_ERR_T_INTERNAL, "cannot resize a tainted stuffer")
S2N_ERR_ENTRY(S2N_ERR_STUFFER_OUT_OF_DATA, S2N_ERR_T_INTERNAL, "stuffer is out of data")
S2N_ERR_ENTRY(S2N_ERR_STUFFER_IS_FULL, S2N_ERR_T_INTERNAL, "stuffer is full")
S2N_ERR_ENTRY(S2N_ERR_STUFFER_NOT_FOUND, S2N_ERR_T_INTERNAL,
        "stuffer expected bytes were not found")
S2N_ERR_ENTRY(S2N_ERR_STUFFER_HAS_UNPROCESSED_DATA, S2N_ERR_T_INTERNAL,
        "stuffer has unprocessed data")
S2N_ERR_ENTRY(S2N_ERR_HASH_INVALID_ALGORITHM, S2N_ERR_T_INTERNAL, "invalid hash algorithm")
S2N_ERR_ENTRY(S2N_ERR_PRF_INVALID_ALGORITHM, S2N_ERR_T_INTERNAL, "invalid prf hash algorithm")
S2N_ERR_ENTRY(S2N_ERR_PRF_INVALID_SEED, S2N_ERR_T_INTERNAL, "invalid prf seeds provided")
S2N_ERR_ENTRY(S2N_ERR_PRF_DERIVE, S2N_ERR_T_INTERNAL, "error deriving a secret from the PRF")
S2N_ERR_ENTRY(S2N_ERR_P_HASH_INVALID_ALGORITHM, S2N_ERR_T_INTERNAL, "invalid p_hash algorithm")
S2N_ERR_ENTRY(S2N_ERR_P_HASH_INIT_FAILED, S2N_ERR_T_INTERNAL, "error initializing p_hash")
S2N_ERR_ENTRY(S2N_ERR_P_HASH_UPDATE_FAILED, S2N_ERR_T_INTERNAL, "error updating p_hash")
S2N_ERR_ENTRY(S2N_ERR_P_HASH_FINAL_FAILED, S2N_ERR_T_INTERNAL, "error creating p_hash digest")
S2N_ERR_ENTRY(S2N_ERR_P_HASH_WIPE_FAILED, S2N_ERR_T_INTERNAL, "error wiping p_hash")
S2N_ERR_ENTRY(S2N_ERR_HMAC_INVALID_ALGORITHM, S2N_ERR_T_INTERNAL, "invalid HMAC algorithm")
S2N_ERR_ENTRY(S2N_ERR_HKDF_OUTPUT_SIZE, S2N_ERR_T_INTERNAL, "invalid HKDF output size")
S2N_ERR_ENTRY(S2N_ERR_HKDF, S2N_ERR_T_INTERNAL, "error generating HKDF output")
S2N_ERR_ENTRY(S2N_ERR_ALERT_PRESENT, S2N_ERR_T_INTERNAL, "TLS alert is already pending")
S2N_ERR_ENTRY(S2N_ERR_HANDSHAKE_STATE, S2N_ERR_T_INTERNAL, "Invalid handshake state encountered")
S2N_ERR_ENTRY(S2N_ERR_SHUTDOWN_PAUSED, S2N_ERR_T_INTERNAL, "s2n_shutdown() called while paused")
S2N_ERR_ENTRY(S2N_ERR_SIZE_MISMATCH, S2N_ERR_T_INTERNAL, "size mismatch")
S2N_ERR_ENTRY(S2N_ERR_DRBG, S2N_ERR_T_INTERNAL, "Error using Deterministic Random Bit Generator")
S2N_ERR_ENTRY(S2N_ERR_DRBG_REQUEST_SIZE, S2N_ERR_T_INTERNAL, "Request for too much entropy")
S2N_ERR_ENTRY(S2N_ERR_KEY_CHECK, S2N_ERR_T_INTERNAL, "Invalid key")
S2N_ERR_ENTRY(S2N_ERR_CIPHER_TYPE, S2N_ERR_T_INTERNAL, "Unknown cipher type used")
S2N_ERR_ENTRY(S2N_ERR_MAP_DUPLICATE, S2N_ERR_T_INTERNAL, "Duplicate map key inserted")
S2N_ERR_ENTRY(S2N_ERR_MAP_IMMUTABLE, S2N_ERR_T_INTERNAL, "Attempt to update an immutable map")
S2N_ERR_ENTRY(S2N_ERR_MAP_MUTABLE, S2N_ERR_T_INTERNAL, "Attempt to lookup a mutable map")
S2N_ERR_ENTRY(S2N_ERR_MAP_INVALID_MAP_SIZE, S2N_ERR_T_INTERNAL,
        "Attempt to create a map with 0 capacity")
S2N_ERR_ENTRY(S2N_ERR_INITIAL_HMAC, S2N_ERR_T_INTERNAL,
        "error calling EVP_CIPHER_CTX_ctrl for composite cbc cipher")
S2N_ERR_ENTRY(S2N_ERR_INVALID_NONCE_TYPE, S2N_ERR_T_INTERNAL, "Invalid AEAD nonce type")
S2N_ERR_ENTRY(S2N_ERR_UNIMPLEMENTED, S2N_ERR_T_INTERNAL, "Unimplemented feature")
S2N_ERR_ENTRY(S2N_ERR_HANDSHAKE_UNREACHABLE, S2N_ERR_T_INTERNAL,
        "Unreachable handshake state machine handler invoked")
S2N_ERR_ENTRY(S2N_ERR_READ, S2N_ERR_T_INTERNAL, "error calling read")
S2N_ERR_ENTRY(S2N_ERR_WRITE, S2N_ERR_T_INTERNAL, "error calling write")
S2N_ERR_ENTRY(S2N_ERR_BAD_FD, S2N_ERR_T_INTERNAL, "Invalid file descriptor")
S2N_ERR_ENTRY(S2N_ERR_RDRAND_FAILED, S2N_ERR_T_INTERNAL, "Error executing rdrand instruction")
S2N_ERR_ENTRY(S2N_ERR_FAILED_CACHE_RETRIEVAL, S2N_ERR_T_INTERNAL, "Failed cache retrieval")
S2N_ERR_ENTRY(S2N_ERR_X509_TRUST_STORE, S2N_ERR_T_INTERNAL, "Error initializing trust store")
S2N_ERR_ENTRY(S2N_ERR_UNKNOWN_PROTOCOL_VERSION, S2N_ERR_T_INTERNAL,
        "Error determining client protocol version")
S2N_ERR_ENTRY(S2N_ERR_NULL_CN_NAME, S2N_ERR_T_INTERNAL, "Error parsing CN names")
S2N_ERR_ENTRY(S2N_ERR_NULL_SANS, S2N_ERR_T_INTERNAL, "Error parsing SANS")
S2N_ERR_ENTRY(S2N_ERR_CLIENT_HELLO_VERSION, S2N_ERR_T_INTERNAL,
        "Could not get client hello version")
S2N_ERR_ENTRY(S2N_ERR_CLIENT_PROTOCOL_VERSION, S2N_ERR_T_INTERNAL,
        "Could not get client protocol version")
S2N_ERR_ENTRY(S2N_ERR_SERVER_PROTOCOL_VERSION, S2N_ERR_T_INTERNAL,
        "Could not get server protocol version")
S2N_ERR_ENTRY(S2N_ERR_ACTUAL_PROTOCOL_VERSION, S2N_ERR_T_INTERNAL,
        "Could not get actual protocol version")
S2N_ERR_ENTRY(S2N_ERR_POLLING_FROM_SOCKET, S2N_ERR_T_INTERNAL, "Error polling from socket")
S2N_ERR_ENTRY(S2N_ERR_RECV_STUFFER_FROM_CONN, S2N_ERR_T_INTERNAL,
        "Error receiving stuffer from connection")
S2N_ERR_ENTRY(S2N_ERR_SEND_STUFFER_TO_CONN, S2N_ERR_T_INTERNAL,
        "Error sending stuffer to connection")
S2N_ERR_ENTRY(S2N_ERR_PRECONDITION_VIOLATION, S2N_ERR_T_INTERNAL, "Precondition violation")
S2N_ERR_ENTRY(S2N_ERR_POSTCONDITION_VIOLATION, S2N_ERR_T_INTERNAL, "Postcondition violation")
S2N_ERR_ENTRY(S2N_ERR_INTEGER_OVERFLOW, S2N_ERR_T_INTERNAL, "Integer overflow violation")
S2N_ERR_ENTRY(S2N_ERR_ARRAY_INDEX_OOB, S2N_ERR_T_INTERNAL, "Array index out of bounds")
S2N_ERR_ENTRY(S2N_ERR_FREE_STATIC_BLOB, S2N_ERR_T_INTERNAL, "Cannot free a static blob")
S2N_ERR_ENTRY(S2N_ERR_RESIZE_STATIC_BLOB, S2N_ERR_T_INTERNAL, "Cannot resize a static blob")
S2N_ERR_ENTRY(S2N_ERR_RECORD_LENGTH_TOO_LARGE, S2N_ERR_T_INTERNAL,
        "Record length exceeds protocol version maximum")
S2N_ERR_ENTRY(S2N_ERR_SET_DUPLICATE_VALUE, S2N_ERR_T_INTERNAL,
        "Set already contains the provided value")
S2N_ERR_ENTRY(S2N_ERR_INVALID_PARSED_EXTENSIONS, S2N_ERR_T_INTERNAL,
        "Invalid parsed extension data")
S2N_ERR_ENTRY(S2N_ERR_ASYNC_CALLBACK_FAILED, S2N_ERR_T_INTERNAL,
        "Callback associated with async private keys function has failed")
S2N_ERR_ENTRY(S2N_ERR_ASYNC_MORE_THAN_ONE, S2N_ERR_T_INTERNAL,
        "Only one asynchronous operation can be in-progress at the same time")
S2N_ERR_ENTRY(S2N_ERR_PQ_CRYPTO, S2N_ERR_T_INTERNAL,
        "An error occurred in a post-quantum crypto function")
S2N_ERR_ENTRY(S2N_ERR_INVALID_CERT_STATE, S2N_ERR_T_INTERNAL,
        "Certificate validation entered an invalid state and is not able to continue")
S2N_ERR_ENTRY(S2N_ERR_INVALID_EARLY_DATA_STATE, S2N_ERR_T_INTERNAL, "Early data in invalid state")
S2N_ERR_ENTRY(S2N_ERR_PKEY_CTX_INIT, S2N_ERR_T_INTERNAL,
        "Unable to initialize the libcrypto pkey context")
S2N_ERR_ENTRY(S2N_ERR_FORK_DETECTION_INIT, S2N_ERR_T_INTERNAL,
        "Fork detection initialization failed")
S2N_ERR_ENTRY(S2N_ERR_RETRIEVE_FORK_GENERATION_NUMBER, S2N_ERR_T_INTERNAL,
        "Retrieving fork generation number failed")
S2N_ERR_ENTRY(S2N_ERR_LIBCRYPTO_VERSION_NUMBER_MISMATCH, S2N_ERR_T_INTERNAL,
        "The libcrypto major version number seen at compile-time is different from the major "
        "version number seen at run-time")
S2N_ERR_ENTRY(S2N_ERR_LIBCRYPTO_VERSION_NAME_MISMATCH, S2N_ERR_T_INTERNAL,
        "The libcrypto major version name seen at compile-time is different from the major "
        "version name seen at run-time")
S2N_ERR_ENTRY(S2N_ERR_INTERNAL_LIBCRYPTO_ERROR, S2N_ERR_T_INTERNAL,
        "An internal error has occurred in the libcrypto API")
S2N_ERR_ENTRY(S2N_ERR_OSSL_PROVIDER, S2N_ERR_T_INTERNAL,
        "Failed to load or unload an openssl provider")
S2N_ERR_ENTRY(S2N_ERR_BAD_HEX, S2N_ERR_T_INTERNAL, "Could not parse malformed hex string")
S2N_ERR_ENTRY(S2N_ERR_TEST_ASSERTION, S2N_ERR_T_INTERNAL, "Test assertion failed")
S2N_ERR_ENTRY(S2N_ERR_CONFIG_NULL_BEFORE_CH_CALLBACK, S2N_ERR_T_INTERNAL,
        "Config set to NULL before client hello callback. This should not be possible outside "
        "of tests.")
S2N_ERR_ENTRY(S2N_ERR_ZERO_LIFETIME_TICKET, S2N_ERR_T_INTERNAL,
        "Calculated session lifetime is zero")
S2N_ERR_ENTRY(S2N_ERR_NO_ALERT, S2N_ERR_T_USAGE, "No Alert present")
S2N_ERR_ENTRY(S2N_ERR_SERVER_MODE, S2N_ERR_T_USAGE, "Operation not allowed in server mode")
S2N_ERR_ENTRY(S2N_ERR_CLIENT_MODE, S2N_ERR_T_USAGE, "Operation not allowed in client mode")
S2N_ERR_ENTRY(S2N_ERR_CLIENT_MODE_DISABLED, S2N_ERR_T_USAGE, "client connections not allowed")
S2N_ERR_ENTRY(S2N_ERR_TOO_MANY_CERTIFICATES, S2N_ERR_T_USAGE,
        "only 1 certificate is supported in client mode")
S2N_ERR_ENTRY(S2N_ERR_TOO_MANY_SIGNATURE_SCHEMES, S2N_ERR_T_USAGE,
        "Max supported length of SignatureAlgorithms/SignatureSchemes list is 128")
S2N_ERR_ENTRY(S2N_ERR_CLIENT_AUTH_NOT_SUPPORTED_IN_FIPS_MODE, S2N_ERR_T_USAGE,
        "Client Auth is not supported when in FIPS mode")
S2N_ERR_ENTRY(S2N_ERR_INVALID_BASE64, S2N_ERR_T_USAGE, "invalid base64 encountered")
S2N_ERR_ENTRY(S2N_ERR_INVALID_HEX, S2N_ERR_T_USAGE, "invalid HEX encountered")
S2N_ERR_ENTRY(S2N_ERR_INVALID_PEM, S2N_ERR_T_USAGE, "invalid PEM encountered")
S2N_ERR_ENTRY(S2N_ERR_DH_PARAMS_CREATE, S2N_ERR_T_USAGE, "error creating Diffie-Hellman parameters")
S2N_ERR_ENTRY(S2N_ERR_DH_TOO_SMALL, S2N_ERR_T_USAGE, "Diffie-Hellman parameters are too small")
S2N_ERR_ENTRY(S2N_ERR_DH_PARAMETER_CHECK, S2N_ERR_T_USAGE, "Diffie-Hellman parameter check failed")
S2N_ERR_ENTRY(S2N_ERR_INVALID_PKCS3, S2N_ERR_T_USAGE, "invalid PKCS3 encountered")
S2N_ERR_ENTRY(S2N_ERR_NO_CERTIFICATE_IN_PEM, S2N_ERR_T_USAGE, "No certificate in PEM")
S2N_ERR_ENTRY(S2N_ERR_SERVER_NAME_TOO_LONG, S2N_ERR_T_USAGE, "server name is too long")
S2N_ERR_ENTRY(S2N_ERR_NUM_DEFAULT_CERTIFICATES, S2N_ERR_T_USAGE,
        "exceeded max default certificates or provided no default")
S2N_ERR_ENTRY(S2N_ERR_MULTIPLE_DEFAULT_CERTIFICATES_PER_AUTH_TYPE, S2N_ERR_T_USAGE,
        "setting multiple default certificates per auth type is not allowed")
S2N_ERR_ENTRY(S2N_ERR_INVALID_CIPHER_PREFERENCES, S2N_ERR_T_USAGE,
        "Invalid Cipher Preferences version")
S2N_ERR_ENTRY(S2N_ERR_INVALID_APPLICATION_PROTOCOL, S2N_ERR_T_USAGE,
        "The supplied application protocol name is invalid")
S2N_ERR_ENTRY(S2N_ERR_KEY_MISMATCH, S2N_ERR_T_USAGE, "public and private key do not match")
S2N_ERR_ENTRY(S2N_ERR_SEND_SIZE, S2N_ERR_T_USAGE, "Retried s2n_send() size is invalid")
S2N_ERR_ENTRY(S2N_ERR_CORK_SET_ON_UNMANAGED, S2N_ERR_T_USAGE,
        "Attempt to set connection cork management on unmanaged IO")
S2N_ERR_ENTRY(S2N_ERR_UNRECOGNIZED_EXTENSION, S2N_ERR_T_USAGE, "TLS extension not recognized")
S2N_ERR_ENTRY(S2N_ERR_EXTENSION_NOT_RECEIVED, S2N_ERR_T_USAGE, "The TLS extension was not received")
S2N_ERR_ENTRY(S2N_ERR_INVALID_SCT_LIST, S2N_ERR_T_USAGE, "SCT list is invalid")
S2N_ERR_ENTRY(S2N_ERR_INVALID_OCSP_RESPONSE, S2N_ERR_T_USAGE, "OCSP response is invalid")
S2N_ERR_ENTRY(S2N_ERR_UPDATING_EXTENSION, S2N_ERR_T_USAGE, "Updating extension data failed")
S2N_ERR_ENTRY(S2N_ERR_INVALID_SERIALIZED_SESSION_STATE, S2N_ERR_T_USAGE,
        "Serialized session state is not in valid format")
S2N_ERR_ENTRY(S2N_ERR_SERIALIZED_SESSION_STATE_TOO_LONG, S2N_ERR_T_USAGE,
        "Serialized session state is too long")
S2N_ERR_ENTRY(S2N_ERR_SESSION_ID_TOO_LONG, S2N_ERR_T_USAGE, "Session id is too long")
S2N_ERR_ENTRY(S2N_ERR_CLIENT_AUTH_NOT_SUPPORTED_IN_SESSION_RESUMPTION_MODE, S2N_ERR_T_USAGE,
        "Client Auth is not supported in session resumption mode")
S2N_ERR_ENTRY(S2N_ERR_INVALID_TICKET_KEY_LENGTH, S2N_ERR_T_USAGE,
        "Session ticket key length cannot be zero")
S2N_ERR_ENTRY(S2N_ERR_INVALID_TICKET_KEY_NAME_OR_NAME_LENGTH, S2N_ERR_T_USAGE,
        "Session ticket key name should be unique and the name length cannot be zero")
S2N_ERR_ENTRY(S2N_ERR_TICKET_KEY_NOT_UNIQUE, S2N_ERR_T_USAGE,
        "Cannot add session ticket key because it was added before")
S2N_ERR_ENTRY(S2N_ERR_TICKET_KEY_LIMIT, S2N_ERR_T_USAGE,
        "Limit reached for unexpired session ticket keys")
S2N_ERR_ENTRY(S2N_ERR_NO_TICKET_ENCRYPT_DECRYPT_KEY, S2N_ERR_T_USAGE,
        "No key in encrypt-decrypt state is available to encrypt session ticket")
S2N_ERR_ENTRY(S2N_ERR_ENCRYPT_DECRYPT_KEY_SELECTION_FAILED, S2N_ERR_T_USAGE,
        "Failed to select a key from keys in encrypt-decrypt state")
S2N_ERR_ENTRY(S2N_ERR_KEY_USED_IN_SESSION_TICKET_NOT_FOUND, S2N_ERR_T_USAGE,
        "Key used in already assigned session ticket not found for decryption")
S2N_ERR_ENTRY(S2N_ERR_SENDING_NST, S2N_ERR_T_USAGE,
        "Error in session ticket status encountered before sending NST")
S2N_ERR_ENTRY(S2N_ERR_INVALID_DYNAMIC_THRESHOLD, S2N_ERR_T_USAGE,
        "invalid dynamic record threshold")
S2N_ERR_ENTRY(S2N_ERR_INVALID_ARGUMENT, S2N_ERR_T_USAGE,
        "invalid argument provided into a function call")
S2N_ERR_ENTRY(S2N_ERR_NOT_IN_UNIT_TEST, S2N_ERR_T_USAGE,
        "Illegal configuration, can only be used during unit tests")
S2N_ERR_ENTRY(S2N_ERR_NOT_IN_TEST, S2N_ERR_T_USAGE,
        "Illegal configuration, can only be used during unit or integration tests")
S2N_ERR_ENTRY(S2N_ERR_UNSUPPORTED_CPU, S2N_ERR_T_USAGE, "Unsupported CPU architecture")
S2N_ERR_ENTRY(S2N_ERR_SESSION_ID_TOO_SHORT, S2N_ERR_T_USAGE, "Session id is too short")
S2N_ERR_ENTRY(S2N_ERR_CONNECTION_CACHING_DISALLOWED, S2N_ERR_T_USAGE,
        "This connection is not allowed to be cached")
S2N_ERR_ENTRY(S2N_ERR_SESSION_TICKET_NOT_SUPPORTED, S2N_ERR_T_USAGE,
        "Session ticket not supported for this connection")
S2N_ERR_ENTRY(S2N_ERR_OCSP_NOT_SUPPORTED, S2N_ERR_T_USAGE,
        "OCSP stapling was requested, but is not supported")
S2N_ERR_ENTRY(S2N_ERR_INVALID_SIGNATURE_ALGORITHMS_PREFERENCES, S2N_ERR_T_USAGE,
        "Invalid signature algorithms preferences version")
S2N_ERR_ENTRY(S2N_ERR_RSA_PSS_NOT_SUPPORTED, S2N_ERR_T_USAGE,
        "RSA-PSS signing not supported by underlying libcrypto implementation")
S2N_ERR_ENTRY(S2N_ERR_INVALID_ECC_PREFERENCES, S2N_ERR_T_USAGE,
        "Invalid ecc curves preferences version")
S2N_ERR_ENTRY(S2N_ERR_DEPRECATED_SECURITY_POLICY, S2N_ERR_T_USAGE,
        "Deprecated security policy. Please choose a different security policy.")
S2N_ERR_ENTRY(S2N_ERR_INVALID_SECURITY_POLICY, S2N_ERR_T_USAGE, "Invalid security policy")
S2N_ERR_ENTRY(S2N_ERR_INVALID_KEM_PREFERENCES, S2N_ERR_T_USAGE, "Invalid kem preferences version")
S2N_ERR_ENTRY(S2N_ERR_ASYNC_ALREADY_PERFORMED, S2N_ERR_T_USAGE,
        "Async operation was already performed, cannot perform it again")
S2N_ERR_ENTRY(S2N_ERR_ASYNC_NOT_PERFORMED, S2N_ERR_T_USAGE,
        "Async operation is not performed, cannot apply its result")
S2N_ERR_ENTRY(S2N_ERR_ASYNC_WRONG_CONNECTION, S2N_ERR_T_USAGE,
        "Async private key operation can only be consumed by connection which initiated it")
S2N_ERR_ENTRY(S2N_ERR_ASYNC_ALREADY_APPLIED, S2N_ERR_T_USAGE,
        "Async operation was already applied to connection, cannot apply it again")
S2N_ERR_ENTRY(S2N_ERR_UNSUPPORTED_WITH_QUIC, S2N_ERR_T_USAGE,
        "Functionality not supported when running with QUIC support enabled")
S2N_ERR_ENTRY(S2N_ERR_DUPLICATE_PSK_IDENTITIES, S2N_ERR_T_USAGE,
        "The list of pre-shared keys provided contains duplicate psk identities")
S2N_ERR_ENTRY(S2N_ERR_OFFERED_PSKS_TOO_LONG, S2N_ERR_T_USAGE,
        "The total pre-shared key data is too long to send over the wire")
S2N_ERR_ENTRY(S2N_ERR_INVALID_SESSION_TICKET, S2N_ERR_T_USAGE, "Session ticket data is not valid")
S2N_ERR_ENTRY(S2N_ERR_REENTRANCY, S2N_ERR_T_USAGE,
        "Original execution must complete before method can be called again")
S2N_ERR_ENTRY(S2N_ERR_INVALID_STATE, S2N_ERR_T_USAGE,
        "Invalid state, this is the result of invalid use of an API. Check the API "
        "documentation for the function that raised this error for more info")
S2N_ERR_ENTRY(S2N_ERR_EARLY_DATA_NOT_ALLOWED, S2N_ERR_T_USAGE,
        "Early data is not allowed by the connection")
S2N_ERR_ENTRY(S2N_ERR_NO_CERT_FOUND, S2N_ERR_T_USAGE, "Certificate not found")
S2N_ERR_ENTRY(S2N_ERR_CERT_NOT_VALIDATED, S2N_ERR_T_USAGE, "Certificate not validated")
S2N_ERR_ENTRY(S2N_ERR_NO_PRIVATE_KEY, S2N_ERR_T_USAGE,
        "Certificate found, but no corresponding private key")
S2N_ERR_ENTRY(S2N_ERR_PSK_MODE, S2N_ERR_T_USAGE,
        "Mixing resumption and external PSKs is not supported")
S2N_ERR_ENTRY(S2N_ERR_X509_EXTENSION_VALUE_NOT_FOUND, S2N_ERR_T_USAGE,
        "X509 extension value not found")
S2N_ERR_ENTRY(S2N_ERR_INVALID_X509_EXTENSION_TYPE, S2N_ERR_T_USAGE, "Invalid X509 extension type")
S2N_ERR_ENTRY(S2N_ERR_INSUFFICIENT_MEM_SIZE, S2N_ERR_T_USAGE,
        "The provided buffer size is not large enough to contain the output data. Try "
        "increasing the allocation size.")
S2N_ERR_ENTRY(S2N_ERR_KEYING_MATERIAL_EXPIRED, S2N_ERR_T_USAGE,
        "The lifetime of the connection keying material has exceeded the limit. Perform a new "
        "full handshake.")
S2N_ERR_ENTRY(S2N_ERR_SECRET_SCHEDULE_STATE, S2N_ERR_T_USAGE,
        "Correct inputs to secret calculation not available")
S2N_ERR_ENTRY(S2N_ERR_CERT_OWNERSHIP, S2N_ERR_T_USAGE,
        "The ownership of the certificate chain is incompatible with the operation")
S2N_ERR_ENTRY(S2N_ERR_HANDSHAKE_NOT_COMPLETE, S2N_ERR_T_USAGE,
        "Operation is only allowed after the handshake is complete")
S2N_ERR_ENTRY(S2N_ERR_KTLS_MANAGED_IO, S2N_ERR_T_USAGE,
        "kTLS cannot be enabled while custom I/O is configured for the connection")
S2N_ERR_ENTRY(S2N_ERR_KTLS_UNSUPPORTED_PLATFORM, S2N_ERR_T_USAGE,
        "kTLS is unsupported on this platform")
S2N_ERR_ENTRY(S2N_ERR_KTLS_UNSUPPORTED_CONN, S2N_ERR_T_USAGE,
        "kTLS is unsupported for this connection")
S2N_ERR_ENTRY(S2N_ERR_KTLS_ENABLE, S2N_ERR_T_USAGE,
        "An error occurred when attempting to enable kTLS on socket. Ensure the 'tls' kernel "
        "module is enabled.")
S2N_ERR_ENTRY(S2N_ERR_KTLS_BAD_CMSG, S2N_ERR_T_USAGE, "Error handling cmsghdr.")
S2N_ERR_ENTRY(S2N_ERR_KTLS_RENEG, S2N_ERR_T_USAGE, "kTLS does not support secure renegotiation")
S2N_ERR_ENTRY(S2N_ERR_KTLS_SOCKOPT, S2N_ERR_T_USAGE,
        "A call to sockopt failed when attempting to update the keys in the kernel")
S2N_ERR_ENTRY(S2N_ERR_ATOMIC, S2N_ERR_T_USAGE,
        "Atomic operations in this environment would require locking")
S2N_ERR_ENTRY(S2N_ERR_KTLS_KEY_LIMIT, S2N_ERR_T_USAGE,
        "Reached key encryption limit, but kernel does not support updating tls keys")
S2N_ERR_ENTRY(S2N_ERR_SECURITY_POLICY_INCOMPATIBLE_CERT, S2N_ERR_T_USAGE,
        "Incompatibility found between loaded certificates and chosen security policy")
S2N_ERR_ENTRY(S2N_ERR_INVALID_SERIALIZED_CONNECTION, S2N_ERR_T_USAGE,
        "Serialized connection is invalid")
S2N_ERR_ENTRY(S2N_ERR_TOO_MANY_CAS, S2N_ERR_T_USAGE,
        "Too many certificate authorities in trust store")
S2N_ERR_ENTRY(S2N_ERR_API_UNSUPPORTED_BY_LIBCRYPTO, S2N_ERR_T_USAGE,
        "The invoked s2n-tls API is not supported by the libcrypto")
S2N_ERR_ENTRY(S2N_ERR_FIPS_MODE_UNSUPPORTED, S2N_ERR_T_USAGE,
        "FIPS mode is not supported for the libcrypto")
S2N_ERR_ENTRY(S2N_ERR_CERT_INVALID_HOSTNAME, S2N_ERR_T_PROTO,
        "Certificate is not valid for the supplied hostname")
S2N_ERR_ENTRY(S2N_ERR_CERT_INTENT_INVALID, S2N_ERR_T_PROTO,
        "Certificate intent is invalid for the current context.")
S2N_ERR_ENTRY(S2N_ERR_RANDOM, S2N_ERR_T_INTERNAL, "Error generating random data")
S2N_ERR_ENTRY(S2N_ERR_INVALID_SUPPORTED_GROUP_STATE, S2N_ERR_T_INTERNAL,
        "SupportedGroup preference decision entered invalid state and selected both KEM and EC "
        "Curve")
