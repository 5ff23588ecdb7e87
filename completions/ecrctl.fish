# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_ecrctl_global_optspecs
    string join \n region= profile= endpoint-url= registry-id= o/output= no-color q/quiet v/verbose timeout= deadline= h/help V/version
end

function __fish_ecrctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_ecrctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_ecrctl_using_subcommand
    set -l cmd (__fish_ecrctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c ecrctl -n "__fish_ecrctl_needs_command" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_needs_command" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_needs_command" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_needs_command" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_needs_command" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_needs_command" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_needs_command" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_needs_command" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_needs_command" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_needs_command" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_needs_command" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_needs_command" -f -a "repo" -d 'Create, show, list and delete repositories; switch tag mutability'
complete -c ecrctl -n "__fish_ecrctl_needs_command" -f -a "images" -d 'List, inspect, tag and delete images'
complete -c ecrctl -n "__fish_ecrctl_needs_command" -f -a "policy" -d 'Show, set, validate and delete repository policies; policy templates'
complete -c ecrctl -n "__fish_ecrctl_needs_command" -f -a "registry" -d 'The registry as a whole: replication, registry policy, scanning, pull-through cache rules, creation templates, account settings'
complete -c ecrctl -n "__fish_ecrctl_needs_command" -f -a "template" -d 'Repository creation templates: what create-on-push, pull-through cache and replication give the repositories they create'
complete -c ecrctl -n "__fish_ecrctl_needs_command" -f -a "lifecycle" -d 'Lifecycle policies: get, set (after a preview of what the next run does), delete, validate, preview locally or with ECR, templates'
complete -c ecrctl -n "__fish_ecrctl_needs_command" -f -a "login" -d 'Log docker (or podman, nerdctl, finch, helm, oras) in to ECR registries; install the docker credential helper'
complete -c ecrctl -n "__fish_ecrctl_needs_command" -f -a "credential-helper" -d 'The docker-credential-helpers protocol: get, store, erase, list (docker runs it as docker-credential-ecrctl)'
complete -c ecrctl -n "__fish_ecrctl_needs_command" -f -a "audit" -d 'Every repository\'s tag and access posture, across regions, in one fast pass'
complete -c ecrctl -n "__fish_ecrctl_needs_command" -f -a "check-push" -d 'Predict what pushing each image reference will do, before CI pushes it'
complete -c ecrctl -n "__fish_ecrctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c ecrctl -n "__fish_ecrctl_needs_command" -f -a "version" -d 'Print the version, commit, target and AWS SDK versions (`-o json` for all of it)'
complete -c ecrctl -n "__fish_ecrctl_needs_command" -f -a "man" -d 'Print a man page (roff): ecrctl(1), or a command\'s, e.g. `ecrctl man repo create`'
complete -c ecrctl -n "__fish_ecrctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and not __fish_seen_subcommand_from create show list delete immutable mutable update help" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and not __fish_seen_subcommand_from create show list delete immutable mutable update help" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and not __fish_seen_subcommand_from create show list delete immutable mutable update help" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and not __fish_seen_subcommand_from create show list delete immutable mutable update help" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and not __fish_seen_subcommand_from create show list delete immutable mutable update help" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and not __fish_seen_subcommand_from create show list delete immutable mutable update help" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and not __fish_seen_subcommand_from create show list delete immutable mutable update help" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and not __fish_seen_subcommand_from create show list delete immutable mutable update help" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and not __fish_seen_subcommand_from create show list delete immutable mutable update help" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and not __fish_seen_subcommand_from create show list delete immutable mutable update help" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and not __fish_seen_subcommand_from create show list delete immutable mutable update help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and not __fish_seen_subcommand_from create show list delete immutable mutable update help" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and not __fish_seen_subcommand_from create show list delete immutable mutable update help" -f -a "create" -d 'Create a repository and print its URI'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and not __fish_seen_subcommand_from create show list delete immutable mutable update help" -f -a "show" -d 'Show one repository'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and not __fish_seen_subcommand_from create show list delete immutable mutable update help" -f -a "list" -d 'List repositories, all pages'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and not __fish_seen_subcommand_from create show list delete immutable mutable update help" -f -a "delete" -d 'Delete a repository'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and not __fish_seen_subcommand_from create show list delete immutable mutable update help" -f -a "immutable" -d 'Make tags immutable (pushes cannot overwrite them), except tags matching --except'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and not __fish_seen_subcommand_from create show list delete immutable mutable update help" -f -a "mutable" -d 'Make tags mutable (pushes may move them), except tags matching --except'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and not __fish_seen_subcommand_from create show list delete immutable mutable update help" -f -a "update" -d 'Change a repository\'s settings: scan on push, resource tags, public catalog data'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and not __fish_seen_subcommand_from create show list delete immutable mutable update help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from create" -l except -d 'Exclusion filter (repeatable, 1-5): tags matching it get the opposite mutability. `*` matches any characters; the whole tag must match' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from create" -l kms-key -d 'Encrypt with this KMS key (key id, key ARN, alias/NAME or alias ARN); default AES256' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from create" -l tag -d 'Resource tag (repeatable)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from create" -l description -d 'Public catalog: short description' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from create" -l about-file -d 'Public catalog: Markdown "about" text, read from FILE' -r -F
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from create" -l usage-file -d 'Public catalog: Markdown usage text, read from FILE' -r -F
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from create" -l architecture -d 'Public catalog: architecture (repeatable): arm, arm64, x86, x86-64' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from create" -l os -d 'Public catalog: operating system (repeatable): linux, windows' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from create" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from create" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from create" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from create" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from create" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from create" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from create" -l public -d 'Create an ECR Public repository (always in us-east-1)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from create" -l immutable -d 'Make tags immutable (default: mutable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from create" -l scan-on-push -d 'Scan images for vulnerabilities when they are pushed'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from create" -l if-not-exists -d 'Succeed when the repository already exists (reported as existing, settings untouched)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from create" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from show" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from show" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from show" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from show" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from show" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from show" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from show" -l public -d 'An ECR Public repository'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from show" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from list" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from list" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from list" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from list" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from list" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from list" -l public -d 'List ECR Public repositories instead'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from list" -l stats -d 'Per repository: its image count, total bytes, newest push and untagged count (one listing of its images each, a few repositories at a time). Bytes are ECR\'s imageSizeInBytes (compressed layers) summed over every image except image indexes, whose reported size is their largest platform image, itself listed and counted; a layer shared by several images counts once per image, so this is what the images weigh, at most what the repository stores. Untagged includes the platform images of multi-arch images and signatures, which ECR lists untagged'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from list" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from delete" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from delete" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from delete" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from delete" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from delete" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from delete" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from delete" -l public -d 'An ECR Public repository'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from delete" -l force -d 'Delete the repository even if it contains images (they are deleted too)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (required when there is no terminal)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from delete" -l if-exists -d 'Succeed when the repository does not exist'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from delete" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from immutable" -l repos -d 'Every repository whose name matches (`*` any characters, `/` included; `?` one); repeatable' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from immutable" -l repos-file -d 'Repositories listed in FILE, one a line (`#` comments, blank lines; `-` reads standard input)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from immutable" -l concurrency -d 'Repositories planned or changed at once when several are selected' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from immutable" -l plan-out -d 'Write the plan to FILE (reviewable JSON) and change nothing; apply it with --plan' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from immutable" -l plan -d 'Apply the plan saved in FILE by --plan-out, exactly, after checking that nothing it planned against has changed (exit 24 when it has)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from immutable" -l except -d 'Exclusion filter (repeatable, 1-5): tags matching it get the opposite mutability' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from immutable" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from immutable" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from immutable" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from immutable" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from immutable" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from immutable" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from immutable" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from immutable" -l public -d 'The repository is an ECR Public one (always an error: ECR Public has no such setting)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from immutable" -l dry-run -d 'Say what would change (before → after), write nothing'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from immutable" -l exit-code -d 'With --dry-run: exit 1 when something would change, 0 when nothing would (as `diff` and `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from immutable" -s y -l yes -d 'With several repositories or --plan: change them without asking (required then when there is no terminal)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from immutable" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from immutable" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from immutable" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from immutable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from immutable" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from mutable" -l repos -d 'Every repository whose name matches (`*` any characters, `/` included; `?` one); repeatable' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from mutable" -l repos-file -d 'Repositories listed in FILE, one a line (`#` comments, blank lines; `-` reads standard input)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from mutable" -l concurrency -d 'Repositories planned or changed at once when several are selected' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from mutable" -l plan-out -d 'Write the plan to FILE (reviewable JSON) and change nothing; apply it with --plan' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from mutable" -l plan -d 'Apply the plan saved in FILE by --plan-out, exactly, after checking that nothing it planned against has changed (exit 24 when it has)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from mutable" -l except -d 'Exclusion filter (repeatable, 1-5): tags matching it get the opposite mutability' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from mutable" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from mutable" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from mutable" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from mutable" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from mutable" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from mutable" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from mutable" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from mutable" -l public -d 'The repository is an ECR Public one (always an error: ECR Public has no such setting)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from mutable" -l dry-run -d 'Say what would change (before → after), write nothing'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from mutable" -l exit-code -d 'With --dry-run: exit 1 when something would change, 0 when nothing would (as `diff` and `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from mutable" -s y -l yes -d 'With several repositories or --plan: change them without asking (required then when there is no terminal)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from mutable" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from mutable" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from mutable" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from mutable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from mutable" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from update" -l repos -d 'Every repository whose name matches (`*` any characters, `/` included; `?` one); repeatable' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from update" -l repos-file -d 'Repositories listed in FILE, one a line (`#` comments, blank lines; `-` reads standard input)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from update" -l concurrency -d 'Repositories planned or changed at once when several are selected' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from update" -l plan-out -d 'Write the plan to FILE (reviewable JSON) and change nothing; apply it with --plan' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from update" -l plan -d 'Apply the plan saved in FILE by --plan-out, exactly, after checking that nothing it planned against has changed (exit 24 when it has)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from update" -l tag -d 'Add or change a resource tag (repeatable)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from update" -l untag -d 'Remove a resource tag (repeatable)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from update" -l kms-key -d 'Encryption cannot change after creation: refused with how to move to a new repository' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from update" -l description -d 'Public catalog: short description' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from update" -l about-file -d 'Public catalog: Markdown "about" text, read from FILE' -r -F
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from update" -l usage-file -d 'Public catalog: Markdown usage text, read from FILE' -r -F
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from update" -l architecture -d 'Public catalog: architecture (repeatable; replaces the list): arm, arm64, x86, x86-64' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from update" -l os -d 'Public catalog: operating system (repeatable; replaces the list): linux, windows' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from update" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from update" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from update" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from update" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from update" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from update" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from update" -l public -d 'An ECR Public repository'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from update" -l scan-on-push -d 'Scan images for vulnerabilities when they are pushed'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from update" -l no-scan-on-push -d 'Stop scanning images on push'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from update" -l dry-run -d 'Say what would change (before → after), write nothing'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from update" -l exit-code -d 'With --dry-run: exit 1 when something would change, 0 when nothing would (as `diff` and `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from update" -s y -l yes -d 'With several repositories or --plan: change them without asking (required then when there is no terminal)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from update" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a repository and print its URI'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one repository'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from help" -f -a "list" -d 'List repositories, all pages'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a repository'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from help" -f -a "immutable" -d 'Make tags immutable (pushes cannot overwrite them), except tags matching --except'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from help" -f -a "mutable" -d 'Make tags mutable (pushes may move them), except tags matching --except'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a repository\'s settings: scan on push, resource tags, public catalog data'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand repo; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and not __fish_seen_subcommand_from list show tag delete prune scan wait copy sync help" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and not __fish_seen_subcommand_from list show tag delete prune scan wait copy sync help" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and not __fish_seen_subcommand_from list show tag delete prune scan wait copy sync help" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and not __fish_seen_subcommand_from list show tag delete prune scan wait copy sync help" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and not __fish_seen_subcommand_from list show tag delete prune scan wait copy sync help" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and not __fish_seen_subcommand_from list show tag delete prune scan wait copy sync help" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and not __fish_seen_subcommand_from list show tag delete prune scan wait copy sync help" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and not __fish_seen_subcommand_from list show tag delete prune scan wait copy sync help" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and not __fish_seen_subcommand_from list show tag delete prune scan wait copy sync help" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and not __fish_seen_subcommand_from list show tag delete prune scan wait copy sync help" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and not __fish_seen_subcommand_from list show tag delete prune scan wait copy sync help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and not __fish_seen_subcommand_from list show tag delete prune scan wait copy sync help" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and not __fish_seen_subcommand_from list show tag delete prune scan wait copy sync help" -f -a "list" -d 'List a repository\'s images, all pages (newest first)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and not __fish_seen_subcommand_from list show tag delete prune scan wait copy sync help" -f -a "show" -d 'Show one image and its manifest (layers, or platforms of a multi-arch index)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and not __fish_seen_subcommand_from list show tag delete prune scan wait copy sync help" -f -a "tag" -d 'Point new tags at an existing image, server-side, under the immutability rules'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and not __fish_seen_subcommand_from list show tag delete prune scan wait copy sync help" -f -a "delete" -d 'Delete images by tag or digest'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and not __fish_seen_subcommand_from list show tag delete prune scan wait copy sync help" -f -a "prune" -d 'Clean up old images once: plan by default, delete with --yes (lifecycle rules, evaluated here)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and not __fish_seen_subcommand_from list show tag delete prune scan wait copy sync help" -f -a "scan" -d 'Scan images (starting the scan where needed), wait for it, and judge the findings'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and not __fish_seen_subcommand_from list show tag delete prune scan wait copy sync help" -f -a "wait" -d 'Wait until images exist, or until their scans have completed'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and not __fish_seen_subcommand_from list show tag delete prune scan wait copy sync help" -f -a "copy" -d 'Copy an image between registries (any registry, ECR-aware), digest kept, every platform'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and not __fish_seen_subcommand_from list show tag delete prune scan wait copy sync help" -f -a "sync" -d 'Copy every matching tag of a repository to another; what is there is skipped'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and not __fish_seen_subcommand_from list show tag delete prune scan wait copy sync help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from list" -l tag -d 'Only images with a tag matching this glob (`*` any characters, `?` one)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from list" -l sort -d 'Sort order' -r -f -a "pushed\t'Newest first'
size\t'Largest first'
tag\t'By tag, A to Z (untagged last)'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from list" -l limit -d 'Show at most N images (after sorting)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from list" -l since -d 'Only images pushed within this long, e.g. 7d, 12h, 30m, 2w' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from list" -l before -d 'Only images pushed before this: a date (2026-01-31, 2026-01-31T12:00:00Z) or an age (30d: pushed over 30 days ago)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from list" -l larger-than -d 'Only images larger than SIZE: 500MB, 1.5GiB, 100m (KB, MB, GB: powers of 1000; KiB, MiB, GiB: of 1024); a multi-arch image counts the sum of its platform images' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from list" -l smaller-than -d 'Only images smaller than SIZE (units as --larger-than)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from list" -l status -d 'Image status (ECR archives images since 2025)' -r -f -a "active\t''
archived\t''
any\t''"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from list" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from list" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from list" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from list" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from list" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from list" -l all-repos -d 'Every repository of the registry (--registry-id names another account\'s), with a repository column; the filters, sort and --limit apply to all of them together'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from list" -l public -d 'An ECR Public repository'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from list" -l tagged -d 'Only images with at least one tag'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from list" -l untagged -d 'Only images without tags'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from list" -l reverse -d 'Reverse the order'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from list" -l scan -d 'The table shows each image\'s scan status and finding counts per severity (from the listing itself: no extra calls; text and JSON always carry them)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from list" -l referrers -d 'Mark the images that have referrers (signatures, SBOMs, attestations) and the referrers themselves (reads the manifests of images whose subject the listing does not give)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from list" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from show" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from show" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from show" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from show" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from show" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from show" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from show" -l public -d 'An ECR Public repository'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from show" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from tag" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from tag" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from tag" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from tag" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from tag" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from tag" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from tag" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from tag" -l all-or-nothing -d 'Write nothing if any new tag would be refused'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from tag" -l dry-run -d 'Decide and print, but write nothing'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from tag" -l exit-code -d 'With --dry-run: exit 1 when a tag would be written, 0 when nothing would (as `diff` and `git diff --exit-code`; a refused tag is still 10)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from tag" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from tag" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from tag" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from tag" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from tag" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from delete" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from delete" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from delete" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from delete" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from delete" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from delete" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from delete" -l public -d 'An ECR Public repository'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (required when there is no terminal)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from delete" -l if-exists -d 'Succeed when an image (or the repository) does not exist: a cleanup job may run twice'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from delete" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from prune" -l repos -d 'Every repository whose name matches (`*` any characters, `/` included; `?` one); repeatable' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from prune" -l repos-file -d 'Repositories listed in FILE, one a line (`#` comments, blank lines; `-` reads standard input)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from prune" -l concurrency -d 'Repositories planned or changed at once when several are selected' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from prune" -l plan-out -d 'Write the plan to FILE (reviewable JSON) and change nothing; apply it with --plan' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from prune" -l plan -d 'Apply the plan saved in FILE by --plan-out, exactly, after checking that nothing it planned against has changed (exit 24 when it has)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from prune" -l tag -d 'Prune images with a tag matching this pattern (`*` any characters; repeatable, one rule each)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from prune" -l keep -d 'Never delete images with a tag matching this pattern (repeatable)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from prune" -l older-than -d 'Delete what is older than this (whole days or weeks: 30d, 2w)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from prune" -l keep-last -d 'Keep the newest N of each rule\'s images, delete the rest; with --older-than or --not-pulled-for, delete only what that selects but always keep the newest N' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from prune" -l not-pulled-for -d 'Delete what was not pulled for this long (never pulled: since its push; whole days or weeks)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from prune" -l now -d 'Evaluate as if it were this time (RFC 3339, e.g. 2026-01-31T00:00:00Z)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from prune" -l min-age -d 'Keep images pushed within this long (30m, 1h, 2d; default 1h with --untagged, else 0)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from prune" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from prune" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from prune" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from prune" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from prune" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from prune" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from prune" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from prune" -l untagged -d 'Prune untagged images'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from prune" -l print-policy -d 'Print the lifecycle policy these options make (for `ecrctl lifecycle set --file -`) and do nothing else'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from prune" -s y -l yes -d 'Delete (without it, only the plan is printed)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from prune" -l dry-run -d 'Print the plan and delete nothing, never asking (the default without --yes; for scripts that say so)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from prune" -l exit-code -d 'With --dry-run: exit 1 when something would be deleted, 0 when nothing would (as `diff` and `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from prune" -l all -d 'List every image in a table or text, kept ones too (default: only what is deleted; JSON always lists every image)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from prune" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from prune" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from prune" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from prune" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from scan" -l fail-on -d 'Fail (exit 19) when a finding at or above this severity counts' -r -f -a "critical\t'Critical findings only'
high\t'High and critical'
medium\t'Medium and above'
low\t'Low and above (not informational or undefined)'
any\t'Any finding at all, informational and undefined (untriaged) included'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from scan" -l ignore -d 'A file of vulnerabilities to ignore, each with its reason and an optional last day' -r -F
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from scan" -l sarif -d 'Also write the findings as SARIF 2.1.0 (GitHub code scanning) to FILE' -r -F
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from scan" -l gitlab-report -d 'Also write a GitLab container-scanning report to FILE' -r -F
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from scan" -l junit -d 'Also write the findings as JUnit XML to FILE' -r -F
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from scan" -l sarif-location -d 'The file SARIF results point at (e.g. the Dockerfile) [default: the repository name]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from scan" -l format -d 'CI style of warnings [default: github when GITHUB_ACTIONS=true, else plain]: github adds an annotation per failing finding and a step summary' -r -f -a "plain\t'Plain warnings on stderr'
github\t'GitHub Actions ::warning:: / ::error:: annotations, outputs in $GITHUB_OUTPUT and a table in $GITHUB_STEP_SUMMARY'
gitlab\t'GitLab CI: plain warnings (write the dotenv report with --dotenv)'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from scan" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from scan" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from scan" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from scan" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from scan" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from scan" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from scan" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from scan" -l wait -d 'Wait for scans in progress to complete (until --deadline, else 30 minutes)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from scan" -l no-start -d 'Never start a scan (for roles without ecr:StartImageScan): an image never scanned has no verdict'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from scan" -l fixable-only -d 'Count only findings a package upgrade fixes (where the scanner says)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from scan" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from scan" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from scan" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from scan" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from scan" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from wait" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from wait" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from wait" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from wait" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from wait" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from wait" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from wait" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from wait" -l scan-complete -d 'Also wait until each image\'s scan has completed (exit 21 when it fails)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from wait" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from wait" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from wait" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from wait" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from copy" -l jobs -d 'Blobs transferred at the same time' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from copy" -l src-profile -d 'AWS profile for an ECR source (default: --profile)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from copy" -l dst-profile -d 'AWS profile for an ECR destination (default: --profile)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from copy" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from copy" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from copy" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from copy" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from copy" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from copy" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from copy" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from copy" -l referrers -d 'Also copy the signatures, SBOMs and attestations attached to the image (OCI referrers, the `sha256-<hex>` tag of registries without the referrers API, cosign\'s `.sig`, `.att` and `.sbom` tags)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from copy" -l create -d 'Create a missing ECR destination repository (ECR\'s defaults) when no create-on-push template would create it'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from copy" -l dry-run -d 'Decide and print, but write nothing'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from copy" -l exit-code -d 'With --dry-run: exit 1 when something would be copied, 0 when nothing would'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from copy" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from copy" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from copy" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from copy" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from sync" -l tags -d 'Only tags matching this glob (`*` any characters, `?` one); repeat for several' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from sync" -l since -d 'Only images created within this long (the image config\'s `created`), e.g. 7d, 12h' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from sync" -l jobs -d 'Blobs transferred at the same time' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from sync" -l src-profile -d 'AWS profile for an ECR source (default: --profile)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from sync" -l dst-profile -d 'AWS profile for an ECR destination (default: --profile)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from sync" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from sync" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from sync" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from sync" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from sync" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from sync" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from sync" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from sync" -l referrers -d 'Also copy the signatures, SBOMs and attestations attached to the image (OCI referrers, the `sha256-<hex>` tag of registries without the referrers API, cosign\'s `.sig`, `.att` and `.sbom` tags)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from sync" -l create -d 'Create a missing ECR destination repository (ECR\'s defaults) when no create-on-push template would create it'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from sync" -l dry-run -d 'Decide and print, but write nothing'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from sync" -l exit-code -d 'With --dry-run: exit 1 when something would be copied, 0 when nothing would'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from sync" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from sync" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from sync" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from sync" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from sync" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a repository\'s images, all pages (newest first)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one image and its manifest (layers, or platforms of a multi-arch index)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from help" -f -a "tag" -d 'Point new tags at an existing image, server-side, under the immutability rules'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete images by tag or digest'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Clean up old images once: plan by default, delete with --yes (lifecycle rules, evaluated here)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from help" -f -a "scan" -d 'Scan images (starting the scan where needed), wait for it, and judge the findings'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from help" -f -a "wait" -d 'Wait until images exist, or until their scans have completed'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from help" -f -a "copy" -d 'Copy an image between registries (any registry, ECR-aware), digest kept, every platform'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from help" -f -a "sync" -d 'Copy every matching tag of a repository to another; what is there is skipped'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand images; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and not __fish_seen_subcommand_from get show set delete validate templates template help" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and not __fish_seen_subcommand_from get show set delete validate templates template help" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and not __fish_seen_subcommand_from get show set delete validate templates template help" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and not __fish_seen_subcommand_from get show set delete validate templates template help" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and not __fish_seen_subcommand_from get show set delete validate templates template help" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and not __fish_seen_subcommand_from get show set delete validate templates template help" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and not __fish_seen_subcommand_from get show set delete validate templates template help" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and not __fish_seen_subcommand_from get show set delete validate templates template help" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and not __fish_seen_subcommand_from get show set delete validate templates template help" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and not __fish_seen_subcommand_from get show set delete validate templates template help" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and not __fish_seen_subcommand_from get show set delete validate templates template help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and not __fish_seen_subcommand_from get show set delete validate templates template help" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and not __fish_seen_subcommand_from get show set delete validate templates template help" -f -a "get" -d 'Print a repository\'s policy (`--output json` prints the document itself)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and not __fish_seen_subcommand_from get show set delete validate templates template help" -f -a "show" -d 'Print a repository\'s policy (`--output json` prints the document itself)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and not __fish_seen_subcommand_from get show set delete validate templates template help" -f -a "set" -d 'Validate, diff and apply a policy; says "unchanged" without writing when it is the same'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and not __fish_seen_subcommand_from get show set delete validate templates template help" -f -a "delete" -d 'Delete a repository\'s policy'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and not __fish_seen_subcommand_from get show set delete validate templates template help" -f -a "validate" -d 'Lint a policy file offline (no AWS call)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and not __fish_seen_subcommand_from get show set delete validate templates template help" -f -a "templates" -d 'List the built-in templates'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and not __fish_seen_subcommand_from get show set delete validate templates template help" -f -a "template" -d 'Print a built-in template, filled in'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and not __fish_seen_subcommand_from get show set delete validate templates template help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from get" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from get" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from get" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from get" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from get" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from get" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from get" -l public -d 'An ECR Public repository'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from get" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from show" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from show" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from show" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from show" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from show" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from show" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from show" -l public -d 'An ECR Public repository'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from show" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from set" -l repos -d 'Every repository whose name matches (`*` any characters, `/` included; `?` one); repeatable' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from set" -l repos-file -d 'Repositories listed in FILE, one a line (`#` comments, blank lines; `-` reads standard input)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from set" -l concurrency -d 'Repositories planned or changed at once when several are selected' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from set" -l plan-out -d 'Write the plan to FILE (reviewable JSON) and change nothing; apply it with --plan' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from set" -l plan -d 'Apply the plan saved in FILE by --plan-out, exactly, after checking that nothing it planned against has changed (exit 24 when it has)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from set" -l file -d 'The policy document (`-` reads standard input)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from set" -l template -d 'A built-in template instead of a file (see `ecrctl policy templates`)' -r -f -a "pull-only\t''
push-pull\t''
cross-account-pull\t''
org-pull\t''
lambda-pull\t''
public-restrict-pull\t''"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from set" -l principal -d 'A principal ARN for the template (repeatable)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from set" -l account -d 'An AWS account id for the template (repeatable)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from set" -l org-id -d 'An AWS Organizations id (o-…) for org-pull' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from set" -l wait -d 'Retry for up to this long while IAM propagates a just-created principal' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from set" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from set" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from set" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from set" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from set" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from set" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from set" -l public -d 'An ECR Public repository'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from set" -l dry-run -d 'Validate and show the diff, write nothing'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from set" -l exit-code -d 'With --dry-run: exit 1 when something would change, 0 when nothing would (as `diff` and `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from set" -l force -d 'Pass `force` to SetRepositoryPolicy: skips ECR\'s check that the policy does not lock everyone out. Only when you mean it'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from set" -l no-validate -d 'Apply even when validation finds errors'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from set" -s y -l yes -d 'With several repositories or --plan: set it without asking (required then when there is no terminal)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from set" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from delete" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from delete" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from delete" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from delete" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from delete" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from delete" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from delete" -l public -d 'An ECR Public repository'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (required when there is no terminal)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from delete" -l if-exists -d 'Succeed when there is no policy (or no repository): a cleanup job may run twice'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from delete" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from validate" -l codequality -d 'Also write the findings as a GitLab Code Quality report to FILE' -r -F
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from validate" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from validate" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from validate" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from validate" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from validate" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from validate" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from validate" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from validate" -l public -d 'A public repository\'s policy (ecr-public: actions)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from validate" -l strict -d 'Fail on warnings too'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from validate" -l identity -d 'An identity policy (attached to a user or role): Resource required, Principal forbidden'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from validate" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from validate" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from validate" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from validate" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from templates" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from templates" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from templates" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from templates" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from templates" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from templates" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from templates" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from templates" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from templates" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from templates" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from templates" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from templates" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from template" -l principal -d 'A principal ARN for the template (repeatable)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from template" -l account -d 'An AWS account id for the template (repeatable)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from template" -l org-id -d 'An AWS Organizations id (o-…) for org-pull' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from template" -l repo -d 'Repositories for --identity (repeatable)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from template" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from template" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from template" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from template" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from template" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from template" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from template" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from template" -l public -d 'For a public repository'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from template" -l identity -d 'Print the least-privilege identity policy for --repo instead (the caller\'s account, or the one --account names, and the configured region)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from template" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from template" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from template" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from template" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from template" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print a repository\'s policy (`--output json` prints the document itself)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "set" -d 'Validate, diff and apply a policy; says "unchanged" without writing when it is the same'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a repository\'s policy'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "validate" -d 'Lint a policy file offline (no AWS call)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "templates" -d 'List the built-in templates'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "template" -d 'Print a built-in template, filled in'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and not __fish_seen_subcommand_from show scanning replication pull-through policy help" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and not __fish_seen_subcommand_from show scanning replication pull-through policy help" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and not __fish_seen_subcommand_from show scanning replication pull-through policy help" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and not __fish_seen_subcommand_from show scanning replication pull-through policy help" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and not __fish_seen_subcommand_from show scanning replication pull-through policy help" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and not __fish_seen_subcommand_from show scanning replication pull-through policy help" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and not __fish_seen_subcommand_from show scanning replication pull-through policy help" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and not __fish_seen_subcommand_from show scanning replication pull-through policy help" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and not __fish_seen_subcommand_from show scanning replication pull-through policy help" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and not __fish_seen_subcommand_from show scanning replication pull-through policy help" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and not __fish_seen_subcommand_from show scanning replication pull-through policy help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and not __fish_seen_subcommand_from show scanning replication pull-through policy help" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and not __fish_seen_subcommand_from show scanning replication pull-through policy help" -f -a "show" -d 'Show every registry-level setting (a section that cannot be read says so)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and not __fish_seen_subcommand_from show scanning replication pull-through policy help" -f -a "scanning" -d 'Registry scanning: basic or enhanced, and which repositories are scanned on push or continuously'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and not __fish_seen_subcommand_from show scanning replication pull-through policy help" -f -a "replication" -d 'Replication to other regions and accounts'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and not __fish_seen_subcommand_from show scanning replication pull-through policy help" -f -a "pull-through" -d 'Pull-through cache rules: cache an upstream registry\'s images under a prefix'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and not __fish_seen_subcommand_from show scanning replication pull-through policy help" -f -a "policy" -d 'The registry policy: who may replicate into this registry or create repositories in it'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and not __fish_seen_subcommand_from show scanning replication pull-through policy help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from show" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from show" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from show" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from show" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from show" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from show" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from show" -l policy -d 'Print the registry policy document itself (exit 14 when there is none)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from show" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from scanning" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from scanning" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from scanning" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from scanning" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from scanning" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from scanning" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from scanning" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from scanning" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from scanning" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from scanning" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from scanning" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from scanning" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from scanning" -f -a "get" -d 'Print the registry scanning configuration (`-o json` round-trips into `set --file`)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from scanning" -f -a "set" -d 'Replace the scanning configuration, after a diff and a preview of each repository\'s scanning'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from scanning" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from replication" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from replication" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from replication" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from replication" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from replication" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from replication" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from replication" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from replication" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from replication" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from replication" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from replication" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from replication" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from replication" -f -a "get" -d 'Print the replication configuration (`-o json` round-trips into `set --file`)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from replication" -f -a "set" -d 'Replace the replication configuration, after checks, a diff and a preview of each repository\'s destinations'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from replication" -f -a "backfill" -d 'Copy images pushed before replication was configured to its destinations'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from replication" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from pull-through" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from pull-through" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from pull-through" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from pull-through" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from pull-through" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from pull-through" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from pull-through" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from pull-through" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from pull-through" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from pull-through" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from pull-through" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from pull-through" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from pull-through" -f -a "list" -d 'List the pull-through cache rules'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from pull-through" -f -a "create" -d 'Create a rule: PREFIX/IMAGE pulls cache UPSTREAM/IMAGE'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from pull-through" -f -a "update" -d 'Change a rule\'s credential or role'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from pull-through" -f -a "delete" -d 'Delete a rule'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from pull-through" -f -a "validate" -d 'Ask ECR whether a rule reaches its upstream with its credential (exit 27 when not)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from pull-through" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from policy" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from policy" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from policy" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from policy" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from policy" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from policy" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from policy" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from policy" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from policy" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from policy" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from policy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from policy" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from policy" -f -a "get" -d 'Print the registry policy (exit 14 when there is none)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from policy" -f -a "show" -d 'Print the registry policy (exit 14 when there is none)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from policy" -f -a "set" -d 'Validate, diff and set the registry policy'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from policy" -f -a "delete" -d 'Delete the registry policy'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from policy" -f -a "validate" -d 'Lint a registry policy file offline (no AWS call)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from policy" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show every registry-level setting (a section that cannot be read says so)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from help" -f -a "scanning" -d 'Registry scanning: basic or enhanced, and which repositories are scanned on push or continuously'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from help" -f -a "replication" -d 'Replication to other regions and accounts'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from help" -f -a "pull-through" -d 'Pull-through cache rules: cache an upstream registry\'s images under a prefix'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from help" -f -a "policy" -d 'The registry policy: who may replicate into this registry or create repositories in it'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand registry; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and not __fish_seen_subcommand_from list show create update delete help" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and not __fish_seen_subcommand_from list show create update delete help" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and not __fish_seen_subcommand_from list show create update delete help" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and not __fish_seen_subcommand_from list show create update delete help" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and not __fish_seen_subcommand_from list show create update delete help" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and not __fish_seen_subcommand_from list show create update delete help" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and not __fish_seen_subcommand_from list show create update delete help" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and not __fish_seen_subcommand_from list show create update delete help" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and not __fish_seen_subcommand_from list show create update delete help" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and not __fish_seen_subcommand_from list show create update delete help" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and not __fish_seen_subcommand_from list show create update delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and not __fish_seen_subcommand_from list show create update delete help" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and not __fish_seen_subcommand_from list show create update delete help" -f -a "list" -d 'List the templates'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and not __fish_seen_subcommand_from list show create update delete help" -f -a "show" -d 'Show a template (ROOT: the default one), or with --for which one a new repository gets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and not __fish_seen_subcommand_from list show create update delete help" -f -a "create" -d 'Create a template for repositories whose names start with PREFIX/ (ROOT: every other)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and not __fish_seen_subcommand_from list show create update delete help" -f -a "update" -d 'Change what is given of a template, and nothing else'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and not __fish_seen_subcommand_from list show create update delete help" -f -a "delete" -d 'Delete a template'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and not __fish_seen_subcommand_from list show create update delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from list" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from list" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from list" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from list" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from list" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from list" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from show" -l for -d 'Which template a new repository with this name would get (longest prefix, then ROOT)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from show" -l applied-for -d 'With --for: created by what [default: create-on-push]' -r -f -a "create-on-push\t''
pull-through-cache\t''
replication\t''"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from show" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from show" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from show" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from show" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from show" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from show" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from show" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from create" -l applied-for -d 'What the template applies to (repeatable; create requires at least one)' -r -f -a "create-on-push\t''
pull-through-cache\t''
replication\t''"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from create" -l description -d 'Description of the template' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from create" -l except -d 'Exclusion filter for the mutability (repeatable, 1-5)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from create" -l kms-key -d 'Created repositories are encrypted with this KMS key' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from create" -l tag -d 'Resource tag for created repositories (repeatable; update: replaces the list)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from create" -l policy-file -d 'Repository policy for created repositories, from a file (linted)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from create" -l policy-template -d 'Repository policy from a built-in template (see `ecrctl policy templates`)' -r -f -a "pull-only\t''
push-pull\t''
cross-account-pull\t''
org-pull\t''
lambda-pull\t''
public-restrict-pull\t''"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from create" -l principal -d 'A principal ARN for the template (repeatable)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from create" -l account -d 'An AWS account id for the template (repeatable)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from create" -l org-id -d 'An AWS Organizations id (o-…) for org-pull' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from create" -l lifecycle-file -d 'Lifecycle policy for created repositories, from a file (linted)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from create" -l lifecycle-template -d 'Lifecycle policy from a built-in template (see `ecrctl lifecycle templates`)' -r -f -a "keep-last\t''
expire-untagged\t''
keep-releases\t''
archive-unpulled\t''"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from create" -l count -d 'How many images to keep (keep-last; default 30)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from create" -l days -d 'Days (expire-untagged: 14, keep-releases: 30, archive-unpulled: 90)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from create" -l then-days -d 'Days in the archive before expiring (archive-unpulled; default 180, at least 90)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from create" -l pattern -d 'A tag pattern (keep-last: one rule each; keep-releases: the releases, default v*)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from create" -l role-arn -d 'The role ECR uses to apply the template (needed for KMS keys and tags in other cases)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from create" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from create" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from create" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from create" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from create" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from create" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from create" -l immutable -d 'Created repositories get immutable tags'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from create" -l mutable -d 'Created repositories get mutable tags (update: switch back)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from create" -l scan-on-push -d 'Refused: templates have no scanning setting (use registry scanning rules)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from create" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from update" -l applied-for -d 'What the template applies to (repeatable; create requires at least one)' -r -f -a "create-on-push\t''
pull-through-cache\t''
replication\t''"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from update" -l description -d 'Description of the template' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from update" -l except -d 'Exclusion filter for the mutability (repeatable, 1-5)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from update" -l kms-key -d 'Created repositories are encrypted with this KMS key' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from update" -l tag -d 'Resource tag for created repositories (repeatable; update: replaces the list)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from update" -l policy-file -d 'Repository policy for created repositories, from a file (linted)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from update" -l policy-template -d 'Repository policy from a built-in template (see `ecrctl policy templates`)' -r -f -a "pull-only\t''
push-pull\t''
cross-account-pull\t''
org-pull\t''
lambda-pull\t''
public-restrict-pull\t''"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from update" -l principal -d 'A principal ARN for the template (repeatable)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from update" -l account -d 'An AWS account id for the template (repeatable)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from update" -l org-id -d 'An AWS Organizations id (o-…) for org-pull' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from update" -l lifecycle-file -d 'Lifecycle policy for created repositories, from a file (linted)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from update" -l lifecycle-template -d 'Lifecycle policy from a built-in template (see `ecrctl lifecycle templates`)' -r -f -a "keep-last\t''
expire-untagged\t''
keep-releases\t''
archive-unpulled\t''"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from update" -l count -d 'How many images to keep (keep-last; default 30)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from update" -l days -d 'Days (expire-untagged: 14, keep-releases: 30, archive-unpulled: 90)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from update" -l then-days -d 'Days in the archive before expiring (archive-unpulled; default 180, at least 90)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from update" -l pattern -d 'A tag pattern (keep-last: one rule each; keep-releases: the releases, default v*)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from update" -l role-arn -d 'The role ECR uses to apply the template (needed for KMS keys and tags in other cases)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from update" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from update" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from update" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from update" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from update" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from update" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from update" -l immutable -d 'Created repositories get immutable tags'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from update" -l mutable -d 'Created repositories get mutable tags (update: switch back)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from update" -l scan-on-push -d 'Refused: templates have no scanning setting (use registry scanning rules)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from update" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from delete" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from delete" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from delete" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from delete" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from delete" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from delete" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (required when there is no terminal)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from delete" -l if-exists -d 'Succeed when there is no such template'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from delete" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the templates'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a template (ROOT: the default one), or with --for which one a new repository gets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a template for repositories whose names start with PREFIX/ (ROOT: every other)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change what is given of a template, and nothing else'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a template'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand template; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get show set delete validate preview templates template help" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get show set delete validate preview templates template help" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get show set delete validate preview templates template help" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get show set delete validate preview templates template help" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get show set delete validate preview templates template help" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get show set delete validate preview templates template help" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get show set delete validate preview templates template help" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get show set delete validate preview templates template help" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get show set delete validate preview templates template help" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get show set delete validate preview templates template help" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get show set delete validate preview templates template help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get show set delete validate preview templates template help" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get show set delete validate preview templates template help" -f -a "get" -d 'Print a repository\'s lifecycle policy (`--output json` prints the document itself)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get show set delete validate preview templates template help" -f -a "show" -d 'Print a repository\'s lifecycle policy (`--output json` prints the document itself)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get show set delete validate preview templates template help" -f -a "set" -d 'Validate, diff, preview the next run, and apply; "unchanged" without writing when it is the same'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get show set delete validate preview templates template help" -f -a "delete" -d 'Delete a repository\'s lifecycle policy'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get show set delete validate preview templates template help" -f -a "validate" -d 'Lint a lifecycle policy file offline (no AWS call)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get show set delete validate preview templates template help" -f -a "preview" -d 'What a policy\'s next run does to each image, and why (locally; --server asks ECR too)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get show set delete validate preview templates template help" -f -a "templates" -d 'List the built-in lifecycle templates'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get show set delete validate preview templates template help" -f -a "template" -d 'Print a built-in lifecycle template, filled in'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and not __fish_seen_subcommand_from get show set delete validate preview templates template help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from get" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from get" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from get" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from get" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from get" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from get" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from get" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from show" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from show" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from show" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from show" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from show" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from show" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from show" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -l repos -d 'Every repository whose name matches (`*` any characters, `/` included; `?` one); repeatable' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -l repos-file -d 'Repositories listed in FILE, one a line (`#` comments, blank lines; `-` reads standard input)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -l concurrency -d 'Repositories planned or changed at once when several are selected' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -l plan-out -d 'Write the plan to FILE (reviewable JSON) and change nothing; apply it with --plan' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -l plan -d 'Apply the plan saved in FILE by --plan-out, exactly, after checking that nothing it planned against has changed (exit 24 when it has)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -l file -d 'The lifecycle policy document (`-` reads standard input)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -l template -d 'A built-in template instead of a file (see `ecrctl lifecycle templates`)' -r -f -a "keep-last\t''
expire-untagged\t''
keep-releases\t''
archive-unpulled\t''"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -l count -d 'How many images to keep (keep-last; default 30)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -l days -d 'Days (expire-untagged: 14, keep-releases: 30, archive-unpulled: 90)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -l then-days -d 'Days in the archive before expiring (archive-unpulled; default 180, at least 90)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -l pattern -d 'A tag pattern (keep-last: one rule each; keep-releases: the releases, default v*)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -l dry-run -d 'Validate, diff and preview; write nothing'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -l exit-code -d 'With --dry-run: exit 1 when something would change, 0 when nothing would (as `diff` and `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -s y -l yes -d 'Do not ask for confirmation when the next run would expire tagged images, or before setting it on several repositories or applying --plan (required then when there is no terminal)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from delete" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from delete" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from delete" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from delete" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from delete" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from delete" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (required when there is no terminal)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from delete" -l if-exists -d 'Succeed when there is no lifecycle policy (or no repository)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from delete" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from validate" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from validate" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from validate" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from validate" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from validate" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from validate" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from validate" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from validate" -l strict -d 'Fail on warnings too'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from validate" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from validate" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from validate" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from validate" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from preview" -l file -d 'The lifecycle policy document (`-` reads standard input)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from preview" -l template -d 'A built-in template instead of a file (see `ecrctl lifecycle templates`)' -r -f -a "keep-last\t''
expire-untagged\t''
keep-releases\t''
archive-unpulled\t''"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from preview" -l count -d 'How many images to keep (keep-last; default 30)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from preview" -l days -d 'Days (expire-untagged: 14, keep-releases: 30, archive-unpulled: 90)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from preview" -l then-days -d 'Days in the archive before expiring (archive-unpulled; default 180, at least 90)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from preview" -l pattern -d 'A tag pattern (keep-last: one rule each; keep-releases: the releases, default v*)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from preview" -l images -d 'Evaluate these images instead of the repository\'s: a JSON array as `ecrctl images list -o json` prints it (no AWS call)' -r -F
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from preview" -l now -d 'Evaluate as if it were this time (RFC 3339, e.g. 2026-01-31T00:00:00Z)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from preview" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from preview" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from preview" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from preview" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from preview" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from preview" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from preview" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from preview" -l server -d 'Also run ECR\'s own preview and list every image where it and ecrctl disagree'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from preview" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from preview" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from preview" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from preview" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from preview" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from templates" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from templates" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from templates" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from templates" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from templates" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from templates" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from templates" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from templates" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from templates" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from templates" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from templates" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from templates" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from template" -l count -d 'How many images to keep (keep-last; default 30)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from template" -l days -d 'Days (expire-untagged: 14, keep-releases: 30, archive-unpulled: 90)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from template" -l then-days -d 'Days in the archive before expiring (archive-unpulled; default 180, at least 90)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from template" -l pattern -d 'A tag pattern (keep-last: one rule each; keep-releases: the releases, default v*)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from template" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from template" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from template" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from template" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from template" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from template" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from template" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from template" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from template" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from template" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from template" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from template" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print a repository\'s lifecycle policy (`--output json` prints the document itself)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from help" -f -a "set" -d 'Validate, diff, preview the next run, and apply; "unchanged" without writing when it is the same'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a repository\'s lifecycle policy'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from help" -f -a "validate" -d 'Lint a lifecycle policy file offline (no AWS call)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from help" -f -a "preview" -d 'What a policy\'s next run does to each image, and why (locally; --server asks ECR too)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from help" -f -a "templates" -d 'List the built-in lifecycle templates'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from help" -f -a "template" -d 'Print a built-in lifecycle template, filled in'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand lifecycle; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand login" -l tool -d 'The tool to log in [default: docker, else the first of podman, nerdctl, finch, helm, oras on PATH]' -r -f -a "docker\t''
podman\t''
nerdctl\t''
finch\t''
helm\t''
oras\t''"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand login" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand login" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand login" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand login" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand login" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand login" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand login" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand login" -l print-password -d 'Print the password alone on stdout (for other tools); with -o json, the registry, user name and expiry, never the password'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand login" -l no-cache -d 'Do not read or write the token cache'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand login" -l clear-cache -d 'Empty the token cache and do nothing else'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand login" -l install-helper -d 'Make docker use ecrctl for these registries (default: your own and public.ecr.aws): credHelpers entries in the docker config and the docker-credential-ecrctl link'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand login" -l uninstall-helper -d 'Remove exactly what --install-helper added (the docker-credential-ecrctl link stays: other docker configs may use it)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand login" -l remove-link -d 'With --uninstall-helper: also remove the docker-credential-ecrctl link, unless a docker config ecrctl can find ($DOCKER_CONFIG, ~/.docker) still names it'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand login" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand login" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand login" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand login" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand credential-helper" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand credential-helper" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand credential-helper" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand credential-helper" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand credential-helper" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand credential-helper" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand credential-helper" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand credential-helper" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand credential-helper" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand credential-helper" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand credential-helper" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand credential-helper" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand audit" -l concurrency -d 'Repositories read at the same time (lowered automatically when ECR throttles)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand audit" -l fail-on -d 'Exit 16 when a finding at or above this severity exists' -r -f -a "high\t''
medium\t''
low\t''
info\t''"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand audit" -l controls -d 'Whose reading of the ECR controls to follow: ecrctl\'s own, or Security Hub\'s (its severities, so --fail-on gates what a Security Hub auditor gates)' -r -f -a "ecrctl\t'ecrctl\'s own: severities by risk, exclusion filters judged by what they exempt, policy and lifecycle lint findings too'
securityhub\t'Security Hub\'s: its severity per control (ECR.1 high, ECR.2, ECR.3 and ECR.5 medium, ECR.4 low), ECR.2 passes only IMMUTABLE, the five controls\' findings only'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand audit" -l only -d 'Report only these finding codes (repeatable; `policy-*` selects a family)' -r -f -a "mutable-tags\t''
broad-exclusion\t''
mostly-mutable\t''
unreadable\t''
no-lifecycle-policy\t''
scan-on-push-off\t''
aes256-encryption\t''
kms-key-not-allowed\t''
public-untagged\t''
kms-aws-managed\t''
immutable-with-exclusion\t''
kms-key-unreadable\t''
critical-scan-findings\t''
high-scan-findings\t''
policy-invalid-json\t''
policy-too-large\t''
policy-unknown-element\t''
policy-wrong-type\t''
policy-version-missing\t''
policy-version-invalid\t''
policy-version-old-variables\t''
policy-version-old\t''
policy-size-as-written\t''
policy-statement-missing\t''
policy-statement-empty\t''
policy-effect-missing\t''
policy-effect-invalid\t''
policy-action-missing\t''
policy-action-conflict\t''
policy-action-invalid\t''
policy-action-unknown\t''
policy-action-other-service\t''
policy-action-wrong-registry\t''
policy-principal-missing\t''
policy-principal-forbidden\t''
policy-principal-invalid\t''
policy-sid-duplicate\t''
policy-sid-invalid\t''
policy-resource-present\t''
policy-resource-missing\t''
policy-auth-token-no-effect\t''
policy-condition-operator-unknown\t''
policy-condition-key-unknown\t''
policy-public-write\t''
policy-public-read\t''
policy-allow-notprincipal\t''
policy-deny-notprincipal\t''
policy-allow-notaction-everyone\t''
policy-wildcard-action\t''
policy-service-no-source\t''
policy-lockout\t''
policy-cross-account-write\t''
policy-cross-account-no-org\t''
lifecycle-invalid-json\t''
lifecycle-too-short\t''
lifecycle-too-long\t''
lifecycle-rules-missing\t''
lifecycle-too-many-rules\t''
lifecycle-unknown-field\t''
lifecycle-null-field\t''
lifecycle-wrong-type\t''
lifecycle-missing-field\t''
lifecycle-priority-invalid\t''
lifecycle-priority-duplicate\t''
lifecycle-tag-status-invalid\t''
lifecycle-tag-list-missing\t''
lifecycle-tag-list-not-allowed\t''
lifecycle-tag-lists-both\t''
lifecycle-tag-list-empty\t''
lifecycle-wildcard-limit\t''
lifecycle-any-not-last\t''
lifecycle-untagged-twice\t''
lifecycle-tag-selection-duplicate\t''
lifecycle-storage-class-invalid\t''
lifecycle-count-type-invalid\t''
lifecycle-count-number-invalid\t''
lifecycle-count-unit-missing\t''
lifecycle-count-unit-not-allowed\t''
lifecycle-count-unit-invalid\t''
lifecycle-action-type-invalid\t''
lifecycle-transition-target\t''
lifecycle-pulled-expire\t''
lifecycle-archive-count-type\t''
lifecycle-archive-transition\t''
lifecycle-archive-min-days\t''
lifecycle-rule-unreachable\t''
lifecycle-expires-latest\t''
lifecycle-archives-latest\t''
lifecycle-tag-pattern-unusual\t''
lifecycle-expires-newest\t''
lifecycle-expires-referrers\t''
policy-*\t''"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand audit" -l ignore -d 'Leave out these finding codes (repeatable; `policy-*` selects a family)' -r -f -a "mutable-tags\t''
broad-exclusion\t''
mostly-mutable\t''
unreadable\t''
no-lifecycle-policy\t''
scan-on-push-off\t''
aes256-encryption\t''
kms-key-not-allowed\t''
public-untagged\t''
kms-aws-managed\t''
immutable-with-exclusion\t''
kms-key-unreadable\t''
critical-scan-findings\t''
high-scan-findings\t''
policy-invalid-json\t''
policy-too-large\t''
policy-unknown-element\t''
policy-wrong-type\t''
policy-version-missing\t''
policy-version-invalid\t''
policy-version-old-variables\t''
policy-version-old\t''
policy-size-as-written\t''
policy-statement-missing\t''
policy-statement-empty\t''
policy-effect-missing\t''
policy-effect-invalid\t''
policy-action-missing\t''
policy-action-conflict\t''
policy-action-invalid\t''
policy-action-unknown\t''
policy-action-other-service\t''
policy-action-wrong-registry\t''
policy-principal-missing\t''
policy-principal-forbidden\t''
policy-principal-invalid\t''
policy-sid-duplicate\t''
policy-sid-invalid\t''
policy-resource-present\t''
policy-resource-missing\t''
policy-auth-token-no-effect\t''
policy-condition-operator-unknown\t''
policy-condition-key-unknown\t''
policy-public-write\t''
policy-public-read\t''
policy-allow-notprincipal\t''
policy-deny-notprincipal\t''
policy-allow-notaction-everyone\t''
policy-wildcard-action\t''
policy-service-no-source\t''
policy-lockout\t''
policy-cross-account-write\t''
policy-cross-account-no-org\t''
lifecycle-invalid-json\t''
lifecycle-too-short\t''
lifecycle-too-long\t''
lifecycle-rules-missing\t''
lifecycle-too-many-rules\t''
lifecycle-unknown-field\t''
lifecycle-null-field\t''
lifecycle-wrong-type\t''
lifecycle-missing-field\t''
lifecycle-priority-invalid\t''
lifecycle-priority-duplicate\t''
lifecycle-tag-status-invalid\t''
lifecycle-tag-list-missing\t''
lifecycle-tag-list-not-allowed\t''
lifecycle-tag-lists-both\t''
lifecycle-tag-list-empty\t''
lifecycle-wildcard-limit\t''
lifecycle-any-not-last\t''
lifecycle-untagged-twice\t''
lifecycle-tag-selection-duplicate\t''
lifecycle-storage-class-invalid\t''
lifecycle-count-type-invalid\t''
lifecycle-count-number-invalid\t''
lifecycle-count-unit-missing\t''
lifecycle-count-unit-not-allowed\t''
lifecycle-count-unit-invalid\t''
lifecycle-action-type-invalid\t''
lifecycle-transition-target\t''
lifecycle-pulled-expire\t''
lifecycle-archive-count-type\t''
lifecycle-archive-transition\t''
lifecycle-archive-min-days\t''
lifecycle-rule-unreachable\t''
lifecycle-expires-latest\t''
lifecycle-archives-latest\t''
lifecycle-tag-pattern-unusual\t''
lifecycle-expires-newest\t''
lifecycle-expires-referrers\t''
policy-*\t''"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand audit" -l kms-key-arn -d 'A customer managed KMS key ARN repositories may be encrypted with (repeatable; ECR.5\'s allowed list). Others are a kms-key-not-allowed finding' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand audit" -l required-tag -d 'A tag key every public repository must carry (repeatable; ECR.4\'s parameter; with --public)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand audit" -l accounts -d 'Audit these accounts (12-digit ids, comma-separated; repeatable), each through --role; the caller\'s own account needs no role' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand audit" -l accounts-file -d 'Audit the accounts listed in FILE (ids separated by lines, commas or spaces; `#` starts a comment; `-` reads standard input)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand audit" -l role -d 'The role to assume in each account other than yours, by name (arn:PARTITION:iam::ACCOUNT:role/NAME)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand audit" -l external-id -d 'The external id the role\'s trust policy asks for' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand audit" -l matrix -d 'Print the evidence matrix instead of the findings: one row per repository (account, region, URI), a PASS / FAIL / NOT_APPLICABLE / UNKNOWN column and its reason per control' -r -f -a "csv\t'Comma-separated, a header row, each control\'s status and its reason in two columns'
json\t'One JSON document: the rows, each control a {status, reason} object'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand audit" -l codequality -d 'Also write the findings as a GitLab Code Quality report to FILE' -r -F
complete -c ecrctl -n "__fish_ecrctl_using_subcommand audit" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand audit" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand audit" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand audit" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand audit" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand audit" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand audit" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand audit" -l all-regions -d 'Every commercial AWS region ECR runs in (regions not enabled for the account are noted and skipped)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand audit" -l public -d 'Audit ECR Public repositories instead'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand audit" -l scan-findings -d 'Also report repositories whose tagged images carry critical (a high finding) or high (a medium finding) vulnerabilities in their last scan, from DescribeImages\' scan summaries (one listing per repository; no findings are read)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand audit" -l org -d 'Audit every active account of the organization (Organizations ListAccounts: run from the management account or a delegated administrator)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand audit" -l fix-script -d 'Print a shell script of the commands that fix the findings (one commented command per finding, grouped by repository), to review and run (`bash fix.sh --dry-run` prints its commands); changes nothing itself'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand audit" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand audit" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand audit" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand audit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand audit" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand check-push" -l digest -d 'The local image\'s manifest digest (sha256:…)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand check-push" -l oci-layout -d 'An OCI image layout directory (docker buildx --output type=oci,tar=false)' -r -F
complete -c ecrctl -n "__fish_ecrctl_using_subcommand check-push" -l metadata-file -d 'A `docker buildx build --metadata-file` output' -r -F
complete -c ecrctl -n "__fish_ecrctl_using_subcommand check-push" -l docker -d 'Ask the local docker CLI about this image' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand check-push" -l fail-on -d 'Which verdicts make the exit code non-zero' -r -f -a "conflict\t'Fail on conflict, repository-missing and unknown'
overwrite\t'Also fail when a mutable tag would move'
never\t'Never fail because of a verdict'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand check-push" -l format -d 'CI style of warnings and outputs [default: github when GITHUB_ACTIONS=true, gitlab when GITLAB_CI=true, else plain]' -r -f -a "plain\t'Plain warnings on stderr'
github\t'GitHub Actions ::warning:: / ::error:: annotations, outputs in $GITHUB_OUTPUT and a table in $GITHUB_STEP_SUMMARY'
gitlab\t'GitLab CI: plain warnings (write the dotenv report with --dotenv)'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand check-push" -l dotenv -d 'Write a dotenv report (ECRCTL_VERDICT=…, ECRCTL_PUSH_NEEDED=true|false) to FILE, e.g. for GitLab\'s `artifacts: reports: dotenv`' -r -F
complete -c ecrctl -n "__fish_ecrctl_using_subcommand check-push" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand check-push" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand check-push" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand check-push" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand check-push" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand check-push" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand check-push" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand check-push" -l warn-only -d 'Print warnings but always exit 0'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand check-push" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand check-push" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand check-push" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand check-push" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand check-push" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand completions" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand completions" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand completions" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand completions" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand completions" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand completions" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand completions" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand completions" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand completions" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand completions" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand version" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand version" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand version" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand version" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand version" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand version" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand version" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand version" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand version" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand version" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand version" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand man" -l region -d 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region); a full repository URI names its own' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand man" -l profile -d 'Named profile from the shared AWS config files (else AWS_PROFILE)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand man" -l endpoint-url -d 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand man" -l registry-id -d 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand man" -s o -l output -d 'Output format [default: table on a terminal, text otherwise]' -r -f -a "table\t'A table for people (default on a terminal)'
text\t'Tab-separated fields, one record a line, no header (default when piped)'
json\t'JSON'"
complete -c ecrctl -n "__fish_ecrctl_using_subcommand man" -l timeout -d 'Give up on an AWS call after this many seconds, retries included' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand man" -l deadline -d 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]' -r
complete -c ecrctl -n "__fish_ecrctl_using_subcommand man" -l no-color -d 'Never use colour (also: the NO_COLOR environment variable)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand man" -s q -l quiet -d 'Print only results, warnings and errors: no status lines'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand man" -s v -l verbose -d 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand man" -s V -l version -d 'Print version'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and not __fish_seen_subcommand_from repo images policy registry template lifecycle login credential-helper audit check-push completions version man help" -f -a "repo" -d 'Create, show, list and delete repositories; switch tag mutability'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and not __fish_seen_subcommand_from repo images policy registry template lifecycle login credential-helper audit check-push completions version man help" -f -a "images" -d 'List, inspect, tag and delete images'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and not __fish_seen_subcommand_from repo images policy registry template lifecycle login credential-helper audit check-push completions version man help" -f -a "policy" -d 'Show, set, validate and delete repository policies; policy templates'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and not __fish_seen_subcommand_from repo images policy registry template lifecycle login credential-helper audit check-push completions version man help" -f -a "registry" -d 'The registry as a whole: replication, registry policy, scanning, pull-through cache rules, creation templates, account settings'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and not __fish_seen_subcommand_from repo images policy registry template lifecycle login credential-helper audit check-push completions version man help" -f -a "template" -d 'Repository creation templates: what create-on-push, pull-through cache and replication give the repositories they create'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and not __fish_seen_subcommand_from repo images policy registry template lifecycle login credential-helper audit check-push completions version man help" -f -a "lifecycle" -d 'Lifecycle policies: get, set (after a preview of what the next run does), delete, validate, preview locally or with ECR, templates'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and not __fish_seen_subcommand_from repo images policy registry template lifecycle login credential-helper audit check-push completions version man help" -f -a "login" -d 'Log docker (or podman, nerdctl, finch, helm, oras) in to ECR registries; install the docker credential helper'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and not __fish_seen_subcommand_from repo images policy registry template lifecycle login credential-helper audit check-push completions version man help" -f -a "credential-helper" -d 'The docker-credential-helpers protocol: get, store, erase, list (docker runs it as docker-credential-ecrctl)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and not __fish_seen_subcommand_from repo images policy registry template lifecycle login credential-helper audit check-push completions version man help" -f -a "audit" -d 'Every repository\'s tag and access posture, across regions, in one fast pass'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and not __fish_seen_subcommand_from repo images policy registry template lifecycle login credential-helper audit check-push completions version man help" -f -a "check-push" -d 'Predict what pushing each image reference will do, before CI pushes it'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and not __fish_seen_subcommand_from repo images policy registry template lifecycle login credential-helper audit check-push completions version man help" -f -a "completions" -d 'Print a shell completion script'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and not __fish_seen_subcommand_from repo images policy registry template lifecycle login credential-helper audit check-push completions version man help" -f -a "version" -d 'Print the version, commit, target and AWS SDK versions (`-o json` for all of it)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and not __fish_seen_subcommand_from repo images policy registry template lifecycle login credential-helper audit check-push completions version man help" -f -a "man" -d 'Print a man page (roff): ecrctl(1), or a command\'s, e.g. `ecrctl man repo create`'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and not __fish_seen_subcommand_from repo images policy registry template lifecycle login credential-helper audit check-push completions version man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from repo" -f -a "create" -d 'Create a repository and print its URI'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from repo" -f -a "show" -d 'Show one repository'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from repo" -f -a "list" -d 'List repositories, all pages'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from repo" -f -a "delete" -d 'Delete a repository'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from repo" -f -a "immutable" -d 'Make tags immutable (pushes cannot overwrite them), except tags matching --except'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from repo" -f -a "mutable" -d 'Make tags mutable (pushes may move them), except tags matching --except'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from repo" -f -a "update" -d 'Change a repository\'s settings: scan on push, resource tags, public catalog data'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from images" -f -a "list" -d 'List a repository\'s images, all pages (newest first)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from images" -f -a "show" -d 'Show one image and its manifest (layers, or platforms of a multi-arch index)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from images" -f -a "tag" -d 'Point new tags at an existing image, server-side, under the immutability rules'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from images" -f -a "delete" -d 'Delete images by tag or digest'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from images" -f -a "prune" -d 'Clean up old images once: plan by default, delete with --yes (lifecycle rules, evaluated here)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from images" -f -a "scan" -d 'Scan images (starting the scan where needed), wait for it, and judge the findings'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from images" -f -a "wait" -d 'Wait until images exist, or until their scans have completed'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from images" -f -a "copy" -d 'Copy an image between registries (any registry, ECR-aware), digest kept, every platform'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from images" -f -a "sync" -d 'Copy every matching tag of a repository to another; what is there is skipped'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from policy" -f -a "get" -d 'Print a repository\'s policy (`--output json` prints the document itself)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from policy" -f -a "set" -d 'Validate, diff and apply a policy; says "unchanged" without writing when it is the same'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from policy" -f -a "delete" -d 'Delete a repository\'s policy'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from policy" -f -a "validate" -d 'Lint a policy file offline (no AWS call)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from policy" -f -a "templates" -d 'List the built-in templates'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from policy" -f -a "template" -d 'Print a built-in template, filled in'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from registry" -f -a "show" -d 'Show every registry-level setting (a section that cannot be read says so)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from registry" -f -a "scanning" -d 'Registry scanning: basic or enhanced, and which repositories are scanned on push or continuously'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from registry" -f -a "replication" -d 'Replication to other regions and accounts'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from registry" -f -a "pull-through" -d 'Pull-through cache rules: cache an upstream registry\'s images under a prefix'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from registry" -f -a "policy" -d 'The registry policy: who may replicate into this registry or create repositories in it'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from template" -f -a "list" -d 'List the templates'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from template" -f -a "show" -d 'Show a template (ROOT: the default one), or with --for which one a new repository gets'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from template" -f -a "create" -d 'Create a template for repositories whose names start with PREFIX/ (ROOT: every other)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from template" -f -a "update" -d 'Change what is given of a template, and nothing else'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from template" -f -a "delete" -d 'Delete a template'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from lifecycle" -f -a "get" -d 'Print a repository\'s lifecycle policy (`--output json` prints the document itself)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from lifecycle" -f -a "set" -d 'Validate, diff, preview the next run, and apply; "unchanged" without writing when it is the same'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from lifecycle" -f -a "delete" -d 'Delete a repository\'s lifecycle policy'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from lifecycle" -f -a "validate" -d 'Lint a lifecycle policy file offline (no AWS call)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from lifecycle" -f -a "preview" -d 'What a policy\'s next run does to each image, and why (locally; --server asks ECR too)'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from lifecycle" -f -a "templates" -d 'List the built-in lifecycle templates'
complete -c ecrctl -n "__fish_ecrctl_using_subcommand help; and __fish_seen_subcommand_from lifecycle" -f -a "template" -d 'Print a built-in lifecycle template, filled in'
