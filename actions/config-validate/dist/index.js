import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ readInputs)
/* harmony export */ });
/* harmony import */ var _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(671);
/* harmony import */ var _service_pipeline_config_validate_options__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2986);


/** A directory of the repository checkout, relative to it; '' when unset. */
function repositoryDir(inputs, workspace, name, fallback = '') {
    const value = inputs.string(name, { default: fallback });
    if (value === '')
        return '';
    // Control characters, over-long names and escapes (symlinks included) first, as for every path input.
    inputs.confine(name, value, 'read');
    return (0,_service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .asInput */ .lv)(name, () => (0,_service_pipeline_config_validate_options__WEBPACK_IMPORTED_MODULE_1__/* .insideRoot */ .p0)(workspace, value, name));
}
/** Reads and validates every input before anything is rendered or installed. */
function readInputs(inputs = new _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .Inputs */ .G0(), workspace = process.env['GITHUB_WORKSPACE'] ?? process.cwd()) {
    const kubernetesVersion = inputs.string('kubernetes-version', { default: '1.33' });
    try {
        (0,_service_pipeline_config_validate_options__WEBPACK_IMPORTED_MODULE_1__/* .parseKubernetesVersion */ .i6)(kubernetesVersion);
    }
    catch (error) {
        if (error instanceof _service_pipeline_config_validate_options__WEBPACK_IMPORTED_MODULE_1__/* .UnknownKubernetesVersionError */ .zW)
            throw new _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('kubernetes-version', `is "${kubernetesVersion}", not a Kubernetes release this check knows`, error.fix);
        throw error;
    }
    const checks = inputs.list('checks');
    for (const c of checks)
        if (!_service_pipeline_config_validate_options__WEBPACK_IMPORTED_MODULE_1__/* .CHECKS */ .ui.includes(c))
            throw new _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('checks', `names an unknown check "${c}"`, `use any of ${_service_pipeline_config_validate_options__WEBPACK_IMPORTED_MODULE_1__/* .CHECKS */ .ui.join(', ')}`);
    const paths = {};
    for (const tool of ['helm', 'kustomize', 'kubeconform', 'conftest', 'pluto']) {
        const path = inputs.path(`${tool}-path`, { mustExist: 'file', access: 'execute' });
        if (path)
            paths[tool] = path;
    }
    const policyDir = repositoryDir(inputs, workspace, 'policy-dir');
    const toolsBaseUrl = inputs.string('tools-base-url', { pattern: /^https?:\/\/\S+$/, hint: 'give an http(s) URL of a release mirror' });
    return {
        workspace,
        path: repositoryDir(inputs, workspace, 'path', '.'),
        kubernetesVersion,
        checks: checks.length > 0 ? _service_pipeline_config_validate_options__WEBPACK_IMPORTED_MODULE_1__/* .CHECKS */ .ui.filter((c) => checks.includes(c)) : [..._service_pipeline_config_validate_options__WEBPACK_IMPORTED_MODULE_1__/* .CHECKS */ .ui],
        engine: inputs.enumValue('engine', _service_pipeline_config_validate_options__WEBPACK_IMPORTED_MODULE_1__/* .ENGINES */ .ug, 'embedded'),
        ...(policyDir ? { policyDir } : {}),
        failOn: inputs.enumValue('fail-on', _service_pipeline_config_validate_options__WEBPACK_IMPORTED_MODULE_1__/* .FAIL_ON */ .d$, 'error'),
        paths,
        ...(toolsBaseUrl ? { toolsBaseUrl } : {}),
    };
}


/***/ }),

/***/ 2805:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(671);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4285);




const LEVEL = { error: 'error', warning: 'warning', info: 'notice' };
function annotateFinding(f) {
    const title = `${f.rule}${f.kind ? ` ${f.kind} ${f.namespace ? `${f.namespace}/` : ''}${f.name ?? ''}` : ''}`;
    (0,_service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .annotate */ .fz)(LEVEL[f.severity], `${f.message}. Fix: ${f.fix}`, { file: f.file, line: f.line, title });
}
async function main() {
    const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readInputs */ .K)();
    // The engines (schemas, CEL, the policy pack) load once the inputs are known to be good.
    const { atOrAbove, countBySeverity, findRenderers, installValidationTools, jsonReport, junitReport, sarifReport, validateRepository, validationSummary } = await Promise.all(/* import() */[__nccwpck_require__.e(144), __nccwpck_require__.e(798)]).then(__nccwpck_require__.bind(__nccwpck_require__, 798));
    const renderers = await findRenderers(inputs.paths);
    const tools = await installValidationTools({
        engine: inputs.engine,
        checks: inputs.checks,
        ...(inputs.policyDir ? { policyDir: inputs.policyDir } : {}),
        paths: inputs.paths,
        ...(inputs.toolsBaseUrl ? { baseUrl: inputs.toolsBaseUrl } : {}),
        logger: _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .actionLogger */ .v0,
    });
    const result = await validateRepository({
        root: inputs.workspace,
        path: inputs.path,
        kubernetesVersion: inputs.kubernetesVersion,
        checks: inputs.checks,
        engine: inputs.engine,
        ...(inputs.policyDir ? { policyDir: inputs.policyDir } : {}),
        renderers,
        tools,
        logger: _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .actionLogger */ .v0,
    });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,_service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .pipelineDir */ .QY)(), { recursive: true });
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,_service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .pipelineDir */ .QY)('config-validate-'));
    const failing = (f) => atOrAbove(f.severity, inputs.failOn);
    const files = { report: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'report.json'), sarif: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'results.sarif'), junit: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'junit.xml') };
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(files.report, jsonReport(result));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(files.sarif, sarifReport(result.findings, { category: 'config-validate' }));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(files.junit, junitReport(result.findings, failing));
    for (const f of result.findings)
        annotateFinding(f);
    const counts = countBySeverity(result.findings);
    (0,_service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .setOutputs */ .n0)({ 'findings-count': result.findings.length, errors: counts.error, warnings: counts.warning, ...files });
    await (0,_service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .writeSummary */ .Sy)(validationSummary(result, inputs.failOn));
    const failed = result.findings.filter(failing);
    if (failed.length > 0) {
        throw new _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ(`${failed.length} finding(s) at or above fail-on ${inputs.failOn} in ${result.resources} resource(s)`, `fix them at the annotated lines (all findings: ${files.report}), or exempt a resource from a policy rule with its annotation`);
    }
}
await (0,_service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .run */ .eF)('config-validate', main);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 671:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  lZ: () => (/* reexport */ ActionError),
  dz: () => (/* reexport */ InputError),
  G0: () => (/* reexport */ Inputs),
  v0: () => (/* reexport */ actionLogger),
  fz: () => (/* reexport */ annotate),
  lv: () => (/* reexport */ asInput),
  FK: () => (/* reexport */ isInside),
  QY: () => (/* reexport */ pipelineDir),
  eF: () => (/* reexport */ run),
  n0: () => (/* reexport */ setOutputs),
  qq: () => (/* reexport */ silentLogger),
  Sy: () => (/* reexport */ writeSummary)
});

// UNUSED EXPORTS: GITHUB_REPOSITORY_NAME, InvalidValueError, PathRefusedError, actionInputSource, checkPathText, consoleLogger, defaultLayoutDir, parseByteSize, parseDuration, renderSummary, setSecret, trivyCacheDir, workflowRunUrl

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
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
        for (const dir of (env['PATH'] ?? '').split(external_node_path_.delimiter))
            if ((0,external_node_path_.isAbsolute)(dir))
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
    const absolute = (0,external_node_path_.resolve)(workspace, value);
    if (Buffer.byteLength(absolute) > PATH_MAX_BYTES) {
        throw new PathRefusedError(`resolves to a path of ${Buffer.byteLength(absolute)} bytes`, `paths are at most ${PATH_MAX_BYTES} bytes on Linux; shorten it`);
    }
    const real = realPathOfPrefix(absolute);
    const inside = roots.some((root) => isInside(realPathOfPrefix((0,external_node_path_.resolve)(root.dir)), real));
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
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(rel));
}
/** realpath of the longest prefix that exists, with the missing rest appended as written. */
function realPathOfPrefix(absolute) {
    const missing = [];
    let existing = absolute;
    for (;;) {
        try {
            return (0,external_node_path_.join)(external_node_fs_.realpathSync.native(existing), ...missing);
        }
        catch (error) {
            const code = error.code;
            if (code === 'ELOOP')
                throw new PathRefusedError(`${absolute} runs into a symlink loop`, 'remove the looping link or name another path');
            if (code !== 'ENOENT' && code !== 'ENOTDIR') {
                throw new PathRefusedError(`${absolute} cannot be inspected (${code ?? error.message})`, 'check the permissions of its directories');
            }
        }
        const parent = (0,external_node_path_.dirname)(existing);
        if (parent === existing)
            return absolute;
        missing.unshift((0,external_node_path_.basename)(existing));
        existing = parent;
    }
}

;// CONCATENATED MODULE: ./packages/action-kit/src/errors.ts
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./packages/action-kit/src/runner.ts
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
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${external_node_os_.EOL}`);
}
/** Masks `secret` in everything the job prints after this. */
function setSecret(secret) {
    issueCommand('add-mask', secret);
}
/** Appends `name<<delimiter ... delimiter` to the GITHUB_OUTPUT file (or the legacy command outside one). */
function setOutput(name, value) {
    const file = process.env['GITHUB_OUTPUT'];
    if (!file) {
        process.stdout.write(external_node_os_.EOL);
        issueCommand('set-output', value, { name });
        return;
    }
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`the GITHUB_OUTPUT file ${file} does not exist`);
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    // A value holding the delimiter could end the value early and forge another output.
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`output ${name} contains the delimiter ${delimiter}`);
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, { encoding: 'utf8' });
}
function info(message) {
    process.stdout.write(`${message}${external_node_os_.EOL}`);
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
                throw new InputError(name, 'is required', opts.hint ?? SET_IT);
            return '';
        }
        this.#checkText(name, value, opts);
        // search() ignores lastIndex, so a pattern with the g or y flag cannot make validation stateful.
        if (opts.pattern && value.search(opts.pattern) === -1) {
            throw new InputError(name, `must match ${opts.pattern} (got ${quote(value)})`, opts.hint ?? 'change it to match');
        }
        return value;
    }
    boolean(name, defaultValue) {
        const value = this.#raw(name);
        if (value === '')
            return defaultValue ?? missing(name, 'set it to true or false');
        const parsed = BOOLEAN_SPELLINGS.get(value);
        if (parsed === undefined) {
            throw new InputError(name, `must be one of ${[...BOOLEAN_SPELLINGS.keys()].join(', ')} (got ${quote(value)})`, 'set it to true or false');
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
        throw new InputError(name, `must be one of ${choices} (got ${quote(value)})`, differentCase === undefined ? 'set it to one of those values' : `use ${quote(differentCase)}; values are case-sensitive`);
    }
    /** Items one per line (or comma-separated); each single-line and at most `maxItemLength` (LINE_MAX) characters. */
    list(name, opts = {}) {
        const commas = opts.commas ?? true;
        const raw = this.#raw(name);
        if (raw.length > TEXT_MAX)
            throw new InputError(name, `is ${raw.length} characters long`, `shorten it to at most ${TEXT_MAX} characters`);
        const items = raw
            .split(/\r?\n/)
            .filter((line) => !line.trimStart().startsWith('#'))
            .flatMap((line) => (commas ? line.split(',') : [line]))
            .map((item) => item.trim())
            .filter((item) => item !== '');
        if (items.length === 0 && opts.required) {
            throw new InputError(name, 'is required', `${SET_IT}, one item per line${commas ? ' or comma-separated' : ''}`);
        }
        items.forEach((item, index) => {
            const problem = textProblem(item, { maxLength: opts.maxItemLength ?? LINE_MAX });
            if (problem)
                throw new InputError(name, `item ${index + 1} ${problem.what}`, problem.fix);
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
            throw new InputError(name, `is not a valid branch name: it ${problem} (got ${quote(value)})`, 'use a name git accepts (see git check-ref-format), e.g. main or release/1.x');
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
            throw new InputError(name, `must be ${expected} (got ${quote(value)})`, `set it to ${expected}, written in decimal digits`);
        }
        return parsed;
    }
    duration(name, defaultValue) {
        const text = this.#valueOrDefault(name, defaultValue, DURATION_FORMS);
        const ms = readDuration(text);
        if (ms === undefined)
            throw new InputError(name, `is not a valid duration (got ${quote(text)})`, DURATION_FORMS);
        return ms;
    }
    byteSize(name, defaultValue) {
        const text = this.#valueOrDefault(name, defaultValue, BYTE_SIZE_FORMS);
        const bytes = readByteSize(text);
        if (bytes === undefined)
            throw new InputError(name, `is not a valid byte size (got ${quote(text)})`, BYTE_SIZE_FORMS);
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
                throw new InputError(name, 'is required', `${SET_IT} (relative paths resolve against ${this.#workspace})`);
            return '';
        }
        const absolute = this.confine(name, value, opts.access ?? 'read');
        if (opts.mustExist) {
            const stats = (0,external_node_fs_.statSync)(absolute, { throwIfNoEntry: false });
            if (!stats) {
                throw new InputError(name, `path ${absolute} does not exist`, `check the path (relative paths resolve against ${this.#workspace}) or create it in an earlier step`);
            }
            if (opts.mustExist === 'directory' && !stats.isDirectory()) {
                throw new InputError(name, `path ${absolute} is not a directory`, 'point it at a directory');
            }
            if (opts.mustExist === 'file' && !stats.isFile()) {
                throw new InputError(name, `path ${absolute} is not a file`, 'point it at a regular file');
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
                throw new InputError(name, error.what, error.fix);
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
                setSecret(form);
    }
    #checkSecret(name, opts) {
        const value = this.#raw(name);
        if (value === '') {
            if (opts.required)
                throw new InputError(name, 'is required', 'pass it from a secret, e.g. ${{ secrets.NAME }}, under "with:" in the workflow step');
            return '';
        }
        this.#checkText(name, value, { multiline: opts.multiline ?? false, maxLength: SECRET_MAX });
        return value;
    }
    json(name, opts = {}) {
        const value = this.#raw(name);
        if (value === '') {
            if (opts.required)
                throw new InputError(name, 'is required', `${SET_IT} as a JSON document`);
            return undefined;
        }
        this.#checkText(name, value, { multiline: true });
        try {
            return JSON.parse(value);
        }
        catch (err) {
            throw new InputError(name, `is not valid JSON (${err.message})`, 'fix the JSON syntax, e.g. quote keys and strings with double quotes');
        }
    }
    #checkText(name, value, opts) {
        const problem = textProblem(value, opts);
        if (problem)
            throw new InputError(name, problem.what, problem.fix);
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
    throw new InputError(name, 'is required', fix);
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

;// CONCATENATED MODULE: ./packages/action-kit/src/logger.ts

const actionLogger = {
    debug: (message) => debug(message),
    info: (message) => info(message),
    warning: (message) => warning(message),
    group: (name, fn) => group(name, fn),
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

;// CONCATENATED MODULE: ./packages/action-kit/src/outputs.ts

function setOutputs(values) {
    for (const [name, value] of Object.entries(values)) {
        setOutput(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
    }
}

;// CONCATENATED MODULE: ./packages/action-kit/src/paths.ts


/**
 * `$RUNNER_TEMP/service-pipeline/<parts>`: where the steps of one job hand files to each other
 * (the build writes the OCI layout that scan, sbom and push read by default). RUNNER_TEMP is
 * emptied at the end of every job; outside a runner the system temp dir stands in.
 */
function pipelineDir(...parts) {
    return (0,external_node_path_.join)(process.env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)(), 'service-pipeline', ...parts);
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
    if (err instanceof ActionError) {
        setFailed(`${actionName} failed: ${err.what}; ${err.fix}`);
    }
    else if (err instanceof Error) {
        setFailed(`${actionName} failed: ${err.message}`);
        if (err.stack)
            debug(err.stack);
    }
    else {
        setFailed(`${actionName} failed: ${String(err)}`);
    }
    let cause = err instanceof Error ? err.cause : undefined;
    for (let depth = 0; cause !== undefined && depth < MAX_CAUSE_DEPTH; depth++) {
        debug(`caused by: ${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}`);
        cause = cause instanceof Error ? cause.cause : undefined;
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
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
    await (0,promises_.appendFile)(file, `${renderSummary(section)}${external_node_os_.EOL}`);
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

/***/ 7469:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ ConfigValidateError)
/* harmony export */ });
/* harmony import */ var _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(671);

/** A bad input to the validation (a path, a version, a missing tool): one clear error, before any work. */
class ConfigValidateError extends _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ {
    constructor(what, fix) {
        super(what, fix);
        this.name = 'ConfigValidateError';
    }
}


/***/ }),

/***/ 5236:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   bP: () => (/* binding */ resourceLabel),
/* harmony export */   d$: () => (/* binding */ FAIL_ON),
/* harmony export */   kU: () => (/* binding */ atOrAbove),
/* harmony export */   oC: () => (/* binding */ SEVERITIES)
/* harmony export */ });
/* unused harmony export FINDING_TOOLS */
/** Which engine produced a finding: an embedded one, or a real tool run on the runner. */
const FINDING_TOOLS = (/* unused pure expression or super */ null && (['render', 'schema', 'deprecations', 'policies', 'admission-policies', 'kubeconform', 'pluto', 'conftest']));
const SEVERITIES = ['error', 'warning', 'info'];
/** `fail-on`: the lowest severity that fails the run; `never` only reports. */
const FAIL_ON = ['error', 'warning', 'info', 'never'];
const RANK = { error: 0, warning: 1, info: 2 };
function atOrAbove(severity, failOn) {
    return failOn !== 'never' && RANK[severity] <= RANK[failOn];
}
/** File, then line, then severity, then rule: the order reports and annotations use. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        a.line - b.line ||
        RANK[a.severity] - RANK[b.severity] ||
        (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
        (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
}
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of findings)
        counts[f.severity]++;
    return counts;
}
/** A label for the resource a finding is about: `Deployment shop/web`. */
function resourceLabel(f) {
    if (!f.kind)
        return '';
    return `${f.kind} ${f.namespace ? `${f.namespace}/` : ''}${f.name ?? ''}`.trim();
}


/***/ }),

/***/ 487:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i6: () => (/* binding */ parseKubernetesVersion),
/* harmony export */   zW: () => (/* binding */ UnknownKubernetesVersionError)
/* harmony export */ });
/* unused harmony exports OLDEST_MINOR, NEWEST_MINOR, atLeast */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7469);

/** The releases the deprecation table knows about: 1.16 (the first big removal) to the newest. */
const OLDEST_MINOR = 16;
const NEWEST_MINOR = 36;
class UnknownKubernetesVersionError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigValidateError */ .r {
    constructor(value) {
        super(`kubernetes-version "${value}" is not a Kubernetes release this check knows (1.${OLDEST_MINOR} to 1.${NEWEST_MINOR})`, `set it to the version of the cluster Argo CD or Flux deploys to, as MAJOR.MINOR (e.g. 1.${NEWEST_MINOR - 3}) or MAJOR.MINOR.PATCH`);
        this.name = 'UnknownKubernetesVersionError';
    }
}
function parseKubernetesVersion(value) {
    const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?$/.exec(value.trim());
    if (!match)
        throw new UnknownKubernetesVersionError(value);
    const major = Number(match[1]);
    const minor = Number(match[2]);
    if (major !== 1 || minor < OLDEST_MINOR || minor > NEWEST_MINOR)
        throw new UnknownKubernetesVersionError(value);
    return { major, minor, text: `${major}.${minor}` };
}
/** Whether `version` is at or after release `1.minor`. */
function atLeast(version, minor) {
    return version.minor >= minor;
}


/***/ }),

/***/ 2986:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d$: () => (/* reexport safe */ _findings_js__WEBPACK_IMPORTED_MODULE_4__.d$),
/* harmony export */   d7: () => (/* binding */ toPosix),
/* harmony export */   i6: () => (/* reexport safe */ _kubernetes_version_js__WEBPACK_IMPORTED_MODULE_5__.i6),
/* harmony export */   p0: () => (/* binding */ insideRoot),
/* harmony export */   ug: () => (/* binding */ ENGINES),
/* harmony export */   ui: () => (/* binding */ CHECKS),
/* harmony export */   zW: () => (/* reexport safe */ _kubernetes_version_js__WEBPACK_IMPORTED_MODULE_5__.zW)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(671);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7469);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(5236);
/* harmony import */ var _kubernetes_version_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(487);
/**
 * What a caller validates its inputs with (the checks, engines, fail-on levels, Kubernetes
 * versions and the repository-root rule), apart from the engines themselves: an action reads
 * these at start-up and loads the engines (`@service-pipeline/config-validate`) only once its
 * inputs are good.
 */






const toPosix = (p) => p.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
const CHECKS = ['schema', 'deprecations', 'policies'];
const ENGINES = ['embedded', 'tools', 'both'];
/** Resolves `value` against root and refuses anything that leaves it (symlinks included). */
function insideRoot(root, value, input, kind = 'directory') {
    const realRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(realRoot, value);
    const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs, { throwIfNoEntry: false });
    if (!stats)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigValidateError */ .r(`${input} "${value}" does not exist in ${realRoot}`, `point ${input} at a ${kind} of the repository (relative paths resolve against its root)`);
    const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(abs);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(realRoot, real);
    if (!(0,_service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(realRoot, real)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigValidateError */ .r(`${input} "${value}" is outside the repository (${realRoot})`, `point ${input} at a ${kind} inside the repository checkout`);
    }
    if (kind === 'directory' ? !stats.isDirectory() : !stats.isFile())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigValidateError */ .r(`${input} "${value}" is not a ${kind}`, `point ${input} at a ${kind}`);
    return toPosix(rel) || '.';
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

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

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

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

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

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

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

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

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

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

/***/ 4547:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
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
/******/ var __webpack_exports__ = __nccwpck_require__(2805);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
