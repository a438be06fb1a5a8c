import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6255:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ readInputs)
/* harmony export */ });
/* harmony import */ var _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9837);

const LINE = /^[^\p{Cc}\p{Cf}\n]{0,200}$/u;
const RESULTS = ['success', 'failure', 'cancelled', 'skipped'];
/** The webhook's path holds its credential: mask it on its own too, in case a URL is printed split. */
function webhookForms(url) {
    try {
        const { pathname, search } = new URL(url);
        return [pathname.replace(/^\//, ''), `${pathname}${search}`].filter((form) => form.length >= 8);
    }
    catch {
        return [];
    }
}
/** A JSON document another job produced; its error says which output to pass. */
function document(inputs, name, fix) {
    const text = inputs.string(name, { required: true, multiline: true, hint: fix });
    try {
        return JSON.parse(text);
    }
    catch {
        throw new _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, 'is not JSON', fix);
    }
}
function readPlan(inputs) {
    const plan = document(inputs, 'plan', "pass the plan job's json output");
    if (typeof plan !== 'object' || plan === null || Array.isArray(plan))
        throw new _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('plan', 'is not a JSON object', "pass the plan job's json output");
    const field = (value, name) => {
        if (value === undefined || value === null)
            return '';
        if (typeof value !== 'string' || !LINE.test(value))
            throw new _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('plan', `has a ${name} that is not one line of at most 200 characters`, "pass the plan job's json output unchanged");
        return value;
    };
    const bump = plan['bump'];
    const environment = typeof bump === 'object' && bump !== null ? bump['environment'] : undefined;
    return {
        kind: field(plan['kind'], 'kind') || 'run',
        image: field(plan['image'], 'image'),
        version: field(plan['version'], 'version'),
        environment: field(environment, 'bump.environment'),
    };
}
function readJobs(inputs) {
    const jobs = document(inputs, 'jobs', 'pass ${{ toJSON(needs) }}');
    if (typeof jobs !== 'object' || jobs === null || Array.isArray(jobs))
        throw new _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('jobs', 'is not a JSON object of jobs', 'pass ${{ toJSON(needs) }}');
    for (const [name, job] of Object.entries(jobs)) {
        const result = typeof job === 'object' && job !== null ? job['result'] : undefined;
        if (!/^[A-Za-z0-9_-]{1,100}$/.test(name) || typeof result !== 'string' || !RESULTS.includes(result)) {
            throw new _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('jobs', `has an entry ${JSON.stringify(name.slice(0, 100))} that is not a job with a result (${RESULTS.join(', ')})`, 'pass ${{ toJSON(needs) }}');
        }
    }
    return jobs;
}
/** Secrets are masked first; then every input is checked before anything is summarised, posted or dispatched. */
function readInputs(inputs = new _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0()) {
    const { 'webhook-url': webhookUrl, 'dispatch-token': dispatchToken } = inputs.secrets({ 'webhook-url': { derived: webhookForms }, 'dispatch-token': {} });
    if (webhookUrl !== '' && (!/^https?:\/\/\S+$/.test(webhookUrl) || !URL.canParse(webhookUrl))) {
        throw new _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('webhook-url', 'is not an http(s) URL', 'pass the incoming webhook URL from a secret');
    }
    const plan = readPlan(inputs);
    const jobs = readJobs(inputs);
    const digest = inputs.string('digest', {
        pattern: /^sha256:[a-f0-9]{64}$/,
        hint: "pass the push action's digest output (sha256:<64 hex>), or leave it empty",
    });
    const repositories = inputs.list('dispatch-repositories');
    for (const repo of repositories)
        if (!_service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_REPOSITORY_NAME */ .xD.test(repo))
            throw new _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('dispatch-repositories', `entry "${repo}" is not owner/name`, 'list repositories as owner/name');
    const apiUrl = inputs.string('api-url', {
        default: process.env['GITHUB_API_URL'] ?? 'https://api.github.com',
        pattern: /^https?:\/\/[^\s/]+(\/\S*)?$/,
        hint: 'an http(s) URL such as https://api.github.com (the default, ${{ github.api_url }})',
    });
    return { webhookUrl, dispatchToken, plan, jobs, digest, repositories, apiUrl };
}


/***/ }),

/***/ 4411:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9837);
/* harmony import */ var _service_pipeline_action_kit_github__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1797);
/* harmony import */ var _service_pipeline_notify__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2691);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6255);




async function main() {
    const { webhookUrl, dispatchToken, plan, jobs, digest, repositories, apiUrl } = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readInputs */ .K)();
    const result = (0,_service_pipeline_notify__WEBPACK_IMPORTED_MODULE_2__/* .runResult */ .XS)(jobs);
    if (repositories.length > 0 && result === 'success' && dispatchToken === '')
        throw new _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('dispatch-token', 'is required to dispatch to dispatch-repositories', 'pass a token allowed to create repository_dispatch events there (GITHUB_TOKEN is not)');
    const env = process.env;
    const image = plan.image;
    const notification = {
        service: image.split('/').pop(),
        kind: plan.kind,
        result,
        image,
        version: plan.version,
        digest,
        environment: plan.environment,
        failed: Object.entries(jobs)
            .filter(([, job]) => job.result === 'failure' || job.result === 'cancelled')
            .map(([name]) => name),
        runUrl: (0,_service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .workflowRunUrl */ .CX)(env) ?? '',
    };
    await (0,_service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .writeSummary */ .Sy)({ heading: 'Service pipeline', paragraphs: (0,_service_pipeline_notify__WEBPACK_IMPORTED_MODULE_2__/* .summaryLines */ .k)(notification) });
    if (webhookUrl !== '') {
        // A chat outage must not turn a deployed release red: the webhook only warns.
        await (0,_service_pipeline_notify__WEBPACK_IMPORTED_MODULE_2__/* .postWebhook */ .WW)(webhookUrl, notification).then(() => _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .actionLogger */ .v0.info('webhook: posted'), (error) => _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .actionLogger */ .v0.warning(`webhook: ${error.message}`));
    }
    let dispatched = [];
    if (repositories.length > 0 && result === 'success') {
        dispatched = await (0,_service_pipeline_notify__WEBPACK_IMPORTED_MODULE_2__/* .dispatchToDependents */ .a9)(await (0,_service_pipeline_action_kit_github__WEBPACK_IMPORTED_MODULE_1__/* .githubClient */ .$)({ token: dispatchToken, baseUrl: apiUrl, logger: _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .actionLogger */ .v0 }), repositories, notification);
        _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .actionLogger */ .v0.info(`repository_dispatch sent to ${dispatched.join(', ')}`);
    }
    (0,_service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .setOutputs */ .n0)({ result, dispatched: dispatched.join('\n') });
}
await (0,_service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .run */ .eF)('notify', main);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1901:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   lZ: () => (/* binding */ ActionError)
/* harmony export */ });
/* unused harmony exports InvalidValueError, asInput */
/**
 * An expected failure the user can act on. `what` says what went wrong and
 * `fix` says how to fix it, so every failure message is actionable.
 */
class ActionError extends Error {
    what;
    fix;
    constructor(what, fix, options) {
        super(`${what}; ${fix}`, options);
        this.name = 'ActionError';
        this.what = what;
        this.fix = fix;
    }
}
/** An invalid action input; the message always starts with the input's name. */
class InputError extends ActionError {
    input;
    constructor(input, what, fix) {
        super(`input "${input}" ${what}`, fix);
        this.name = 'InputError';
        this.input = input;
    }
}
/**
 * A library's refusal of a value, worded to follow the value's name (`reason`: "is not a
 * valid image reference: ..."), without knowing which input the value came from. The action
 * layer names the input with {@link asInput}; elsewhere the message starts with `subject`
 * (the quoted value, or what it is).
 */
class InvalidValueError extends ActionError {
    reason;
    constructor(subject, reason, fix, options) {
        super(`${subject} ${reason}`, fix, options);
        this.name = 'InvalidValueError';
        this.reason = reason;
    }
}
/**
 * Runs a library parser on an input's value: the library's refusal (an InvalidValueError, or
 * any ActionError about the value) becomes an InputError naming the input.
 */
function asInput(input, parse) {
    try {
        return parse();
    }
    catch (error) {
        if (error instanceof InputError)
            throw error;
        if (error instanceof InvalidValueError)
            throw new InputError(input, error.reason, error.fix);
        if (error instanceof ActionError)
            throw new InputError(input, error.what, error.fix);
        throw error;
    }
}


/***/ }),

/***/ 1797:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ githubClient)
/* harmony export */ });
/* unused harmony export GitHubApiError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1901);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6718);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(30);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1268);




/** A GitHub API request that failed for good; `status` lets callers treat e.g. 404 as "already gone". */
class GitHubApiError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ {
    status;
    method;
    url;
    constructor(request, status, message, fix, options) {
        super(`GitHub API ${request.method} ${request.url} answered ${status}: ${message}`, fix, options);
        this.name = 'GitHubApiError';
        this.status = status;
        this.method = request.method;
        this.url = request.url;
    }
}
// The project's one backoff for server errors; `attempts` is the client's maxRetries, not this.
const SERVER_ERROR_BACKOFF = { attempts: 0, baseDelayMs: 1_000, maxDelayMs: 30_000, maxRetryAfterMs: 0 };
// GitHub documents "wait at least one minute" for a secondary limit that names no retry-after.
const SECONDARY_LIMIT_BASE_MS = 60_000;
function header(error, name) {
    const value = error.response?.headers?.[name];
    return value === undefined ? undefined : String(value);
}
function apiMessage(error) {
    const data = error.response?.data;
    return typeof data?.message === 'string' ? data.message : (error.message ?? 'no message');
}
function isRateLimited(error) {
    if (error.status !== 403 && error.status !== 429)
        return false;
    if (error.status === 429 || header(error, 'retry-after') !== undefined || header(error, 'x-ratelimit-remaining') === '0')
        return true;
    return /rate limit|abuse/i.test(apiMessage(error));
}
/** How long GitHub asks us to wait before `attempt + 1`, following its documented headers. */
function waitFor(error, attempt, now) {
    const status = error.status ?? 0;
    if (isRateLimited(error)) {
        const retryAfter = header(error, 'retry-after');
        if (retryAfter !== undefined && /^\d+$/.test(retryAfter.trim())) {
            return { ms: Number(retryAfter) * 1000, reason: `rate limited (${status}, retry-after ${retryAfter}s)` };
        }
        const reset = header(error, 'x-ratelimit-reset');
        if (header(error, 'x-ratelimit-remaining') === '0' && reset !== undefined && /^\d+$/.test(reset)) {
            // One extra second: the reset time is truncated to whole seconds.
            return {
                ms: Math.max(0, Number(reset) * 1000 - now) + 1000,
                reason: `primary rate limit exhausted (resets at ${new Date(Number(reset) * 1000).toISOString()})`,
            };
        }
        return { ms: SECONDARY_LIMIT_BASE_MS * 2 ** (attempt - 1), reason: `secondary rate limit (${status})` };
    }
    if (status >= 500) {
        return { ms: (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .backoffDelay */ .EY)(SERVER_ERROR_BACKOFF, attempt), reason: `server error ${status}` };
    }
    return undefined;
}
function fixFor(error) {
    if (isRateLimited(error)) {
        return 'GitHub kept rate-limiting the requests; run the job later, lower the concurrency, or use a token with its own rate limit';
    }
    switch (error.status) {
        case 401:
            return 'the token is invalid or expired: pass a valid token (e.g. `secrets.GITHUB_TOKEN`)';
        case 403:
            return "the token lacks the permission this request needs: grant it in the job's `permissions:` block or use a token that has it";
        case 404:
            return 'the resource does not exist or the token cannot see it: check the name and that the token has access';
        case 422:
            return 'GitHub rejected the request as invalid: check the values passed';
        default:
            return (error.status ?? 0) >= 500 ? 'GitHub kept failing; retry the job later (https://www.githubstatus.com)' : 'check the request and the token';
    }
}
/**
 * An Octokit for the GitHub REST API that waits out GitHub's primary and secondary rate limits
 * and retries server errors, a bounded number of times, logging every wait. Every failure is a
 * `GitHubApiError` naming the request and the fix. The token is masked in the log at once.
 */
async function githubClient(options) {
    _runner_js__WEBPACK_IMPORTED_MODULE_3__/* .setSecret */ .Pq(options.token);
    // Octokit is loaded by the runs that talk to GitHub, not at every action's start.
    const { getOctokit } = await __nccwpck_require__.e(/* import() */ 918).then(__nccwpck_require__.bind(__nccwpck_require__, 1918));
    const logger = options.logger ?? _logger_js__WEBPACK_IMPORTED_MODULE_1__/* .silentLogger */ .qq;
    const maxRetries = options.maxRetries ?? 5;
    const maxWaitMs = options.maxWaitMs ?? 15 * 60_000;
    const sleep = options.sleep ?? _retry_js__WEBPACK_IMPORTED_MODULE_2__/* .sleep */ .yy;
    const now = options.now ?? Date.now;
    const baseUrl = (options.baseUrl ?? process.env['GITHUB_API_URL'] ?? 'https://api.github.com').replace(/\/+$/, '');
    const octokit = getOctokit(options.token, { baseUrl });
    octokit.hook.wrap('request', async (request, endpoint) => {
        const parsed = new URL(octokit.request.endpoint.parse(endpoint).url);
        const target = { method: endpoint.method, url: `${parsed.pathname}${parsed.search}` };
        let unreachable = 0;
        for (let attempt = 1;; attempt++) {
            try {
                return await request(endpoint);
            }
            catch (caught) {
                // Refused or unresolvable: named in well under a second, not after the server-error backoff (issue 14, defect 6).
                if ((0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnreachableError */ .Fy)(caught)) {
                    const quick = (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .unreachableDelay */ .SO)(unreachable++);
                    if (quick === undefined) {
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`GitHub API ${target.method} ${target.url}: ${baseUrl} is unreachable (${(0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .describeNetworkError */ .gl)(caught)}) after ${attempt} attempts`, "check the API URL (api-url, GITHUB_API_URL) and the runner's network access to it", { cause: caught });
                    }
                    await sleep(quick);
                    continue;
                }
                const error = caught;
                if (typeof error.status !== 'number')
                    throw caught;
                const wait = attempt <= maxRetries ? waitFor(error, attempt, now()) : undefined;
                if (wait === undefined || wait.ms > maxWaitMs) {
                    const fix = wait
                        ? `GitHub asks to wait ${Math.ceil(wait.ms / 1000)}s, longer than the ${Math.ceil(maxWaitMs / 1000)}s allowed; run the job again later`
                        : fixFor(error);
                    throw new GitHubApiError(target, error.status, apiMessage(error), attempt > 1 ? `${fix} (gave up after ${attempt} attempts)` : fix, {
                        cause: caught,
                    });
                }
                logger.warning(`GitHub API ${target.method} ${target.url}: ${wait.reason}; waiting ${Math.ceil(wait.ms / 1000)}s before retry ${attempt} of ${maxRetries}`);
                await sleep(wait.ms);
            }
        }
    });
    return octokit;
}


/***/ }),

/***/ 9837:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xD: () => (/* reexport */ GITHUB_REPOSITORY_NAME),
  dz: () => (/* reexport */ errors/* InputError */.dz),
  G0: () => (/* reexport */ Inputs),
  v0: () => (/* reexport */ logger/* actionLogger */.v0),
  eF: () => (/* reexport */ run),
  n0: () => (/* reexport */ setOutputs),
  CX: () => (/* reexport */ workflowRunUrl),
  Sy: () => (/* reexport */ writeSummary)
});

// UNUSED EXPORTS: ActionError, InvalidValueError, PathRefusedError, actionInputSource, annotate, asInput, checkPathText, consoleLogger, defaultLayoutDir, isInside, parseByteSize, parseDuration, pipelineDir, renderSummary, setSecret, silentLogger, trivyCacheDir

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./packages/action-kit/src/text.ts
/**
 * Limits on input text. A value may end up in a commit message, a trailer, a label, a tag, an
 * annotation or a log line: a line break there forges a new line (a trailer, a workflow
 * command), a control or bidi character hides what the reader sees, and U+FFFD is what is left
 * of bytes that were not UTF-8. So single-line values refuse all of them, multi-line values
 * refuse all but line breaks and tabs, and both have a length limit.
 */
/** Default limit of a single-line value (and of each item of a list). */
const LINE_MAX = 1024;
/** Default limit of a multi-line value (a list, a JSON document, a key). */
const TEXT_MAX = 64 * 1024;
const LINE_BREAK = /\r|\n|\u0085|\u2028|\u2029/;
// C0 (but tab, LF, CR), DEL, C1, bidi marks/embeddings/isolates, BOM.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
/** Why `value` is not acceptable text, or undefined. Never quotes the value: it may be a secret. */
function textProblem(value, options = {}) {
    const max = options.maxLength ?? (options.multiline ? TEXT_MAX : LINE_MAX);
    if (value.length > max)
        return { what: `is ${value.length} characters long`, fix: `shorten it to at most ${max} characters` };
    if (!options.multiline && (LINE_BREAK.test(value) || value.includes('\t'))) {
        return {
            what: `contains a ${value.includes('\t') && !LINE_BREAK.test(value) ? 'tab' : 'line break'}`,
            fix: 'write it on one line: it ends up in a single line of a commit, tag, label or log',
        };
    }
    const control = CONTROL.exec(value);
    if (control)
        return { what: `contains the control character ${codePoint(control[0])}`, fix: 'remove it; only printable characters are accepted' };
    if (value.includes('\ufffd'))
        return { what: 'is not valid UTF-8 (it holds U+FFFD)', fix: 'pass UTF-8 text' };
    return undefined;
}
/** A GitHub repository as `owner/name` (GitHub's own limits: 39-character owners, 100-character names). */
const GITHUB_REPOSITORY_NAME = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9_.-]{1,100}$/;
/**
 * Why `name` is not a branch name git accepts (`git check-ref-format --branch`), or undefined.
 * Checked here so a bad value never reaches git as a garbled refspec error.
 */
function branchNameProblem(name) {
    if (Buffer.byteLength(name) > 255)
        return `is ${Buffer.byteLength(name)} bytes long (git allows 255 per name)`;
    // Line breaks, controls, bidi characters and U+FFFD, which git itself would accept in part.
    const text = textProblem(name);
    if (text)
        return text.what;
    if (name.startsWith('-'))
        return 'starts with "-"';
    if (name === '@' || name === 'HEAD')
        return `is "${name}", which git reserves`;
    const bad = /[\u0000-\u0020\u007f~^:?*[\\]/.exec(name);
    if (bad)
        return `contains ${bad[0] === ' ' ? 'a space' : /[\u0000-\u001f\u007f]/.test(bad[0]) ? `the control character ${codePoint(bad[0])}` : `"${bad[0]}"`}`;
    if (name.includes('..'))
        return 'contains ".."';
    if (name.includes('@{'))
        return 'contains "@{"';
    if (name.startsWith('/') || name.endsWith('/') || name.includes('//'))
        return 'has an empty part between slashes';
    if (name.endsWith('.'))
        return 'ends with "."';
    const part = name.split('/').find((p) => p.startsWith('.') || p.endsWith('.lock'));
    if (part !== undefined)
        return `has a part "${part}" that starts with "." or ends with ".lock"`;
    return undefined;
}
function codePoint(char) {
    return `U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

;// CONCATENATED MODULE: ./packages/action-kit/src/confine.ts




/** Linux limits: a longer path or name is refused by the kernel with a bare ENAMETOOLONG. */
const PATH_MAX_BYTES = 4095;
const NAME_MAX_BYTES = 255;
/** Why a path was refused; Inputs turns it into an InputError naming the input. */
class PathRefusedError extends Error {
    what;
    fix;
    constructor(what, fix) {
        super(`${what}; ${fix}`);
        this.what = what;
        this.fix = fix;
        this.name = 'PathRefusedError';
    }
}
/**
 * The roots an action may touch for `access`. Outside a runner (no RUNNER_TEMP) the system
 * temp directory stands in for RUNNER_TEMP, as it does for `pipelineDir`.
 */
function allowedRoots(access, workspace, env = process.env) {
    const roots = [
        { label: 'GITHUB_WORKSPACE', dir: workspace },
        env['RUNNER_TEMP'] ? { label: 'RUNNER_TEMP', dir: env['RUNNER_TEMP'] } : { label: 'the system temp directory', dir: (0,external_node_os_.tmpdir)() },
    ];
    if (access !== 'write' && env['RUNNER_TOOL_CACHE'])
        roots.push({ label: 'RUNNER_TOOL_CACHE', dir: env['RUNNER_TOOL_CACHE'] });
    if (access === 'execute') {
        for (const dir of (env['PATH'] ?? '').split(external_node_path_namespaceObject.delimiter))
            if ((0,external_node_path_namespaceObject.isAbsolute)(dir))
                roots.push({ label: 'PATH', dir });
    }
    return roots;
}
/** Rejects what the kernel or a log line cannot take: control characters, undecodable bytes, over-long names. */
function checkPathText(value) {
    if (/[\u0000-\u001f\u007f]/.test(value))
        throw new PathRefusedError('contains a control character (newline, tab, NUL, ...)', 'write the path on one line, without control characters');
    if (value.includes('\ufffd'))
        throw new PathRefusedError('is not valid UTF-8', 'write the path in UTF-8');
    // C1 controls, bidi overrides and the BOM: a path that does not read as what it is.
    const text = textProblem(value, { maxLength: Number.POSITIVE_INFINITY });
    if (text)
        throw new PathRefusedError(text.what, text.fix);
    const tooLong = value.split(/[\\/]/).find((part) => Buffer.byteLength(part) > NAME_MAX_BYTES);
    if (tooLong !== undefined) {
        throw new PathRefusedError(`has a file name of ${Buffer.byteLength(tooLong)} bytes`, `file names are at most ${NAME_MAX_BYTES} bytes on Linux; shorten it`);
    }
}
/**
 * Resolves `value` against `workspace` and proves the result lies inside one of `roots`,
 * following symlinks: the real path of the longest existing prefix is what the kernel will
 * use, so a link inside the workspace that points at /etc is refused as /etc.
 */
function confinePath(value, workspace, roots) {
    checkPathText(value);
    const absolute = (0,external_node_path_namespaceObject.resolve)(workspace, value);
    if (Buffer.byteLength(absolute) > PATH_MAX_BYTES) {
        throw new PathRefusedError(`resolves to a path of ${Buffer.byteLength(absolute)} bytes`, `paths are at most ${PATH_MAX_BYTES} bytes on Linux; shorten it`);
    }
    const real = realPathOfPrefix(absolute);
    const inside = roots.some((root) => isInside(realPathOfPrefix((0,external_node_path_namespaceObject.resolve)(root.dir)), real));
    if (!inside) {
        const shown = real === absolute ? absolute : `${absolute} (really ${real})`;
        throw new PathRefusedError(`points outside the directories this action may use: ${shown}`, `use a path inside ${describeRoots(roots)}`);
    }
    return absolute;
}
function describeRoots(roots) {
    const named = roots.filter((root) => root.label !== 'PATH').map((root) => `${root.label} (${root.dir})`);
    if (roots.some((root) => root.label === 'PATH'))
        named.push('a directory on PATH');
    return named.length > 1 ? `${named.slice(0, -1).join(', ')} or ${named.at(-1)}` : (named[0] ?? '');
}
/** Whether absolute `path` is `root` or below it (a name like `..cache` is inside; `..` is not). */
function isInside(root, path) {
    const rel = (0,external_node_path_namespaceObject.relative)(root, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${external_node_path_namespaceObject.sep}`) && !(0,external_node_path_namespaceObject.isAbsolute)(rel));
}
/** realpath of the longest prefix that exists, with the missing rest appended as written. */
function realPathOfPrefix(absolute) {
    const missing = [];
    let existing = absolute;
    for (;;) {
        try {
            return (0,external_node_path_namespaceObject.join)(external_node_fs_.realpathSync.native(existing), ...missing);
        }
        catch (error) {
            const code = error.code;
            if (code === 'ELOOP')
                throw new PathRefusedError(`${absolute} runs into a symlink loop`, 'remove the looping link or name another path');
            if (code !== 'ENOENT' && code !== 'ENOTDIR') {
                throw new PathRefusedError(`${absolute} cannot be inspected (${code ?? error.message})`, 'check the permissions of its directories');
            }
        }
        const parent = (0,external_node_path_namespaceObject.dirname)(existing);
        if (parent === existing)
            return absolute;
        missing.unshift((0,external_node_path_namespaceObject.basename)(existing));
        existing = parent;
    }
}

// EXTERNAL MODULE: ./packages/action-kit/src/errors.ts
var errors = __nccwpck_require__(1901);
// EXTERNAL MODULE: ./packages/action-kit/src/runner.ts
var runner = __nccwpck_require__(1268);
;// CONCATENATED MODULE: ./packages/action-kit/src/secret-forms.ts
/**
 * Lines shorter than this are not masked on their own: masking "ab" would blank every "ab" in
 * the log, while such a fragment gives nothing away.
 */
const MIN_LINE = 4;
/**
 * Every form of a credential that could reach a log: the value, each line of a multi-line
 * value (an SSH key, a PEM), the base64 of `x-access-token:<value>` (git's HTTP header), of
 * `<user>:<value>` (registry basic auth, docker config) and of the value alone, and its URL
 * encoding when that differs.
 */
function secretForms(value, user) {
    const base64 = (text) => Buffer.from(text).toString('base64');
    const lines = value
        .split(/\r?\n|\r/)
        .map((line) => line.trim())
        .filter((line) => line.length >= MIN_LINE);
    const forms = [value, ...lines, base64(value), base64(`x-access-token:${value}`), encodeURIComponent(value)];
    if (user)
        forms.push(base64(`${user}:${value}`));
    return [...new Set(forms)];
}

;// CONCATENATED MODULE: ./packages/action-kit/src/units.ts
// Human-friendly quantities. The `read*` functions return undefined on bad
// syntax so Inputs can report it as an InputError; parse* throw for everyone else.
const DURATION_FORMS = 'use a number followed by ms, s, m, h, d or w (e.g. 500ms, 90s, 15m, 1h30m, 1.5h, 7d, 1w), or a plain integer number of seconds';
const BYTE_SIZE_FORMS = 'use a number of bytes, optionally followed by B, K/KB (1000), KiB (1024), M/MB (10^6), MiB (2^20), G/GB (10^9) or GiB (2^30), e.g. 512, 64KiB, 5MB, 1GiB';
const DURATION_UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
// 'ms' precedes 'm' in the alternation so "500ms" is not read as 500 minutes plus a stray "s".
const DURATION = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d|w))+$/;
const DURATION_PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g;
function readDuration(text) {
    const value = text.trim();
    if (/^\d+$/.test(value))
        return safe(Number(value) * 1_000);
    if (!DURATION.test(value))
        return undefined;
    let total = 0;
    for (const [, amount, unit] of value.matchAll(DURATION_PART)) {
        total += Number(amount) * DURATION_UNIT_MS[unit];
    }
    return safe(Math.round(total));
}
function parseDuration(text) {
    const ms = readDuration(text);
    if (ms === undefined)
        throw new Error(`invalid duration ${JSON.stringify(text)}; ${DURATION_FORMS}`);
    return ms;
}
// K is SI (1000) like KB; only the explicit binary units (KiB, MiB, GiB) mean powers of 1024.
// A Map, so a unit such as "constructor" cannot hit a prototype property.
const BYTE_UNIT = new Map([
    ['', 1],
    ['b', 1],
    ['k', 1e3],
    ['kb', 1e3],
    ['kib', 2 ** 10],
    ['m', 1e6],
    ['mb', 1e6],
    ['mib', 2 ** 20],
    ['g', 1e9],
    ['gb', 1e9],
    ['gib', 2 ** 30],
]);
const BYTE_SIZE = /^(\d+(?:\.\d+)?)([a-z]*)$/i;
function readByteSize(text) {
    const [, amount, unit] = BYTE_SIZE.exec(text.trim()) ?? [];
    const multiplier = unit === undefined ? undefined : BYTE_UNIT.get(unit.toLowerCase());
    if (amount === undefined || multiplier === undefined)
        return undefined;
    return safe(Math.round(Number(amount) * multiplier));
}
function parseByteSize(text) {
    const bytes = readByteSize(text);
    if (bytes === undefined)
        throw new Error(`invalid byte size ${JSON.stringify(text)}; ${BYTE_SIZE_FORMS}`);
    return bytes;
}
// Past 2^53 the value silently loses precision, so treat it as a typo rather than guess.
function safe(value) {
    return Number.isSafeInteger(value) ? value : undefined;
}

;// CONCATENATED MODULE: ./packages/action-kit/src/inputs.ts







/** Reads inputs the way the runner passes them (same name mangling as core.getInput). */
const actionInputSource = (name) => (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
// A Map, not an object literal, so "constructor" or "toString" cannot hit a prototype property.
const BOOLEAN_SPELLINGS = new Map([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
]);
const DECIMAL_INTEGER = /^-?\d+$/;
const SET_IT = 'set it under "with:" in the workflow step';
// Room for a JWT or a 16384-bit PEM key, far below what would swamp a log.
const SECRET_MAX = 32 * 1024;
/** Strict, typed access to action inputs: every bad value becomes an InputError naming the input and the fix. */
class Inputs {
    #source;
    #workspace;
    #env;
    constructor(source = actionInputSource, options = {}) {
        this.#source = source;
        this.#env = options.env ?? process.env;
        this.#workspace = options.workspace ?? this.#env['GITHUB_WORKSPACE'] ?? process.cwd();
    }
    has(name) {
        return this.#raw(name) !== '';
    }
    /** Single-line and at most LINE_MAX characters unless `multiline` / `maxLength` say otherwise. */
    string(name, opts = {}) {
        const value = this.#raw(name);
        if (value === '') {
            if (opts.default !== undefined)
                return opts.default;
            if (opts.required)
                throw new errors/* InputError */.dz(name, 'is required', opts.hint ?? SET_IT);
            return '';
        }
        this.#checkText(name, value, opts);
        // search() ignores lastIndex, so a pattern with the g or y flag cannot make validation stateful.
        if (opts.pattern && value.search(opts.pattern) === -1) {
            throw new errors/* InputError */.dz(name, `must match ${opts.pattern} (got ${quote(value)})`, opts.hint ?? 'change it to match');
        }
        return value;
    }
    boolean(name, defaultValue) {
        const value = this.#raw(name);
        if (value === '')
            return defaultValue ?? missing(name, 'set it to true or false');
        const parsed = BOOLEAN_SPELLINGS.get(value);
        if (parsed === undefined) {
            throw new errors/* InputError */.dz(name, `must be one of ${[...BOOLEAN_SPELLINGS.keys()].join(', ')} (got ${quote(value)})`, 'set it to true or false');
        }
        return parsed;
    }
    enumValue(name, allowed, defaultValue) {
        const value = this.#raw(name);
        const choices = allowed.join(', ');
        if (value === '')
            return defaultValue ?? missing(name, `set it to one of ${choices}`);
        if (isOneOf(value, allowed))
            return value;
        const differentCase = allowed.find((choice) => choice.toLowerCase() === value.toLowerCase());
        throw new errors/* InputError */.dz(name, `must be one of ${choices} (got ${quote(value)})`, differentCase === undefined ? 'set it to one of those values' : `use ${quote(differentCase)}; values are case-sensitive`);
    }
    /** Items one per line (or comma-separated); each single-line and at most `maxItemLength` (LINE_MAX) characters. */
    list(name, opts = {}) {
        const commas = opts.commas ?? true;
        const raw = this.#raw(name);
        if (raw.length > TEXT_MAX)
            throw new errors/* InputError */.dz(name, `is ${raw.length} characters long`, `shorten it to at most ${TEXT_MAX} characters`);
        const items = raw
            .split(/\r?\n/)
            .filter((line) => !line.trimStart().startsWith('#'))
            .flatMap((line) => (commas ? line.split(',') : [line]))
            .map((item) => item.trim())
            .filter((item) => item !== '');
        if (items.length === 0 && opts.required) {
            throw new errors/* InputError */.dz(name, 'is required', `${SET_IT}, one item per line${commas ? ' or comma-separated' : ''}`);
        }
        items.forEach((item, index) => {
            const problem = textProblem(item, { maxLength: opts.maxItemLength ?? LINE_MAX });
            if (problem)
                throw new errors/* InputError */.dz(name, `item ${index + 1} ${problem.what}`, problem.fix);
        });
        return items;
    }
    /** A branch name git accepts (the rules of `git check-ref-format --branch`), or the default / ''. */
    branch(name, opts = {}) {
        const value = this.#raw(name);
        if (value === '')
            return opts.default ?? '';
        const problem = branchNameProblem(value);
        if (problem) {
            throw new errors/* InputError */.dz(name, `is not a valid branch name: it ${problem} (got ${quote(value)})`, 'use a name git accepts (see git check-ref-format), e.g. main or release/1.x');
        }
        return value;
    }
    integer(name, opts = {}) {
        const value = this.#raw(name);
        const expected = `an integer${describeRange(opts.min, opts.max)}`;
        if (value === '')
            return opts.default ?? missing(name, `set it to ${expected}`);
        const parsed = DECIMAL_INTEGER.test(value) ? Number(value) : Number.NaN;
        const inRange = Number.isSafeInteger(parsed) && (opts.min === undefined || parsed >= opts.min) && (opts.max === undefined || parsed <= opts.max);
        if (!inRange) {
            throw new errors/* InputError */.dz(name, `must be ${expected} (got ${quote(value)})`, `set it to ${expected}, written in decimal digits`);
        }
        return parsed;
    }
    duration(name, defaultValue) {
        const text = this.#valueOrDefault(name, defaultValue, DURATION_FORMS);
        const ms = readDuration(text);
        if (ms === undefined)
            throw new errors/* InputError */.dz(name, `is not a valid duration (got ${quote(text)})`, DURATION_FORMS);
        return ms;
    }
    byteSize(name, defaultValue) {
        const text = this.#valueOrDefault(name, defaultValue, BYTE_SIZE_FORMS);
        const bytes = readByteSize(text);
        if (bytes === undefined)
            throw new errors/* InputError */.dz(name, `is not a valid byte size (got ${quote(text)})`, BYTE_SIZE_FORMS);
        return bytes;
    }
    /**
     * Absolute path resolved against the workspace, or '' when unset, optional and without default.
     * It must lie inside the roots its `access` allows (symlinks followed), see `confine`.
     */
    path(name, opts = {}) {
        const value = this.#raw(name) || opts.default || '';
        if (value === '') {
            if (opts.required)
                throw new errors/* InputError */.dz(name, 'is required', `${SET_IT} (relative paths resolve against ${this.#workspace})`);
            return '';
        }
        const absolute = this.confine(name, value, opts.access ?? 'read');
        if (opts.mustExist) {
            const stats = (0,external_node_fs_.statSync)(absolute, { throwIfNoEntry: false });
            if (!stats) {
                throw new errors/* InputError */.dz(name, `path ${absolute} does not exist`, `check the path (relative paths resolve against ${this.#workspace}) or create it in an earlier step`);
            }
            if (opts.mustExist === 'directory' && !stats.isDirectory()) {
                throw new errors/* InputError */.dz(name, `path ${absolute} is not a directory`, 'point it at a directory');
            }
            if (opts.mustExist === 'file' && !stats.isFile()) {
                throw new errors/* InputError */.dz(name, `path ${absolute} is not a file`, 'point it at a regular file');
            }
        }
        return absolute;
    }
    /**
     * Resolves a path found in input `name` (also one inside a list or key=value line) against the
     * workspace and refuses it unless it stays inside the roots `access` allows: GITHUB_WORKSPACE
     * and RUNNER_TEMP to write; also the tool cache to read; also PATH's directories to execute.
     */
    confine(name, value, access) {
        try {
            return confinePath(value, this.#workspace, allowedRoots(access, this.#workspace, this.#env));
        }
        catch (error) {
            if (error instanceof PathRefusedError)
                throw new errors/* InputError */.dz(name, error.what, error.fix);
            throw error;
        }
    }
    /**
     * A credential: masked in the log with each of its lines and every form we derive from it
     * (see `secretForms`; `user` names the input whose value pairs with it in basic auth; `derived`
     * adds forms only the caller knows, e.g. the value part of `id=value` lines) before
     * it is validated or anything else is printed. Errors never include it.
     */
    secret(name, opts = {}) {
        this.#mask(name, opts);
        return this.#checkSecret(name, opts);
    }
    /**
     * Several credentials of one step: every one is masked before any is checked, so a bad first
     * value cannot stop the run (and print its error) while a later one is still unmasked.
     */
    secrets(specs) {
        const names = Object.keys(specs);
        for (const name of names)
            this.#mask(name, specs[name]);
        return Object.fromEntries(names.map((name) => [name, this.#checkSecret(name, specs[name])]));
    }
    #mask(name, opts) {
        const value = this.#raw(name);
        if (value === '')
            return;
        const forms = [...secretForms(value, opts.user === undefined ? undefined : this.#raw(opts.user)), ...(opts.derived?.(value) ?? [])];
        for (const form of forms)
            if (form.trim() !== '')
                runner/* setSecret */.Pq(form);
    }
    #checkSecret(name, opts) {
        const value = this.#raw(name);
        if (value === '') {
            if (opts.required)
                throw new errors/* InputError */.dz(name, 'is required', 'pass it from a secret, e.g. ${{ secrets.NAME }}, under "with:" in the workflow step');
            return '';
        }
        this.#checkText(name, value, { multiline: opts.multiline ?? false, maxLength: SECRET_MAX });
        return value;
    }
    json(name, opts = {}) {
        const value = this.#raw(name);
        if (value === '') {
            if (opts.required)
                throw new errors/* InputError */.dz(name, 'is required', `${SET_IT} as a JSON document`);
            return undefined;
        }
        this.#checkText(name, value, { multiline: true });
        try {
            return JSON.parse(value);
        }
        catch (err) {
            throw new errors/* InputError */.dz(name, `is not valid JSON (${err.message})`, 'fix the JSON syntax, e.g. quote keys and strings with double quotes');
        }
    }
    #checkText(name, value, opts) {
        const problem = textProblem(value, opts);
        if (problem)
            throw new errors/* InputError */.dz(name, problem.what, problem.fix);
    }
    // Sources other than actionInputSource (tests, CLIs) may not trim.
    #raw(name) {
        return this.#source(name).trim();
    }
    #valueOrDefault(name, defaultValue, fix) {
        const value = this.#raw(name) || defaultValue || '';
        return value === '' ? missing(name, fix) : value;
    }
}
function missing(name, fix) {
    throw new errors/* InputError */.dz(name, 'is required', fix);
}
function isOneOf(value, allowed) {
    return allowed.includes(value);
}
function describeRange(min, max) {
    if (min !== undefined && max !== undefined)
        return ` between ${min} and ${max}`;
    if (min !== undefined)
        return ` >= ${min}`;
    if (max !== undefined)
        return ` <= ${max}`;
    return '';
}
// Long or multi-line values would swamp the one-line error annotation.
function quote(value) {
    const limit = 80;
    return JSON.stringify(value.length > limit ? `${value.slice(0, limit)}…` : value);
}

// EXTERNAL MODULE: ./packages/action-kit/src/logger.ts
var logger = __nccwpck_require__(6718);
;// CONCATENATED MODULE: ./packages/action-kit/src/outputs.ts

function setOutputs(values) {
    for (const [name, value] of Object.entries(values)) {
        runner/* setOutput */.uH(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
    }
}

;// CONCATENATED MODULE: ./packages/action-kit/src/paths.ts


/**
 * `$RUNNER_TEMP/service-pipeline/<parts>`: where the steps of one job hand files to each other
 * (the build writes the OCI layout that scan, sbom and push read by default). RUNNER_TEMP is
 * emptied at the end of every job; outside a runner the system temp dir stands in.
 */
function pipelineDir(...parts) {
    return join(process.env['RUNNER_TEMP'] || tmpdir(), 'service-pipeline', ...parts);
}
/** The OCI layout build writes and scan, sbom and push read when no `oci-layout` is given. */
const defaultLayoutDir = () => pipelineDir('oci-layout');
/** One trivy cache per job: scan's vulnerability DB and the layer analysis sbom reuses. */
const trivyCacheDir = () => pipelineDir('scanner-cache', 'trivy');
/** The page of this workflow run on GitHub, or undefined outside a run (no repository or run id). */
function workflowRunUrl(env = process.env) {
    if (!env['GITHUB_REPOSITORY'] || !env['GITHUB_RUN_ID'])
        return undefined;
    return `${env['GITHUB_SERVER_URL'] ?? 'https://github.com'}/${env['GITHUB_REPOSITORY']}/actions/runs/${env['GITHUB_RUN_ID']}`;
}

;// CONCATENATED MODULE: ./packages/action-kit/src/run.ts


// Cause chains can be cyclic; a fixed depth keeps the log finite.
const MAX_CAUSE_DEPTH = 5;
/**
 * Entry point for an action: runs main and turns any failure into a single
 * ::error:: annotation plus a failing exit code, instead of an unhandled rejection.
 */
async function run(actionName, main) {
    try {
        await main();
    }
    catch (err) {
        reportFailure(actionName, err);
    }
}
function reportFailure(actionName, err) {
    if (err instanceof errors/* ActionError */.lZ) {
        runner/* setFailed */.C1(`${actionName} failed: ${err.what}; ${err.fix}`);
    }
    else if (err instanceof Error) {
        runner/* setFailed */.C1(`${actionName} failed: ${err.message}`);
        if (err.stack)
            runner/* debug */.Yz(err.stack);
    }
    else {
        runner/* setFailed */.C1(`${actionName} failed: ${String(err)}`);
    }
    let cause = err instanceof Error ? err.cause : undefined;
    for (let depth = 0; cause !== undefined && depth < MAX_CAUSE_DEPTH; depth++) {
        runner/* debug */.Yz(`caused by: ${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}`);
        cause = cause instanceof Error ? cause.cause : undefined;
    }
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./packages/action-kit/src/summary.ts


/** Renders a section as GitHub-flavoured Markdown, blocks separated by blank lines. */
function renderSummary(section) {
    const blocks = [
        `## ${section.heading}`,
        ...(section.paragraphs ?? []),
        ...(section.tables ?? []).map(renderTable),
        ...(section.details ?? []).map(
        // The blank lines inside <details> make GitHub render the body as Markdown rather than raw HTML.
        (d) => `<details><summary>${escapeHtml(d.summary)}</summary>\n\n${d.body}\n\n</details>`),
    ];
    return `${blocks.join('\n\n')}\n`;
}
/**
 * Appends the section to the job summary; does nothing outside a runner. The file is read from
 * the environment at each call (core.summary keeps the first path it saw for the process).
 */
async function writeSummary(section) {
    const file = process.env['GITHUB_STEP_SUMMARY'];
    if (!file)
        return;
    // The trailing blank line ends a closing </details> HTML block, which would
    // otherwise swallow the next section's heading.
    await (0,promises_namespaceObject.appendFile)(file, `${renderSummary(section)}${external_node_os_.EOL}`);
}
function renderTable(table) {
    const lines = [row(table.headers), row(table.headers.map(() => '---')), ...table.rows.map((cells) => row(cells.map(String)))];
    const caption = table.caption === undefined ? [] : [`**${table.caption}**`, ''];
    return [...caption, ...lines].join('\n');
}
function row(cells) {
    return `| ${cells.map(escapeCell).join(' | ')} |`;
}
// A raw '|' would split the cell and a raw newline would end the table.
function escapeCell(cell) {
    return cell.replace(/\|/g, '\\|').replace(/\r?\n|\r/g, '<br>');
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

;// CONCATENATED MODULE: ./packages/action-kit/src/index.ts













/***/ }),

/***/ 6718:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   qq: () => (/* binding */ silentLogger),
/* harmony export */   v0: () => (/* binding */ actionLogger)
/* harmony export */ });
/* unused harmony export consoleLogger */
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1268);

const actionLogger = {
    debug: (message) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message),
    info: (message) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message),
    warning: (message) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message),
    group: (name, fn) => _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(name, fn),
};
const consoleLogger = {
    // Read at call time so SP_DEBUG can be toggled without reloading the module.
    debug: (message) => {
        if (process.env['SP_DEBUG'] === '1')
            process.stderr.write(`debug: ${message}\n`);
    },
    info: (message) => {
        process.stdout.write(`${message}\n`);
    },
    warning: (message) => {
        process.stderr.write(`warning: ${message}\n`);
    },
    group: (name, fn) => {
        process.stdout.write(`== ${name} ==\n`);
        return fn();
    },
};
const silentLogger = {
    debug: () => { },
    info: () => { },
    warning: () => { },
    group: (_name, fn) => fn(),
};


/***/ }),

/***/ 30:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   Fy: () => (/* binding */ isUnreachableError),
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   SO: () => (/* binding */ unreachableDelay),
/* harmony export */   TX: () => (/* binding */ isNetworkError),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   gl: () => (/* binding */ describeNetworkError),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* unused harmony export UNREACHABLE_DELAYS_MS */
const DEFAULT_RETRY_POLICY = {
    attempts: 6,
    baseDelayMs: 250,
    maxDelayMs: 10_000,
    maxRetryAfterMs: 120_000,
};
const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
function isRetryableStatus(status) {
    return RETRYABLE_STATUSES.has(status);
}
/** Seconds or an HTTP date, as RFC 9110 allows; undefined when absent or unparsable. */
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const date = Date.parse(trimmed);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
/** Delay before attempt `attempt + 1` (attempt counts from 1). */
function backoffDelay(policy, attempt, retryAfterMs, random = Math.random) {
    if (retryAfterMs !== undefined)
        return Math.min(retryAfterMs, policy.maxRetryAfterMs);
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
const NETWORK_ERROR_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'ENOTFOUND',
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH',
]);
/** Connection refused or a name that does not resolve: a few quick tries, then the server is named as unreachable. */
const UNREACHABLE_DELAYS_MS = [100, 300];
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);
function causeChain(error) {
    const chain = [];
    let current = error;
    for (let depth = 0; current && depth < 5; depth++) {
        const e = current;
        chain.push(e);
        current = e.cause;
    }
    return chain;
}
/** A connection refused or a name that does not resolve (as opposed to a connection dropped midway). */
function isUnreachableError(error) {
    return causeChain(error).some((e) => e.code !== undefined && UNREACHABLE_CODES.has(e.code));
}
/** fetch() reports transport failures as TypeError('fetch failed') with the cause inside. */
function isNetworkError(error) {
    return causeChain(error).some((e) => (e.code !== undefined && NETWORK_ERROR_CODES.has(e.code)) ||
        e.name === 'TimeoutError' ||
        e.message === 'fetch failed' ||
        e.message === 'other side closed' ||
        e.message === 'terminated');
}
function describeNetworkError(error) {
    return (causeChain(error)
        .filter((e) => e.message)
        .map((e) => (e.code ? `${e.message} (${e.code})` : e.message))
        .join(': ') || String(error));
}
/**
 * The wait before the next try at a server that is unreachable, after `tries` such failures
 * already; undefined once the quick tries are spent and the server should be named unreachable.
 */
function unreachableDelay(tries) {
    return UNREACHABLE_DELAYS_MS[tries];
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}


/***/ }),

/***/ 1268:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   Os: () => (/* binding */ group),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput)
/* harmony export */ });
/* unused harmony exports issueCommand, annotate */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The runner's workflow-command protocol (the part of @actions/core the actions use): log
 * commands on stdout, masks, outputs through the GITHUB_OUTPUT file, the failing exit code.
 * Written here because importing @actions/core also evaluates its OIDC client and undici,
 * which alone took an action's start-up past 3x a bare `node -e 0` (see BENCHMARKS.md,
 * start-up); the wire format is the one @actions/core writes.
 */



function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::command key=value,...::message`, escaped as the runner unescapes it. */
function issueCommand(command, message, properties = {}) {
    const props = Object.entries(properties)
        .map(([key, value]) => `${key}=${escapeProperty(value)}`)
        .join(',');
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
/** Masks `secret` in everything the job prints after this. */
function setSecret(secret) {
    issueCommand('add-mask', secret);
}
/** Appends `name<<delimiter ... delimiter` to the GITHUB_OUTPUT file (or the legacy command outside one). */
function setOutput(name, value) {
    const file = process.env['GITHUB_OUTPUT'];
    if (!file) {
        process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
        issueCommand('set-output', value, { name });
        return;
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
        throw new Error(`the GITHUB_OUTPUT file ${file} does not exist`);
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    // A value holding the delimiter could end the value early and forge another output.
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`output ${name} contains the delimiter ${delimiter}`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, { encoding: 'utf8' });
}
function info(message) {
    process.stdout.write(`${message}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
function debug(message) {
    issueCommand('debug', message);
}
function warning(message) {
    issueCommand('warning', message);
}
/** An `error`, `warning` or `notice` annotation at a file and line. */
function annotate(level, message, place = {}) {
    const props = {};
    if (place.title)
        props['title'] = place.title;
    if (place.file)
        props['file'] = place.file;
    if (place.line !== undefined)
        props['line'] = String(place.line);
    issueCommand(level, message, props);
}
/** An error annotation and a failing exit code. */
function setFailed(message) {
    process.exitCode = 1;
    issueCommand('error', message);
}
async function group(name, fn) {
    issueCommand('group', name);
    try {
        return await fn();
    }
    finally {
        issueCommand('endgroup', '');
    }
}


/***/ }),

/***/ 2691:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a9: () => (/* reexport */ dispatchToDependents),
  WW: () => (/* reexport */ postWebhook),
  XS: () => (/* reexport */ runResult),
  k: () => (/* reexport */ summaryLines)
});

// UNUSED EXPORTS: DISPATCH_EVENT, webhookBody

// EXTERNAL MODULE: ./packages/action-kit/src/errors.ts
var errors = __nccwpck_require__(1901);
// EXTERNAL MODULE: ./packages/action-kit/src/retry.ts
var retry = __nccwpck_require__(30);
;// CONCATENATED MODULE: ./packages/notify/src/notify.ts
/**
 * Telling the people who care how a pipeline run ended: one message (service, version, digest,
 * environment, result) rendered for the job summary, posted to a Slack-compatible webhook and
 * sent as `repository_dispatch` to dependent repositories. Failures are told too; dependents
 * are only dispatched to when a release passed (they act on it).
 */


/** The run's result from its jobs: any failure fails it, else any cancellation cancels it; skipped jobs are fine. */
function runResult(jobs) {
    const results = Object.values(jobs).map((job) => job.result);
    if (results.includes('failure'))
        return 'failure';
    if (results.includes('cancelled'))
        return 'cancelled';
    return 'success';
}
const DISPATCH_EVENT = 'service-released';
function describe(n) {
    const what = n.version ? `${n.kind} ${n.version}` : n.kind;
    const where = n.environment ? ` into ${n.environment}` : '';
    const verdict = n.result === 'success' ? 'passed' : n.result === 'cancelled' ? 'was cancelled' : `failed (${n.failed.join(', ')})`;
    return `${n.service}: ${what}${where} ${verdict}`;
}
/** Markdown for the job summary. */
function summaryLines(n) {
    return [
        describe(n),
        `| service | kind | version | image | environment | result |\n| --- | --- | --- | --- | --- | --- |\n| ${n.service} | ${n.kind} | ${n.version || '-'} | ${n.digest ? `\`${n.image}@${n.digest}\`` : '-'} | ${n.environment || '-'} | ${n.result} |`,
        `[The run](${n.runUrl})`,
    ];
}
/** Slack's incoming-webhook body (also understood by Mattermost, Rocket.Chat, Teams' Slack-compatible endpoints). */
function webhookBody(n) {
    const icon = n.result === 'success' ? ':white_check_mark:' : n.result === 'cancelled' ? ':heavy_minus_sign:' : ':x:';
    return {
        text: `${icon} ${describe(n)} <${n.runUrl}|run>`,
        attachments: [
            {
                color: n.result === 'success' ? 'good' : n.result === 'cancelled' ? 'warning' : 'danger',
                fields: [
                    { title: 'Version', value: n.version || '-', short: true },
                    { title: 'Environment', value: n.environment || '-', short: true },
                    { title: 'Image', value: n.digest ? `${n.image}@${n.digest}` : n.image, short: false },
                ],
            },
        ],
    };
}
/** Posts to the webhook, retrying what the one retry policy retries; the URL (a secret) never appears in errors. */
async function postWebhook(url, n, options = {}) {
    const policy = { ...retry/* DEFAULT_RETRY_POLICY */.cO, attempts: options.attempts ?? retry/* DEFAULT_RETRY_POLICY */.cO.attempts };
    for (let attempt = 1;; attempt++) {
        let status;
        let retryAfter;
        try {
            const response = await fetch(url, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify(webhookBody(n)),
                signal: AbortSignal.timeout(30_000),
            });
            await response.arrayBuffer();
            if (response.ok)
                return;
            status = response.status;
            retryAfter = (0,retry/* parseRetryAfter */.mu)(response.headers.get('retry-after'));
            if (!(0,retry/* isRetryableStatus */.PS)(status))
                throw new errors/* ActionError */.lZ(`the webhook answered ${status}`, 'check the notify-webhook-url secret (the webhook may have been revoked)');
        }
        catch (error) {
            if (error instanceof errors/* ActionError */.lZ)
                throw error;
            if (!(0,retry/* isNetworkError */.TX)(error))
                throw error;
        }
        if (attempt >= policy.attempts)
            throw new errors/* ActionError */.lZ(`the webhook did not accept the message after ${attempt} attempts${status ? ` (last answer ${status})` : ''}`, 'the chat service may be down; the run itself is unaffected');
        await (0,retry/* sleep */.yy)((0,retry/* backoffDelay */.EY)(policy, attempt, retryAfter));
    }
}
/** Sends `service-released` with the notification as client_payload to each repository. */
async function dispatchToDependents(client, repositories, n) {
    const sent = [];
    for (const full of repositories) {
        const [owner = '', repo = ''] = full.split('/');
        await client.rest.repos.createDispatchEvent({
            owner,
            repo,
            event_type: DISPATCH_EVENT,
            client_payload: { service: n.service, version: n.version, image: n.image, digest: n.digest, environment: n.environment, run_url: n.runUrl },
        });
        sent.push(full);
    }
    return sent;
}

;// CONCATENATED MODULE: ./packages/notify/src/index.ts



/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(4411);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
