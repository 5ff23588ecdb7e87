
use builtin;
use str;

set edit:completion:arg-completer[ecrctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'ecrctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'ecrctl'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand repo 'Create, show, list and delete repositories; switch tag mutability'
            cand images 'List, inspect, tag and delete images'
            cand policy 'Show, set, validate and delete repository policies; policy templates'
            cand registry 'The registry as a whole: replication, registry policy, scanning, pull-through cache rules, creation templates, account settings'
            cand template 'Repository creation templates: what create-on-push, pull-through cache and replication give the repositories they create'
            cand lifecycle 'Lifecycle policies: get, set (after a preview of what the next run does), delete, validate, preview locally or with ECR, templates'
            cand login 'Log docker (or podman, nerdctl, finch, helm, oras) in to ECR registries; install the docker credential helper'
            cand credential-helper 'The docker-credential-helpers protocol: get, store, erase, list (docker runs it as docker-credential-ecrctl)'
            cand audit 'Every repository''s tag and access posture, across regions, in one fast pass'
            cand check-push 'Predict what pushing each image reference will do, before CI pushes it'
            cand completions 'Print a shell completion script'
            cand version 'Print the version, commit, target and AWS SDK versions (`-o json` for all of it)'
            cand man 'Print a man page (roff): ecrctl(1), or a command''s, e.g. `ecrctl man repo create`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ecrctl;repo'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a repository and print its URI'
            cand show 'Show one repository'
            cand list 'List repositories, all pages'
            cand delete 'Delete a repository'
            cand immutable 'Make tags immutable (pushes cannot overwrite them), except tags matching --except'
            cand mutable 'Make tags mutable (pushes may move them), except tags matching --except'
            cand update 'Change a repository''s settings: scan on push, resource tags, public catalog data'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ecrctl;repo;create'= {
            cand --except 'Exclusion filter (repeatable, 1-5): tags matching it get the opposite mutability. `*` matches any characters; the whole tag must match'
            cand --kms-key 'Encrypt with this KMS key (key id, key ARN, alias/NAME or alias ARN); default AES256'
            cand --tag 'Resource tag (repeatable)'
            cand --description 'Public catalog: short description'
            cand --about-file 'Public catalog: Markdown "about" text, read from FILE'
            cand --usage-file 'Public catalog: Markdown usage text, read from FILE'
            cand --architecture 'Public catalog: architecture (repeatable): arm, arm64, x86, x86-64'
            cand --os 'Public catalog: operating system (repeatable): linux, windows'
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --public 'Create an ECR Public repository (always in us-east-1)'
            cand --immutable 'Make tags immutable (default: mutable)'
            cand --scan-on-push 'Scan images for vulnerabilities when they are pushed'
            cand --if-not-exists 'Succeed when the repository already exists (reported as existing, settings untouched)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;repo;show'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --public 'An ECR Public repository'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;repo;list'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --public 'List ECR Public repositories instead'
            cand --stats 'Per repository: its image count, total bytes, newest push and untagged count (one listing of its images each, a few repositories at a time). Bytes are ECR''s imageSizeInBytes (compressed layers) summed over every image except image indexes, whose reported size is their largest platform image, itself listed and counted; a layer shared by several images counts once per image, so this is what the images weigh, at most what the repository stores. Untagged includes the platform images of multi-arch images and signatures, which ECR lists untagged'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;repo;delete'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --public 'An ECR Public repository'
            cand --force 'Delete the repository even if it contains images (they are deleted too)'
            cand -y 'Do not ask for confirmation (required when there is no terminal)'
            cand --yes 'Do not ask for confirmation (required when there is no terminal)'
            cand --if-exists 'Succeed when the repository does not exist'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;repo;immutable'= {
            cand --repos 'Every repository whose name matches (`*` any characters, `/` included; `?` one); repeatable'
            cand --repos-file 'Repositories listed in FILE, one a line (`#` comments, blank lines; `-` reads standard input)'
            cand --concurrency 'Repositories planned or changed at once when several are selected'
            cand --plan-out 'Write the plan to FILE (reviewable JSON) and change nothing; apply it with --plan'
            cand --plan 'Apply the plan saved in FILE by --plan-out, exactly, after checking that nothing it planned against has changed (exit 24 when it has)'
            cand --except 'Exclusion filter (repeatable, 1-5): tags matching it get the opposite mutability'
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --public 'The repository is an ECR Public one (always an error: ECR Public has no such setting)'
            cand --dry-run 'Say what would change (before → after), write nothing'
            cand --exit-code 'With --dry-run: exit 1 when something would change, 0 when nothing would (as `diff` and `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)'
            cand -y 'With several repositories or --plan: change them without asking (required then when there is no terminal)'
            cand --yes 'With several repositories or --plan: change them without asking (required then when there is no terminal)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;repo;mutable'= {
            cand --repos 'Every repository whose name matches (`*` any characters, `/` included; `?` one); repeatable'
            cand --repos-file 'Repositories listed in FILE, one a line (`#` comments, blank lines; `-` reads standard input)'
            cand --concurrency 'Repositories planned or changed at once when several are selected'
            cand --plan-out 'Write the plan to FILE (reviewable JSON) and change nothing; apply it with --plan'
            cand --plan 'Apply the plan saved in FILE by --plan-out, exactly, after checking that nothing it planned against has changed (exit 24 when it has)'
            cand --except 'Exclusion filter (repeatable, 1-5): tags matching it get the opposite mutability'
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --public 'The repository is an ECR Public one (always an error: ECR Public has no such setting)'
            cand --dry-run 'Say what would change (before → after), write nothing'
            cand --exit-code 'With --dry-run: exit 1 when something would change, 0 when nothing would (as `diff` and `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)'
            cand -y 'With several repositories or --plan: change them without asking (required then when there is no terminal)'
            cand --yes 'With several repositories or --plan: change them without asking (required then when there is no terminal)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;repo;update'= {
            cand --repos 'Every repository whose name matches (`*` any characters, `/` included; `?` one); repeatable'
            cand --repos-file 'Repositories listed in FILE, one a line (`#` comments, blank lines; `-` reads standard input)'
            cand --concurrency 'Repositories planned or changed at once when several are selected'
            cand --plan-out 'Write the plan to FILE (reviewable JSON) and change nothing; apply it with --plan'
            cand --plan 'Apply the plan saved in FILE by --plan-out, exactly, after checking that nothing it planned against has changed (exit 24 when it has)'
            cand --tag 'Add or change a resource tag (repeatable)'
            cand --untag 'Remove a resource tag (repeatable)'
            cand --kms-key 'Encryption cannot change after creation: refused with how to move to a new repository'
            cand --description 'Public catalog: short description'
            cand --about-file 'Public catalog: Markdown "about" text, read from FILE'
            cand --usage-file 'Public catalog: Markdown usage text, read from FILE'
            cand --architecture 'Public catalog: architecture (repeatable; replaces the list): arm, arm64, x86, x86-64'
            cand --os 'Public catalog: operating system (repeatable; replaces the list): linux, windows'
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --public 'An ECR Public repository'
            cand --scan-on-push 'Scan images for vulnerabilities when they are pushed'
            cand --no-scan-on-push 'Stop scanning images on push'
            cand --dry-run 'Say what would change (before → after), write nothing'
            cand --exit-code 'With --dry-run: exit 1 when something would change, 0 when nothing would (as `diff` and `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)'
            cand -y 'With several repositories or --plan: change them without asking (required then when there is no terminal)'
            cand --yes 'With several repositories or --plan: change them without asking (required then when there is no terminal)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;repo;help'= {
            cand create 'Create a repository and print its URI'
            cand show 'Show one repository'
            cand list 'List repositories, all pages'
            cand delete 'Delete a repository'
            cand immutable 'Make tags immutable (pushes cannot overwrite them), except tags matching --except'
            cand mutable 'Make tags mutable (pushes may move them), except tags matching --except'
            cand update 'Change a repository''s settings: scan on push, resource tags, public catalog data'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ecrctl;repo;help;create'= {
        }
        &'ecrctl;repo;help;show'= {
        }
        &'ecrctl;repo;help;list'= {
        }
        &'ecrctl;repo;help;delete'= {
        }
        &'ecrctl;repo;help;immutable'= {
        }
        &'ecrctl;repo;help;mutable'= {
        }
        &'ecrctl;repo;help;update'= {
        }
        &'ecrctl;repo;help;help'= {
        }
        &'ecrctl;images'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List a repository''s images, all pages (newest first)'
            cand show 'Show one image and its manifest (layers, or platforms of a multi-arch index)'
            cand tag 'Point new tags at an existing image, server-side, under the immutability rules'
            cand delete 'Delete images by tag or digest'
            cand prune 'Clean up old images once: plan by default, delete with --yes (lifecycle rules, evaluated here)'
            cand scan 'Scan images (starting the scan where needed), wait for it, and judge the findings'
            cand wait 'Wait until images exist, or until their scans have completed'
            cand copy 'Copy an image between registries (any registry, ECR-aware), digest kept, every platform'
            cand sync 'Copy every matching tag of a repository to another; what is there is skipped'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ecrctl;images;list'= {
            cand --tag 'Only images with a tag matching this glob (`*` any characters, `?` one)'
            cand --sort 'Sort order'
            cand --limit 'Show at most N images (after sorting)'
            cand --since 'Only images pushed within this long, e.g. 7d, 12h, 30m, 2w'
            cand --before 'Only images pushed before this: a date (2026-01-31, 2026-01-31T12:00:00Z) or an age (30d: pushed over 30 days ago)'
            cand --larger-than 'Only images larger than SIZE: 500MB, 1.5GiB, 100m (KB, MB, GB: powers of 1000; KiB, MiB, GiB: of 1024); a multi-arch image counts the sum of its platform images'
            cand --smaller-than 'Only images smaller than SIZE (units as --larger-than)'
            cand --status 'Image status (ECR archives images since 2025)'
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --all-repos 'Every repository of the registry (--registry-id names another account''s), with a repository column; the filters, sort and --limit apply to all of them together'
            cand --public 'An ECR Public repository'
            cand --tagged 'Only images with at least one tag'
            cand --untagged 'Only images without tags'
            cand --reverse 'Reverse the order'
            cand --scan 'The table shows each image''s scan status and finding counts per severity (from the listing itself: no extra calls; text and JSON always carry them)'
            cand --referrers 'Mark the images that have referrers (signatures, SBOMs, attestations) and the referrers themselves (reads the manifests of images whose subject the listing does not give)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;images;show'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --public 'An ECR Public repository'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;images;tag'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --all-or-nothing 'Write nothing if any new tag would be refused'
            cand --dry-run 'Decide and print, but write nothing'
            cand --exit-code 'With --dry-run: exit 1 when a tag would be written, 0 when nothing would (as `diff` and `git diff --exit-code`; a refused tag is still 10)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;images;delete'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --public 'An ECR Public repository'
            cand -y 'Do not ask for confirmation (required when there is no terminal)'
            cand --yes 'Do not ask for confirmation (required when there is no terminal)'
            cand --if-exists 'Succeed when an image (or the repository) does not exist: a cleanup job may run twice'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;images;prune'= {
            cand --repos 'Every repository whose name matches (`*` any characters, `/` included; `?` one); repeatable'
            cand --repos-file 'Repositories listed in FILE, one a line (`#` comments, blank lines; `-` reads standard input)'
            cand --concurrency 'Repositories planned or changed at once when several are selected'
            cand --plan-out 'Write the plan to FILE (reviewable JSON) and change nothing; apply it with --plan'
            cand --plan 'Apply the plan saved in FILE by --plan-out, exactly, after checking that nothing it planned against has changed (exit 24 when it has)'
            cand --tag 'Prune images with a tag matching this pattern (`*` any characters; repeatable, one rule each)'
            cand --keep 'Never delete images with a tag matching this pattern (repeatable)'
            cand --older-than 'Delete what is older than this (whole days or weeks: 30d, 2w)'
            cand --keep-last 'Keep the newest N of each rule''s images, delete the rest; with --older-than or --not-pulled-for, delete only what that selects but always keep the newest N'
            cand --not-pulled-for 'Delete what was not pulled for this long (never pulled: since its push; whole days or weeks)'
            cand --now 'Evaluate as if it were this time (RFC 3339, e.g. 2026-01-31T00:00:00Z)'
            cand --min-age 'Keep images pushed within this long (30m, 1h, 2d; default 1h with --untagged, else 0)'
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --untagged 'Prune untagged images'
            cand --print-policy 'Print the lifecycle policy these options make (for `ecrctl lifecycle set --file -`) and do nothing else'
            cand -y 'Delete (without it, only the plan is printed)'
            cand --yes 'Delete (without it, only the plan is printed)'
            cand --dry-run 'Print the plan and delete nothing, never asking (the default without --yes; for scripts that say so)'
            cand --exit-code 'With --dry-run: exit 1 when something would be deleted, 0 when nothing would (as `diff` and `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)'
            cand --all 'List every image in a table or text, kept ones too (default: only what is deleted; JSON always lists every image)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;images;scan'= {
            cand --fail-on 'Fail (exit 19) when a finding at or above this severity counts'
            cand --ignore 'A file of vulnerabilities to ignore, each with its reason and an optional last day'
            cand --sarif 'Also write the findings as SARIF 2.1.0 (GitHub code scanning) to FILE'
            cand --gitlab-report 'Also write a GitLab container-scanning report to FILE'
            cand --junit 'Also write the findings as JUnit XML to FILE'
            cand --sarif-location 'The file SARIF results point at (e.g. the Dockerfile) [default: the repository name]'
            cand --format 'CI style of warnings [default: github when GITHUB_ACTIONS=true, else plain]: github adds an annotation per failing finding and a step summary'
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --wait 'Wait for scans in progress to complete (until --deadline, else 30 minutes)'
            cand --no-start 'Never start a scan (for roles without ecr:StartImageScan): an image never scanned has no verdict'
            cand --fixable-only 'Count only findings a package upgrade fixes (where the scanner says)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;images;wait'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --scan-complete 'Also wait until each image''s scan has completed (exit 21 when it fails)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;images;copy'= {
            cand --jobs 'Blobs transferred at the same time'
            cand --src-profile 'AWS profile for an ECR source (default: --profile)'
            cand --dst-profile 'AWS profile for an ECR destination (default: --profile)'
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --referrers 'Also copy the signatures, SBOMs and attestations attached to the image (OCI referrers, the `sha256-<hex>` tag of registries without the referrers API, cosign''s `.sig`, `.att` and `.sbom` tags)'
            cand --create 'Create a missing ECR destination repository (ECR''s defaults) when no create-on-push template would create it'
            cand --dry-run 'Decide and print, but write nothing'
            cand --exit-code 'With --dry-run: exit 1 when something would be copied, 0 when nothing would'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;images;sync'= {
            cand --tags 'Only tags matching this glob (`*` any characters, `?` one); repeat for several'
            cand --since 'Only images created within this long (the image config''s `created`), e.g. 7d, 12h'
            cand --jobs 'Blobs transferred at the same time'
            cand --src-profile 'AWS profile for an ECR source (default: --profile)'
            cand --dst-profile 'AWS profile for an ECR destination (default: --profile)'
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --referrers 'Also copy the signatures, SBOMs and attestations attached to the image (OCI referrers, the `sha256-<hex>` tag of registries without the referrers API, cosign''s `.sig`, `.att` and `.sbom` tags)'
            cand --create 'Create a missing ECR destination repository (ECR''s defaults) when no create-on-push template would create it'
            cand --dry-run 'Decide and print, but write nothing'
            cand --exit-code 'With --dry-run: exit 1 when something would be copied, 0 when nothing would'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;images;help'= {
            cand list 'List a repository''s images, all pages (newest first)'
            cand show 'Show one image and its manifest (layers, or platforms of a multi-arch index)'
            cand tag 'Point new tags at an existing image, server-side, under the immutability rules'
            cand delete 'Delete images by tag or digest'
            cand prune 'Clean up old images once: plan by default, delete with --yes (lifecycle rules, evaluated here)'
            cand scan 'Scan images (starting the scan where needed), wait for it, and judge the findings'
            cand wait 'Wait until images exist, or until their scans have completed'
            cand copy 'Copy an image between registries (any registry, ECR-aware), digest kept, every platform'
            cand sync 'Copy every matching tag of a repository to another; what is there is skipped'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ecrctl;images;help;list'= {
        }
        &'ecrctl;images;help;show'= {
        }
        &'ecrctl;images;help;tag'= {
        }
        &'ecrctl;images;help;delete'= {
        }
        &'ecrctl;images;help;prune'= {
        }
        &'ecrctl;images;help;scan'= {
        }
        &'ecrctl;images;help;wait'= {
        }
        &'ecrctl;images;help;copy'= {
        }
        &'ecrctl;images;help;sync'= {
        }
        &'ecrctl;images;help;help'= {
        }
        &'ecrctl;policy'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Print a repository''s policy (`--output json` prints the document itself)'
            cand show 'Print a repository''s policy (`--output json` prints the document itself)'
            cand set 'Validate, diff and apply a policy; says "unchanged" without writing when it is the same'
            cand delete 'Delete a repository''s policy'
            cand validate 'Lint a policy file offline (no AWS call)'
            cand templates 'List the built-in templates'
            cand template 'Print a built-in template, filled in'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ecrctl;policy;get'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --public 'An ECR Public repository'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;policy;show'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --public 'An ECR Public repository'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;policy;set'= {
            cand --repos 'Every repository whose name matches (`*` any characters, `/` included; `?` one); repeatable'
            cand --repos-file 'Repositories listed in FILE, one a line (`#` comments, blank lines; `-` reads standard input)'
            cand --concurrency 'Repositories planned or changed at once when several are selected'
            cand --plan-out 'Write the plan to FILE (reviewable JSON) and change nothing; apply it with --plan'
            cand --plan 'Apply the plan saved in FILE by --plan-out, exactly, after checking that nothing it planned against has changed (exit 24 when it has)'
            cand --file 'The policy document (`-` reads standard input)'
            cand --template 'A built-in template instead of a file (see `ecrctl policy templates`)'
            cand --principal 'A principal ARN for the template (repeatable)'
            cand --account 'An AWS account id for the template (repeatable)'
            cand --org-id 'An AWS Organizations id (o-…) for org-pull'
            cand --wait 'Retry for up to this long while IAM propagates a just-created principal'
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --public 'An ECR Public repository'
            cand --dry-run 'Validate and show the diff, write nothing'
            cand --exit-code 'With --dry-run: exit 1 when something would change, 0 when nothing would (as `diff` and `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)'
            cand --force 'Pass `force` to SetRepositoryPolicy: skips ECR''s check that the policy does not lock everyone out. Only when you mean it'
            cand --no-validate 'Apply even when validation finds errors'
            cand -y 'With several repositories or --plan: set it without asking (required then when there is no terminal)'
            cand --yes 'With several repositories or --plan: set it without asking (required then when there is no terminal)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;policy;delete'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --public 'An ECR Public repository'
            cand -y 'Do not ask for confirmation (required when there is no terminal)'
            cand --yes 'Do not ask for confirmation (required when there is no terminal)'
            cand --if-exists 'Succeed when there is no policy (or no repository): a cleanup job may run twice'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;policy;validate'= {
            cand --codequality 'Also write the findings as a GitLab Code Quality report to FILE'
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --public 'A public repository''s policy (ecr-public: actions)'
            cand --strict 'Fail on warnings too'
            cand --identity 'An identity policy (attached to a user or role): Resource required, Principal forbidden'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;policy;templates'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;policy;template'= {
            cand --principal 'A principal ARN for the template (repeatable)'
            cand --account 'An AWS account id for the template (repeatable)'
            cand --org-id 'An AWS Organizations id (o-…) for org-pull'
            cand --repo 'Repositories for --identity (repeatable)'
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --public 'For a public repository'
            cand --identity 'Print the least-privilege identity policy for --repo instead (the caller''s account, or the one --account names, and the configured region)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;policy;help'= {
            cand get 'Print a repository''s policy (`--output json` prints the document itself)'
            cand set 'Validate, diff and apply a policy; says "unchanged" without writing when it is the same'
            cand delete 'Delete a repository''s policy'
            cand validate 'Lint a policy file offline (no AWS call)'
            cand templates 'List the built-in templates'
            cand template 'Print a built-in template, filled in'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ecrctl;policy;help;get'= {
        }
        &'ecrctl;policy;help;set'= {
        }
        &'ecrctl;policy;help;delete'= {
        }
        &'ecrctl;policy;help;validate'= {
        }
        &'ecrctl;policy;help;templates'= {
        }
        &'ecrctl;policy;help;template'= {
        }
        &'ecrctl;policy;help;help'= {
        }
        &'ecrctl;registry'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show every registry-level setting (a section that cannot be read says so)'
            cand scanning 'Registry scanning: basic or enhanced, and which repositories are scanned on push or continuously'
            cand replication 'Replication to other regions and accounts'
            cand pull-through 'Pull-through cache rules: cache an upstream registry''s images under a prefix'
            cand policy 'The registry policy: who may replicate into this registry or create repositories in it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ecrctl;registry;show'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --policy 'Print the registry policy document itself (exit 14 when there is none)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;registry;scanning'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Print the registry scanning configuration (`-o json` round-trips into `set --file`)'
            cand set 'Replace the scanning configuration, after a diff and a preview of each repository''s scanning'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ecrctl;registry;scanning;get'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;registry;scanning;set'= {
            cand --type 'basic (ECR''s own scanner) or enhanced (Amazon Inspector, billed); default: the current'
            cand --scan-on-push 'Scan on push the repositories this filter matches (repeatable, up to 100)'
            cand --continuous 'Scan continuously the repositories this filter matches (enhanced only; repeatable)'
            cand --file 'The configuration as JSON: {"scanType","rules"} or what `registry scanning get -o json` prints (`-` reads standard input)'
            cand --plan-out 'Write the plan (the setting as it is now and the new one) to FILE and change nothing; apply it later with --plan'
            cand --plan 'Apply the saved plan FILE exactly, after checking that the setting has not changed since it was planned (exit 24 when it has, 25 when FILE is not such a plan)'
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --dry-run 'Show the diff and what it does to each repository; write nothing'
            cand --exit-code 'With --dry-run: exit 1 when something would change, 0 when nothing would (as `diff` and `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)'
            cand -y 'Do not ask for confirmation (required when there is no terminal)'
            cand --yes 'Do not ask for confirmation (required when there is no terminal)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;registry;scanning;help'= {
            cand get 'Print the registry scanning configuration (`-o json` round-trips into `set --file`)'
            cand set 'Replace the scanning configuration, after a diff and a preview of each repository''s scanning'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ecrctl;registry;scanning;help;get'= {
        }
        &'ecrctl;registry;scanning;help;set'= {
        }
        &'ecrctl;registry;scanning;help;help'= {
        }
        &'ecrctl;registry;replication'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Print the replication configuration (`-o json` round-trips into `set --file`)'
            cand set 'Replace the replication configuration, after checks, a diff and a preview of each repository''s destinations'
            cand backfill 'Copy images pushed before replication was configured to its destinations'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ecrctl;registry;replication;get'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;registry;replication;set'= {
            cand --destination 'Replicate to REGION (this account) or REGION:ACCOUNT (repeatable)'
            cand --filter 'Only repositories whose names start with PREFIX (repeatable; default: every repository)'
            cand --file 'The configuration as JSON: {"rules"} or what `registry replication get -o json` prints (`-` reads standard input)'
            cand --check-role 'A role (name or ARN) to assume in each other destination account to read its registry policy; without it, other accounts'' policies are not checked'
            cand --plan-out 'Write the plan (the setting as it is now and the new one) to FILE and change nothing; apply it later with --plan'
            cand --plan 'Apply the saved plan FILE exactly, after checking that the setting has not changed since it was planned (exit 24 when it has, 25 when FILE is not such a plan)'
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --off 'Turn replication off (no rules)'
            cand --ignore-checks 'Write even when a destination''s registry policy does not allow replication'
            cand --dry-run 'Show the diff and what it does to each repository; write nothing'
            cand --exit-code 'With --dry-run: exit 1 when something would change, 0 when nothing would (as `diff` and `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)'
            cand -y 'Do not ask for confirmation (required when there is no terminal)'
            cand --yes 'Do not ask for confirmation (required when there is no terminal)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;registry;replication;backfill'= {
            cand --destination 'A destination of the replication configuration, REGION or REGION:ACCOUNT (repeatable; default: every one)'
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --dry-run 'Say which destinations and repositories would be backfilled; start nothing'
            cand -y 'Do not ask for confirmation (required when there is no terminal)'
            cand --yes 'Do not ask for confirmation (required when there is no terminal)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;registry;replication;help'= {
            cand get 'Print the replication configuration (`-o json` round-trips into `set --file`)'
            cand set 'Replace the replication configuration, after checks, a diff and a preview of each repository''s destinations'
            cand backfill 'Copy images pushed before replication was configured to its destinations'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ecrctl;registry;replication;help;get'= {
        }
        &'ecrctl;registry;replication;help;set'= {
        }
        &'ecrctl;registry;replication;help;backfill'= {
        }
        &'ecrctl;registry;replication;help;help'= {
        }
        &'ecrctl;registry;pull-through'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the pull-through cache rules'
            cand create 'Create a rule: PREFIX/IMAGE pulls cache UPSTREAM/IMAGE'
            cand update 'Change a rule''s credential or role'
            cand delete 'Delete a rule'
            cand validate 'Ask ECR whether a rule reaches its upstream with its credential (exit 27 when not)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ecrctl;registry;pull-through;list'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;registry;pull-through;create'= {
            cand --upstream 'The upstream registry''s host: public.ecr.aws, registry.k8s.io, quay.io, registry-1.docker.io, ghcr.io, registry.gitlab.com, NAME.azurecr.io, cgr.dev or ACCOUNT.dkr.ecr.REGION.amazonaws.com'
            cand --upstream-prefix 'Only this upstream repository prefix is cached (default: all of it)'
            cand --credential-arn 'The Secrets Manager secret (its ARN; the name starts with ecr-pullthroughcache/) holding the upstream''s credential. Never read by ecrctl'
            cand --custom-role-arn 'The IAM role ECR assumes to pull from another ECR registry'
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --dry-run 'Show the diff and what it does to each repository; write nothing'
            cand --exit-code 'With --dry-run: exit 1 when something would change, 0 when nothing would (as `diff` and `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)'
            cand -y 'Do not ask for confirmation (required when there is no terminal)'
            cand --yes 'Do not ask for confirmation (required when there is no terminal)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;registry;pull-through;update'= {
            cand --credential-arn 'The new credential''s Secrets Manager ARN (never read by ecrctl)'
            cand --custom-role-arn 'The new role ECR assumes (an ECR upstream)'
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --dry-run 'Show the diff and what it does to each repository; write nothing'
            cand --exit-code 'With --dry-run: exit 1 when something would change, 0 when nothing would (as `diff` and `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)'
            cand -y 'Do not ask for confirmation (required when there is no terminal)'
            cand --yes 'Do not ask for confirmation (required when there is no terminal)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;registry;pull-through;delete'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand -y 'Do not ask for confirmation (required when there is no terminal)'
            cand --yes 'Do not ask for confirmation (required when there is no terminal)'
            cand --if-exists 'Succeed when there is no such rule'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;registry;pull-through;validate'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;registry;pull-through;help'= {
            cand list 'List the pull-through cache rules'
            cand create 'Create a rule: PREFIX/IMAGE pulls cache UPSTREAM/IMAGE'
            cand update 'Change a rule''s credential or role'
            cand delete 'Delete a rule'
            cand validate 'Ask ECR whether a rule reaches its upstream with its credential (exit 27 when not)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ecrctl;registry;pull-through;help;list'= {
        }
        &'ecrctl;registry;pull-through;help;create'= {
        }
        &'ecrctl;registry;pull-through;help;update'= {
        }
        &'ecrctl;registry;pull-through;help;delete'= {
        }
        &'ecrctl;registry;pull-through;help;validate'= {
        }
        &'ecrctl;registry;pull-through;help;help'= {
        }
        &'ecrctl;registry;policy'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Print the registry policy (exit 14 when there is none)'
            cand show 'Print the registry policy (exit 14 when there is none)'
            cand set 'Validate, diff and set the registry policy'
            cand delete 'Delete the registry policy'
            cand validate 'Lint a registry policy file offline (no AWS call)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ecrctl;registry;policy;get'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;registry;policy;show'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;registry;policy;set'= {
            cand --file 'The policy document (`-` reads standard input)'
            cand --plan-out 'Write the plan (the setting as it is now and the new one) to FILE and change nothing; apply it later with --plan'
            cand --plan 'Apply the saved plan FILE exactly, after checking that the setting has not changed since it was planned (exit 24 when it has, 25 when FILE is not such a plan)'
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --no-validate 'Apply even when validation finds errors'
            cand --dry-run 'Show the diff and what it does to each repository; write nothing'
            cand --exit-code 'With --dry-run: exit 1 when something would change, 0 when nothing would (as `diff` and `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)'
            cand -y 'Do not ask for confirmation (required when there is no terminal)'
            cand --yes 'Do not ask for confirmation (required when there is no terminal)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;registry;policy;delete'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand -y 'Do not ask for confirmation (required when there is no terminal)'
            cand --yes 'Do not ask for confirmation (required when there is no terminal)'
            cand --if-exists 'Succeed when there is no registry policy'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;registry;policy;validate'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --strict 'Fail on warnings too'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;registry;policy;help'= {
            cand get 'Print the registry policy (exit 14 when there is none)'
            cand set 'Validate, diff and set the registry policy'
            cand delete 'Delete the registry policy'
            cand validate 'Lint a registry policy file offline (no AWS call)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ecrctl;registry;policy;help;get'= {
        }
        &'ecrctl;registry;policy;help;set'= {
        }
        &'ecrctl;registry;policy;help;delete'= {
        }
        &'ecrctl;registry;policy;help;validate'= {
        }
        &'ecrctl;registry;policy;help;help'= {
        }
        &'ecrctl;registry;help'= {
            cand show 'Show every registry-level setting (a section that cannot be read says so)'
            cand scanning 'Registry scanning: basic or enhanced, and which repositories are scanned on push or continuously'
            cand replication 'Replication to other regions and accounts'
            cand pull-through 'Pull-through cache rules: cache an upstream registry''s images under a prefix'
            cand policy 'The registry policy: who may replicate into this registry or create repositories in it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ecrctl;registry;help;show'= {
        }
        &'ecrctl;registry;help;scanning'= {
            cand get 'Print the registry scanning configuration (`-o json` round-trips into `set --file`)'
            cand set 'Replace the scanning configuration, after a diff and a preview of each repository''s scanning'
        }
        &'ecrctl;registry;help;scanning;get'= {
        }
        &'ecrctl;registry;help;scanning;set'= {
        }
        &'ecrctl;registry;help;replication'= {
            cand get 'Print the replication configuration (`-o json` round-trips into `set --file`)'
            cand set 'Replace the replication configuration, after checks, a diff and a preview of each repository''s destinations'
            cand backfill 'Copy images pushed before replication was configured to its destinations'
        }
        &'ecrctl;registry;help;replication;get'= {
        }
        &'ecrctl;registry;help;replication;set'= {
        }
        &'ecrctl;registry;help;replication;backfill'= {
        }
        &'ecrctl;registry;help;pull-through'= {
            cand list 'List the pull-through cache rules'
            cand create 'Create a rule: PREFIX/IMAGE pulls cache UPSTREAM/IMAGE'
            cand update 'Change a rule''s credential or role'
            cand delete 'Delete a rule'
            cand validate 'Ask ECR whether a rule reaches its upstream with its credential (exit 27 when not)'
        }
        &'ecrctl;registry;help;pull-through;list'= {
        }
        &'ecrctl;registry;help;pull-through;create'= {
        }
        &'ecrctl;registry;help;pull-through;update'= {
        }
        &'ecrctl;registry;help;pull-through;delete'= {
        }
        &'ecrctl;registry;help;pull-through;validate'= {
        }
        &'ecrctl;registry;help;policy'= {
            cand get 'Print the registry policy (exit 14 when there is none)'
            cand set 'Validate, diff and set the registry policy'
            cand delete 'Delete the registry policy'
            cand validate 'Lint a registry policy file offline (no AWS call)'
        }
        &'ecrctl;registry;help;policy;get'= {
        }
        &'ecrctl;registry;help;policy;set'= {
        }
        &'ecrctl;registry;help;policy;delete'= {
        }
        &'ecrctl;registry;help;policy;validate'= {
        }
        &'ecrctl;registry;help;help'= {
        }
        &'ecrctl;template'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the templates'
            cand show 'Show a template (ROOT: the default one), or with --for which one a new repository gets'
            cand create 'Create a template for repositories whose names start with PREFIX/ (ROOT: every other)'
            cand update 'Change what is given of a template, and nothing else'
            cand delete 'Delete a template'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ecrctl;template;list'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;template;show'= {
            cand --for 'Which template a new repository with this name would get (longest prefix, then ROOT)'
            cand --applied-for 'With --for: created by what [default: create-on-push]'
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;template;create'= {
            cand --applied-for 'What the template applies to (repeatable; create requires at least one)'
            cand --description 'Description of the template'
            cand --except 'Exclusion filter for the mutability (repeatable, 1-5)'
            cand --kms-key 'Created repositories are encrypted with this KMS key'
            cand --tag 'Resource tag for created repositories (repeatable; update: replaces the list)'
            cand --policy-file 'Repository policy for created repositories, from a file (linted)'
            cand --policy-template 'Repository policy from a built-in template (see `ecrctl policy templates`)'
            cand --principal 'A principal ARN for the template (repeatable)'
            cand --account 'An AWS account id for the template (repeatable)'
            cand --org-id 'An AWS Organizations id (o-…) for org-pull'
            cand --lifecycle-file 'Lifecycle policy for created repositories, from a file (linted)'
            cand --lifecycle-template 'Lifecycle policy from a built-in template (see `ecrctl lifecycle templates`)'
            cand --count 'How many images to keep (keep-last; default 30)'
            cand --days 'Days (expire-untagged: 14, keep-releases: 30, archive-unpulled: 90)'
            cand --then-days 'Days in the archive before expiring (archive-unpulled; default 180, at least 90)'
            cand --pattern 'A tag pattern (keep-last: one rule each; keep-releases: the releases, default v*)'
            cand --role-arn 'The role ECR uses to apply the template (needed for KMS keys and tags in other cases)'
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --immutable 'Created repositories get immutable tags'
            cand --mutable 'Created repositories get mutable tags (update: switch back)'
            cand --scan-on-push 'Refused: templates have no scanning setting (use registry scanning rules)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;template;update'= {
            cand --applied-for 'What the template applies to (repeatable; create requires at least one)'
            cand --description 'Description of the template'
            cand --except 'Exclusion filter for the mutability (repeatable, 1-5)'
            cand --kms-key 'Created repositories are encrypted with this KMS key'
            cand --tag 'Resource tag for created repositories (repeatable; update: replaces the list)'
            cand --policy-file 'Repository policy for created repositories, from a file (linted)'
            cand --policy-template 'Repository policy from a built-in template (see `ecrctl policy templates`)'
            cand --principal 'A principal ARN for the template (repeatable)'
            cand --account 'An AWS account id for the template (repeatable)'
            cand --org-id 'An AWS Organizations id (o-…) for org-pull'
            cand --lifecycle-file 'Lifecycle policy for created repositories, from a file (linted)'
            cand --lifecycle-template 'Lifecycle policy from a built-in template (see `ecrctl lifecycle templates`)'
            cand --count 'How many images to keep (keep-last; default 30)'
            cand --days 'Days (expire-untagged: 14, keep-releases: 30, archive-unpulled: 90)'
            cand --then-days 'Days in the archive before expiring (archive-unpulled; default 180, at least 90)'
            cand --pattern 'A tag pattern (keep-last: one rule each; keep-releases: the releases, default v*)'
            cand --role-arn 'The role ECR uses to apply the template (needed for KMS keys and tags in other cases)'
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --immutable 'Created repositories get immutable tags'
            cand --mutable 'Created repositories get mutable tags (update: switch back)'
            cand --scan-on-push 'Refused: templates have no scanning setting (use registry scanning rules)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;template;delete'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand -y 'Do not ask for confirmation (required when there is no terminal)'
            cand --yes 'Do not ask for confirmation (required when there is no terminal)'
            cand --if-exists 'Succeed when there is no such template'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;template;help'= {
            cand list 'List the templates'
            cand show 'Show a template (ROOT: the default one), or with --for which one a new repository gets'
            cand create 'Create a template for repositories whose names start with PREFIX/ (ROOT: every other)'
            cand update 'Change what is given of a template, and nothing else'
            cand delete 'Delete a template'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ecrctl;template;help;list'= {
        }
        &'ecrctl;template;help;show'= {
        }
        &'ecrctl;template;help;create'= {
        }
        &'ecrctl;template;help;update'= {
        }
        &'ecrctl;template;help;delete'= {
        }
        &'ecrctl;template;help;help'= {
        }
        &'ecrctl;lifecycle'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Print a repository''s lifecycle policy (`--output json` prints the document itself)'
            cand show 'Print a repository''s lifecycle policy (`--output json` prints the document itself)'
            cand set 'Validate, diff, preview the next run, and apply; "unchanged" without writing when it is the same'
            cand delete 'Delete a repository''s lifecycle policy'
            cand validate 'Lint a lifecycle policy file offline (no AWS call)'
            cand preview 'What a policy''s next run does to each image, and why (locally; --server asks ECR too)'
            cand templates 'List the built-in lifecycle templates'
            cand template 'Print a built-in lifecycle template, filled in'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ecrctl;lifecycle;get'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;lifecycle;show'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;lifecycle;set'= {
            cand --repos 'Every repository whose name matches (`*` any characters, `/` included; `?` one); repeatable'
            cand --repos-file 'Repositories listed in FILE, one a line (`#` comments, blank lines; `-` reads standard input)'
            cand --concurrency 'Repositories planned or changed at once when several are selected'
            cand --plan-out 'Write the plan to FILE (reviewable JSON) and change nothing; apply it with --plan'
            cand --plan 'Apply the plan saved in FILE by --plan-out, exactly, after checking that nothing it planned against has changed (exit 24 when it has)'
            cand --file 'The lifecycle policy document (`-` reads standard input)'
            cand --template 'A built-in template instead of a file (see `ecrctl lifecycle templates`)'
            cand --count 'How many images to keep (keep-last; default 30)'
            cand --days 'Days (expire-untagged: 14, keep-releases: 30, archive-unpulled: 90)'
            cand --then-days 'Days in the archive before expiring (archive-unpulled; default 180, at least 90)'
            cand --pattern 'A tag pattern (keep-last: one rule each; keep-releases: the releases, default v*)'
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --dry-run 'Validate, diff and preview; write nothing'
            cand --exit-code 'With --dry-run: exit 1 when something would change, 0 when nothing would (as `diff` and `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)'
            cand -y 'Do not ask for confirmation when the next run would expire tagged images, or before setting it on several repositories or applying --plan (required then when there is no terminal)'
            cand --yes 'Do not ask for confirmation when the next run would expire tagged images, or before setting it on several repositories or applying --plan (required then when there is no terminal)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;lifecycle;delete'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand -y 'Do not ask for confirmation (required when there is no terminal)'
            cand --yes 'Do not ask for confirmation (required when there is no terminal)'
            cand --if-exists 'Succeed when there is no lifecycle policy (or no repository)'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;lifecycle;validate'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --strict 'Fail on warnings too'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;lifecycle;preview'= {
            cand --file 'The lifecycle policy document (`-` reads standard input)'
            cand --template 'A built-in template instead of a file (see `ecrctl lifecycle templates`)'
            cand --count 'How many images to keep (keep-last; default 30)'
            cand --days 'Days (expire-untagged: 14, keep-releases: 30, archive-unpulled: 90)'
            cand --then-days 'Days in the archive before expiring (archive-unpulled; default 180, at least 90)'
            cand --pattern 'A tag pattern (keep-last: one rule each; keep-releases: the releases, default v*)'
            cand --images 'Evaluate these images instead of the repository''s: a JSON array as `ecrctl images list -o json` prints it (no AWS call)'
            cand --now 'Evaluate as if it were this time (RFC 3339, e.g. 2026-01-31T00:00:00Z)'
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --server 'Also run ECR''s own preview and list every image where it and ecrctl disagree'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;lifecycle;templates'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;lifecycle;template'= {
            cand --count 'How many images to keep (keep-last; default 30)'
            cand --days 'Days (expire-untagged: 14, keep-releases: 30, archive-unpulled: 90)'
            cand --then-days 'Days in the archive before expiring (archive-unpulled; default 180, at least 90)'
            cand --pattern 'A tag pattern (keep-last: one rule each; keep-releases: the releases, default v*)'
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;lifecycle;help'= {
            cand get 'Print a repository''s lifecycle policy (`--output json` prints the document itself)'
            cand set 'Validate, diff, preview the next run, and apply; "unchanged" without writing when it is the same'
            cand delete 'Delete a repository''s lifecycle policy'
            cand validate 'Lint a lifecycle policy file offline (no AWS call)'
            cand preview 'What a policy''s next run does to each image, and why (locally; --server asks ECR too)'
            cand templates 'List the built-in lifecycle templates'
            cand template 'Print a built-in lifecycle template, filled in'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ecrctl;lifecycle;help;get'= {
        }
        &'ecrctl;lifecycle;help;set'= {
        }
        &'ecrctl;lifecycle;help;delete'= {
        }
        &'ecrctl;lifecycle;help;validate'= {
        }
        &'ecrctl;lifecycle;help;preview'= {
        }
        &'ecrctl;lifecycle;help;templates'= {
        }
        &'ecrctl;lifecycle;help;template'= {
        }
        &'ecrctl;lifecycle;help;help'= {
        }
        &'ecrctl;login'= {
            cand --tool 'The tool to log in [default: docker, else the first of podman, nerdctl, finch, helm, oras on PATH]'
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --print-password 'Print the password alone on stdout (for other tools); with -o json, the registry, user name and expiry, never the password'
            cand --no-cache 'Do not read or write the token cache'
            cand --clear-cache 'Empty the token cache and do nothing else'
            cand --install-helper 'Make docker use ecrctl for these registries (default: your own and public.ecr.aws): credHelpers entries in the docker config and the docker-credential-ecrctl link'
            cand --uninstall-helper 'Remove exactly what --install-helper added (the docker-credential-ecrctl link stays: other docker configs may use it)'
            cand --remove-link 'With --uninstall-helper: also remove the docker-credential-ecrctl link, unless a docker config ecrctl can find ($DOCKER_CONFIG, ~/.docker) still names it'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;credential-helper'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;audit'= {
            cand --concurrency 'Repositories read at the same time (lowered automatically when ECR throttles)'
            cand --fail-on 'Exit 16 when a finding at or above this severity exists'
            cand --controls 'Whose reading of the ECR controls to follow: ecrctl''s own, or Security Hub''s (its severities, so --fail-on gates what a Security Hub auditor gates)'
            cand --only 'Report only these finding codes (repeatable; `policy-*` selects a family)'
            cand --ignore 'Leave out these finding codes (repeatable; `policy-*` selects a family)'
            cand --kms-key-arn 'A customer managed KMS key ARN repositories may be encrypted with (repeatable; ECR.5''s allowed list). Others are a kms-key-not-allowed finding'
            cand --required-tag 'A tag key every public repository must carry (repeatable; ECR.4''s parameter; with --public)'
            cand --accounts 'Audit these accounts (12-digit ids, comma-separated; repeatable), each through --role; the caller''s own account needs no role'
            cand --accounts-file 'Audit the accounts listed in FILE (ids separated by lines, commas or spaces; `#` starts a comment; `-` reads standard input)'
            cand --role 'The role to assume in each account other than yours, by name (arn:PARTITION:iam::ACCOUNT:role/NAME)'
            cand --external-id 'The external id the role''s trust policy asks for'
            cand --matrix 'Print the evidence matrix instead of the findings: one row per repository (account, region, URI), a PASS / FAIL / NOT_APPLICABLE / UNKNOWN column and its reason per control'
            cand --codequality 'Also write the findings as a GitLab Code Quality report to FILE'
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --all-regions 'Every commercial AWS region ECR runs in (regions not enabled for the account are noted and skipped)'
            cand --public 'Audit ECR Public repositories instead'
            cand --scan-findings 'Also report repositories whose tagged images carry critical (a high finding) or high (a medium finding) vulnerabilities in their last scan, from DescribeImages'' scan summaries (one listing per repository; no findings are read)'
            cand --org 'Audit every active account of the organization (Organizations ListAccounts: run from the management account or a delegated administrator)'
            cand --fix-script 'Print a shell script of the commands that fix the findings (one commented command per finding, grouped by repository), to review and run (`bash fix.sh --dry-run` prints its commands); changes nothing itself'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;check-push'= {
            cand --digest 'The local image''s manifest digest (sha256:…)'
            cand --oci-layout 'An OCI image layout directory (docker buildx --output type=oci,tar=false)'
            cand --metadata-file 'A `docker buildx build --metadata-file` output'
            cand --docker 'Ask the local docker CLI about this image'
            cand --fail-on 'Which verdicts make the exit code non-zero'
            cand --format 'CI style of warnings and outputs [default: github when GITHUB_ACTIONS=true, gitlab when GITLAB_CI=true, else plain]'
            cand --dotenv 'Write a dotenv report (ECRCTL_VERDICT=…, ECRCTL_PUSH_NEEDED=true|false) to FILE, e.g. for GitLab''s `artifacts: reports: dotenv`'
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --warn-only 'Print warnings but always exit 0'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;completions'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;version'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;man'= {
            cand --region 'AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile''s region); a full repository URI names its own'
            cand --profile 'Named profile from the shared AWS config files (else AWS_PROFILE)'
            cand --endpoint-url 'Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)'
            cand --registry-id 'The private registry (12-digit account id) that repository names refer to, for cross-account work without a full URI [default: your own]'
            cand -o 'Output format [default: table on a terminal, text otherwise]'
            cand --output 'Output format [default: table on a terminal, text otherwise]'
            cand --timeout 'Give up on an AWS call after this many seconds, retries included'
            cand --deadline 'Give up on the whole command after this many seconds, every page, call and retry included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]'
            cand --no-color 'Never use colour (also: the NO_COLOR environment variable)'
            cand -q 'Print only results, warnings and errors: no status lines'
            cand --quiet 'Print only results, warnings and errors: no status lines'
            cand -v 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand --verbose 'Say what ecrctl is doing on stderr (-vv for more); never prints secrets'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecrctl;help'= {
            cand repo 'Create, show, list and delete repositories; switch tag mutability'
            cand images 'List, inspect, tag and delete images'
            cand policy 'Show, set, validate and delete repository policies; policy templates'
            cand registry 'The registry as a whole: replication, registry policy, scanning, pull-through cache rules, creation templates, account settings'
            cand template 'Repository creation templates: what create-on-push, pull-through cache and replication give the repositories they create'
            cand lifecycle 'Lifecycle policies: get, set (after a preview of what the next run does), delete, validate, preview locally or with ECR, templates'
            cand login 'Log docker (or podman, nerdctl, finch, helm, oras) in to ECR registries; install the docker credential helper'
            cand credential-helper 'The docker-credential-helpers protocol: get, store, erase, list (docker runs it as docker-credential-ecrctl)'
            cand audit 'Every repository''s tag and access posture, across regions, in one fast pass'
            cand check-push 'Predict what pushing each image reference will do, before CI pushes it'
            cand completions 'Print a shell completion script'
            cand version 'Print the version, commit, target and AWS SDK versions (`-o json` for all of it)'
            cand man 'Print a man page (roff): ecrctl(1), or a command''s, e.g. `ecrctl man repo create`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ecrctl;help;repo'= {
            cand create 'Create a repository and print its URI'
            cand show 'Show one repository'
            cand list 'List repositories, all pages'
            cand delete 'Delete a repository'
            cand immutable 'Make tags immutable (pushes cannot overwrite them), except tags matching --except'
            cand mutable 'Make tags mutable (pushes may move them), except tags matching --except'
            cand update 'Change a repository''s settings: scan on push, resource tags, public catalog data'
        }
        &'ecrctl;help;repo;create'= {
        }
        &'ecrctl;help;repo;show'= {
        }
        &'ecrctl;help;repo;list'= {
        }
        &'ecrctl;help;repo;delete'= {
        }
        &'ecrctl;help;repo;immutable'= {
        }
        &'ecrctl;help;repo;mutable'= {
        }
        &'ecrctl;help;repo;update'= {
        }
        &'ecrctl;help;images'= {
            cand list 'List a repository''s images, all pages (newest first)'
            cand show 'Show one image and its manifest (layers, or platforms of a multi-arch index)'
            cand tag 'Point new tags at an existing image, server-side, under the immutability rules'
            cand delete 'Delete images by tag or digest'
            cand prune 'Clean up old images once: plan by default, delete with --yes (lifecycle rules, evaluated here)'
            cand scan 'Scan images (starting the scan where needed), wait for it, and judge the findings'
            cand wait 'Wait until images exist, or until their scans have completed'
            cand copy 'Copy an image between registries (any registry, ECR-aware), digest kept, every platform'
            cand sync 'Copy every matching tag of a repository to another; what is there is skipped'
        }
        &'ecrctl;help;images;list'= {
        }
        &'ecrctl;help;images;show'= {
        }
        &'ecrctl;help;images;tag'= {
        }
        &'ecrctl;help;images;delete'= {
        }
        &'ecrctl;help;images;prune'= {
        }
        &'ecrctl;help;images;scan'= {
        }
        &'ecrctl;help;images;wait'= {
        }
        &'ecrctl;help;images;copy'= {
        }
        &'ecrctl;help;images;sync'= {
        }
        &'ecrctl;help;policy'= {
            cand get 'Print a repository''s policy (`--output json` prints the document itself)'
            cand set 'Validate, diff and apply a policy; says "unchanged" without writing when it is the same'
            cand delete 'Delete a repository''s policy'
            cand validate 'Lint a policy file offline (no AWS call)'
            cand templates 'List the built-in templates'
            cand template 'Print a built-in template, filled in'
        }
        &'ecrctl;help;policy;get'= {
        }
        &'ecrctl;help;policy;set'= {
        }
        &'ecrctl;help;policy;delete'= {
        }
        &'ecrctl;help;policy;validate'= {
        }
        &'ecrctl;help;policy;templates'= {
        }
        &'ecrctl;help;policy;template'= {
        }
        &'ecrctl;help;registry'= {
            cand show 'Show every registry-level setting (a section that cannot be read says so)'
            cand scanning 'Registry scanning: basic or enhanced, and which repositories are scanned on push or continuously'
            cand replication 'Replication to other regions and accounts'
            cand pull-through 'Pull-through cache rules: cache an upstream registry''s images under a prefix'
            cand policy 'The registry policy: who may replicate into this registry or create repositories in it'
        }
        &'ecrctl;help;registry;show'= {
        }
        &'ecrctl;help;registry;scanning'= {
            cand get 'Print the registry scanning configuration (`-o json` round-trips into `set --file`)'
            cand set 'Replace the scanning configuration, after a diff and a preview of each repository''s scanning'
        }
        &'ecrctl;help;registry;scanning;get'= {
        }
        &'ecrctl;help;registry;scanning;set'= {
        }
        &'ecrctl;help;registry;replication'= {
            cand get 'Print the replication configuration (`-o json` round-trips into `set --file`)'
            cand set 'Replace the replication configuration, after checks, a diff and a preview of each repository''s destinations'
            cand backfill 'Copy images pushed before replication was configured to its destinations'
        }
        &'ecrctl;help;registry;replication;get'= {
        }
        &'ecrctl;help;registry;replication;set'= {
        }
        &'ecrctl;help;registry;replication;backfill'= {
        }
        &'ecrctl;help;registry;pull-through'= {
            cand list 'List the pull-through cache rules'
            cand create 'Create a rule: PREFIX/IMAGE pulls cache UPSTREAM/IMAGE'
            cand update 'Change a rule''s credential or role'
            cand delete 'Delete a rule'
            cand validate 'Ask ECR whether a rule reaches its upstream with its credential (exit 27 when not)'
        }
        &'ecrctl;help;registry;pull-through;list'= {
        }
        &'ecrctl;help;registry;pull-through;create'= {
        }
        &'ecrctl;help;registry;pull-through;update'= {
        }
        &'ecrctl;help;registry;pull-through;delete'= {
        }
        &'ecrctl;help;registry;pull-through;validate'= {
        }
        &'ecrctl;help;registry;policy'= {
            cand get 'Print the registry policy (exit 14 when there is none)'
            cand set 'Validate, diff and set the registry policy'
            cand delete 'Delete the registry policy'
            cand validate 'Lint a registry policy file offline (no AWS call)'
        }
        &'ecrctl;help;registry;policy;get'= {
        }
        &'ecrctl;help;registry;policy;set'= {
        }
        &'ecrctl;help;registry;policy;delete'= {
        }
        &'ecrctl;help;registry;policy;validate'= {
        }
        &'ecrctl;help;template'= {
            cand list 'List the templates'
            cand show 'Show a template (ROOT: the default one), or with --for which one a new repository gets'
            cand create 'Create a template for repositories whose names start with PREFIX/ (ROOT: every other)'
            cand update 'Change what is given of a template, and nothing else'
            cand delete 'Delete a template'
        }
        &'ecrctl;help;template;list'= {
        }
        &'ecrctl;help;template;show'= {
        }
        &'ecrctl;help;template;create'= {
        }
        &'ecrctl;help;template;update'= {
        }
        &'ecrctl;help;template;delete'= {
        }
        &'ecrctl;help;lifecycle'= {
            cand get 'Print a repository''s lifecycle policy (`--output json` prints the document itself)'
            cand set 'Validate, diff, preview the next run, and apply; "unchanged" without writing when it is the same'
            cand delete 'Delete a repository''s lifecycle policy'
            cand validate 'Lint a lifecycle policy file offline (no AWS call)'
            cand preview 'What a policy''s next run does to each image, and why (locally; --server asks ECR too)'
            cand templates 'List the built-in lifecycle templates'
            cand template 'Print a built-in lifecycle template, filled in'
        }
        &'ecrctl;help;lifecycle;get'= {
        }
        &'ecrctl;help;lifecycle;set'= {
        }
        &'ecrctl;help;lifecycle;delete'= {
        }
        &'ecrctl;help;lifecycle;validate'= {
        }
        &'ecrctl;help;lifecycle;preview'= {
        }
        &'ecrctl;help;lifecycle;templates'= {
        }
        &'ecrctl;help;lifecycle;template'= {
        }
        &'ecrctl;help;login'= {
        }
        &'ecrctl;help;credential-helper'= {
        }
        &'ecrctl;help;audit'= {
        }
        &'ecrctl;help;check-push'= {
        }
        &'ecrctl;help;completions'= {
        }
        &'ecrctl;help;version'= {
        }
        &'ecrctl;help;man'= {
        }
        &'ecrctl;help;help'= {
        }
    ]
    $completions[$command]
}
