# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_kms_local_global_optspecs
    string join \n keystore= master-key-file= passphrase-file= output= query= principal= region= cli-binary-format= page-size= no-paginate profile= endpoint-url= no-verify-ssl ca-bundle= no-cli-pager cli-auto-prompt no-cli-auto-prompt color= cli-read-timeout= cli-connect-timeout= debug h/help V/version
end

function __fish_kms_local_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_kms_local_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_kms_local_using_subcommand
    set -l cmd (__fish_kms_local_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c kms-local -n "__fish_kms_local_needs_command" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_needs_command" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_needs_command" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_needs_command" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_needs_command" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_needs_command" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_needs_command" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_needs_command" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_needs_command" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_needs_command" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_needs_command" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_needs_command" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_needs_command" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_needs_command" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_needs_command" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_needs_command" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_needs_command" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_needs_command" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_needs_command" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_needs_command" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_needs_command" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_needs_command" -s V -l version -d 'Print version'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "init" -d 'Create the keystore (an error if one exists)'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "create-key" -d 'Create a symmetric encryption KMS key'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "describe-key" -d 'Show a KMS key\'s metadata'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "list-keys" -d 'List the keystore\'s KMS keys'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "update-key-description" -d 'Change a KMS key\'s description'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "enable-key" -d 'Enable a KMS key (prints nothing)'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "disable-key" -d 'Disable a KMS key: it refuses cryptographic operations until enabled (prints nothing)'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "schedule-key-deletion" -d 'Schedule a KMS key\'s deletion after 7 to 30 days (default 30)'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "cancel-key-deletion" -d 'Cancel a key\'s scheduled deletion; the key comes back disabled'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "create-alias" -d 'Create a friendly name (alias/NAME) for a KMS key (prints nothing)'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "update-alias" -d 'Point an existing alias at another KMS key (prints nothing)'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "delete-alias" -d 'Delete an alias (the key is untouched)'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "list-aliases" -d 'List aliases, of every key or of one'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "tag-resource" -d 'Add or overwrite tags on a KMS key'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "untag-resource" -d 'Remove tags from a KMS key by their keys'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "list-resource-tags" -d 'List a KMS key\'s tags'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "rotate" -d 'Rotate a key\'s material now, or with --domain the keystore\'s domain key'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "rotate-key-on-demand" -d 'Rotate a key\'s material now, or with --domain the keystore\'s domain key'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "enable-key-rotation" -d 'Turn on automatic rotation of a key\'s material'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "disable-key-rotation" -d 'Turn off automatic rotation of a key\'s material (prints nothing)'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "get-key-rotation-status" -d 'Show whether a key rotates automatically, how often, and when next'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "list-key-rotations" -d 'List a key\'s past rotations, oldest first'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "get-key-last-usage" -d 'Show a key\'s last successful cryptographic operation, from the audit log'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "create-grant" -d 'Let a principal perform some operations with a key'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "list-grants" -d 'List a key\'s grants'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "list-retirable-grants" -d 'List the grants, on any key, that a principal may retire'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "retire-grant" -d 'Retire a grant, by its token or by key ARN and grant id (prints nothing)'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "revoke-grant" -d 'Revoke a grant (prints nothing)'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "get-key-policy" -d 'Show a key\'s key policy, in the layout AWS prints it in'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "put-key-policy" -d 'Replace a key\'s key policy (prints nothing)'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "list-key-policies" -d 'List the names of a key\'s policies: default'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "replicate-key" -d 'Make a replica of a multi-Region primary key in another Region'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "update-primary-region" -d 'Make the replica in another Region the primary key (prints nothing)'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "get-parameters-for-import" -d 'Get a public key to wrap key material with, and its import token'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "import-key-material" -d 'Import key material wrapped under the public key of get-parameters-for-import'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "delete-imported-key-material" -d 'Delete imported key material: the key is PendingImport until it is imported again'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "generate-data-key" -d 'Generate a unique symmetric data key for use outside of KMS'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "generate-data-key-without-plaintext" -d 'Generate a unique symmetric data key, returned only encrypted under a KMS key'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "generate-data-key-pair" -d 'Generate a key pair for use outside KMS, its private key encrypted under a symmetric KMS key'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "generate-data-key-pair-without-plaintext" -d 'Generate a key pair for use outside KMS, its private key returned only encrypted'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "encrypt" -d 'Encrypt up to 4096 bytes under a KMS key'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "decrypt" -d 'Decrypt ciphertext that was encrypted under a KMS key'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "re-encrypt" -d 'Decrypt ciphertext and encrypt it again under a KMS key, inside kms-local'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "sign" -d 'Sign a message or digest with an asymmetric KMS key'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "verify" -d 'Verify a signature made with an asymmetric KMS key'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "get-public-key" -d 'Print the public key of an asymmetric KMS key (DER SubjectPublicKeyInfo)'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "generate-mac" -d 'Make the HMAC of a message with an HMAC KMS key'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "verify-mac" -d 'Verify the HMAC of a message with an HMAC KMS key'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "derive-shared-secret" -d 'Derive a shared secret (ECDH) from a key agreement KMS key and a peer\'s public key'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "encapsulate" -d 'Make a shared secret and its ML-KEM ciphertext with an ML-KEM KMS key\'s public key'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "decapsulate" -d 'Recover the shared secret an ML-KEM ciphertext carries, with an ML-KEM KMS key'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "generate-random" -d 'Get 1 to 1024 random bytes from the operating system\'s random source'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "describe-ciphertext" -d 'Show what a ciphertext blob says about itself, without decrypting it'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "export-keys" -d 'Write keys, with their aliases and every version of their material, to a key bundle'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "import-keys" -d 'Add the keys of a key bundle written by export-keys to this keystore'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "keystore" -d 'Commands about the keystore itself'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "audit" -d 'Print the audit log (one entry per operation), or verify its chain'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "batch" -d 'Run many operations in one process: JSON requests on stdin, one a line'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "serve" -d 'Serve the AWS KMS API (AWS JSON 1.1 over HTTP or HTTPS) for AWS SDKs and the aws CLI'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "migrate" -d 'Move keys to another KMS: AWS KMS, or another kms-local serve'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "rewrap" -d 'Re-encrypt kms-local blobs at another KMS, under the keys theirs became'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "create-access-key" -d 'Create an access key that `serve` accepts signatures from'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "list-access-keys" -d 'List the access keys `serve` accepts, without their secrets'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "delete-access-key" -d 'Delete an access key: requests signed with it are refused from then on'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kms-local -n "__fish_kms_local_using_subcommand init" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand init" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand init" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand init" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand init" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand init" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand init" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand init" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand init" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand init" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand init" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand init" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand init" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand init" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand init" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand init" -l passphrase -d 'Protect the keystore with a passphrase instead of a master key'
complete -c kms-local -n "__fish_kms_local_using_subcommand init" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand init" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand init" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand init" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand init" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand init" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l description -d 'A description of the key (0 to 8192 characters)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l key-usage -d 'ENCRYPT_DECRYPT (the default), SIGN_VERIFY, GENERATE_VERIFY_MAC, KEY_AGREEMENT or ENCAPSULATE_DECAPSULATE; required for every spec but SYMMETRIC_DEFAULT' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l key-spec -d 'SYMMETRIC_DEFAULT (the default), RSA_2048/3072/4096, ECC_NIST_P256/P384/P521, ECC_SECG_P256K1, ECC_NIST_EDWARDS25519, HMAC_224/256/384/512, ML_DSA_44/65/87, ML_KEM_512/768/1024 or SM2' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l tags -d 'Tags: `TagKey=k,TagValue=v` each, or a JSON list' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l policy -d 'The key policy: JSON inline, file://PATH or - [default: the default key policy]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l origin -d 'AWS_KMS (the default) or EXTERNAL, for imported key material' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l bypass-policy-lockout-safety-check -d 'Skip the check that the policy still lets the caller change it'
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l no-bypass-policy-lockout-safety-check -d 'Keep the lockout safety check (the default)'
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l multi-region -d 'Make a multi-Region primary key (an mrk- key id), to replicate to other Regions'
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l no-multi-region -d 'Make a single-Region key (the default)'
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-key" -l key-id -d 'The key: key id, key ARN, alias/NAME or alias ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-key" -l grant-tokens -d 'Grant tokens (checked and accepted: grants are effective as soon as they are made)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-key" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-key" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-key" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-key" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-key" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-key" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-key" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-key" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-key" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-key" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-key" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-key" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-key" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-key" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-key" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-key" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-key" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-key" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-key" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-key" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-key" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-key" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-key" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-key" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-keys" -l limit -d 'Return at most this many items and a NextMarker for the rest (turns off automatic pagination, as in the aws CLI)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-keys" -l marker -d 'Continue from the NextMarker of an earlier call (turns off automatic pagination)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-keys" -l max-items -d 'Print at most this many items, and a NextToken to resume from if more remain' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-keys" -l starting-token -d 'Resume from the NextToken an earlier --max-items printed' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-keys" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-keys" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-keys" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand list-keys" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand list-keys" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand list-keys" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand list-keys" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-keys" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-keys" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-keys" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand list-keys" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-keys" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-keys" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-keys" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-keys" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand list-keys" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-keys" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-keys" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-keys" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-keys" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-keys" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-keys" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-keys" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-keys" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand update-key-description" -l key-id -d 'The key\'s id or ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-key-description" -l description -d 'The new description (0 to 8192 characters)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-key-description" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-key-description" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-key-description" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand update-key-description" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand update-key-description" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand update-key-description" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand update-key-description" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-key-description" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-key-description" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-key-description" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand update-key-description" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-key-description" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-key-description" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-key-description" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-key-description" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand update-key-description" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-key-description" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-key-description" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand update-key-description" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand update-key-description" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand update-key-description" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand update-key-description" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand update-key-description" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand update-key-description" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key" -l key-id -d 'The key\'s id or ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key" -l key-id -d 'The key\'s id or ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand schedule-key-deletion" -l key-id -d 'The key\'s id or ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand schedule-key-deletion" -l pending-window-in-days -d 'Days until deletion, 7 to 30' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand schedule-key-deletion" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand schedule-key-deletion" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand schedule-key-deletion" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand schedule-key-deletion" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand schedule-key-deletion" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand schedule-key-deletion" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand schedule-key-deletion" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand schedule-key-deletion" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand schedule-key-deletion" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand schedule-key-deletion" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand schedule-key-deletion" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand schedule-key-deletion" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand schedule-key-deletion" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand schedule-key-deletion" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand schedule-key-deletion" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand schedule-key-deletion" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand schedule-key-deletion" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand schedule-key-deletion" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand schedule-key-deletion" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand schedule-key-deletion" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand schedule-key-deletion" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand schedule-key-deletion" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand schedule-key-deletion" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand schedule-key-deletion" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand cancel-key-deletion" -l key-id -d 'The key\'s id or ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand cancel-key-deletion" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand cancel-key-deletion" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand cancel-key-deletion" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand cancel-key-deletion" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand cancel-key-deletion" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand cancel-key-deletion" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand cancel-key-deletion" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand cancel-key-deletion" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand cancel-key-deletion" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand cancel-key-deletion" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand cancel-key-deletion" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand cancel-key-deletion" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand cancel-key-deletion" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand cancel-key-deletion" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand cancel-key-deletion" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand cancel-key-deletion" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand cancel-key-deletion" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand cancel-key-deletion" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand cancel-key-deletion" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand cancel-key-deletion" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand cancel-key-deletion" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand cancel-key-deletion" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand cancel-key-deletion" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand cancel-key-deletion" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand create-alias" -l alias-name -d 'The alias: alias/ then letters, digits, /, _ and - (not alias/aws/)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-alias" -l target-key-id -d 'The key\'s id or ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-alias" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-alias" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-alias" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand create-alias" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand create-alias" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand create-alias" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand create-alias" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-alias" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-alias" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-alias" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand create-alias" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-alias" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-alias" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-alias" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-alias" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand create-alias" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-alias" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-alias" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand create-alias" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand create-alias" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand create-alias" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand create-alias" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand create-alias" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand create-alias" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand update-alias" -l alias-name -d 'The alias: alias/ then letters, digits, /, _ and - (not alias/aws/)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-alias" -l target-key-id -d 'The key\'s id or ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-alias" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-alias" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-alias" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand update-alias" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand update-alias" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand update-alias" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand update-alias" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-alias" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-alias" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-alias" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand update-alias" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-alias" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-alias" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-alias" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-alias" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand update-alias" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-alias" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-alias" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand update-alias" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand update-alias" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand update-alias" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand update-alias" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand update-alias" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand update-alias" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-alias" -l alias-name -d 'The alias: alias/NAME' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-alias" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-alias" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-alias" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-alias" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-alias" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-alias" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-alias" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-alias" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-alias" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-alias" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-alias" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-alias" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-alias" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-alias" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-alias" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-alias" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-alias" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-alias" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-alias" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-alias" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-alias" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-alias" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-alias" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-alias" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-aliases" -l key-id -d 'Only the aliases of this key (key id or key ARN)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-aliases" -l limit -d 'Return at most this many items and a NextMarker for the rest (turns off automatic pagination, as in the aws CLI)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-aliases" -l marker -d 'Continue from the NextMarker of an earlier call (turns off automatic pagination)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-aliases" -l max-items -d 'Print at most this many items, and a NextToken to resume from if more remain' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-aliases" -l starting-token -d 'Resume from the NextToken an earlier --max-items printed' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-aliases" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-aliases" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-aliases" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand list-aliases" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand list-aliases" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand list-aliases" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand list-aliases" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-aliases" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-aliases" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-aliases" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand list-aliases" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-aliases" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-aliases" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-aliases" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-aliases" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand list-aliases" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-aliases" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-aliases" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-aliases" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-aliases" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-aliases" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-aliases" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-aliases" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-aliases" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand tag-resource" -l key-id -d 'The key\'s id or ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand tag-resource" -l tags -d 'Tags: `TagKey=k,TagValue=v` each, or a JSON list' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand tag-resource" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand tag-resource" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand tag-resource" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand tag-resource" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand tag-resource" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand tag-resource" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand tag-resource" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand tag-resource" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand tag-resource" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand tag-resource" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand tag-resource" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand tag-resource" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand tag-resource" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand tag-resource" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand tag-resource" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand tag-resource" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand tag-resource" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand tag-resource" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand tag-resource" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand tag-resource" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand tag-resource" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand tag-resource" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand tag-resource" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand tag-resource" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand untag-resource" -l key-id -d 'The key\'s id or ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand untag-resource" -l tag-keys -d 'The tag keys to remove' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand untag-resource" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand untag-resource" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand untag-resource" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand untag-resource" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand untag-resource" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand untag-resource" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand untag-resource" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand untag-resource" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand untag-resource" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand untag-resource" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand untag-resource" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand untag-resource" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand untag-resource" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand untag-resource" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand untag-resource" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand untag-resource" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand untag-resource" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand untag-resource" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand untag-resource" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand untag-resource" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand untag-resource" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand untag-resource" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand untag-resource" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand untag-resource" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-resource-tags" -l key-id -d 'The key\'s id or ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-resource-tags" -l limit -d 'Return at most this many items and a NextMarker for the rest (turns off automatic pagination, as in the aws CLI)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-resource-tags" -l marker -d 'Continue from the NextMarker of an earlier call (turns off automatic pagination)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-resource-tags" -l max-items -d 'Print at most this many items, and a NextToken to resume from if more remain' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-resource-tags" -l starting-token -d 'Resume from the NextToken an earlier --max-items printed' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-resource-tags" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-resource-tags" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-resource-tags" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand list-resource-tags" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand list-resource-tags" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand list-resource-tags" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand list-resource-tags" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-resource-tags" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-resource-tags" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-resource-tags" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand list-resource-tags" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-resource-tags" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-resource-tags" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-resource-tags" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-resource-tags" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand list-resource-tags" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-resource-tags" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-resource-tags" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-resource-tags" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-resource-tags" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-resource-tags" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-resource-tags" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-resource-tags" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-resource-tags" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate" -l key-id -d 'The key\'s id or ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate" -l domain -d 'Rotate the domain key instead of a KMS key'
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate-key-on-demand" -l key-id -d 'The key\'s id or ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate-key-on-demand" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate-key-on-demand" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate-key-on-demand" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate-key-on-demand" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate-key-on-demand" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate-key-on-demand" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate-key-on-demand" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate-key-on-demand" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate-key-on-demand" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate-key-on-demand" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate-key-on-demand" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate-key-on-demand" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate-key-on-demand" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate-key-on-demand" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate-key-on-demand" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate-key-on-demand" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate-key-on-demand" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate-key-on-demand" -l domain -d 'Rotate the domain key instead of a KMS key'
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate-key-on-demand" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate-key-on-demand" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate-key-on-demand" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate-key-on-demand" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate-key-on-demand" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate-key-on-demand" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate-key-on-demand" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key-rotation" -l key-id -d 'The key\'s id or ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key-rotation" -l rotation-period-in-days -d 'Days between rotations, 90 to 2560 (default 365)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key-rotation" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key-rotation" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key-rotation" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key-rotation" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key-rotation" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key-rotation" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key-rotation" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key-rotation" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key-rotation" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key-rotation" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key-rotation" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key-rotation" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key-rotation" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key-rotation" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key-rotation" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key-rotation" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key-rotation" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key-rotation" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key-rotation" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key-rotation" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key-rotation" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key-rotation" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key-rotation" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand enable-key-rotation" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key-rotation" -l key-id -d 'The key\'s id or ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key-rotation" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key-rotation" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key-rotation" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key-rotation" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key-rotation" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key-rotation" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key-rotation" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key-rotation" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key-rotation" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key-rotation" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key-rotation" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key-rotation" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key-rotation" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key-rotation" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key-rotation" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key-rotation" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key-rotation" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key-rotation" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key-rotation" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key-rotation" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key-rotation" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key-rotation" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key-rotation" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand disable-key-rotation" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-rotation-status" -l key-id -d 'The key\'s id or ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-rotation-status" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-rotation-status" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-rotation-status" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-rotation-status" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-rotation-status" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-rotation-status" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-rotation-status" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-rotation-status" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-rotation-status" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-rotation-status" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-rotation-status" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-rotation-status" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-rotation-status" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-rotation-status" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-rotation-status" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-rotation-status" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-rotation-status" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-rotation-status" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-rotation-status" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-rotation-status" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-rotation-status" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-rotation-status" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-rotation-status" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-rotation-status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-rotations" -l key-id -d 'The key\'s id or ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-rotations" -l include-key-material -d 'ROTATIONS_ONLY (default) or ALL_KEY_MATERIAL (the original material too)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-rotations" -l limit -d 'Return at most this many items and a NextMarker for the rest (turns off automatic pagination, as in the aws CLI)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-rotations" -l marker -d 'Continue from the NextMarker of an earlier call (turns off automatic pagination)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-rotations" -l max-items -d 'Print at most this many items, and a NextToken to resume from if more remain' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-rotations" -l starting-token -d 'Resume from the NextToken an earlier --max-items printed' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-rotations" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-rotations" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-rotations" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-rotations" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-rotations" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-rotations" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-rotations" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-rotations" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-rotations" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-rotations" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-rotations" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-rotations" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-rotations" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-rotations" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-rotations" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-rotations" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-rotations" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-rotations" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-rotations" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-rotations" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-rotations" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-rotations" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-rotations" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-rotations" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-last-usage" -l key-id -d 'The key\'s id or ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-last-usage" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-last-usage" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-last-usage" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-last-usage" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-last-usage" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-last-usage" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-last-usage" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-last-usage" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-last-usage" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-last-usage" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-last-usage" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-last-usage" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-last-usage" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-last-usage" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-last-usage" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-last-usage" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-last-usage" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-last-usage" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-last-usage" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-last-usage" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-last-usage" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-last-usage" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-last-usage" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-last-usage" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand create-grant" -l key-id -d 'The key: key id or key ARN (another account\'s by ARN)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-grant" -l grantee-principal -d 'Who may use the grant: an IAM principal ARN or an account' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-grant" -l retiring-principal -d 'Who may retire the grant' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-grant" -l operations -d 'The operations it allows (Decrypt, Encrypt, GenerateDataKey, …)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-grant" -l constraints -d 'JSON: {"EncryptionContextSubset": {…}} or {"EncryptionContextEquals": {…}}' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-grant" -l name -d 'A name: the same request made again with it is the same grant' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-grant" -l grant-tokens -d 'Grant tokens (checked and accepted: grants are effective as soon as they are made)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-grant" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-grant" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-grant" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand create-grant" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand create-grant" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand create-grant" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand create-grant" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-grant" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-grant" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-grant" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand create-grant" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-grant" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-grant" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-grant" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-grant" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand create-grant" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-grant" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-grant" -l dry-run -d 'Check the request as if it ran, then answer DryRunOperationException'
complete -c kms-local -n "__fish_kms_local_using_subcommand create-grant" -l no-dry-run -d 'Run the request (the default)'
complete -c kms-local -n "__fish_kms_local_using_subcommand create-grant" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand create-grant" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand create-grant" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand create-grant" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand create-grant" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand create-grant" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand create-grant" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-grants" -l key-id -d 'The key: key id or key ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-grants" -l grant-id -d 'Only this grant' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-grants" -l grantee-principal -d 'Only the grants of this grantee' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-grants" -l limit -d 'Return at most this many items and a NextMarker for the rest (turns off automatic pagination, as in the aws CLI)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-grants" -l marker -d 'Continue from the NextMarker of an earlier call (turns off automatic pagination)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-grants" -l max-items -d 'Print at most this many items, and a NextToken to resume from if more remain' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-grants" -l starting-token -d 'Resume from the NextToken an earlier --max-items printed' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-grants" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-grants" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-grants" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand list-grants" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand list-grants" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand list-grants" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand list-grants" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-grants" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-grants" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-grants" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand list-grants" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-grants" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-grants" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-grants" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-grants" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand list-grants" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-grants" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-grants" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-grants" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-grants" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-grants" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-grants" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-grants" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-grants" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-retirable-grants" -l retiring-principal -d 'The retiring principal' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-retirable-grants" -l limit -d 'Return at most this many items and a NextMarker for the rest (turns off automatic pagination, as in the aws CLI)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-retirable-grants" -l marker -d 'Continue from the NextMarker of an earlier call (turns off automatic pagination)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-retirable-grants" -l max-items -d 'Print at most this many items, and a NextToken to resume from if more remain' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-retirable-grants" -l starting-token -d 'Resume from the NextToken an earlier --max-items printed' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-retirable-grants" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-retirable-grants" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-retirable-grants" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand list-retirable-grants" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand list-retirable-grants" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand list-retirable-grants" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand list-retirable-grants" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-retirable-grants" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-retirable-grants" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-retirable-grants" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand list-retirable-grants" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-retirable-grants" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-retirable-grants" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-retirable-grants" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-retirable-grants" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand list-retirable-grants" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-retirable-grants" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-retirable-grants" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-retirable-grants" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-retirable-grants" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-retirable-grants" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-retirable-grants" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-retirable-grants" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-retirable-grants" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand retire-grant" -l grant-token -d 'The grant\'s token' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand retire-grant" -l key-id -d 'The key\'s ARN (with --grant-id)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand retire-grant" -l grant-id -d 'The grant\'s id (with --key-id)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand retire-grant" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand retire-grant" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand retire-grant" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand retire-grant" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand retire-grant" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand retire-grant" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand retire-grant" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand retire-grant" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand retire-grant" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand retire-grant" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand retire-grant" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand retire-grant" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand retire-grant" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand retire-grant" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand retire-grant" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand retire-grant" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand retire-grant" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand retire-grant" -l dry-run -d 'Check the request as if it ran, then answer DryRunOperationException'
complete -c kms-local -n "__fish_kms_local_using_subcommand retire-grant" -l no-dry-run -d 'Run the request (the default)'
complete -c kms-local -n "__fish_kms_local_using_subcommand retire-grant" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand retire-grant" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand retire-grant" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand retire-grant" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand retire-grant" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand retire-grant" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand retire-grant" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand revoke-grant" -l key-id -d 'The key: key id or key ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand revoke-grant" -l grant-id -d 'The grant\'s id' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand revoke-grant" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand revoke-grant" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand revoke-grant" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand revoke-grant" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand revoke-grant" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand revoke-grant" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand revoke-grant" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand revoke-grant" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand revoke-grant" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand revoke-grant" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand revoke-grant" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand revoke-grant" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand revoke-grant" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand revoke-grant" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand revoke-grant" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand revoke-grant" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand revoke-grant" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand revoke-grant" -l dry-run -d 'Check the request as if it ran, then answer DryRunOperationException'
complete -c kms-local -n "__fish_kms_local_using_subcommand revoke-grant" -l no-dry-run -d 'Run the request (the default)'
complete -c kms-local -n "__fish_kms_local_using_subcommand revoke-grant" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand revoke-grant" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand revoke-grant" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand revoke-grant" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand revoke-grant" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand revoke-grant" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand revoke-grant" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-policy" -l key-id -d 'The key: key id or key ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-policy" -l policy-name -d 'default (the only one a key has here)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-policy" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-policy" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-policy" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-policy" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-policy" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-policy" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-policy" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-policy" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-policy" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-policy" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-policy" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-policy" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-policy" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-policy" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-policy" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-policy" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-policy" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-policy" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-policy" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-policy" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-policy" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-policy" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-policy" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand get-key-policy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand put-key-policy" -l key-id -d 'The key: key id or key ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand put-key-policy" -l policy-name -d 'default (the only one a key has here)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand put-key-policy" -l policy -d 'The policy document: JSON inline, file://PATH or -' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand put-key-policy" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand put-key-policy" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand put-key-policy" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand put-key-policy" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand put-key-policy" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand put-key-policy" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand put-key-policy" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand put-key-policy" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand put-key-policy" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand put-key-policy" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand put-key-policy" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand put-key-policy" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand put-key-policy" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand put-key-policy" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand put-key-policy" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand put-key-policy" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand put-key-policy" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand put-key-policy" -l bypass-policy-lockout-safety-check -d 'Skip the check that the policy still lets the caller change it'
complete -c kms-local -n "__fish_kms_local_using_subcommand put-key-policy" -l no-bypass-policy-lockout-safety-check -d 'Keep the lockout safety check (the default)'
complete -c kms-local -n "__fish_kms_local_using_subcommand put-key-policy" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand put-key-policy" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand put-key-policy" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand put-key-policy" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand put-key-policy" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand put-key-policy" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand put-key-policy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-policies" -l key-id -d 'The key: key id or key ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-policies" -l limit -d 'Return at most this many items and a NextMarker for the rest (turns off automatic pagination, as in the aws CLI)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-policies" -l marker -d 'Continue from the NextMarker of an earlier call (turns off automatic pagination)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-policies" -l max-items -d 'Print at most this many items, and a NextToken to resume from if more remain' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-policies" -l starting-token -d 'Resume from the NextToken an earlier --max-items printed' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-policies" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-policies" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-policies" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-policies" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-policies" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-policies" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-policies" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-policies" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-policies" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-policies" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-policies" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-policies" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-policies" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-policies" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-policies" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-policies" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-policies" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-policies" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-policies" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-policies" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-policies" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-policies" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-policies" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-key-policies" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand replicate-key" -l key-id -d 'The primary key: key id (mrk-…) or key ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand replicate-key" -l replica-region -d 'The Region of the replica, other than the primary\'s and its replicas\'' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand replicate-key" -l description -d 'A description of the replica (0 to 8192 characters)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand replicate-key" -l tags -d 'Tags of the replica: `TagKey=k,TagValue=v` each, or a JSON list' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand replicate-key" -l policy -d 'The replica\'s key policy: JSON inline, file://PATH or - [default: the default key policy]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand replicate-key" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand replicate-key" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand replicate-key" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand replicate-key" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand replicate-key" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand replicate-key" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand replicate-key" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand replicate-key" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand replicate-key" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand replicate-key" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand replicate-key" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand replicate-key" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand replicate-key" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand replicate-key" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand replicate-key" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand replicate-key" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand replicate-key" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand replicate-key" -l bypass-policy-lockout-safety-check -d 'Skip the check that the policy still lets the caller change it'
complete -c kms-local -n "__fish_kms_local_using_subcommand replicate-key" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand replicate-key" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand replicate-key" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand replicate-key" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand replicate-key" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand replicate-key" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand replicate-key" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand update-primary-region" -l key-id -d 'The current primary key: key id (mrk-…) or key ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-primary-region" -l primary-region -d 'The Region of the replica to make the primary' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-primary-region" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-primary-region" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-primary-region" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand update-primary-region" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand update-primary-region" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand update-primary-region" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand update-primary-region" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-primary-region" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-primary-region" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-primary-region" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand update-primary-region" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-primary-region" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-primary-region" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-primary-region" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-primary-region" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand update-primary-region" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-primary-region" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand update-primary-region" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand update-primary-region" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand update-primary-region" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand update-primary-region" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand update-primary-region" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand update-primary-region" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand update-primary-region" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand get-parameters-for-import" -l key-id -d 'The key of imported material (Origin EXTERNAL): key id or key ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-parameters-for-import" -l wrapping-algorithm -d 'RSAES_OAEP_SHA_1, RSAES_OAEP_SHA_256, RSA_AES_KEY_WRAP_SHA_1, RSA_AES_KEY_WRAP_SHA_256 or SM2PKE' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-parameters-for-import" -l wrapping-key-spec -d 'RSA_2048, RSA_3072, RSA_4096 or SM2' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-parameters-for-import" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-parameters-for-import" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-parameters-for-import" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand get-parameters-for-import" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand get-parameters-for-import" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand get-parameters-for-import" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand get-parameters-for-import" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-parameters-for-import" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-parameters-for-import" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-parameters-for-import" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand get-parameters-for-import" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-parameters-for-import" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-parameters-for-import" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-parameters-for-import" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-parameters-for-import" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand get-parameters-for-import" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-parameters-for-import" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-parameters-for-import" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand get-parameters-for-import" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand get-parameters-for-import" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand get-parameters-for-import" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand get-parameters-for-import" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand get-parameters-for-import" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand get-parameters-for-import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand import-key-material" -l key-id -d 'The key the import token was made for: key id or key ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand import-key-material" -l import-token -d 'The import token: base64, fileb://PATH, file://PATH or -' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand import-key-material" -l encrypted-key-material -d 'The wrapped key material: base64, fileb://PATH, file://PATH or -' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand import-key-material" -l valid-to -d 'When the material expires: RFC 3339 or epoch seconds (with KEY_MATERIAL_EXPIRES)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand import-key-material" -l expiration-model -d 'KEY_MATERIAL_EXPIRES (the default) or KEY_MATERIAL_DOES_NOT_EXPIRE' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand import-key-material" -l import-type -d 'NEW_KEY_MATERIAL or EXISTING_KEY_MATERIAL (symmetric keys)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand import-key-material" -l key-material-description -d 'A description of this material (symmetric keys)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand import-key-material" -l key-material-id -d 'The id of material imported before (symmetric keys, with EXISTING_KEY_MATERIAL)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand import-key-material" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand import-key-material" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand import-key-material" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand import-key-material" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand import-key-material" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand import-key-material" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand import-key-material" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand import-key-material" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand import-key-material" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand import-key-material" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand import-key-material" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand import-key-material" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand import-key-material" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand import-key-material" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand import-key-material" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand import-key-material" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand import-key-material" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand import-key-material" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand import-key-material" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand import-key-material" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand import-key-material" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand import-key-material" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand import-key-material" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand import-key-material" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-imported-key-material" -l key-id -d 'The key of imported material: key id or key ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-imported-key-material" -l key-material-id -d 'The material to delete [default: the current one]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-imported-key-material" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-imported-key-material" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-imported-key-material" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-imported-key-material" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-imported-key-material" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-imported-key-material" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-imported-key-material" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-imported-key-material" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-imported-key-material" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-imported-key-material" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-imported-key-material" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-imported-key-material" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-imported-key-material" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-imported-key-material" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-imported-key-material" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-imported-key-material" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-imported-key-material" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-imported-key-material" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-imported-key-material" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-imported-key-material" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-imported-key-material" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-imported-key-material" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-imported-key-material" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-imported-key-material" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l key-id -d 'The KMS key: key id, key ARN, alias/NAME or alias ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l number-of-bytes -d 'Length of the data key in bytes (1 to 1024)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l key-spec -d 'AES_256 (32 bytes) or AES_128 (16 bytes)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l encryption-context -d 'Encryption context: `k=v,k2=v2` or JSON `{"k":"v"}`, or file://PATH' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l grant-tokens -d 'Grant tokens (checked and accepted: grants are effective as soon as they are made)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l dry-run -d 'Check the request as if it ran, then answer DryRunOperationException'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l no-dry-run -d 'Run the request (the default)'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-without-plaintext" -l key-id -d 'The KMS key: key id, key ARN, alias/NAME or alias ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-without-plaintext" -l number-of-bytes -d 'Length of the data key in bytes (1 to 1024)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-without-plaintext" -l key-spec -d 'AES_256 (32 bytes) or AES_128 (16 bytes)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-without-plaintext" -l encryption-context -d 'Encryption context: `k=v,k2=v2` or JSON `{"k":"v"}`, or file://PATH' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-without-plaintext" -l grant-tokens -d 'Grant tokens (checked and accepted: grants are effective as soon as they are made)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-without-plaintext" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-without-plaintext" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-without-plaintext" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-without-plaintext" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-without-plaintext" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-without-plaintext" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-without-plaintext" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-without-plaintext" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-without-plaintext" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-without-plaintext" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-without-plaintext" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-without-plaintext" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-without-plaintext" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-without-plaintext" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-without-plaintext" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-without-plaintext" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-without-plaintext" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-without-plaintext" -l dry-run -d 'Check the request as if it ran, then answer DryRunOperationException'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-without-plaintext" -l no-dry-run -d 'Run the request (the default)'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-without-plaintext" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-without-plaintext" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-without-plaintext" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-without-plaintext" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-without-plaintext" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-without-plaintext" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-without-plaintext" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair" -l key-id -d 'The symmetric encryption KMS key: key id, key ARN, alias/NAME or alias ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair" -l key-pair-spec -d 'RSA_2048/3072/4096, ECC_NIST_P256/P384/P521, ECC_SECG_P256K1, ECC_NIST_EDWARDS25519, ML_KEM_512/768/1024 or SM2' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair" -l encryption-context -d 'Encryption context: `k=v,k2=v2` or JSON `{"k":"v"}`, or file://PATH' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair" -l grant-tokens -d 'Grant tokens (checked and accepted: grants are effective as soon as they are made)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair" -l dry-run -d 'Check the request as if it ran, then answer DryRunOperationException'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair" -l no-dry-run -d 'Run the request (the default)'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair-without-plaintext" -l key-id -d 'The symmetric encryption KMS key: key id, key ARN, alias/NAME or alias ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair-without-plaintext" -l key-pair-spec -d 'RSA_2048/3072/4096, ECC_NIST_P256/P384/P521, ECC_SECG_P256K1, ECC_NIST_EDWARDS25519, ML_KEM_512/768/1024 or SM2' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair-without-plaintext" -l encryption-context -d 'Encryption context: `k=v,k2=v2` or JSON `{"k":"v"}`, or file://PATH' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair-without-plaintext" -l grant-tokens -d 'Grant tokens (checked and accepted: grants are effective as soon as they are made)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair-without-plaintext" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair-without-plaintext" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair-without-plaintext" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair-without-plaintext" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair-without-plaintext" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair-without-plaintext" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair-without-plaintext" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair-without-plaintext" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair-without-plaintext" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair-without-plaintext" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair-without-plaintext" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair-without-plaintext" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair-without-plaintext" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair-without-plaintext" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair-without-plaintext" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair-without-plaintext" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair-without-plaintext" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair-without-plaintext" -l dry-run -d 'Check the request as if it ran, then answer DryRunOperationException'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair-without-plaintext" -l no-dry-run -d 'Run the request (the default)'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair-without-plaintext" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair-without-plaintext" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair-without-plaintext" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair-without-plaintext" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair-without-plaintext" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair-without-plaintext" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key-pair-without-plaintext" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand encrypt" -l key-id -d 'The KMS key: key id, key ARN, alias/NAME or alias ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand encrypt" -l plaintext -d 'The plaintext: base64, fileb://PATH (raw bytes), file://PATH (base64) or - (base64 on stdin)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand encrypt" -l encryption-context -d 'Encryption context: `k=v,k2=v2` or JSON `{"k":"v"}`, or file://PATH' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand encrypt" -l encryption-algorithm -d 'SYMMETRIC_DEFAULT (the default: a symmetric key), or RSAES_OAEP_SHA_1, RSAES_OAEP_SHA_256 (RSA keys) or SM2PKE (SM2 keys)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand encrypt" -l grant-tokens -d 'Grant tokens (checked and accepted: grants are effective as soon as they are made)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand encrypt" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand encrypt" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand encrypt" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand encrypt" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand encrypt" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand encrypt" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand encrypt" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand encrypt" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand encrypt" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand encrypt" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand encrypt" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand encrypt" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand encrypt" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand encrypt" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand encrypt" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand encrypt" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand encrypt" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand encrypt" -l dry-run -d 'Check the request as if it ran, then answer DryRunOperationException'
complete -c kms-local -n "__fish_kms_local_using_subcommand encrypt" -l no-dry-run -d 'Run the request (the default)'
complete -c kms-local -n "__fish_kms_local_using_subcommand encrypt" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand encrypt" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand encrypt" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand encrypt" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand encrypt" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand encrypt" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand encrypt" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l ciphertext-blob -d 'The ciphertext: base64, fileb://PATH (raw bytes), file://PATH (base64) or - (base64 on stdin)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l encryption-context -d 'The encryption context the ciphertext was made with' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l key-id -d 'The key that must have made the ciphertext (key id, key ARN, alias/NAME or alias ARN)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l encryption-algorithm -d 'SYMMETRIC_DEFAULT (the default: a symmetric key), or RSAES_OAEP_SHA_1, RSAES_OAEP_SHA_256 (RSA keys) or SM2PKE (SM2 keys)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l grant-tokens -d 'Grant tokens (checked and accepted: grants are effective as soon as they are made)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l dry-run -d 'Check the request as if it ran, then answer DryRunOperationException'
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l no-dry-run -d 'Run the request (the default)'
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l ciphertext-blob -d 'The ciphertext: base64, fileb://PATH (raw bytes), file://PATH (base64) or - (base64 on stdin)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l destination-key-id -d 'The key to encrypt under: key id, key ARN, alias/NAME or alias ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l source-encryption-context -d 'The encryption context the ciphertext was made with' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l destination-encryption-context -d 'The encryption context for the new ciphertext' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l source-key-id -d 'The key that must have made the ciphertext (required for an RSA or SM2 ciphertext)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l source-encryption-algorithm -d 'The algorithm the ciphertext was made with (SYMMETRIC_DEFAULT by default)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l destination-encryption-algorithm -d 'The algorithm to encrypt with (SYMMETRIC_DEFAULT by default)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l grant-tokens -d 'Grant tokens (checked and accepted: grants are effective as soon as they are made)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l dry-run -d 'Check the request as if it ran, then answer DryRunOperationException'
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l no-dry-run -d 'Run the request (the default)'
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand sign" -l key-id -d 'The KMS key: key id, key ARN, alias/NAME or alias ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand sign" -l message -d 'The message (up to 4096 bytes) or digest: base64, fileb://PATH, file://PATH or -' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand sign" -l message-type -d 'RAW (the default), DIGEST, or EXTERNAL_MU (ML-DSA\'s 64-byte μ)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand sign" -l signing-algorithm -d 'One of the key\'s SigningAlgorithms, e.g. ECDSA_SHA_256' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand sign" -l grant-tokens -d 'Grant tokens (checked and accepted: grants are effective as soon as they are made)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand sign" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand sign" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand sign" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand sign" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand sign" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand sign" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand sign" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand sign" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand sign" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand sign" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand sign" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand sign" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand sign" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand sign" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand sign" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand sign" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand sign" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand sign" -l dry-run -d 'Check the request as if it ran, then answer DryRunOperationException'
complete -c kms-local -n "__fish_kms_local_using_subcommand sign" -l no-dry-run -d 'Run the request (the default)'
complete -c kms-local -n "__fish_kms_local_using_subcommand sign" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand sign" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand sign" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand sign" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand sign" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand sign" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand sign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand verify" -l key-id -d 'The KMS key: key id, key ARN, alias/NAME or alias ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand verify" -l message -d 'The message or digest that was signed' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand verify" -l message-type -d 'RAW (the default), DIGEST or EXTERNAL_MU' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand verify" -l signature -d 'The signature: base64, fileb://PATH, file://PATH or -' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand verify" -l signing-algorithm -d 'The algorithm the signature was made with' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand verify" -l grant-tokens -d 'Grant tokens (checked and accepted: grants are effective as soon as they are made)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand verify" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand verify" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand verify" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand verify" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand verify" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand verify" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand verify" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand verify" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand verify" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand verify" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand verify" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand verify" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand verify" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand verify" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand verify" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand verify" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand verify" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand verify" -l dry-run -d 'Check the request as if it ran, then answer DryRunOperationException'
complete -c kms-local -n "__fish_kms_local_using_subcommand verify" -l no-dry-run -d 'Run the request (the default)'
complete -c kms-local -n "__fish_kms_local_using_subcommand verify" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand verify" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand verify" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand verify" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand verify" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand verify" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand get-public-key" -l key-id -d 'The KMS key: key id, key ARN, alias/NAME or alias ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-public-key" -l grant-tokens -d 'Grant tokens (checked and accepted: grants are effective as soon as they are made)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-public-key" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-public-key" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-public-key" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand get-public-key" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand get-public-key" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand get-public-key" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand get-public-key" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-public-key" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-public-key" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-public-key" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand get-public-key" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-public-key" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-public-key" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-public-key" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-public-key" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand get-public-key" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-public-key" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand get-public-key" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand get-public-key" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand get-public-key" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand get-public-key" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand get-public-key" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand get-public-key" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand get-public-key" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-mac" -l message -d 'The message (up to 4096 bytes): base64, fileb://PATH, file://PATH or -' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-mac" -l key-id -d 'The HMAC KMS key: key id, key ARN, alias/NAME or alias ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-mac" -l mac-algorithm -d 'The key\'s MAC algorithm: HMAC_SHA_224, HMAC_SHA_256, HMAC_SHA_384 or HMAC_SHA_512' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-mac" -l grant-tokens -d 'Grant tokens (checked and accepted: grants are effective as soon as they are made)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-mac" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-mac" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-mac" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-mac" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-mac" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-mac" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-mac" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-mac" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-mac" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-mac" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-mac" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-mac" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-mac" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-mac" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-mac" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-mac" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-mac" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-mac" -l dry-run -d 'Check the request as if it ran, then answer DryRunOperationException'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-mac" -l no-dry-run -d 'Run the request (the default)'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-mac" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-mac" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-mac" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-mac" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-mac" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-mac" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-mac" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand verify-mac" -l message -d 'The message: base64, fileb://PATH, file://PATH or -' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand verify-mac" -l key-id -d 'The HMAC KMS key: key id, key ARN, alias/NAME or alias ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand verify-mac" -l mac-algorithm -d 'The algorithm the MAC was made with' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand verify-mac" -l mac -d 'The MAC to check: base64, fileb://PATH, file://PATH or -' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand verify-mac" -l grant-tokens -d 'Grant tokens (checked and accepted: grants are effective as soon as they are made)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand verify-mac" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand verify-mac" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand verify-mac" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand verify-mac" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand verify-mac" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand verify-mac" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand verify-mac" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand verify-mac" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand verify-mac" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand verify-mac" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand verify-mac" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand verify-mac" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand verify-mac" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand verify-mac" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand verify-mac" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand verify-mac" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand verify-mac" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand verify-mac" -l dry-run -d 'Check the request as if it ran, then answer DryRunOperationException'
complete -c kms-local -n "__fish_kms_local_using_subcommand verify-mac" -l no-dry-run -d 'Run the request (the default)'
complete -c kms-local -n "__fish_kms_local_using_subcommand verify-mac" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand verify-mac" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand verify-mac" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand verify-mac" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand verify-mac" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand verify-mac" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand verify-mac" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand derive-shared-secret" -l key-id -d 'The KEY_AGREEMENT KMS key: key id, key ARN, alias/NAME or alias ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand derive-shared-secret" -l key-agreement-algorithm -d 'ECDH, the only key agreement algorithm' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand derive-shared-secret" -l public-key -d 'The peer\'s public key, DER SubjectPublicKeyInfo on the KMS key\'s curve: base64, fileb://PATH, file://PATH or -' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand derive-shared-secret" -l grant-tokens -d 'Grant tokens (checked and accepted: grants are effective as soon as they are made)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand derive-shared-secret" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand derive-shared-secret" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand derive-shared-secret" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand derive-shared-secret" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand derive-shared-secret" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand derive-shared-secret" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand derive-shared-secret" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand derive-shared-secret" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand derive-shared-secret" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand derive-shared-secret" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand derive-shared-secret" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand derive-shared-secret" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand derive-shared-secret" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand derive-shared-secret" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand derive-shared-secret" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand derive-shared-secret" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand derive-shared-secret" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand derive-shared-secret" -l dry-run -d 'Check the request as if it ran, then answer DryRunOperationException'
complete -c kms-local -n "__fish_kms_local_using_subcommand derive-shared-secret" -l no-dry-run -d 'Run the request (the default)'
complete -c kms-local -n "__fish_kms_local_using_subcommand derive-shared-secret" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand derive-shared-secret" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand derive-shared-secret" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand derive-shared-secret" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand derive-shared-secret" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand derive-shared-secret" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand derive-shared-secret" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand encapsulate" -l key-id -d 'The ENCAPSULATE_DECAPSULATE KMS key: key id, key ARN, alias/NAME or alias ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand encapsulate" -l encapsulation-algorithm -d 'ML_KEM, the only encapsulation algorithm' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand encapsulate" -l grant-tokens -d 'Grant tokens (checked and accepted: grants are effective as soon as they are made)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand encapsulate" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand encapsulate" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand encapsulate" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand encapsulate" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand encapsulate" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand encapsulate" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand encapsulate" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand encapsulate" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand encapsulate" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand encapsulate" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand encapsulate" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand encapsulate" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand encapsulate" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand encapsulate" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand encapsulate" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand encapsulate" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand encapsulate" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand encapsulate" -l dry-run -d 'Check the request as if it ran, then answer DryRunOperationException'
complete -c kms-local -n "__fish_kms_local_using_subcommand encapsulate" -l no-dry-run -d 'Run the request (the default)'
complete -c kms-local -n "__fish_kms_local_using_subcommand encapsulate" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand encapsulate" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand encapsulate" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand encapsulate" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand encapsulate" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand encapsulate" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand encapsulate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand decapsulate" -l key-id -d 'The ENCAPSULATE_DECAPSULATE KMS key: key id, key ARN, alias/NAME or alias ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand decapsulate" -l shared-secret-ciphertext-blob -d 'The ciphertext Encapsulate made: base64, fileb://PATH, file://PATH or -' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand decapsulate" -l encapsulation-algorithm -d 'ML_KEM, the only encapsulation algorithm' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand decapsulate" -l grant-tokens -d 'Grant tokens (checked and accepted: grants are effective as soon as they are made)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand decapsulate" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand decapsulate" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand decapsulate" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand decapsulate" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand decapsulate" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand decapsulate" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand decapsulate" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand decapsulate" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand decapsulate" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand decapsulate" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand decapsulate" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand decapsulate" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand decapsulate" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand decapsulate" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand decapsulate" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand decapsulate" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand decapsulate" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand decapsulate" -l dry-run -d 'Check the request as if it ran, then answer DryRunOperationException'
complete -c kms-local -n "__fish_kms_local_using_subcommand decapsulate" -l no-dry-run -d 'Run the request (the default)'
complete -c kms-local -n "__fish_kms_local_using_subcommand decapsulate" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand decapsulate" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand decapsulate" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand decapsulate" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand decapsulate" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand decapsulate" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand decapsulate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-random" -l number-of-bytes -d 'How many bytes, 1 to 1024' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-random" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-random" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-random" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-random" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-random" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-random" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-random" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-random" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-random" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-random" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-random" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-random" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-random" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-random" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-random" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-random" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-random" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-random" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-random" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-random" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-random" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-random" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-random" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-random" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-ciphertext" -l ciphertext-blob -d 'The ciphertext: base64, fileb://PATH (raw bytes), file://PATH (base64) or - (base64 on stdin)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-ciphertext" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-ciphertext" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-ciphertext" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-ciphertext" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-ciphertext" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-ciphertext" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-ciphertext" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-ciphertext" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-ciphertext" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-ciphertext" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-ciphertext" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-ciphertext" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-ciphertext" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-ciphertext" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-ciphertext" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-ciphertext" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-ciphertext" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-ciphertext" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-ciphertext" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-ciphertext" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-ciphertext" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-ciphertext" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-ciphertext" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand describe-ciphertext" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand export-keys" -l key-ids -d 'The keys to export (key id, key ARN, alias/NAME or alias ARN) [default: all]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand export-keys" -l file -d 'The key bundle' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand export-keys" -l bundle-key-file -d 'A key file (base64 of 32 bytes) sealing the bundle; export-keys creates it (mode 0600) if it is missing [default: KMS_LOCAL_BUNDLE_KEY, else a passphrase]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand export-keys" -l bundle-passphrase-file -d 'Read the bundle\'s passphrase from here [default: KMS_LOCAL_BUNDLE_PASSPHRASE, else a terminal prompt]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand export-keys" -l cli-input-json -d 'The request as JSON (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand export-keys" -l cli-input-yaml -d 'The request as YAML (the API\'s field names), inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand export-keys" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand export-keys" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand export-keys" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand export-keys" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand export-keys" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand export-keys" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand export-keys" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand export-keys" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand export-keys" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand export-keys" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand export-keys" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand export-keys" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand export-keys" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand export-keys" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand export-keys" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand export-keys" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand export-keys" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand export-keys" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand export-keys" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand export-keys" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand export-keys" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand export-keys" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand import-keys" -l file -d 'The key bundle' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand import-keys" -l bundle-key-file -d 'A key file (base64 of 32 bytes) sealing the bundle; export-keys creates it (mode 0600) if it is missing [default: KMS_LOCAL_BUNDLE_KEY, else a passphrase]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand import-keys" -l bundle-passphrase-file -d 'Read the bundle\'s passphrase from here [default: KMS_LOCAL_BUNDLE_PASSPHRASE, else a terminal prompt]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand import-keys" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand import-keys" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand import-keys" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand import-keys" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand import-keys" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand import-keys" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand import-keys" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand import-keys" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand import-keys" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand import-keys" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand import-keys" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand import-keys" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand import-keys" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand import-keys" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand import-keys" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand import-keys" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand import-keys" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand import-keys" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand import-keys" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand import-keys" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand import-keys" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand import-keys" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and not __fish_seen_subcommand_from settings verify backup restore rekey help" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and not __fish_seen_subcommand_from settings verify backup restore rekey help" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and not __fish_seen_subcommand_from settings verify backup restore rekey help" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and not __fish_seen_subcommand_from settings verify backup restore rekey help" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and not __fish_seen_subcommand_from settings verify backup restore rekey help" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and not __fish_seen_subcommand_from settings verify backup restore rekey help" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and not __fish_seen_subcommand_from settings verify backup restore rekey help" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and not __fish_seen_subcommand_from settings verify backup restore rekey help" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and not __fish_seen_subcommand_from settings verify backup restore rekey help" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and not __fish_seen_subcommand_from settings verify backup restore rekey help" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and not __fish_seen_subcommand_from settings verify backup restore rekey help" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and not __fish_seen_subcommand_from settings verify backup restore rekey help" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and not __fish_seen_subcommand_from settings verify backup restore rekey help" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and not __fish_seen_subcommand_from settings verify backup restore rekey help" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and not __fish_seen_subcommand_from settings verify backup restore rekey help" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and not __fish_seen_subcommand_from settings verify backup restore rekey help" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and not __fish_seen_subcommand_from settings verify backup restore rekey help" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and not __fish_seen_subcommand_from settings verify backup restore rekey help" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and not __fish_seen_subcommand_from settings verify backup restore rekey help" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and not __fish_seen_subcommand_from settings verify backup restore rekey help" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and not __fish_seen_subcommand_from settings verify backup restore rekey help" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and not __fish_seen_subcommand_from settings verify backup restore rekey help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and not __fish_seen_subcommand_from settings verify backup restore rekey help" -f -a "settings" -d 'Show the keystore\'s region, account, domain-key schedule and audit log settings, or change them'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and not __fish_seen_subcommand_from settings verify backup restore rekey help" -f -a "verify" -d 'Open the keystore and check that every key token unwraps and every alias names a key'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and not __fish_seen_subcommand_from settings verify backup restore rekey help" -f -a "backup" -d 'Copy the keystore, after it authenticates, to a new file'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and not __fish_seen_subcommand_from settings verify backup restore rekey help" -f -a "restore" -d 'Put an older copy of the keystore (a backup) in place, on purpose, and log it'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and not __fish_seen_subcommand_from settings verify backup restore rekey help" -f -a "rekey" -d 'Seal the keystore under a new master key or passphrase'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and not __fish_seen_subcommand_from settings verify backup restore rekey help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from settings" -l domain-key-rotation-period-in-days -d 'Days between automatic domain-key rotations, 1 to 365 (default 1, as AWS)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from settings" -l audit-segment-max-bytes -d 'Close the audit log as a segment at this size, 1024 to 2^40 bytes (default 64 MiB)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from settings" -l audit-segment-max-age-days -d 'Close the audit log as a segment when its first entry is this old, 1 to 3650 days (default 7)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from settings" -l audit-retention-days -d 'Remove audit log segments whose newest entry is this old, 1 to 36500 days; 0 keeps all (default)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from settings" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from settings" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from settings" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from settings" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from settings" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from settings" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from settings" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from settings" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from settings" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from settings" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from settings" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from settings" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from settings" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from settings" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from settings" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from settings" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from settings" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from settings" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from settings" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from settings" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from settings" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from settings" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from verify" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from verify" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from verify" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from verify" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from verify" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from verify" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from verify" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from verify" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from verify" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from verify" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from verify" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from verify" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from verify" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from verify" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from verify" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from verify" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from verify" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from verify" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from verify" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from verify" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from verify" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from backup" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from backup" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from backup" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from backup" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from backup" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from backup" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from backup" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from backup" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from backup" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from backup" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from backup" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from backup" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from backup" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from backup" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from backup" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from backup" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from backup" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from backup" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from backup" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from backup" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from backup" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from backup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from restore" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from restore" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from restore" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from restore" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from restore" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from restore" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from restore" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from restore" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from restore" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from restore" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from restore" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from restore" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from restore" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from restore" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from restore" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from restore" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from restore" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from restore" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from restore" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from restore" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from restore" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from rekey" -l new-master-key-file -d 'Write a new random master key to this new file (mode 0600; an existing file is an error)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from rekey" -l new-passphrase-file -d 'Seal under the passphrase in this file (a passphrase is never taken from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from rekey" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from rekey" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from rekey" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from rekey" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from rekey" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from rekey" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from rekey" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from rekey" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from rekey" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from rekey" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from rekey" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from rekey" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from rekey" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from rekey" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from rekey" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from rekey" -l new-master-key-from-env -d 'Seal under the master key in KMS_LOCAL_NEW_MASTER_KEY (base64 of 32 bytes)'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from rekey" -l new-passphrase -d 'Seal under a passphrase: KMS_LOCAL_NEW_PASSPHRASE, else asked twice on the terminal'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from rekey" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from rekey" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from rekey" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from rekey" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from rekey" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from rekey" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from rekey" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from help" -f -a "settings" -d 'Show the keystore\'s region, account, domain-key schedule and audit log settings, or change them'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Open the keystore and check that every key token unwraps and every alias names a key'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from help" -f -a "backup" -d 'Copy the keystore, after it authenticates, to a new file'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Put an older copy of the keystore (a backup) in place, on purpose, and log it'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from help" -f -a "rekey" -d 'Seal the keystore under a new master key or passphrase'
complete -c kms-local -n "__fish_kms_local_using_subcommand keystore; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and not __fish_seen_subcommand_from verify reset help" -l key-id -d 'Only entries about this key (key id or key ARN)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and not __fish_seen_subcommand_from verify reset help" -l since -d 'Only entries at or after this time (RFC 3339)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and not __fish_seen_subcommand_from verify reset help" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and not __fish_seen_subcommand_from verify reset help" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and not __fish_seen_subcommand_from verify reset help" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and not __fish_seen_subcommand_from verify reset help" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and not __fish_seen_subcommand_from verify reset help" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and not __fish_seen_subcommand_from verify reset help" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and not __fish_seen_subcommand_from verify reset help" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and not __fish_seen_subcommand_from verify reset help" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and not __fish_seen_subcommand_from verify reset help" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and not __fish_seen_subcommand_from verify reset help" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and not __fish_seen_subcommand_from verify reset help" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and not __fish_seen_subcommand_from verify reset help" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and not __fish_seen_subcommand_from verify reset help" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and not __fish_seen_subcommand_from verify reset help" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and not __fish_seen_subcommand_from verify reset help" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and not __fish_seen_subcommand_from verify reset help" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and not __fish_seen_subcommand_from verify reset help" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and not __fish_seen_subcommand_from verify reset help" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and not __fish_seen_subcommand_from verify reset help" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and not __fish_seen_subcommand_from verify reset help" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and not __fish_seen_subcommand_from verify reset help" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and not __fish_seen_subcommand_from verify reset help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and not __fish_seen_subcommand_from verify reset help" -f -a "verify" -d 'Check every entry\'s HMAC and its link to the one before; exits 253 at the first broken one'
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and not __fish_seen_subcommand_from verify reset help" -f -a "reset" -d 'Set the log aside and start a new chain'
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and not __fish_seen_subcommand_from verify reset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from verify" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from verify" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from verify" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from verify" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from verify" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from verify" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from verify" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from verify" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from verify" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from verify" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from verify" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from verify" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from verify" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from verify" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from verify" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from verify" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from verify" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from verify" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from verify" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from verify" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from verify" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from reset" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from reset" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from reset" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from reset" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from reset" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from reset" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from reset" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from reset" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from reset" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from reset" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from reset" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from reset" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from reset" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from reset" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from reset" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from reset" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from reset" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from reset" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from reset" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from reset" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from reset" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check every entry\'s HMAC and its link to the one before; exits 253 at the first broken one'
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Set the log aside and start a new chain'
complete -c kms-local -n "__fish_kms_local_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kms-local -n "__fish_kms_local_using_subcommand batch" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand batch" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand batch" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand batch" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand batch" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand batch" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand batch" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand batch" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand batch" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand batch" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand batch" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand batch" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand batch" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand batch" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand batch" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand batch" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand batch" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand batch" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand batch" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand batch" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand batch" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand batch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand serve" -l listen -d 'Address and port to listen on; port 0 picks a free port' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand serve" -l max-connections -d 'Connections served at once; more are answered with ThrottlingException' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand serve" -l tls-cert -d 'PEM certificate chain to serve HTTPS with, the server\'s certificate first' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand serve" -l tls-key -d 'PEM private key of --tls-cert (PKCS#8, RSA or EC), readable by you alone' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand serve" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand serve" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand serve" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand serve" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand serve" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand serve" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand serve" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand serve" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand serve" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand serve" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand serve" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand serve" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand serve" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand serve" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand serve" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand serve" -l allow-any-credentials -d 'Accept every request without checking its signature (throwaway keystores only)'
complete -c kms-local -n "__fish_kms_local_using_subcommand serve" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand serve" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand serve" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand serve" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand serve" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand serve" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand migrate" -l key-id -d 'The keys to move (key id, key ARN, alias/NAME or alias ARN); one that cannot move fails the run before anything moves' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand migrate" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand migrate" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand migrate" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand migrate" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand migrate" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand migrate" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand migrate" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand migrate" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand migrate" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand migrate" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand migrate" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand migrate" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand migrate" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand migrate" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand migrate" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand migrate" -l all -d 'Move every key of the Region; those that cannot move are named on stderr and left'
complete -c kms-local -n "__fish_kms_local_using_subcommand migrate" -l dry-run -d 'Print the plan and change nothing'
complete -c kms-local -n "__fish_kms_local_using_subcommand migrate" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand migrate" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand migrate" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand migrate" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand migrate" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand migrate" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand migrate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand rewrap" -l ciphertext-blob -d 'The blob: base64, fileb://PATH (raw bytes), file://PATH (base64) or - (base64 on stdin)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rewrap" -l encryption-context -d 'The encryption context the blob was made with' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rewrap" -l destination-key-id -d 'The destination key for every blob [default: the key each blob\'s key became with migrate]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rewrap" -l outfile -d 'Also write the new blob\'s raw bytes to this file' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand rewrap" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand rewrap" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand rewrap" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand rewrap" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand rewrap" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rewrap" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rewrap" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rewrap" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand rewrap" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rewrap" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rewrap" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rewrap" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rewrap" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand rewrap" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rewrap" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rewrap" -l batch -d 'Read blobs as JSON lines on stdin and write one line each to stdout'
complete -c kms-local -n "__fish_kms_local_using_subcommand rewrap" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand rewrap" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand rewrap" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand rewrap" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand rewrap" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand rewrap" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand rewrap" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand create-access-key" -l account-id -d 'The account (12 digits) the key\'s requests act in [default: the keystore\'s]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-access-key" -l user-name -d 'The IAM user the key\'s requests act as [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-access-key" -l role-name -d 'The IAM role the key\'s requests act as (a session of it)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-access-key" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand create-access-key" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand create-access-key" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand create-access-key" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand create-access-key" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-access-key" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-access-key" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-access-key" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand create-access-key" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-access-key" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-access-key" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-access-key" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-access-key" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand create-access-key" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-access-key" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-access-key" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand create-access-key" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand create-access-key" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand create-access-key" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand create-access-key" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand create-access-key" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand create-access-key" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-access-keys" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand list-access-keys" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand list-access-keys" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand list-access-keys" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand list-access-keys" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-access-keys" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-access-keys" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-access-keys" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand list-access-keys" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-access-keys" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-access-keys" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-access-keys" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-access-keys" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand list-access-keys" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-access-keys" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand list-access-keys" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-access-keys" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-access-keys" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-access-keys" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-access-keys" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-access-keys" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand list-access-keys" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-access-key" -l access-key-id -d 'The access key\'s id (AKIA…)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-access-key" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-access-key" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-access-key" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-access-key" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-access-key" -l query -d 'A JMESPath expression applied to the response, as with the aws CLI' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-access-key" -l principal -d 'Act as this principal (an IAM user or role ARN, or an account\'s root), whose access key policies decide [default: the account\'s root]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-access-key" -l region -d 'The Region to act in, and a new keystore\'s home [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the keystore\'s home (us-east-1 for a new one)]' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-access-key" -l cli-binary-format -d 'How blob arguments given as text are read: base64 (the default) or raw-in-base64-out' -r -f -a "base64\t'A blob argument is base64 (the aws CLI v2\'s default)'
raw-in-base64-out\t'A blob argument given as text is its raw bytes; output stays base64'"
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-access-key" -l page-size -d 'Fetch List pages of this many items (the output is the same)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-access-key" -l profile -d 'migrate and rewrap: the profile of the destination\'s credentials and settings [default: $AWS_PROFILE, else default]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-access-key" -l endpoint-url -d 'migrate and rewrap: the destination KMS\'s URL [default: AWS KMS in the Region]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-access-key" -l ca-bundle -d 'migrate and rewrap: certificates (PEM) to trust beside the system\'s, for the destination [default: $AWS_CA_BUNDLE]; other commands ignore it' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-access-key" -l color -d 'Colour a table\'s cells: on, off, or auto (on when stdout is a terminal)' -r -f -a "on\t''
off\t''
auto\t''"
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-access-key" -l cli-read-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-access-key" -l cli-connect-timeout -d 'Accepted and ignored: kms-local makes no network call' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-access-key" -l no-paginate -d 'Print the first page of a List operation as the API returns it'
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-access-key" -l no-verify-ssl -d 'Refused by migrate and rewrap, which send key material; other commands ignore it'
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-access-key" -l no-cli-pager -d 'Accepted and ignored: kms-local never pages its output'
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-access-key" -l cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-access-key" -l no-cli-auto-prompt -d 'Accepted and ignored: kms-local has no interactive prompt'
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-access-key" -l debug -d 'Accepted and ignored: kms-local writes no debug log'
complete -c kms-local -n "__fish_kms_local_using_subcommand delete-access-key" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "init" -d 'Create the keystore (an error if one exists)'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "create-key" -d 'Create a symmetric encryption KMS key'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "describe-key" -d 'Show a KMS key\'s metadata'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "list-keys" -d 'List the keystore\'s KMS keys'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "update-key-description" -d 'Change a KMS key\'s description'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "enable-key" -d 'Enable a KMS key (prints nothing)'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "disable-key" -d 'Disable a KMS key: it refuses cryptographic operations until enabled (prints nothing)'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "schedule-key-deletion" -d 'Schedule a KMS key\'s deletion after 7 to 30 days (default 30)'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "cancel-key-deletion" -d 'Cancel a key\'s scheduled deletion; the key comes back disabled'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "create-alias" -d 'Create a friendly name (alias/NAME) for a KMS key (prints nothing)'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "update-alias" -d 'Point an existing alias at another KMS key (prints nothing)'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "delete-alias" -d 'Delete an alias (the key is untouched)'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "list-aliases" -d 'List aliases, of every key or of one'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "tag-resource" -d 'Add or overwrite tags on a KMS key'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "untag-resource" -d 'Remove tags from a KMS key by their keys'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "list-resource-tags" -d 'List a KMS key\'s tags'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "rotate" -d 'Rotate a key\'s material now, or with --domain the keystore\'s domain key'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "enable-key-rotation" -d 'Turn on automatic rotation of a key\'s material'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "disable-key-rotation" -d 'Turn off automatic rotation of a key\'s material (prints nothing)'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "get-key-rotation-status" -d 'Show whether a key rotates automatically, how often, and when next'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "list-key-rotations" -d 'List a key\'s past rotations, oldest first'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "get-key-last-usage" -d 'Show a key\'s last successful cryptographic operation, from the audit log'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "create-grant" -d 'Let a principal perform some operations with a key'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "list-grants" -d 'List a key\'s grants'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "list-retirable-grants" -d 'List the grants, on any key, that a principal may retire'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "retire-grant" -d 'Retire a grant, by its token or by key ARN and grant id (prints nothing)'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "revoke-grant" -d 'Revoke a grant (prints nothing)'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "get-key-policy" -d 'Show a key\'s key policy, in the layout AWS prints it in'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "put-key-policy" -d 'Replace a key\'s key policy (prints nothing)'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "list-key-policies" -d 'List the names of a key\'s policies: default'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "replicate-key" -d 'Make a replica of a multi-Region primary key in another Region'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "update-primary-region" -d 'Make the replica in another Region the primary key (prints nothing)'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "get-parameters-for-import" -d 'Get a public key to wrap key material with, and its import token'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "import-key-material" -d 'Import key material wrapped under the public key of get-parameters-for-import'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "delete-imported-key-material" -d 'Delete imported key material: the key is PendingImport until it is imported again'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "generate-data-key" -d 'Generate a unique symmetric data key for use outside of KMS'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "generate-data-key-without-plaintext" -d 'Generate a unique symmetric data key, returned only encrypted under a KMS key'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "generate-data-key-pair" -d 'Generate a key pair for use outside KMS, its private key encrypted under a symmetric KMS key'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "generate-data-key-pair-without-plaintext" -d 'Generate a key pair for use outside KMS, its private key returned only encrypted'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "encrypt" -d 'Encrypt up to 4096 bytes under a KMS key'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "decrypt" -d 'Decrypt ciphertext that was encrypted under a KMS key'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "re-encrypt" -d 'Decrypt ciphertext and encrypt it again under a KMS key, inside kms-local'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "sign" -d 'Sign a message or digest with an asymmetric KMS key'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "verify" -d 'Verify a signature made with an asymmetric KMS key'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "get-public-key" -d 'Print the public key of an asymmetric KMS key (DER SubjectPublicKeyInfo)'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "generate-mac" -d 'Make the HMAC of a message with an HMAC KMS key'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "verify-mac" -d 'Verify the HMAC of a message with an HMAC KMS key'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "derive-shared-secret" -d 'Derive a shared secret (ECDH) from a key agreement KMS key and a peer\'s public key'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "encapsulate" -d 'Make a shared secret and its ML-KEM ciphertext with an ML-KEM KMS key\'s public key'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "decapsulate" -d 'Recover the shared secret an ML-KEM ciphertext carries, with an ML-KEM KMS key'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "generate-random" -d 'Get 1 to 1024 random bytes from the operating system\'s random source'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "describe-ciphertext" -d 'Show what a ciphertext blob says about itself, without decrypting it'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "export-keys" -d 'Write keys, with their aliases and every version of their material, to a key bundle'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "import-keys" -d 'Add the keys of a key bundle written by export-keys to this keystore'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "keystore" -d 'Commands about the keystore itself'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "audit" -d 'Print the audit log (one entry per operation), or verify its chain'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "batch" -d 'Run many operations in one process: JSON requests on stdin, one a line'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "serve" -d 'Serve the AWS KMS API (AWS JSON 1.1 over HTTP or HTTPS) for AWS SDKs and the aws CLI'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "migrate" -d 'Move keys to another KMS: AWS KMS, or another kms-local serve'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "rewrap" -d 'Re-encrypt kms-local blobs at another KMS, under the keys theirs became'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "create-access-key" -d 'Create an access key that `serve` accepts signatures from'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "list-access-keys" -d 'List the access keys `serve` accepts, without their secrets'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "delete-access-key" -d 'Delete an access key: requests signed with it are refused from then on'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key describe-key list-keys update-key-description enable-key disable-key schedule-key-deletion cancel-key-deletion create-alias update-alias delete-alias list-aliases tag-resource untag-resource list-resource-tags rotate enable-key-rotation disable-key-rotation get-key-rotation-status list-key-rotations get-key-last-usage create-grant list-grants list-retirable-grants retire-grant revoke-grant get-key-policy put-key-policy list-key-policies replicate-key update-primary-region get-parameters-for-import import-key-material delete-imported-key-material generate-data-key generate-data-key-without-plaintext generate-data-key-pair generate-data-key-pair-without-plaintext encrypt decrypt re-encrypt sign verify get-public-key generate-mac verify-mac derive-shared-secret encapsulate decapsulate generate-random describe-ciphertext export-keys import-keys keystore audit batch serve migrate rewrap create-access-key list-access-keys delete-access-key help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and __fish_seen_subcommand_from keystore" -f -a "settings" -d 'Show the keystore\'s region, account, domain-key schedule and audit log settings, or change them'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and __fish_seen_subcommand_from keystore" -f -a "verify" -d 'Open the keystore and check that every key token unwraps and every alias names a key'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and __fish_seen_subcommand_from keystore" -f -a "backup" -d 'Copy the keystore, after it authenticates, to a new file'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and __fish_seen_subcommand_from keystore" -f -a "restore" -d 'Put an older copy of the keystore (a backup) in place, on purpose, and log it'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and __fish_seen_subcommand_from keystore" -f -a "rekey" -d 'Seal the keystore under a new master key or passphrase'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "verify" -d 'Check every entry\'s HMAC and its link to the one before; exits 253 at the first broken one'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "reset" -d 'Set the log aside and start a new chain'
