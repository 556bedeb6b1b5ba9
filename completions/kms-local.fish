# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_kms_local_global_optspecs
    string join \n keystore= master-key-file= passphrase-file= h/help V/version
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
complete -c kms-local -n "__fish_kms_local_needs_command" -s h -l help -d 'Print help'
complete -c kms-local -n "__fish_kms_local_needs_command" -s V -l version -d 'Print version'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "init" -d 'Create the keystore (an error if one exists)'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "create-key" -d 'Create a symmetric encryption KMS key'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "create-alias" -d 'Create a friendly name (alias/NAME) for a KMS key'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "generate-data-key" -d 'Generate a unique symmetric data key for use outside of KMS'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "decrypt" -d 'Decrypt ciphertext that was encrypted under a KMS key'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "re-encrypt" -d 'Decrypt ciphertext and encrypt it again under a KMS key, inside kms-local'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "rotate" -d 'Rotate a key\'s material now, or with --domain the keystore\'s domain key'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "rotate-key-on-demand" -d 'Rotate a key\'s material now, or with --domain the keystore\'s domain key'
complete -c kms-local -n "__fish_kms_local_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kms-local -n "__fish_kms_local_using_subcommand init" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand init" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand init" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand init" -l passphrase -d 'Protect the keystore with a passphrase instead of a master key'
complete -c kms-local -n "__fish_kms_local_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l description -d 'A description of the key (0 to 8192 characters)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l key-usage -d 'ENCRYPT_DECRYPT, the only usage kms-local supports' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l key-spec -d 'SYMMETRIC_DEFAULT, the only spec kms-local supports' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l tags -d 'Tags: `TagKey=k,TagValue=v` each, or a JSON list' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l cli-input-json -d 'The CreateKey request as JSON, inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand create-key" -s h -l help -d 'Print help'
complete -c kms-local -n "__fish_kms_local_using_subcommand create-alias" -l alias-name -d 'The alias: alias/ then letters, digits, /, _ and - (not alias/aws/)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-alias" -l target-key-id -d 'The key\'s id or ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-alias" -l cli-input-json -d 'The CreateAlias request as JSON, inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand create-alias" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand create-alias" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand create-alias" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand create-alias" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l key-id -d 'The KMS key: key id, key ARN, alias/NAME or alias ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l number-of-bytes -d 'Length of the data key in bytes (1 to 1024)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l key-spec -d 'AES_256 (32 bytes) or AES_128 (16 bytes)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l encryption-context -d 'Encryption context: `k=v,k2=v2` or JSON `{"k":"v"}`, or file://PATH' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l grant-tokens -d 'Grant tokens (accepted and ignored: kms-local has no grants)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l cli-input-json -d 'The GenerateDataKey request as JSON, inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand generate-data-key" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l ciphertext-blob -d 'The ciphertext: base64, fileb://PATH (raw bytes), file://PATH (base64) or - (base64 on stdin)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l encryption-context -d 'The encryption context the ciphertext was made with' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l key-id -d 'The key that must have made the ciphertext (key id, key ARN, alias/NAME or alias ARN)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l encryption-algorithm -d 'SYMMETRIC_DEFAULT, the only algorithm of a symmetric key' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l grant-tokens -d 'Grant tokens (accepted and ignored: kms-local has no grants)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l cli-input-json -d 'The Decrypt request as JSON, inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand decrypt" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l ciphertext-blob -d 'The ciphertext: base64, fileb://PATH (raw bytes), file://PATH (base64) or - (base64 on stdin)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l destination-key-id -d 'The key to encrypt under: key id, key ARN, alias/NAME or alias ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l source-encryption-context -d 'The encryption context the ciphertext was made with' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l destination-encryption-context -d 'The encryption context for the new ciphertext' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l source-key-id -d 'The key that must have made the ciphertext' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l grant-tokens -d 'Grant tokens (accepted and ignored: kms-local has no grants)' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l cli-input-json -d 'The ReEncrypt request as JSON, inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand re-encrypt" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate" -l key-id -d 'The key\'s id or ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate" -l cli-input-json -d 'The RotateKeyOnDemand request as JSON, inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate" -l domain -d 'Rotate the domain key instead of a KMS key'
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate-key-on-demand" -l key-id -d 'The key\'s id or ARN' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate-key-on-demand" -l cli-input-json -d 'The RotateKeyOnDemand request as JSON, inline or file://PATH; flags override its fields' -r
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate-key-on-demand" -l keystore -d 'Keystore file [default: $KMS_LOCAL_KEYSTORE, else ~/.local/share/kms-local/keystore]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate-key-on-demand" -l master-key-file -d 'Master key file of a key-file keystore [default: $KMS_LOCAL_MASTER_KEY_FILE, else ~/.config/kms-local/master.key]' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate-key-on-demand" -l passphrase-file -d 'Read the passphrase of a passphrase keystore from this file (never from the command line)' -r -F
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate-key-on-demand" -l domain -d 'Rotate the domain key instead of a KMS key'
complete -c kms-local -n "__fish_kms_local_using_subcommand rotate-key-on-demand" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key create-alias generate-data-key decrypt re-encrypt rotate help" -f -a "init" -d 'Create the keystore (an error if one exists)'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key create-alias generate-data-key decrypt re-encrypt rotate help" -f -a "create-key" -d 'Create a symmetric encryption KMS key'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key create-alias generate-data-key decrypt re-encrypt rotate help" -f -a "create-alias" -d 'Create a friendly name (alias/NAME) for a KMS key'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key create-alias generate-data-key decrypt re-encrypt rotate help" -f -a "generate-data-key" -d 'Generate a unique symmetric data key for use outside of KMS'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key create-alias generate-data-key decrypt re-encrypt rotate help" -f -a "decrypt" -d 'Decrypt ciphertext that was encrypted under a KMS key'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key create-alias generate-data-key decrypt re-encrypt rotate help" -f -a "re-encrypt" -d 'Decrypt ciphertext and encrypt it again under a KMS key, inside kms-local'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key create-alias generate-data-key decrypt re-encrypt rotate help" -f -a "rotate" -d 'Rotate a key\'s material now, or with --domain the keystore\'s domain key'
complete -c kms-local -n "__fish_kms_local_using_subcommand help; and not __fish_seen_subcommand_from init create-key create-alias generate-data-key decrypt re-encrypt rotate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
