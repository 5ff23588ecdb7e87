
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'ecrctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'ecrctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'ecrctl' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('repo', 'repo', [CompletionResultType]::ParameterValue, 'Create, show, list and delete repositories; switch tag mutability')
            [CompletionResult]::new('images', 'images', [CompletionResultType]::ParameterValue, 'List, inspect, tag and delete images')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Show, set, validate and delete repository policies; policy templates')
            [CompletionResult]::new('registry', 'registry', [CompletionResultType]::ParameterValue, 'The registry as a whole: replication, registry policy, scanning, pull-through cache rules, creation templates, account settings')
            [CompletionResult]::new('template', 'template', [CompletionResultType]::ParameterValue, 'Repository creation templates: what create-on-push, pull-through cache and replication give the repositories they create')
            [CompletionResult]::new('lifecycle', 'lifecycle', [CompletionResultType]::ParameterValue, 'Lifecycle policies: get, set (after a preview of what the next run does), delete, validate, preview locally or with ECR, templates')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log docker (or podman, nerdctl, finch, helm, oras) in to ECR registries; install the docker credential helper')
            [CompletionResult]::new('credential-helper', 'credential-helper', [CompletionResultType]::ParameterValue, 'The docker-credential-helpers protocol: get, store, erase, list (docker runs it as docker-credential-ecrctl)')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Every repository''s tag and access posture, across regions, in one fast pass')
            [CompletionResult]::new('check-push', 'check-push', [CompletionResultType]::ParameterValue, 'Predict what pushing each image reference will do, before CI pushes it')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print the version, commit, target and AWS SDK versions (`-o json` for all of it)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print a man page (roff): ecrctl(1), or a command''s, e.g. `ecrctl man repo create`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ecrctl;repo' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a repository and print its URI')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one repository')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List repositories, all pages')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a repository')
            [CompletionResult]::new('immutable', 'immutable', [CompletionResultType]::ParameterValue, 'Make tags immutable (pushes cannot overwrite them), except tags matching --except')
            [CompletionResult]::new('mutable', 'mutable', [CompletionResultType]::ParameterValue, 'Make tags mutable (pushes may move them), except tags matching --except')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a repository''s settings: scan on push, resource tags, public catalog data')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ecrctl;repo;create' {
            [CompletionResult]::new('--except', '--except', [CompletionResultType]::ParameterName, 'Exclusion filter (repeatable, 1-5): tags matching it get the opposite mutability. `*` matches any characters; the whole tag must match')
            [CompletionResult]::new('--kms-key', '--kms-key', [CompletionResultType]::ParameterName, 'Encrypt with this KMS key (key id, key ARN, alias/NAME or alias ARN); default AES256')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Resource tag (repeatable)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Public catalog: short description')
            [CompletionResult]::new('--about-file', '--about-file', [CompletionResultType]::ParameterName, 'Public catalog: Markdown "about" text, read from FILE')
            [CompletionResult]::new('--usage-file', '--usage-file', [CompletionResultType]::ParameterName, 'Public catalog: Markdown usage text, read from FILE')
            [CompletionResult]::new('--architecture', '--architecture', [CompletionResultType]::ParameterName, 'Public catalog: architecture (repeatable): arm, arm64, x86, x86-64')
            [CompletionResult]::new('--os', '--os', [CompletionResultType]::ParameterName, 'Public catalog: operating system (repeatable): linux, windows')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--public', '--public', [CompletionResultType]::ParameterName, 'Create an ECR Public repository (always in us-east-1)')
            [CompletionResult]::new('--immutable', '--immutable', [CompletionResultType]::ParameterName, 'Make tags immutable (default: mutable)')
            [CompletionResult]::new('--scan-on-push', '--scan-on-push', [CompletionResultType]::ParameterName, 'Scan images for vulnerabilities when they are pushed')
            [CompletionResult]::new('--if-not-exists', '--if-not-exists', [CompletionResultType]::ParameterName, 'Succeed when the repository already exists (reported as existing, settings untouched)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;repo;show' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--public', '--public', [CompletionResultType]::ParameterName, 'An ECR Public repository')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;repo;list' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--public', '--public', [CompletionResultType]::ParameterName, 'List ECR Public repositories instead')
            [CompletionResult]::new('--stats', '--stats', [CompletionResultType]::ParameterName, 'Per repository: its image count, total bytes, newest push and untagged count (one listing of its images each, a few repositories at a time). Bytes are ECR''s imageSizeInBytes (compressed layers) summed over every image except image indexes, whose reported size is their largest platform image, itself listed and counted; a layer shared by several images counts once per image, so this is what the images weigh, at most what the repository stores. Untagged includes the platform images of multi-arch images and signatures, which ECR lists untagged')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;repo;delete' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--public', '--public', [CompletionResultType]::ParameterName, 'An ECR Public repository')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Delete the repository even if it contains images (they are deleted too)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when there is no terminal)')
            [CompletionResult]::new('--if-exists', '--if-exists', [CompletionResultType]::ParameterName, 'Succeed when the repository does not exist')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;repo;immutable' {
            [CompletionResult]::new('--repos', '--repos', [CompletionResultType]::ParameterName, 'Every repository whose name matches (`*` any characters, `/` included; `?` one); repeatable')
            [CompletionResult]::new('--repos-file', '--repos-file', [CompletionResultType]::ParameterName, 'Repositories listed in FILE, one a line (`#` comments, blank lines; `-` reads standard input)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Repositories planned or changed at once when several are selected')
            [CompletionResult]::new('--plan-out', '--plan-out', [CompletionResultType]::ParameterName, 'Write the plan to FILE (reviewable JSON) and change nothing; apply it with --plan')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Apply the plan saved in FILE by --plan-out, exactly, after checking that nothing it planned against has changed (exit 24 when it has)')
            [CompletionResult]::new('--except', '--except', [CompletionResultType]::ParameterName, 'Exclusion filter (repeatable, 1-5): tags matching it get the opposite mutability')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--public', '--public', [CompletionResultType]::ParameterName, 'The repository is an ECR Public one (always an error: ECR Public has no such setting)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Say what would change (before → after), write nothing')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'With --dry-run: exit 1 when something would change, 0 when nothing would (as `diff` and `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'With several repositories or --plan: change them without asking (required then when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'With several repositories or --plan: change them without asking (required then when there is no terminal)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;repo;mutable' {
            [CompletionResult]::new('--repos', '--repos', [CompletionResultType]::ParameterName, 'Every repository whose name matches (`*` any characters, `/` included; `?` one); repeatable')
            [CompletionResult]::new('--repos-file', '--repos-file', [CompletionResultType]::ParameterName, 'Repositories listed in FILE, one a line (`#` comments, blank lines; `-` reads standard input)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Repositories planned or changed at once when several are selected')
            [CompletionResult]::new('--plan-out', '--plan-out', [CompletionResultType]::ParameterName, 'Write the plan to FILE (reviewable JSON) and change nothing; apply it with --plan')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Apply the plan saved in FILE by --plan-out, exactly, after checking that nothing it planned against has changed (exit 24 when it has)')
            [CompletionResult]::new('--except', '--except', [CompletionResultType]::ParameterName, 'Exclusion filter (repeatable, 1-5): tags matching it get the opposite mutability')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--public', '--public', [CompletionResultType]::ParameterName, 'The repository is an ECR Public one (always an error: ECR Public has no such setting)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Say what would change (before → after), write nothing')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'With --dry-run: exit 1 when something would change, 0 when nothing would (as `diff` and `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'With several repositories or --plan: change them without asking (required then when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'With several repositories or --plan: change them without asking (required then when there is no terminal)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;repo;update' {
            [CompletionResult]::new('--repos', '--repos', [CompletionResultType]::ParameterName, 'Every repository whose name matches (`*` any characters, `/` included; `?` one); repeatable')
            [CompletionResult]::new('--repos-file', '--repos-file', [CompletionResultType]::ParameterName, 'Repositories listed in FILE, one a line (`#` comments, blank lines; `-` reads standard input)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Repositories planned or changed at once when several are selected')
            [CompletionResult]::new('--plan-out', '--plan-out', [CompletionResultType]::ParameterName, 'Write the plan to FILE (reviewable JSON) and change nothing; apply it with --plan')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Apply the plan saved in FILE by --plan-out, exactly, after checking that nothing it planned against has changed (exit 24 when it has)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Add or change a resource tag (repeatable)')
            [CompletionResult]::new('--untag', '--untag', [CompletionResultType]::ParameterName, 'Remove a resource tag (repeatable)')
            [CompletionResult]::new('--kms-key', '--kms-key', [CompletionResultType]::ParameterName, 'Encryption cannot change after creation: refused with how to move to a new repository')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Public catalog: short description')
            [CompletionResult]::new('--about-file', '--about-file', [CompletionResultType]::ParameterName, 'Public catalog: Markdown "about" text, read from FILE')
            [CompletionResult]::new('--usage-file', '--usage-file', [CompletionResultType]::ParameterName, 'Public catalog: Markdown usage text, read from FILE')
            [CompletionResult]::new('--architecture', '--architecture', [CompletionResultType]::ParameterName, 'Public catalog: architecture (repeatable; replaces the list): arm, arm64, x86, x86-64')
            [CompletionResult]::new('--os', '--os', [CompletionResultType]::ParameterName, 'Public catalog: operating system (repeatable; replaces the list): linux, windows')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--public', '--public', [CompletionResultType]::ParameterName, 'An ECR Public repository')
            [CompletionResult]::new('--scan-on-push', '--scan-on-push', [CompletionResultType]::ParameterName, 'Scan images for vulnerabilities when they are pushed')
            [CompletionResult]::new('--no-scan-on-push', '--no-scan-on-push', [CompletionResultType]::ParameterName, 'Stop scanning images on push')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Say what would change (before → after), write nothing')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'With --dry-run: exit 1 when something would change, 0 when nothing would (as `diff` and `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'With several repositories or --plan: change them without asking (required then when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'With several repositories or --plan: change them without asking (required then when there is no terminal)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;repo;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a repository and print its URI')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one repository')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List repositories, all pages')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a repository')
            [CompletionResult]::new('immutable', 'immutable', [CompletionResultType]::ParameterValue, 'Make tags immutable (pushes cannot overwrite them), except tags matching --except')
            [CompletionResult]::new('mutable', 'mutable', [CompletionResultType]::ParameterValue, 'Make tags mutable (pushes may move them), except tags matching --except')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a repository''s settings: scan on push, resource tags, public catalog data')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ecrctl;repo;help;create' {
            break
        }
        'ecrctl;repo;help;show' {
            break
        }
        'ecrctl;repo;help;list' {
            break
        }
        'ecrctl;repo;help;delete' {
            break
        }
        'ecrctl;repo;help;immutable' {
            break
        }
        'ecrctl;repo;help;mutable' {
            break
        }
        'ecrctl;repo;help;update' {
            break
        }
        'ecrctl;repo;help;help' {
            break
        }
        'ecrctl;images' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a repository''s images, all pages (newest first)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one image and its manifest (layers, or platforms of a multi-arch index)')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Point new tags at an existing image, server-side, under the immutability rules')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete images by tag or digest')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Clean up old images once: plan by default, delete with --yes (lifecycle rules, evaluated here)')
            [CompletionResult]::new('scan', 'scan', [CompletionResultType]::ParameterValue, 'Scan images (starting the scan where needed), wait for it, and judge the findings')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until images exist, or until their scans have completed')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy an image between registries (any registry, ECR-aware), digest kept, every platform')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Copy every matching tag of a repository to another; what is there is skipped')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ecrctl;images;list' {
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only images with a tag matching this glob (`*` any characters, `?` one)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort order')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N images (after sorting)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only images pushed within this long, e.g. 7d, 12h, 30m, 2w')
            [CompletionResult]::new('--before', '--before', [CompletionResultType]::ParameterName, 'Only images pushed before this: a date (2026-01-31, 2026-01-31T12:00:00Z) or an age (30d: pushed over 30 days ago)')
            [CompletionResult]::new('--larger-than', '--larger-than', [CompletionResultType]::ParameterName, 'Only images larger than SIZE: 500MB, 1.5GiB, 100m (KB, MB, GB: powers of 1000; KiB, MiB, GiB: of 1024); a multi-arch image counts the sum of its platform images')
            [CompletionResult]::new('--smaller-than', '--smaller-than', [CompletionResultType]::ParameterName, 'Only images smaller than SIZE (units as --larger-than)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Image status (ECR archives images since 2025)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--all-repos', '--all-repos', [CompletionResultType]::ParameterName, 'Every repository of the registry (--registry-id names another account''s), with a repository column; the filters, sort and --limit apply to all of them together')
            [CompletionResult]::new('--public', '--public', [CompletionResultType]::ParameterName, 'An ECR Public repository')
            [CompletionResult]::new('--tagged', '--tagged', [CompletionResultType]::ParameterName, 'Only images with at least one tag')
            [CompletionResult]::new('--untagged', '--untagged', [CompletionResultType]::ParameterName, 'Only images without tags')
            [CompletionResult]::new('--reverse', '--reverse', [CompletionResultType]::ParameterName, 'Reverse the order')
            [CompletionResult]::new('--scan', '--scan', [CompletionResultType]::ParameterName, 'The table shows each image''s scan status and finding counts per severity (from the listing itself: no extra calls; text and JSON always carry them)')
            [CompletionResult]::new('--referrers', '--referrers', [CompletionResultType]::ParameterName, 'Mark the images that have referrers (signatures, SBOMs, attestations) and the referrers themselves (reads the manifests of images whose subject the listing does not give)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;images;show' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--public', '--public', [CompletionResultType]::ParameterName, 'An ECR Public repository')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;images;tag' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--all-or-nothing', '--all-or-nothing', [CompletionResultType]::ParameterName, 'Write nothing if any new tag would be refused')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Decide and print, but write nothing')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'With --dry-run: exit 1 when a tag would be written, 0 when nothing would (as `diff` and `git diff --exit-code`; a refused tag is still 10)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;images;delete' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--public', '--public', [CompletionResultType]::ParameterName, 'An ECR Public repository')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when there is no terminal)')
            [CompletionResult]::new('--if-exists', '--if-exists', [CompletionResultType]::ParameterName, 'Succeed when an image (or the repository) does not exist: a cleanup job may run twice')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;images;prune' {
            [CompletionResult]::new('--repos', '--repos', [CompletionResultType]::ParameterName, 'Every repository whose name matches (`*` any characters, `/` included; `?` one); repeatable')
            [CompletionResult]::new('--repos-file', '--repos-file', [CompletionResultType]::ParameterName, 'Repositories listed in FILE, one a line (`#` comments, blank lines; `-` reads standard input)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Repositories planned or changed at once when several are selected')
            [CompletionResult]::new('--plan-out', '--plan-out', [CompletionResultType]::ParameterName, 'Write the plan to FILE (reviewable JSON) and change nothing; apply it with --plan')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Apply the plan saved in FILE by --plan-out, exactly, after checking that nothing it planned against has changed (exit 24 when it has)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Prune images with a tag matching this pattern (`*` any characters; repeatable, one rule each)')
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'Never delete images with a tag matching this pattern (repeatable)')
            [CompletionResult]::new('--older-than', '--older-than', [CompletionResultType]::ParameterName, 'Delete what is older than this (whole days or weeks: 30d, 2w)')
            [CompletionResult]::new('--keep-last', '--keep-last', [CompletionResultType]::ParameterName, 'Keep the newest N of each rule''s images, delete the rest; with --older-than or --not-pulled-for, delete only what that selects but always keep the newest N')
            [CompletionResult]::new('--not-pulled-for', '--not-pulled-for', [CompletionResultType]::ParameterName, 'Delete what was not pulled for this long (never pulled: since its push; whole days or weeks)')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were this time (RFC 3339, e.g. 2026-01-31T00:00:00Z)')
            [CompletionResult]::new('--min-age', '--min-age', [CompletionResultType]::ParameterName, 'Keep images pushed within this long (30m, 1h, 2d; default 1h with --untagged, else 0)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--untagged', '--untagged', [CompletionResultType]::ParameterName, 'Prune untagged images')
            [CompletionResult]::new('--print-policy', '--print-policy', [CompletionResultType]::ParameterName, 'Print the lifecycle policy these options make (for `ecrctl lifecycle set --file -`) and do nothing else')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete (without it, only the plan is printed)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete (without it, only the plan is printed)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and delete nothing, never asking (the default without --yes; for scripts that say so)')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'With --dry-run: exit 1 when something would be deleted, 0 when nothing would (as `diff` and `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'List every image in a table or text, kept ones too (default: only what is deleted; JSON always lists every image)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;images;scan' {
            [CompletionResult]::new('--fail-on', '--fail-on', [CompletionResultType]::ParameterName, 'Fail (exit 19) when a finding at or above this severity counts')
            [CompletionResult]::new('--ignore', '--ignore', [CompletionResultType]::ParameterName, 'A file of vulnerabilities to ignore, each with its reason and an optional last day')
            [CompletionResult]::new('--sarif', '--sarif', [CompletionResultType]::ParameterName, 'Also write the findings as SARIF 2.1.0 (GitHub code scanning) to FILE')
            [CompletionResult]::new('--gitlab-report', '--gitlab-report', [CompletionResultType]::ParameterName, 'Also write a GitLab container-scanning report to FILE')
            [CompletionResult]::new('--junit', '--junit', [CompletionResultType]::ParameterName, 'Also write the findings as JUnit XML to FILE')
            [CompletionResult]::new('--sarif-location', '--sarif-location', [CompletionResultType]::ParameterName, 'The file SARIF results point at (e.g. the Dockerfile) [default: the repository name]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'CI style of warnings [default: github when GITHUB_ACTIONS=true, else plain]: github adds an annotation per failing finding and a step summary')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait for scans in progress to complete (until --deadline, else 30 minutes)')
            [CompletionResult]::new('--no-start', '--no-start', [CompletionResultType]::ParameterName, 'Never start a scan (for roles without ecr:StartImageScan): an image never scanned has no verdict')
            [CompletionResult]::new('--fixable-only', '--fixable-only', [CompletionResultType]::ParameterName, 'Count only findings a package upgrade fixes (where the scanner says)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;images;wait' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--scan-complete', '--scan-complete', [CompletionResultType]::ParameterName, 'Also wait until each image''s scan has completed (exit 21 when it fails)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;images;copy' {
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Blobs transferred at the same time')
            [CompletionResult]::new('--src-profile', '--src-profile', [CompletionResultType]::ParameterName, 'AWS profile for an ECR source (default: --profile)')
            [CompletionResult]::new('--dst-profile', '--dst-profile', [CompletionResultType]::ParameterName, 'AWS profile for an ECR destination (default: --profile)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--referrers', '--referrers', [CompletionResultType]::ParameterName, 'Also copy the signatures, SBOMs and attestations attached to the image (OCI referrers, the `sha256-<hex>` tag of registries without the referrers API, cosign''s `.sig`, `.att` and `.sbom` tags)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create a missing ECR destination repository (ECR''s defaults) when no create-on-push template would create it')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Decide and print, but write nothing')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'With --dry-run: exit 1 when something would be copied, 0 when nothing would')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;images;sync' {
            [CompletionResult]::new('--tags', '--tags', [CompletionResultType]::ParameterName, 'Only tags matching this glob (`*` any characters, `?` one); repeat for several')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only images created within this long (the image config''s `created`), e.g. 7d, 12h')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Blobs transferred at the same time')
            [CompletionResult]::new('--src-profile', '--src-profile', [CompletionResultType]::ParameterName, 'AWS profile for an ECR source (default: --profile)')
            [CompletionResult]::new('--dst-profile', '--dst-profile', [CompletionResultType]::ParameterName, 'AWS profile for an ECR destination (default: --profile)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--referrers', '--referrers', [CompletionResultType]::ParameterName, 'Also copy the signatures, SBOMs and attestations attached to the image (OCI referrers, the `sha256-<hex>` tag of registries without the referrers API, cosign''s `.sig`, `.att` and `.sbom` tags)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create a missing ECR destination repository (ECR''s defaults) when no create-on-push template would create it')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Decide and print, but write nothing')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'With --dry-run: exit 1 when something would be copied, 0 when nothing would')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;images;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a repository''s images, all pages (newest first)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one image and its manifest (layers, or platforms of a multi-arch index)')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Point new tags at an existing image, server-side, under the immutability rules')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete images by tag or digest')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Clean up old images once: plan by default, delete with --yes (lifecycle rules, evaluated here)')
            [CompletionResult]::new('scan', 'scan', [CompletionResultType]::ParameterValue, 'Scan images (starting the scan where needed), wait for it, and judge the findings')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until images exist, or until their scans have completed')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy an image between registries (any registry, ECR-aware), digest kept, every platform')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Copy every matching tag of a repository to another; what is there is skipped')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ecrctl;images;help;list' {
            break
        }
        'ecrctl;images;help;show' {
            break
        }
        'ecrctl;images;help;tag' {
            break
        }
        'ecrctl;images;help;delete' {
            break
        }
        'ecrctl;images;help;prune' {
            break
        }
        'ecrctl;images;help;scan' {
            break
        }
        'ecrctl;images;help;wait' {
            break
        }
        'ecrctl;images;help;copy' {
            break
        }
        'ecrctl;images;help;sync' {
            break
        }
        'ecrctl;images;help;help' {
            break
        }
        'ecrctl;policy' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a repository''s policy (`--output json` prints the document itself)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print a repository''s policy (`--output json` prints the document itself)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Validate, diff and apply a policy; says "unchanged" without writing when it is the same')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a repository''s policy')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Lint a policy file offline (no AWS call)')
            [CompletionResult]::new('templates', 'templates', [CompletionResultType]::ParameterValue, 'List the built-in templates')
            [CompletionResult]::new('template', 'template', [CompletionResultType]::ParameterValue, 'Print a built-in template, filled in')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ecrctl;policy;get' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--public', '--public', [CompletionResultType]::ParameterName, 'An ECR Public repository')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;policy;show' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--public', '--public', [CompletionResultType]::ParameterName, 'An ECR Public repository')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;policy;set' {
            [CompletionResult]::new('--repos', '--repos', [CompletionResultType]::ParameterName, 'Every repository whose name matches (`*` any characters, `/` included; `?` one); repeatable')
            [CompletionResult]::new('--repos-file', '--repos-file', [CompletionResultType]::ParameterName, 'Repositories listed in FILE, one a line (`#` comments, blank lines; `-` reads standard input)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Repositories planned or changed at once when several are selected')
            [CompletionResult]::new('--plan-out', '--plan-out', [CompletionResultType]::ParameterName, 'Write the plan to FILE (reviewable JSON) and change nothing; apply it with --plan')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Apply the plan saved in FILE by --plan-out, exactly, after checking that nothing it planned against has changed (exit 24 when it has)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The policy document (`-` reads standard input)')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'A built-in template instead of a file (see `ecrctl policy templates`)')
            [CompletionResult]::new('--principal', '--principal', [CompletionResultType]::ParameterName, 'A principal ARN for the template (repeatable)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'An AWS account id for the template (repeatable)')
            [CompletionResult]::new('--org-id', '--org-id', [CompletionResultType]::ParameterName, 'An AWS Organizations id (o-…) for org-pull')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Retry for up to this long while IAM propagates a just-created principal')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--public', '--public', [CompletionResultType]::ParameterName, 'An ECR Public repository')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate and show the diff, write nothing')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'With --dry-run: exit 1 when something would change, 0 when nothing would (as `diff` and `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Pass `force` to SetRepositoryPolicy: skips ECR''s check that the policy does not lock everyone out. Only when you mean it')
            [CompletionResult]::new('--no-validate', '--no-validate', [CompletionResultType]::ParameterName, 'Apply even when validation finds errors')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'With several repositories or --plan: set it without asking (required then when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'With several repositories or --plan: set it without asking (required then when there is no terminal)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;policy;delete' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--public', '--public', [CompletionResultType]::ParameterName, 'An ECR Public repository')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when there is no terminal)')
            [CompletionResult]::new('--if-exists', '--if-exists', [CompletionResultType]::ParameterName, 'Succeed when there is no policy (or no repository): a cleanup job may run twice')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;policy;validate' {
            [CompletionResult]::new('--codequality', '--codequality', [CompletionResultType]::ParameterName, 'Also write the findings as a GitLab Code Quality report to FILE')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--public', '--public', [CompletionResultType]::ParameterName, 'A public repository''s policy (ecr-public: actions)')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Fail on warnings too')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'An identity policy (attached to a user or role): Resource required, Principal forbidden')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;policy;templates' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;policy;template' {
            [CompletionResult]::new('--principal', '--principal', [CompletionResultType]::ParameterName, 'A principal ARN for the template (repeatable)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'An AWS account id for the template (repeatable)')
            [CompletionResult]::new('--org-id', '--org-id', [CompletionResultType]::ParameterName, 'An AWS Organizations id (o-…) for org-pull')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'Repositories for --identity (repeatable)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--public', '--public', [CompletionResultType]::ParameterName, 'For a public repository')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Print the least-privilege identity policy for --repo instead (the caller''s account, or the one --account names, and the configured region)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;policy;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a repository''s policy (`--output json` prints the document itself)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Validate, diff and apply a policy; says "unchanged" without writing when it is the same')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a repository''s policy')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Lint a policy file offline (no AWS call)')
            [CompletionResult]::new('templates', 'templates', [CompletionResultType]::ParameterValue, 'List the built-in templates')
            [CompletionResult]::new('template', 'template', [CompletionResultType]::ParameterValue, 'Print a built-in template, filled in')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ecrctl;policy;help;get' {
            break
        }
        'ecrctl;policy;help;set' {
            break
        }
        'ecrctl;policy;help;delete' {
            break
        }
        'ecrctl;policy;help;validate' {
            break
        }
        'ecrctl;policy;help;templates' {
            break
        }
        'ecrctl;policy;help;template' {
            break
        }
        'ecrctl;policy;help;help' {
            break
        }
        'ecrctl;registry' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every registry-level setting (a section that cannot be read says so)')
            [CompletionResult]::new('scanning', 'scanning', [CompletionResultType]::ParameterValue, 'Registry scanning: basic or enhanced, and which repositories are scanned on push or continuously')
            [CompletionResult]::new('replication', 'replication', [CompletionResultType]::ParameterValue, 'Replication to other regions and accounts')
            [CompletionResult]::new('pull-through', 'pull-through', [CompletionResultType]::ParameterValue, 'Pull-through cache rules: cache an upstream registry''s images under a prefix')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'The registry policy: who may replicate into this registry or create repositories in it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ecrctl;registry;show' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'Print the registry policy document itself (exit 14 when there is none)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;registry;scanning' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the registry scanning configuration (`-o json` round-trips into `set --file`)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace the scanning configuration, after a diff and a preview of each repository''s scanning')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ecrctl;registry;scanning;get' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;registry;scanning;set' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'basic (ECR''s own scanner) or enhanced (Amazon Inspector, billed); default: the current')
            [CompletionResult]::new('--scan-on-push', '--scan-on-push', [CompletionResultType]::ParameterName, 'Scan on push the repositories this filter matches (repeatable, up to 100)')
            [CompletionResult]::new('--continuous', '--continuous', [CompletionResultType]::ParameterName, 'Scan continuously the repositories this filter matches (enhanced only; repeatable)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The configuration as JSON: {"scanType","rules"} or what `registry scanning get -o json` prints (`-` reads standard input)')
            [CompletionResult]::new('--plan-out', '--plan-out', [CompletionResultType]::ParameterName, 'Write the plan (the setting as it is now and the new one) to FILE and change nothing; apply it later with --plan')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Apply the saved plan FILE exactly, after checking that the setting has not changed since it was planned (exit 24 when it has, 25 when FILE is not such a plan)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the diff and what it does to each repository; write nothing')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'With --dry-run: exit 1 when something would change, 0 when nothing would (as `diff` and `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when there is no terminal)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;registry;scanning;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the registry scanning configuration (`-o json` round-trips into `set --file`)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace the scanning configuration, after a diff and a preview of each repository''s scanning')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ecrctl;registry;scanning;help;get' {
            break
        }
        'ecrctl;registry;scanning;help;set' {
            break
        }
        'ecrctl;registry;scanning;help;help' {
            break
        }
        'ecrctl;registry;replication' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the replication configuration (`-o json` round-trips into `set --file`)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace the replication configuration, after checks, a diff and a preview of each repository''s destinations')
            [CompletionResult]::new('backfill', 'backfill', [CompletionResultType]::ParameterValue, 'Copy images pushed before replication was configured to its destinations')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ecrctl;registry;replication;get' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;registry;replication;set' {
            [CompletionResult]::new('--destination', '--destination', [CompletionResultType]::ParameterName, 'Replicate to REGION (this account) or REGION:ACCOUNT (repeatable)')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Only repositories whose names start with PREFIX (repeatable; default: every repository)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The configuration as JSON: {"rules"} or what `registry replication get -o json` prints (`-` reads standard input)')
            [CompletionResult]::new('--check-role', '--check-role', [CompletionResultType]::ParameterName, 'A role (name or ARN) to assume in each other destination account to read its registry policy; without it, other accounts'' policies are not checked')
            [CompletionResult]::new('--plan-out', '--plan-out', [CompletionResultType]::ParameterName, 'Write the plan (the setting as it is now and the new one) to FILE and change nothing; apply it later with --plan')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Apply the saved plan FILE exactly, after checking that the setting has not changed since it was planned (exit 24 when it has, 25 when FILE is not such a plan)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--off', '--off', [CompletionResultType]::ParameterName, 'Turn replication off (no rules)')
            [CompletionResult]::new('--ignore-checks', '--ignore-checks', [CompletionResultType]::ParameterName, 'Write even when a destination''s registry policy does not allow replication')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the diff and what it does to each repository; write nothing')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'With --dry-run: exit 1 when something would change, 0 when nothing would (as `diff` and `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when there is no terminal)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;registry;replication;backfill' {
            [CompletionResult]::new('--destination', '--destination', [CompletionResultType]::ParameterName, 'A destination of the replication configuration, REGION or REGION:ACCOUNT (repeatable; default: every one)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Say which destinations and repositories would be backfilled; start nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when there is no terminal)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;registry;replication;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the replication configuration (`-o json` round-trips into `set --file`)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace the replication configuration, after checks, a diff and a preview of each repository''s destinations')
            [CompletionResult]::new('backfill', 'backfill', [CompletionResultType]::ParameterValue, 'Copy images pushed before replication was configured to its destinations')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ecrctl;registry;replication;help;get' {
            break
        }
        'ecrctl;registry;replication;help;set' {
            break
        }
        'ecrctl;registry;replication;help;backfill' {
            break
        }
        'ecrctl;registry;replication;help;help' {
            break
        }
        'ecrctl;registry;pull-through' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the pull-through cache rules')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a rule: PREFIX/IMAGE pulls cache UPSTREAM/IMAGE')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a rule''s credential or role')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a rule')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Ask ECR whether a rule reaches its upstream with its credential (exit 27 when not)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ecrctl;registry;pull-through;list' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;registry;pull-through;create' {
            [CompletionResult]::new('--upstream', '--upstream', [CompletionResultType]::ParameterName, 'The upstream registry''s host: public.ecr.aws, registry.k8s.io, quay.io, registry-1.docker.io, ghcr.io, registry.gitlab.com, NAME.azurecr.io, cgr.dev or ACCOUNT.dkr.ecr.REGION.amazonaws.com')
            [CompletionResult]::new('--upstream-prefix', '--upstream-prefix', [CompletionResultType]::ParameterName, 'Only this upstream repository prefix is cached (default: all of it)')
            [CompletionResult]::new('--credential-arn', '--credential-arn', [CompletionResultType]::ParameterName, 'The Secrets Manager secret (its ARN; the name starts with ecr-pullthroughcache/) holding the upstream''s credential. Never read by ecrctl')
            [CompletionResult]::new('--custom-role-arn', '--custom-role-arn', [CompletionResultType]::ParameterName, 'The IAM role ECR assumes to pull from another ECR registry')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the diff and what it does to each repository; write nothing')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'With --dry-run: exit 1 when something would change, 0 when nothing would (as `diff` and `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when there is no terminal)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;registry;pull-through;update' {
            [CompletionResult]::new('--credential-arn', '--credential-arn', [CompletionResultType]::ParameterName, 'The new credential''s Secrets Manager ARN (never read by ecrctl)')
            [CompletionResult]::new('--custom-role-arn', '--custom-role-arn', [CompletionResultType]::ParameterName, 'The new role ECR assumes (an ECR upstream)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the diff and what it does to each repository; write nothing')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'With --dry-run: exit 1 when something would change, 0 when nothing would (as `diff` and `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when there is no terminal)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;registry;pull-through;delete' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when there is no terminal)')
            [CompletionResult]::new('--if-exists', '--if-exists', [CompletionResultType]::ParameterName, 'Succeed when there is no such rule')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;registry;pull-through;validate' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;registry;pull-through;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the pull-through cache rules')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a rule: PREFIX/IMAGE pulls cache UPSTREAM/IMAGE')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a rule''s credential or role')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a rule')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Ask ECR whether a rule reaches its upstream with its credential (exit 27 when not)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ecrctl;registry;pull-through;help;list' {
            break
        }
        'ecrctl;registry;pull-through;help;create' {
            break
        }
        'ecrctl;registry;pull-through;help;update' {
            break
        }
        'ecrctl;registry;pull-through;help;delete' {
            break
        }
        'ecrctl;registry;pull-through;help;validate' {
            break
        }
        'ecrctl;registry;pull-through;help;help' {
            break
        }
        'ecrctl;registry;policy' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the registry policy (exit 14 when there is none)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the registry policy (exit 14 when there is none)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Validate, diff and set the registry policy')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the registry policy')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Lint a registry policy file offline (no AWS call)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ecrctl;registry;policy;get' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;registry;policy;show' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;registry;policy;set' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The policy document (`-` reads standard input)')
            [CompletionResult]::new('--plan-out', '--plan-out', [CompletionResultType]::ParameterName, 'Write the plan (the setting as it is now and the new one) to FILE and change nothing; apply it later with --plan')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Apply the saved plan FILE exactly, after checking that the setting has not changed since it was planned (exit 24 when it has, 25 when FILE is not such a plan)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--no-validate', '--no-validate', [CompletionResultType]::ParameterName, 'Apply even when validation finds errors')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the diff and what it does to each repository; write nothing')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'With --dry-run: exit 1 when something would change, 0 when nothing would (as `diff` and `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when there is no terminal)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;registry;policy;delete' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when there is no terminal)')
            [CompletionResult]::new('--if-exists', '--if-exists', [CompletionResultType]::ParameterName, 'Succeed when there is no registry policy')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;registry;policy;validate' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Fail on warnings too')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;registry;policy;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the registry policy (exit 14 when there is none)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Validate, diff and set the registry policy')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the registry policy')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Lint a registry policy file offline (no AWS call)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ecrctl;registry;policy;help;get' {
            break
        }
        'ecrctl;registry;policy;help;set' {
            break
        }
        'ecrctl;registry;policy;help;delete' {
            break
        }
        'ecrctl;registry;policy;help;validate' {
            break
        }
        'ecrctl;registry;policy;help;help' {
            break
        }
        'ecrctl;registry;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every registry-level setting (a section that cannot be read says so)')
            [CompletionResult]::new('scanning', 'scanning', [CompletionResultType]::ParameterValue, 'Registry scanning: basic or enhanced, and which repositories are scanned on push or continuously')
            [CompletionResult]::new('replication', 'replication', [CompletionResultType]::ParameterValue, 'Replication to other regions and accounts')
            [CompletionResult]::new('pull-through', 'pull-through', [CompletionResultType]::ParameterValue, 'Pull-through cache rules: cache an upstream registry''s images under a prefix')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'The registry policy: who may replicate into this registry or create repositories in it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ecrctl;registry;help;show' {
            break
        }
        'ecrctl;registry;help;scanning' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the registry scanning configuration (`-o json` round-trips into `set --file`)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace the scanning configuration, after a diff and a preview of each repository''s scanning')
            break
        }
        'ecrctl;registry;help;scanning;get' {
            break
        }
        'ecrctl;registry;help;scanning;set' {
            break
        }
        'ecrctl;registry;help;replication' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the replication configuration (`-o json` round-trips into `set --file`)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace the replication configuration, after checks, a diff and a preview of each repository''s destinations')
            [CompletionResult]::new('backfill', 'backfill', [CompletionResultType]::ParameterValue, 'Copy images pushed before replication was configured to its destinations')
            break
        }
        'ecrctl;registry;help;replication;get' {
            break
        }
        'ecrctl;registry;help;replication;set' {
            break
        }
        'ecrctl;registry;help;replication;backfill' {
            break
        }
        'ecrctl;registry;help;pull-through' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the pull-through cache rules')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a rule: PREFIX/IMAGE pulls cache UPSTREAM/IMAGE')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a rule''s credential or role')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a rule')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Ask ECR whether a rule reaches its upstream with its credential (exit 27 when not)')
            break
        }
        'ecrctl;registry;help;pull-through;list' {
            break
        }
        'ecrctl;registry;help;pull-through;create' {
            break
        }
        'ecrctl;registry;help;pull-through;update' {
            break
        }
        'ecrctl;registry;help;pull-through;delete' {
            break
        }
        'ecrctl;registry;help;pull-through;validate' {
            break
        }
        'ecrctl;registry;help;policy' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the registry policy (exit 14 when there is none)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Validate, diff and set the registry policy')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the registry policy')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Lint a registry policy file offline (no AWS call)')
            break
        }
        'ecrctl;registry;help;policy;get' {
            break
        }
        'ecrctl;registry;help;policy;set' {
            break
        }
        'ecrctl;registry;help;policy;delete' {
            break
        }
        'ecrctl;registry;help;policy;validate' {
            break
        }
        'ecrctl;registry;help;help' {
            break
        }
        'ecrctl;template' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the templates')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a template (ROOT: the default one), or with --for which one a new repository gets')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a template for repositories whose names start with PREFIX/ (ROOT: every other)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change what is given of a template, and nothing else')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a template')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ecrctl;template;list' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;template;show' {
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'Which template a new repository with this name would get (longest prefix, then ROOT)')
            [CompletionResult]::new('--applied-for', '--applied-for', [CompletionResultType]::ParameterName, 'With --for: created by what [default: create-on-push]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;template;create' {
            [CompletionResult]::new('--applied-for', '--applied-for', [CompletionResultType]::ParameterName, 'What the template applies to (repeatable; create requires at least one)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description of the template')
            [CompletionResult]::new('--except', '--except', [CompletionResultType]::ParameterName, 'Exclusion filter for the mutability (repeatable, 1-5)')
            [CompletionResult]::new('--kms-key', '--kms-key', [CompletionResultType]::ParameterName, 'Created repositories are encrypted with this KMS key')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Resource tag for created repositories (repeatable; update: replaces the list)')
            [CompletionResult]::new('--policy-file', '--policy-file', [CompletionResultType]::ParameterName, 'Repository policy for created repositories, from a file (linted)')
            [CompletionResult]::new('--policy-template', '--policy-template', [CompletionResultType]::ParameterName, 'Repository policy from a built-in template (see `ecrctl policy templates`)')
            [CompletionResult]::new('--principal', '--principal', [CompletionResultType]::ParameterName, 'A principal ARN for the template (repeatable)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'An AWS account id for the template (repeatable)')
            [CompletionResult]::new('--org-id', '--org-id', [CompletionResultType]::ParameterName, 'An AWS Organizations id (o-…) for org-pull')
            [CompletionResult]::new('--lifecycle-file', '--lifecycle-file', [CompletionResultType]::ParameterName, 'Lifecycle policy for created repositories, from a file (linted)')
            [CompletionResult]::new('--lifecycle-template', '--lifecycle-template', [CompletionResultType]::ParameterName, 'Lifecycle policy from a built-in template (see `ecrctl lifecycle templates`)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'How many images to keep (keep-last; default 30)')
            [CompletionResult]::new('--days', '--days', [CompletionResultType]::ParameterName, 'Days (expire-untagged: 14, keep-releases: 30, archive-unpulled: 90)')
            [CompletionResult]::new('--then-days', '--then-days', [CompletionResultType]::ParameterName, 'Days in the archive before expiring (archive-unpulled; default 180, at least 90)')
            [CompletionResult]::new('--pattern', '--pattern', [CompletionResultType]::ParameterName, 'A tag pattern (keep-last: one rule each; keep-releases: the releases, default v*)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'The role ECR uses to apply the template (needed for KMS keys and tags in other cases)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--immutable', '--immutable', [CompletionResultType]::ParameterName, 'Created repositories get immutable tags')
            [CompletionResult]::new('--mutable', '--mutable', [CompletionResultType]::ParameterName, 'Created repositories get mutable tags (update: switch back)')
            [CompletionResult]::new('--scan-on-push', '--scan-on-push', [CompletionResultType]::ParameterName, 'Refused: templates have no scanning setting (use registry scanning rules)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;template;update' {
            [CompletionResult]::new('--applied-for', '--applied-for', [CompletionResultType]::ParameterName, 'What the template applies to (repeatable; create requires at least one)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description of the template')
            [CompletionResult]::new('--except', '--except', [CompletionResultType]::ParameterName, 'Exclusion filter for the mutability (repeatable, 1-5)')
            [CompletionResult]::new('--kms-key', '--kms-key', [CompletionResultType]::ParameterName, 'Created repositories are encrypted with this KMS key')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Resource tag for created repositories (repeatable; update: replaces the list)')
            [CompletionResult]::new('--policy-file', '--policy-file', [CompletionResultType]::ParameterName, 'Repository policy for created repositories, from a file (linted)')
            [CompletionResult]::new('--policy-template', '--policy-template', [CompletionResultType]::ParameterName, 'Repository policy from a built-in template (see `ecrctl policy templates`)')
            [CompletionResult]::new('--principal', '--principal', [CompletionResultType]::ParameterName, 'A principal ARN for the template (repeatable)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'An AWS account id for the template (repeatable)')
            [CompletionResult]::new('--org-id', '--org-id', [CompletionResultType]::ParameterName, 'An AWS Organizations id (o-…) for org-pull')
            [CompletionResult]::new('--lifecycle-file', '--lifecycle-file', [CompletionResultType]::ParameterName, 'Lifecycle policy for created repositories, from a file (linted)')
            [CompletionResult]::new('--lifecycle-template', '--lifecycle-template', [CompletionResultType]::ParameterName, 'Lifecycle policy from a built-in template (see `ecrctl lifecycle templates`)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'How many images to keep (keep-last; default 30)')
            [CompletionResult]::new('--days', '--days', [CompletionResultType]::ParameterName, 'Days (expire-untagged: 14, keep-releases: 30, archive-unpulled: 90)')
            [CompletionResult]::new('--then-days', '--then-days', [CompletionResultType]::ParameterName, 'Days in the archive before expiring (archive-unpulled; default 180, at least 90)')
            [CompletionResult]::new('--pattern', '--pattern', [CompletionResultType]::ParameterName, 'A tag pattern (keep-last: one rule each; keep-releases: the releases, default v*)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'The role ECR uses to apply the template (needed for KMS keys and tags in other cases)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--immutable', '--immutable', [CompletionResultType]::ParameterName, 'Created repositories get immutable tags')
            [CompletionResult]::new('--mutable', '--mutable', [CompletionResultType]::ParameterName, 'Created repositories get mutable tags (update: switch back)')
            [CompletionResult]::new('--scan-on-push', '--scan-on-push', [CompletionResultType]::ParameterName, 'Refused: templates have no scanning setting (use registry scanning rules)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;template;delete' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when there is no terminal)')
            [CompletionResult]::new('--if-exists', '--if-exists', [CompletionResultType]::ParameterName, 'Succeed when there is no such template')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;template;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the templates')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a template (ROOT: the default one), or with --for which one a new repository gets')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a template for repositories whose names start with PREFIX/ (ROOT: every other)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change what is given of a template, and nothing else')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a template')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ecrctl;template;help;list' {
            break
        }
        'ecrctl;template;help;show' {
            break
        }
        'ecrctl;template;help;create' {
            break
        }
        'ecrctl;template;help;update' {
            break
        }
        'ecrctl;template;help;delete' {
            break
        }
        'ecrctl;template;help;help' {
            break
        }
        'ecrctl;lifecycle' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a repository''s lifecycle policy (`--output json` prints the document itself)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print a repository''s lifecycle policy (`--output json` prints the document itself)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Validate, diff, preview the next run, and apply; "unchanged" without writing when it is the same')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a repository''s lifecycle policy')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Lint a lifecycle policy file offline (no AWS call)')
            [CompletionResult]::new('preview', 'preview', [CompletionResultType]::ParameterValue, 'What a policy''s next run does to each image, and why (locally; --server asks ECR too)')
            [CompletionResult]::new('templates', 'templates', [CompletionResultType]::ParameterValue, 'List the built-in lifecycle templates')
            [CompletionResult]::new('template', 'template', [CompletionResultType]::ParameterValue, 'Print a built-in lifecycle template, filled in')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ecrctl;lifecycle;get' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;lifecycle;show' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;lifecycle;set' {
            [CompletionResult]::new('--repos', '--repos', [CompletionResultType]::ParameterName, 'Every repository whose name matches (`*` any characters, `/` included; `?` one); repeatable')
            [CompletionResult]::new('--repos-file', '--repos-file', [CompletionResultType]::ParameterName, 'Repositories listed in FILE, one a line (`#` comments, blank lines; `-` reads standard input)')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Repositories planned or changed at once when several are selected')
            [CompletionResult]::new('--plan-out', '--plan-out', [CompletionResultType]::ParameterName, 'Write the plan to FILE (reviewable JSON) and change nothing; apply it with --plan')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Apply the plan saved in FILE by --plan-out, exactly, after checking that nothing it planned against has changed (exit 24 when it has)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The lifecycle policy document (`-` reads standard input)')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'A built-in template instead of a file (see `ecrctl lifecycle templates`)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'How many images to keep (keep-last; default 30)')
            [CompletionResult]::new('--days', '--days', [CompletionResultType]::ParameterName, 'Days (expire-untagged: 14, keep-releases: 30, archive-unpulled: 90)')
            [CompletionResult]::new('--then-days', '--then-days', [CompletionResultType]::ParameterName, 'Days in the archive before expiring (archive-unpulled; default 180, at least 90)')
            [CompletionResult]::new('--pattern', '--pattern', [CompletionResultType]::ParameterName, 'A tag pattern (keep-last: one rule each; keep-releases: the releases, default v*)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate, diff and preview; write nothing')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'With --dry-run: exit 1 when something would change, 0 when nothing would (as `diff` and `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation when the next run would expire tagged images, or before setting it on several repositories or applying --plan (required then when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation when the next run would expire tagged images, or before setting it on several repositories or applying --plan (required then when there is no terminal)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;lifecycle;delete' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when there is no terminal)')
            [CompletionResult]::new('--if-exists', '--if-exists', [CompletionResultType]::ParameterName, 'Succeed when there is no lifecycle policy (or no repository)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;lifecycle;validate' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Fail on warnings too')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;lifecycle;preview' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The lifecycle policy document (`-` reads standard input)')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'A built-in template instead of a file (see `ecrctl lifecycle templates`)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'How many images to keep (keep-last; default 30)')
            [CompletionResult]::new('--days', '--days', [CompletionResultType]::ParameterName, 'Days (expire-untagged: 14, keep-releases: 30, archive-unpulled: 90)')
            [CompletionResult]::new('--then-days', '--then-days', [CompletionResultType]::ParameterName, 'Days in the archive before expiring (archive-unpulled; default 180, at least 90)')
            [CompletionResult]::new('--pattern', '--pattern', [CompletionResultType]::ParameterName, 'A tag pattern (keep-last: one rule each; keep-releases: the releases, default v*)')
            [CompletionResult]::new('--images', '--images', [CompletionResultType]::ParameterName, 'Evaluate these images instead of the repository''s: a JSON array as `ecrctl images list -o json` prints it (no AWS call)')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Evaluate as if it were this time (RFC 3339, e.g. 2026-01-31T00:00:00Z)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Also run ECR''s own preview and list every image where it and ecrctl disagree')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;lifecycle;templates' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;lifecycle;template' {
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'How many images to keep (keep-last; default 30)')
            [CompletionResult]::new('--days', '--days', [CompletionResultType]::ParameterName, 'Days (expire-untagged: 14, keep-releases: 30, archive-unpulled: 90)')
            [CompletionResult]::new('--then-days', '--then-days', [CompletionResultType]::ParameterName, 'Days in the archive before expiring (archive-unpulled; default 180, at least 90)')
            [CompletionResult]::new('--pattern', '--pattern', [CompletionResultType]::ParameterName, 'A tag pattern (keep-last: one rule each; keep-releases: the releases, default v*)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;lifecycle;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a repository''s lifecycle policy (`--output json` prints the document itself)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Validate, diff, preview the next run, and apply; "unchanged" without writing when it is the same')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a repository''s lifecycle policy')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Lint a lifecycle policy file offline (no AWS call)')
            [CompletionResult]::new('preview', 'preview', [CompletionResultType]::ParameterValue, 'What a policy''s next run does to each image, and why (locally; --server asks ECR too)')
            [CompletionResult]::new('templates', 'templates', [CompletionResultType]::ParameterValue, 'List the built-in lifecycle templates')
            [CompletionResult]::new('template', 'template', [CompletionResultType]::ParameterValue, 'Print a built-in lifecycle template, filled in')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ecrctl;lifecycle;help;get' {
            break
        }
        'ecrctl;lifecycle;help;set' {
            break
        }
        'ecrctl;lifecycle;help;delete' {
            break
        }
        'ecrctl;lifecycle;help;validate' {
            break
        }
        'ecrctl;lifecycle;help;preview' {
            break
        }
        'ecrctl;lifecycle;help;templates' {
            break
        }
        'ecrctl;lifecycle;help;template' {
            break
        }
        'ecrctl;lifecycle;help;help' {
            break
        }
        'ecrctl;login' {
            [CompletionResult]::new('--tool', '--tool', [CompletionResultType]::ParameterName, 'The tool to log in [default: docker, else the first of podman, nerdctl, finch, helm, oras on PATH]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--print-password', '--print-password', [CompletionResultType]::ParameterName, 'Print the password alone on stdout (for other tools); with -o json, the registry, user name and expiry, never the password')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Do not read or write the token cache')
            [CompletionResult]::new('--clear-cache', '--clear-cache', [CompletionResultType]::ParameterName, 'Empty the token cache and do nothing else')
            [CompletionResult]::new('--install-helper', '--install-helper', [CompletionResultType]::ParameterName, 'Make docker use ecrctl for these registries (default: your own and public.ecr.aws): credHelpers entries in the docker config and the docker-credential-ecrctl link')
            [CompletionResult]::new('--uninstall-helper', '--uninstall-helper', [CompletionResultType]::ParameterName, 'Remove exactly what --install-helper added (the docker-credential-ecrctl link stays: other docker configs may use it)')
            [CompletionResult]::new('--remove-link', '--remove-link', [CompletionResultType]::ParameterName, 'With --uninstall-helper: also remove the docker-credential-ecrctl link, unless a docker config ecrctl can find ($DOCKER_CONFIG, ~/.docker) still names it')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;credential-helper' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;audit' {
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Repositories read at the same time (lowered automatically when ECR throttles)')
            [CompletionResult]::new('--fail-on', '--fail-on', [CompletionResultType]::ParameterName, 'Exit 16 when a finding at or above this severity exists')
            [CompletionResult]::new('--controls', '--controls', [CompletionResultType]::ParameterName, 'Whose reading of the ECR controls to follow: ecrctl''s own, or Security Hub''s (its severities, so --fail-on gates what a Security Hub auditor gates)')
            [CompletionResult]::new('--only', '--only', [CompletionResultType]::ParameterName, 'Report only these finding codes (repeatable; `policy-*` selects a family)')
            [CompletionResult]::new('--ignore', '--ignore', [CompletionResultType]::ParameterName, 'Leave out these finding codes (repeatable; `policy-*` selects a family)')
            [CompletionResult]::new('--kms-key-arn', '--kms-key-arn', [CompletionResultType]::ParameterName, 'A customer managed KMS key ARN repositories may be encrypted with (repeatable; ECR.5''s allowed list). Others are a kms-key-not-allowed finding')
            [CompletionResult]::new('--required-tag', '--required-tag', [CompletionResultType]::ParameterName, 'A tag key every public repository must carry (repeatable; ECR.4''s parameter; with --public)')
            [CompletionResult]::new('--accounts', '--accounts', [CompletionResultType]::ParameterName, 'Audit these accounts (12-digit ids, comma-separated; repeatable), each through --role; the caller''s own account needs no role')
            [CompletionResult]::new('--accounts-file', '--accounts-file', [CompletionResultType]::ParameterName, 'Audit the accounts listed in FILE (ids separated by lines, commas or spaces; `#` starts a comment; `-` reads standard input)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The role to assume in each account other than yours, by name (arn:PARTITION:iam::ACCOUNT:role/NAME)')
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'The external id the role''s trust policy asks for')
            [CompletionResult]::new('--matrix', '--matrix', [CompletionResultType]::ParameterName, 'Print the evidence matrix instead of the findings: one row per repository (account, region, URI), a PASS / FAIL / NOT_APPLICABLE / UNKNOWN column and its reason per control')
            [CompletionResult]::new('--codequality', '--codequality', [CompletionResultType]::ParameterName, 'Also write the findings as a GitLab Code Quality report to FILE')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--all-regions', '--all-regions', [CompletionResultType]::ParameterName, 'Every commercial AWS region ECR runs in (regions not enabled for the account are noted and skipped)')
            [CompletionResult]::new('--public', '--public', [CompletionResultType]::ParameterName, 'Audit ECR Public repositories instead')
            [CompletionResult]::new('--scan-findings', '--scan-findings', [CompletionResultType]::ParameterName, 'Also report repositories whose tagged images carry critical (a high finding) or high (a medium finding) vulnerabilities in their last scan, from DescribeImages'' scan summaries (one listing per repository; no findings are read)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Audit every active account of the organization (Organizations ListAccounts: run from the management account or a delegated administrator)')
            [CompletionResult]::new('--fix-script', '--fix-script', [CompletionResultType]::ParameterName, 'Print a shell script of the commands that fix the findings (one commented command per finding, grouped by repository), to review and run (`bash fix.sh --dry-run` prints its commands); changes nothing itself')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;check-push' {
            [CompletionResult]::new('--digest', '--digest', [CompletionResultType]::ParameterName, 'The local image''s manifest digest (sha256:…)')
            [CompletionResult]::new('--oci-layout', '--oci-layout', [CompletionResultType]::ParameterName, 'An OCI image layout directory (docker buildx --output type=oci,tar=false)')
            [CompletionResult]::new('--metadata-file', '--metadata-file', [CompletionResultType]::ParameterName, 'A `docker buildx build --metadata-file` output')
            [CompletionResult]::new('--docker', '--docker', [CompletionResultType]::ParameterName, 'Ask the local docker CLI about this image')
            [CompletionResult]::new('--fail-on', '--fail-on', [CompletionResultType]::ParameterName, 'Which verdicts make the exit code non-zero')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'CI style of warnings and outputs [default: github when GITHUB_ACTIONS=true, gitlab when GITLAB_CI=true, else plain]')
            [CompletionResult]::new('--dotenv', '--dotenv', [CompletionResultType]::ParameterName, 'Write a dotenv report (ECRCTL_VERDICT=…, ECRCTL_PUSH_NEEDED=true|false) to FILE, e.g. for GitLab''s `artifacts: reports: dotenv`')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--warn-only', '--warn-only', [CompletionResultType]::ParameterName, 'Print warnings but always exit 0')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;completions' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;version' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;man' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Named profile from the shared AWS config files (else AWS_PROFILE)')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)')
            [CompletionResult]::new('--registry-id', '--registry-id', [CompletionResultType]::ParameterName, 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, text otherwise]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up on an AWS call after this many seconds, retries included')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use colour (also: the NO_COLOR environment variable)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results, warnings and errors: no status lines')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecrctl;help' {
            [CompletionResult]::new('repo', 'repo', [CompletionResultType]::ParameterValue, 'Create, show, list and delete repositories; switch tag mutability')
            [CompletionResult]::new('images', 'images', [CompletionResultType]::ParameterValue, 'List, inspect, tag and delete images')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'Show, set, validate and delete repository policies; policy templates')
            [CompletionResult]::new('registry', 'registry', [CompletionResultType]::ParameterValue, 'The registry as a whole: replication, registry policy, scanning, pull-through cache rules, creation templates, account settings')
            [CompletionResult]::new('template', 'template', [CompletionResultType]::ParameterValue, 'Repository creation templates: what create-on-push, pull-through cache and replication give the repositories they create')
            [CompletionResult]::new('lifecycle', 'lifecycle', [CompletionResultType]::ParameterValue, 'Lifecycle policies: get, set (after a preview of what the next run does), delete, validate, preview locally or with ECR, templates')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log docker (or podman, nerdctl, finch, helm, oras) in to ECR registries; install the docker credential helper')
            [CompletionResult]::new('credential-helper', 'credential-helper', [CompletionResultType]::ParameterValue, 'The docker-credential-helpers protocol: get, store, erase, list (docker runs it as docker-credential-ecrctl)')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Every repository''s tag and access posture, across regions, in one fast pass')
            [CompletionResult]::new('check-push', 'check-push', [CompletionResultType]::ParameterValue, 'Predict what pushing each image reference will do, before CI pushes it')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print the version, commit, target and AWS SDK versions (`-o json` for all of it)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print a man page (roff): ecrctl(1), or a command''s, e.g. `ecrctl man repo create`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ecrctl;help;repo' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a repository and print its URI')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one repository')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List repositories, all pages')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a repository')
            [CompletionResult]::new('immutable', 'immutable', [CompletionResultType]::ParameterValue, 'Make tags immutable (pushes cannot overwrite them), except tags matching --except')
            [CompletionResult]::new('mutable', 'mutable', [CompletionResultType]::ParameterValue, 'Make tags mutable (pushes may move them), except tags matching --except')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a repository''s settings: scan on push, resource tags, public catalog data')
            break
        }
        'ecrctl;help;repo;create' {
            break
        }
        'ecrctl;help;repo;show' {
            break
        }
        'ecrctl;help;repo;list' {
            break
        }
        'ecrctl;help;repo;delete' {
            break
        }
        'ecrctl;help;repo;immutable' {
            break
        }
        'ecrctl;help;repo;mutable' {
            break
        }
        'ecrctl;help;repo;update' {
            break
        }
        'ecrctl;help;images' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a repository''s images, all pages (newest first)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one image and its manifest (layers, or platforms of a multi-arch index)')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Point new tags at an existing image, server-side, under the immutability rules')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete images by tag or digest')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Clean up old images once: plan by default, delete with --yes (lifecycle rules, evaluated here)')
            [CompletionResult]::new('scan', 'scan', [CompletionResultType]::ParameterValue, 'Scan images (starting the scan where needed), wait for it, and judge the findings')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until images exist, or until their scans have completed')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy an image between registries (any registry, ECR-aware), digest kept, every platform')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Copy every matching tag of a repository to another; what is there is skipped')
            break
        }
        'ecrctl;help;images;list' {
            break
        }
        'ecrctl;help;images;show' {
            break
        }
        'ecrctl;help;images;tag' {
            break
        }
        'ecrctl;help;images;delete' {
            break
        }
        'ecrctl;help;images;prune' {
            break
        }
        'ecrctl;help;images;scan' {
            break
        }
        'ecrctl;help;images;wait' {
            break
        }
        'ecrctl;help;images;copy' {
            break
        }
        'ecrctl;help;images;sync' {
            break
        }
        'ecrctl;help;policy' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a repository''s policy (`--output json` prints the document itself)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Validate, diff and apply a policy; says "unchanged" without writing when it is the same')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a repository''s policy')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Lint a policy file offline (no AWS call)')
            [CompletionResult]::new('templates', 'templates', [CompletionResultType]::ParameterValue, 'List the built-in templates')
            [CompletionResult]::new('template', 'template', [CompletionResultType]::ParameterValue, 'Print a built-in template, filled in')
            break
        }
        'ecrctl;help;policy;get' {
            break
        }
        'ecrctl;help;policy;set' {
            break
        }
        'ecrctl;help;policy;delete' {
            break
        }
        'ecrctl;help;policy;validate' {
            break
        }
        'ecrctl;help;policy;templates' {
            break
        }
        'ecrctl;help;policy;template' {
            break
        }
        'ecrctl;help;registry' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every registry-level setting (a section that cannot be read says so)')
            [CompletionResult]::new('scanning', 'scanning', [CompletionResultType]::ParameterValue, 'Registry scanning: basic or enhanced, and which repositories are scanned on push or continuously')
            [CompletionResult]::new('replication', 'replication', [CompletionResultType]::ParameterValue, 'Replication to other regions and accounts')
            [CompletionResult]::new('pull-through', 'pull-through', [CompletionResultType]::ParameterValue, 'Pull-through cache rules: cache an upstream registry''s images under a prefix')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'The registry policy: who may replicate into this registry or create repositories in it')
            break
        }
        'ecrctl;help;registry;show' {
            break
        }
        'ecrctl;help;registry;scanning' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the registry scanning configuration (`-o json` round-trips into `set --file`)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace the scanning configuration, after a diff and a preview of each repository''s scanning')
            break
        }
        'ecrctl;help;registry;scanning;get' {
            break
        }
        'ecrctl;help;registry;scanning;set' {
            break
        }
        'ecrctl;help;registry;replication' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the replication configuration (`-o json` round-trips into `set --file`)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace the replication configuration, after checks, a diff and a preview of each repository''s destinations')
            [CompletionResult]::new('backfill', 'backfill', [CompletionResultType]::ParameterValue, 'Copy images pushed before replication was configured to its destinations')
            break
        }
        'ecrctl;help;registry;replication;get' {
            break
        }
        'ecrctl;help;registry;replication;set' {
            break
        }
        'ecrctl;help;registry;replication;backfill' {
            break
        }
        'ecrctl;help;registry;pull-through' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the pull-through cache rules')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a rule: PREFIX/IMAGE pulls cache UPSTREAM/IMAGE')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a rule''s credential or role')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a rule')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Ask ECR whether a rule reaches its upstream with its credential (exit 27 when not)')
            break
        }
        'ecrctl;help;registry;pull-through;list' {
            break
        }
        'ecrctl;help;registry;pull-through;create' {
            break
        }
        'ecrctl;help;registry;pull-through;update' {
            break
        }
        'ecrctl;help;registry;pull-through;delete' {
            break
        }
        'ecrctl;help;registry;pull-through;validate' {
            break
        }
        'ecrctl;help;registry;policy' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the registry policy (exit 14 when there is none)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Validate, diff and set the registry policy')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete the registry policy')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Lint a registry policy file offline (no AWS call)')
            break
        }
        'ecrctl;help;registry;policy;get' {
            break
        }
        'ecrctl;help;registry;policy;set' {
            break
        }
        'ecrctl;help;registry;policy;delete' {
            break
        }
        'ecrctl;help;registry;policy;validate' {
            break
        }
        'ecrctl;help;template' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the templates')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a template (ROOT: the default one), or with --for which one a new repository gets')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a template for repositories whose names start with PREFIX/ (ROOT: every other)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change what is given of a template, and nothing else')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a template')
            break
        }
        'ecrctl;help;template;list' {
            break
        }
        'ecrctl;help;template;show' {
            break
        }
        'ecrctl;help;template;create' {
            break
        }
        'ecrctl;help;template;update' {
            break
        }
        'ecrctl;help;template;delete' {
            break
        }
        'ecrctl;help;lifecycle' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a repository''s lifecycle policy (`--output json` prints the document itself)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Validate, diff, preview the next run, and apply; "unchanged" without writing when it is the same')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a repository''s lifecycle policy')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Lint a lifecycle policy file offline (no AWS call)')
            [CompletionResult]::new('preview', 'preview', [CompletionResultType]::ParameterValue, 'What a policy''s next run does to each image, and why (locally; --server asks ECR too)')
            [CompletionResult]::new('templates', 'templates', [CompletionResultType]::ParameterValue, 'List the built-in lifecycle templates')
            [CompletionResult]::new('template', 'template', [CompletionResultType]::ParameterValue, 'Print a built-in lifecycle template, filled in')
            break
        }
        'ecrctl;help;lifecycle;get' {
            break
        }
        'ecrctl;help;lifecycle;set' {
            break
        }
        'ecrctl;help;lifecycle;delete' {
            break
        }
        'ecrctl;help;lifecycle;validate' {
            break
        }
        'ecrctl;help;lifecycle;preview' {
            break
        }
        'ecrctl;help;lifecycle;templates' {
            break
        }
        'ecrctl;help;lifecycle;template' {
            break
        }
        'ecrctl;help;login' {
            break
        }
        'ecrctl;help;credential-helper' {
            break
        }
        'ecrctl;help;audit' {
            break
        }
        'ecrctl;help;check-push' {
            break
        }
        'ecrctl;help;completions' {
            break
        }
        'ecrctl;help;version' {
            break
        }
        'ecrctl;help;man' {
            break
        }
        'ecrctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
