import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 637:
/***/ ((module) => {

function isBuffer(value) {
  return Buffer.isBuffer(value) || value instanceof Uint8Array
}

function isEncoding(encoding) {
  return Buffer.isEncoding(encoding)
}

function alloc(size, fill, encoding) {
  return Buffer.alloc(size, fill, encoding)
}

function allocUnsafe(size) {
  return Buffer.allocUnsafe(size)
}

function allocUnsafeSlow(size) {
  return Buffer.allocUnsafeSlow(size)
}

function byteLength(string, encoding) {
  return Buffer.byteLength(string, encoding)
}

function compare(a, b) {
  return Buffer.compare(a, b)
}

function concat(buffers, totalLength) {
  return Buffer.concat(buffers, totalLength)
}

function copy(source, target, targetStart, start, end) {
  return toBuffer(source).copy(target, targetStart, start, end)
}

function equals(a, b) {
  return toBuffer(a).equals(b)
}

function fill(buffer, value, offset, end, encoding) {
  return toBuffer(buffer).fill(value, offset, end, encoding)
}

function from(value, encodingOrOffset, length) {
  return Buffer.from(value, encodingOrOffset, length)
}

function includes(buffer, value, byteOffset, encoding) {
  return toBuffer(buffer).includes(value, byteOffset, encoding)
}

function indexOf(buffer, value, byfeOffset, encoding) {
  return toBuffer(buffer).indexOf(value, byfeOffset, encoding)
}

function lastIndexOf(buffer, value, byteOffset, encoding) {
  return toBuffer(buffer).lastIndexOf(value, byteOffset, encoding)
}

function swap16(buffer) {
  return toBuffer(buffer).swap16()
}

function swap32(buffer) {
  return toBuffer(buffer).swap32()
}

function swap64(buffer) {
  return toBuffer(buffer).swap64()
}

function toBuffer(buffer) {
  if (Buffer.isBuffer(buffer)) return buffer
  return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}

function toString(buffer, encoding, start, end) {
  return toBuffer(buffer).toString(encoding, start, end)
}

function toHex(buffer, start, end) {
  return toBuffer(buffer).toString('hex', start, end)
}

function write(buffer, string, offset, length, encoding) {
  return toBuffer(buffer).write(string, offset, length, encoding)
}

function readDoubleBE(buffer, offset) {
  return toBuffer(buffer).readDoubleBE(offset)
}

function readDoubleLE(buffer, offset) {
  return toBuffer(buffer).readDoubleLE(offset)
}

function readFloatBE(buffer, offset) {
  return toBuffer(buffer).readFloatBE(offset)
}

function readFloatLE(buffer, offset) {
  return toBuffer(buffer).readFloatLE(offset)
}

function readInt32BE(buffer, offset) {
  return toBuffer(buffer).readInt32BE(offset)
}

function readInt32LE(buffer, offset) {
  return toBuffer(buffer).readInt32LE(offset)
}

function readUInt32BE(buffer, offset) {
  return toBuffer(buffer).readUInt32BE(offset)
}

function readUInt32LE(buffer, offset) {
  return toBuffer(buffer).readUInt32LE(offset)
}

function writeDoubleBE(buffer, value, offset) {
  return toBuffer(buffer).writeDoubleBE(value, offset)
}

function writeDoubleLE(buffer, value, offset) {
  return toBuffer(buffer).writeDoubleLE(value, offset)
}

function writeFloatBE(buffer, value, offset) {
  return toBuffer(buffer).writeFloatBE(value, offset)
}

function writeFloatLE(buffer, value, offset) {
  return toBuffer(buffer).writeFloatLE(value, offset)
}

function writeInt32BE(buffer, value, offset) {
  return toBuffer(buffer).writeInt32BE(value, offset)
}

function writeInt32LE(buffer, value, offset) {
  return toBuffer(buffer).writeInt32LE(value, offset)
}

function writeUInt32BE(buffer, value, offset) {
  return toBuffer(buffer).writeUInt32BE(value, offset)
}

function writeUInt32LE(buffer, value, offset) {
  return toBuffer(buffer).writeUInt32LE(value, offset)
}

module.exports = {
  isBuffer,
  isEncoding,
  alloc,
  allocUnsafe,
  allocUnsafeSlow,
  byteLength,
  compare,
  concat,
  copy,
  equals,
  fill,
  from,
  includes,
  indexOf,
  lastIndexOf,
  swap16,
  swap32,
  swap64,
  toBuffer,
  toString,
  toHex,
  write,
  readDoubleBE,
  readDoubleLE,
  readFloatBE,
  readFloatLE,
  readInt32BE,
  readInt32LE,
  readUInt32BE,
  readUInt32LE,
  writeDoubleBE,
  writeDoubleLE,
  writeFloatBE,
  writeFloatLE,
  writeInt32BE,
  writeInt32LE,
  writeUInt32BE,
  writeUInt32LE
}


/***/ }),

/***/ 242:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(434)


/***/ }),

/***/ 37:
/***/ ((module) => {

module.exports = class FixedFIFO {
  constructor (hwm) {
    if (!(hwm > 0) || ((hwm - 1) & hwm) !== 0) throw new Error('Max size for a FixedFIFO should be a power of two')
    this.buffer = new Array(hwm)
    this.mask = hwm - 1
    this.top = 0
    this.btm = 0
    this.next = null
  }

  clear () {
    this.top = this.btm = 0
    this.next = null
    this.buffer.fill(undefined)
  }

  push (data) {
    if (this.buffer[this.top] !== undefined) return false
    this.buffer[this.top] = data
    this.top = (this.top + 1) & this.mask
    return true
  }

  shift () {
    const last = this.buffer[this.btm]
    if (last === undefined) return undefined
    this.buffer[this.btm] = undefined
    this.btm = (this.btm + 1) & this.mask
    return last
  }

  peek () {
    return this.buffer[this.btm]
  }

  isEmpty () {
    return this.buffer[this.btm] === undefined
  }
}


/***/ }),

/***/ 729:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const FixedFIFO = __nccwpck_require__(37)

module.exports = class FastFIFO {
  constructor (hwm) {
    this.hwm = hwm || 16
    this.head = new FixedFIFO(this.hwm)
    this.tail = this.head
    this.length = 0
  }

  clear () {
    this.head = this.tail
    this.head.clear()
    this.length = 0
  }

  push (val) {
    this.length++
    if (!this.head.push(val)) {
      const prev = this.head
      this.head = prev.next = new FixedFIFO(2 * this.head.buffer.length)
      this.head.push(val)
    }
  }

  shift () {
    if (this.length !== 0) this.length--
    const val = this.tail.shift()
    if (val === undefined && this.tail.next) {
      const next = this.tail.next
      this.tail.next = null
      this.tail = next
      return this.tail.shift()
    }

    return val
  }

  peek () {
    const val = this.tail.peek()
    if (val === undefined && this.tail.next) return this.tail.next.peek()
    return val
  }

  isEmpty () {
    return this.length === 0
  }
}


/***/ }),

/***/ 603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(519)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(733)
const { safeRe: re, t } = __nccwpck_require__(191)

const parseOptions = __nccwpck_require__(308)
const { compareIdentifiers } = __nccwpck_require__(916)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 817:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(603)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 733:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 519:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 916:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 308:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 191:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(733)
const debug = __nccwpck_require__(519)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 464:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { EventEmitter } = __nccwpck_require__(242)
const FIFO = __nccwpck_require__(729)
const TextDecoder = __nccwpck_require__(799)

const StreamError = __nccwpck_require__(165)

// if we do a future major, expect queue microtask to be there always, for now a bit defensive
const qmt =
  typeof queueMicrotask === 'undefined' ? (fn) => global.process.nextTick(fn) : queueMicrotask

// 29 bits used total (4 from shared, 14 from read, and 11 from write)
const MAX = (1 << 29) - 1

// Shared state
const OPENING = 0b0001
const PREDESTROYING = 0b0010
const DESTROYING = 0b0100
const DESTROYED = 0b1000

const NOT_OPENING = MAX ^ OPENING
const NOT_PREDESTROYING = MAX ^ PREDESTROYING

// Read state (4 bit offset from shared state)
const READ_ACTIVE = 0b00000000000001 << 4
const READ_UPDATING = 0b00000000000010 << 4
const READ_PRIMARY = 0b00000000000100 << 4
const READ_QUEUED = 0b00000000001000 << 4
const READ_RESUMED = 0b00000000010000 << 4
const READ_PIPE_DRAINED = 0b00000000100000 << 4
const READ_ENDING = 0b00000001000000 << 4
const READ_EMIT_DATA = 0b00000010000000 << 4
const READ_EMIT_READABLE = 0b00000100000000 << 4
const READ_EMITTED_READABLE = 0b00001000000000 << 4
const READ_DONE = 0b00010000000000 << 4
const READ_NEXT_TICK = 0b00100000000000 << 4
const READ_NEEDS_PUSH = 0b01000000000000 << 4
const READ_READ_AHEAD = 0b10000000000000 << 4

// Combined read state
const READ_FLOWING = READ_RESUMED | READ_PIPE_DRAINED
const READ_ACTIVE_AND_NEEDS_PUSH = READ_ACTIVE | READ_NEEDS_PUSH
const READ_PRIMARY_AND_ACTIVE = READ_PRIMARY | READ_ACTIVE
const READ_EMIT_READABLE_AND_QUEUED = READ_EMIT_READABLE | READ_QUEUED
const READ_RESUMED_READ_AHEAD = READ_RESUMED | READ_READ_AHEAD

const READ_NOT_ACTIVE = MAX ^ READ_ACTIVE
const READ_NON_PRIMARY = MAX ^ READ_PRIMARY
const READ_NON_PRIMARY_AND_PUSHED = MAX ^ (READ_PRIMARY | READ_NEEDS_PUSH)
const READ_PUSHED = MAX ^ READ_NEEDS_PUSH
const READ_PAUSED = MAX ^ READ_RESUMED
const READ_NOT_QUEUED = MAX ^ (READ_QUEUED | READ_EMITTED_READABLE)
const READ_NOT_ENDING = MAX ^ READ_ENDING
const READ_PIPE_NOT_DRAINED = MAX ^ READ_FLOWING
const READ_NOT_NEXT_TICK = MAX ^ READ_NEXT_TICK
const READ_NOT_UPDATING = MAX ^ READ_UPDATING
const READ_NO_READ_AHEAD = MAX ^ READ_READ_AHEAD
const READ_PAUSED_NO_READ_AHEAD = MAX ^ READ_RESUMED_READ_AHEAD

// Write state (18 bit offset, 4 bit offset from shared state and 14 from read state)
const WRITE_ACTIVE = 0b00000000001 << 18
const WRITE_UPDATING = 0b00000000010 << 18
const WRITE_PRIMARY = 0b00000000100 << 18
const WRITE_QUEUED = 0b00000001000 << 18
const WRITE_UNDRAINED = 0b00000010000 << 18
const WRITE_DONE = 0b00000100000 << 18
const WRITE_EMIT_DRAIN = 0b00001000000 << 18
const WRITE_NEXT_TICK = 0b00010000000 << 18
const WRITE_WRITING = 0b00100000000 << 18
const WRITE_FINISHING = 0b01000000000 << 18
const WRITE_CORKED = 0b10000000000 << 18

const WRITE_NOT_ACTIVE = MAX ^ (WRITE_ACTIVE | WRITE_WRITING)
const WRITE_NON_PRIMARY = MAX ^ WRITE_PRIMARY
const WRITE_NOT_FINISHING = MAX ^ (WRITE_ACTIVE | WRITE_FINISHING)
const WRITE_DRAINED = MAX ^ WRITE_UNDRAINED
const WRITE_NOT_QUEUED = MAX ^ WRITE_QUEUED
const WRITE_NOT_NEXT_TICK = MAX ^ WRITE_NEXT_TICK
const WRITE_NOT_UPDATING = MAX ^ WRITE_UPDATING
const WRITE_NOT_CORKED = MAX ^ WRITE_CORKED

// Combined shared state
const ACTIVE = READ_ACTIVE | WRITE_ACTIVE
const NOT_ACTIVE = MAX ^ ACTIVE
const DONE = READ_DONE | WRITE_DONE
const DESTROY_STATUS = DESTROYING | DESTROYED | PREDESTROYING
const OPEN_STATUS = DESTROY_STATUS | OPENING
const AUTO_DESTROY = DESTROY_STATUS | DONE
const NON_PRIMARY = WRITE_NON_PRIMARY & READ_NON_PRIMARY
const ACTIVE_OR_TICKING = WRITE_NEXT_TICK | READ_NEXT_TICK
const TICKING = ACTIVE_OR_TICKING & NOT_ACTIVE
const IS_OPENING = OPEN_STATUS | TICKING

// Combined shared state and read state
const READ_PRIMARY_STATUS = OPEN_STATUS | READ_ENDING | READ_DONE
const READ_STATUS = OPEN_STATUS | READ_DONE | READ_QUEUED
const READ_ENDING_STATUS = OPEN_STATUS | READ_ENDING | READ_QUEUED
const READ_READABLE_STATUS = OPEN_STATUS | READ_EMIT_READABLE | READ_QUEUED | READ_EMITTED_READABLE
const SHOULD_NOT_READ =
  OPEN_STATUS | READ_ACTIVE | READ_ENDING | READ_DONE | READ_NEEDS_PUSH | READ_READ_AHEAD
const READ_BACKPRESSURE_STATUS = DESTROY_STATUS | READ_ENDING | READ_DONE
const READ_UPDATE_SYNC_STATUS = READ_UPDATING | OPEN_STATUS | READ_NEXT_TICK | READ_PRIMARY
const READ_NEXT_TICK_OR_OPENING = READ_NEXT_TICK | OPENING

// Combined write state
const WRITE_PRIMARY_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_DONE
const WRITE_QUEUED_AND_UNDRAINED = WRITE_QUEUED | WRITE_UNDRAINED
const WRITE_QUEUED_AND_ACTIVE = WRITE_QUEUED | WRITE_ACTIVE
const WRITE_DRAIN_STATUS = WRITE_QUEUED | WRITE_UNDRAINED | OPEN_STATUS | WRITE_ACTIVE
const WRITE_STATUS = OPEN_STATUS | WRITE_ACTIVE | WRITE_QUEUED | WRITE_CORKED
const WRITE_PRIMARY_AND_ACTIVE = WRITE_PRIMARY | WRITE_ACTIVE
const WRITE_ACTIVE_AND_WRITING = WRITE_ACTIVE | WRITE_WRITING
const WRITE_FINISHING_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_QUEUED_AND_ACTIVE | WRITE_DONE
const WRITE_BACKPRESSURE_STATUS = WRITE_UNDRAINED | DESTROY_STATUS | WRITE_FINISHING | WRITE_DONE
const WRITE_UPDATE_SYNC_STATUS = WRITE_UPDATING | OPEN_STATUS | WRITE_NEXT_TICK | WRITE_PRIMARY
const WRITE_DROP_DATA = WRITE_FINISHING | WRITE_DONE | DESTROY_STATUS

const asyncIterator = Symbol.asyncIterator || Symbol('asyncIterator')

class WritableState {
  constructor(
    stream,
    { highWaterMark = 16384, map = null, mapWritable, byteLength, byteLengthWritable } = {}
  ) {
    this.stream = stream
    this.queue = new FIFO()
    this.highWaterMark = highWaterMark
    this.buffered = 0
    this.error = null
    this.pipeline = null
    this.drains = null // if we add more seldomly used helpers we might them into a subobject so its a single ptr
    this.byteLength = byteLengthWritable || byteLength || defaultByteLength
    this.map = mapWritable || map
    this.afterWrite = afterWrite.bind(this)
    this.afterUpdateNextTick = updateWriteNT.bind(this)
  }

  get ending() {
    return (this.stream._duplexState & WRITE_FINISHING) !== 0
  }

  get ended() {
    return (this.stream._duplexState & WRITE_DONE) !== 0
  }

  push(data) {
    if ((this.stream._duplexState & WRITE_DROP_DATA) !== 0) return false
    if (this.map !== null) data = this.map(data)

    this.buffered += this.byteLength(data)
    this.queue.push(data)

    if (this.buffered < this.highWaterMark) {
      this.stream._duplexState |= WRITE_QUEUED
      return true
    }

    this.stream._duplexState |= WRITE_QUEUED_AND_UNDRAINED
    return false
  }

  shift() {
    const data = this.queue.shift()

    this.buffered -= this.byteLength(data)
    if (this.buffered === 0) this.stream._duplexState &= WRITE_NOT_QUEUED

    return data
  }

  end(data) {
    if (typeof data === 'function') {
      this.stream.once('finish', data)
    } else if (data !== undefined && data !== null) {
      this.push(data)
    }

    this.stream._duplexState = (this.stream._duplexState | WRITE_FINISHING) & WRITE_NON_PRIMARY
  }

  autoBatch(data, cb) {
    const buffer = []
    const stream = this.stream

    buffer.push(data)
    while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED_AND_ACTIVE) {
      buffer.push(stream._writableState.shift())
    }

    if ((stream._duplexState & OPEN_STATUS) !== 0) return cb(null)
    stream._writev(buffer, cb)
  }

  update() {
    const stream = this.stream

    stream._duplexState |= WRITE_UPDATING

    do {
      while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED) {
        const data = this.shift()
        stream._duplexState |= WRITE_ACTIVE_AND_WRITING
        stream._write(data, this.afterWrite)
      }

      if ((stream._duplexState & WRITE_PRIMARY_AND_ACTIVE) === 0) this.updateNonPrimary()
    } while (this.continueUpdate() === true)

    stream._duplexState &= WRITE_NOT_UPDATING
  }

  updateNonPrimary() {
    const stream = this.stream

    if ((stream._duplexState & WRITE_FINISHING_STATUS) === WRITE_FINISHING) {
      stream._duplexState = stream._duplexState | WRITE_ACTIVE
      stream._final(afterFinal.bind(this))
      return
    }

    if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
      if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
        stream._duplexState |= ACTIVE
        stream._destroy(afterDestroy.bind(this))
      }
      return
    }

    if ((stream._duplexState & IS_OPENING) === OPENING) {
      stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING
      stream._open(afterOpen.bind(this))
    }
  }

  continueUpdate() {
    if ((this.stream._duplexState & WRITE_NEXT_TICK) === 0) return false
    this.stream._duplexState &= WRITE_NOT_NEXT_TICK
    return true
  }

  updateCallback() {
    if ((this.stream._duplexState & WRITE_UPDATE_SYNC_STATUS) === WRITE_PRIMARY) {
      this.update()
    } else {
      this.updateNextTick()
    }
  }

  updateNextTick() {
    if ((this.stream._duplexState & WRITE_NEXT_TICK) !== 0) return
    this.stream._duplexState |= WRITE_NEXT_TICK
    if ((this.stream._duplexState & WRITE_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }
}

class ReadableState {
  constructor(
    stream,
    { highWaterMark = 16384, map = null, mapReadable, byteLength, byteLengthReadable } = {}
  ) {
    this.stream = stream
    this.queue = new FIFO()
    this.highWaterMark = highWaterMark === 0 ? 1 : highWaterMark
    this.buffered = 0
    this.readAhead = highWaterMark > 0
    this.error = null
    this.pipeline = null
    this.byteLength = byteLengthReadable || byteLength || defaultByteLength
    this.map = mapReadable || map
    this.pipeTo = null
    this.afterRead = afterRead.bind(this)
    this.afterUpdateNextTick = updateReadNT.bind(this)
  }

  get ending() {
    return (this.stream._duplexState & READ_ENDING) !== 0
  }

  get ended() {
    return (this.stream._duplexState & READ_DONE) !== 0
  }

  pipe(pipeTo, cb) {
    if (this.pipeTo !== null) throw StreamError.BAD_ARGUMENT('Can only pipe to one destination')
    if (typeof cb !== 'function') cb = null

    this.stream._duplexState |= READ_PIPE_DRAINED
    this.pipeTo = pipeTo
    this.pipeline = new Pipeline(this.stream, pipeTo, cb)

    if (cb) this.stream.on('error', noop) // We already error handle this so supress crashes

    if (isStreamx(pipeTo)) {
      pipeTo._writableState.pipeline = this.pipeline
      if (cb) pipeTo.on('error', noop) // We already error handle this so supress crashes
      pipeTo.on('finish', this.pipeline.finished.bind(this.pipeline)) // TODO: just call finished from pipeTo itself
    } else {
      const onerror = this.pipeline.done.bind(this.pipeline, pipeTo)
      const onclose = this.pipeline.done.bind(this.pipeline, pipeTo, null) // onclose has a weird bool arg
      pipeTo.on('error', onerror)
      pipeTo.on('close', onclose)
      pipeTo.on('finish', this.pipeline.finished.bind(this.pipeline))
    }

    pipeTo.on('drain', afterDrain.bind(this))
    this.stream.emit('piping', pipeTo)
    pipeTo.emit('pipe', this.stream)
  }

  push(data) {
    const stream = this.stream

    if (data === null) {
      this.highWaterMark = 0
      stream._duplexState = (stream._duplexState | READ_ENDING) & READ_NON_PRIMARY_AND_PUSHED
      return false
    }

    if (this.map !== null) {
      data = this.map(data)
      if (data === null) {
        stream._duplexState &= READ_PUSHED
        return this.buffered < this.highWaterMark
      }
    }

    this.buffered += this.byteLength(data)
    this.queue.push(data)

    stream._duplexState = (stream._duplexState | READ_QUEUED) & READ_PUSHED

    return this.buffered < this.highWaterMark
  }

  shift() {
    const data = this.queue.shift()

    this.buffered -= this.byteLength(data)
    if (this.buffered === 0) {
      this.stream._duplexState &= READ_NOT_QUEUED
    }

    return data
  }

  unshift(data) {
    const pending = [this.map !== null ? this.map(data) : data]
    while (this.buffered > 0) pending.push(this.shift())

    for (let i = 0; i < pending.length - 1; i++) {
      const data = pending[i]
      this.buffered += this.byteLength(data)
      this.queue.push(data)
    }

    this.push(pending[pending.length - 1])
  }

  read() {
    const stream = this.stream

    if ((stream._duplexState & READ_STATUS) === READ_QUEUED) {
      const data = this.shift()

      if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
        stream._duplexState &= READ_PIPE_NOT_DRAINED
      }

      if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
        stream.emit('data', data)
      }

      return data
    }

    if (this.readAhead === false) {
      stream._duplexState |= READ_READ_AHEAD
      this.updateNextTick()
    }

    return null
  }

  drain() {
    const stream = this.stream

    while (
      (stream._duplexState & READ_STATUS) === READ_QUEUED &&
      (stream._duplexState & READ_FLOWING) !== 0
    ) {
      const data = this.shift()

      if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
        stream._duplexState &= READ_PIPE_NOT_DRAINED
      }

      if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
        stream.emit('data', data)
      }
    }
  }

  update() {
    const stream = this.stream

    stream._duplexState |= READ_UPDATING

    do {
      this.drain()

      while (
        this.buffered < this.highWaterMark &&
        (stream._duplexState & SHOULD_NOT_READ) === READ_READ_AHEAD
      ) {
        stream._duplexState |= READ_ACTIVE_AND_NEEDS_PUSH
        stream._read(this.afterRead)
        this.drain()
      }

      if ((stream._duplexState & READ_READABLE_STATUS) === READ_EMIT_READABLE_AND_QUEUED) {
        stream._duplexState |= READ_EMITTED_READABLE
        stream.emit('readable')
      }

      if ((stream._duplexState & READ_PRIMARY_AND_ACTIVE) === 0) {
        this.updateNonPrimary()
      }
    } while (this.continueUpdate() === true)

    stream._duplexState &= READ_NOT_UPDATING
  }

  updateNonPrimary() {
    const stream = this.stream

    if ((stream._duplexState & READ_ENDING_STATUS) === READ_ENDING) {
      stream._duplexState = (stream._duplexState | READ_DONE) & READ_NOT_ENDING
      stream.emit('end')

      if ((stream._duplexState & AUTO_DESTROY) === DONE) {
        stream._duplexState |= DESTROYING
      }

      if (this.pipeTo !== null) {
        this.pipeTo.end()
      }
    }

    if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
      if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
        stream._duplexState |= ACTIVE
        stream._destroy(afterDestroy.bind(this))
      }
      return
    }

    if ((stream._duplexState & IS_OPENING) === OPENING) {
      stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING
      stream._open(afterOpen.bind(this))
    }
  }

  continueUpdate() {
    if ((this.stream._duplexState & READ_NEXT_TICK) === 0) return false
    this.stream._duplexState &= READ_NOT_NEXT_TICK
    return true
  }

  updateCallback() {
    if ((this.stream._duplexState & READ_UPDATE_SYNC_STATUS) === READ_PRIMARY) {
      this.update()
    } else {
      this.updateNextTick()
    }
  }

  updateNextTickIfOpen() {
    if ((this.stream._duplexState & READ_NEXT_TICK_OR_OPENING) !== 0) return
    this.stream._duplexState |= READ_NEXT_TICK
    if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }

  updateNextTick() {
    if ((this.stream._duplexState & READ_NEXT_TICK) !== 0) return
    this.stream._duplexState |= READ_NEXT_TICK
    if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }
}

class TransformState {
  constructor(stream) {
    this.data = null
    this.afterTransform = afterTransform.bind(stream)
    this.afterFinal = null
  }
}

class Pipeline {
  constructor(src, dst, cb) {
    this.from = src
    this.to = dst
    this.afterPipe = cb
    this.error = null
    this.pipeToFinished = false
  }

  finished() {
    this.pipeToFinished = true
  }

  done(stream, err) {
    if (err) this.error = err

    if (stream === this.to) {
      this.to = null

      if (this.from !== null) {
        if ((this.from._duplexState & READ_DONE) === 0 || !this.pipeToFinished) {
          this.from.destroy(this.error || StreamError.PREMATURE_CLOSE('Writable stream closed'))
        }
        return
      }
    }

    if (stream === this.from) {
      this.from = null

      if (this.to !== null) {
        if ((stream._duplexState & READ_DONE) === 0) {
          this.to.destroy(this.error || StreamError.PREMATURE_CLOSE('Readable stream closed'))
        }
        return
      }
    }

    if (this.afterPipe !== null) this.afterPipe(this.error)
    this.to = this.from = this.afterPipe = null
  }
}

function afterDrain() {
  this.stream._duplexState |= READ_PIPE_DRAINED
  this.updateCallback()
}

function afterFinal(err) {
  const stream = this.stream
  if (err) stream.destroy(err)

  if ((stream._duplexState & DESTROY_STATUS) === 0) {
    stream._duplexState |= WRITE_DONE
    stream.emit('finish')
  }

  if ((stream._duplexState & AUTO_DESTROY) === DONE) {
    stream._duplexState |= DESTROYING
  }

  stream._duplexState &= WRITE_NOT_FINISHING

  // no need to wait the extra tick here, so we short circuit that
  if ((stream._duplexState & WRITE_UPDATING) === 0) {
    this.update()
  } else {
    this.updateNextTick()
  }
}

function afterDestroy(err) {
  const stream = this.stream

  if (!err && !StreamError.isStreamDestroyed(this.error)) err = this.error
  if (err) stream.emit('error', err)

  stream._duplexState |= DESTROYED
  stream.emit('close')

  const rs = stream._readableState
  const ws = stream._writableState

  if (rs !== null && rs.pipeline !== null) {
    rs.pipeline.done(stream, err)
  }

  if (ws !== null) {
    while (ws.drains !== null && ws.drains.length > 0) {
      ws.drains.shift().resolve(false)
    }

    if (ws.pipeline !== null) {
      ws.pipeline.done(stream, err)
    }
  }
}

function afterWrite(err) {
  const stream = this.stream

  if (err) stream.destroy(err)
  stream._duplexState &= WRITE_NOT_ACTIVE

  if (this.drains !== null) tickDrains(this.drains)

  if ((stream._duplexState & WRITE_DRAIN_STATUS) === WRITE_UNDRAINED) {
    stream._duplexState &= WRITE_DRAINED

    if ((stream._duplexState & WRITE_EMIT_DRAIN) === WRITE_EMIT_DRAIN) {
      stream.emit('drain')
    }
  }

  this.updateCallback()
}

function afterRead(err) {
  if (err) this.stream.destroy(err)
  this.stream._duplexState &= READ_NOT_ACTIVE

  if (this.readAhead === false && (this.stream._duplexState & READ_RESUMED) === 0) {
    this.stream._duplexState &= READ_NO_READ_AHEAD
  }

  this.updateCallback()
}

function updateReadNT() {
  if ((this.stream._duplexState & READ_UPDATING) === 0) {
    this.stream._duplexState &= READ_NOT_NEXT_TICK
    this.update()
  }
}

function updateWriteNT() {
  if ((this.stream._duplexState & WRITE_UPDATING) === 0) {
    this.stream._duplexState &= WRITE_NOT_NEXT_TICK
    this.update()
  }
}

function tickDrains(drains) {
  for (let i = 0; i < drains.length; i++) {
    // drains.writes are monotonic, so if one is 0 its always the first one
    if (--drains[i].writes === 0) {
      drains.shift().resolve(true)
      i--
    }
  }
}

function afterOpen(err) {
  const stream = this.stream

  if (err) stream.destroy(err)

  if ((stream._duplexState & DESTROYING) === 0) {
    if ((stream._duplexState & READ_PRIMARY_STATUS) === 0) {
      stream._duplexState |= READ_PRIMARY
    }

    if ((stream._duplexState & WRITE_PRIMARY_STATUS) === 0) {
      stream._duplexState |= WRITE_PRIMARY
    }

    stream.emit('open')
  }

  stream._duplexState &= NOT_ACTIVE

  if (stream._writableState !== null) {
    stream._writableState.updateCallback()
  }

  if (stream._readableState !== null) {
    stream._readableState.updateCallback()
  }
}

function afterTransform(err, data) {
  if (data !== undefined && data !== null) this.push(data)
  this._writableState.afterWrite(err)
}

function newListener(name) {
  if (this._readableState !== null) {
    if (name === 'data') {
      this._duplexState |= READ_EMIT_DATA | READ_RESUMED_READ_AHEAD
      this._readableState.updateNextTick()
    }
    if (name === 'readable') {
      this._duplexState |= READ_EMIT_READABLE
      this._readableState.updateNextTick()
    }
  }

  if (this._writableState !== null) {
    if (name === 'drain') {
      this._duplexState |= WRITE_EMIT_DRAIN
      this._writableState.updateNextTick()
    }
  }
}

class Stream extends EventEmitter {
  constructor(opts) {
    super()

    this._duplexState = 0
    this._readableState = null
    this._writableState = null

    if (opts) {
      if (opts.open) this._open = opts.open
      if (opts.destroy) this._destroy = opts.destroy
      if (opts.predestroy) this._predestroy = opts.predestroy
      if (opts.signal) opts.signal.addEventListener('abort', abort.bind(this))
    }

    this.on('newListener', newListener)
  }

  _open(cb) {
    cb(null)
  }

  _destroy(cb) {
    cb(null)
  }

  _predestroy() {
    // does nothing
  }

  get readable() {
    return this._readableState !== null ? true : undefined
  }

  get writable() {
    return this._writableState !== null ? true : undefined
  }

  get destroyed() {
    return (this._duplexState & DESTROYED) !== 0
  }

  get destroying() {
    return (this._duplexState & DESTROY_STATUS) !== 0
  }

  destroy(err) {
    if ((this._duplexState & DESTROY_STATUS) === 0) {
      if (!err) err = StreamError.STREAM_DESTROYED()
      this._duplexState = (this._duplexState | DESTROYING) & NON_PRIMARY

      if (this._readableState !== null) {
        this._readableState.highWaterMark = 0
        this._readableState.error = err
      }

      if (this._writableState !== null) {
        this._writableState.highWaterMark = 0
        this._writableState.error = err
      }

      this._duplexState |= PREDESTROYING
      this._predestroy()
      this._duplexState &= NOT_PREDESTROYING

      if (this._readableState !== null) {
        this._readableState.updateNextTick()
      }

      if (this._writableState !== null) {
        this._writableState.updateNextTick()
      }
    }
  }
}

class Readable extends Stream {
  constructor(opts) {
    super(opts)

    this._duplexState |= OPENING | WRITE_DONE | READ_READ_AHEAD
    this._readableState = new ReadableState(this, opts)

    if (opts) {
      if (this._readableState.readAhead === false) this._duplexState &= READ_NO_READ_AHEAD
      if (opts.read) this._read = opts.read
      if (opts.eagerOpen) this._readableState.updateNextTick()
      if (opts.encoding) this.setEncoding(opts.encoding)
    }
  }

  static deferred(fn, opts) {
    const out = new PassThrough(opts)

    fn()
      .then((src) => {
        if (src === null) return out.end()
        if (out.destroying) return
        pipeline(src, out, noop)
      })
      .catch((err) => out.destroy(err))

    return out
  }

  setEncoding(encoding) {
    const dec = new TextDecoder(encoding)
    const map = this._readableState.map || echo
    this._readableState.map = mapOrSkip
    return this

    function mapOrSkip(data) {
      const next = dec.push(data)
      return next === '' && (data.byteLength !== 0 || dec.remaining > 0) ? null : map(next)
    }
  }

  _read(cb) {
    cb(null)
  }

  pipe(dest, cb) {
    this._readableState.updateNextTick()
    this._readableState.pipe(dest, cb)
    return dest
  }

  read() {
    this._readableState.updateNextTick()
    return this._readableState.read()
  }

  push(data) {
    this._readableState.updateNextTickIfOpen()
    return this._readableState.push(data)
  }

  unshift(data) {
    this._readableState.updateNextTickIfOpen()
    return this._readableState.unshift(data)
  }

  resume() {
    this._duplexState |= READ_RESUMED_READ_AHEAD
    this._readableState.updateNextTick()
    return this
  }

  pause() {
    this._duplexState &=
      this._readableState.readAhead === false ? READ_PAUSED_NO_READ_AHEAD : READ_PAUSED
    return this
  }

  static _fromAsyncIterator(ite, opts) {
    let destroy

    const rs = new Readable({
      ...opts,
      read(cb) {
        ite.next().then(push).then(cb.bind(null, null)).catch(cb)
      },
      predestroy() {
        destroy = ite.return()
      },
      destroy(cb) {
        if (!destroy) return cb(null)
        destroy.then(cb.bind(null, null)).catch(cb)
      }
    })

    return rs

    function push(data) {
      if (data.done) rs.push(null)
      else rs.push(data.value)
    }
  }

  static from(data, opts) {
    if (isReadStreamx(data)) return data
    if (data[asyncIterator]) return this._fromAsyncIterator(data[asyncIterator](), opts)
    if (!Array.isArray(data)) data = data === undefined ? [] : [data]

    let i = 0
    return new Readable({
      ...opts,
      read(cb) {
        this.push(i === data.length ? null : data[i++])
        cb(null)
      }
    })
  }

  static isBackpressured(rs) {
    return (
      (rs._duplexState & READ_BACKPRESSURE_STATUS) !== 0 ||
      rs._readableState.buffered >= rs._readableState.highWaterMark
    )
  }

  static isPaused(rs) {
    return (rs._duplexState & READ_RESUMED) === 0
  }

  [asyncIterator]() {
    const stream = this

    let error = null
    let promiseResolve = null
    let promiseReject = null

    this.on('error', (err) => {
      error = err
    })
    this.on('readable', onreadable)
    this.on('close', onclose)

    return {
      [asyncIterator]() {
        return this
      },
      next() {
        return new Promise(function (resolve, reject) {
          promiseResolve = resolve
          promiseReject = reject
          const data = stream.read()
          if (data !== null) ondata(data)
          else if ((stream._duplexState & DESTROYED) !== 0) ondata(null)
        })
      },
      return() {
        return destroy(null)
      },
      throw(err) {
        return destroy(err)
      }
    }

    function onreadable() {
      if (promiseResolve !== null) ondata(stream.read())
    }

    function onclose() {
      if (promiseResolve !== null) ondata(null)
    }

    function ondata(data) {
      if (promiseReject === null) return
      if (error) {
        promiseReject(error)
      } else if (data === null && (stream._duplexState & READ_DONE) === 0) {
        promiseReject(StreamError.STREAM_DESTROYED())
      } else {
        promiseResolve({ value: data, done: data === null })
      }
      promiseReject = promiseResolve = null
    }

    function destroy(err) {
      stream.destroy(err)
      return new Promise((resolve, reject) => {
        if (stream._duplexState & DESTROYED) return resolve({ value: undefined, done: true })
        stream.once('close', function () {
          if (err) reject(err)
          else resolve({ value: undefined, done: true })
        })
      })
    }
  }
}

class Writable extends Stream {
  constructor(opts) {
    super(opts)

    this._duplexState |= OPENING | READ_DONE
    this._writableState = new WritableState(this, opts)

    if (opts) {
      if (opts.writev) this._writev = opts.writev
      if (opts.write) this._write = opts.write
      if (opts.final) this._final = opts.final
      if (opts.eagerOpen) this._writableState.updateNextTick()
    }
  }

  cork() {
    this._duplexState |= WRITE_CORKED
  }

  uncork() {
    this._duplexState &= WRITE_NOT_CORKED
    this._writableState.updateNextTick()
  }

  _writev(batch, cb) {
    cb(null)
  }

  _write(data, cb) {
    this._writableState.autoBatch(data, cb)
  }

  _final(cb) {
    cb(null)
  }

  static isBackpressured(ws) {
    return (ws._duplexState & WRITE_BACKPRESSURE_STATUS) !== 0
  }

  static drained(ws) {
    if (ws.destroyed) return Promise.resolve(false)

    const state = ws._writableState
    const pending = isWritev(ws) ? Math.min(1, state.queue.length) : state.queue.length
    const writes = pending + (ws._duplexState & WRITE_WRITING ? 1 : 0)
    if (writes === 0) return Promise.resolve(true)

    if (state.drains === null) state.drains = []
    return new Promise((resolve) => {
      state.drains.push({ writes, resolve })
    })
  }

  write(data) {
    this._writableState.updateNextTick()
    return this._writableState.push(data)
  }

  end(data) {
    this._writableState.updateNextTick()
    this._writableState.end(data)
    return this
  }
}

class Duplex extends Readable {
  // and Writable
  constructor(opts) {
    super(opts)

    this._duplexState = OPENING | (this._duplexState & READ_READ_AHEAD)
    this._writableState = new WritableState(this, opts)

    if (opts) {
      if (opts.writev) this._writev = opts.writev
      if (opts.write) this._write = opts.write
      if (opts.final) this._final = opts.final
    }
  }

  cork() {
    this._duplexState |= WRITE_CORKED
  }

  uncork() {
    this._duplexState &= WRITE_NOT_CORKED
    this._writableState.updateNextTick()
  }

  _writev(batch, cb) {
    cb(null)
  }

  _write(data, cb) {
    this._writableState.autoBatch(data, cb)
  }

  _final(cb) {
    cb(null)
  }

  write(data) {
    this._writableState.updateNextTick()
    return this._writableState.push(data)
  }

  end(data) {
    this._writableState.updateNextTick()
    this._writableState.end(data)
    return this
  }
}

class Transform extends Duplex {
  constructor(opts) {
    super(opts)
    this._transformState = new TransformState(this)

    if (opts) {
      if (opts.transform) this._transform = opts.transform
      if (opts.flush) this._flush = opts.flush
    }
  }

  _write(data, cb) {
    if (this._readableState.buffered >= this._readableState.highWaterMark) {
      this._transformState.data = data
    } else {
      this._transform(data, this._transformState.afterTransform)
    }
  }

  _read(cb) {
    if (this._transformState.data !== null) {
      const data = this._transformState.data
      this._transformState.data = null
      cb(null)
      this._transform(data, this._transformState.afterTransform)
    } else {
      cb(null)
    }
  }

  destroy(err) {
    super.destroy(err)
    if (this._transformState.data !== null) {
      this._transformState.data = null
      this._transformState.afterTransform()
    }
  }

  _transform(data, cb) {
    cb(null, data)
  }

  _flush(cb) {
    cb(null)
  }

  _final(cb) {
    this._transformState.afterFinal = cb
    this._flush(transformAfterFlush.bind(this))
  }
}

class PassThrough extends Transform {}

function transformAfterFlush(err, data) {
  const cb = this._transformState.afterFinal
  if (err) return cb(err)

  if (data !== null && data !== undefined) this.push(data)
  this.push(null)
  cb(null)
}

function pipelinePromise(...streams) {
  return new Promise((resolve, reject) => {
    return pipeline(...streams, (err) => {
      if (err) return reject(err)
      resolve()
    })
  })
}

function pipeline(stream, ...streams) {
  const all = Array.isArray(stream) ? [...stream, ...streams] : [stream, ...streams]
  const done = all.length && typeof all[all.length - 1] === 'function' ? all.pop() : null

  if (all.length < 2) throw StreamError.BAD_ARGUMENT('Pipeline requires at least 2 streams')

  let src = all[0]
  let dest = null
  let error = null

  for (let i = 1; i < all.length; i++) {
    dest = all[i]

    if (isStreamx(src)) {
      src.pipe(dest, onerror)
    } else {
      errorHandle(src, true, i > 1, onerror)
      src.pipe(dest)
    }

    src = dest
  }

  if (done) {
    let fin = false

    const autoDestroy =
      isStreamx(dest) || !!(dest._writableState && dest._writableState.autoDestroy)

    dest.on('error', (err) => {
      if (error === null) error = err
    })

    dest.on('finish', () => {
      fin = true
      if (!autoDestroy) done(error)
    })

    if (autoDestroy) {
      dest.on('close', () => done(error || (fin ? null : StreamError.PREMATURE_CLOSE())))
    }
  }

  return dest

  function errorHandle(s, rd, wr, onerror) {
    s.on('error', onerror)
    s.on('close', onclose)

    function onclose() {
      if (rd && s._readableState && !s._readableState.ended) {
        return onerror(StreamError.PREMATURE_CLOSE())
      }
      if (wr && s._writableState && !s._writableState.ended) {
        return onerror(StreamError.PREMATURE_CLOSE())
      }
    }
  }

  function onerror(err) {
    if (!err || error) return
    error = err

    for (const s of all) {
      s.destroy(err)
    }
  }
}

function echo(s) {
  return s
}

function isStream(stream) {
  return !!stream._readableState || !!stream._writableState
}

function isStreamx(stream) {
  return typeof stream._duplexState === 'number' && isStream(stream)
}

function isEnding(stream) {
  return !!stream._readableState && stream._readableState.ending
}

function isEnded(stream) {
  return !!stream._readableState && stream._readableState.ended
}

function isFinishing(stream) {
  return !!stream._writableState && stream._writableState.ending
}

function isFinished(stream) {
  return !!stream._writableState && stream._writableState.ended
}

function getStreamError(stream, opts = {}) {
  const err =
    (stream._readableState && stream._readableState.error) ||
    (stream._writableState && stream._writableState.error)

  // avoid implicit errors by default
  return !opts.all && StreamError.isStreamDestroyed(err) ? null : err
}

function isReadStreamx(stream) {
  return isStreamx(stream) && stream.readable
}

function isDisturbed(stream) {
  return (
    (stream._duplexState & OPENING) !== OPENING ||
    (stream._duplexState & DESTROYING) === DESTROYING ||
    (stream._duplexState & ACTIVE_OR_TICKING) !== 0
  )
}

function isTypedArray(data) {
  return typeof data === 'object' && data !== null && typeof data.byteLength === 'number'
}

function defaultByteLength(data) {
  return isTypedArray(data) ? data.byteLength : 1024
}

function noop() {}

function abort() {
  this.destroy(StreamError.ABORTED())
}

function isWritev(s) {
  return s._writev !== Writable.prototype._writev && s._writev !== Duplex.prototype._writev
}

module.exports = {
  pipeline,
  pipelinePromise,
  isStream,
  isStreamx,
  isEnding,
  isEnded,
  isFinishing,
  isFinished,
  isDisturbed,
  getStreamError,
  Stream,
  Writable,
  Readable,
  Duplex,
  Transform,
  // Export PassThrough for compatibility with Node.js core's stream module
  PassThrough
}


/***/ }),

/***/ 165:
/***/ ((module) => {

module.exports = class StreamError extends Error {
  constructor(msg, code, fn = StreamError) {
    super(msg)

    this.code = code

    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, fn)
    }
  }

  static isStreamDestroyed(err) {
    return err && err.code === 'STREAM_DESTROYED'
  }

  static isPrematureClose(err) {
    return err && err.code === 'PREMATURE_CLOSE'
  }

  static isAborted(err) {
    return err && err.code === 'ABORTED'
  }

  static isBadArgument(err) {
    return err && err.code === 'BAD_ARGUMENT'
  }

  get name() {
    return 'StreamError'
  }

  static STREAM_DESTROYED() {
    return new StreamError('Stream was destroyed', 'STREAM_DESTROYED', StreamError.STREAM_DESTROYED)
  }

  static PREMATURE_CLOSE(msg = 'Premature close') {
    return new StreamError(msg, 'PREMATURE_CLOSE', StreamError.PREMATURE_CLOSE)
  }

  static ABORTED() {
    return new StreamError('Stream aborted', 'ABORTED', StreamError.ABORTED)
  }

  static BAD_ARGUMENT(msg = 'Bad argument') {
    return new StreamError(msg, 'BAD_ARGUMENT', StreamError.BAD_ARGUMENT)
  }
}


/***/ }),

/***/ 864:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const constants = { // just for envs without fs
  S_IFMT: 61440,
  S_IFDIR: 16384,
  S_IFCHR: 8192,
  S_IFBLK: 24576,
  S_IFIFO: 4096,
  S_IFLNK: 40960
}

try {
  module.exports = (__nccwpck_require__(896).constants) || constants
} catch {
  module.exports = constants
}


/***/ }),

/***/ 796:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Writable, Readable, getStreamError } = __nccwpck_require__(464)
const FIFO = __nccwpck_require__(729)
const b4a = __nccwpck_require__(637)
const headers = __nccwpck_require__(71)

const EMPTY = b4a.alloc(0)
const MAX_HEADER_SIZE = 4 * 1024 * 1024 // arbitrary big number

class BufferList {
  constructor () {
    this.buffered = 0
    this.shifted = 0
    this.queue = new FIFO()

    this._offset = 0
  }

  push (buffer) {
    this.buffered += buffer.byteLength
    this.queue.push(buffer)
  }

  shiftFirst (size) {
    return this.buffered === 0 ? null : this._next(size)
  }

  shift (size) {
    if (size > this.buffered) return null
    if (size === 0) return EMPTY

    let chunk = this._next(size)

    if (size === chunk.byteLength) return chunk // likely case

    const chunks = [chunk]

    while ((size -= chunk.byteLength) > 0) {
      chunk = this._next(size)
      chunks.push(chunk)
    }

    return b4a.concat(chunks)
  }

  _next (size) {
    const buf = this.queue.peek()
    const rem = buf.byteLength - this._offset

    if (size >= rem) {
      const sub = this._offset ? buf.subarray(this._offset, buf.byteLength) : buf
      this.queue.shift()
      this._offset = 0
      this.buffered -= rem
      this.shifted += rem
      return sub
    }

    this.buffered -= size
    this.shifted += size

    return buf.subarray(this._offset, (this._offset += size))
  }
}

class Source extends Readable {
  constructor (self, header, offset) {
    super()

    this.header = header
    this.offset = offset

    this._parent = self

    // errors are always forwarded to the parent, so the entry itself should never throw an unhandled one
    this.on('error', noop)
  }

  _read (cb) {
    if (this.header.size === 0) {
      this.push(null)
    }
    if (this._parent._stream === this) {
      this._parent._update()
    }
    cb(null)
  }

  _predestroy () {
    this._parent.destroy(getStreamError(this))
  }

  _detach () {
    if (this._parent._stream === this) {
      this._parent._stream = null
      this._parent._missing = overflow(this.header.size)
      this._parent._update()
    }
  }

  _destroy (cb) {
    this._detach()
    cb(null)
  }
}

class Extract extends Writable {
  constructor (opts) {
    super(opts)

    if (!opts) opts = {}

    this._buffer = new BufferList()
    this._offset = 0
    this._header = null
    this._stream = null
    this._missing = 0
    this._longHeader = false
    this._callback = noop
    this._locked = false
    this._updating = false
    this._finished = false
    this._pax = null
    this._paxGlobal = null
    this._gnuLongPath = null
    this._gnuLongLinkPath = null
    this._filenameEncoding = opts.filenameEncoding || 'utf-8'
    this._allowUnknownFormat = !!opts.allowUnknownFormat
    this._unlockBound = this._unlock.bind(this)
  }

  _unlock (err) {
    this._locked = false

    if (err) {
      this.destroy(err)
      this._continueWrite(err)
      return
    }

    this._update()
  }

  _consumeHeader () {
    if (this._locked) return false

    this._offset = this._buffer.shifted

    try {
      this._header = headers.decode(this._buffer.shift(512), this._filenameEncoding, this._allowUnknownFormat)
    } catch (err) {
      this._continueWrite(err)
      return false
    }

    if (!this._header) return true

    this._header.byteOffset = this._buffer.shifted

    switch (this._header.type) {
      case 'gnu-long-path':
      case 'gnu-long-link-path':
      case 'pax-global-header':
      case 'pax-header':
        this._longHeader = true
        this._missing = this._header.size
        if (this._missing > MAX_HEADER_SIZE) {
          this._continueWrite(new Error('Header exceeds max size'))
          return false
        }
        return true
    }

    this._locked = true
    this._applyLongHeaders()

    if (!(this._header.size >= 0)) {
      this._continueWrite(new Error('Invalid header'))
      return false
    }

    if (this._header.size === 0 || this._header.type === 'directory') {
      this.emit('entry', this._header, this._createStream(), this._unlockBound)
      return true
    }

    this._stream = this._createStream()
    this._missing = this._header.size

    this.emit('entry', this._header, this._stream, this._unlockBound)
    return true
  }

  _applyLongHeaders () {
    if (this._gnuLongPath) {
      this._header.name = this._gnuLongPath
      this._gnuLongPath = null
    }

    if (this._gnuLongLinkPath) {
      this._header.linkname = this._gnuLongLinkPath
      this._gnuLongLinkPath = null
    }

    if (this._pax) {
      if (this._pax.path) this._header.name = this._pax.path
      if (this._pax.linkpath) this._header.linkname = this._pax.linkpath
      if (this._pax.size) this._header.size = parseInt(this._pax.size, 10)
      this._header.pax = this._pax
      this._pax = null
    }
  }

  _decodeLongHeader (buf) {
    switch (this._header.type) {
      case 'gnu-long-path':
        this._gnuLongPath = headers.decodeLongPath(buf, this._filenameEncoding)
        break
      case 'gnu-long-link-path':
        this._gnuLongLinkPath = headers.decodeLongPath(buf, this._filenameEncoding)
        break
      case 'pax-global-header':
        this._paxGlobal = validatePax(headers.decodePax(buf))
        break
      case 'pax-header':
        this._pax = this._paxGlobal === null
          ? validatePax(headers.decodePax(buf))
          : Object.assign({}, this._paxGlobal, validatePax(headers.decodePax(buf)))
        break
    }
  }

  _consumeLongHeader () {
    this._longHeader = false
    this._missing = overflow(this._header.size)

    const buf = this._buffer.shift(this._header.size)

    try {
      this._decodeLongHeader(buf)
    } catch (err) {
      this._continueWrite(err)
      return false
    }

    return true
  }

  _consumeStream () {
    const buf = this._buffer.shiftFirst(this._missing)
    if (buf === null) return false

    this._missing -= buf.byteLength
    const drained = this._stream.push(buf)

    if (this._missing === 0) {
      this._stream.push(null)
      if (drained) this._stream._detach()
      return drained && this._locked === false
    }

    return drained
  }

  _createStream () {
    return new Source(this, this._header, this._offset)
  }

  _update () {
    if (this._updating) return // the running update picks up any state changes
    this._updating = true
    const done = this._consume()
    this._updating = false
    if (done) this._continueWrite(null)
  }

  _consume () {
    while (this._buffer.buffered > 0 && !this.destroying) {
      if (this._missing > 0) {
        if (this._stream !== null) {
          if (this._consumeStream() === false) return false
          continue
        }

        if (this._longHeader === true) {
          if (this._missing > this._buffer.buffered) break
          if (this._consumeLongHeader() === false) return false
          continue
        }

        const ignore = this._buffer.shiftFirst(this._missing)
        if (ignore !== null) this._missing -= ignore.byteLength
        continue
      }

      if (this._buffer.buffered < 512) break
      if (this._stream !== null || this._consumeHeader() === false) return false
    }

    return true
  }

  _continueWrite (err) {
    const cb = this._callback
    this._callback = noop
    cb(err)
  }

  _write (data, cb) {
    this._callback = cb
    this._buffer.push(data)
    this._update()
  }

  _final (cb) {
    this._finished = this._missing === 0 && this._buffer.buffered === 0
    cb(this._finished ? null : new Error('Unexpected end of data'))
  }

  _predestroy () {
    this._continueWrite(null)
  }

  _destroy (cb) {
    if (this._stream) this._stream.destroy(getStreamError(this))
    cb(null)
  }

  [Symbol.asyncIterator] () {
    let error = null

    let promiseResolve = null
    let promiseReject = null

    let entryStream = null
    let entryCallback = null

    const extract = this

    this.on('entry', onentry)
    this.on('error', (err) => { error = err })
    this.on('close', onclose)

    return {
      [Symbol.asyncIterator] () {
        return this
      },
      next () {
        return new Promise(onnext)
      },
      return () {
        return destroy(null)
      },
      throw (err) {
        return destroy(err)
      }
    }

    function consumeCallback (err) {
      if (!entryCallback) return
      const cb = entryCallback
      entryCallback = null
      cb(err)
    }

    function onnext (resolve, reject) {
      if (error) {
        return reject(error)
      }

      if (entryStream) {
        resolve({ value: entryStream, done: false })
        entryStream = null
        return
      }

      promiseResolve = resolve
      promiseReject = reject

      consumeCallback(null)

      if (extract._finished && promiseResolve) {
        promiseResolve({ value: undefined, done: true })
        promiseResolve = promiseReject = null
      }
    }

    function onentry (header, stream, callback) {
      entryCallback = callback
      stream.on('error', noop) // no way around this due to tick sillyness

      if (promiseResolve) {
        promiseResolve({ value: stream, done: false })
        promiseResolve = promiseReject = null
      } else {
        entryStream = stream
      }
    }

    function onclose () {
      consumeCallback(error)
      if (!promiseResolve) return
      if (error) promiseReject(error)
      else promiseResolve({ value: undefined, done: true })
      promiseResolve = promiseReject = null
    }

    function destroy (err) {
      extract.destroy(err)
      consumeCallback(err)
      return new Promise((resolve, reject) => {
        if (extract.destroyed) return resolve({ value: undefined, done: true })
        extract.once('close', function () {
          if (err) reject(err)
          else resolve({ value: undefined, done: true })
        })
      })
    }
  }
}

module.exports = function extract (opts) {
  return new Extract(opts)
}

function noop () {}

function validatePax (pax) {
  if (hasNull(pax.path) || hasNull(pax.linkpath)) throw new Error('Invalid tar header: pax path contains a null byte.')
  return pax
}

function hasNull (str) {
  return typeof str === 'string' && str.indexOf('\0') !== -1
}

function overflow (size) {
  size &= 511
  return size && 512 - size
}


/***/ }),

/***/ 71:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(637)

const ZEROS = '0000000000000000000'
const SEVENS = '7777777777777777777'
const ZERO_OFFSET = '0'.charCodeAt(0)
const USTAR_MAGIC = b4a.from([0x75, 0x73, 0x74, 0x61, 0x72, 0x00]) // ustar\x00
const USTAR_VER = b4a.from([ZERO_OFFSET, ZERO_OFFSET])
const GNU_MAGIC = b4a.from([0x75, 0x73, 0x74, 0x61, 0x72, 0x20]) // ustar\x20
const GNU_VER = b4a.from([0x20, 0x00])
const MASK = 0o7777
const MAGIC_OFFSET = 257
const VERSION_OFFSET = 263

exports.decodeLongPath = function decodeLongPath (buf, encoding) {
  return decodeStr(buf, 0, buf.length, encoding)
}

exports.encodePax = function encodePax (opts) { // TODO: encode more stuff in pax
  let result = ''
  if (opts.name) result += addLength(' path=' + opts.name + '\n')
  if (opts.linkname) result += addLength(' linkpath=' + opts.linkname + '\n')
  const pax = opts.pax
  if (pax) {
    for (const key in pax) {
      result += addLength(' ' + key + '=' + pax[key] + '\n')
    }
  }
  return b4a.from(result)
}

exports.decodePax = function decodePax (buf) {
  const result = {}

  while (buf.length) {
    let i = 0
    while (i < buf.length && buf[i] !== 32) i++
    const len = parseInt(b4a.toString(buf.subarray(0, i)), 10)
    if (!len) return result

    const b = b4a.toString(buf.subarray(i + 1, len - 1))
    const keyIndex = b.indexOf('=')
    if (keyIndex === -1) return result
    result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1)

    buf = buf.subarray(len)
  }

  return result
}

exports.encode = function encode (opts) {
  const buf = b4a.alloc(512)
  let name = opts.name
  let prefix = ''

  if (opts.typeflag === 5 && name[name.length - 1] !== '/') name += '/'
  if (b4a.byteLength(name) !== name.length) return null // utf-8

  while (b4a.byteLength(name) > 100) {
    const i = name.indexOf('/')
    if (i === -1) return null
    prefix += prefix ? '/' + name.slice(0, i) : name.slice(0, i)
    name = name.slice(i + 1)
  }

  if (b4a.byteLength(name) > 100 || b4a.byteLength(prefix) > 155) return null
  if (opts.linkname && b4a.byteLength(opts.linkname) > 100) return null

  b4a.write(buf, name)
  b4a.write(buf, encodeOct(opts.mode & MASK, 6), 100)
  b4a.write(buf, encodeOct(opts.uid, 6), 108)
  b4a.write(buf, encodeOct(opts.gid, 6), 116)
  encodeSize(opts.size, buf, 124)
  encodeSize(Math.floor(opts.mtime.getTime() / 1000) || 0, buf, 136)

  buf[156] = ZERO_OFFSET + toTypeflag(opts.type)

  if (opts.linkname) b4a.write(buf, opts.linkname, 157)

  b4a.copy(USTAR_MAGIC, buf, MAGIC_OFFSET)
  b4a.copy(USTAR_VER, buf, VERSION_OFFSET)
  if (opts.uname) b4a.write(buf, opts.uname, 265)
  if (opts.gname) b4a.write(buf, opts.gname, 297)
  b4a.write(buf, encodeOct(opts.devmajor || 0, 6), 329)
  b4a.write(buf, encodeOct(opts.devminor || 0, 6), 337)

  if (prefix) b4a.write(buf, prefix, 345)

  b4a.write(buf, encodeOct(cksum(buf), 6), 148)

  return buf
}

exports.decode = function decode (buf, filenameEncoding, allowUnknownFormat) {
  let typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET

  let name = decodeStr(buf, 0, 100, filenameEncoding)
  const mode = decodeOct(buf, 100, 8)
  const uid = decodeOct(buf, 108, 8)
  const gid = decodeOct(buf, 116, 8)
  const size = decodeOct(buf, 124, 12)
  const mtime = decodeOct(buf, 136, 12)
  const type = toType(typeflag)
  const linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding)
  const uname = decodeStr(buf, 265, 32)
  const gname = decodeStr(buf, 297, 32)
  const devmajor = decodeOct(buf, 329, 8)
  const devminor = decodeOct(buf, 337, 8)

  const c = cksum(buf)

  // checksum is still initial value if header was null.
  if (c === 8 * 32) return null

  // valid checksum
  if (c !== decodeOct(buf, 148, 8)) throw new Error('Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?')

  if (isUSTAR(buf)) {
    // ustar (posix) format.
    // prepend prefix, if present.
    if (buf[345]) name = decodeStr(buf, 345, 155, filenameEncoding) + '/' + name
  } else if (isGNU(buf)) {
    // 'gnu'/'oldgnu' format. Similar to ustar, but has support for incremental and
    // multi-volume tarballs.
  } else {
    if (!allowUnknownFormat) {
      throw new Error('Invalid tar header: unknown format.')
    }
  }

  // to support old tar versions that use trailing / to indicate dirs
  if (typeflag === 0 && name && name[name.length - 1] === '/') typeflag = 5

  return {
    name,
    mode,
    uid,
    gid,
    size,
    byteOffset: 0,
    mtime: new Date(1000 * mtime),
    type,
    linkname,
    uname,
    gname,
    devmajor,
    devminor,
    pax: null
  }
}

function isUSTAR (buf) {
  return b4a.equals(USTAR_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6))
}

function isGNU (buf) {
  return b4a.equals(GNU_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6)) &&
    b4a.equals(GNU_VER, buf.subarray(VERSION_OFFSET, VERSION_OFFSET + 2))
}

function clamp (index, len, defaultValue) {
  if (typeof index !== 'number') return defaultValue
  index = ~~index // Coerce to integer.
  if (index >= len) return len
  if (index >= 0) return index
  index += len
  if (index >= 0) return index
  return 0
}

function toType (flag) {
  switch (flag) {
    case 0:
      return 'file'
    case 1:
      return 'link'
    case 2:
      return 'symlink'
    case 3:
      return 'character-device'
    case 4:
      return 'block-device'
    case 5:
      return 'directory'
    case 6:
      return 'fifo'
    case 7:
      return 'contiguous-file'
    case 72:
      return 'pax-header'
    case 55:
      return 'pax-global-header'
    case 27:
      return 'gnu-long-link-path'
    case 28:
    case 30:
      return 'gnu-long-path'
  }

  return null
}

function toTypeflag (flag) {
  switch (flag) {
    case 'file':
      return 0
    case 'link':
      return 1
    case 'symlink':
      return 2
    case 'character-device':
      return 3
    case 'block-device':
      return 4
    case 'directory':
      return 5
    case 'fifo':
      return 6
    case 'contiguous-file':
      return 7
    case 'pax-header':
      return 72
  }

  return 0
}

function indexOf (block, num, offset, end) {
  for (; offset < end; offset++) {
    if (block[offset] === num) return offset
  }
  return end
}

function cksum (block) {
  let sum = 8 * 32
  for (let i = 0; i < 148; i++) sum += block[i]
  for (let j = 156; j < 512; j++) sum += block[j]
  return sum
}

function encodeOct (val, n) {
  val = val.toString(8)
  if (val.length > n) return SEVENS.slice(0, n) + ' '
  return ZEROS.slice(0, n - val.length) + val + ' '
}

function encodeSizeBin (num, buf, off) {
  buf[off] = num < 0 ? 0xff : 0x80
  for (let i = 11; i > 0; i--) {
    buf[off + i] = num & 0xff
    num = Math.floor(num / 0x100)
  }
}

function encodeSize (num, buf, off) {
  if (num < 0 || num.toString(8).length > 11) {
    encodeSizeBin(num, buf, off)
  } else {
    b4a.write(buf, encodeOct(num, 11), off)
  }
}

/* Copied from the node-tar repo and modified to meet
 * tar-stream coding standard.
 *
 * Source: https://github.com/npm/node-tar/blob/51b6627a1f357d2eb433e7378e5f05e83b7aa6cd/lib/header.js#L349
 */
function parse256 (buf) {
  // first byte MUST be either 80 or FF
  // 80 for positive, FF for 2's comp
  let positive
  if (buf[0] === 0x80) positive = true
  else if (buf[0] === 0xFF) positive = false
  else return null

  // build up a base-256 tuple from the least sig to the highest
  const tuple = []
  let i
  for (i = buf.length - 1; i > 0; i--) {
    const byte = buf[i]
    if (positive) tuple.push(byte)
    else tuple.push(0xFF - byte)
  }

  let sum = 0
  const l = tuple.length
  for (i = 0; i < l; i++) {
    sum += tuple[i] * Math.pow(256, i)
  }

  return positive ? sum : -(sum + 1)
}

function decodeOct (val, offset, length) {
  val = val.subarray(offset, offset + length)
  offset = 0

  // If prefixed with 0x80 then parse as a base-256 integer
  if (val[offset] & 0x80) {
    return parse256(val)
  } else {
    // Older versions of tar can prefix with spaces
    while (offset < val.length && val[offset] === 32) offset++
    const end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length)
    while (offset < end && val[offset] === 0) offset++
    if (end === offset) return 0
    return parseInt(b4a.toString(val.subarray(offset, end)), 8)
  }
}

function decodeStr (val, offset, length, encoding) {
  return b4a.toString(val.subarray(offset, indexOf(val, 0, offset, offset + length)), encoding)
}

function addLength (str) {
  const len = b4a.byteLength(str)
  let digits = Math.floor(Math.log(len) / Math.log(10)) + 1
  if (len + digits >= Math.pow(10, digits)) digits++

  return (len + digits) + str
}


/***/ }),

/***/ 193:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/* unused reexport */ __nccwpck_require__(796)
/* unused reexport */ __nccwpck_require__(784)


/***/ }),

/***/ 784:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Readable, Writable, getStreamError } = __nccwpck_require__(464)
const b4a = __nccwpck_require__(637)

const constants = __nccwpck_require__(864)
const headers = __nccwpck_require__(71)

const DMODE = 0o755
const FMODE = 0o644

const END_OF_TAR = b4a.alloc(1024)

class Sink extends Writable {
  constructor (pack, header, callback) {
    super({ mapWritable, eagerOpen: true })

    this.written = 0
    this.header = header

    this._callback = callback
    this._linkname = null
    this._isLinkname = header.type === 'symlink' && !header.linkname
    this._isVoid = header.type !== 'file' && header.type !== 'contiguous-file'
    this._finished = false
    this._pack = pack
    this._openCallback = null

    if (this._pack._stream === null) this._pack._stream = this
    else this._pack._pending.push(this)
  }

  _open (cb) {
    this._openCallback = cb
    if (this._pack._stream === this) this._continueOpen()
  }

  _continuePack (err) {
    if (this._callback === null) return

    const callback = this._callback
    this._callback = null

    callback(err)
  }

  _continueOpen () {
    if (this._pack._stream === null) this._pack._stream = this

    const cb = this._openCallback
    this._openCallback = null
    if (cb === null) return

    if (this._pack.destroying) return cb(new Error('pack stream destroyed'))
    if (this._pack._finalized) return cb(new Error('pack stream is already finalized'))

    this._pack._stream = this

    if (!this._isLinkname) {
      this._pack._encode(this.header)
    }

    if (this._isVoid && !this._isLinkname) {
      this._finish()
      this._continuePack(null)
    }

    cb(null)
  }

  _write (data, cb) {
    if (this._isLinkname) {
      this._linkname = this._linkname ? b4a.concat([this._linkname, data]) : data
      return cb(null)
    }

    if (this._isVoid) {
      if (data.byteLength > 0) {
        return cb(new Error('No body allowed for this entry'))
      }
      return cb()
    }

    this.written += data.byteLength
    if (this._pack.push(data)) return cb()
    this._pack._drain = cb
  }

  _finish () {
    if (this._finished) return
    this._finished = true

    if (this._isLinkname) {
      this.header.linkname = this._linkname ? b4a.toString(this._linkname, 'utf-8') : ''
      this._pack._encode(this.header)
    }

    overflow(this._pack, this.header.size)

    this._pack._done(this)
  }

  _final (cb) {
    if (this.written !== this.header.size) { // corrupting tar
      return cb(new Error('Size mismatch'))
    }

    this._finish()
    cb(null)
  }

  _getError () {
    return getStreamError(this) || new Error('tar entry destroyed')
  }

  _predestroy () {
    this._pack.destroy(this._getError())
  }

  _destroy (cb) {
    this._pack._done(this)

    this._continuePack(this._finished ? null : this._getError())

    cb()
  }
}

class Pack extends Readable {
  constructor (opts) {
    super(opts)
    this._drain = noop
    this._finalized = false
    this._finalizing = false
    this._pending = []
    this._stream = null
  }

  entry (header, buffer, callback) {
    if (this._finalized || this.destroying) throw new Error('already finalized or destroyed')

    if (typeof buffer === 'function') {
      callback = buffer
      buffer = null
    }

    if (!callback) callback = noop

    if (!header.size || header.type === 'symlink') header.size = 0
    if (!header.type) header.type = modeToType(header.mode)
    if (!header.mode) header.mode = header.type === 'directory' ? DMODE : FMODE
    if (!header.uid) header.uid = 0
    if (!header.gid) header.gid = 0
    if (!header.mtime) header.mtime = new Date()

    if (typeof buffer === 'string') buffer = b4a.from(buffer)

    const sink = new Sink(this, header, callback)

    if (b4a.isBuffer(buffer)) {
      header.size = buffer.byteLength
      sink.write(buffer)
      sink.end()
      return sink
    }

    if (sink._isVoid) {
      return sink
    }

    return sink
  }

  finalize () {
    if (this._stream || this._pending.length > 0) {
      this._finalizing = true
      return
    }

    if (this._finalized) return
    this._finalized = true

    this.push(END_OF_TAR)
    this.push(null)
  }

  _done (stream) {
    if (stream !== this._stream) return

    this._stream = null

    if (this._finalizing) this.finalize()
    if (this._pending.length) this._pending.shift()._continueOpen()
  }

  _encode (header) {
    if (!header.pax) {
      const buf = headers.encode(header)
      if (buf) {
        this.push(buf)
        return
      }
    }
    this._encodePax(header)
  }

  _encodePax (header) {
    const paxHeader = headers.encodePax({
      name: header.name,
      linkname: header.linkname,
      pax: header.pax
    })

    const newHeader = {
      name: 'PaxHeader',
      mode: header.mode,
      uid: header.uid,
      gid: header.gid,
      size: paxHeader.byteLength,
      mtime: header.mtime,
      type: 'pax-header',
      linkname: header.linkname && 'PaxHeader',
      uname: header.uname,
      gname: header.gname,
      devmajor: header.devmajor,
      devminor: header.devminor
    }

    this.push(headers.encode(newHeader))
    this.push(paxHeader)
    overflow(this, paxHeader.byteLength)

    newHeader.size = header.size
    newHeader.type = header.type
    this.push(headers.encode(newHeader))
  }

  _doDrain () {
    const drain = this._drain
    this._drain = noop
    drain()
  }

  _predestroy () {
    const err = getStreamError(this)

    if (this._stream) this._stream.destroy(err)

    while (this._pending.length) {
      const stream = this._pending.shift()
      stream.destroy(err)
      stream._continueOpen()
    }

    this._doDrain()
  }

  _read (cb) {
    this._doDrain()
    cb()
  }
}

module.exports = function pack (opts) {
  return new Pack(opts)
}

function modeToType (mode) {
  switch (mode & constants.S_IFMT) {
    case constants.S_IFBLK: return 'block-device'
    case constants.S_IFCHR: return 'character-device'
    case constants.S_IFDIR: return 'directory'
    case constants.S_IFIFO: return 'fifo'
    case constants.S_IFLNK: return 'symlink'
  }

  return 'file'
}

function noop () {}

function overflow (self, size) {
  size &= 511
  if (size) self.push(END_OF_TAR.subarray(0, 512 - size))
}

function mapWritable (buf) {
  return b4a.isBuffer(buf) ? buf : b4a.from(buf)
}


/***/ }),

/***/ 799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const PassThroughDecoder = __nccwpck_require__(563)
const UTF8Decoder = __nccwpck_require__(821)

module.exports = class TextDecoder {
  constructor(encoding = 'utf8') {
    this.encoding = normalizeEncoding(encoding)

    switch (this.encoding) {
      case 'utf8':
        this.decoder = new UTF8Decoder()
        break
      case 'utf16le':
      case 'base64':
        throw new Error('Unsupported encoding: ' + this.encoding)
      default:
        this.decoder = new PassThroughDecoder(this.encoding)
    }
  }

  get remaining() {
    return this.decoder.remaining
  }

  push(data) {
    if (typeof data === 'string') return data
    return this.decoder.decode(data)
  }

  // For Node.js compatibility
  write(data) {
    return this.push(data)
  }

  end(data) {
    let result = ''
    if (data) result = this.push(data)
    result += this.decoder.flush()
    return result
  }
}

function normalizeEncoding(encoding) {
  encoding = encoding.toLowerCase()

  switch (encoding) {
    case 'utf8':
    case 'utf-8':
      return 'utf8'
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'utf16le'
    case 'latin1':
    case 'binary':
      return 'latin1'
    case 'base64':
    case 'ascii':
    case 'hex':
      return encoding
    default:
      throw new Error('Unknown encoding: ' + encoding)
  }
}


/***/ }),

/***/ 563:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(637)

module.exports = class PassThroughDecoder {
  constructor(encoding) {
    this.encoding = encoding
  }

  get remaining() {
    return 0
  }

  decode(data) {
    return b4a.toString(data, this.encoding)
  }

  flush() {
    return ''
  }
}


/***/ }),

/***/ 821:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(637)

/**
 * https://encoding.spec.whatwg.org/#utf-8-decoder
 */
module.exports = class UTF8Decoder {
  constructor() {
    this._reset()
  }

  get remaining() {
    return this.bytesSeen
  }

  decode(data) {
    if (data.byteLength === 0) return ''

    if (this.bytesNeeded === 0 && trailingIncomplete(data, 0) === 0) {
      this.bytesSeen = trailingBytesSeen(data)
      return b4a.toString(data, 'utf8')
    }

    let result = ''
    let start = 0

    if (this.bytesNeeded > 0) {
      while (start < data.byteLength) {
        const byte = data[start]

        if (byte < this.lowerBoundary || byte > this.upperBoundary) {
          result += '\ufffd'
          this._reset()
          break
        }

        this.lowerBoundary = 0x80
        this.upperBoundary = 0xbf
        this.codePoint = (this.codePoint << 6) | (byte & 0x3f)
        this.bytesSeen++
        start++

        if (this.bytesSeen === this.bytesNeeded) {
          result += String.fromCodePoint(this.codePoint)
          this._reset()
          break
        }
      }

      if (this.bytesNeeded > 0) return result
    }

    const trailing = trailingIncomplete(data, start)
    const end = data.byteLength - trailing

    if (end > start) result += b4a.toString(data, 'utf8', start, end)

    for (let i = end; i < data.byteLength; i++) {
      const byte = data[i]

      if (this.bytesNeeded === 0) {
        if (byte <= 0x7f) {
          this.bytesSeen = 0
          result += String.fromCharCode(byte)
        } else if (byte >= 0xc2 && byte <= 0xdf) {
          this.bytesNeeded = 2
          this.bytesSeen = 1
          this.codePoint = byte & 0x1f
        } else if (byte >= 0xe0 && byte <= 0xef) {
          if (byte === 0xe0) this.lowerBoundary = 0xa0
          else if (byte === 0xed) this.upperBoundary = 0x9f
          this.bytesNeeded = 3
          this.bytesSeen = 1
          this.codePoint = byte & 0xf
        } else if (byte >= 0xf0 && byte <= 0xf4) {
          if (byte === 0xf0) this.lowerBoundary = 0x90
          else if (byte === 0xf4) this.upperBoundary = 0x8f
          this.bytesNeeded = 4
          this.bytesSeen = 1
          this.codePoint = byte & 0x7
        } else {
          this.bytesSeen = 1
          result += '\ufffd'
        }

        continue
      }

      if (byte < this.lowerBoundary || byte > this.upperBoundary) {
        result += '\ufffd'
        i--
        this._reset()

        continue
      }

      this.lowerBoundary = 0x80
      this.upperBoundary = 0xbf

      this.codePoint = (this.codePoint << 6) | (byte & 0x3f)
      this.bytesSeen++

      if (this.bytesSeen === this.bytesNeeded) {
        result += String.fromCodePoint(this.codePoint)
        this._reset()
      }
    }

    return result
  }

  flush() {
    const result = this.bytesNeeded > 0 ? '\ufffd' : ''
    this._reset()
    return result
  }

  _reset() {
    this.codePoint = 0
    this.bytesNeeded = 0
    this.bytesSeen = 0
    this.lowerBoundary = 0x80
    this.upperBoundary = 0xbf
  }
}

function trailingIncomplete(data, start) {
  const len = data.byteLength
  if (len <= start) return 0

  const limit = Math.max(start, len - 4)

  let i = len - 1
  while (i > limit && (data[i] & 0xc0) === 0x80) i--

  if (i < start) return 0

  const byte = data[i]

  let needed
  if (byte <= 0x7f) return 0
  if (byte >= 0xc2 && byte <= 0xdf) needed = 2
  else if (byte >= 0xe0 && byte <= 0xef) needed = 3
  else if (byte >= 0xf0 && byte <= 0xf4) needed = 4
  else return 0

  const available = len - i
  return available < needed ? available : 0
}

function trailingBytesSeen(data) {
  const len = data.byteLength
  if (len === 0) return 0

  const last = data[len - 1]

  if (last <= 0x7f) return 0
  if ((last & 0xc0) !== 0x80) return 1

  const limit = Math.max(0, len - 4)

  let i = len - 2
  while (i >= limit && (data[i] & 0xc0) === 0x80) i--

  if (i < 0) return 1

  const first = data[i]

  let needed
  if (first >= 0xc2 && first <= 0xdf) needed = 2
  else if (first >= 0xe0 && first <= 0xef) needed = 3
  else if (first >= 0xf0 && first <= 0xf4) needed = 4
  else return 1

  if (len - i !== needed) return 1

  if (needed >= 3) {
    const second = data[i + 1]
    if (first === 0xe0 && second < 0xa0) return 1
    if (first === 0xed && second > 0x9f) return 1
    if (first === 0xf0 && second < 0x90) return 1
    if (first === 0xf4 && second > 0x8f) return 1
  }

  return 0
}


/***/ }),

/***/ 824:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ readInputs)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(613);
/* harmony import */ var _service_pipeline_build__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(254);
/* harmony import */ var _service_pipeline_oci__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(891);





const isLayout = (dir) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'oci-layout'), { throwIfNoEntry: false })?.isFile() ?? false;
/** A layout directory as given, or the layouts one level below it (download-artifact's folder per artifact), each confined too (symlinks followed). */
function expand(inputs, dir) {
    if (isLayout(dir))
        return [dir];
    const found = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true })
        .filter((entry) => (entry.isDirectory() || entry.isSymbolicLink()) && isLayout((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name)))
        .map((entry) => inputs.confine('layouts', (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name), 'read'))
        .sort();
    if (found.length === 0)
        throw new _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('layouts', `entry ${dir} is neither an OCI layout nor a directory of layouts`, "download the platform builds' layouts there first");
    return found;
}
/** Reads and checks every input before any layout is read. */
function readInputs(inputs = new _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0()) {
    const dirs = inputs.list('layouts', { required: true, commas: false }).map((entry) => {
        const dir = inputs.confine('layouts', entry, 'read');
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir, { throwIfNoEntry: false })?.isDirectory())
            throw new _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('layouts', `entry ${dir} does not exist or is not a directory`, "download the platform builds' layouts there first");
        return dir;
    });
    const platforms = inputs.list('platforms');
    for (const platform of platforms)
        if (!(0,_service_pipeline_oci__WEBPACK_IMPORTED_MODULE_4__/* .isPlatform */ .aH)(platform))
            throw new _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('platforms', `entry "${platform}" is not os/arch[/variant]`, 'write e.g. linux/amd64, linux/arm64');
    const ref = inputs.string('ref', { required: true, pattern: _service_pipeline_build__WEBPACK_IMPORTED_MODULE_3__/* .TAG_GRAMMAR */ .z1, hint: 'pass the immutable tag, e.g. sha-0123456789ab' });
    const target = inputs.path('oci-layout', { default: (0,_service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .defaultLayoutDir */ .n4)(), access: 'write' });
    return { sources: dirs.flatMap((dir) => expand(inputs, dir)).map((dir) => ({ dir })), platforms, ref, target };
}


/***/ }),

/***/ 96:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(613);
/* harmony import */ var _service_pipeline_build__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(254);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(824);



async function main() {
    const { sources, platforms, ref, target } = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readInputs */ .K)();
    const merged = await _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .actionLogger */ .v0.group(`Merging ${sources.length} layout(s) into ${target}`, () => (0,_service_pipeline_build__WEBPACK_IMPORTED_MODULE_1__/* .mergePlatformImages */ .GH)(sources, target, { refName: ref, ...(platforms.length > 0 ? { platforms } : {}) }));
    for (const [platform, digest] of Object.entries(merged.platformDigests))
        _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .actionLogger */ .v0.info(`${platform}: ${digest}`);
    (0,_service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .setOutputs */ .n0)({ digest: merged.root.digest, 'platform-digests': merged.platformDigests, 'oci-layout': target });
    await (0,_service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .writeSummary */ .Sy)({
        heading: 'Multi-platform image',
        paragraphs: [`\`${merged.root.digest}\` (${ref})`],
        tables: [{ headers: ['platform', 'digest'], rows: Object.entries(merged.platformDigests) }],
    });
}
await (0,_service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .run */ .eF)('merge', main);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 901:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $x: () => (/* binding */ InvalidValueError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   lZ: () => (/* binding */ ActionError)
/* harmony export */ });
/* unused harmony export asInput */
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

/***/ 181:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  gf: () => (/* binding */ childEnv)
});

// UNUSED EXPORTS: SpawnError, runCommand

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(421);
;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
;// CONCATENATED MODULE: ./packages/action-kit/src/exec.ts


/** The command could not be started at all (ENOENT, EACCES, ...). */
class SpawnError extends Error {
    file;
    code;
    constructor(file, cause) {
        super(`cannot run ${file}: ${cause.message}`, { cause });
        this.file = file;
        this.name = 'SpawnError';
        this.code = cause.code;
    }
}
/**
 * What a child process never inherits: the step's inputs (passwords and tokens among them),
 * the runner's own tokens and URLs, and the file commands through which a child could set
 * outputs, environment or PATH for later steps.
 */
const PRIVATE_VARIABLE = /^(INPUT_.*|ACTIONS_(RUNTIME_TOKEN|RUNTIME_URL|ID_TOKEN_REQUEST_TOKEN|ID_TOKEN_REQUEST_URL|RESULTS_URL|CACHE_URL)|GITHUB_(ENV|PATH|OUTPUT|STATE|STEP_SUMMARY))$/;
/** `env` (default process.env) without the variables a child process must not see. */
function childEnv(env = process.env) {
    return Object.fromEntries(Object.entries(env).filter(([key]) => !PRIVATE_VARIABLE.test(key)));
}
/**
 * Runs a program without a shell, streaming its output line by line. Never rejects for a
 * non-zero exit (the caller decides); rejects with SpawnError when it cannot start.
 */
function runCommand(file, args, options = {}) {
    const keep = options.keepLines ?? 200;
    const tail = [];
    const emit = (line) => {
        tail.push(line);
        if (tail.length > keep)
            tail.shift();
        options.onLine?.(line);
    };
    return new Promise((resolve, reject) => {
        const child = spawn(file, [...args], {
            cwd: options.cwd,
            env: childEnv(options.env),
            stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        });
        if (options.input !== undefined)
            child.stdin?.end(options.input);
        const splitter = () => {
            let pending = '';
            const decoder = new StringDecoder('utf8');
            return (chunk) => {
                if (chunk === undefined) {
                    pending += decoder.end();
                    if (pending !== '')
                        emit(pending);
                    pending = '';
                    return;
                }
                pending += decoder.write(chunk);
                const lines = pending.split(/\r?\n|\r/);
                pending = lines.pop() ?? '';
                for (const line of lines)
                    emit(line);
            };
        };
        const captured = [];
        const out = options.captureStdout ? (chunk) => chunk && captured.push(chunk) : splitter();
        const err = splitter();
        child.stdout.on('data', out);
        child.stderr.on('data', err);
        child.once('error', (error) => reject(new SpawnError(file, error)));
        child.once('close', (code, signal) => {
            out(undefined);
            err(undefined);
            resolve({ code, signal, tail, stdout: Buffer.concat(captured).toString('utf8') });
        });
    });
}


/***/ }),

/***/ 613:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dz: () => (/* reexport */ errors/* InputError */.dz),
  G0: () => (/* reexport */ Inputs),
  v0: () => (/* reexport */ actionLogger),
  n4: () => (/* reexport */ defaultLayoutDir),
  eF: () => (/* reexport */ run),
  n0: () => (/* reexport */ setOutputs),
  qq: () => (/* reexport */ silentLogger),
  Sy: () => (/* reexport */ writeSummary)
});

// UNUSED EXPORTS: ActionError, GITHUB_REPOSITORY_NAME, InvalidValueError, PathRefusedError, actionInputSource, annotate, asInput, checkPathText, consoleLogger, isInside, parseByteSize, parseDuration, pipelineDir, renderSummary, setSecret, trivyCacheDir, workflowRunUrl

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
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

// EXTERNAL MODULE: ./packages/action-kit/src/errors.ts
var errors = __nccwpck_require__(901);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
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
                setSecret(form);
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
    if (err instanceof errors/* ActionError */.lZ) {
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
var promises_ = __nccwpck_require__(455);
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

/***/ 254:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  z1: () => (/* reexport */ TAG_GRAMMAR),
  GH: () => (/* reexport */ mergePlatformImages)
});

// UNUSED EXPORTS: BUILD_TYPE, PRESETS, PRESET_DOCKERFILE_NAME, PresetError, SLSA_PROVENANCE_V1, appendBuild, baseImagesOf, buildImage, buildWithBuildah, builderOf, checkCacheSpec, checkPorts, checkPreset, checkUser, checkWorkdir, computeTags, distrolessCheck, dockerfileBaseImages, hostEntries, hostNodePlatform, ociLabels, openBaseImage, parentDirEntries, parseArtifacts, parseDockerignore, parseKeyValueLines, parseLabelLines, parseSecretLines, parseTagRules, preparePresetDockerfile, presetDockerfile, provenanceStatement, readDockerignore, readGitContext, readNodePackage, sharedLibraryEntries, stageNodeApp, writeBuildProvenance, writeNodeBase, writeStaticBase

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 11 modules
var src = __nccwpck_require__(613);
// EXTERNAL MODULE: ./packages/action-kit/src/errors.ts
var errors = __nccwpck_require__(901);
// EXTERNAL MODULE: ./packages/oci/src/index.ts + 25 modules
var oci_src = __nccwpck_require__(891);
// EXTERNAL MODULE: ./packages/action-kit/src/exec.ts + 1 modules
var exec = __nccwpck_require__(181);
;// CONCATENATED MODULE: ./packages/build/src/host-files.ts




function defaultMode(info) {
    return info.isDirectory() || info.mode & 0o111 ? 0o755 : 0o644;
}
/** The directories above `path` (relative, e.g. `app/bin/server` -> `app`, `app/bin`), outermost first, 0755. */
function host_files_parentDirEntries(path) {
    const parts = path.split('/');
    return parts.slice(1).map((_, i) => ({ path: parts.slice(0, i + 1).join('/'), type: 'directory', mode: 0o755 }));
}
/**
 * A host file or directory tree as tar entries at `path` in the image: directories before
 * their contents, names sorted (so the layer is the same on every machine), symlinks kept
 * as symlinks.
 */
async function host_files_hostEntries(source, path, options = {}) {
    const mode = options.mode ?? defaultMode;
    const walk = async (file, at, rel) => {
        const info = await lstat(file);
        if (rel !== '' && options.skip?.(rel, info.isDirectory()))
            return [];
        if (info.isSymbolicLink())
            return [{ path: at, type: 'symlink', linkTarget: await readlink(file) }];
        if (info.isDirectory()) {
            const children = (await readdir(file)).sort();
            const nested = await Promise.all(children.map((child) => walk(join(file, child), `${at}/${child}`, rel === '' ? child : `${rel}/${child}`)));
            return [{ path: at, type: 'directory', mode: mode(info) }, ...nested.flat()];
        }
        if (!info.isFile())
            throw new ActionError(`${file} is neither a file, a directory nor a symlink`, 'list regular files and directories only');
        return [{ path: at, type: 'file', content: await readFile(file), mode: mode(info) }];
    };
    return walk(source, path, '');
}
/**
 * The shared libraries a dynamically linked binary needs (as `ldd` lists them: libc, the
 * loader, ...), as files at the same paths in the image, with their directories.
 */
async function host_files_sharedLibraryEntries(binary) {
    const result = await runCommand('ldd', [binary], { captureStdout: true });
    const libraries = [...result.stdout.matchAll(/(\/\S+) \(0x[0-9a-f]+\)/g)].map((m) => m[1]);
    const entries = [];
    const seen = new Set();
    for (const library of libraries) {
        const path = library.slice(1);
        for (const dir of host_files_parentDirEntries(path)) {
            if (seen.has(dir.path))
                continue;
            seen.add(dir.path);
            entries.push(dir);
        }
        entries.push({ path, type: 'file', content: await readFile(await realpath(library)), mode: 0o755 });
    }
    return entries;
}

;// CONCATENATED MODULE: ./packages/build/src/image-config-values.ts
/**
 * The values an append-mode build writes into the image config (ExposedPorts, User,
 * WorkingDir), checked against what a container runtime accepts, so a typo fails the build
 * instead of producing an image that does not start.
 */


const PORT = /^(\d{1,5})(?:\/(tcp|udp|sctp))?$/;
// A name (POSIX portable, as useradd takes it) or a numeric id, for both user and group.
const USER_PART = '[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}';
const USER = new RegExp(`^${USER_PART}(?::${USER_PART})?$`);
/** `8080`, `8080/tcp`, `53/udp`: ports 1-65535; returns them as written. */
function checkPorts(ports) {
    for (const port of ports) {
        const match = PORT.exec(port);
        const number = match ? Number(match[1]) : 0;
        if (number < 1 || number > 65_535) {
            throw new ActionError(`has an invalid port ${JSON.stringify(port.slice(0, 40))}`, 'write a port number from 1 to 65535, optionally followed by /tcp, /udp or /sctp, e.g. 8080 or 53/udp');
        }
    }
    return ports;
}
function checkUser(user) {
    if (!USER.test(user)) {
        throw new ActionError('must be a user name or uid, optionally :group or :gid', 'e.g. 65532:65532 (the distroless nonroot user) or nonroot');
    }
    return user;
}
/** An absolute path with nothing to resolve: no `..`, no `.`, no `//`, no trailing slash. */
function image_config_values_isCleanAbsolutePath(path) {
    return path.startsWith('/') && posix.normalize(path) === path && !path.split('/').includes('..');
}
function checkWorkdir(workdir) {
    if (workdir !== '' && !image_config_values_isCleanAbsolutePath(workdir)) {
        throw new ActionError('must be a clean absolute path', 'e.g. /app (no ".." and no "//")');
    }
    return workdir;
}

;// CONCATENATED MODULE: ./packages/build/src/append.ts







class ArtifactLineError extends (/* unused pure expression or super */ null && (ActionError)) {
}
/**
 * One artifact per line: `[<platform> ]<source>=<destination>`, e.g.
 * `dist/server=/app/server` or `linux/arm64 dist/arm64/server=/app/server`. Sources are
 * files or directories relative to `contextDir`.
 */
function parseArtifacts(lines, contextDir) {
    return lines.map((line) => {
        const tokens = line.trim().split(/\s+/);
        const fail = (what) => {
            throw new ArtifactLineError(`artifact line "${line}" ${what}`, 'write each line as [<os>/<arch>[/<variant>] ]<source>=</absolute/destination>, e.g. "linux/arm64 dist/server-arm64=/app/server"');
        };
        if (tokens.length > 2)
            fail('has more than a platform and a mapping');
        const mapping = tokens[tokens.length - 1];
        const platform = tokens.length === 2 ? tokens[0] : undefined;
        if (platform !== undefined && !isPlatform(platform))
            fail(`has an invalid platform "${platform}"`);
        const eq = mapping.indexOf('=');
        if (eq <= 0 || eq === mapping.length - 1)
            fail('is not <source>=<destination>');
        const source = mapping.slice(0, eq);
        const destination = mapping.slice(eq + 1);
        if (!destination.startsWith('/'))
            fail(`has a relative destination "${destination}"`);
        if (!isCleanAbsolutePath(destination))
            fail(`has a destination that is not a clean absolute path "${destination}"`);
        const resolved = isAbsolute(source) ? source : resolve(contextDir, source);
        return { ...(platform ? { platform } : {}), source: resolved, destination };
    });
}
async function entriesFor(artifact) {
    const info = await lstat(artifact.source).catch(() => undefined);
    if (!info)
        throw new ActionError(`artifact ${artifact.source} does not exist`, 'build it before this step, or fix the path in the artifacts input');
    const target = artifact.destination.replace(/^\/+/, '');
    return [...parentDirEntries(target), ...(await hostEntries(artifact.source, target))];
}
/**
 * Opens the base image: a registry reference (with `options.credentials`, else Docker's), or
 * `oci-layout:<dir>[:<ref>]` for a base held locally (air-gapped runners, tests, the local
 * pipeline). A registry that cannot serve it is reported as the base image's problem.
 */
async function append_openBaseImage(base, options = {}) {
    const location = parseImageLocation(base);
    try {
        return await openImage(location, options);
    }
    catch (error) {
        if (location.kind === 'layout')
            throw error;
        throw new ActionError(`base image ${base} cannot be resolved: ${error.message}`, 'check the base-image name and that this job can reach and read that registry', { cause: error });
    }
}
async function basePlatform(base, platform) {
    try {
        return await base.platform(platform);
    }
    catch (error) {
        if (!(error instanceof PlatformNotFoundError))
            throw error;
        throw new ActionError(`base image ${base.name} has no ${error.wanted} variant (it has ${error.offered.join(', ')})`, 'pick platforms the base image provides, or another base image');
    }
}
/** Docker and OCI gzip layers are the same bytes; the result is a pure OCI image. */
function ociLayerType(mediaType) {
    if (mediaType === MediaType.dockerLayerGzip)
        return MediaType.ociLayerGzip;
    return mediaType;
}
function mergeEnv(base, extra) {
    if (!extra || Object.keys(extra).length === 0)
        return base;
    const env = new Map((base ?? []).map((line) => [line.slice(0, line.indexOf('=')), line]));
    for (const [key, value] of Object.entries(extra))
        env.set(key, `${key}=${value}`);
    return [...env.values()];
}
function containerConfig(base, wanted) {
    const config = { ...base };
    config.User = wanted.user;
    const env = mergeEnv(base?.Env, wanted.env);
    if (env)
        config.Env = env;
    if (wanted.entrypoint) {
        config.Entrypoint = wanted.entrypoint;
        // As in a Dockerfile, a new ENTRYPOINT drops the base image's CMD.
        delete config.Cmd;
    }
    if (wanted.cmd)
        config.Cmd = wanted.cmd;
    if (wanted.workdir)
        config.WorkingDir = wanted.workdir;
    if (wanted.ports?.length)
        config.ExposedPorts = { ...base?.ExposedPorts, ...Object.fromEntries(wanted.ports.map((p) => [p.includes('/') ? p : `${p}/tcp`, {}])) };
    if (wanted.labels && Object.keys(wanted.labels).length)
        config.Labels = { ...base?.Labels, ...wanted.labels };
    return config;
}
/**
 * Builds an image without a daemon: the base image's layers, then one deterministic layer
 * of artifacts per platform, with a config derived from the base. Base blobs are copied
 * into the layout so the push step has everything locally.
 */
async function append_appendBuild(options) {
    const log = options.logger ?? silentLogger;
    const layout = await OciLayout.create(options.layoutDir);
    const created = new Date(options.sourceDateEpoch * 1000).toISOString();
    const manifests = [];
    const platformDigests = {};
    for (const platformText of options.platforms) {
        const platform = parsePlatform(platformText);
        const artifacts = options.artifacts.filter((a) => !a.platform || a.platform === platformText);
        if (artifacts.length === 0) {
            throw new ActionError(`no artifact is listed for ${platformText}`, `add a line "${platformText} <source>=<destination>" (or one without a platform) to artifacts, or drop the platform`);
        }
        const base = await basePlatform(options.base, platform);
        for (const blob of [base.manifest.config, ...base.manifest.layers]) {
            if (!(await layout.hasBlob(blob.digest)))
                await layout.writeBlobStream(await options.base.source.openBlob(blob));
        }
        const entries = (await Promise.all(artifacts.map(entriesFor))).flat();
        const unique = [...new Map(entries.map((e) => [e.path, e])).values()];
        const layer = await writeLayer(layout, unique, { mtime: options.sourceDateEpoch });
        const config = {
            ...base.config,
            created,
            config: containerConfig(base.config.config, options.config),
            rootfs: { type: 'layers', diff_ids: [...base.config.rootfs.diff_ids, layer.diffId] },
            history: [
                ...(base.config.history ?? []),
                { created, created_by: `service-pipeline append: ${artifacts.map((a) => a.destination).join(' ')}`, comment: 'service-pipeline build (append mode)' },
            ],
        };
        const configDescriptor = await layout.writeJson(MediaType.ociConfig, config);
        const manifest = {
            schemaVersion: 2,
            mediaType: MediaType.ociManifest,
            config: configDescriptor,
            layers: [...base.manifest.layers.map((l) => ({ ...l, mediaType: ociLayerType(l.mediaType) })), layer.descriptor],
            annotations: {
                ...options.annotations,
                'org.opencontainers.image.base.name': options.base.name,
                'org.opencontainers.image.base.digest': base.descriptor.digest,
            },
        };
        const descriptor = await layout.writeJson(MediaType.ociManifest, manifest, { platform });
        manifests.push(descriptor);
        platformDigests[platformText] = descriptor.digest;
        log.info(`${platformText}: ${descriptor.digest} (base ${base.descriptor.digest.slice(0, 19)}, +${layer.descriptor.size} bytes)`);
    }
    const root = await writeImageOrIndex(layout, manifests, {
        annotations: {
            ...options.annotations,
            'org.opencontainers.image.base.name': options.base.name,
            'org.opencontainers.image.base.digest': options.base.root.digest,
        },
        refName: options.refName,
    });
    return { root, platformDigests, baseDigest: options.base.root.digest };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(161);
;// CONCATENATED MODULE: ./packages/build/src/secrets.ts
/**
 * Build secrets (`RUN --mount=type=secret,id=<id>`): one per line, `id=value`,
 * `id=env:NAME` (from the step's environment) or `id=file:path` (an existing file). Values
 * only ever reach the build as files: inline and env values are written to 0600 files in a
 * private temp directory that is deleted when the build is done.
 */




/** What `RUN --mount=type=secret,id=<id>` and `--secret id=<id>,src=...` accept as an id. */
const secrets_SECRET_ID = /^[A-Za-z0-9_.-]+$/;
const FORMAT = 'write one secret per line: id=value, id=env:NAME or id=file:path (ids: letters, digits, ".", "_", "-")';
/** Parses the lines; env values are read from `env` here. Nothing is logged. */
function parseSecretLines(lines, env = process.env) {
    const seen = new Set();
    return lines.map((line, index) => {
        const eq = line.indexOf('=');
        // Never echo the line: it holds the value.
        const where = `secret line ${index + 1}`;
        if (eq <= 0)
            throw new ActionError(`${where} has no id= prefix`, FORMAT);
        const id = line.slice(0, eq).trim();
        const rest = line.slice(eq + 1);
        if (!secrets_SECRET_ID.test(id))
            throw new ActionError(`${where} has an invalid id "${id}"`, FORMAT);
        if (seen.has(id))
            throw new ActionError(`secret "${id}" is listed twice`, 'list each secret id once');
        seen.add(id);
        if (rest.startsWith('env:')) {
            const name = rest.slice('env:'.length);
            const value = env[name];
            if (value === undefined || value === '')
                throw new ActionError(`secret "${id}" reads the environment variable ${name}, which is not set or empty`, `set it under "env:" of the step, e.g. ${name}: \${{ secrets.${name} }}`);
            return { id, value };
        }
        if (rest.startsWith('file:')) {
            const file = rest.slice('file:'.length);
            if (file === '' || file.includes(','))
                throw new ActionError(`secret "${id}" has an invalid file path "${file}"`, 'give a path without commas');
            return { id, file: resolve(file) };
        }
        if (rest === '')
            throw new ActionError(`secret "${id}" is empty`, FORMAT);
        return { id, value: rest };
    });
}
/** Files the engine reads (`--secret id=<id>,src=<file>`): 0600 copies of the values, the given files as they are. */
async function secrets_writeSecretFiles(secrets) {
    for (const secret of secrets) {
        if ('file' in secret && !(await stat(secret.file).catch(() => undefined))?.isFile()) {
            throw new ActionError(`the file ${secret.file} for secret "${secret.id}" does not exist`, 'write the secret to that file before the build, or fix the path');
        }
    }
    const inline = secrets.filter((s) => 'value' in s);
    const dir = inline.length > 0 ? await mkdtemp(join(process.env.RUNNER_TEMP ?? tmpdir(), 'sp-secrets-')) : undefined;
    const files = [];
    for (const secret of secrets) {
        if ('file' in secret) {
            files.push({ id: secret.id, src: secret.file });
            continue;
        }
        const src = join(dir, secret.id);
        await writeFile(src, secret.value, { mode: 0o600 });
        files.push({ id: secret.id, src });
    }
    let done;
    return { files, cleanup: () => (done ??= dir ? rm(dir, { recursive: true, force: true }) : Promise.resolve()) };
}

;// CONCATENATED MODULE: ./packages/build/src/buildah.ts
/**
 * Dockerfile mode of the build action with buildah (daemonless, works as root on a plain
 * runner). `buildahCommands` plans the exact command lines (pure, unit-tested);
 * `buildWithBuildah` checks the inputs, runs them and reads the result back from the OCI
 * image layout the push action consumes.
 *
 * Output: `buildah push <image> oci:<layoutDir>:<refName>` (one platform: the index.json
 * entry named `refName` is the image manifest). Several platforms are built one at a time,
 * each pushed to its own staging layout, and the OCI index is written here in the order the
 * platforms were requested: `buildah build --manifest` lists them in the order they finished,
 * so its index digest changed from run to run. An older entry with the same name loses the
 * name, so the name stays unique.
 */







const ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const OUTPUT_TAIL = 20;
function invalid(what, fix) {
    throw new ActionError(what, fix);
}
/** Entries sorted by key: flags in a stable order, whatever order the inputs came in. */
function sortedPairs(record) {
    return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
/**
 * The flags buildah and buildx take alike, in this order: --file, --target, --platform, the
 * build args (with SOURCE_DATE_EPOCH) and labels sorted by key, --secret.
 */
function buildah_dockerfileFlags(build, platforms = build.platforms) {
    const buildArgs = { ...build.buildArgs, SOURCE_DATE_EPOCH: String(build.sourceDateEpoch) };
    return [
        '--file',
        resolve(build.dockerfile),
        ...(build.target !== undefined ? ['--target', build.target] : []),
        ...(platforms.length > 0 ? ['--platform', platforms.join(',')] : []),
        ...sortedPairs(buildArgs).flatMap(([k, v]) => ['--build-arg', `${k}=${v}`]),
        ...sortedPairs(build.labels).flatMap(([k, v]) => ['--label', `${k}=${v}`]),
        ...build.secrets.flatMap((s) => ['--secret', `id=${s.id},src=${resolve(s.src)}`]),
    ];
}
/** The image name the build is tagged with in buildah's storage between `build` and `push`. */
function localImageName(build) {
    const hash = createHash('sha256')
        .update(`${resolve(build.layoutDir)}\0${build.refName}`)
        .digest('hex')
        .slice(0, 16);
    return `localhost/service-pipeline-build:${hash}`;
}
function globalOptions(build) {
    const s = build.storage;
    return s ? ['--root', resolve(s.root), '--runroot', resolve(s.runroot), '--storage-driver', s.driver] : [];
}
/** Checks everything a command line is made of; the buildx and buildah planners share it. */
function buildah_validateDockerfileBuild(build) {
    if (!Number.isSafeInteger(build.sourceDateEpoch) || build.sourceDateEpoch < 0) {
        invalid(`source date epoch ${build.sourceDateEpoch} is not a whole number of seconds since 1970`, 'use the commit time, e.g. `git log -1 --format=%ct`');
    }
    for (const platform of build.platforms) {
        if (!isPlatform(platform))
            invalid(`platform "${platform}" is not os/arch[/variant]`, 'write platforms like linux/amd64 or linux/arm/v7');
    }
    if (new Set(build.platforms).size !== build.platforms.length)
        invalid(`platforms ${build.platforms.join(',')} name a platform twice`, 'list each platform once');
    for (const name of Object.keys(build.buildArgs)) {
        if (!ARG_NAME.test(name))
            invalid(`build arg name "${name}" is not valid`, 'use letters, digits and underscores, not starting with a digit');
    }
    for (const key of Object.keys(build.labels)) {
        if (key === '' || key.includes('=') || /\s/.test(key))
            invalid(`label key "${key}" is not valid`, 'use a key without "=" or spaces, e.g. org.opencontainers.image.source');
    }
    for (const secret of build.secrets) {
        if (!SECRET_ID.test(secret.id))
            invalid(`secret id "${secret.id}" is not valid`, 'use letters, digits, ".", "_" and "-" (RUN --mount=type=secret,id=<id>)');
        if (secret.src === '' || secret.src.includes(','))
            invalid(`secret "${secret.id}" has an invalid source path "${secret.src}"`, 'give a file path without commas');
    }
    if (resolve(build.layoutDir).includes(':'))
        invalid(`OCI layout path ${resolve(build.layoutDir)} contains ":"`, 'buildah reads oci:<path>:<ref> up to the first colon; choose a directory without ":"');
    if (!/^[A-Za-z0-9._\-:@/+]+$/.test(build.refName))
        invalid(`ref name "${build.refName}" is not a valid OCI layout ref name`, 'use letters, digits and . _ - : @ / +, e.g. "latest" or a tag');
    if (build.target !== undefined && !/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(build.target))
        invalid(`target "${build.target}" is not a stage name or index`, 'name a stage of the Dockerfile (FROM ... AS <name>)');
}
/** True when `version` (e.g. "1.28.2") is at least major.minor; unknown versions count as new. */
function atLeast(version, major, minor) {
    const match = /^(\d+)\.(\d+)/.exec(version ?? '');
    if (!match)
        return true;
    const [maj, min] = [Number(match[1]), Number(match[2])];
    return maj > major || (maj === major && min >= minor);
}
/**
 * The buildah command lines for a build, in order: pure (only path.resolve against the
 * working directory), so the exact argv can be tested and logged. `version` (buildah's, when
 * known) drops flags older releases reject: --identity-label came with 1.25, so with 1.24
 * and older the image carries an io.buildah.version label.
 */
function buildahCommands(build, options = {}) {
    buildah_validateDockerfileBuild(build);
    const bin = build.buildah ?? 'buildah';
    const global = globalOptions(build);
    const name = localImageName(build);
    const buildArgv = (platforms) => [
        bin,
        ...global,
        'build',
        '--format',
        'oci',
        // No io.buildah.version label: the image should not change with the buildah version.
        ...(atLeast(options.version, 1, 25) ? ['--identity-label=false'] : []),
        '--timestamp',
        String(build.sourceDateEpoch),
        ...buildah_dockerfileFlags(build, platforms),
        ...(build.isolation !== undefined ? ['--isolation', build.isolation] : []),
        ...(build.pull !== undefined ? [`--pull=${build.pull}`] : []),
        ...((build.registriesInsecure ?? []).length > 0 ? ['--tls-verify=false'] : []),
        '--tag',
        name,
        resolve(build.context),
    ];
    const one = (platforms, destination, platform) => [
        { step: 'build', argv: buildArgv(platforms) },
        { step: 'push', argv: [bin, ...global, 'push', '--format', 'oci', name, destination] },
        { step: 'cleanup', argv: [bin, ...global, 'rmi', name], ignoreFailure: true },
    ].map((command) => (platform ? { ...command, platform } : command));
    if (build.platforms.length <= 1)
        return one(build.platforms, `oci:${resolve(build.layoutDir)}:${build.refName}`);
    return build.platforms.flatMap((platform) => one([platform], `oci:${stagingLayout(build, platform)}:${build.refName}`, platform));
}
/** Where one platform of a multi-platform build is written before the index is assembled. */
function stagingLayout(build, platform) {
    return join(stagingRoot(build), platform.replaceAll('/', '-'));
}
function stagingRoot(build) {
    return `${resolve(build.layoutDir)}.platforms`;
}
/** The per-platform images in the requested order, as one OCI index named `refName` in the layout. */
async function assembleIndex(build) {
    const target = await OciLayout.create(resolve(build.layoutDir));
    const manifests = [];
    for (const text of build.platforms) {
        const staged = await openImage({ kind: 'layout', dir: stagingLayout(build, text), ref: build.refName });
        const images = await staged.platforms();
        if (isIndex(staged.manifest) || images.length !== 1)
            throw new ActionError(`buildah wrote an index for ${text}, not an image`, 'report this with the buildah version and the Dockerfile');
        const platform = parsePlatform(text);
        if (!samePlatform(configPlatform(images[0].config), platform)) {
            throw new ActionError(`buildah built ${images[0].platform} when ${text} was asked for`, "check that the Dockerfile's final FROM image offers that platform");
        }
        await copyIntoLayout(staged.source, staged.root, target);
        manifests.push({ mediaType: staged.root.mediaType, digest: staged.root.digest, size: staged.root.size, platform });
    }
    await writeImageOrIndex(target, manifests, { refName: build.refName });
}
/** buildah's version (e.g. "1.28.2"), or undefined when it is not installed or does not run. */
async function buildahAvailable(bin = 'buildah') {
    try {
        const result = await runCommand(bin, ['--version'], { keepLines: 5 });
        if (result.code !== 0)
            return undefined;
        const match = /version\s+(\S+)/.exec(result.tail.join('\n'));
        return match?.[1] ?? result.tail.join(' ').trim();
    }
    catch {
        return undefined;
    }
}
function quote(arg) {
    return /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;
}
function buildah_formatCommand(argv) {
    return argv.map(quote).join(' ');
}
/** The failing Dockerfile instruction and reason from buildah's `Error: building at STEP "...": ...` line. */
function failedStep(lines) {
    for (let i = lines.length - 1; i >= 0; i--) {
        const line = lines[i];
        const step = /building at STEP "(.*)": (.*)$/.exec(line);
        if (step)
            return { step: step[1], reason: step[2] };
    }
    // `Error: 2 errors occurred:` is followed by the errors, one `\t* ...` line each.
    let index = -1;
    for (let i = lines.length - 1; i >= 0 && index === -1; i--)
        if (lines[i].startsWith('Error: '))
            index = i;
    if (index === -1)
        return {};
    const details = lines
        .slice(index + 1)
        .map((l) => l.trim())
        .filter((l) => l !== '');
    const first = lines[index].slice('Error: '.length);
    return { error: details.length > 0 && first.endsWith(':') ? `${first} ${details.join(' ')}` : first };
}
async function checkInputs(build) {
    const context = resolve(build.context);
    const contextInfo = await stat(context).catch(() => undefined);
    if (!contextInfo)
        throw new ActionError(`the build context ${context} does not exist`, 'check the context input (relative paths start at the working directory); check out the repository first');
    if (!contextInfo.isDirectory())
        throw new ActionError(`the build context ${context} is not a directory`, 'point context at the directory holding the files the Dockerfile copies');
    const dockerfile = resolve(build.dockerfile);
    const fileInfo = await stat(dockerfile).catch(() => undefined);
    if (!fileInfo?.isFile()) {
        throw new ActionError(`the Dockerfile ${dockerfile} ${fileInfo ? 'is not a file' : 'does not exist'}`, 'check the dockerfile input (relative paths start at the working directory, not at the context)');
    }
    for (const secret of build.secrets) {
        const info = await stat(resolve(secret.src)).catch(() => undefined);
        if (!info?.isFile())
            throw new ActionError(`the file ${resolve(secret.src)} for secret "${secret.id}" does not exist`, 'write the secret to that file before the build, or fix its src');
    }
}
/**
 * Builds a Dockerfile with buildah into `layoutDir` (named `refName`) and returns the digest
 * of that index.json entry. buildah's output goes to log.debug, the commands to log.info.
 */
async function buildah_buildWithBuildah(build, log) {
    const bin = build.buildah ?? 'buildah';
    const version = await buildahAvailable(bin);
    if (version === undefined) {
        throw new ActionError(`buildah is not available (could not run "${bin} --version")`, 'install buildah on the runner (e.g. apt-get install -y buildah), or use engine buildx, or the append mode');
    }
    log.debug(`buildah ${version}`);
    const commands = buildahCommands(build, { version });
    await checkInputs(build);
    const run = async (command) => {
        log.info(`$ ${buildah_formatCommand(command.argv)}`);
        let result;
        try {
            result = await runCommand(command.argv[0], command.argv.slice(1), { onLine: (line) => log.debug(line) });
        }
        catch (error) {
            if (command.ignoreFailure)
                return;
            if (error instanceof SpawnError && error.code === 'ENOENT')
                throw new ActionError(`buildah is not available (${error.message})`, 'install buildah on the runner, or use engine buildx, or the append mode');
            throw error;
        }
        if (result.code === 0 || command.ignoreFailure)
            return;
        const tail = result.tail.slice(-OUTPUT_TAIL);
        const output = `\n--- last ${tail.length} lines of buildah output ---\n${tail.join('\n')}`;
        const exit = result.code === null ? `signal ${result.signal}` : `exit code ${result.code}`;
        if (command.step === 'build') {
            const { step, reason, error } = failedStep(result.tail);
            if (step !== undefined) {
                throw new ActionError(`buildah could not build ${resolve(build.dockerfile)}: the instruction ${step} failed (${reason})${output}`, 'fix that instruction (its output is above); rerun the build locally with the logged buildah command to debug');
            }
            throw new ActionError(`buildah could not build ${resolve(build.dockerfile)} (${error ?? exit})${output}`, 'check that the base images exist and can be pulled and that the Dockerfile is valid; the buildah output above says more');
        }
        throw new ActionError(`buildah could not write the image to the OCI layout ${resolve(build.layoutDir)} (${exit})${output}`, 'check that the directory is writable and is an OCI layout (or does not exist yet)');
    };
    const multi = build.platforms.length > 1;
    // buildah creates the layout directory but not its parent.
    if (multi)
        await mkdir(stagingRoot(build), { recursive: true });
    let failure;
    try {
        for (const command of commands) {
            // After a failure only the cleanup runs, so nothing is left in buildah's storage.
            if (failure !== undefined && command.step !== 'cleanup')
                continue;
            if (command.step === 'build' && command.platform)
                log.info(`building ${command.platform}`);
            await run(command).catch((error) => {
                if (command.step !== 'cleanup')
                    failure = error;
            });
        }
        if (failure === undefined && multi)
            await assembleIndex(build);
    }
    finally {
        if (multi)
            await rm(stagingRoot(build), { recursive: true, force: true });
    }
    if (failure !== undefined)
        throw failure;
    const layout = await OciLayout.open(resolve(build.layoutDir));
    const descriptor = await layout.resolve(build.refName);
    log.info(`built ${descriptor.digest} into ${resolve(build.layoutDir)} as "${build.refName}"`);
    return { digest: descriptor.digest, layoutDir: resolve(build.layoutDir), refName: build.refName };
}

;// CONCATENATED MODULE: ./packages/build/src/buildx.ts
/**
 * Dockerfile mode with `docker buildx` (BuildKit), the norm on GitHub-hosted runners.
 * `buildxCommand` plans the command line (pure, table-tested); `buildWithBuildx` runs it and
 * moves the OCI layout BuildKit exports into the build's layout under `refName`.
 * Untested against a real buildx here: the development machine has no buildx plugin.
 */






const CACHE_TYPES = (/* unused pure expression or super */ null && (['gha', 'registry', 'local', 'inline', 's3', 'azblob']));
/** Checks one cache-from/cache-to line; `input` names it in the error. */
function checkCacheSpec(input, spec) {
    const type = /^type=([a-z0-9]+)(,|$)/.exec(spec)?.[1];
    if (!type || !CACHE_TYPES.includes(type)) {
        throw new ActionError(`${input} entry "${spec}" is not a buildx cache spec`, `start it with type=<${CACHE_TYPES.join('|')}>, e.g. type=gha or type=registry,ref=ghcr.io/acme/shop:buildcache`);
    }
    return spec;
}
/**
 * The `docker buildx build` command line and its environment. The result goes to an OCI
 * layout directory (`type=oci,tar=false`); provenance attestations are off so the index
 * holds only the platform images (and stays reproducible).
 */
function buildxCommand(build, cache, outputDir, docker = 'docker') {
    validateDockerfileBuild(build);
    for (const spec of cache.from)
        checkCacheSpec('cache-from', spec);
    for (const spec of cache.to)
        checkCacheSpec('cache-to', spec);
    if (resolve(outputDir).includes(','))
        throw new ActionError(`the output directory ${resolve(outputDir)} contains ","`, 'choose a directory without commas');
    const argv = [
        docker,
        'buildx',
        'build',
        ...dockerfileFlags(build),
        ...(build.pull === 'always' ? ['--pull'] : []),
        ...cache.from.flatMap((spec) => ['--cache-from', spec]),
        ...cache.to.flatMap((spec) => ['--cache-to', spec]),
        '--provenance=false',
        '--output',
        `type=oci,dest=${resolve(outputDir)},tar=false`,
        resolve(build.context),
    ];
    // BuildKit also reads SOURCE_DATE_EPOCH from the environment (created time, history).
    return { argv, env: { SOURCE_DATE_EPOCH: String(build.sourceDateEpoch) } };
}
/** True when `docker buildx version` runs. */
async function buildxAvailable(docker = 'docker') {
    try {
        return (await runCommand(docker, ['buildx', 'version'], { keepLines: 5 })).code === 0;
    }
    catch {
        return false;
    }
}
/** `auto`: buildx when `docker buildx version` succeeds, else buildah (daemonless). */
async function buildx_resolveEngine(engine, docker = 'docker') {
    if (engine === 'buildah')
        return 'buildah';
    const available = await buildxAvailable(docker);
    if (engine === 'buildx' && !available) {
        throw new ActionError('engine buildx was asked for but `docker buildx version` fails', 'set up buildx first (docker/setup-buildx-action), or use engine: buildah or auto');
    }
    return available ? 'buildx' : 'buildah';
}
/** Builds with buildx into a staging layout, then names the result `refName` in `layoutDir`. */
async function buildWithBuildx(build, cache, log, docker = 'docker') {
    const target = await OciLayout.create(resolve(build.layoutDir));
    const staging = await mkdtemp(join(dirname(resolve(build.layoutDir)), '.buildx-'));
    try {
        const { argv, env } = buildxCommand(build, cache, staging, docker);
        log.info(`$ ${formatCommand(argv)}`);
        let result;
        try {
            result = await runCommand(argv[0], argv.slice(1), { env: { ...process.env, ...env }, onLine: (line) => log.debug(line) });
        }
        catch (error) {
            if (error instanceof SpawnError)
                throw new ActionError(`docker is not available (${error.message})`, 'use engine: buildah or auto on runners without Docker');
            throw error;
        }
        if (result.code !== 0) {
            throw new ActionError(`docker buildx could not build ${resolve(build.dockerfile)} (exit code ${result.code})\n${result.tail.slice(-20).join('\n')}`, 'the buildx output above says which instruction failed; rerun the logged command locally to debug');
        }
        const exported = await openImage({ kind: 'layout', dir: staging });
        const root = exported.root;
        await copyIntoLayout(exported.source, root, target);
        await target.addToIndex(root, build.refName);
        log.info(`built ${root.digest} into ${resolve(build.layoutDir)} as "${build.refName}"`);
        return { digest: root.digest, layoutDir: resolve(build.layoutDir), refName: build.refName };
    }
    finally {
        await rm(staging, { recursive: true, force: true });
    }
}
/** Runs the Dockerfile build with the engine `resolveEngine` chose. */
async function buildx_buildDockerfile(engine, build, cache, log) {
    return engine === 'buildx' ? buildWithBuildx(build, cache, log) : buildWithBuildah(build, log);
}

;// CONCATENATED MODULE: ./packages/build/src/dockerignore.ts


/** A `.dockerignore` glob as a regular expression over a relative path (`*` and `?` stay within a segment, `**` spans segments). */
function globToRegExp(glob) {
    let source = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*' && glob[i + 1] === '*') {
            // `**/` matches zero or more directories; a trailing `**` matches everything below.
            const slash = glob[i + 2] === '/';
            source += slash ? '(?:.*/)?' : '.*';
            i += slash ? 2 : 1;
        }
        else if (c === '*')
            source += '[^/]*';
        else if (c === '?')
            source += '[^/]';
        else if (c === '\\' && i + 1 < glob.length)
            source += glob[++i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        else
            source += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${source}$`);
}
/**
 * Docker's `.dockerignore` rules: one pattern a line, `#` comments, `!` re-includes, the last
 * matching line wins, and an excluded directory excludes what is below it.
 */
function parseDockerignore(text) {
    const rules = [];
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const exclude = !line.startsWith('!');
        const cleaned = posix
            .normalize((exclude ? line : line.slice(1)).trim())
            .replace(/^(\.\/|\/)+/, '')
            .replace(/\/$/, '');
        if (cleaned === '' || cleaned === '.')
            continue;
        rules.push({ pattern: globToRegExp(cleaned), exclude });
    }
    const decide = (path) => {
        let verdict;
        for (const rule of rules)
            if (rule.pattern.test(path))
                verdict = rule.exclude;
        return verdict;
    };
    return (relativePath) => {
        const parts = relativePath.split('/');
        const own = decide(relativePath);
        if (own !== undefined)
            return own;
        for (let i = parts.length - 1; i > 0; i--) {
            const parent = decide(parts.slice(0, i).join('/'));
            if (parent !== undefined)
                return parent;
        }
        return false;
    };
}
/** The rules of `<dir>/.dockerignore`, or none. */
async function dockerignore_readDockerignore(dir) {
    const text = await readFile(join(dir, '.dockerignore'), 'utf8').catch((error) => {
        if (error.code === 'ENOENT')
            return '';
        throw error;
    });
    return parseDockerignore(text);
}

;// CONCATENATED MODULE: ./packages/build/src/static-base.ts




/** Fixed so the embedded base has one digest everywhere (it holds no dated content). */
const CREATED = '2024-01-01T00:00:00Z';
const PATH_ENV = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
function dirs(...paths) {
    return paths.map(([path, mode, owner]) => ({ path, type: 'directory', mode, uid: owner ?? 0, gid: owner ?? 0 }));
}
/**
 * The files of a distroless "static nonroot" base (as gcr.io/distroless/static-debian12:nonroot
 * lays them out, without its CA bundle and tzdata): /etc/passwd with nonroot 65532, /etc/group,
 * /etc/nsswitch.conf, /etc/os-release, /tmp (1777), /home/nonroot (0700, 65532). No shell, no
 * package manager. The local pipeline's default base (no registry to pull one from) and the
 * tests' stand-in for the real one.
 */
function staticNonrootEntries() {
    return [
        ...dirs(['etc', 0o755], ['etc/ssl', 0o755], ['etc/ssl/certs', 0o755], ['home', 0o755], ['home/nonroot', 0o700, 65532], ['root', 0o700], ['tmp', 0o1777], ['usr', 0o755], ['usr/share', 0o755], ['var', 0o755]),
        {
            path: 'etc/passwd',
            type: 'file',
            content: Buffer.from('root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n'),
        },
        { path: 'etc/group', type: 'file', content: Buffer.from('root:x:0:\nnobody:x:65534:\ntty:x:5:\nstaff:x:50:\nnonroot:x:65532:\n') },
        { path: 'etc/nsswitch.conf', type: 'file', content: Buffer.from('hosts: files dns\n') },
        { path: 'etc/os-release', type: 'file', content: Buffer.from('PRETTY_NAME="Distroless (service-pipeline static base)"\nID=debian\nVERSION_ID="12"\n') },
        { path: 'etc/ssl/certs/ca-certificates.crt', type: 'file', content: Buffer.alloc(0) },
    ];
}
const STATIC_BASE_CONFIG = { User: '65532', WorkingDir: '/home/nonroot', Env: [PATH_ENV, 'SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt'] };
/**
 * Writes the embedded static nonroot base into `layoutDir` under `ref`: one manifest for one
 * platform, an index for several (the layer holds no binaries, so every platform shares it).
 */
async function writeStaticBase(layoutDir, platforms, ref) {
    const layout = await OciLayout.create(layoutDir);
    const layer = await writeLayer(layout, staticNonrootEntries());
    const history = [{ created: CREATED, created_by: 'service-pipeline embedded base: distroless static nonroot' }];
    const manifests = [];
    for (const platform of platforms) {
        manifests.push(await writeImage(layout, { layers: [layer], platform: parsePlatform(platform), config: STATIC_BASE_CONFIG, created: CREATED, history }));
    }
    return writeImageOrIndex(layout, manifests, { refName: ref });
}
/** Where the Node binary lives in the node base, as in gcr.io/distroless/nodejs*. */
const static_base_NODE_BASE_BINARY = '/nodejs/bin/node';
const NODE_PLATFORMS = { x64: 'linux/amd64', arm64: 'linux/arm64' };
/** The platform of the Node binary this process runs (the one a node base made here can carry). */
function hostNodePlatform() {
    const platform = process.platform === 'linux' ? NODE_PLATFORMS[process.arch] : undefined;
    if (!platform)
        throw new ActionError(`a node base cannot be made on ${process.platform}/${process.arch}`, 'pass a Node base image instead');
    return platform;
}
/**
 * A distroless-style Node runtime base (like gcr.io/distroless/nodejs22-debian12:nonroot) made
 * from a Node binary on this machine: the static nonroot files, then `nodeBinary` at
 * /nodejs/bin/node with the libraries it links; ENTRYPOINT ["/nodejs/bin/node"], user 65532.
 * No shell, no npm. For the local pipeline and the tests, which cannot pull the real one.
 */
async function writeNodeBase(layoutDir, nodeBinary, ref) {
    const layout = await OciLayout.create(layoutDir);
    const path = static_base_NODE_BASE_BINARY.slice(1);
    const node = [
        ...parentDirEntries(path),
        { path, type: 'file', content: await readFile(nodeBinary), mode: 0o755 },
        ...(await sharedLibraryEntries(nodeBinary)),
    ];
    const layers = [await writeLayer(layout, staticNonrootEntries()), await writeLayer(layout, node)];
    const history = [
        { created: CREATED, created_by: 'service-pipeline embedded base: distroless static nonroot' },
        { created: CREATED, created_by: `service-pipeline node base: ${static_base_NODE_BASE_BINARY} and its libraries` },
    ];
    return writeImage(layout, {
        layers,
        platform: parsePlatform(hostNodePlatform()),
        config: { ...STATIC_BASE_CONFIG, Entrypoint: [static_base_NODE_BASE_BINARY] },
        created: CREATED,
        history,
        refName: ref,
    });
}

;// CONCATENATED MODULE: ./packages/build/src/node-app.ts






/** Where the app lives in the image, as the node preset's Dockerfile puts it. */
const NODE_APP_DIR = '/app';
/**
 * What a Node project's package.json says about running it: the script to start (`main`,
 * npm's own default index.js otherwise) and whether it has production dependencies.
 */
async function node_app_readNodePackage(context, requiredBy) {
    const path = join(resolve(context), 'package.json');
    const text = await readFile(path, 'utf8').catch(() => undefined);
    if (text === undefined)
        throw new ActionError(requiredBy ? `${requiredBy} needs ${path}, which does not exist` : `${path} does not exist`, 'point context at the Node project (with package.json and package-lock.json)');
    let pkg;
    try {
        pkg = JSON.parse(text);
    }
    catch (error) {
        throw new ActionError(`${path} is not valid JSON: ${error.message}`, 'fix package.json', { cause: error });
    }
    const dependencies = pkg.dependencies && typeof pkg.dependencies === 'object' ? Object.keys(pkg.dependencies) : [];
    return { main: typeof pkg.main === 'string' ? pkg.main.replace(/^\.\//, '') : 'index.js', hasDependencies: dependencies.length > 0 };
}
/** Copies `from` into `to` (files, directories, symlinks as links), leaving out what `skip` says. */
async function copyTree(from, to, path, skip) {
    for (const entry of await readdir(from, { withFileTypes: true })) {
        const source = join(from, entry.name);
        const rel = path ? `${path}/${entry.name}` : entry.name;
        if (skip(source, rel))
            continue;
        const target = join(to, entry.name);
        if (entry.isDirectory()) {
            await mkdir(target);
            await copyTree(source, target, rel, skip);
        }
        else if (entry.isSymbolicLink())
            await symlink(await readlink(source), target);
        else if (entry.isFile())
            await copyFile(source, target);
    }
}
/**
 * A Node service prepared for append mode: its files (what `.dockerignore` leaves, never
 * `.git`, `node_modules` or the paths in `exclude`) copied into `stagingDir`, production
 * dependencies installed there with `npm ci --omit=dev` when package.json has any, and the
 * start command `node <main>` (package.json's main, npm's default index.js otherwise).
 */
async function stageNodeApp(context, stagingDir, options = {}) {
    const root = resolve(context);
    const { main, hasDependencies } = await node_app_readNodePackage(root);
    const ignored = await readDockerignore(root);
    const excluded = (options.exclude ?? []).map((path) => resolve(path));
    await rm(stagingDir, { recursive: true, force: true });
    await mkdir(stagingDir, { recursive: true });
    const skip = (source, path) => {
        const top = path.split('/')[0];
        return excluded.some((e) => source === e || source.startsWith(`${e}${sep}`)) || top === '.git' || top === 'node_modules' || ignored(path);
    };
    await copyTree(root, stagingDir, '', skip);
    if (hasDependencies) {
        const result = await runCommand('npm', ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: stagingDir });
        if (result.code !== 0)
            throw new ActionError(`npm ci --omit=dev failed in ${stagingDir} (exit ${result.code ?? result.signal})\n${result.tail.slice(-20).join('\n')}`, 'make package-lock.json match package.json (npm install) and make the registry reachable');
    }
    return {
        artifacts: [{ source: stagingDir, destination: NODE_APP_DIR }],
        config: {
            entrypoint: [NODE_BASE_BINARY, `${NODE_APP_DIR}/${main}`],
            workdir: NODE_APP_DIR,
            user: '65532:65532',
            env: { NODE_ENV: 'production' },
            ports: ['8080'],
        },
    };
}

;// CONCATENATED MODULE: ./packages/build/src/presets/dockerfile.ts
/**
 * Dockerfiles for repositories without one (`preset: go | node | python | java`): a builder
 * stage with the language's toolchain and a distroless nonroot final stage. Pure: the same
 * options always give the same text, which the build logs and saves so a team can commit it
 * and take it over. Both images are build args (BUILDER_IMAGE, BASE_IMAGE), so a build can
 * pin them by digest or point them at local images.
 */

const PRESETS = (/* unused pure expression or super */ null && (['go', 'node', 'python', 'java']));
const PRESET_IMAGES = {
    go: { builder: 'golang:1.23-bookworm', base: 'gcr.io/distroless/static-debian12:nonroot' },
    node: { builder: 'node:22-bookworm-slim', base: 'gcr.io/distroless/nodejs22-debian12:nonroot' },
    python: { builder: 'python:3.11-slim-bookworm', base: 'gcr.io/distroless/python3-debian12:nonroot' },
    java: { builder: 'maven:3.9-eclipse-temurin-21', base: 'gcr.io/distroless/java21-debian12:nonroot' },
};
class PresetError extends (/* unused pure expression or super */ null && (ActionError)) {
}
function isPreset(value) {
    return PRESETS.includes(value);
}
/** Throws a PresetError naming the allowed values when `value` is not a preset. */
function checkPreset(value) {
    if (!isPreset(value))
        throw new PresetError(`preset "${value}" is unknown`, `use one of ${PRESETS.join(', ')}, or write a Dockerfile`);
    return value;
}
function checkRelative(what, value) {
    if (value === '' || value.startsWith('/') || value.split('/').includes('..') || !/^[A-Za-z0-9._/-]+$/.test(value)) {
        throw new PresetError(`${what} "${value}" is not a relative path inside the context`, 'give a path like server.js or ./cmd/server (letters, digits, . _ - /)');
    }
    return value;
}
function header(preset) {
    const images = PRESET_IMAGES[preset];
    return [
        `# Generated by service-pipeline (preset: ${preset}). Commit it as your Dockerfile to adopt and edit it.`,
        '# Pin both images by digest for repeatable builds, e.g. --build-arg BASE_IMAGE=<image>@sha256:...',
        `ARG BUILDER_IMAGE=${images.builder}`,
        `ARG BASE_IMAGE=${images.base}`,
        '',
    ];
}
function go(options, port) {
    const pkg = checkRelative('go package', options.goPackage ?? '.');
    return [
        '# The builder runs on the build machine and cross-compiles, so several platforms need no emulation.',
        'FROM --platform=$BUILDPLATFORM ${BUILDER_IMAGE} AS build',
        'ARG TARGETOS',
        'ARG TARGETARCH',
        'WORKDIR /src',
        'COPY . .',
        '# Static (no libc), and -trimpath with an empty build id so the binary depends only on the sources.',
        `RUN CGO_ENABLED=0 GOOS=\${TARGETOS} GOARCH=\${TARGETARCH} go build -trimpath -ldflags="-s -w -buildid=" -o /out/app ${pkg}`,
        '',
        'FROM ${BASE_IMAGE}',
        'COPY --from=build /out/app /app/app',
        'USER 65532:65532',
        `EXPOSE ${port}`,
        'ENTRYPOINT ["/app/app"]',
    ];
}
function node(options, port) {
    const entry = checkRelative('node entry', options.entry ?? 'index.js');
    return [
        'FROM ${BUILDER_IMAGE} AS build',
        'WORKDIR /app',
        'COPY package.json package-lock.json ./',
        '# Production dependencies only, exactly as locked.',
        'RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund',
        'COPY . .',
        '',
        'FROM ${BASE_IMAGE}',
        'WORKDIR /app',
        'COPY --from=build /app /app',
        'ENV NODE_ENV=production',
        'USER 65532:65532',
        `EXPOSE ${port}`,
        '# The distroless nodejs image has ENTRYPOINT ["/nodejs/bin/node"]: CMD names the script (vector form).',
        `CMD ["${entry}"]`,
    ];
}
function python(options, port) {
    const entry = checkRelative('python entry', options.entry ?? 'main.py');
    return [
        'FROM ${BUILDER_IMAGE} AS build',
        'WORKDIR /app',
        'COPY . .',
        '# A venv holds the dependencies; only its site-packages go to the final image, whose Python',
        '# (3.11 in python3-debian12) finds them through PYTHONPATH, so no venv symlink has to resolve.',
        'RUN python -m venv /venv && if [ -f requirements.txt ]; then /venv/bin/pip install --no-cache-dir -r requirements.txt; fi && mkdir -p /out && cp -r /venv/lib/python3*/site-packages /out/site-packages',
        '',
        'FROM ${BASE_IMAGE}',
        'WORKDIR /app',
        'COPY --from=build /out/site-packages /app/site-packages',
        'COPY --from=build /app /app',
        'ENV PYTHONPATH=/app/site-packages PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1',
        'USER 65532:65532',
        `EXPOSE ${port}`,
        '# The distroless python3 image has ENTRYPOINT ["/usr/bin/python3.11"]: CMD names the script (vector form).',
        `CMD ["${entry}"]`,
    ];
}
function java(_options, port) {
    return [
        'FROM ${BUILDER_IMAGE} AS build',
        'WORKDIR /src',
        'COPY . .',
        "# One runnable jar in target/ (e.g. Spring Boot's repackaged jar).",
        'RUN mvn -B -q -DskipTests package && mkdir -p /out && cp target/*.jar /out/app.jar',
        '',
        'FROM ${BASE_IMAGE}',
        'COPY --from=build /out/app.jar /app/app.jar',
        'USER 65532:65532',
        `EXPOSE ${port}`,
        '# The distroless java image has ENTRYPOINT ["/usr/bin/java", "-jar"]: CMD names the jar (vector form).',
        'CMD ["/app/app.jar"]',
    ];
}
/** The Dockerfile text of a preset. */
function dockerfile_presetDockerfile(preset, options = {}) {
    const port = options.port ?? 8080;
    if (!Number.isInteger(port) || port < 1 || port > 65535)
        throw new PresetError(`port ${port} is not a TCP port`, 'use a whole number from 1 to 65535');
    const body = { go, node, python, java }[checkPreset(preset)](options, port);
    return `${[...header(preset), ...body].join('\n')}\n`;
}

;// CONCATENATED MODULE: ./packages/build/src/presets/prepare.ts




/** Where the generated Dockerfile is saved: next to the sources, ready to be committed. */
const PRESET_DOCKERFILE_NAME = 'Dockerfile.service-pipeline';
/** node: the script is package.json's `main` (npm's own default, index.js, otherwise). */
async function optionsFor(preset, context) {
    if (preset !== 'node')
        return {};
    return { entry: (await readNodePackage(context, 'preset node')).main };
}
/** Writes the preset's Dockerfile into the context and returns its path and text. */
async function prepare_preparePresetDockerfile(preset, context) {
    const text = presetDockerfile(preset, await optionsFor(preset, resolve(context)));
    const path = join(resolve(context), PRESET_DOCKERFILE_NAME);
    await writeFile(path, text);
    return { path, text };
}

;// CONCATENATED MODULE: ./packages/build/src/build-image.ts






function baseCredentials(request) {
    const base = parseImageLocation(request.baseImage);
    const given = request.credentials;
    return base.kind === 'registry' && given && base.reference.registry === given.registry ? { credentials: given.credentials } : {};
}
async function dockerfileBuild(request, log) {
    if (request.preset) {
        const { path, text } = await preparePresetDockerfile(request.preset, request.context);
        await log.group(`Dockerfile of preset ${request.preset} (saved as ${path}; commit it to adopt it)`, async () => log.info(text));
    }
    const engine = await resolveEngine(request.engine);
    const secrets = await writeSecretFiles(request.secrets);
    try {
        await log.group(`Building ${request.dockerfile} with ${engine}`, () => buildDockerfile(engine, {
            context: request.context,
            dockerfile: request.dockerfile,
            ...(request.target ? { target: request.target } : {}),
            buildArgs: request.buildArgs,
            labels: request.labels,
            platforms: request.platforms,
            sourceDateEpoch: request.sourceDateEpoch,
            secrets: secrets.files,
            layoutDir: request.layoutDir,
            refName: request.refName,
            ...(request.storage ? { storage: request.storage } : {}),
            ...(request.isolation ? { isolation: request.isolation } : {}),
            ...(request.pull ? { pull: request.pull } : {}),
            ...(request.registriesInsecure ? { registriesInsecure: request.registriesInsecure } : {}),
        }, request.cache, log));
    }
    finally {
        await secrets.cleanup();
    }
    return engine;
}
/**
 * Builds an image into an OCI layout, in append mode or from a Dockerfile: the one function the
 * build action and the local pipeline call, so both build the same way.
 */
async function buildImage(request) {
    const log = request.logger ?? silentLogger;
    if (request.mode === 'append') {
        const base = await openBaseImage(request.baseImage, { logger: log, ...baseCredentials(request) });
        const result = await log.group(`Appending ${request.artifacts.length} artifact(s) to ${request.baseImage}`, () => appendBuild({
            base,
            platforms: request.platforms,
            artifacts: request.artifacts,
            config: { ...request.config, labels: { ...request.config.labels, ...request.labels } },
            annotations: request.labels,
            sourceDateEpoch: request.sourceDateEpoch,
            layoutDir: request.layoutDir,
            refName: request.refName,
            logger: log,
        }));
        const image = await openImage({ kind: 'layout', dir: request.layoutDir, ref: request.refName, digest: result.root.digest });
        return { image, platformDigests: result.platformDigests, baseDigest: result.baseDigest, engine: 'append' };
    }
    const engine = await dockerfileBuild(request, log);
    const image = await openImage({ kind: 'layout', dir: request.layoutDir, ref: request.refName });
    // One image: keyed by the platform asked for, as the build was told (arm64 and arm64/v8 alike).
    const platformDigests = !isIndex(image.manifest) && request.platforms.length === 1 ? { [request.platforms[0]]: image.root.digest } : await image.platformDigests();
    return { image, platformDigests, baseDigest: '', engine };
}

;// CONCATENATED MODULE: ./packages/build/src/distroless-check.ts

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'busybox', 'toybox']);
const PACKAGE_MANAGERS = new Set(['apt', 'apt-get', 'dpkg', 'apk', 'yum', 'dnf', 'microdnf', 'rpm', 'zypper', 'pacman', 'tdnf']);
const BIN_DIRS = new Set(['bin', 'sbin', 'usr/bin', 'usr/sbin', 'usr/local/bin', 'usr/local/sbin']);
const SHELL_FORM = /^(\/(usr\/)?bin\/)?(sh|bash|ash|dash)$/;
function binaryName(path) {
    const slash = path.lastIndexOf('/');
    return slash !== -1 && BIN_DIRS.has(path.slice(0, slash)) ? path.slice(slash + 1) : undefined;
}
function isRoot(user) {
    const name = (user ?? '').split(':')[0].trim();
    return name === '' || name === 'root' || name === '0';
}
/** Checks one image's configuration and final filesystem for what a distroless image must not have. */
function checkImage(platform, config, files) {
    const findings = [];
    for (const [path, header] of files) {
        const name = binaryName(path);
        if (!name || header.type === 'directory')
            continue;
        if (SHELLS.has(name))
            findings.push({
                platform,
                kind: 'shell',
                path: `/${path}`,
                detail: `/${path} is a shell${header.type === 'symlink' ? ` (link to ${header.linkTarget})` : ''}: an attacker with code execution gets an interactive shell`,
            });
        else if (PACKAGE_MANAGERS.has(name))
            findings.push({ platform, kind: 'package-manager', path: `/${path}`, detail: `/${path} is a package manager: it can install tools at run time` });
    }
    const container = config.config ?? {};
    if (isRoot(container.User)) {
        findings.push({
            platform,
            kind: 'root-user',
            detail: `the image runs as ${container.User ? `"${container.User}"` : 'root (no USER set)'}: set USER 65532:65532 (nonroot)`,
        });
    }
    for (const [field, value] of [
        ['ENTRYPOINT', container.Entrypoint],
        ['CMD', container.Cmd],
    ]) {
        if (value && value.length >= 2 && SHELL_FORM.test(value[0]) && value[1] === '-c') {
            findings.push({
                platform,
                kind: 'shell-entrypoint',
                detail: `${field} is in shell form (${JSON.stringify(value)}): use the exec form, e.g. ${field} ["/app/server"]`,
            });
        }
    }
    const test = container.Healthcheck?.Test;
    if (test?.[0] === 'CMD-SHELL') {
        findings.push({
            platform,
            kind: 'shell-healthcheck',
            detail: `HEALTHCHECK uses a shell (CMD-SHELL ${JSON.stringify(test.slice(1).join(' '))}): use HEALTHCHECK CMD ["/app/server", "-healthcheck"]`,
        });
    }
    return findings;
}
/** Runs the distroless check on every platform of an image (attestation manifests are not images). */
async function distrolessCheck(image) {
    const findings = [];
    for (const platform of await image.platforms())
        findings.push(...checkImage(platform.platform, platform.config, await imageFilesystem(image.source, platform.manifest)));
    return findings;
}

;// CONCATENATED MODULE: ./packages/build/src/git-context.ts



/** Committer time of `sha` from the checkout, the only source that is the same on every rebuild. */
async function commitTime(cwd, sha) {
    const result = await runCommand('git', ['log', '-1', '--format=%ct', sha], { cwd, captureStdout: true }).catch(() => undefined);
    if (result?.code !== 0)
        return undefined;
    const seconds = Number(result.stdout.trim());
    return Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000) : undefined;
}
/**
 * The git event the runner describes in GITHUB_* variables and the event payload file, with
 * the commit time read from the checkout (for PRs, the PR head, which is what is built).
 */
async function readGitContext(env, checkout) {
    const required = (name) => {
        const value = env[name];
        if (!value)
            throw new ActionError(`${name} is not set`, 'run inside GitHub Actions, or set GITHUB_EVENT_NAME, GITHUB_REF, GITHUB_SHA and GITHUB_REPOSITORY');
        return value;
    };
    const eventName = required('GITHUB_EVENT_NAME');
    const ref = required('GITHUB_REF');
    const sha = required('GITHUB_SHA');
    const repository = required('GITHUB_REPOSITORY');
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch (error) {
            throw new ActionError(`the event payload ${env.GITHUB_EVENT_PATH} cannot be read: ${error.message}`, 'this is a runner problem; re-run the job');
        }
    }
    const pr = payload.pull_request;
    const pullRequest = pr?.number && pr.head?.sha ? { number: pr.number, headSha: pr.head.sha, headRef: pr.head.ref ?? '', baseRef: pr.base?.ref ?? '' } : undefined;
    const built = pullRequest?.headSha ?? sha;
    const time = (await commitTime(checkout, built)) ?? (payload.head_commit?.timestamp ? new Date(payload.head_commit.timestamp) : undefined);
    if (!time || Number.isNaN(time.getTime())) {
        throw new ActionError(`the commit time of ${built} is unknown (no git checkout of it in ${checkout})`, 'run actions/checkout before this step (for pull requests with ref: ${{ github.event.pull_request.head.sha }} or the default merge ref plus fetch-depth: 2)');
    }
    const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
    return {
        eventName,
        ref,
        sha,
        defaultBranch: payload.repository?.default_branch ?? env.SP_DEFAULT_BRANCH ?? 'main',
        ...(pullRequest ? { pullRequest } : {}),
        commitTime: time,
        repository,
        serverUrl,
        ...(env.GITHUB_RUN_ID ? { runUrl: `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` } : {}),
    };
}

;// CONCATENATED MODULE: ./packages/build/src/labels.ts
/**
 * OCI image labels for the `build` action. Pure: everything comes in as arguments.
 *
 * - `source` keeps the repository's original case (it is a URL, not an image name).
 * - `revision` is the commit actually built (the PR head for PRs, not the merge commit).
 * - `created` is the COMMIT time in whole seconds (the same instant as
 *   SOURCE_DATE_EPOCH), not the build time, so rebuilding a commit gives the same image.
 * - Optional values that are undefined, empty or blank (how unset action inputs
 *   arrive) are omitted rather than written as empty labels.
 */

const OCI_LABEL_PREFIX = 'org.opencontainers.image.';
/** A bad line in a key=value input (labels, env, build-args); the message names the input and line. */
class LabelLineError extends errors/* ActionError */.lZ {
    line;
    lineNumber;
    constructor(what, line, lineNumber, fix = 'write one key=value per line') {
        super(what, fix);
        this.name = 'LabelLineError';
        this.line = line;
        this.lineNumber = lineNumber;
    }
}
function present(value) {
    const trimmed = value?.trim();
    return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}
/** Whole seconds, ISO 8601 UTC without milliseconds: 2024-05-06T07:08:09Z. */
function isoSeconds(epochSeconds) {
    return new Date(epochSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/**
 * The org.opencontainers.image.* labels for an image built from `context`, with
 * keys in a fixed order: source, revision, created, version, title, description,
 * licenses, url. `title` defaults to the repository name part ('Owner/Repo' -> 'Repo');
 * description, licenses and url are only set when given.
 */
function ociLabels(context, computed, meta) {
    const serverUrl = (present(context.serverUrl) ?? 'https://github.com').replace(/\/+$/, '');
    const repository = context.repository.trim();
    const repoName = repository.slice(repository.lastIndexOf('/') + 1);
    const entries = [
        ['source', `${serverUrl}/${repository}`],
        ['revision', computed.revision],
        ['created', isoSeconds(computed.sourceDateEpoch)],
        ['version', present(computed.version)],
        ['title', present(meta.title) ?? present(repoName)],
        ['description', present(meta.description)],
        ['licenses', present(meta.licenses)],
        ['url', present(meta.url)],
    ];
    const labels = {};
    for (const [key, value] of entries)
        if (value !== undefined)
            labels[`${OCI_LABEL_PREFIX}${key}`] = value;
    return labels;
}
/**
 * Parse the action's `labels` input: `key=value` per line (the value may contain '='
 * and may be empty). Blank lines and lines starting with '#' are skipped; lines may
 * themselves contain newlines; key and value are trimmed. Throws LabelLineError naming
 * the line (1-based) for a line without '=', an empty key, a key with whitespace, or a
 * key given twice.
 */
function parseLabelLines(lines) {
    return parseKeyValueLines('labels', lines, 'write one key=value label per line');
}
/** The same rules for any `KEY=value`-per-line input; `name` is used in the messages. */
function parseKeyValueLines(name, lines, fix) {
    const labels = {};
    const seen = new Map();
    lines
        .flatMap((line) => line.split(/\r?\n/))
        .forEach((raw, index) => {
        const line = raw.trim();
        const lineNumber = index + 1;
        if (line === '' || line.startsWith('#'))
            return;
        const eq = line.indexOf('=');
        if (eq < 0) {
            throw new LabelLineError(`${name} line ${lineNumber} "${line}" is not key=value`, line, lineNumber, fix);
        }
        const key = line.slice(0, eq).trim();
        if (key === '')
            throw new LabelLineError(`${name} line ${lineNumber} "${line}" has an empty key`, line, lineNumber, fix);
        if (/\s/.test(key))
            throw new LabelLineError(`${name} line ${lineNumber} "${line}": key "${key}" contains whitespace`, line, lineNumber, fix);
        const earlier = seen.get(key);
        if (earlier !== undefined) {
            throw new LabelLineError(`${name} line ${lineNumber} "${line}": key "${key}" was already set on line ${earlier}`, line, lineNumber, fix);
        }
        seen.set(key, lineNumber);
        labels[key] = line.slice(eq + 1).trim();
    });
    return labels;
}

;// CONCATENATED MODULE: ./packages/build/src/merge-platforms.ts


/**
 * Joins images built on separate machines (one native runner per platform) into one image
 * named `refName` in `targetDir`, in the order given: the fan-in of a multi-platform build
 * without emulation. Each source may hold one image or an index of several; a platform given
 * twice is an error rather than a silent pick, and so is one of `platforms` that no source has.
 * One platform stays the very manifest that was built and scanned; several become an index.
 */
async function mergePlatformImages(sources, targetDir, options) {
    if (sources.length === 0)
        throw new errors/* ActionError */.lZ('there are no platform images to merge', 'list the OCI layouts the platform builds wrote');
    const target = await oci_src/* OciLayout */.Al.create(targetDir);
    const manifests = [];
    const platformDigests = {};
    for (const source of sources) {
        const image = await (0,oci_src/* openImage */.UY)({ kind: 'layout', dir: source.dir, ...(source.ref ? { ref: source.ref } : {}) });
        for (const built of await image.platforms()) {
            const seen = platformDigests[built.platform];
            if (seen)
                throw new errors/* ActionError */.lZ(`${built.platform} is built twice (${seen} and ${built.descriptor.digest})`, 'build each platform in one matrix job only');
            await (0,oci_src/* copyIntoLayout */.e6)(image.source, built.descriptor, target);
            const { mediaType, digest, size } = built.descriptor;
            manifests.push({
                platform: built.platform,
                descriptor: { mediaType, digest, size, platform: built.descriptor.platform ?? (0,oci_src/* parsePlatform */.FL)(built.platform) },
            });
            platformDigests[built.platform] = digest;
        }
    }
    if (options.platforms) {
        const wanted = options.platforms;
        const missing = wanted.filter((name) => !platformDigests[name]);
        if (missing.length > 0)
            throw new errors/* ActionError */.lZ(`${missing.join(', ')} ${missing.length === 1 ? 'was' : 'were'} not built (built: ${Object.keys(platformDigests).join(', ')})`, 'check the matrix job of that platform; every platform must build before the index is made');
        const rank = (platform) => (wanted.includes(platform) ? wanted.indexOf(platform) : wanted.length);
        manifests.sort((a, b) => rank(a.platform) - rank(b.platform));
    }
    const root = await (0,oci_src/* writeImageOrIndex */.mm)(target, manifests.map((m) => m.descriptor), { refName: options.refName, ...(options.annotations ? { annotations: options.annotations } : {}) });
    return { root, platformDigests };
}

;// CONCATENATED MODULE: ./packages/build/src/provenance.ts



/** SLSA Provenance v1 (slsa.dev/spec/v1.0/provenance). */
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/**
 * How the build is described: `externalParameters` holds the build action's own inputs (mode
 * plus its artifacts, or the Dockerfile, target, build args, preset and engine), the
 * resolved dependencies are the source commit and the base images by digest. A URN, since
 * the build type is this project's and claims no web page.
 */
const BUILD_TYPE = 'urn:service-pipeline:build-type:image:v1';
const BASE_NAME = 'org.opencontainers.image.base.name';
const BASE_DIGEST = 'org.opencontainers.image.base.digest';
/** A base reference as a ResourceDescriptor: a purl for registry images (in-toto's recommended URI form), the name as written otherwise. */
function baseDependency(base) {
    const digest = base.digest ? { [base.digest.split(':')[0]]: base.digest.split(':')[1] } : undefined;
    let uri;
    if (!base.name.startsWith('oci-layout:')) {
        try {
            const ref = parseReference(base.name);
            const name = ref.repository.split('/').at(-1);
            const version = base.digest ?? ref.digest;
            uri = `pkg:oci/${name}${version ? `@${encodeURIComponent(version)}` : ''}?repository_url=${encodeURIComponent(`${ref.registry}/${ref.repository}`)}${ref.tag ? `&tag=${encodeURIComponent(ref.tag)}` : ''}`;
        }
        catch {
            // A transport-qualified reference (buildah's `oci:<dir>:<ref>`, `docker://...`) is a URI as written.
            uri = /^[a-z][a-z0-9+.-]*:\S/.test(base.name) ? base.name : undefined;
        }
    }
    return { name: base.name, ...(uri ? { uri } : {}), ...(digest ? { digest } : {}), annotations: { role: 'base-image' } };
}
/** A ResourceDescriptor needs a uri or a digest: a base known by a bare unparseable name alone is left out. */
const describable = (d) => d.uri !== undefined || d.digest !== undefined;
/**
 * The in-toto statement a build emits: SLSA v1 provenance whose subject is the image digest,
 * with the source repository and commit and each base image as resolved dependencies. Written
 * by the build step itself (SLSA Build L1); the workflow signs it with GitHub's attestations.
 */
function provenanceStatement(options) {
    const { git } = options;
    const server = (git.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
    const source = { uri: `git+${server}/${git.repository}@${git.ref}`, digest: { gitCommit: git.sha } };
    const dependencies = [source];
    const seen = new Set();
    for (const base of options.baseImages) {
        const key = `${base.name}@${base.digest ?? ''}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const dependency = baseDependency(base);
        if (describable(dependency))
            dependencies.push(dependency);
    }
    return {
        _type: IN_TOTO_STATEMENT_V1,
        subject: [imageSubject(options.image, options.digest)],
        predicateType: SLSA_PROVENANCE_V1,
        predicate: {
            buildDefinition: {
                buildType: BUILD_TYPE,
                externalParameters: { ...options.parameters, source: { repository: `${server}/${git.repository}`, ref: git.ref } },
                internalParameters: { eventName: git.eventName, ...(git.runUrl ? { runUrl: git.runUrl } : {}) },
                resolvedDependencies: dependencies,
            },
            runDetails: {
                builder: { id: options.builder.id, ...(options.builder.version ? { version: options.builder.version } : {}) },
                metadata: {
                    ...(options.invocationId ? { invocationId: options.invocationId } : {}),
                    startedOn: options.startedOn.toISOString(),
                    finishedOn: options.finishedOn.toISOString(),
                },
            },
        },
    };
}
/**
 * The base images a built image records (`org.opencontainers.image.base.*` annotations on the
 * index and each platform manifest: append mode writes them, buildah too), plus the FROM
 * images of the Dockerfile for engines that record none.
 */
async function baseImagesOf(image, dockerfileBases = []) {
    const found = [];
    const note = (annotations) => {
        const name = annotations?.[BASE_NAME];
        if (name)
            found.push({ name, ...(annotations?.[BASE_DIGEST] ? { digest: annotations[BASE_DIGEST] } : {}) });
    };
    note(image.manifest.annotations);
    for (const platform of await image.platforms())
        if (platform.descriptor.digest !== image.root.digest)
            note(platform.manifest.annotations);
    const named = new Set(found.map((b) => b.name));
    return [...found, ...dockerfileBases.filter((b) => !named.has(b.name))];
}
/**
 * The FROM images of a Dockerfile (stage aliases and `scratch` left out), with `${ARG}`
 * references replaced by the build args given or the ARG defaults declared before the first
 * FROM; a reference pinned by digest keeps it.
 */
function dockerfileBaseImages(text, buildArgs = {}) {
    const lines = text
        .replace(/\\\r?\n/g, ' ')
        .split(/\r?\n/)
        .map((l) => l.trim());
    const args = {};
    const stages = new Set();
    const bases = [];
    let seenFrom = false;
    for (const line of lines) {
        const arg = /^ARG\s+([A-Za-z_][A-Za-z0-9_]*)(?:=(\S*))?/i.exec(line);
        if (arg && !seenFrom)
            args[arg[1]] = buildArgs[arg[1]] ?? (arg[2] ?? '').replace(/^["']|["']$/g, '');
        const from = /^FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
        if (!from)
            continue;
        seenFrom = true;
        const name = from[1].replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (_, v) => buildArgs[v] ?? args[v] ?? '');
        const isStage = stages.has(name.toLowerCase());
        if (from[2])
            stages.add(from[2].toLowerCase());
        if (name === '' || name.toLowerCase() === 'scratch' || isStage)
            continue;
        const digest = /@(sha256:[0-9a-f]{64})$/.exec(name)?.[1];
        bases.push({ name, ...(digest ? { digest } : {}) });
    }
    return bases;
}
/**
 * Who built it: on a runner, GitHub's runner of that environment (the platform the build ran
 * on) with this action's ref as a version; locally, the CLI on this machine.
 */
function builderOf(env) {
    const version = { node: process.version };
    if (env['GITHUB_ACTIONS'] === 'true') {
        if (env['GITHUB_ACTION_REPOSITORY'])
            version['service-pipeline'] = `${env['GITHUB_ACTION_REPOSITORY']}@${env['GITHUB_ACTION_REF'] ?? ''}`;
        const server = (env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/+$/, '');
        return { id: `${server}/actions/runner/${env['RUNNER_ENVIRONMENT'] === 'github-hosted' ? 'github-hosted' : 'self-hosted'}`, version };
    }
    return { id: 'urn:service-pipeline:builder:local-cli', version };
}
/** The build's parameters as the request gave them (paths relative to `sourceRoot`); build-arg values stay out: the statement is public, and build args are where secrets get misplaced. */
function buildParameters(request, result, sourceRoot) {
    if (request.mode === 'append') {
        return {
            mode: 'append',
            platforms: request.platforms,
            baseImage: request.baseImage,
            artifacts: request.artifacts.map((a) => `${a.platform ? `${a.platform}:` : ''}${relative(sourceRoot, a.source)}=${a.destination}`),
            ...(request.config.user ? { user: request.config.user } : {}),
        };
    }
    return {
        mode: 'dockerfile',
        platforms: request.platforms,
        dockerfile: relative(sourceRoot, request.dockerfile),
        ...(request.target ? { target: request.target } : {}),
        buildArgNames: Object.keys(request.buildArgs),
        engine: result.engine,
        ...(request.preset ? { preset: request.preset } : {}),
    };
}
/**
 * The provenance of a build, every mode alike (the build action and the CLI both call this
 * after buildImage): base images read from the built image and, for a Dockerfile, its FROM
 * lines; the statement written to `path`.
 */
async function writeBuildProvenance(options) {
    const { request, result } = options;
    const env = options.env ?? process.env;
    const fromLines = request.mode === 'dockerfile' ? dockerfileBaseImages(await readFile(request.dockerfile, 'utf8'), request.buildArgs) : [];
    const statement = provenanceStatement({
        image: options.name,
        digest: result.image.root.digest,
        git: options.git,
        parameters: buildParameters(request, result, options.sourceRoot),
        baseImages: await baseImagesOf(result.image, fromLines),
        builder: builderOf(env),
        startedOn: options.startedOn,
        finishedOn: new Date(),
        ...(env['GITHUB_RUN_ID'] && options.git.runUrl ? { invocationId: `${options.git.runUrl}/attempts/${env['GITHUB_RUN_ATTEMPT'] ?? '1'}` } : {}),
    });
    return { path: await writeStatement(options.path, statement), statement };
}

// EXTERNAL MODULE: ./node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/parse.js
var parse = __nccwpck_require__(817);
;// CONCATENATED MODULE: ./packages/build/src/tags.ts
/**
 * Image tags for the `build` action, computed from a GitHub event.
 *
 * Pure: no I/O and no environment reads; everything arrives as arguments, so the
 * same event always yields the same tags.
 *
 * Design, and the docker/metadata-action pitfalls it avoids:
 * - The immutable tag (`sha-<n>`) is always generated and always first. For
 *   pull_request / pull_request_target it uses the PR HEAD sha, not GITHUB_SHA
 *   (the throw-away merge commit, or for pull_request_target the base branch
 *   tip), so the tag names a commit that exists in the PR.
 *   If a PR event arrives without `pullRequest` but with a `refs/pull/<n>/...`
 *   ref, the tag is still `pr-<n>` but the sha falls back to `context.sha`
 *   (the merge commit): nothing better is known. A pull_request_target event
 *   without `pullRequest` is rejected: its ref is the BASE branch, and tagging it
 *   as that branch would overwrite the branch's image with PR code.
 * - `latest` (policy `auto`) only on push / workflow_dispatch / release of the
 *   default branch or of a STABLE semver tag (no pre-release). Never on PRs,
 *   schedules, merge queues, other branches, pre-releases or non-semver tags.
 *   `latest` cannot be asked for through a `type=raw` rule, and a branch or git
 *   tag literally named `latest` does not produce it (its version falls back to
 *   the sha tag): the `latest` policy is the one switch, so `latest: 'false'`
 *   really means never.
 *   Being pure, this cannot know whether the tag is the HIGHEST release: pushing
 *   v1.2.4 after v2.0.0 moves `latest` to 1.2.4. Use `latest: 'false'` on
 *   maintenance branches if that matters.
 * - Pre-releases (v2.0.0-rc.1) get only their full version: no `2.0`, `2` or
 *   `latest`. For major 0 (0.y.z: anything may change, per semver) no floating
 *   `0` tag is made; `0.y` is.
 * - Build metadata (`+build.5`) is kept, with `+` (invalid in tags) as `-`.
 * - Every tag is sanitized to the docker tag grammar and at most 128 characters;
 *   long names are cut and get a hash suffix, so two long branch names stay distinct.
 * - `prefix`/`suffix` apply to every tag except `latest` (the immutable tag and
 *   `type=raw` values included); `latest` stays `latest`.
 * - `version` is always tag-safe and carries no prefix/suffix. On schedules it is
 *   the (first) schedule tag; on merge_group (and unknown refs) the sha tag.
 * - Rule/context problems throw TagRuleError / GitContextError, both ActionErrors
 *   (what; fix), so the action reports them as input errors, not crashes.
 */



/** A bad tag rule or tag policy; the message names the offending line or rule, and `fix` the allowed forms. */
class TagRuleError extends errors/* ActionError */.lZ {
    /** The offending input line (or a description of the rule or setting when it did not come from a line). */
    line;
    /** 1-based line number in the `tags` input, when the rule came from parseTagRules. */
    lineNumber;
    constructor(what, fix, line, lineNumber) {
        super(what, fix);
        this.name = 'TagRuleError';
        this.line = line;
        this.lineNumber = lineNumber;
    }
}
/** The GitHub context cannot be tagged (bad sha, PR event without a PR number, invalid commit time, ...). */
class GitContextError extends errors/* ActionError */.lZ {
    constructor(what, fix) {
        super(what, fix);
        this.name = 'GitContextError';
    }
}
const MAX_TAG_LENGTH = 128;
/** prefix + suffix may use at most this much, so every tag keeps room for its body. */
const MAX_AFFIX_LENGTH = 64;
const DEFAULT_SHA_LENGTH = 12;
/** An OCI / Docker tag: what a registry accepts after the colon. */
const TAG_GRAMMAR = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const HASH_LENGTH = 7;
const ALLOWED_TAG_RULE_FORMS = (/* unused pure expression or super */ null && ('a bare tag (e.g. "stable"), type=raw,value=<tag>, type=sha[,length=7..40][,prefix=<p>], ' +
    'type=schedule[,pattern=<p with optional {date}>], type=ref, ' +
    'type=semver,pattern={{version}}|{{major}}.{{minor}}|{{major}}; any rule may add enable=true|false'));
const ALLOWED_TYPES = (/* unused pure expression or super */ null && (['raw', 'sha', 'schedule', 'ref', 'semver']));
const ALLOWED_KEYS = {
    raw: ['value'],
    sha: ['length', 'prefix'],
    schedule: ['pattern'],
    ref: [],
    semver: ['pattern'],
};
const SEMVER_PATTERNS = (/* unused pure expression or super */ null && (['{{version}}', '{{major}}.{{minor}}', '{{major}}']));
const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** Events on which `latest: auto` may add `latest` (for the default branch or a stable semver tag). */
const LATEST_EVENTS = new Set(['push', 'workflow_dispatch', 'release']);
function hash7(value) {
    return createHash('sha256').update(value, 'utf8').digest('hex').slice(0, HASH_LENGTH);
}
/** Sanitize `value` to the docker tag grammar, in at most `max` characters (max >= 9). */
function sanitizeWithin(value, max) {
    // Fold accents and compatibility forms to ASCII first (ü -> u, ｆ -> f), so fewer names collapse to '-'.
    let tag = value
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .replace(/[^A-Za-z0-9_.-]/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^[.-]+/, '');
    if (tag === '')
        return `x-${hash7(value)}`;
    if (tag.length > max) {
        tag = `${tag.slice(0, max - HASH_LENGTH - 1).replace(/[.-]+$/, '')}-${hash7(value)}`;
    }
    return tag;
}
/**
 * Make `value` a valid docker tag ([A-Za-z0-9_][A-Za-z0-9_.-]{0,127}): accents are
 * folded to ASCII, other invalid characters become '-', runs of '-' collapse, leading
 * '.'/'-' are stripped. Longer than 128: cut and append '-' + 7 hex of sha256(value),
 * so distinct long names stay distinct. A value with nothing usable left (e.g. '日本')
 * becomes 'x-' + 7 hex of sha256(value).
 */
function sanitizeTag(value) {
    return sanitizeWithin(value, MAX_TAG_LENGTH);
}
/** 'Owner/Repo' -> 'owner/repo' (GHCR and most registries require lowercase repository names). */
function imageName(repository) {
    const trimmed = repository.trim();
    if (!/^[^/\s]+\/[^/\s]+$/.test(trimmed)) {
        throw new GitContextError(`repository "${repository}" is not of the form owner/repo`, 'pass GITHUB_REPOSITORY, e.g. Owner/Repo');
    }
    return trimmed.toLowerCase();
}
// ---------------------------------------------------------------------------
// Rules
function ruleError(problem, line, lineNumber) {
    const where = lineNumber === undefined ? `tag rule "${line}"` : `tags line ${lineNumber} "${line}"`;
    return new TagRuleError(`${where}: ${problem}`, `allowed: ${ALLOWED_TAG_RULE_FORMS}`, line, lineNumber);
}
function isValidAffix(value, leading) {
    if (value === '')
        return true;
    return (leading ? /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/ : /^[A-Za-z0-9_.-]+$/).test(value) && value.length <= MAX_AFFIX_LENGTH;
}
function describeRule(rule) {
    switch (rule.type) {
        case 'raw':
            return `type=raw,value=${rule.value}`;
        case 'sha':
            return ['type=sha', rule.length === undefined ? '' : `length=${rule.length}`, rule.prefix === undefined ? '' : `prefix=${rule.prefix}`]
                .filter(Boolean)
                .join(',');
        case 'schedule':
            return `type=schedule,pattern=${rule.pattern}`;
        case 'ref':
            return 'type=ref';
        case 'semver':
            return `type=semver,pattern=${rule.pattern}`;
        default:
            return JSON.stringify(rule);
    }
}
function validShaLength(value) {
    return typeof value === 'number' && Number.isInteger(value) && value >= 7 && value <= 40;
}
/** Throw a TagRuleError if `rule` is not usable. */
function validateRule(rule, line, lineNumber) {
    const type = rule.type;
    switch (rule.type) {
        case 'raw':
            if (typeof rule.value !== 'string' || rule.value === '')
                throw ruleError('type=raw needs value=<tag>', line, lineNumber);
            if (rule.value === 'latest') {
                throw ruleError('"latest" is controlled by the latest input (auto|true|false), not by a tag rule', line, lineNumber);
            }
            if (!TAG_GRAMMAR.test(rule.value)) {
                throw ruleError(`"${rule.value}" is not a valid tag ([A-Za-z0-9_][A-Za-z0-9_.-]{0,127})`, line, lineNumber);
            }
            return;
        case 'sha':
            if (rule.length !== undefined && !validShaLength(rule.length)) {
                throw ruleError(`length must be an integer from 7 to 40, got ${String(rule.length)}`, line, lineNumber);
            }
            if (rule.prefix !== undefined && !isValidAffix(rule.prefix, true)) {
                throw ruleError(`prefix "${rule.prefix}" is not a valid tag start (at most ${MAX_AFFIX_LENGTH} of [A-Za-z0-9_.-], not starting with . or -)`, line, lineNumber);
            }
            return;
        case 'schedule': {
            if (typeof rule.pattern !== 'string' || rule.pattern === '')
                throw ruleError('type=schedule needs a non-empty pattern', line, lineNumber);
            const sample = rule.pattern.replaceAll('{date}', '20000101');
            if (!TAG_GRAMMAR.test(sample) || sample.length > MAX_TAG_LENGTH - MAX_AFFIX_LENGTH) {
                throw ruleError(`pattern "${rule.pattern}" does not make a valid tag (only {date} is substituted)`, line, lineNumber);
            }
            if (sample === 'latest')
                throw ruleError('"latest" is controlled by the latest input, not by a tag rule', line, lineNumber);
            return;
        }
        case 'ref':
            return;
        case 'semver':
            if (!SEMVER_PATTERNS.includes(rule.pattern)) {
                throw ruleError(`pattern must be one of ${SEMVER_PATTERNS.join(', ')}, got "${String(rule.pattern)}"`, line, lineNumber);
            }
            return;
        default:
            throw ruleError(`unknown type "${String(type)}" (allowed types: ${ALLOWED_TYPES.join(', ')})`, line, lineNumber);
    }
}
function parseTagRule(line, lineNumber) {
    if (!line.includes('=')) {
        if (line.includes(',') || /\s/.test(line)) {
            throw ruleError('a bare tag cannot contain "," or spaces; use type=<type>,key=value', line, lineNumber);
        }
        const rule = { type: 'raw', value: line };
        validateRule(rule, line, lineNumber);
        return rule;
    }
    const fields = new Map();
    for (const segment of line.split(',')) {
        const part = segment.trim();
        const eq = part.indexOf('=');
        if (eq <= 0)
            throw ruleError(`"${part}" is not key=value`, line, lineNumber);
        const key = part.slice(0, eq).trim();
        const value = part.slice(eq + 1).trim();
        if (fields.has(key))
            throw ruleError(`key "${key}" is given twice`, line, lineNumber);
        fields.set(key, value);
    }
    const type = fields.get('type');
    if (type === undefined)
        throw ruleError('missing type=', line, lineNumber);
    if (!ALLOWED_TYPES.includes(type)) {
        throw ruleError(`unknown type "${type}" (allowed types: ${ALLOWED_TYPES.join(', ')})`, line, lineNumber);
    }
    const ruleType = type;
    const allowedKeys = ['type', 'enable', ...ALLOWED_KEYS[ruleType]];
    for (const key of fields.keys()) {
        if (!allowedKeys.includes(key)) {
            throw ruleError(`unknown key "${key}" for type=${ruleType} (allowed keys: ${allowedKeys.join(', ')})`, line, lineNumber);
        }
    }
    const enable = fields.get('enable');
    if (enable !== undefined && enable !== 'true' && enable !== 'false') {
        throw ruleError(`enable must be true or false, got "${enable}"`, line, lineNumber);
    }
    let rule;
    switch (ruleType) {
        case 'raw':
            rule = { type: 'raw', value: fields.get('value') ?? '' };
            break;
        case 'sha': {
            const length = fields.get('length');
            const prefix = fields.get('prefix');
            let parsedLength;
            if (length !== undefined) {
                parsedLength = /^\d+$/.test(length) ? Number(length) : Number.NaN;
                if (!validShaLength(parsedLength))
                    throw ruleError(`length must be an integer from 7 to 40, got "${length}"`, line, lineNumber);
            }
            rule = { type: 'sha', ...(parsedLength === undefined ? {} : { length: parsedLength }), ...(prefix === undefined ? {} : { prefix }) };
            break;
        }
        case 'schedule':
            rule = { type: 'schedule', pattern: fields.get('pattern') ?? 'nightly' };
            break;
        case 'ref':
            rule = { type: 'ref' };
            break;
        case 'semver':
            rule = { type: 'semver', pattern: (fields.get('pattern') ?? '{{version}}') };
            break;
    }
    validateRule(rule, line, lineNumber);
    return enable === 'false' ? undefined : rule;
}
/**
 * Parse the action's `tags` input, one rule per line: a bare tag ('stable' = type=raw),
 * or `type=<raw|sha|schedule|ref|semver>[,key=value...]`. Blank lines and lines
 * starting with '#' are skipped; lines may themselves contain newlines. `enable=false`
 * drops a rule (handy with GitHub expressions). Throws TagRuleError naming the line
 * (1-based) and the allowed forms for unknown types/keys and invalid values.
 */
function parseTagRules(lines) {
    const rules = [];
    lines
        .flatMap((line) => line.split(/\r?\n/))
        .forEach((raw, index) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const rule = parseTagRule(line, index + 1);
        if (rule)
            rules.push(rule);
    });
    return rules;
}
/** Parse a semver 2.0.0 version with an optional leading 'v' (the semver package, strict); undefined if it is not one. */
function parseSemver(value) {
    const parsed = /^v?\d/.test(value) ? parseVersion(value) : null;
    if (!parsed)
        return undefined;
    return {
        major: String(parsed.major),
        minor: String(parsed.minor),
        patch: String(parsed.patch),
        prerelease: parsed.prerelease.length ? parsed.prerelease.join('.') : undefined,
        build: parsed.build.length ? parsed.build.join('.') : undefined,
    };
}
function targetOfRef(ref) {
    const pull = /^refs\/pull\/(\d+)\/(?:merge|head)$/.exec(ref);
    if (pull)
        return { kind: 'pr', number: Number(pull[1]) };
    if (ref.startsWith('refs/heads/') && ref.length > 'refs/heads/'.length)
        return { kind: 'branch', name: ref.slice('refs/heads/'.length) };
    if (ref.startsWith('refs/tags/') && ref.length > 'refs/tags/'.length) {
        const name = ref.slice('refs/tags/'.length);
        return { kind: 'tag', name, semver: parseSemver(name) };
    }
    return { kind: 'none' };
}
function normalizeSha(sha, what) {
    const lower = sha.trim().toLowerCase();
    if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(lower)) {
        throw new GitContextError(`${what} "${sha}" is not a full commit sha`, 'pass the full 40 (or 64) hex character sha');
    }
    return lower;
}
/** What is being built: the target derived from event + ref, and the commit actually built. */
function tags_resolve(context) {
    const fromRef = targetOfRef(context.ref);
    if (PR_EVENTS.has(context.eventName)) {
        const pr = context.pullRequest;
        if (pr) {
            if (!Number.isSafeInteger(pr.number) || pr.number <= 0) {
                throw new GitContextError(`pullRequest.number ${String(pr.number)} is not a positive integer`, "pass the event's pull_request.number");
            }
            return { target: { kind: 'pr', number: pr.number }, revision: normalizeSha(pr.headSha, 'pullRequest.headSha') };
        }
        if (fromRef.kind === 'pr')
            return { target: fromRef, revision: normalizeSha(context.sha, 'sha') };
        throw new GitContextError(`${context.eventName} event without pullRequest, and ref "${context.ref}" is not refs/pull/<n>/merge`, "pass the event's pull_request (number, head sha) so the PR is not tagged as its base branch");
    }
    const revision = normalizeSha(context.sha, 'sha');
    if (context.eventName === 'merge_group' || context.eventName === 'schedule')
        return { target: { kind: 'none' }, revision };
    return { target: fromRef, revision };
}
function utcDate(time) {
    const pad = (n, width) => String(n).padStart(width, '0');
    return `${pad(time.getUTCFullYear(), 4)}${pad(time.getUTCMonth() + 1, 2)}${pad(time.getUTCDate(), 2)}`;
}
function validatePolicy(policy) {
    if (!['auto', 'true', 'false'].includes(policy.latest)) {
        throw new TagRuleError(`latest must be auto, true or false, got "${String(policy.latest)}"`, 'use auto, true or false', `latest=${String(policy.latest)}`);
    }
    if (!validShaLength(policy.shaLength)) {
        throw new TagRuleError(`sha length must be an integer from 7 to 40, got ${String(policy.shaLength)}`, 'use 7..40 (default 12)', `sha-length=${String(policy.shaLength)}`);
    }
    const prefix = policy.prefix ?? '';
    const suffix = policy.suffix ?? '';
    if (!isValidAffix(prefix, true)) {
        throw new TagRuleError(`prefix "${prefix}" is not a valid tag start`, `use at most ${MAX_AFFIX_LENGTH} of [A-Za-z0-9_.-], not starting with . or -`, `prefix=${prefix}`);
    }
    if (!isValidAffix(suffix, false)) {
        throw new TagRuleError(`suffix "${suffix}" is not valid in a tag`, `use at most ${MAX_AFFIX_LENGTH} of [A-Za-z0-9_.-]`, `suffix=${suffix}`);
    }
    if (prefix.length + suffix.length > MAX_AFFIX_LENGTH) {
        throw new TagRuleError(`prefix and suffix are ${prefix.length + suffix.length} characters together`, `keep them at most ${MAX_AFFIX_LENGTH} together`, `prefix=${prefix},suffix=${suffix}`);
    }
    for (const rule of policy.extra)
        validateRule(rule, describeRule(rule));
}
/**
 * Compute the tags for `context` under `policy`. Order: the immutable sha tag, the
 * event's own tags (version tags / branch / pr / tag name / schedule), the extra
 * rules in input order, then `latest`. Duplicates are removed (first wins).
 */
function computeTags(context, policy) {
    validatePolicy(policy);
    const time = context.commitTime;
    if (!(time instanceof Date) || Number.isNaN(time.getTime())) {
        throw new GitContextError('commitTime is not a valid date', 'pass the committer time of the commit being built');
    }
    const { target, revision } = tags_resolve(context);
    const prefix = policy.prefix ?? '';
    const suffix = policy.suffix ?? '';
    const decorate = (body) => `${prefix}${sanitizeWithin(body, MAX_TAG_LENGTH - prefix.length - suffix.length)}${suffix}`;
    const shaBody = (length, shaPrefix = 'sha-') => `${shaPrefix}${revision.slice(0, length)}`;
    const schedulePatterns = policy.extra.flatMap((rule) => (rule.type === 'schedule' ? [rule.pattern] : []));
    const scheduleBodies = (context.eventName === 'schedule' ? (schedulePatterns.length > 0 ? schedulePatterns : ['nightly']) : []).map((pattern) => pattern.replaceAll('{date}', utcDate(time)));
    const semver = target.kind === 'tag' ? target.semver : undefined;
    const semverBody = (pattern) => {
        if (!semver)
            return undefined;
        const { major, minor, patch, prerelease, build } = semver;
        if (pattern === '{{version}}')
            return `${major}.${minor}.${patch}${prerelease ? `-${prerelease}` : ''}${build ? `+${build}` : ''}`;
        if (prerelease !== undefined)
            return undefined; // floating tags only for stable releases
        if (pattern === '{{major}}.{{minor}}')
            return `${major}.${minor}`;
        return major === '0' ? undefined : major; // 0.y.z is unstable: no floating "0"
    };
    const refBody = () => {
        switch (target.kind) {
            case 'pr':
                return `pr-${target.number}`;
            case 'branch':
            case 'tag':
                return target.name;
            case 'none': {
                // schedule / merge_group: an explicit type=ref still names the ref.
                const fromRef = targetOfRef(context.ref);
                return fromRef.kind === 'pr' ? `pr-${fromRef.number}` : fromRef.kind === 'none' ? undefined : fromRef.name;
            }
        }
    };
    // The event's own tags, without prefix/suffix (the first one is the version).
    const own = [];
    if (target.kind === 'pr')
        own.push(`pr-${target.number}`);
    else if (target.kind === 'branch')
        own.push(target.name);
    else if (target.kind === 'tag') {
        if (semver)
            for (const pattern of SEMVER_PATTERNS)
                own.push(...optional(semverBody(pattern)));
        else
            own.push(target.name);
    }
    else
        own.push(...scheduleBodies);
    const extra = [];
    for (const rule of policy.extra) {
        switch (rule.type) {
            case 'raw':
                extra.push(rule.value);
                break;
            case 'sha':
                extra.push(shaBody(rule.length ?? policy.shaLength, rule.prefix));
                break;
            case 'schedule':
                break; // already in `own` on schedule events; nothing otherwise
            case 'ref':
                extra.push(...optional(refBody()));
                break;
            case 'semver':
                extra.push(...optional(semverBody(rule.pattern)));
                break;
        }
    }
    const immutableTag = decorate(shaBody(policy.shaLength));
    const firstOwn = own[0];
    const ownVersion = firstOwn === undefined ? undefined : sanitizeTag(firstOwn);
    const version = ownVersion === undefined || ownVersion === 'latest' ? sanitizeTag(shaBody(policy.shaLength)) : ownVersion;
    const stableSemverTag = semver !== undefined && semver.prerelease === undefined;
    const onDefaultBranch = target.kind === 'branch' && target.name === context.defaultBranch;
    const latest = policy.latest === 'true' || (policy.latest === 'auto' && LATEST_EVENTS.has(context.eventName) && (onDefaultBranch || stableSemverTag));
    // A branch or git tag literally named "latest" must not sneak past the latest policy.
    const generated = [immutableTag, ...own.map(decorate), ...extra.map(decorate)].filter((tag) => tag !== 'latest');
    const tags = [...new Set([...generated, ...(latest ? ['latest'] : [])])];
    return { tags, immutableTag, version, revision, sourceDateEpoch: Math.floor(time.getTime() / 1000) };
}
function optional(value) {
    return value === undefined ? [] : [value];
}

;// CONCATENATED MODULE: ./packages/build/src/index.ts
// The public surface of the build package: buildImage and what the build action and the CLI feed it.




















/***/ }),

/***/ 891:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Al: () => (/* reexport */ OciLayout),
  e6: () => (/* reexport */ copyIntoLayout),
  aH: () => (/* reexport */ isPlatform),
  UY: () => (/* reexport */ openImage),
  FL: () => (/* reexport */ parsePlatform),
  mm: () => (/* reexport */ writeImageOrIndex)
});

// UNUSED EXPORTS: ANNOTATION_REF_NAME, IN_TOTO_MEDIA_TYPE, IN_TOTO_STATEMENT_V1, ImageConfigError, InvalidReferenceError, MediaType, OciLayoutError, PREDICATE_TYPE_ANNOTATION, PlatformNotFoundError, RegistryClient, RegistryError, attachArtifact, attachStatement, attachStatements, checkStatementSubject, collectImage, configPlatform, describeLocation, digestOf, ensureBlob, findSourceLabel, formatBytes, formatReference, gzipTarStream, hasExplicitRegistry, imageFilesystem, imageSubject, isDigest, isIndex, isLoopbackRegistry, layoutSource, manifestMediaType, mapLimit, parseImageConfig, parseImageLocation, parseManifest, parseReference, parseStatement, pushImage, readImageStatements, readStatements, referrersTag, registryClientFor, registrySource, repositoryOf, samePlatform, subjectDigests, tarHeaders, writeImage, writeIndex, writeLayer, writeStatement

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: ./packages/oci/src/digest.ts


const DIGEST_PATTERN = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
function isDigest(value) {
    return DIGEST_PATTERN.test(value);
}
function assertDigest(value, where) {
    if (!isDigest(value)) {
        throw new Error(`${where}: "${value}" is not a valid digest (expected sha256:<64 lowercase hex> or sha512:<128 hex>)`);
    }
    return value;
}
function algorithmOf(digest) {
    return digest.startsWith('sha512:') ? 'sha512' : 'sha256';
}
function encodedOf(digest) {
    return digest.slice(digest.indexOf(':') + 1);
}
function digest_digestOf(data, algorithm = 'sha256') {
    return `${algorithm}:${(0,external_node_crypto_.createHash)(algorithm).update(data).digest('hex')}`;
}
class DigestMismatchError extends Error {
    expected;
    actual;
    expectedSize;
    actualSize;
    where;
    constructor(expected, actual, expectedSize, actualSize, where) {
        super(expectedSize !== undefined && expectedSize !== actualSize
            ? `${where}: expected ${expectedSize} bytes for ${expected} but read ${actualSize}`
            : `${where}: content digest is ${actual}, expected ${expected}`);
        this.expected = expected;
        this.actual = actual;
        this.expectedSize = expectedSize;
        this.actualSize = actualSize;
        this.where = where;
    }
}
/**
 * A pass-through stream that hashes what flows through it and fails at the end when the
 * content does not match the expected digest/size, so a corrupt blob never reaches its
 * consumer as a success.
 */
class VerifyingStream extends external_node_stream_namespaceObject.Transform {
    expected;
    expectedSize;
    where;
    hash;
    bytes = 0;
    constructor(expected, expectedSize, where) {
        super();
        this.expected = expected;
        this.expectedSize = expectedSize;
        this.where = where;
        this.hash = (0,external_node_crypto_.createHash)(algorithmOf(expected));
    }
    _transform(chunk, _encoding, callback) {
        this.bytes += chunk.length;
        if (this.expectedSize !== undefined && this.bytes > this.expectedSize) {
            callback(new DigestMismatchError(this.expected, 'unknown', this.expectedSize, this.bytes, this.where));
            return;
        }
        this.hash.update(chunk);
        callback(null, chunk);
    }
    _flush(callback) {
        const actual = `${algorithmOf(this.expected)}:${this.hash.digest('hex')}`;
        if (actual !== this.expected || (this.expectedSize !== undefined && this.bytes !== this.expectedSize)) {
            callback(new DigestMismatchError(this.expected, actual, this.expectedSize, this.bytes, this.where));
            return;
        }
        callback();
    }
}
/** Hashes a stream while counting its bytes; used when writing blobs whose digest is not known yet. */
class digest_HashingStream extends external_node_stream_namespaceObject.Transform {
    hash = (0,external_node_crypto_.createHash)('sha256');
    size = 0;
    _transform(chunk, _encoding, callback) {
        this.size += chunk.length;
        this.hash.update(chunk);
        callback(null, chunk);
    }
    digest() {
        return `sha256:${this.hash.digest('hex')}`;
    }
}

// EXTERNAL MODULE: ./packages/action-kit/src/errors.ts
var errors = __nccwpck_require__(901);
;// CONCATENATED MODULE: ./packages/oci/src/errors.ts

function defaultFix(details) {
    const { status, registry, repository, operation } = details;
    const codes = details.codes ?? [];
    if (status === 401)
        return `check the username and password/token used for ${registry} (inputs, or ~/.docker/config.json)`;
    if (status === 403 || codes.includes('DENIED')) {
        return `the credentials for ${registry} are valid but may not ${operation} ${repository ?? 'this repository'}; grant them that permission`;
    }
    if (status === 405 && operation.startsWith('delete')) {
        return `${registry} has deletion disabled (distribution needs storage.delete.enabled: true; ghcr.io deletes only through the GitHub Packages API)`;
    }
    if (codes.includes('NAME_UNKNOWN'))
        return `check the repository name ${repository ?? ''}; it does not exist on ${registry}`.trimEnd();
    if (codes.includes('MANIFEST_UNKNOWN') || status === 404)
        return `check the tag or digest; ${registry} does not have it`;
    if (codes.includes('DIGEST_INVALID'))
        return 'the content does not match its digest: the source blob is corrupt; rebuild the image';
    if (codes.includes('MANIFEST_BLOB_UNKNOWN'))
        return 'a blob the manifest references is missing on the registry; push the blobs first';
    if (status === 429 || (status !== undefined && status >= 500))
        return `${registry} is overloaded or failing; retry later`;
    if (status === undefined)
        return `check that ${registry} is reachable from this machine`;
    return `see the registry's answer above`;
}
/** Every failure talking to a registry, with the registry, repository and operation named. */
class RegistryError extends errors/* ActionError */.lZ {
    details;
    constructor(details, fix, options) {
        const answer = details.status !== undefined ? `answered ${details.status}` : 'could not be reached';
        const codes = details.codes?.length ? ` ${details.codes.join(', ')}` : '';
        const detail = details.detail ? `: ${details.detail}` : '';
        const target = details.repository ? ` for ${details.repository}` : '';
        const attempts = details.attempts !== undefined && details.attempts > 1 ? ` (${details.attempts} attempts)` : '';
        super(`registry ${details.registry} ${answer}${codes} to ${details.operation}${target}${detail}${attempts}`, fix ?? defaultFix(details), options);
        this.details = details;
    }
    get status() {
        return this.details.status;
    }
}
/** Reads distribution's JSON error body ({errors: [{code, message}]}) without trusting it. */
async function readRegistryErrorBody(response) {
    let text = '';
    try {
        text = await response.text();
    }
    catch {
        return { codes: [] };
    }
    try {
        const body = JSON.parse(text);
        const errors = Array.isArray(body.errors) ? body.errors : [];
        const codes = errors.map((e) => String(e.code ?? '')).filter(Boolean);
        const messages = errors.map((e) => String(e.message ?? '')).filter(Boolean);
        return messages.length ? { codes, detail: messages.join('; ').slice(0, 300) } : { codes };
    }
    catch {
        const trimmed = text.trim().slice(0, 200);
        return trimmed ? { codes: [], detail: trimmed } : { codes: [] };
    }
}

;// CONCATENATED MODULE: ./packages/oci/src/image-config.ts

class ImageConfigError extends Error {
}
const MAX_CONFIG_BYTES = 8 * 1024 * 1024;
function isStringArray(value) {
    return Array.isArray(value) && value.every((v) => typeof v === 'string');
}
function isStringRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');
}
/** The fields this project reads or rewrites in `config`; a wrong type anywhere fails here, not later. */
function checkContainerConfig(value, where) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'object' || Array.isArray(value))
        throw new ImageConfigError(`${where}: config is not an object`);
    const c = value;
    const fail = (field, kind) => {
        throw new ImageConfigError(`${where}: config.${field} is not ${kind}`);
    };
    for (const field of ['User', 'WorkingDir', 'StopSignal'])
        if (c[field] !== undefined && typeof c[field] !== 'string')
            fail(field, 'a string');
    // Docker writes null for an unset Entrypoint or Cmd.
    for (const field of ['Env', 'Entrypoint', 'Cmd']) {
        if (c[field] === null)
            delete c[field];
        else if (c[field] !== undefined && !isStringArray(c[field]))
            fail(field, 'a list of strings');
    }
    if (c.Labels === null)
        delete c.Labels;
    else if (c.Labels !== undefined && !isStringRecord(c.Labels))
        fail('Labels', 'a map of strings');
    if (c.ExposedPorts === null)
        delete c.ExposedPorts;
    else if (c.ExposedPorts !== undefined && (typeof c.ExposedPorts !== 'object' || Array.isArray(c.ExposedPorts)))
        fail('ExposedPorts', 'a map');
    if (c.Healthcheck !== undefined && c.Healthcheck !== null) {
        const test = c.Healthcheck.Test;
        if (typeof c.Healthcheck !== 'object' || (test !== undefined && test !== null && !isStringArray(test)))
            fail('Healthcheck', 'an object with a Test list');
    }
    return c;
}
/**
 * Parses and checks an image config blob (OCI image-spec `config.md`, which Docker's v1 config
 * also satisfies): the one place a config is read, so every consumer gets the same checks.
 */
function parseImageConfig(bytes, where = 'image config') {
    if (bytes.length > MAX_CONFIG_BYTES)
        throw new ImageConfigError(`${where} is ${bytes.length} bytes (limit ${MAX_CONFIG_BYTES})`);
    let json;
    try {
        json = JSON.parse(bytes.toString());
    }
    catch (error) {
        throw new ImageConfigError(`${where} is not valid JSON: ${error.message}`);
    }
    if (!json || typeof json !== 'object' || Array.isArray(json))
        throw new ImageConfigError(`${where} is not a JSON object`);
    const c = json;
    for (const field of ['architecture', 'os']) {
        if (typeof c[field] !== 'string' || c[field] === '')
            throw new ImageConfigError(`${where}: ${field} is missing`);
    }
    if (c.variant !== undefined && typeof c.variant !== 'string')
        throw new ImageConfigError(`${where}: variant is not a string`);
    if (c.created !== undefined && typeof c.created !== 'string')
        throw new ImageConfigError(`${where}: created is not a string`);
    const rootfs = c.rootfs;
    if (!rootfs || typeof rootfs !== 'object' || rootfs.type !== 'layers')
        throw new ImageConfigError(`${where}: rootfs.type is not "layers"`);
    if (!isStringArray(rootfs.diff_ids) || !rootfs.diff_ids.every(isDigest))
        throw new ImageConfigError(`${where}: rootfs.diff_ids is not a list of digests`);
    if (c.history !== undefined && c.history !== null && !Array.isArray(c.history))
        throw new ImageConfigError(`${where}: history is not a list`);
    if (c.history === null)
        delete c.history;
    const container = checkContainerConfig(c.config, where);
    if (container === undefined)
        delete c.config;
    return c;
}
/** The platform a config declares. */
function configPlatform(config) {
    return { os: config.os, architecture: config.architecture, ...(config.variant ? { variant: config.variant } : {}) };
}

;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
// EXTERNAL MODULE: ./node_modules/.pnpm/tar-stream@3.3.0_bare-buffer@3.7.4/node_modules/tar-stream/index.js
var tar_stream = __nccwpck_require__(193);
;// CONCATENATED MODULE: ./packages/oci/src/tar-reader.ts

const TYPES = {
    file: 'file',
    'contiguous-file': 'file',
    directory: 'directory',
    symlink: 'symlink',
    link: 'hardlink',
};
/**
 * Streams the headers of a tar archive (ustar, PAX and GNU long names, read by tar-stream),
 * skipping file contents without buffering them, so a layer of any size is listed in
 * constant memory.
 */
async function* tar_reader_tarHeaders(stream) {
    const tar = extract();
    stream.on('error', (error) => tar.destroy(error));
    stream.pipe(tar);
    for await (const entry of tar) {
        const h = entry.header;
        const header = {
            path: h.name.replace(/^\.\//, '').replace(/^\/+/, ''),
            type: TYPES[h.type ?? 'file'] ?? 'other',
            size: h.size ?? 0,
            mode: h.mode ?? 0,
            uid: h.uid ?? 0,
            gid: h.gid ?? 0,
        };
        if (h.linkname && (header.type === 'symlink' || header.type === 'hardlink'))
            header.linkTarget = h.linkname;
        yield header;
        entry.resume();
    }
}

;// CONCATENATED MODULE: ./packages/oci/src/image-filesystem.ts


const WHITEOUT = '.wh.';
const OPAQUE = '.wh..wh..opq';
function layerTar(stream, descriptor) {
    const type = descriptor.mediaType;
    if (/zstd/.test(type))
        throw new Error(`layer ${descriptor.digest} is zstd-compressed (${type}), which this reader does not support`);
    if (!/gzip/.test(type))
        return stream;
    const gunzip = createGunzip();
    stream.on('error', (error) => gunzip.destroy(error));
    return stream.pipe(gunzip);
}
/**
 * The final filesystem of an image: its layers applied in order with OCI whiteouts
 * (`.wh.<name>` deletes, `.wh..wh..opq` empties a directory), as path -> header.
 */
async function imageFilesystem(source, manifest) {
    const files = new Map();
    for (const layer of manifest.layers) {
        for await (const header of tarHeaders(layerTar(await source.openBlob(layer), layer))) {
            const path = header.path.replace(/\/$/, '');
            const slash = path.lastIndexOf('/');
            const dir = slash === -1 ? '' : path.slice(0, slash);
            const base = path.slice(slash + 1);
            if (base === OPAQUE) {
                const prefix = dir ? `${dir}/` : '';
                for (const key of [...files.keys()])
                    if (key.startsWith(prefix) && key !== dir)
                        files.delete(key);
                continue;
            }
            if (base.startsWith(WHITEOUT)) {
                const target = (dir ? `${dir}/` : '') + base.slice(WHITEOUT.length);
                files.delete(target);
                for (const key of [...files.keys()])
                    if (key.startsWith(`${target}/`))
                        files.delete(key);
                continue;
            }
            files.set(path, { ...header, path });
        }
    }
    return files;
}

;// CONCATENATED MODULE: ./packages/oci/src/media-types.ts
const media_types_MediaType = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    ociLayerTar: 'application/vnd.oci.image.layer.v1.tar',
    ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    ociLayerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
    ociEmpty: 'application/vnd.oci.empty.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerConfig: 'application/vnd.docker.container.image.v1+json',
    dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
};
const INDEX_MEDIA_TYPES = [media_types_MediaType.ociIndex, media_types_MediaType.dockerManifestList];
const IMAGE_MANIFEST_MEDIA_TYPES = [media_types_MediaType.ociManifest, media_types_MediaType.dockerManifest];
const MANIFEST_MEDIA_TYPES = [...IMAGE_MANIFEST_MEDIA_TYPES, ...INDEX_MEDIA_TYPES];
function isIndexMediaType(mediaType) {
    return mediaType !== undefined && INDEX_MEDIA_TYPES.includes(mediaType);
}
function isManifestMediaType(mediaType) {
    return mediaType !== undefined && MANIFEST_MEDIA_TYPES.includes(mediaType);
}

;// CONCATENATED MODULE: ./packages/oci/src/manifest.ts


const ANNOTATION_REF_NAME = 'org.opencontainers.image.ref.name';
const manifest_ANNOTATION_SOURCE = 'org.opencontainers.image.source';
function manifest_isIndex(manifest) {
    return Array.isArray(manifest.manifests);
}
class ManifestFormatError extends Error {
}
function checkDescriptor(value, where) {
    const d = value;
    if (!d || typeof d !== 'object')
        throw new ManifestFormatError(`${where} is not an object`);
    if (typeof d.mediaType !== 'string' || d.mediaType === '')
        throw new ManifestFormatError(`${where}.mediaType is missing`);
    if (typeof d.digest !== 'string')
        throw new ManifestFormatError(`${where}.digest is missing`);
    try {
        assertDigest(d.digest, `${where}.digest`);
    }
    catch (error) {
        throw new ManifestFormatError(error.message);
    }
    if (typeof d.size !== 'number' || !Number.isSafeInteger(d.size) || d.size < 0) {
        throw new ManifestFormatError(`${where}.size must be a non-negative integer`);
    }
    return d;
}
/**
 * Parses manifest bytes and validates the fields this project relies on. The media type
 * comes from the descriptor or HTTP header that pointed at the bytes, because Docker
 * schema 2 manifests and some OCI manifests do not carry it in the body.
 */
function parseManifest(bytes, mediaType, where = 'manifest') {
    let json;
    try {
        json = JSON.parse(bytes.toString());
    }
    catch (error) {
        throw new ManifestFormatError(`${where} is not valid JSON: ${error.message}`);
    }
    const m = json;
    if (!m || typeof m !== 'object' || Array.isArray(m))
        throw new ManifestFormatError(`${where} is not a JSON object`);
    if (m.schemaVersion !== 2)
        throw new ManifestFormatError(`${where} has schemaVersion ${String(m.schemaVersion)}; only 2 is supported`);
    const bodyType = typeof m.mediaType === 'string' ? m.mediaType : undefined;
    const effective = bodyType ?? mediaType;
    if (!isManifestMediaType(effective))
        throw new ManifestFormatError(`${where} has unsupported media type ${effective}`);
    if (bodyType && mediaType && bodyType !== mediaType && isManifestMediaType(mediaType)) {
        throw new ManifestFormatError(`${where} says mediaType ${bodyType} but was served as ${mediaType}`);
    }
    if (isIndexMediaType(effective)) {
        if (!Array.isArray(m.manifests))
            throw new ManifestFormatError(`${where}.manifests must be an array`);
        m.manifests.forEach((d, i) => checkDescriptor(d, `${where}.manifests[${i}]`));
    }
    else {
        checkDescriptor(m.config, `${where}.config`);
        if (!Array.isArray(m.layers))
            throw new ManifestFormatError(`${where}.layers must be an array`);
        m.layers.forEach((d, i) => checkDescriptor(d, `${where}.layers[${i}]`));
    }
    if (m.subject !== undefined)
        checkDescriptor(m.subject, `${where}.subject`);
    return m;
}
/** The media type a manifest should be served with: its own field, else the expected default. */
function manifest_manifestMediaType(manifest, fallback) {
    return manifest.mediaType ?? fallback ?? (manifest_isIndex(manifest) ? MediaType.ociIndex : MediaType.ociManifest);
}
/** `os/arch[/variant]` as written in inputs (`linux/amd64`, `linux/arm/v7`). */
const PLATFORM_PATTERN = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/;
function isPlatform(text) {
    return PLATFORM_PATTERN.test(text);
}
/** Parses `os/arch[/variant]`; callers validate with isPlatform first to word their own error. */
function parsePlatform(text) {
    if (!isPlatform(text))
        throw new Error(`platform "${text}" is not os/arch[/variant], e.g. linux/amd64`);
    const [os, architecture, variant] = text.split('/');
    return { os, architecture, ...(variant ? { variant } : {}) };
}
function platformString(platform) {
    if (!platform)
        return 'unknown';
    return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}

;// CONCATENATED MODULE: ./packages/oci/src/image-graph.ts

const MAX_DEPTH = 8;
function isNonDistributable(descriptor) {
    return /nondistributable|foreign/.test(descriptor.mediaType) && (descriptor.urls?.length ?? 0) > 0;
}
/**
 * Reads the whole content graph of an image (index -> manifests -> config and layers) so a
 * copy knows everything it must place before the first tag is written.
 */
async function image_graph_collectImage(source, root) {
    const manifests = [];
    const seenManifests = new Set();
    const blobs = new Map();
    const visit = async (descriptor, depth, path) => {
        if (depth > MAX_DEPTH)
            throw new Error(`${source.label}: indexes nest deeper than ${MAX_DEPTH} levels at ${descriptor.digest}`);
        if (path.includes(descriptor.digest))
            throw new Error(`${source.label}: manifest ${descriptor.digest} refers to itself through ${path.join(' -> ')}`);
        const bytes = await source.readBlob(descriptor);
        const manifest = parseManifest(bytes, descriptor.mediaType, `manifest ${descriptor.digest} from ${source.label}`);
        const node = { descriptor, bytes, manifest };
        if (manifest_isIndex(manifest)) {
            for (const child of manifest.manifests) {
                if (!seenManifests.has(child.digest))
                    await visit(child, depth + 1, [...path, descriptor.digest]);
            }
        }
        else {
            for (const blob of [manifest.config, ...manifest.layers]) {
                if (!isNonDistributable(blob) && !blobs.has(blob.digest))
                    blobs.set(blob.digest, blob);
            }
        }
        if (!seenManifests.has(descriptor.digest)) {
            seenManifests.add(descriptor.digest);
            manifests.push(node);
        }
        return node;
    };
    const rootNode = await visit(root, 0, []);
    return { root: rootNode, manifests, blobs: [...blobs.values()] };
}
/**
 * Copies an image (blobs, then manifests, children first) from `source` into `target`
 * without naming it there: engines write each result to a staging layout, and the build
 * names the final image (or the index assembled from several) itself.
 */
async function copyIntoLayout(source, root, target) {
    const graph = await image_graph_collectImage(source, root);
    for (const blob of graph.blobs) {
        if (!(await target.hasBlob(blob.digest)))
            await target.writeBlobStream(await source.openBlob(blob));
    }
    for (const manifest of graph.manifests) {
        if (!(await target.hasBlob(manifest.descriptor.digest)))
            await target.writeBlob(manifest.bytes);
    }
}

;// CONCATENATED MODULE: ./packages/oci/src/image-inspect.ts

/**
 * Where an image declares its source repository: ghcr.io links a package to a repository
 * by the `org.opencontainers.image.source` manifest annotation or config label.
 */
async function findSourceLabel(image) {
    if (image.manifest.annotations?.[ANNOTATION_SOURCE])
        return image.manifest.annotations[ANNOTATION_SOURCE];
    const [first] = await image.platforms();
    return first?.manifest.annotations?.[ANNOTATION_SOURCE] ?? first?.config.config?.Labels?.[ANNOTATION_SOURCE];
}

;// CONCATENATED MODULE: ./packages/oci/src/image-source.ts

function layoutSource(layout) {
    return {
        label: `OCI layout ${layout.dir}`,
        readBlob: (descriptor) => layout.readBlob(descriptor),
        openBlob: async (descriptor) => layout.openBlob(descriptor),
    };
}
function registrySource(client, repository) {
    return {
        label: `${client.registry}/${repository}`,
        location: { registry: client.registry, repository },
        readBlob: async (descriptor) => isManifestMediaType(descriptor.mediaType) ? (await client.getManifest(repository, descriptor.digest)).bytes : client.getBlobBytes(repository, descriptor),
        openBlob: (descriptor) => client.getBlob(repository, descriptor),
    };
}

;// CONCATENATED MODULE: external "node:stream/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: ./packages/oci/src/layer-tar.ts



function byPath(a, b) {
    return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
async function packEntries(pack, entries, mtime) {
    for (const entry of [...entries].sort(byPath)) {
        const header = {
            name: entry.path,
            type: entry.type,
            mode: entry.mode ?? (entry.type === 'file' ? 0o644 : 0o755),
            uid: entry.uid ?? 0,
            gid: entry.gid ?? 0,
            uname: '',
            gname: '',
            devmajor: 0,
            devminor: 0,
            mtime,
            linkname: entry.type === 'symlink' ? (entry.linkTarget ?? '') : '',
            size: entry.type === 'file' ? (entry.content?.length ?? 0) : 0,
        };
        await new Promise((resolve, reject) => {
            const done = (error) => (error ? reject(error) : resolve());
            if (entry.type === 'file')
                pack.entry(header, entry.content ?? Buffer.alloc(0), done);
            else
                pack.entry(header, done);
        });
    }
    pack.finalize();
}
/**
 * A reproducible tar stream (tar-stream's ustar writer, PAX headers for names it cannot
 * split): entries sorted by path, one fixed mtime, explicit owners and modes, no user or
 * group names. The same entries always give the same bytes.
 */
function layer_tar_tarStream(entries, options = {}) {
    const tar = pack();
    packEntries(tar, entries, new Date((options.mtime ?? 0) * 1000)).catch((error) => tar.destroy(error));
    return Readable.from(tar);
}
/** The gzip-compressed tar (Node's gzip header carries no timestamp, so it is reproducible too). */
function gzipTarStream(entries, options = {}) {
    return layer_tar_tarStream(entries, options).pipe(createGzip({ level: 6 }));
}

;// CONCATENATED MODULE: ./packages/oci/src/image-writer.ts






/** Writes entries as a gzip layer, hashing the tar on the way for its diff_id. */
async function writeLayer(layout, entries, options = {}) {
    const uncompressed = new HashingStream();
    const compressed = new PassThrough();
    const writing = layout.writeBlobStream(compressed);
    await pipeline(tarStream(entries, options), uncompressed, createGzip({ level: 6 }), compressed);
    const { digest, size } = await writing;
    return { descriptor: { mediaType: MediaType.ociLayerGzip, digest, size }, diffId: uncompressed.digest() };
}
async function writeImage(layout, options) {
    const config = {
        architecture: options.platform.architecture,
        os: options.platform.os,
        ...(options.platform.variant ? { variant: options.platform.variant } : {}),
        ...(options.created ? { created: options.created } : {}),
        config: options.config ?? {},
        rootfs: { type: 'layers', diff_ids: options.layers.map((l) => l.diffId) },
        ...(options.history ? { history: options.history } : {}),
    };
    const configDescriptor = await layout.writeJson(MediaType.ociConfig, config);
    const manifest = {
        schemaVersion: 2,
        mediaType: MediaType.ociManifest,
        config: configDescriptor,
        layers: options.layers.map((l) => l.descriptor),
        ...(options.annotations ? { annotations: options.annotations } : {}),
    };
    const descriptor = await layout.writeJson(MediaType.ociManifest, manifest, { platform: options.platform });
    if (options.refName)
        await layout.addToIndex(descriptor, options.refName);
    return descriptor;
}
async function writeIndex(layout, manifests, options = {}) {
    const index = {
        schemaVersion: 2,
        mediaType: media_types_MediaType.ociIndex,
        manifests,
        ...(options.annotations ? { annotations: options.annotations } : {}),
    };
    const descriptor = await layout.writeJson(media_types_MediaType.ociIndex, index);
    if (options.refName)
        await layout.addToIndex(descriptor, options.refName);
    return descriptor;
}
/**
 * Names the result of a build in the layout: one manifest as it is, several (one per
 * platform, in the order given) as an index, so "one image or an index" is decided here only.
 */
async function writeImageOrIndex(layout, manifests, options) {
    if (manifests.length === 0)
        throw new Error('writeImageOrIndex: no manifest to name');
    if (manifests.length === 1) {
        await layout.addToIndex(manifests[0], options.refName);
        return manifests[0];
    }
    return writeIndex(layout, manifests, options);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
;// CONCATENATED MODULE: ./packages/oci/src/in-toto.ts



/**
 * in-toto attestation framework, Statement layer v1 (github.com/in-toto/attestation,
 * spec/v1/statement.md): the envelope-less statement an image's evidence is written as. Signing
 * (DSSE / Sigstore) happens in the workflow with GitHub's artifact attestations.
 */
const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** The media type of a statement as a layer and as the artifact type of its referrer manifest. */
const in_toto_IN_TOTO_MEDIA_TYPE = 'application/vnd.in-toto+json';
/** The annotation naming the predicate type on an attached statement (what BuildKit and cosign write). */
const in_toto_PREDICATE_TYPE_ANNOTATION = 'in-toto.io/predicate-type';
/** The subject entry for an image: its name and manifest digest (`sha256:<hex>` becomes `{sha256: <hex>}`). */
function imageSubject(name, digest) {
    const [algorithm, hex] = digest.split(':');
    return { name, digest: { [algorithm]: hex } };
}
/** `sha256:<hex>` for each subject that names a sha256 digest. */
function in_toto_subjectDigests(statement) {
    return statement.subject.flatMap((s) => (typeof s.digest?.['sha256'] === 'string' ? [`sha256:${s.digest['sha256']}`] : []));
}
/**
 * Reads a statement (the JSON of a `.intoto.json` file) and checks the Statement layer's
 * required fields: `_type` v1, a non-empty `subject` whose entries all carry a digest, a
 * `predicateType` URI and, when present, an object `predicate`. `source` names the file.
 */
function in_toto_parseStatement(text, source) {
    const bad = (what) => new ActionError(`${source} is not an in-toto statement: ${what}`, `pass the file the build or scan step wrote (an in-toto Statement v1, ${IN_TOTO_STATEMENT_V1})`);
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw bad(`not JSON (${error.message})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw bad('not a JSON object');
    const statement = value;
    if (statement['_type'] !== IN_TOTO_STATEMENT_V1)
        throw bad(`_type is ${JSON.stringify(statement['_type'])}, not ${IN_TOTO_STATEMENT_V1}`);
    const subject = statement['subject'];
    if (!Array.isArray(subject) || subject.length === 0)
        throw bad('subject is missing or empty');
    for (const [i, entry] of subject.entries()) {
        const digest = entry?.digest;
        if (typeof digest !== 'object' ||
            digest === null ||
            Object.keys(digest).length === 0 ||
            !Object.values(digest).every((v) => typeof v === 'string' && /^[0-9a-f]+$/.test(v))) {
            throw bad(`subject[${i}] has no digest set of lowercase hex values`);
        }
    }
    if (typeof statement['predicateType'] !== 'string' || !/^[a-z][a-z0-9+.-]*:/.test(statement['predicateType']))
        throw bad('predicateType is not a URI');
    const predicate = statement['predicate'];
    if (predicate !== undefined && (typeof predicate !== 'object' || predicate === null || Array.isArray(predicate)))
        throw bad('predicate is not an object');
    return statement;
}
/**
 * What was scanned is what ships: evidence is attached only when every subject of the
 * statement is the image it is attached to. Anything else (another build, a tampered file)
 * is refused before anything is written.
 */
function in_toto_checkStatementSubject(statement, imageDigest, source) {
    const digests = statement.subject.map((s) => typeof s.digest?.['sha256'] === 'string'
        ? `sha256:${s.digest['sha256']}`
        : Object.entries(s.digest ?? {})
            .map(([a, v]) => `${a}:${v}`)
            .join(','));
    const others = digests.filter((d) => d !== imageDigest);
    if (others.length > 0) {
        throw new ActionError(`${source} (${statement.predicateType}) is about ${others.join(', ')}, not the image ${imageDigest}; refusing to attach evidence to an image it does not describe`, 'attach the statements the build and scan of this very image wrote (their subject is its digest), and rebuild or rescan if the image changed');
    }
}
/** Writes a statement as a `.intoto.json` file (indented: it is read by people too). */
async function writeStatement(path, statement) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `${JSON.stringify(statement, null, 2)}\n`);
    return path;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
;// CONCATENATED MODULE: ./packages/oci/src/oci-layout.ts









const LAYOUT_FILE = 'oci-layout';
/**
 * Why a layout cannot give the image asked for: `missing` (not a layout), `damaged`
 * (unreadable index, corrupt or missing blob), `no-image` (no such name or digest),
 * `ambiguous` (several images and none named), `digest` (the named image is another one).
 * The action layer maps the reason to the input that chose the layout, name or digest.
 */
class OciLayoutError extends errors/* ActionError */.lZ {
    reason;
    constructor(reason, what, fix) {
        super(what, fix);
        this.reason = reason;
    }
}
const LAYOUT_VERSION = '1.0.0';
/**
 * An OCI image layout directory (image-spec `image-layout.md`): `oci-layout`, `index.json`
 * and content-addressed `blobs/<alg>/<hex>`. Blobs are written to a temporary file while
 * hashing and renamed into place, so a crash never leaves a blob whose name lies.
 */
class OciLayout {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    static async open(dir) {
        let text;
        try {
            text = await (0,promises_.readFile)((0,external_node_path_.join)(dir, LAYOUT_FILE), 'utf8');
        }
        catch (error) {
            const code = error.code;
            throw new OciLayoutError('missing', `${dir} is not an OCI image layout (${code === 'ENOENT' ? 'no oci-layout file' : error.message})`, 'point oci-layout at the directory the build step wrote, or build the image first');
        }
        let version;
        try {
            version = JSON.parse(text).imageLayoutVersion;
        }
        catch {
            version = undefined;
        }
        if (version !== LAYOUT_VERSION) {
            throw new OciLayoutError('missing', `${(0,external_node_path_.join)(dir, LAYOUT_FILE)} declares imageLayoutVersion ${String(version)}`, `only ${LAYOUT_VERSION} is supported; rebuild the layout`);
        }
        return new OciLayout(dir);
    }
    /** Opens the layout at `dir`, creating an empty one when the directory has none. */
    static async create(dir) {
        await (0,promises_.mkdir)((0,external_node_path_.join)(dir, 'blobs', 'sha256'), { recursive: true });
        const existing = await (0,promises_.stat)((0,external_node_path_.join)(dir, LAYOUT_FILE)).catch(() => undefined);
        if (!existing) {
            await (0,promises_.writeFile)((0,external_node_path_.join)(dir, LAYOUT_FILE), JSON.stringify({ imageLayoutVersion: LAYOUT_VERSION }));
            await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, mediaType: media_types_MediaType.ociIndex, manifests: [] }));
        }
        return OciLayout.open(dir);
    }
    blobPath(digest) {
        assertDigest(digest, 'blob digest');
        return (0,external_node_path_.join)(this.dir, 'blobs', algorithmOf(digest), encodedOf(digest));
    }
    async hasBlob(digest) {
        return (await (0,promises_.stat)(this.blobPath(digest)).catch(() => undefined))?.isFile() ?? false;
    }
    /** A stream that fails at its end if the stored bytes no longer match the digest. */
    openBlob(descriptor) {
        const verifier = new VerifyingStream(descriptor.digest, descriptor.size, `blob ${descriptor.digest} in ${this.dir}`);
        // Large reads keep per-chunk overhead (hashing calls, fetch body pulls) low on big layers.
        const file = (0,external_node_fs_.createReadStream)(this.blobPath(descriptor.digest), { highWaterMark: 1024 * 1024 });
        file.on('error', (error) => verifier.destroy(this.missingBlob(descriptor.digest, error)));
        return file.pipe(verifier);
    }
    async readBlob(descriptor) {
        let bytes;
        try {
            bytes = await (0,promises_.readFile)(this.blobPath(descriptor.digest));
        }
        catch (error) {
            throw this.missingBlob(descriptor.digest, error);
        }
        const actual = digest_digestOf(bytes, algorithmOf(descriptor.digest));
        if (actual !== descriptor.digest || bytes.length !== descriptor.size) {
            throw new OciLayoutError('damaged', `blob ${descriptor.digest} in ${this.dir} is corrupt (content hashes to ${actual}, ${bytes.length} bytes)`, 'rebuild the image into a fresh layout');
        }
        return bytes;
    }
    async readManifest(descriptor) {
        return parseManifest(await this.readBlob(descriptor), descriptor.mediaType, `manifest ${descriptor.digest} in ${this.dir}`);
    }
    async writeBlob(data) {
        const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data);
        const digest = digest_digestOf(bytes);
        if (!(await this.hasBlob(digest))) {
            const temp = (0,external_node_path_.join)(this.dir, 'blobs', `.tmp-${(0,external_node_crypto_.randomUUID)()}`);
            await (0,promises_.writeFile)(temp, bytes);
            await (0,promises_.rename)(temp, this.blobPath(digest));
        }
        return { digest, size: bytes.length };
    }
    /** Streams content into the layout, hashing on the way; nothing is held in memory. */
    async writeBlobStream(source) {
        const temp = (0,external_node_path_.join)(this.dir, 'blobs', `.tmp-${(0,external_node_crypto_.randomUUID)()}`);
        const hasher = new digest_HashingStream();
        try {
            await (0,promises_namespaceObject.pipeline)(source, hasher, (0,external_node_fs_.createWriteStream)(temp));
            const digest = hasher.digest();
            await (0,promises_.rename)(temp, this.blobPath(digest));
            return { digest, size: hasher.size };
        }
        catch (error) {
            await (0,promises_.rm)(temp, { force: true });
            throw error;
        }
    }
    async writeJson(mediaType, value, extra = {}) {
        const { digest, size } = await this.writeBlob(JSON.stringify(value));
        return { mediaType, digest, size, ...extra };
    }
    async index() {
        const path = (0,external_node_path_.join)(this.dir, 'index.json');
        let text;
        try {
            text = await (0,promises_.readFile)(path, 'utf8');
        }
        catch (error) {
            throw new OciLayoutError('damaged', `${path} cannot be read: ${error.message}`, 'the layout is incomplete; rebuild it');
        }
        try {
            return parseManifest(text, media_types_MediaType.ociIndex, path);
        }
        catch (error) {
            throw new OciLayoutError('damaged', `${path} is not a valid image index: ${error.message}`, 'the layout is damaged; rebuild it');
        }
    }
    /** Adds (or replaces, by ref name) an entry in index.json, written atomically. */
    async addToIndex(descriptor, refName) {
        const index = await this.index();
        const entry = refName ? { ...descriptor, annotations: { ...descriptor.annotations, [ANNOTATION_REF_NAME]: refName } } : descriptor;
        const manifests = index.manifests.filter((m) => (refName ? m.annotations?.[ANNOTATION_REF_NAME] !== refName : m.digest !== descriptor.digest));
        manifests.push(entry);
        const temp = (0,external_node_path_.join)(this.dir, `.index-${(0,external_node_crypto_.randomUUID)()}.json`);
        await (0,promises_.writeFile)(temp, JSON.stringify({ ...index, manifests }));
        await (0,promises_.rename)(temp, (0,external_node_path_.join)(this.dir, 'index.json'));
    }
    refNames(index) {
        return index.manifests.map((m) => m.annotations?.[ANNOTATION_REF_NAME]).filter((n) => Boolean(n));
    }
    /**
     * The descriptor for a ref name (`org.opencontainers.image.ref.name`), else for `digest`,
     * else the only image. With both, the named image must have that digest (the build's
     * output checked against what the layout holds now). Errors list what the layout holds.
     */
    async resolve(refName, digest) {
        const index = await this.index();
        const names = this.refNames(index);
        const held = names.length ? `it holds ${names.map((n) => `"${n}"`).join(', ')}` : `it holds ${index.manifests.length} unnamed image(s)`;
        let found;
        if (refName) {
            const named = index.manifests.filter((m) => m.annotations?.[ANNOTATION_REF_NAME] === refName);
            if (named.length === 0)
                throw new OciLayoutError('no-image', `the OCI layout ${this.dir} has no image named "${refName}" (${held})`, 'pick one of those names, or build the image into this layout first');
            if (named.length > 1)
                throw new OciLayoutError('ambiguous', `the OCI layout ${this.dir} has ${named.length} images named "${refName}"`, 'rebuild the layout so each name is unique');
            found = named[0];
        }
        else if (digest) {
            const matching = index.manifests.find((m) => m.digest === digest);
            if (!matching)
                throw new OciLayoutError('digest', `the OCI layout ${this.dir} holds no image ${digest} (${held})`, 'pass the digest the build step wrote into this layout, or rebuild the image');
            return matching;
        }
        else if (index.manifests.length === 1) {
            found = index.manifests[0];
        }
        else if (index.manifests.length === 0) {
            throw new OciLayoutError('no-image', `the OCI layout ${this.dir} holds no image`, 'build the image into this layout first');
        }
        else {
            throw new OciLayoutError('ambiguous', `the OCI layout ${this.dir} holds ${index.manifests.length} images (${held})`, 'name the one to use');
        }
        if (digest && found.digest !== digest) {
            throw new OciLayoutError('digest', `the OCI layout ${this.dir} holds ${found.digest}${refName ? ` under "${refName}"` : ''}, not ${digest}`, 'the layout was rebuilt or overwritten after that build; pass the digest and layout of the same build, or rebuild');
        }
        return found;
    }
    /** Digests of every blob file present, for garbage collection and tests. */
    async listBlobs() {
        const result = [];
        for (const algorithm of ['sha256', 'sha512']) {
            const files = await (0,promises_.readdir)((0,external_node_path_.join)(this.dir, 'blobs', algorithm)).catch(() => []);
            for (const file of files)
                if (!file.startsWith('.'))
                    result.push(`${algorithm}:${file}`);
        }
        return result;
    }
    missingBlob(digest, error) {
        if (error.code === 'ENOENT') {
            return new OciLayoutError('damaged', `the OCI layout ${this.dir} is missing blob ${digest}`, 'the layout is incomplete; rebuild the image into a fresh layout');
        }
        return error;
    }
}

;// CONCATENATED MODULE: ./packages/oci/src/reference.ts


/** A string that is not an image reference; `asInput` turns it into an error naming the input. */
class InvalidReferenceError extends errors/* InvalidValueError */.$x {
    constructor(input, reason, hint) {
        super(`"${input}"`, `is not a valid image reference: ${reason}`, hint);
    }
}
const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_ALIASES = new Set(['index.docker.io', 'registry-1.docker.io', 'docker.io']);
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]{1,5})?$`);
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const MAX_NAME_LENGTH = 255;
function looksLikeDomain(first) {
    return first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase();
}
/**
 * Parses a reference the way the Docker/distribution tooling does (default registry
 * docker.io, `library/` for official images), validating every part against the
 * distribution grammar so a bad tag fails here, not halfway through a push.
 */
function parseReference(input, options = {}) {
    const text = input.trim();
    const notes = [];
    if (text === '')
        throw new InvalidReferenceError(input, 'it is empty', 'write it as registry/owner/name:tag');
    if (/\s/.test(text))
        throw new InvalidReferenceError(input, 'it contains whitespace', 'remove the spaces');
    if (/^[a-z]+:\/\//i.test(text)) {
        throw new InvalidReferenceError(input, 'it starts with a URL scheme', `drop the scheme: ${text.replace(/^[a-z]+:\/\//i, '')}`);
    }
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!isDigest(digest)) {
            throw new InvalidReferenceError(input, `"${digest}" is not a digest`, 'digests look like sha256: followed by 64 lowercase hex characters');
        }
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag)) {
            throw new InvalidReferenceError(input, `tag "${tag}" is invalid`, 'tags are at most 128 characters of letters, digits, "_", "." and "-", and cannot start with "." or "-"');
        }
    }
    const parts = rest.split('/');
    let registry = DOCKER_HUB;
    if (parts.length > 1 && looksLikeDomain(parts[0])) {
        registry = parts.shift();
        if (!DOMAIN.test(registry)) {
            throw new InvalidReferenceError(input, `registry "${registry}" is not a valid host[:port]`, 'use a host name like ghcr.io or 127.0.0.1:5000');
        }
    }
    if (DOCKER_HUB_ALIASES.has(registry))
        registry = DOCKER_HUB;
    registry = registry.toLowerCase();
    let repository = parts.join('/');
    if (repository === '')
        throw new InvalidReferenceError(input, 'the repository name is empty', 'write it as registry/owner/name:tag');
    if (registry === 'ghcr.io' && repository !== repository.toLowerCase()) {
        if (options.lowercaseGhcr === false) {
            throw new InvalidReferenceError(input, 'ghcr.io repository names must be lowercase', `use ${registry}/${repository.toLowerCase()}`);
        }
        notes.push(`ghcr.io requires lowercase names: using ${registry}/${repository.toLowerCase()} for ${registry}/${repository}`);
        repository = repository.toLowerCase();
    }
    for (const component of repository.split('/')) {
        if (!PATH_COMPONENT.test(component)) {
            const lower = component.toLowerCase();
            throw new InvalidReferenceError(input, `repository path component "${component}" is invalid`, lower !== component && PATH_COMPONENT.test(lower)
                ? `repository names must be lowercase: use "${lower}"`
                : 'components are lowercase letters and digits separated by ".", "_", "__" or "-"');
        }
    }
    if (registry === DOCKER_HUB && !repository.includes('/'))
        repository = `library/${repository}`;
    if (`${registry}/${repository}`.length > MAX_NAME_LENGTH) {
        throw new InvalidReferenceError(input, `the name is longer than ${MAX_NAME_LENGTH} characters`, 'shorten the repository path');
    }
    if (options.requireTagOrDigest && tag === undefined && digest === undefined) {
        throw new InvalidReferenceError(input, 'it has neither a tag nor a digest', `add one, e.g. ${registry}/${repository}:v1`);
    }
    const result = { registry, repository, notes };
    if (tag !== undefined)
        result.tag = tag;
    if (digest !== undefined)
        result.digest = digest;
    return result;
}
/** Whether a reference names its registry (`ghcr.io/a/b`, `localhost:5000/a`) rather than relying on docker.io. */
function hasExplicitRegistry(text) {
    const slash = text.indexOf('/');
    return slash > 0 && looksLikeDomain(text.slice(0, slash));
}
/** `registry/repository` without tag or digest. */
function repositoryOf(ref) {
    return `${ref.registry}/${ref.repository}`;
}
function formatReference(ref) {
    return `${repositoryOf(ref)}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}
/** The host to talk HTTP to: Docker Hub's API does not live at docker.io. */
function registryEndpoint(registry) {
    return registry === DOCKER_HUB ? 'registry-1.docker.io' : registry;
}
/**
 * Loopback registries speak plain HTTP (as Docker treats them as insecure by default);
 * everything else is HTTPS. Only the test and local pipeline registries live on loopback.
 */
function isLoopbackRegistry(registry) {
    const host = registry.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 11 modules
var src = __nccwpck_require__(613);
;// CONCATENATED MODULE: ./packages/action-kit/src/retry.ts
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

;// CONCATENATED MODULE: ./packages/oci/src/auth.ts

/** Parses `Bearer realm="...",service="...",scope="..."` (quoted or token values). */
function parseChallenge(header) {
    if (!header)
        return undefined;
    const match = /^\s*(\w+)\s*(.*)$/s.exec(header);
    if (!match)
        return undefined;
    const scheme = match[1].toLowerCase();
    if (scheme !== 'basic' && scheme !== 'bearer')
        return undefined;
    const params = {};
    const pattern = /([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
    for (const m of match[2].matchAll(pattern))
        params[m[1].toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? '');
    return { scheme, params };
}
function repositoryScope(repository, actions) {
    return `repository:${repository}:${actions}`;
}
/** Merges scopes so one token can cover e.g. pull,push on the target and pull on a mount source. */
function mergeScopes(scopes) {
    const byResource = new Map();
    for (const scope of scopes) {
        const last = scope.lastIndexOf(':');
        if (last <= 0)
            continue;
        const resource = scope.slice(0, last);
        const set = byResource.get(resource) ?? new Set();
        for (const action of scope.slice(last + 1).split(','))
            if (action)
                set.add(action);
        byResource.set(resource, set);
    }
    return [...byResource.entries()].map(([resource, actions]) => `${resource}:${[...actions].sort().join(',')}`).sort();
}
function basicAuthorization(username, password) {
    return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}
/**
 * Answers the registry's WWW-Authenticate challenge: Basic credentials, or a Bearer token
 * exchanged at the realm for exactly the scopes a request needs (ghcr.io, Docker Hub and
 * distribution's token auth all work this way). Tokens are cached per scope set.
 */
class RegistryAuth {
    registry;
    credentials;
    send;
    log;
    challenge;
    tokens = new Map();
    constructor(registry, credentials, send, log) {
        this.registry = registry;
        this.credentials = credentials;
        this.send = send;
        this.log = log;
    }
    get scheme() {
        return this.challenge?.scheme ?? 'none';
    }
    learn(header) {
        const challenge = parseChallenge(header);
        if (!challenge)
            return false;
        this.challenge = challenge;
        return true;
    }
    /** Called after a 401: returns the scopes to retry with, or undefined when retrying is pointless. */
    retryScopes(header, scopes) {
        const before = this.challenge?.scheme;
        if (!this.learn(header))
            return undefined;
        if (this.challenge.scheme === 'basic')
            return before === 'basic' ? undefined : scopes;
        const merged = mergeScopes([...scopes, ...(this.challenge.params.scope ?? '').split(' ').filter(Boolean)]);
        this.tokens.delete(merged.join(' '));
        return merged;
    }
    async authorization(scopes) {
        const challenge = this.challenge;
        if (!challenge)
            return undefined;
        if (challenge.scheme === 'basic') {
            const { username, password } = this.credentials ?? {};
            if (username === undefined || password === undefined) {
                throw new RegistryError({ registry: this.registry, operation: 'authenticate', status: 401, detail: 'it asks for Basic credentials and none were given' }, `pass username and password, or log in so ~/.docker/config.json has credentials for ${this.registry}`);
            }
            return basicAuthorization(username, password);
        }
        const key = mergeScopes(scopes).join(' ');
        const cached = this.tokens.get(key);
        if (cached && cached.expiresAt > Date.now())
            return `Bearer ${cached.value}`;
        const token = await this.fetchToken(challenge, mergeScopes(scopes));
        this.tokens.set(key, token);
        return `Bearer ${token.value}`;
    }
    async fetchToken(challenge, scopes) {
        const realm = challenge.params.realm;
        if (!realm) {
            throw new RegistryError({ registry: this.registry, operation: 'authenticate', status: 401, detail: 'its Bearer challenge has no realm' });
        }
        const url = new URL(realm);
        const { username, password, identityToken } = this.credentials ?? {};
        let init;
        if (identityToken) {
            const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: identityToken, client_id: 'service-pipeline' });
            if (challenge.params.service)
                form.set('service', challenge.params.service);
            if (scopes.length)
                form.set('scope', scopes.join(' '));
            init = { method: 'POST', body: form.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } };
        }
        else {
            if (challenge.params.service)
                url.searchParams.set('service', challenge.params.service);
            for (const scope of scopes)
                url.searchParams.append('scope', scope);
            const headers = {};
            if (username !== undefined && password !== undefined) {
                headers.authorization = basicAuthorization(username, password);
                url.searchParams.set('account', username);
            }
            init = { method: 'GET', headers };
        }
        const anonymous = !identityToken && username === undefined;
        this.log.debug(`token exchange at ${url.origin}${url.pathname} for ${scopes.join(' ') || '(no scope)'}${anonymous ? ' (anonymous)' : ''}`);
        const response = await this.send(url.toString(), init);
        if (!response.ok) {
            await response.body?.cancel();
            throw new RegistryError({
                registry: this.registry,
                operation: 'exchange credentials for a token',
                status: response.status,
                detail: `token service ${url.origin}${url.pathname} refused`,
            }, response.status === 401 || response.status === 403
                ? `the token service rejected the ${anonymous ? 'anonymous request (credentials are required)' : 'credentials'}; check the username and password/token for ${this.registry}`
                : undefined);
        }
        const body = (await response.json());
        const value = body.token ?? body.access_token;
        if (!value) {
            throw new RegistryError({
                registry: this.registry,
                operation: 'exchange credentials for a token',
                status: response.status,
                detail: 'the token service answered without a token',
            });
        }
        // Renew a little early so a token never expires between the check and the request.
        const lifetime = Math.max(30, body.expires_in ?? 60) * 1000;
        return { value, expiresAt: Date.now() + lifetime - 10_000 };
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(161);
// EXTERNAL MODULE: ./packages/action-kit/src/exec.ts + 1 modules
var exec = __nccwpck_require__(181);
;// CONCATENATED MODULE: ./packages/oci/src/credentials.ts





/** The keys Docker writes for a registry: bare host, with scheme, and Docker Hub's legacy URL. */
function configKeys(registry) {
    if (registry === 'docker.io') {
        return ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io', 'https://index.docker.io/v1'];
    }
    return [registry, `https://${registry}`, `http://${registry}`, `https://${registry}/`, `https://${registry}/v1/`];
}
function runHelper(helper, server) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.execFile)(`docker-credential-${helper}`, ['get'], { timeout: 15_000, env: (0,exec/* childEnv */.gf)() }, (error, stdout) => {
            if (error) {
                // Helpers exit 1 with "credentials not found" when they simply have nothing.
                if (/not found/i.test(`${stdout}${error.message}`))
                    resolve(undefined);
                else
                    reject(new Error(`docker-credential-${helper} failed for ${server}: ${error.message}`));
                return;
            }
            try {
                const parsed = JSON.parse(stdout);
                if (!parsed.Secret)
                    resolve(undefined);
                else if (parsed.Username === '<token>')
                    resolve({ identityToken: parsed.Secret });
                else
                    resolve({ username: parsed.Username ?? '', password: parsed.Secret });
            }
            catch {
                reject(new Error(`docker-credential-${helper} printed something that is not JSON for ${server}`));
            }
        });
        child.stdin?.end(server);
    });
}
/**
 * Credentials for a registry from Docker's config.json (DOCKER_CONFIG or ~/.docker),
 * including credential helpers, so a laptop that ran `docker login` needs no inputs.
 */
async function credentialsFromDockerConfig(registry, configDir = process.env.DOCKER_CONFIG ?? (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker')) {
    let config;
    try {
        config = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(configDir, 'config.json'), 'utf8'));
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new Error(`cannot read ${(0,external_node_path_.join)(configDir, 'config.json')}: ${error.message}`);
    }
    const keys = configKeys(registry);
    const helper = keys.map((k) => config.credHelpers?.[k]).find(Boolean);
    if (helper)
        return runHelper(helper, keys[0]);
    for (const key of keys) {
        const entry = config.auths?.[key];
        if (!entry)
            continue;
        if (entry.identitytoken)
            return { identityToken: entry.identitytoken };
        if (entry.auth) {
            const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon > 0)
                return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
        }
        if (entry.username && entry.password)
            return { username: entry.username, password: entry.password };
    }
    if (config.credsStore)
        return runHelper(config.credsStore, keys[0]);
    return undefined;
}

;// CONCATENATED MODULE: ./packages/oci/src/registry-client.ts











const MANIFEST_ACCEPT = MANIFEST_MEDIA_TYPES.join(', ');
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
function pull(repository) {
    return repositoryScope(repository, 'pull');
}
function push(repository) {
    return repositoryScope(repository, 'pull,push');
}
/** The media type of a response, without parameters such as charset. */
function contentType(response) {
    return (response.headers.get('content-type') ?? '').split(';')[0].trim();
}
function appendQuery(url, key, value) {
    return `${url}${url.includes('?') ? '&' : '?'}${key}=${encodeURIComponent(value)}`;
}
/**
 * A client for the OCI distribution API. Every request goes through one place that handles
 * the auth challenge, retries with backoff (honouring Retry-After) and turns failures into
 * RegistryErrors that name the registry, repository and operation.
 */
class RegistryClient {
    registry;
    baseUrl;
    auth;
    log;
    policy;
    userAgent;
    timeoutMs;
    pinged;
    constructor(registry, options = {}) {
        this.registry = registry;
        const protocol = options.protocol ?? (isLoopbackRegistry(registry) ? 'http' : 'https');
        this.baseUrl = `${protocol}://${registryEndpoint(registry)}`;
        this.log = options.logger ?? src/* silentLogger */.qq;
        this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
        this.userAgent = options.userAgent ?? 'service-pipeline';
        this.timeoutMs = options.requestTimeoutMs ?? 120_000;
        this.auth = new RegistryAuth(registry, options.credentials, (url, init) => this.request({
            method: init.method,
            url,
            headers: init.headers,
            ...(init.body !== undefined ? { prepare: async () => ({ body: { body: init.body, length: Buffer.byteLength(init.body) } }) } : {}),
            scopes: [],
            operation: 'exchange credentials for a token',
            accept: 'any',
            anonymous: true,
        }), this.log);
    }
    /** GET /v2/: learns how the registry wants to be authenticated. Done once, lazily. */
    ping() {
        this.pinged ??= (async () => {
            const response = await this.request({
                method: 'GET',
                url: '/v2/',
                scopes: [],
                operation: 'answer the API version check',
                accept: 'any',
                anonymous: true,
            });
            await response.body?.cancel();
            if (response.status === 401) {
                if (!this.auth.learn(response.headers.get('www-authenticate'))) {
                    throw new RegistryError({
                        registry: this.registry,
                        operation: 'authenticate',
                        status: 401,
                        detail: 'without a WWW-Authenticate challenge this client understands',
                    });
                }
            }
            else if (response.status === 404) {
                throw new RegistryError({ registry: this.registry, operation: 'answer /v2/', status: 404 }, `${this.registry} does not serve the OCI distribution API; check the host name`);
            }
            else if (!response.ok) {
                throw new RegistryError({ registry: this.registry, operation: 'answer /v2/', status: response.status });
            }
        })();
        this.pinged.catch(() => {
            this.pinged = undefined;
        });
        return this.pinged;
    }
    get authScheme() {
        return this.auth.scheme;
    }
    // ---- manifests -------------------------------------------------------------------------
    async getManifest(repository, reference, accept = MANIFEST_ACCEPT) {
        const response = await this.request({
            method: 'GET',
            url: `/v2/${repository}/manifests/${reference}`,
            headers: { accept },
            scopes: [pull(repository)],
            operation: `read manifest ${reference}`,
            repository,
            accept: [200],
        });
        const declared = Number(response.headers.get('content-length') ?? '0');
        if (declared > MAX_MANIFEST_BYTES) {
            await response.body?.cancel();
            throw new RegistryError({
                registry: this.registry,
                repository,
                operation: `read manifest ${reference}`,
                status: 200,
                detail: `the manifest is ${declared} bytes (limit ${MAX_MANIFEST_BYTES})`,
            });
        }
        const bytes = Buffer.from(await response.arrayBuffer());
        const digest = digest_digestOf(bytes, isDigest(reference) && reference.startsWith('sha512:') ? 'sha512' : 'sha256');
        if (isDigest(reference) && digest !== reference) {
            throw new RegistryError({ registry: this.registry, repository, operation: `read manifest ${reference}`, status: 200, detail: `the bytes served hash to ${digest}` }, 'the registry served content that does not match the digest; do not trust this registry');
        }
        const headerType = contentType(response);
        const manifest = parseManifest(bytes, headerType, `manifest ${repository}@${digest}`);
        return { digest, mediaType: manifest.mediaType ?? headerType, bytes, manifest };
    }
    /** Returns undefined when the tag or digest does not exist. */
    async headManifest(repository, reference) {
        const response = await this.request({
            method: 'HEAD',
            url: `/v2/${repository}/manifests/${reference}`,
            headers: { accept: MANIFEST_ACCEPT },
            scopes: [pull(repository)],
            operation: `check manifest ${reference}`,
            repository,
            accept: [200, 404],
        });
        if (response.status === 404)
            return undefined;
        const digest = response.headers.get('docker-content-digest');
        if (!digest || !isDigest(digest)) {
            // Some registries omit the digest on HEAD; fall back to reading the manifest.
            const fetched = await this.getManifest(repository, reference);
            return { digest: fetched.digest, mediaType: fetched.mediaType, size: fetched.bytes.length };
        }
        return {
            digest,
            mediaType: contentType(response),
            size: Number(response.headers.get('content-length') ?? '0'),
        };
    }
    /** PUT a manifest under a tag or its digest; returns the digest the registry computed. */
    async putManifest(repository, reference, bytes, mediaType) {
        const expected = digest_digestOf(bytes);
        const response = await this.request({
            method: 'PUT',
            url: `/v2/${repository}/manifests/${reference}`,
            headers: { 'content-type': mediaType },
            prepare: async () => ({ body: { body: new Uint8Array(bytes), length: bytes.length } }),
            scopes: [push(repository)],
            operation: `write manifest ${reference}`,
            repository,
            accept: [201, 200],
        });
        await response.body?.cancel();
        const digest = response.headers.get('docker-content-digest') ?? expected;
        if (digest !== expected) {
            throw new RegistryError({
                registry: this.registry,
                repository,
                operation: `write manifest ${reference}`,
                status: response.status,
                detail: `it stored digest ${digest}, expected ${expected}`,
            }, 'the registry rewrote the manifest; it does not preserve content, so digests cannot be pinned');
        }
        return digest;
    }
    /** DELETE by digest. Returns false when it was already gone (404 counts as done). */
    async deleteManifest(repository, digest) {
        const response = await this.request({
            method: 'DELETE',
            url: `/v2/${repository}/manifests/${digest}`,
            scopes: [repositoryScope(repository, 'delete,pull')],
            operation: `delete manifest ${digest}`,
            repository,
            accept: [202, 200, 204, 404],
        });
        await response.body?.cancel();
        return response.status !== 404;
    }
    // ---- blobs -----------------------------------------------------------------------------
    /** Size of the blob when the repository has it, else undefined. */
    async hasBlob(repository, digest) {
        const response = await this.request({
            method: 'HEAD',
            url: `/v2/${repository}/blobs/${digest}`,
            scopes: [pull(repository)],
            operation: `check blob ${digest}`,
            repository,
            accept: [200, 404],
        });
        await response.body?.cancel();
        return response.status === 200 ? Number(response.headers.get('content-length') ?? '0') : undefined;
    }
    /** A stream of the blob that fails at the end when the content does not match the descriptor. */
    async getBlob(repository, descriptor) {
        const response = await this.request({
            method: 'GET',
            url: `/v2/${repository}/blobs/${descriptor.digest}`,
            scopes: [pull(repository)],
            operation: `read blob ${descriptor.digest}`,
            repository,
            accept: [200],
            long: true,
        });
        if (!response.body)
            throw new RegistryError({
                registry: this.registry,
                repository,
                operation: `read blob ${descriptor.digest}`,
                status: response.status,
                detail: 'the response has no body',
            });
        const verifier = new VerifyingStream(descriptor.digest, descriptor.size, `blob ${descriptor.digest} from ${this.registry}/${repository}`);
        const source = external_node_stream_namespaceObject.Readable.fromWeb(response.body);
        source.on('error', (error) => verifier.destroy(error));
        return source.pipe(verifier);
    }
    async getBlobBytes(repository, descriptor) {
        const parts = [];
        for await (const chunk of await this.getBlob(repository, descriptor))
            parts.push(chunk);
        return Buffer.concat(parts);
    }
    /**
     * Tries a cross-repository mount. When the registry declines it answers with a fresh
     * upload session, which is returned so the upload can use it instead of opening another.
     */
    async mountBlob(repository, digest, from) {
        const response = await this.request({
            method: 'POST',
            url: `/v2/${repository}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`,
            headers: { 'content-length': '0' },
            scopes: [push(repository), pull(from)],
            operation: `mount blob ${digest} from ${from}`,
            repository,
            accept: [201, 202],
        });
        await response.body?.cancel();
        if (response.status === 201)
            return { mounted: true };
        return { mounted: false, location: this.uploadLocation(response, repository) };
    }
    /**
     * Uploads a blob: one PUT, or PATCH chunks then the closing PUT with the digest. A chunked
     * upload interrupted midway resumes from the offset the registry reports for the session
     * (the distribution spec's upload status); when the session cannot tell, it starts afresh.
     */
    async uploadBlob(repository, descriptor, open, options = {}) {
        let location;
        for (const from of options.mountFrom ?? []) {
            if (from === repository)
                continue;
            const result = await this.mountBlob(repository, descriptor.digest, from);
            if (result.mounted)
                return 'mounted';
            location = result.location;
        }
        const session = { location: location ?? (await this.startUpload(repository)) };
        const chunkSize = options.chunkSize ?? 0;
        if (chunkSize > 0 && descriptor.size > chunkSize)
            await this.uploadChunked(repository, descriptor, session, open, chunkSize);
        else
            await this.uploadMonolithic(repository, descriptor, session, open);
        return 'uploaded';
    }
    async startUpload(repository) {
        const response = await this.request({
            method: 'POST',
            url: `/v2/${repository}/blobs/uploads/`,
            headers: { 'content-length': '0' },
            scopes: [push(repository)],
            operation: 'start a blob upload',
            repository,
            accept: [202],
        });
        await response.body?.cancel();
        return this.uploadLocation(response, repository);
    }
    uploadLocation(response, repository) {
        const location = response.headers.get('location');
        if (!location)
            throw new RegistryError({
                registry: this.registry,
                repository,
                operation: 'start a blob upload',
                status: response.status,
                detail: 'no Location header in the answer',
            });
        return new URL(location, this.baseUrl).toString();
    }
    /**
     * How many bytes an upload session holds (GET on its URL: 204 with `Range: 0-<last>`), or
     * undefined when the registry no longer knows the session or does not say.
     */
    async uploadStatus(repository, location) {
        let response;
        try {
            response = await this.request({
                method: 'GET',
                url: location,
                scopes: [push(repository)],
                operation: 'check an interrupted upload',
                repository,
                accept: 'any',
            });
        }
        catch (error) {
            if (error instanceof RegistryError && error.status !== undefined)
                return undefined;
            throw error;
        }
        await response.body?.cancel();
        const range = /^(?:bytes=)?0-(\d+)$/.exec(response.headers.get('range') ?? '');
        if ((response.status !== 204 && response.status !== 200) || !range)
            return undefined;
        // distribution answers 0-0 both for an empty session and for one byte: 0 is the safe reading.
        const last = Number(range[1]);
        const moved = response.headers.get('location');
        return { offset: last === 0 ? 0 : last + 1, location: moved ? new URL(moved, this.baseUrl).toString() : location };
    }
    async uploadMonolithic(repository, descriptor, session, open) {
        const response = await this.request({
            method: 'PUT',
            url: () => appendQuery(session.location, 'digest', descriptor.digest),
            headers: { 'content-type': 'application/octet-stream' },
            prepare: async () => ({ body: { body: external_node_stream_namespaceObject.Readable.toWeb(await open()), length: descriptor.size } }),
            // A body cut off midway may be half-stored in the session: only a fresh one is clean.
            recover: async () => {
                session.location = await this.startUpload(repository);
                return undefined;
            },
            scopes: [push(repository)],
            operation: `upload blob ${descriptor.digest}`,
            repository,
            accept: [201, 204],
            long: true,
        });
        await response.body?.cancel();
    }
    async uploadChunked(repository, descriptor, session, open, chunkSize) {
        const reader = new BlobReader(open);
        let offset = 0;
        while (offset < descriptor.size) {
            let sending = 0;
            const response = await this.request({
                method: 'PATCH',
                url: () => session.location,
                prepare: async () => {
                    const bytes = await reader.read(offset, Math.min(chunkSize, descriptor.size - offset));
                    sending = bytes.length;
                    return {
                        headers: { 'content-type': 'application/octet-stream', 'content-range': `${offset}-${offset + bytes.length - 1}` },
                        body: { body: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), length: bytes.length },
                    };
                },
                recover: async () => {
                    sending = 0;
                    const status = await this.uploadStatus(repository, session.location);
                    if (status && status.offset <= descriptor.size) {
                        this.log.debug(`resuming the upload of ${descriptor.digest} at byte ${status.offset} of ${descriptor.size}`);
                        session.location = status.location;
                        offset = status.offset;
                        if (offset === descriptor.size)
                            return new Response(null, { status: 202, headers: { location: session.location } });
                        return undefined;
                    }
                    this.log.debug(`the upload session of ${descriptor.digest} is gone; starting over`);
                    session.location = await this.startUpload(repository);
                    offset = 0;
                    return undefined;
                },
                scopes: [push(repository)],
                operation: `upload blob ${descriptor.digest} in chunks`,
                repository,
                accept: [202],
                long: true,
            });
            await response.body?.cancel();
            session.location = this.uploadLocation(response, repository);
            offset += sending;
        }
        const response = await this.request({
            method: 'PUT',
            url: () => appendQuery(session.location, 'digest', descriptor.digest),
            headers: { 'content-length': '0' },
            // The answer may have been lost after the registry stored the blob.
            recover: async () => ((await this.hasBlob(repository, descriptor.digest)) !== undefined ? new Response(null, { status: 201 }) : undefined),
            scopes: [push(repository)],
            operation: `finish upload of blob ${descriptor.digest}`,
            repository,
            accept: [201, 204],
        });
        await response.body?.cancel();
    }
    // ---- tags and referrers ----------------------------------------------------------------
    /** Every tag, following `Link: <...>; rel="next"` pages. An unknown repository has none. */
    async listTags(repository, pageSize = 1000) {
        const tags = [];
        let next = `/v2/${repository}/tags/list?n=${pageSize}`;
        while (next) {
            const response = await this.request({
                method: 'GET',
                url: next,
                scopes: [pull(repository)],
                operation: 'list tags',
                repository,
                accept: [200, 404],
            });
            if (response.status === 404) {
                const { codes } = await readRegistryErrorBody(response);
                if (codes.includes('NAME_UNKNOWN'))
                    return tags;
                throw new RegistryError({ registry: this.registry, repository, operation: 'list tags', status: 404, codes });
            }
            const body = (await response.json());
            tags.push(...(body.tags ?? []));
            const link = response.headers.get('link');
            const match = link ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(link) : null;
            next = match ? match[1] : undefined;
        }
        return tags;
    }
    /**
     * Manifests whose `subject` is the given digest: the referrers API where the registry has
     * it, else the `sha256-<hex>` tag schema that OCI 1.1 defines as the fallback.
     */
    async referrers(repository, digest, artifactType) {
        const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
        const response = await this.request({
            method: 'GET',
            url: `/v2/${repository}/referrers/${digest}${query}`,
            headers: { accept: media_types_MediaType.ociIndex },
            scopes: [pull(repository)],
            operation: `list referrers of ${digest}`,
            repository,
            accept: [200, 404, 400, 405],
        });
        const contentType = response.headers.get('content-type') ?? '';
        if (response.status === 200 && contentType.includes(media_types_MediaType.ociIndex)) {
            const index = (await response.json());
            const filtered = artifactType && !response.headers.get('oci-filters-applied')?.includes('artifactType');
            const manifests = (index.manifests ?? []).filter((m) => !filtered || m.artifactType === artifactType);
            return { manifests, via: 'referrers-api' };
        }
        await response.body?.cancel();
        const tag = registry_client_referrersTag(digest);
        const head = await this.headManifest(repository, tag);
        if (!head)
            return { manifests: [], via: 'tag-schema' };
        const fetched = await this.getManifest(repository, tag);
        const index = fetched.manifest;
        const manifests = (index.manifests ?? []).filter((m) => !artifactType || m.artifactType === artifactType);
        return { manifests, via: 'tag-schema' };
    }
    // ---- transport -------------------------------------------------------------------------
    /**
     * The one request loop: the auth challenge (once per request), token exchange, retries of
     * dropped connections and 408/429/5xx with backoff, Retry-After honoured up to the policy's
     * limit (a longer wait fails now), quick failure when nothing answers, and a RegistryError
     * naming the registry, repository, operation and attempts otherwise.
     */
    async request(spec) {
        if (!spec.anonymous)
            await this.ping();
        let scopes = spec.scopes;
        let authRetried = false;
        let unreachable = 0;
        const fail = (details, cause) => new RegistryError({ registry: this.registry, repository: spec.repository, operation: spec.operation, ...details }, undefined, cause === undefined ? undefined : { cause });
        for (let attempt = 1;; attempt++) {
            const prepared = spec.prepare ? await spec.prepare() : {};
            const headers = { 'user-agent': this.userAgent, ...spec.headers, ...prepared.headers };
            if (!spec.anonymous) {
                const authorization = await this.auth.authorization(scopes);
                if (authorization)
                    headers.authorization = authorization;
            }
            const init = { method: spec.method, headers, redirect: 'follow' };
            if (prepared.body) {
                init.body = prepared.body.body;
                init.duplex = 'half';
                headers['content-length'] = String(prepared.body.length);
            }
            if (!spec.long)
                init.signal = AbortSignal.timeout(this.timeoutMs);
            const target = typeof spec.url === 'function' ? spec.url() : spec.url;
            const url = /^https?:\/\//.test(target) ? target : `${this.baseUrl}${target}`;
            let delay;
            let reason;
            let response;
            try {
                response = await fetch(url, init);
            }
            catch (error) {
                // A failing request body (a corrupt local blob) is the content's fault, not the network's.
                const content = contentError(error);
                if (content)
                    throw content;
                if (!isNetworkError(error))
                    throw error;
                reason = describeNetworkError(error);
                if (isUnreachableError(error)) {
                    const quick = unreachableDelay(unreachable++);
                    if (quick === undefined)
                        throw fail({ detail: reason, attempts: attempt }, error);
                    delay = quick;
                }
                else {
                    if (attempt >= this.policy.attempts)
                        throw fail({ detail: reason, attempts: attempt }, error);
                    delay = backoffDelay(this.policy, attempt);
                }
                this.log.debug(`${spec.method} ${url}: ${reason}; retrying in ${delay} ms (attempt ${attempt + 1})`);
                await sleep(delay);
                if (spec.recover) {
                    const settled = await spec.recover();
                    if (settled)
                        return settled;
                }
                continue;
            }
            if (response.status === 401 && !authRetried && !spec.anonymous) {
                const retryScopes = this.auth.retryScopes(response.headers.get('www-authenticate'), scopes);
                if (retryScopes) {
                    await response.body?.cancel();
                    authRetried = true;
                    scopes = retryScopes;
                    attempt--;
                    continue;
                }
            }
            const retryable = isRetryableStatus(response.status) || (response.status === 416 && spec.recover !== undefined);
            if (!retryable && (spec.accept === 'any' || spec.accept.includes(response.status)))
                return response;
            const retryAfter = retryable ? parseRetryAfter(response.headers.get('retry-after')) : undefined;
            if (!retryable || attempt >= this.policy.attempts || (retryAfter !== undefined && retryAfter > this.policy.maxRetryAfterMs)) {
                const { codes, detail } = await readRegistryErrorBody(response);
                throw fail({ status: response.status, codes, detail, attempts: attempt });
            }
            await response.body?.cancel();
            delay = backoffDelay(this.policy, attempt, retryAfter);
            this.log.debug(`${spec.method} ${url}: ${response.status}; retrying in ${delay} ms (attempt ${attempt + 1}/${this.policy.attempts})`);
            await sleep(delay);
            if (spec.recover) {
                const settled = await spec.recover();
                if (settled)
                    return settled;
            }
        }
    }
}
/** The content error (a local blob that does not match its digest) inside a fetch failure, if that is what it is. */
function contentError(error) {
    let current = error;
    for (let depth = 0; current instanceof Error && depth < 5; depth++) {
        if (current instanceof DigestMismatchError || current instanceof errors/* ActionError */.lZ)
            return current;
        current = current.cause;
    }
    return undefined;
}
/** Reads a blob by offset, holding about one chunk: a retry of the last chunk is served from memory, going further back reopens the blob. */
class BlobReader {
    open;
    iterator;
    parts = [];
    buffered = 0;
    /** The blob offset of the first buffered byte. */
    start = 0;
    ended = false;
    constructor(open) {
        this.open = open;
    }
    async read(offset, length) {
        if (!this.iterator || offset < this.start) {
            await this.iterator?.return?.();
            this.iterator = (await this.open())[Symbol.asyncIterator]();
            this.parts = [];
            this.buffered = 0;
            this.start = 0;
            this.ended = false;
        }
        while (this.start < offset) {
            if (this.buffered === 0 && !(await this.pull()))
                throw new Error(`the blob ended before byte ${offset}`);
            const drop = Math.min(offset - this.start, this.parts[0].length);
            this.parts[0] = this.parts[0].subarray(drop);
            if (this.parts[0].length === 0)
                this.parts.shift();
            this.buffered -= drop;
            this.start += drop;
        }
        while (this.buffered < length && (await this.pull()))
            ;
        if (this.parts.length > 1)
            this.parts = [Buffer.concat(this.parts, this.buffered)];
        return (this.parts[0] ?? Buffer.alloc(0)).subarray(0, length);
    }
    async pull() {
        if (this.ended)
            return false;
        const next = await this.iterator.next();
        if (next.done) {
            this.ended = true;
            return false;
        }
        this.parts.push(next.value);
        this.buffered += next.value.length;
        return true;
    }
}
/**
 * A client for `registry` that uses `options.credentials` when given, else what `docker login`
 * left in Docker's config.json, so a laptop or a job after a login step needs no inputs.
 */
async function registryClientFor(registry, options = {}) {
    const credentials = options.credentials ?? (await credentialsFromDockerConfig(registry));
    return new RegistryClient(registry, { ...options, ...(credentials ? { credentials } : {}) });
}
/** The OCI 1.1 fallback tag under which referrers of `digest` are indexed. */
function registry_client_referrersTag(digest) {
    return `${digest.slice(0, digest.indexOf(':'))}-${encodedOf(digest)}`;
}

;// CONCATENATED MODULE: ./packages/oci/src/open-image.ts







const LAYOUT_PREFIX = 'oci-layout:';
/**
 * `oci-layout:<dir>[:<ref>]` (a base held locally: air-gapped runners, tests, the local
 * pipeline) or a registry reference, which parseReference checks.
 */
function parseImageLocation(text) {
    if (!text.startsWith(LAYOUT_PREFIX))
        return { kind: 'registry', reference: parseReference(text) };
    const rest = text.slice(LAYOUT_PREFIX.length);
    const colon = rest.lastIndexOf(':');
    return colon > 0 && !rest.slice(colon + 1).includes('/')
        ? { kind: 'layout', dir: rest.slice(0, colon), ref: rest.slice(colon + 1) }
        : { kind: 'layout', dir: rest };
}
function describeLocation(location) {
    if (location.kind === 'registry')
        return formatReference(location.reference);
    return `${LAYOUT_PREFIX}${location.dir}${location.ref ? `:${location.ref}` : ''}`;
}
/** The requested platform is not among those an image offers. */
class PlatformNotFoundError extends errors/* ActionError */.lZ {
    image;
    wanted;
    offered;
    constructor(image, wanted, offered) {
        super(`${image} has no ${wanted} variant (it has ${offered.join(', ') || 'none'})`, 'pick platforms the image provides, or another image');
        this.image = image;
        this.wanted = wanted;
        this.offered = offered;
    }
}
function variantOf(platform) {
    return platform.variant ?? (platform.architecture === 'arm64' ? 'v8' : '');
}
function samePlatform(a, b) {
    return a !== undefined && a.os === b.os && a.architecture === b.architecture && variantOf(a) === variantOf(b);
}
/** buildx and BuildKit add attestation manifests to an index as platform unknown/unknown: they describe an image, they are not one. */
function isAttestation(descriptor) {
    return descriptor.platform?.architecture === 'unknown' || descriptor.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest';
}
/** Serves the root manifest from memory: it was read (and verified) to open the image. */
function withRoot(source, root, bytes) {
    return { ...source, readBlob: (descriptor) => (descriptor.digest === root.digest ? Promise.resolve(bytes) : source.readBlob(descriptor)) };
}
/** Reads and checks the manifest and config of one image manifest of `image`. */
async function platformImage(name, source, descriptor) {
    const manifest = parseManifest(await source.readBlob(descriptor), descriptor.mediaType, `manifest ${descriptor.digest} of ${name}`);
    if (manifest_isIndex(manifest))
        throw new errors/* ActionError */.lZ(`${name} nests an index (${descriptor.digest}) inside its index`, 'use an image whose index points at image manifests');
    let config;
    try {
        config = parseImageConfig(await source.readBlob(manifest.config), `the config ${manifest.config.digest} of ${name}`);
    }
    catch (error) {
        if (error instanceof ImageConfigError)
            throw new errors/* ActionError */.lZ(error.message, 'the image is damaged or not a container image; rebuild it or use another image', { cause: error });
        throw error;
    }
    const declared = configPlatform(config);
    if (descriptor.platform && !samePlatform(descriptor.platform, declared)) {
        throw new errors/* ActionError */.lZ(`${name} lists ${descriptor.digest} as ${platformString(descriptor.platform)}, but its config says ${platformString(declared)}`, 'rebuild the image so each index entry names the platform it holds');
    }
    return { platform: platformString(descriptor.platform ?? declared), descriptor, manifest, config };
}
function makeImage(fields) {
    let loaded;
    const platforms = () => (loaded ??= (async () => {
        if (!manifest_isIndex(fields.manifest))
            return [await platformImage(fields.name, fields.source, fields.root)];
        const children = fields.manifest.manifests.filter((child) => !isAttestation(child));
        return Promise.all(children.map((child) => platformImage(fields.name, fields.source, child)));
    })());
    return {
        ...fields,
        platforms,
        async platform(wanted) {
            const target = typeof wanted === 'string' ? parsePlatform(wanted) : wanted;
            const all = await platforms();
            const found = all.find((image) => samePlatform(parsePlatform(image.platform), target));
            if (!found)
                throw new PlatformNotFoundError(fields.name, platformString(target), all.map((image) => image.platform));
            return found;
        },
        async platformDigests() {
            return Object.fromEntries((await platforms()).map((image) => [image.platform, image.descriptor.digest]));
        },
    };
}
/**
 * Opens "an image, wherever it is": a layout (its ref name, digest or only image) or a
 * registry reference (tag, digest, or `latest`), with the given credentials or Docker's.
 * The root manifest is read and checked here; platforms and configs when first asked for.
 */
async function openImage(location, options = {}) {
    const where = typeof location === 'string' ? parseImageLocation(location) : location;
    const name = typeof location === 'string' ? location : describeLocation(where);
    if (where.kind === 'layout') {
        const layout = await OciLayout.open(where.dir);
        const root = await layout.resolve(where.ref, where.digest);
        const manifest = await layout.readManifest(root);
        return makeImage({ name, location: where, source: layoutSource(layout), root, manifest, layout });
    }
    const { registry, repository } = where.reference;
    const client = await registryClientFor(registry, { ...options, ...(options.credentials ? { credentials: options.credentials } : {}) });
    const fetched = await client.getManifest(repository, where.reference.digest ?? where.reference.tag ?? 'latest');
    const root = { mediaType: fetched.mediaType, digest: fetched.digest, size: fetched.bytes.length };
    return makeImage({
        name,
        location: where,
        source: withRoot(registrySource(client, repository), root, fetched.bytes),
        root,
        manifest: fetched.manifest,
        registry: { client, repository },
    });
}

;// CONCATENATED MODULE: ./packages/oci/src/push-image.ts





function add(counts, bytes) {
    counts.count += 1;
    counts.bytes += bytes;
}
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit += 1;
    }
    return `${value.toFixed(1)} ${units[unit]}`;
}
/**
 * Copies an image to `repository` and points every tag at it. Order is the whole point:
 * blobs first (HEAD, then mount, then upload), then child manifests by digest, and only
 * when all of that is on the registry the root manifest under each tag. A push that fails
 * anywhere before the last step leaves every tag where it was.
 */
async function pushImage(options) {
    const started = Date.now();
    const log = options.logger ?? silentLogger;
    const { client, repository } = options;
    const graph = await collectImage(options.source, options.root);
    const report = {
        digest: graph.root.descriptor.digest,
        mediaType: manifestMediaType(graph.root.manifest, graph.root.descriptor.mediaType),
        size: graph.root.bytes.length,
        tags: [],
        platforms: isIndex(graph.root.manifest) ? graph.root.manifest.manifests.map((m) => ({ digest: m.digest, platform: m.platform })) : [],
        blobs: { uploaded: { count: 0, bytes: 0 }, mounted: { count: 0, bytes: 0 }, existing: { count: 0, bytes: 0 } },
        manifests: { written: 0, existing: 0 },
        durationMs: 0,
    };
    const mountFrom = [...(options.mountFrom ?? [])];
    const origin = options.source.location;
    if (origin && origin.registry === client.registry && origin.repository !== repository)
        mountFrom.unshift(origin.repository);
    await mapLimit(graph.blobs, options.concurrency ?? 4, async (blob) => {
        if ((await client.hasBlob(repository, blob.digest)) !== undefined) {
            add(report.blobs.existing, blob.size);
            log.debug(`${blob.digest} already present`);
            return;
        }
        const began = Date.now();
        const outcome = await client.uploadBlob(repository, blob, () => options.source.openBlob(blob), { chunkSize: options.chunkSize, mountFrom });
        add(outcome === 'mounted' ? report.blobs.mounted : report.blobs.uploaded, blob.size);
        log.info(`${outcome} ${blob.digest.slice(0, 19)} (${formatBytes(blob.size)}) in ${Date.now() - began} ms`);
    });
    for (const node of graph.manifests) {
        if (node === graph.root)
            continue;
        const mediaType = manifestMediaType(node.manifest, node.descriptor.mediaType);
        if (await client.headManifest(repository, node.descriptor.digest)) {
            report.manifests.existing += 1;
            continue;
        }
        await client.putManifest(repository, node.descriptor.digest, node.bytes, mediaType);
        report.manifests.written += 1;
    }
    const targets = options.tags.length > 0 ? options.tags : [report.digest];
    for (const tag of targets) {
        try {
            await client.putManifest(repository, tag, graph.root.bytes, report.mediaType);
        }
        catch (error) {
            if (report.tags.length === 0)
                throw error;
            // Tags cannot be written atomically; say exactly which ones already moved.
            throw new ActionError(`${error.message}; tags already pointing at ${report.digest}: ${report.tags.join(', ')}`, 'fix the cause and run the push again (it is idempotent: present blobs are skipped)', { cause: error });
        }
        if (tag !== report.digest)
            report.tags.push(tag);
        log.info(`${client.registry}/${repository}:${tag} -> ${report.digest}`);
    }
    report.manifests.written += 1;
    report.durationMs = Date.now() - started;
    return report;
}

;// CONCATENATED MODULE: ./packages/oci/src/referrer-artifact.ts





/** The OCI 1.1 empty config (`{}`) that artifacts without a config of their own point at. */
const EMPTY_CONFIG = Buffer.from('{}');
const EMPTY_DESCRIPTOR = { mediaType: media_types_MediaType.ociEmpty, digest: digest_digestOf(EMPTY_CONFIG), size: EMPTY_CONFIG.length };
/** Uploads `bytes` as the blob `descriptor` names unless the repository has it already. */
async function ensureBlob(client, repository, descriptor, bytes) {
    if ((await client.hasBlob(repository, descriptor.digest)) !== undefined)
        return;
    await client.uploadBlob(repository, descriptor, async () => Readable.from([bytes]));
}
/**
 * Pushes a document (SBOM, in-toto statement) as an OCI artifact whose `subject` is the image,
 * so `oras discover` and cosign-style tooling find it. Where the registry has no referrers API
 * (e.g. distribution 2.8) the OCI 1.1 fallback is maintained too: an index tagged
 * `sha256-<hex>` of the subject.
 */
async function attachArtifact(client, repository, subject, artifact) {
    const { artifactType, bytes } = artifact;
    const layer = {
        mediaType: artifactType,
        digest: digestOf(bytes),
        size: bytes.length,
        annotations: { 'org.opencontainers.image.title': artifact.title },
    };
    await ensureBlob(client, repository, EMPTY_DESCRIPTOR, EMPTY_CONFIG);
    await ensureBlob(client, repository, layer, bytes);
    const annotations = { 'org.opencontainers.image.created': (artifact.created ?? new Date()).toISOString(), ...artifact.annotations };
    const manifest = {
        schemaVersion: 2,
        mediaType: MediaType.ociManifest,
        artifactType,
        config: EMPTY_DESCRIPTOR,
        layers: [layer],
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        annotations,
    };
    const manifestBytes = Buffer.from(JSON.stringify(manifest));
    const digest = await client.putManifest(repository, digestOf(manifestBytes), manifestBytes, MediaType.ociManifest);
    const descriptor = { mediaType: MediaType.ociManifest, digest, size: manifestBytes.length, artifactType, annotations };
    const existing = await client.referrers(repository, subject.digest);
    if (existing.via === 'referrers-api')
        return { descriptor, via: 'referrers-api' };
    if (!existing.manifests.some((m) => m.digest === digest)) {
        const index = { schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: [...existing.manifests, descriptor] };
        await client.putManifest(repository, referrersTag(subject.digest), Buffer.from(JSON.stringify(index)), MediaType.ociIndex);
    }
    return { descriptor, via: 'tag-schema' };
}
/**
 * Reads in-toto statements (provenance, vulnerability report) and checks, before anything is
 * pushed, that each is about the image: its root, or one of its platform images (`platforms`,
 * the manifests of an index), which is what per-platform builds on native runners describe
 * before their images are merged into one index. A statement about anything else is refused.
 */
function readStatements(files, image) {
    const candidates = [image.root, ...(image.platforms ?? [])];
    return files.map(({ path, text }) => {
        const statement = parseStatement(text, path);
        const first = subjectDigests(statement)[0];
        const subject = candidates.find((candidate) => candidate.digest === first) ?? image.root;
        checkStatementSubject(statement, subject.digest, path);
        return { path, statement, bytes: Buffer.from(text), subject };
    });
}
/** readStatements against an opened image: its root and its runnable platform images. */
async function readImageStatements(files, image) {
    return readStatements(files, { root: image.root, platforms: (await image.platforms()).map((platform) => platform.descriptor) });
}
/**
 * Attaches checked statements once the image is pushed, each to the manifest it describes: the
 * pushed root (as the registry holds it, `pushed`) or one of its platform images.
 */
async function attachStatements(client, repository, pushed, evidence) {
    const attached = [];
    for (const checked of evidence) {
        const subject = checked.subject.digest === pushed.digest ? pushed : checked.subject;
        attached.push({
            path: checked.path,
            predicateType: checked.statement.predicateType,
            subject: subject.digest,
            ...(await attachStatement(client, repository, subject, checked)),
        });
    }
    return attached;
}
/** Attaches a checked statement next to the image's SBOMs, typed by its predicate. */
async function attachStatement(client, repository, subject, checked, created) {
    checkStatementSubject(checked.statement, subject.digest, checked.path);
    const title = checked.path.split('/').at(-1) ?? 'statement.intoto.json';
    return attachArtifact(client, repository, subject, {
        artifactType: IN_TOTO_MEDIA_TYPE,
        bytes: checked.bytes,
        title,
        annotations: { [PREDICATE_TYPE_ANNOTATION]: checked.statement.predicateType },
        ...(created ? { created } : {}),
    });
}

;// CONCATENATED MODULE: ./packages/oci/src/index.ts
// The public surface of the OCI package: open an image wherever it is, read and write layouts, talk to registries.






















/***/ }),

/***/ 434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(96);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
