import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3637:
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

/***/ 2242:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(4434)


/***/ }),

/***/ 3037:
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

/***/ 1729:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const FixedFIFO = __nccwpck_require__(3037)

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

/***/ 5464:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { EventEmitter } = __nccwpck_require__(2242)
const FIFO = __nccwpck_require__(1729)
const TextDecoder = __nccwpck_require__(799)

const StreamError = __nccwpck_require__(2165)

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

/***/ 2165:
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

/***/ 1864:
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
  module.exports = (__nccwpck_require__(9896).constants) || constants
} catch {
  module.exports = constants
}


/***/ }),

/***/ 3796:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Writable, Readable, getStreamError } = __nccwpck_require__(5464)
const FIFO = __nccwpck_require__(1729)
const b4a = __nccwpck_require__(3637)
const headers = __nccwpck_require__(4071)

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

/***/ 4071:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(3637)

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

/***/ 8193:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/* unused reexport */ __nccwpck_require__(3796)
/* unused reexport */ __nccwpck_require__(403)


/***/ }),

/***/ 403:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Readable, Writable, getStreamError } = __nccwpck_require__(5464)
const b4a = __nccwpck_require__(3637)

const constants = __nccwpck_require__(1864)
const headers = __nccwpck_require__(4071)

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

const PassThroughDecoder = __nccwpck_require__(5563)
const UTF8Decoder = __nccwpck_require__(8821)

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

/***/ 5563:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(3637)

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

/***/ 8821:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(3637)

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

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  K: () => (/* binding */ readInputs)
});

// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 9 modules
var src = __nccwpck_require__(5984);
// EXTERNAL MODULE: ./packages/config-validate/src/options.ts
var options = __nccwpck_require__(2986);
// EXTERNAL MODULE: ./packages/gitops/src/index.ts + 36 modules
var gitops_src = __nccwpck_require__(927);
// EXTERNAL MODULE: ./packages/oci/src/index.ts + 22 modules
var oci_src = __nccwpck_require__(7843);
;// CONCATENATED MODULE: ./actions/manifest-bump/src/images.ts



// One trailer record per image lands in the commit message: keep it readable and bounded.
const MAX_IMAGES = 100;
/**
 * `image` (one reference) or `images` (one per line); with `promote-from`, names without tag or
 * digest, whose references are read from that environment's `promote-from-targets`.
 */
function readImageSelection(inputs) {
    const single = inputs.string('image');
    const several = inputs.list('images', { commas: false });
    if (single !== '' && several.length > 0)
        throw new src/* InputError */.dz('images', 'is set together with image', 'use image for one reference, or images for several (one per line), not both');
    if (several.length > MAX_IMAGES)
        throw new src/* InputError */.dz('images', `lists ${several.length} images, more than ${MAX_IMAGES}`, `split the release into bumps of at most ${MAX_IMAGES} images`);
    const values = single !== '' ? [['image', single]] : several.map((value) => ['images', value]);
    if (values.length === 0)
        throw new src/* InputError */.dz('image', 'is required', 'pass the pushed image, e.g. ghcr.io/acme/shop:1.2.3@sha256:... (or several as images, one per line)');
    const from = inputs.string('promote-from');
    if (from === '') {
        if (inputs.string('promote-from-targets', { multiline: true }) !== '')
            throw new src/* InputError */.dz('promote-from-targets', 'is set but promote-from is empty', 'name the environment to promote from in promote-from, or drop promote-from-targets');
        return { kind: 'bump', images: values.map(([input, value]) => reference(input, value)) };
    }
    if (!(0,gitops_src/* isBranchPart */.Ws)(from))
        throw new src/* InputError */.dz('promote-from', `must be an environment name (got ${JSON.stringify(from.slice(0, 80))})`, 'use letters, digits, ".", "_" and "-", e.g. staging');
    const names = values.map(([input, value]) => {
        const ref = (0,src/* asInput */.lv)(input, () => (0,oci_src/* parseReference */.F2)(value));
        if (ref.tag !== undefined || ref.digest !== undefined) {
            throw new src/* InputError */.dz(input, `carries a tag or digest (${value}) but promote-from is set`, `pass the name alone, e.g. ${(0,gitops_src/* splitImage */.s5)(value).name}: the reference is read from ${from}`);
        }
        return (0,gitops_src/* splitImage */.s5)(value).name;
    });
    const targets = repoTargets(inputs.string('promote-from-targets', { required: true, multiline: true, hint: `list the files that say what ${from} runs, one per line` }), 'promote-from-targets');
    return { kind: 'promote', names, from: { environment: from, targets } };
}
function reference(input, value) {
    (0,src/* asInput */.lv)(input, () => (0,oci_src/* parseReference */.F2)(value, { requireTagOrDigest: true }));
    // The name as written (not docker.io-normalised) is what the manifests in the config repo spell.
    return (0,gitops_src/* splitImage */.s5)(value);
}
/** The pin every image supports when none is given: tag+digest when each has both. */
function automaticPin(selection) {
    if (selection.kind === 'promote')
        return undefined;
    const { images } = selection;
    if (images.every((i) => i.tag !== undefined && i.digest !== undefined))
        return 'tag+digest';
    if (images.every((i) => i.digest !== undefined))
        return 'digest';
    return 'tag';
}
/**
 * `auto` commits through GitHub's Git Data API (no clone) when it can: push mode, a token, and a
 * repository on this GitHub server; otherwise through git.
 */
function readTransport(inputs, usable) {
    const chosen = inputs.enumValue('transport', ['auto', 'git', 'github-api'], 'auto');
    const why = !usable.pushMode
        ? 'mode is pull-request (its bot branch needs a lease, which only git offers)'
        : !usable.token
            ? 'no token is set'
            : !usable.onGitHub
                ? 'the repository is not on this GitHub server'
                : undefined;
    if (chosen === 'github-api' && why)
        throw new src/* InputError */.dz('transport', `is github-api but ${why}`, 'use transport: git (or auto)');
    if (chosen === 'auto')
        return why ? 'git' : 'github-api';
    return chosen;
}
const REPO_PATH_MAX_BYTES = 1024;
/** A path that stays inside the repository: no `..`, no absolute path, nothing in `.git`, and one git and the kernel can take. */
function repoPath(value, input) {
    // Checked here, before the clone: a name git or the kernel cannot take is a raw ENAMETOOLONG there.
    try {
        (0,src/* checkPathText */.ZJ)(value);
    }
    catch (error) {
        if (error instanceof src/* PathRefusedError */.EN)
            throw new src/* InputError */.dz(input, `file ${JSON.stringify(value.slice(0, 80))} ${error.what}`, error.fix);
        throw error;
    }
    if (Buffer.byteLength(value) > REPO_PATH_MAX_BYTES)
        throw new src/* InputError */.dz(input, `file ${JSON.stringify(value.slice(0, 80))} is ${Buffer.byteLength(value)} bytes long`, `name files of at most ${REPO_PATH_MAX_BYTES} bytes (the checkout's own path must fit under Linux's 4095)`);
    try {
        return (0,gitops_src/* normaliseRepoPath */.Gn)(value);
    }
    catch (error) {
        if (error instanceof gitops_src/* PathEscapeError */.ZU)
            throw new src/* InputError */.dz(input, error.message, 'name files relative to the config repository root, without ".." or a leading "/"');
        throw error;
    }
}
/** Target lines whose paths stay inside the repository. */
function repoTargets(value, input) {
    const specs = (0,gitops_src/* parseTargets */.Sx)(value, input);
    for (const spec of specs)
        repoPath(spec.file, input);
    return specs;
}

;// CONCATENATED MODULE: ./actions/manifest-bump/src/inputs.ts

// The option parsers only: the engines load in the bump, and only when validate is on.



const OWNER_NAME = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;
const GIT_URL = /^(https?:\/\/|ssh:\/\/|file:\/\/|git@[^:]+:)/;
const COMMIT_SHA = /^[0-9a-f]{7,64}$/;
const REPOSITORY_PATH = /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)+$/;
const EMAIL = /^[^\s<>@]+@[^\s<>@]+$/;
// GitHub logins, or org/team for team reviewers.
const REVIEWER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(\/[A-Za-z0-9._-]{1,100})?$/;
// What GitHub allows for a label name.
const LABEL_MAX = 50;
// The subject line before placeholders are filled in; git's own advice is about 50-72.
const COMMIT_MESSAGE_MAX = 200;
/** A private key ssh can use without a prompt; checked here so a bad key is not reported as an unreachable repository. */
function checkSshKey(key) {
    const fix = 'pass the whole private deploy key (the file ssh-keygen wrote without .pub), e.g. ${{ secrets.CONFIG_DEPLOY_KEY }}';
    if (/^(ssh-(rsa|dss|ed25519)|ecdsa-sha2-|sk-)\S* AAAA/.test(key))
        throw new src/* InputError */.dz('ssh-key', 'is a public key; pass the private deploy key', fix);
    const begin = /^-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----$/m.exec(key);
    if (!begin)
        throw new src/* InputError */.dz('ssh-key', 'is not a private key (no -----BEGIN ... PRIVATE KEY----- line)', fix);
    if (!new RegExp(`^-----END ${begin[1]}PRIVATE KEY-----$`, 'm').test(key))
        throw new src/* InputError */.dz('ssh-key', `is not a private key (no -----END ${begin[1]}PRIVATE KEY----- line: the key is cut off)`, fix);
    if (begin[1] === 'ENCRYPTED ' || /^Proc-Type: 4,ENCRYPTED$/m.test(key)) {
        throw new src/* InputError */.dz('ssh-key', 'is encrypted with a passphrase, which nobody can type in CI', 'create a deploy key without a passphrase (ssh-keygen -N "") and store that in the secret');
    }
}
function repository(value, sshKey) {
    const server = new URL(process.env['GITHUB_SERVER_URL'] ?? 'https://github.com');
    if (OWNER_NAME.test(value)) {
        const slug = value.replace(/\.git$/, '');
        const [owner, repo] = slug.split('/');
        const remote = sshKey ? `git@${server.hostname}:${slug}.git` : `${server.origin}${server.pathname.replace(/\/$/, '')}/${slug}.git`;
        return { remote, github: { owner, repo }, onGitHub: true };
    }
    if (!GIT_URL.test(value) && !value.startsWith('/')) {
        throw new src/* InputError */.dz('repository', `must be owner/name or a git URL (got "${value}")`, 'write it as acme/config or https://github.com/acme/config.git');
    }
    if (/^https?:\/\/[^/]*@/.test(value)) {
        throw new src/* InputError */.dz('repository', 'carries credentials in the URL', 'remove them from the URL and pass the token input instead (it is sent as a header, never stored)');
    }
    const path = value.replace(/^git@[^:]+:/, '/').replace(/^[a-z]+:\/\/[^/]*/, '');
    const parts = path
        .replace(/\.git\/?$/, '')
        .split('/')
        .filter((p) => p !== '');
    const [owner, repo] = parts.slice(-2);
    const github = owner && repo ? { owner, repo } : undefined;
    return { remote: value, github, onGitHub: github !== undefined && parts.length === 2 && value.startsWith(`${server.origin}/`) };
}
function pin(inputs, selection) {
    const automatic = automaticPin(selection);
    const chosen = inputs.string('pin') !== '' ? inputs.enumValue('pin', gitops_src/* PINS */.$x, 'tag') : automatic;
    const images = selection.kind === 'bump' ? selection.images : [];
    if (chosen !== 'tag' && images.some((i) => i.digest === undefined))
        throw new src/* InputError */.dz('pin', `is ${chosen} but the image has no digest`, "pass the image as name:tag@sha256:... (the push action's image-ref output) or set pin: tag");
    if (chosen !== 'digest' && images.some((i) => i.tag === undefined))
        throw new src/* InputError */.dz('pin', `is ${chosen} but the image has no tag`, 'pass the image with a tag, or set pin: digest');
    return chosen;
}
// action.yml's defaults: the runner passes them even when the step does not set them.
const VALIDATE_DEFAULTS = {
    'validate-kubernetes-version': '1.33',
    'validate-checks': 'schema,deprecations,policies',
    'validate-fail-on': 'error',
    'validate-engine': 'embedded',
    'validate-policy-dir': '',
};
async function validation(inputs) {
    if (!inputs.boolean('validate', false)) {
        // Never silently ignored: a validate-* input set without validate is a mistake to name.
        for (const [name, fallback] of Object.entries(VALIDATE_DEFAULTS)) {
            const value = inputs.string(name);
            if (value !== '' && value !== fallback)
                throw new src/* InputError */.dz(name, 'is set but validate is false', `set validate: true to check the edited files before committing, or drop ${name}`);
        }
        return undefined;
    }
    const kubernetesVersion = inputs.string('validate-kubernetes-version', { default: VALIDATE_DEFAULTS['validate-kubernetes-version'] });
    try {
        (0,options/* parseKubernetesVersion */.i6)(kubernetesVersion);
    }
    catch (error) {
        if (error instanceof options/* UnknownKubernetesVersionError */.zW)
            throw new src/* InputError */.dz('validate-kubernetes-version', `is ${JSON.stringify(kubernetesVersion.slice(0, 40))}, not a Kubernetes release config-validate knows`, error.fix);
        throw error;
    }
    const checks = inputs.list('validate-checks');
    for (const c of checks)
        if (!options/* CHECKS */.ui.includes(c))
            throw new src/* InputError */.dz('validate-checks', `names an unknown check "${c.slice(0, 40)}"`, `use any of ${options/* CHECKS */.ui.join(', ')}`);
    const engine = inputs.enumValue('validate-engine', options/* ENGINES */.ug, 'embedded');
    const policyDir = inputs.string('validate-policy-dir');
    if (policyDir !== '' && engine === 'embedded')
        throw new src/* InputError */.dz('validate-policy-dir', 'is set but validate-engine is embedded, which does not run Rego', 'set validate-engine: tools or both so conftest evaluates the policies, or drop validate-policy-dir');
    return {
        kubernetesVersion,
        checks: checks.length > 0 ? options/* CHECKS */.ui.filter((c) => checks.includes(c)) : [...options/* CHECKS */.ui],
        failOn: inputs.enumValue('validate-fail-on', options/* FAIL_ON */.d$, 'error'),
        engine,
        ...(policyDir !== '' ? { policyDir: repoPath(policyDir, 'validate-policy-dir') } : {}),
    };
}
/** An environment or service name: one segment of the pull-request branch, by gitops' own rule. */
function branchPart(inputs, name, fallback) {
    const value = inputs.string(name, { default: fallback });
    if (!(0,gitops_src/* isBranchPart */.Ws)(value))
        throw new src/* InputError */.dz(name, `must match letters, digits, ".", "_" and "-", without a leading ".", ".." or a ".lock" ending (got ${JSON.stringify(value.slice(0, 80))})`, 'use letters, digits, ".", "_" and "-" (it names the pull-request branch)');
    return value;
}
/** Reads and validates every input before anything is cloned. */
async function readInputs(inputs = new src/* Inputs */.G0()) {
    const { token, 'ssh-key': sshKey } = inputs.secrets({ token: {}, 'ssh-key': { multiline: true } });
    const selection = readImageSelection(inputs);
    const mode = inputs.enumValue('mode', ['push', 'pull-request'], 'push');
    const repo = repository(inputs.string('repository', { required: true }), sshKey !== '');
    const overSsh = /^(ssh:\/\/|git@)/.test(repo.remote);
    if (overSsh && sshKey === '')
        throw new src/* InputError */.dz('ssh-key', `is empty but the repository ${repo.remote} is reached over SSH`, 'pass a deploy key with write access from a secret, or use an https:// URL with the token input');
    if (!overSsh && sshKey !== '')
        throw new src/* InputError */.dz('ssh-key', `is set but the repository ${repo.remote} is not an SSH URL`, 'use owner/name or an ssh:// / git@host: URL with ssh-key, or drop ssh-key and use the token');
    if (sshKey !== '')
        checkSshKey(sshKey);
    if (mode === 'pull-request' && !repo.github)
        throw new src/* InputError */.dz('repository', 'does not name an owner/name that the GitHub API knows', 'use owner/name, or a URL ending in /owner/name.git, with mode: pull-request');
    if (mode === 'pull-request' && token === '')
        throw new src/* InputError */.dz('token', 'is empty but mode is pull-request', 'pass a token that may open pull requests on the config repository');
    const commitMessage = inputs.string('commit-message', { maxLength: COMMIT_MESSAGE_MAX }) || undefined;
    const unknown = commitMessage ? (0,gitops_src/* unknownPlaceholders */.hX)(commitMessage) : [];
    if (unknown.length > 0) {
        throw new src/* InputError */.dz('commit-message', `uses unknown placeholders ${unknown.map((p) => `{${p}}`).join(', ')}`, 'use {service}, {environment}, {image}, {old}, {new}, {tag}, {digest}, {source-repository}, {source-commit} or {run-url}');
    }
    const created = inputs.string('image-created') || undefined;
    if (created !== undefined && !(0,gitops_src/* isRfc3339Time */.ZE)(created)) {
        throw new src/* InputError */.dz('image-created', `is not an RFC 3339 time (got "${created}")`, 'pass e.g. 2026-05-01T12:00:00Z, such as ${{ github.event.head_commit.timestamp }}');
    }
    const first = selection.kind === 'bump' ? selection.images[0].name : selection.names[0];
    const single = (selection.kind === 'bump' ? selection.images.length : selection.names.length) === 1;
    const group = single
        ? first.split('/').pop()
        : selection.kind === 'promote'
            ? `promotion-from-${selection.from.environment}`
            : (process.env['GITHUB_REPOSITORY']?.split('/').pop() ?? 'release');
    const service = branchPart(inputs, 'service', group);
    const environment = branchPart(inputs, 'environment', 'default');
    const runUrl = (0,src/* workflowRunUrl */.CX)();
    const sourceRepository = inputs.string('source-repository', { default: process.env['GITHUB_REPOSITORY'] ?? '', maxLength: 200 });
    if (sourceRepository !== '' && !REPOSITORY_PATH.test(sourceRepository))
        throw new src/* InputError */.dz('source-repository', `must be owner/name (got ${JSON.stringify(sourceRepository.slice(0, 80))})`, 'pass e.g. ${{ github.repository }}');
    const sourceCommit = inputs.string('source-commit', {
        default: process.env['GITHUB_SHA'] ?? '',
        pattern: COMMIT_SHA,
        hint: 'pass a commit sha (lowercase hex), e.g. ${{ github.sha }}',
    });
    const branch = inputs.branch('branch');
    const prBase = inputs.branch('pr-base');
    const reviewers = inputs.list('pr-reviewers');
    const badReviewer = reviewers.find((r) => !REVIEWER.test(r));
    if (badReviewer !== undefined)
        throw new src/* InputError */.dz('pr-reviewers', `has an invalid reviewer ${JSON.stringify(badReviewer.slice(0, 80))}`, 'list GitHub logins or org/team names, comma or newline separated');
    return {
        ...repo,
        overSsh,
        branch: (mode === 'pull-request' ? prBase || branch : branch) || undefined,
        token,
        sshKey,
        selection,
        transport: readTransport(inputs, { pushMode: mode === 'push', token: token !== '' && !overSsh, onGitHub: repo.onGitHub }),
        targets: repoTargets(inputs.string('targets', { required: true, multiline: true, hint: 'list the files to edit, one per line' }), 'targets'),
        pin: pin(inputs, selection),
        mode,
        commitMessage,
        dryRun: inputs.boolean('dry-run', false),
        maxAttempts: inputs.integer('max-attempts', { default: 10, min: 1, max: 100 }),
        batch: batchInput(inputs, mode),
        historyDepth: inputs.integer('history-depth', { default: 50, min: 1, max: 100_000 }),
        validate: await validation(inputs),
        expectedCurrent: inputs.string('expected-current') || undefined,
        environment,
        service,
        created,
        author: {
            name: inputs.string('author-name', { default: 'github-actions[bot]', maxLength: 100 }),
            email: inputs.string('author-email', {
                default: '41898282+github-actions[bot]@users.noreply.github.com',
                maxLength: 254,
                pattern: EMAIL,
                hint: 'pass an address such as bot@example.com',
            }),
        },
        labels: inputs.list('pr-labels', { maxItemLength: LABEL_MAX }),
        reviewers,
        source: {
            ...(sourceRepository ? { repository: sourceRepository } : {}),
            ...(sourceCommit ? { commit: sourceCommit } : {}),
            ...(runUrl ? { runUrl } : {}),
        },
    };
}
/** Batch mode lands bumps of one branch together; a pull request has a branch of its own. */
function batchInput(inputs, mode) {
    const batch = inputs.boolean('batch', false);
    if (batch && mode === 'pull-request')
        throw new src/* InputError */.dz('batch', 'is for mode: push (each pull request has a branch of its own)', 'set batch: false, or mode: push');
    return batch;
}


/***/ }),

/***/ 2784:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5984);
/* harmony import */ var _service_pipeline_action_kit_github__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1797);
/* harmony import */ var _service_pipeline_gitops__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(927);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7593);




const HEADINGS = {
    pushed: 'Bumped',
    'pr-opened': 'Opened a pull request for',
    'pr-updated': 'Updated the pull request for',
    noop: 'Already up to date:',
    skipped: 'Skipped (a newer image is deployed, or an expected value did not match):',
    'dry-run': 'Dry run for',
};
/** kubeconform, pluto and conftest for validate-engine tools or both, before the config repository is touched. */
async function validationTools(validate) {
    if (validate.engine === undefined || validate.engine === 'embedded')
        return validate;
    const { CHECKS, installValidationTools } = await Promise.all(/* import() */[__nccwpck_require__.e(92), __nccwpck_require__.e(403)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6403));
    const tools = await installValidationTools({
        engine: validate.engine,
        checks: validate.checks ?? CHECKS,
        ...(validate.policyDir ? { policyDir: validate.policyDir } : {}),
        paths: {},
        logger: _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .actionLogger */ .v0,
    });
    return { ...validate, tools };
}
async function main() {
    const inputs = await (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readInputs */ .K)();
    // The header form of the token is a second secret: mask it too before git can print it.
    for (const secret of (await (0,_service_pipeline_gitops__WEBPACK_IMPORTED_MODULE_2__/* .prepareGitAuth */ .wG)({ token: inputs.token })).secrets)
        (0,_service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq)(secret);
    const client = inputs.mode === 'pull-request' || inputs.transport === 'github-api' ? await (0,_service_pipeline_action_kit_github__WEBPACK_IMPORTED_MODULE_1__/* .githubClient */ .$)({ token: inputs.token, logger: _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .actionLogger */ .v0 }) : undefined;
    const common = {
        remote: inputs.remote,
        ...(inputs.branch ? { branch: inputs.branch } : {}),
        credentials: inputs.overSsh ? { sshKey: inputs.sshKey } : { token: inputs.token },
        ...(inputs.transport === 'github-api' ? { githubApi: { client: client, ...inputs.github } } : {}),
        targets: inputs.targets,
        environment: inputs.environment,
        ...(inputs.commitMessage ? { commitMessage: inputs.commitMessage } : {}),
        author: inputs.author,
        mode: inputs.mode,
        ...(inputs.mode === 'pull-request' ? { pullRequest: { client: client, ...inputs.github, labels: inputs.labels, reviewers: inputs.reviewers } } : {}),
        dryRun: inputs.dryRun,
        maxAttempts: inputs.maxAttempts,
        batch: inputs.batch,
        historyDepth: inputs.historyDepth,
        ...(inputs.validate ? { validate: await validationTools(inputs.validate) } : {}),
        logger: _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .actionLogger */ .v0,
    };
    const each = {
        ...(inputs.created ? { created: inputs.created } : {}),
        ...(inputs.expectedCurrent ? { expectedCurrent: inputs.expectedCurrent } : {}),
        source: inputs.source,
    };
    const { selection } = inputs;
    const label = selection.kind === 'promote'
        ? `promoting ${inputs.service} from ${selection.from.environment} to ${inputs.environment}`
        : `bumping ${inputs.service} in ${inputs.environment}`;
    const result = await _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .actionLogger */ .v0.group(`${label[0].toUpperCase()}${label.slice(1)} (${inputs.remote})`, () => {
        if (selection.kind === 'promote') {
            return (0,_service_pipeline_gitops__WEBPACK_IMPORTED_MODULE_2__/* .promoteImages */ .fX)({
                ...common,
                group: inputs.service,
                images: selection.names.map((name) => ({ name })),
                from: selection.from,
                ...(inputs.pin ? { pin: inputs.pin } : {}),
            });
        }
        if (selection.images.length === 1)
            return (0,_service_pipeline_gitops__WEBPACK_IMPORTED_MODULE_2__/* .bumpImage */ .A_)({ ...common, ...each, image: selection.images[0], service: inputs.service, pin: inputs.pin });
        return (0,_service_pipeline_gitops__WEBPACK_IMPORTED_MODULE_2__/* .bumpImages */ .H4)({
            ...common,
            group: inputs.service,
            pin: inputs.pin,
            images: selection.images.map((image) => ({ image, service: image.name.split('/').pop(), ...each })),
        });
    });
    if (result.reason)
        _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .actionLogger */ .v0.info(`${result.result}: ${result.reason}`);
    for (const note of result.notes)
        _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .actionLogger */ .v0.info(`note: ${note}`);
    (0,_service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .setOutputs */ .n0)({
        result: result.result,
        'commit-sha': result.commitSha ?? '',
        'pr-url': result.prUrl ?? '',
        changes: result.changes.map((c) => ({ file: c.file, path: c.path, line: c.line, old: c.old, new: c.new })),
        images: result.images.map((i) => ({ image: i.image, service: i.service, result: i.result, ...(i.reason ? { reason: i.reason } : {}) })),
        notes: result.notes.join('\n'),
        diff: result.diff,
        attempts: result.attempts,
    });
    await (0,_service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .writeSummary */ .Sy)({
        heading: `${HEADINGS[result.result]} ${inputs.service} in ${inputs.environment}`,
        paragraphs: [
            result.reason ??
                `Branch \`${result.branch}\`${result.commitSha ? `, commit \`${result.commitSha.slice(0, 12)}\`` : ''}${result.prUrl ? `, ${result.prUrl}` : ''}; ${result.attempts} attempt(s).`,
            ...(result.notes.length > 0 ? [result.notes.map((n) => `- ${n}`).join('\n')] : []),
            ...(result.diff ? [`\`\`\`diff\n${result.diff.trimEnd()}\n\`\`\``] : []),
        ],
        tables: [
            ...(result.images.length > 1
                ? [
                    {
                        headers: ['Image', 'Service', 'Result'],
                        rows: result.images.map((i) => [`\`${i.image}\``, i.service, i.reason ? `${i.result}: ${i.reason}` : i.result]),
                    },
                ]
                : []),
            ...(result.changes.length > 0
                ? [
                    {
                        headers: ['File', 'Path', 'Old', 'New'],
                        rows: result.changes.map((c) => [`\`${c.file}:${c.line}\``, `\`${c.path}\``, `\`${c.old}\``, `\`${c.new}\``]),
                    },
                ]
                : []),
        ],
    });
}
await (0,_service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .run */ .eF)('manifest-bump', main);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1901:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $x: () => (/* binding */ InvalidValueError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   lZ: () => (/* binding */ ActionError),
/* harmony export */   lv: () => (/* binding */ asInput)
/* harmony export */ });
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

/***/ 4181:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  G$: () => (/* binding */ SpawnError),
  gf: () => (/* binding */ childEnv),
  d1: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
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
        const child = (0,external_node_child_process_.spawn)(file, [...args], {
            cwd: options.cwd,
            env: childEnv(options.env),
            stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        });
        if (options.input !== undefined)
            child.stdin?.end(options.input);
        const splitter = () => {
            let pending = '';
            const decoder = new external_node_string_decoder_namespaceObject.StringDecoder('utf8');
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

/***/ 1797:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ githubClient),
/* harmony export */   O: () => (/* binding */ GitHubApiError)
/* harmony export */ });
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
    const { getOctokit } = await Promise.all(/* import() */[__nccwpck_require__.e(521), __nccwpck_require__.e(918)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1918));
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

/***/ 5984:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  lZ: () => (/* reexport */ errors/* ActionError */.lZ),
  dz: () => (/* reexport */ errors/* InputError */.dz),
  G0: () => (/* reexport */ Inputs),
  EN: () => (/* reexport */ PathRefusedError),
  v0: () => (/* reexport */ logger/* actionLogger */.v0),
  lv: () => (/* reexport */ errors/* asInput */.lv),
  ZJ: () => (/* reexport */ checkPathText),
  FK: () => (/* reexport */ isInside),
  eF: () => (/* reexport */ run),
  n0: () => (/* reexport */ setOutputs),
  Pq: () => (/* reexport */ runner/* setSecret */.Pq),
  qq: () => (/* reexport */ logger/* silentLogger */.qq),
  CX: () => (/* reexport */ workflowRunUrl),
  Sy: () => (/* reexport */ writeSummary)
});

// UNUSED EXPORTS: GITHUB_REPOSITORY_NAME, InvalidValueError, actionInputSource, annotate, consoleLogger, defaultLayoutDir, parseByteSize, parseDuration, pipelineDir, renderSummary, trivyCacheDir

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
/* harmony export */   SO: () => (/* binding */ unreachableDelay),
/* harmony export */   gl: () => (/* binding */ describeNetworkError),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* unused harmony exports DEFAULT_RETRY_POLICY, isRetryableStatus, parseRetryAfter, UNREACHABLE_DELAYS_MS, isNetworkError */
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

/***/ 7469:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ ConfigValidateError)
/* harmony export */ });
/* harmony import */ var _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5984);

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
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   d$: () => (/* binding */ FAIL_ON),
/* harmony export */   kU: () => (/* binding */ atOrAbove)
/* harmony export */ });
/* unused harmony exports FINDING_TOOLS, SEVERITIES, countBySeverity, resourceLabel */
/** Which engine produced a finding: an embedded one, or a real tool run on the runner. */
const FINDING_TOOLS = (/* unused pure expression or super */ null && (['render', 'schema', 'deprecations', 'policies', 'admission-policies', 'kubeconform', 'pluto', 'conftest']));
const SEVERITIES = (/* unused pure expression or super */ null && (['error', 'warning', 'info']));
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
/* harmony import */ var _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5984);
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

/***/ 927:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  $x: () => (/* reexport */ PINS),
  ZU: () => (/* reexport */ PathEscapeError),
  A_: () => (/* reexport */ bumpImage),
  H4: () => (/* reexport */ bumpImages),
  Ws: () => (/* reexport */ isBranchPart),
  ZE: () => (/* reexport */ isRfc3339Time),
  Gn: () => (/* reexport */ normaliseRepoPath),
  Sx: () => (/* reexport */ parseTargets),
  wG: () => (/* reexport */ prepareGitAuth),
  fX: () => (/* reexport */ promoteImages),
  s5: () => (/* reexport */ splitImage),
  hX: () => (/* reexport */ unknownPlaceholders)
});

// UNUSED EXPORTS: BumpValidationError, DEFAULT_COMMIT_MESSAGE, EditConflictError, EditVerificationError, GitError, MESSAGE_PLACEHOLDERS, MissingTargetFileError, TARGET_KINDS, TargetNotFoundError, YamlSyntaxError, bumpCommitMessage, bumpTrailers, checkBumpRecord, checkNewImage, compareBumps, compareSemver, editImage, gitRunner, isolatedGitEnv, pullRequestBranch, readBumpRecords, readImage, recordProblems, renderCommitMessage, resolveInTree, singleLineProblem, unifiedDiff, upsertPullRequest

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8009);
// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 9 modules
var src = __nccwpck_require__(5984);
;// CONCATENATED MODULE: ./packages/gitops/src/edit/errors.ts

/** The file is not valid YAML; nothing was edited. */
class YamlSyntaxError extends src/* ActionError */.lZ {
    file;
    line;
    col;
    constructor(file, line, col, reason) {
        super(`${file}:${line}:${col}: invalid YAML: ${reason}`, `fix the YAML in ${file} (nothing was changed)`);
        this.name = 'YamlSyntaxError';
        this.file = file;
        this.line = line;
        this.col = col;
    }
}
/** The file holds no place for the wanted image (wrong kind, wrong name, missing keys). */
class TargetNotFoundError extends src/* ActionError */.lZ {
    file;
    constructor(file, kind, imageName, found, fix) {
        super(`${file} (${kind}): no target for image ${imageName}; found ${found}`, fix);
        this.name = 'TargetNotFoundError';
        this.file = file;
    }
}
/** The edit is possible but would deploy something other than what the pin asks for. */
class EditConflictError extends src/* ActionError */.lZ {
    constructor(file, what, fix) {
        super(`${file}: ${what}`, fix);
        this.name = 'EditConflictError';
    }
}
/**
 * Re-parsing the edited text showed a change outside the intended paths: a bug in the
 * editor, never the user's fault. Nothing must be written when this is thrown.
 */
class EditVerificationError extends Error {
    constructor(file, detail) {
        super(`internal error: editing ${file} would change ${detail}; nothing was written (please report this with the file)`);
        this.name = 'EditVerificationError';
    }
}

// EXTERNAL MODULE: ./packages/oci/src/index.ts + 22 modules
var oci_src = __nccwpck_require__(7843);
;// CONCATENATED MODULE: ./packages/gitops/src/edit/image-name.ts


function splitImage(value) {
    let rest = value;
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        const result = { name: rest.slice(0, colon), tag: rest.slice(colon + 1) };
        if (digest !== undefined)
            result.digest = digest;
        return result;
    }
    return digest !== undefined ? { name: rest, digest } : { name: rest };
}
/**
 * `registry/repository` the way the distribution tooling reads a name (`nginx` is
 * `docker.io/library/nginx`); undefined for values that are no image name (templates, typos).
 */
function normalisedName(name) {
    try {
        return (0,oci_src/* repositoryOf */._M)((0,oci_src/* parseReference */.F2)(name));
    }
    catch {
        return undefined;
    }
}
/** Whether the written value (with or without tag/digest) names the wanted image. */
function namesImage(written, wanted) {
    const name = normalisedName(splitImage(written).name);
    return name !== undefined && name === wanted;
}
/** `name` as written plus the suffix the pin asks for. */
function imageValue(name, image, pin) {
    const tag = pin === 'digest' ? '' : `:${image.tag}`;
    const digest = pin === 'tag' ? '' : `@${image.digest}`;
    return `${name}${tag}${digest}`;
}
/**
 * Validates the new image against the pin before any file is read and returns its
 * normalised name: pin=tag needs a tag, pin=digest a digest, tag+digest both. Repository names
 * are lowercase on every registry (ghcr.io lowercases them itself, Kubernetes refuses them), so
 * an uppercase name is refused everywhere, with the lowercase spelling as the fix.
 */
function checkNewImage(image, pin) {
    const slash = image.name.indexOf('/');
    const registry = (0,oci_src/* hasExplicitRegistry */.Yt)(image.name) ? image.name.slice(0, slash + 1) : '';
    const path = image.name.slice(registry.length);
    if (/[A-Z]/.test(path)) {
        throw new src/* ActionError */.lZ(`image ${image.name} has uppercase letters in its repository name, which registries and Kubernetes refuse`, `use ${registry.toLowerCase()}${path.toLowerCase()}`);
    }
    const parsed = (0,oci_src/* parseReference */.F2)(image.name, { lowercaseGhcr: false });
    if (parsed.tag !== undefined || parsed.digest !== undefined) {
        throw new src/* ActionError */.lZ(`image name "${image.name}" carries a tag or digest`, 'pass the name alone and the tag and digest separately');
    }
    (0,oci_src/* parseReference */.F2)((0,oci_src/* formatReference */.FH)({ ...parsed, ...(image.tag !== undefined ? { tag: image.tag } : {}), ...(image.digest !== undefined ? { digest: image.digest } : {}) }));
    if (pin !== 'digest' && image.tag === undefined) {
        throw new src/* ActionError */.lZ(`pin "${pin}" needs the image's tag, but ${image.name} has none`, image.digest !== undefined ? 'use pin "digest"' : 'give the image a tag');
    }
    if (pin !== 'tag' && image.digest === undefined) {
        throw new src/* ActionError */.lZ(`pin "${pin}" needs the image's digest, but ${image.name} has none`, image.tag !== undefined ? 'use pin "tag"' : 'give the image a digest');
    }
    return (0,oci_src/* repositoryOf */._M)(parsed);
}

;// CONCATENATED MODULE: ./packages/gitops/src/edit/yaml-source.ts


/** Parses every `---` document; the first error (any document) becomes a YamlSyntaxError naming file:line:col. */
function parseYaml(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const docs = [...(0,dist/* parseAllDocuments */.hR)(text, { lineCounter, prettyErrors: true })];
    for (const doc of docs) {
        const error = doc.errors[0];
        if (error) {
            const pos = error.linePos?.[0];
            const reason = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
            throw new YamlSyntaxError(file, pos?.line ?? 1, pos?.col ?? 1, reason);
        }
    }
    return { docs, lineCounter };
}
/** The key of a pair as a path step; complex (map/seq) keys are not addressable and yield undefined. */
function keyOf(pair) {
    return (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : undefined;
}
function pairOf(map, key) {
    if (!(0,dist/* isMap */.jh)(map))
        return undefined;
    return map.items.find((pair) => keyOf(pair) === key);
}
/** Depth-first walk over every node; aliases are visited but not followed, so nothing is seen twice. */
function walk(node, path, visit) {
    if (!(0,dist/* isNode */.Ll)(node))
        return;
    visit(node, path);
    if ((0,dist/* isMap */.jh)(node)) {
        for (const pair of node.items) {
            const key = keyOf(pair);
            if (key !== undefined)
                walk(pair.value, [...path, key], visit);
        }
    }
    else if ((0,dist/* isSeq */.oP)(node)) {
        node.items.forEach((item, index) => walk(item, [...path, index], visit));
    }
}
/** `spec.template.spec.containers[0].image`; multi-document files get a `doc[N].` prefix. */
function formatPath(path, doc, docCount) {
    let body = '';
    for (const key of path) {
        if (typeof key === 'number')
            body += `[${key}]`;
        else if (/^[A-Za-z0-9_$-]+$/.test(key))
            body += body === '' ? key : `.${key}`;
        else
            body += `[${JSON.stringify(key)}]`;
    }
    if (docCount <= 1)
        return body;
    return body === '' || body.startsWith('[') ? `doc[${doc}]${body}` : `doc[${doc}].${body}`;
}
/** Parses `a.b[0].c` into path steps. */
function parsePath(text) {
    const steps = [];
    const pattern = /([^.[\]]+)|\[(\d+)\]/gy;
    let position = 0;
    while (position < text.length) {
        if (position > 0 && text[position] === '.')
            position++;
        pattern.lastIndex = position;
        const match = pattern.exec(text);
        if (!match)
            return undefined;
        steps.push(match[2] !== undefined ? Number(match[2]) : match[1]);
        position = pattern.lastIndex;
    }
    return steps.length > 0 ? steps : undefined;
}
/**
 * The node at `path`, following aliases on the way (`image: *defaults` reaches the anchored
 * map), so a path names what a YAML reader sees there.
 */
function nodeAt(root, path, doc) {
    const resolve = (n) => (doc && (0,dist/* isAlias */.Vj)(n) ? n.resolve(doc) : n);
    let node = resolve(root);
    let parent;
    let pair;
    for (const key of path) {
        parent = node;
        if (typeof key === 'number') {
            if (!(0,dist/* isSeq */.oP)(node))
                return undefined;
            node = node.items[key];
            pair = undefined;
        }
        else {
            pair = pairOf(node, key);
            if (!pair)
                return undefined;
            node = pair.value;
        }
        if (node === undefined)
            return undefined;
        node = resolve(node);
    }
    return pair ? { node, parent, pair } : { node, parent };
}
const MAX_VISITS = 100_000;
/**
 * Every path at which `target` is seen once aliases are followed: an anchored value, or a value
 * inside an anchored map, shows up at the anchor and at each alias. Refuses alias bombs.
 */
function pathsTo(doc, target, file) {
    const paths = [];
    let visits = 0;
    const visit = (node, path, depth) => {
        if (++visits > MAX_VISITS || depth > 200)
            throw new EditConflictError(file, 'the aliases expand to too many values', 'simplify the anchors and aliases of the file');
        const resolved = (0,dist/* isAlias */.Vj)(node) ? node.resolve(doc) : node;
        if (resolved === target)
            paths.push(path);
        if ((0,dist/* isMap */.jh)(resolved)) {
            for (const pair of resolved.items) {
                const key = keyOf(pair);
                if (key !== undefined)
                    visit(pair.value, [...path, key], depth + 1);
            }
        }
        else if ((0,dist/* isSeq */.oP)(resolved)) {
            resolved.items.forEach((item, index) => visit(item, [...path, index], depth + 1));
        }
    };
    visit(doc.contents, [], 0);
    return paths;
}
/** The scalar's value as text, as written for plain scalars so `1.20` stays `1.20` and not `1.2`. */
function scalarText(scalar, text) {
    if (scalar.value === null || scalar.value === undefined) {
        return scalar.range && scalar.range[0] < scalar.range[1] ? text.slice(scalar.range[0], scalar.range[1]) : '';
    }
    if (typeof scalar.value === 'string') {
        return scalar.type === 'BLOCK_LITERAL' || scalar.type === 'BLOCK_FOLDED' ? scalar.value.trim() : scalar.value;
    }
    if (scalar.type === 'PLAIN' && scalar.range)
        return text.slice(scalar.range[0], scalar.range[1]);
    return String(scalar.value);
}
const FLOW_OR_COMMENT = /[,[\]{}#]/;
/**
 * Whether `value` can be written without quotes and still be read back as this exact string by
 * YAML 1.2 (the yaml package, Go's yaml.v3) and YAML 1.1 (PyYAML, older Go/Ruby tools): `1.20`,
 * `yes`, `on`, `0777`, `1_000`, `12:30` or a date would turn into numbers, booleans or timestamps.
 */
function isSafePlain(value) {
    // PyYAML resolves a bare `=` to its `value` type and cannot construct it; `<<` is the merge key.
    if (value === '' || value === '=' || value === '<<' || value !== value.trim() || /[\r\n\t]/.test(value) || FLOW_OR_COMMENT.test(value))
        return false;
    for (const version of ['1.1', '1.2']) {
        const doc = (0,dist/* parseDocument */.Tp)(value, { version });
        if (doc.errors.length > 0 || doc.warnings.length > 0)
            return false;
        const contents = doc.contents;
        if (!(0,dist/* isScalar */.jn)(contents) || contents.type !== 'PLAIN' || contents.value !== value)
            return false;
    }
    return true;
}
/** Renders a string scalar keeping the wanted quote style; plain falls back to double quotes when unsafe. */
function renderScalar(value, style) {
    if (style === 'single')
        return `'${value.replaceAll("'", "''")}'`;
    if (style === 'double' || !isSafePlain(value))
        return JSON.stringify(value);
    return value;
}
function quoteStyleOf(node) {
    if ((0,dist/* isScalar */.jn)(node) && node.type === 'QUOTE_SINGLE')
        return 'single';
    if ((0,dist/* isScalar */.jn)(node) && node.type === 'QUOTE_DOUBLE')
        return 'double';
    return 'plain';
}

;// CONCATENATED MODULE: ./packages/gitops/src/edit/pinned-fields.ts



/** A slot for `key` in a map: replaced in place, or inserted after the first existing sibling in `after`. */
function mapSlot(plan, doc, map, mapPath, key, after) {
    const path = [...mapPath, key];
    const pair = pairOf(map, key);
    return {
        label: plan.pathText(doc, path),
        current: pair ? (plan.valueOf(doc, pair.value) ?? '') : undefined,
        creatable: true,
        set(value) {
            if (pair) {
                plan.setScalar(doc, path, pair.value ?? null, value);
                return;
            }
            const sibling = after.map((name) => pairOf(map, name)).find((p) => p !== undefined && (0,dist/* isScalar */.jn)(p.key)) ?? map.items.at(-1);
            if (!sibling)
                throw new EditConflictError(plan.file, `${plan.pathText(doc, mapPath)} is empty`, `add the ${key} key by hand once`);
            plan.insertAfter(doc, map, sibling, key, value, path);
        },
    };
}
function isEmptyValue(value) {
    return value === undefined || value === '' || value === '~' || value === 'null';
}
const written = (slot) => !slot.unread && (slot.current !== undefined || slot.creatable);
/**
 * The one pinning rule for every target kind that keeps tag and digest apart:
 * - the pinned fields are written (created next to a sibling when missing and creatable); with
 *   tag+digest, a field the target cannot carry is left out and said so, as long as the other
 *   one is written; a pin the target cannot carry at all is refused, naming a pin that works;
 * - an unpinned field that exists is kept consistent: it gets the new value when the image has
 *   one; a tag without a new tag is left (the digest decides what runs) and noted; a digest
 *   without a new digest is cleared, as it would keep running the old image.
 */
function applyPinnedFields(plan, tag, digest, image, pin) {
    const heldDigest = digest.unread || !digest.current ? undefined : digest.form === 'hex' ? `sha256:${digest.current}` : digest.current;
    plan.observe({ tag: tag.unread ? undefined : tag.current, digest: heldDigest });
    const slots = { tag, digest };
    const pinned = { tag: pin !== 'digest', digest: pin !== 'tag' };
    for (const field of ['tag', 'digest']) {
        const slot = slots[field];
        if (!pinned[field] || written(slot))
            continue;
        const other = field === 'tag' ? 'digest' : 'tag';
        const why = slot.unread ?? 'which does not exist';
        if (pin === 'tag+digest' && written(slots[other])) {
            plan.note(`${slot.label} was not written: ${why}`);
            pinned[field] = false;
            continue;
        }
        const works = written(slots[other]) && image[other] !== undefined;
        throw new EditConflictError(plan.file, `pin "${pin}" needs ${slot.label}, ${why}`, works ? `use pin "${other}" (the file has ${slots[other].label}), or add ${slot.label} to the file` : `add ${slot.label} to the file`);
    }
    if (pinned.tag)
        setField(plan, tag, image.tag, 'tag');
    else if (!isEmptyValue(tag.current) && !tag.unread) {
        if (image.tag !== undefined)
            setField(plan, tag, image.tag, 'tag');
        else
            plan.note(`${tag.label} keeps ${tag.current}: with pin "digest" the digest decides which image runs`);
    }
    if (pinned.digest)
        setField(plan, digest, image.digest, 'digest');
    else if (!isEmptyValue(digest.current) && !digest.unread) {
        if (image.digest !== undefined)
            setField(plan, digest, image.digest, 'digest');
        else {
            digest.set('');
            plan.note(`${digest.label} was cleared (it pinned ${digest.current}): with pin "${pin}" and no new digest, it would keep the old image running`);
        }
    }
}
function setField(plan, slot, value, field) {
    if (slot.form === 'hex' && !value.startsWith('sha256:')) {
        throw new EditConflictError(plan.file, `${slot.label} takes the hex of a sha256 digest (the chart writes @sha256:{{ ... }}), but the image's digest is ${value.split(':')[0]}`, 'push the image with its sha256 digest');
    }
    slot.set(slot.form === 'hex' ? value.slice(value.indexOf(':') + 1) : value);
    plan.carries[field] = true;
}

;// CONCATENATED MODULE: ./packages/gitops/src/edit/kustomize-images.ts





/** Whether a document is a Kustomization (or Component) by its `kind`. */
function isKustomization(contents) {
    const kind = pairOf(contents, 'kind');
    return kind !== undefined && ['Kustomization', 'Component'].includes(String(kind.value?.value));
}
/**
 * kustomization.yaml `images:` entries whose `name` or `newName` is the image: `newTag` and
 * `digest` follow the pin (kustomize uses the digest when both are set). With `addMissing`, an
 * image without an entry gets one, as `kustomize edit set image` does.
 */
function editKustomizeImages(plan, image, wanted, pin, addMissing = false) {
    const found = [];
    let matched = 0;
    plan.docs.forEach((doc, index) => {
        const images = pairOf(doc.contents, 'images');
        if (!images || !(0,dist/* isSeq */.oP)(images.value))
            return;
        images.value.items.forEach((entry, position) => {
            if (!(0,dist/* isMap */.jh)(entry))
                return;
            const names = ['name', 'newName']
                .map((key) => plan.valueOf(index, pairOf(entry, key)?.value))
                .filter((name) => name !== undefined && name !== '');
            found.push(...names);
            if (!names.some((name) => normalisedName(name) === wanted))
                return;
            matched++;
            const path = ['images', position];
            applyPinnedFields(plan, mapSlot(plan, index, entry, path, 'newTag', ['newName', 'name']), mapSlot(plan, index, entry, path, 'digest', ['newTag', 'newName', 'name']), image, pin);
        });
    });
    if (matched > 0)
        return;
    if (addMissing) {
        addEntry(plan, image, pin);
        return;
    }
    throw new TargetNotFoundError(plan.file, 'kustomize', image.name, found.length > 0 ? `images ${[...new Set(found)].join(', ')}` : 'no `images:` list', `add an entry \`- name: ${image.name}\` to images: (or add missing=add to the target line), or check the image name`);
}
/** Appends `- name: <image>` with the pinned fields to `images:` (created at the end of the Kustomization when absent). */
function addEntry(plan, image, pin) {
    const index = plan.docs.findIndex((doc) => isKustomization(doc.contents) || pairOf(doc.contents, 'images') !== undefined);
    const doc = plan.docs[index];
    const fields = [
        ['name', image.name],
        ...(pin !== 'digest' ? [['newTag', image.tag]] : []),
        ...(pin !== 'tag' ? [['digest', image.digest]] : []),
    ];
    const value = Object.fromEntries(fields);
    const images = doc ? pairOf(doc.contents, 'images') : undefined;
    const summary = `${image.name}${pin !== 'digest' ? `:${image.tag}` : ''}${pin !== 'tag' ? `@${image.digest}` : ''}`;
    const fail = (why) => new EditConflictError(plan.file, `cannot add an images entry for ${image.name}: ${why}`, `add \`- name: ${image.name}\` to images: by hand once`);
    if (!doc)
        throw fail('no document is a Kustomization');
    if (images && (0,dist/* isSeq */.oP)(images.value) && !images.value.flow && images.value.items.length > 0) {
        const seq = images.value;
        const first = seq.items[0];
        const last = seq.items.at(-1);
        const lineStart = plan.text.lastIndexOf('\n', first.range[0] - 1) + 1;
        const dash = plan.text.slice(lineStart, first.range[0]).replace(/^\uFEFF/, '');
        if (!/^[ \t]*-[ \t]+$/.test(dash))
            throw fail('the images list is not one entry per line');
        let at = last.range[1];
        while (at < plan.text.length && plan.text[at] !== '\n' && plan.text[at] !== '\r')
            at++;
        at = Math.min(at, plan.text.length);
        // The last entry may end after its line break (a block value); insert at its line end.
        while (at > 0 && (plan.text[at - 1] === '\n' || plan.text[at - 1] === '\r'))
            at--;
        const eol = plan.eolAt(at);
        const indent = dash.replace(/-[ \t]+$/, '');
        const text = fields.map(([k, v], i) => `${eol}${indent}${i === 0 ? '- ' : '  '}${k}: ${renderScalar(v, 'plain')}`).join('');
        plan.insertNode(at, text, eol.length + indent.length + 2 + 'name: '.length, index, ['images', seq.items.length], value, summary);
    }
    else if (!images) {
        const end = doc.range[1];
        const eol = plan.eolAt(end);
        const before = end > 0 && plan.text[end - 1] !== '\n' ? eol : '';
        if (index !== plan.docs.length - 1 && before === '')
            throw fail('the Kustomization is not the last document');
        // A file without a final line break keeps ending without one.
        const text = `${before}images:${fields.map(([k, v], i) => `${eol}${i === 0 ? '- ' : '  '}${k}: ${renderScalar(v, 'plain')}`).join('')}${before === '' ? eol : ''}`;
        plan.insertNode(end, text, before.length + 'images:'.length + eol.length + 2 + 'name: '.length, index, ['images'], [value], summary);
    }
    else {
        throw fail('images: is not a block list of entries');
    }
    plan.note(`added an images entry for ${image.name} (missing=add)`);
    plan.carries.tag = pin !== 'digest';
    plan.carries.digest = pin !== 'tag';
}

;// CONCATENATED MODULE: ./packages/gitops/src/edit/setter-markers.ts





/**
 * Flux reads a marker the way kyaml does: the whole comment, after its leading `#`s, is a JSON
 * object of strings whose `$imagepolicy` is `namespace:name` or `namespace:name:tag|name|digest`.
 */
function parseMarker(body) {
    let parsed;
    try {
        parsed = JSON.parse(body.replace(/^#+/, ''));
    }
    catch {
        return undefined;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || Object.values(parsed).some((v) => typeof v !== 'string'))
        return undefined;
    const setter = parsed['$imagepolicy'];
    if (setter === undefined)
        return undefined;
    const [namespace, name, field, ...rest] = setter.split(':');
    if (!namespace || !name || rest.length > 0)
        return undefined;
    if (field === undefined)
        return { policy: `${namespace}:${name}`, field: 'image' };
    return field === 'tag' || field === 'name' || field === 'digest' ? { policy: `${namespace}:${name}`, field } : undefined;
}
/** Every comment in the text that is a marker, outside scalars (a `#` inside a string or block scalar is text). */
function markerComments(lines, scalarRanges) {
    const comments = [];
    let lineStart = 0;
    lines.forEach((raw, line) => {
        const text = raw.replace(/\r$/, '');
        for (let i = text.indexOf('#'); i !== -1; i = text.indexOf('#', i + 1)) {
            if (i > 0 && text[i - 1] !== ' ' && text[i - 1] !== '\t')
                continue;
            const offset = lineStart + i;
            if (scalarRanges.some(([start, end]) => offset >= start && offset < end))
                continue;
            const marker = parseMarker(text.slice(i).trimEnd());
            if (marker)
                comments.push({ offset, line, ownLine: /^\uFEFF?[ \t]*(-[ \t]+)?$/.test(text.slice(0, i)), ...marker });
            break;
        }
        lineStart += raw.length + 1;
    });
    return comments;
}
/**
 * The values Flux's setters would set: a scalar value (not a key, not an alias) whose line
 * comment is a marker (after it on its line, with at most a `,` between: a marker after a flow
 * sequence or mapping belongs to the collection and is not applied), or whose head comment is
 * one (a marker alone on the line above a list item or a value that starts its own line; above
 * a `key: value` line it belongs to the key and is not applied). Markers found elsewhere are
 * returned as `ignored`, so the caller can say so.
 */
function findMarkers(plan) {
    if (!plan.text.includes('$imagepolicy'))
        return { markers: [], ignored: [] };
    const values = [];
    const ranges = [];
    plan.docs.forEach((doc, index) => {
        const visit = (node, path) => {
            if ((0,dist/* isScalar */.jn)(node) && node.range) {
                ranges.push([node.range[0], node.range[1]]);
                values.push({ doc: index, path, node });
            }
            else if ((0,dist/* isMap */.jh)(node)) {
                for (const pair of node.items) {
                    if ((0,dist/* isScalar */.jn)(pair.key) && pair.key.range)
                        ranges.push([pair.key.range[0], pair.key.range[1]]);
                    const key = keyOf(pair);
                    if (key !== undefined)
                        visit(pair.value, [...path, key]);
                }
            }
            else if ((0,dist/* isSeq */.oP)(node)) {
                node.items.forEach((item, i) => visit(item, [...path, i]));
            }
        };
        visit(doc.contents, []);
    });
    const lines = plan.text.split('\n');
    const comments = markerComments(lines, ranges);
    const used = new Set();
    const markers = [];
    for (const value of values) {
        const comment = lineComment(plan, value.node, comments) ?? headComment(plan, lines, value.node, comments);
        const text = comment ? plan.valueOf(value.doc, value.node) : undefined;
        if (!comment || text === undefined)
            continue;
        used.add(comment);
        markers.push({ ...value, value: text, policy: comment.policy, field: comment.field });
    }
    return { markers, ignored: comments.filter((c) => !used.has(c)).map((c) => c.line + 1) };
}
function lineComment(plan, node, comments) {
    if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')
        return undefined;
    const end = node.range[1];
    return comments.find((c) => c.offset >= end && /^[ \t]*,?[ \t]*$/.test(plan.text.slice(end, c.offset)));
}
function headComment(plan, lines, node, comments) {
    const start = node.range[0];
    const lineStart = plan.text.lastIndexOf('\n', start - 1) + 1;
    if (!/^\uFEFF?[ \t]*(-[ \t]+)*$/.test(plan.text.slice(lineStart, start)))
        return undefined;
    const line = plan.parsed.lineCounter.linePos(start).line - 1;
    const above = comments.find((c) => c.line === line - 1 && c.ownLine);
    if (!above)
        return undefined;
    // Comment lines above it would make one multi-line head comment, which is no marker to Flux.
    const before = lines[line - 2];
    return before !== undefined && /^\uFEFF?[ \t]*#/.test(before) ? undefined : above;
}
/**
 * Flux setter markers: a full-image marker gets the name plus the pinned suffix; `:tag` and
 * `:digest` markers follow the pinning rule; `:name` markers hold the name. Markers are grouped
 * by policy. An explicit `policy` selects its group whatever name it holds, as in Flux, and a
 * name that differs (the image moved to another registry) is rewritten to the new one; without
 * it, a group is chosen by a full or `:name` marker naming the image, and names stay as written.
 */
function editSetterMarkers(plan, policy, image, wanted, pin) {
    const { markers, ignored } = findMarkers(plan);
    const skipped = ignored.length > 0
        ? `; the markers on line ${ignored.join(', ')} are not applied, as in Flux: a marker goes after the value on its line, or alone on the line above a list item`
        : '';
    for (const line of ignored) {
        plan.note(`line ${line}: the $imagepolicy marker is not on a value Flux would set (it follows a flow sequence or mapping, or sits above a key), so it was left alone; put it after the image value on its line`);
    }
    const policies = [...new Set(markers.map((marker) => marker.policy))];
    const named = (group) => markers.filter((m) => m.policy === group && (m.field === 'image' || m.field === 'name'));
    const chosen = policy !== undefined ? policies.filter((p) => p === policy) : policies.filter((p) => named(p).some((m) => namesImage(m.value, wanted)));
    if (chosen.length === 0) {
        const names = [...new Set(markers.filter((m) => m.field === 'image' || m.field === 'name').map((m) => splitImage(m.value).name))];
        throw new TargetNotFoundError(plan.file, 'setter', image.name, `${markers.length === 0 ? 'no $imagepolicy marker' : `policies ${policies.join(', ')}${names.length > 0 ? ` naming ${names.join(', ')}` : ''}${policy !== undefined ? ` (wanted ${policy})` : ''}`}${skipped}`, policy === undefined
            ? 'check the image name, or select the markers with policy=namespace:name'
            : `check the policy: the file has ${policies.length > 0 ? policies.join(', ') : 'none'}`);
    }
    for (const group of chosen) {
        const of = (field) => markers.filter((m) => m.policy === group && m.field === field);
        const nameFor = (written) => (normalisedName(written) === wanted ? written : image.name);
        const full = of('image');
        for (const marker of full) {
            plan.observe(splitImage(marker.value));
            plan.setScalar(marker.doc, marker.path, marker.node, imageValue(nameFor(splitImage(marker.value).name), image, pin));
        }
        for (const marker of of('name'))
            plan.setScalar(marker.doc, marker.path, marker.node, nameFor(marker.value));
        if (full.length > 0) {
            plan.carries.tag ||= pin !== 'digest';
            plan.carries.digest ||= pin !== 'tag';
        }
        // A full-image marker already carries tag and digest, so a missing :tag/:digest marker is fine then.
        applyPinnedFields(plan, markerSlot(plan, group, 'tag', of('tag'), full.length > 0), markerSlot(plan, group, 'digest', of('digest'), full.length > 0), image, pin);
    }
}
function markerSlot(plan, policy, field, markers, covered) {
    return {
        label: `the ${policy}:${field} marker`,
        current: markers[0]?.value,
        creatable: covered,
        set(value) {
            for (const marker of markers)
                plan.setScalar(marker.doc, marker.path, marker.node, value);
        },
    };
}

;// CONCATENATED MODULE: ./packages/gitops/src/edit/detect-kind.ts






const KUSTOMIZATION_FILES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);
/**
 * Picks the target kind of a file for `auto`, most explicit signal first: setter markers are
 * the author's own declaration, then a Kustomization, then Kubernetes objects, then Helm values.
 */
function detectKind(plan, target) {
    if (target.paths !== undefined)
        return { kind: 'helm', reason: 'value paths were given' };
    if (target.policy !== undefined)
        return { kind: 'setter', reason: 'a policy was given' };
    const { markers, ignored } = findMarkers(plan);
    if (markers.length + ignored.length > 0)
        return { kind: 'setter', reason: 'it has $imagepolicy markers' };
    const contents = plan.docs.map((doc) => doc.contents);
    if (contents.some(isKustomization))
        return { kind: 'kustomize', reason: 'it is a Kustomization' };
    if (KUSTOMIZATION_FILES.has(external_node_path_default().posix.basename(target.file)) && contents.some((c) => pairOf(c, 'images') !== undefined)) {
        return { kind: 'kustomize', reason: 'it is a kustomization file with images' };
    }
    if (contents.some((c) => pairOf(c, 'apiVersion') !== undefined && pairOf(c, 'kind') !== undefined)) {
        return { kind: 'manifest', reason: 'it holds Kubernetes objects' };
    }
    if (contents.some((c) => (0,dist/* isMap */.jh)(c) && pairOf(c, 'image') !== undefined))
        return { kind: 'helm', reason: 'it has a top-level image value' };
    throw new TargetNotFoundError(target.file, 'auto', '(any)', 'no $imagepolicy marker, Kustomization, Kubernetes object or top-level image value', 'name the kind in the targets line, e.g. `values.yaml helm tag=app.image.tag`');
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./packages/gitops/src/edit/edit-plan.ts




/**
 * Collects in-place edits of one parsed file and applies them by splicing the original text,
 * so every byte outside the edited scalars stays as it was. `apply` re-parses the result and
 * checks that exactly the planned values changed.
 */
class EditPlan {
    text;
    file;
    parsed;
    splices = [];
    expected = [];
    notes = [];
    /** Whether the target, once edited, carries the image's tag and digest (written now or already there). */
    carries = { tag: false, digest: false };
    /** What the target held for the image before the edit, one entry per place (for promotion: what an environment runs). */
    current = [];
    constructor(text, file, parsed) {
        this.text = text;
        this.file = file;
        this.parsed = parsed;
    }
    get docs() {
        return this.parsed.docs;
    }
    pathText(doc, path) {
        return formatPath(path, doc, this.docs.length);
    }
    /** The scalar behind a node, following an alias to its anchor. */
    scalarOf(doc, node) {
        const target = (0,dist/* isAlias */.Vj)(node) ? node.resolve(this.docs[doc]) : node;
        return (0,dist/* isScalar */.jn)(target) ? target : undefined;
    }
    valueOf(doc, node) {
        const scalar = this.scalarOf(doc, node);
        return scalar ? scalarText(scalar, this.text) : undefined;
    }
    /**
     * Rewrites the scalar at `path` (or the anchor an alias there names). An anchored scalar, or
     * one inside an anchored map, changes at every alias too, as YAML says they are the same
     * value: each of those paths is reported as a change of its own and verified.
     */
    setScalar(doc, path, node, value) {
        const scalar = this.scalarOf(doc, node);
        if (!scalar?.range) {
            throw new EditConflictError(this.file, `${this.pathText(doc, path)} is not a scalar value`, 'point the target at a string value');
        }
        const old = scalarText(scalar, this.text);
        if (old === value)
            return;
        const [start, end] = scalar.range;
        const existing = this.splices.find((splice) => splice.start === start && splice.end === end);
        if (existing) {
            if (existing.newValue === value)
                return;
            throw new EditConflictError(this.file, `${this.pathText(doc, path)} shares its value with another target that gets ${existing.newValue}, not ${value}`, 'give the two values separate scalars instead of one anchor');
        }
        const found = pathsTo(this.docs[doc], scalar, this.file);
        const paths = found.length > 0 ? found : [path];
        const { text, valueOffset, parsedValue } = this.render(scalar, old, value, this.pathText(doc, path));
        this.splices.push({
            start,
            end,
            text,
            valueOffset,
            order: this.splices.length,
            newValue: value,
            changes: paths.map((p) => ({ doc, path: p, old, new: value })),
        });
        for (const p of paths)
            this.expected.push({ doc, path: p, value: parsedValue });
    }
    /** Adds `key: value` as a sibling right after `after`, in the map's own indentation or flow style. */
    insertAfter(doc, map, after, key, value, path) {
        const entry = `${key}: ${renderScalar(value, quoteStyleOf(after.value))}`;
        const end = this.valueEnd(after);
        const mapPaths = pathsTo(this.docs[doc], map, this.file);
        const paths = mapPaths.length > 0 ? mapPaths.map((p) => [...p, path.at(-1)]) : [path];
        if (map.flow) {
            this.pushInsert(end, `, ${entry}`, 2 + key.length + 2, doc, paths, value);
            return;
        }
        const keyStart = after.key.range[0];
        let lineStart = this.text.lastIndexOf('\n', keyStart - 1) + 1;
        if (lineStart === 0 && this.text.startsWith('\uFEFF'))
            lineStart = 1;
        let lineEnd = end;
        while (lineEnd < this.text.length && this.text[lineEnd] !== '\n' && this.text[lineEnd] !== '\r')
            lineEnd++;
        const eol = this.lineBreakAt(lineEnd);
        const indent = ' '.repeat(keyStart - lineStart);
        this.pushInsert(lineEnd, `${eol}${indent}${entry}`, eol.length + indent.length + key.length + 2, doc, paths, value);
    }
    /**
     * Inserts `text` at `at` (a whole new YAML node, e.g. a list entry); `path` is where it shows
     * up and `value` what it reads as, for the check after the edit. Reported as one change.
     */
    insertNode(at, text, valueOffset, doc, path, value, summary) {
        this.pushInsert(at, text, valueOffset, doc, [path], summary, value);
    }
    /** The line break the file uses at `offset` (or, at the end of a line without one, elsewhere). */
    eolAt(offset) {
        return this.lineBreakAt(offset);
    }
    observe(held) {
        const clean = (v) => (v === undefined || v === '' || v === '~' || v === 'null' ? undefined : v);
        const tag = clean(held.tag);
        const digest = clean(held.digest);
        if (tag !== undefined || digest !== undefined)
            this.current.push({ ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) });
    }
    note(message) {
        if (!this.notes.includes(message))
            this.notes.push(message);
    }
    get isEmpty() {
        return this.splices.length === 0;
    }
    /** The edited text and its changes; throws EditVerificationError unless exactly the planned values changed. */
    apply(kind) {
        const ordered = [...this.splices].sort((a, b) => a.start - b.start || a.order - b.order);
        let text = '';
        let cursor = 0;
        const valueStarts = [];
        for (const splice of ordered) {
            if (splice.start < cursor)
                throw new EditVerificationError(this.file, `overlapping edits at offset ${splice.start}`);
            text += this.text.slice(cursor, splice.start);
            valueStarts.push(text.length + splice.valueOffset);
            text += splice.text;
            cursor = splice.end;
        }
        text += this.text.slice(cursor);
        const reparsed = this.verify(text);
        const changes = ordered.flatMap((splice, index) => splice.changes.map((change) => ({
            file: this.file,
            kind,
            path: this.pathText(change.doc, change.path),
            doc: change.doc,
            line: reparsed.lineCounter.linePos(valueStarts[index]).line,
            old: change.old,
            new: change.new,
        })));
        return { text, changes };
    }
    verify(text) {
        let reparsed;
        try {
            reparsed = parseYaml(text, this.file);
        }
        catch (error) {
            if (error instanceof YamlSyntaxError)
                throw new EditVerificationError(this.file, `the file into invalid YAML (${error.message})`);
            throw error;
        }
        if (reparsed.docs.length !== this.docs.length) {
            throw new EditVerificationError(this.file, `the number of documents from ${this.docs.length} to ${reparsed.docs.length}`);
        }
        this.docs.forEach((doc, index) => {
            const want = doc.toJS({ maxAliasCount: -1 });
            for (const expected of this.expected) {
                if (expected.doc === index)
                    setIn(want, expected.path, expected.value);
            }
            const got = reparsed.docs[index].toJS({ maxAliasCount: -1 });
            if (!(0,external_node_util_.isDeepStrictEqual)(got, want)) {
                const where = firstDifference(want, got, []) ?? [];
                throw new EditVerificationError(this.file, `${this.pathText(index, where) || 'the document root'}, which is not an intended path`);
            }
        });
        return reparsed;
    }
    /** One insertion reported as a change of `value` at each of `paths`, each of which must then read as `expected`. */
    pushInsert(at, text, valueOffset, doc, paths, value, expected = value) {
        this.splices.push({
            start: at,
            end: at,
            text,
            valueOffset,
            order: this.splices.length,
            newValue: value,
            changes: paths.map((path) => ({ doc, path, old: '', new: value })),
        });
        for (const path of paths)
            this.expected.push({ doc, path, value: expected });
    }
    render(scalar, old, value, where) {
        const [start, end] = scalar.range;
        if (scalar.type === 'BLOCK_LITERAL' || scalar.type === 'BLOCK_FOLDED') {
            // Only the content line changes; header (|-, |+, >2), chomping and indentation stay.
            const bodyStart = this.text.indexOf('\n', start) + 1;
            const body = this.text.slice(bodyStart, end);
            const at = body.indexOf(old);
            if (old === '' || body.trim() !== old || /[\r\n]/.test(value)) {
                throw new EditConflictError(this.file, `the block scalar at ${where} holds more than one line`, 'write the image value on one line');
            }
            const text = this.text.slice(start, bodyStart) + body.slice(0, at) + value + body.slice(at + old.length);
            return { text, valueOffset: bodyStart - start + at, parsedValue: String(scalar.value).replace(old, value) };
        }
        const rendered = renderScalar(value, quoteStyleOf(scalar));
        if (start === end) {
            // An empty value (`tag:`): keep `key: value` spacing and keep a following comment a comment.
            const before = start > 0 && !/[ \t]/.test(this.text[start - 1]) ? ' ' : '';
            const after = this.text[start] === '#' ? ' ' : '';
            return { text: `${before}${rendered}${after}`, valueOffset: before.length, parsedValue: value };
        }
        return { text: rendered, valueOffset: 0, parsedValue: value };
    }
    valueEnd(pair) {
        const value = pair.value;
        if ((0,dist/* isScalar */.jn)(value) && value.range && value.range[1] > value.range[0]) {
            let end = value.range[1];
            if (value.type === 'BLOCK_LITERAL' || value.type === 'BLOCK_FOLDED') {
                while (end > value.range[0] && (this.text[end - 1] === '\n' || this.text[end - 1] === '\r'))
                    end--;
            }
            return end;
        }
        if ((0,dist/* isAlias */.Vj)(value) && value.range)
            return value.range[1];
        return pair.key.range[1] + (this.text[pair.key.range[1]] === ':' ? 1 : 0);
    }
    lineBreakAt(offset) {
        if (this.text[offset] === '\r')
            return '\r\n';
        if (this.text[offset] === '\n')
            return '\n';
        return this.text.includes('\r\n') ? '\r\n' : '\n';
    }
}
function setIn(root, path, value) {
    let node = root;
    path.forEach((key, index) => {
        if (index === path.length - 1)
            node[key] = value;
        else
            node = node[key];
    });
}
function firstDifference(a, b, path) {
    if ((0,external_node_util_.isDeepStrictEqual)(a, b))
        return undefined;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b))
        return path;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
        const step = Array.isArray(a) ? Number(key) : key;
        const found = firstDifference(a[key], b[key], [...path, step]);
        if (found)
            return found;
    }
    return path;
}

;// CONCATENATED MODULE: ./packages/gitops/src/edit/chart-usage.ts
/**
 * What a chart's templates read of one values map (e.g. `image`), by reading them as text:
 * `.Values.image.tag` is a direct read; `.Values.image` on its own (`with`, a helper such as
 * Bitnami's `common.images.image (dict "imageRoot" .Values.image)`) hands the whole map on, and
 * then a key counts as read when any template (helpers of library subcharts included) reads
 * `.key` of something. Good enough to never write a key no template reads, and to write a
 * digest in the form the template expects.
 */
function chartUsage(chart, mapPath) {
    if (mapPath.some((key) => typeof key === 'number' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)))
        return undefined;
    const text = chart.templates.map((t) => t.text).join('\n');
    const values = `\\.Values\\.${mapPath.map(String).join('\\.')}`;
    const direct = new Set([...text.matchAll(new RegExp(`${values}\\.([A-Za-z0-9_]+)`, 'g'))].map((m) => m[1]));
    const whole = new RegExp(`${values}(?![.\\w])`).test(text);
    const where = `${chart.dir === '' ? '' : `${chart.dir}/`}templates`;
    return {
        where,
        reads: (key) => direct.has(key) || (whole && new RegExp(`\\.${key}\\b`).test(text)),
        form: (key) => (new RegExp(`sha256:\\{\\{-?[^}]*\\.${key}\\b`).test(text) ? 'hex' : 'full'),
    };
}

;// CONCATENATED MODULE: ./packages/gitops/src/edit/helm-values.ts







function pathOf(text) {
    const path = parsePath(text);
    if (!path)
        throw new Error(`"${text}" is not a value path (write it like image.tag or images[0].tag)`);
    return path;
}
function notFound(plan, image, found) {
    return new TargetNotFoundError(plan.file, 'helm', image.name, found, 'point the target at the values keys, e.g. `values.yaml helm tag=app.image.tag`, or check the image name');
}
/**
 * Helm values: `image.repository` (with `image.registry` when the chart splits it, as Bitnami's
 * and Grafana's do) / `image.tag` / `image.digest` or `image.sha` (or custom paths), or one
 * `image: repo:tag` string. Aliases are followed (`image: *defaults`). The repository is only
 * read, to check it names the image. When the chart's templates are in the repository, only
 * keys they read are written, a digest in the form they use (`@sha256:{{ .sha }}` takes the hex
 * alone); when they are not, a key that is not in the file is never invented.
 */
function editHelmValues(plan, paths, image, wanted, pin, chart) {
    const custom = paths ?? {};
    const single = custom.image !== undefined ? pathOf(custom.image) : undefined;
    const anchor = custom.tag ?? custom.repository ?? custom.digest;
    const base = anchor !== undefined ? pathOf(anchor).slice(0, -1) : ['image'];
    const seen = [];
    let matched = 0;
    plan.docs.forEach((doc, index) => {
        const singlePath = single ?? (anchor === undefined && (0,dist/* isScalar */.jn)(nodeAt(doc.contents, ['image'], doc)?.node) ? ['image'] : undefined);
        if (singlePath) {
            const at = nodeAt(doc.contents, singlePath, doc);
            const value = at ? plan.valueOf(index, at.node) : undefined;
            if (value === undefined)
                return;
            seen.push(`${plan.pathText(index, singlePath)}: ${value}`);
            if (!namesImage(value, wanted))
                return;
            matched++;
            plan.observe(splitImage(value));
            plan.setScalar(index, singlePath, at.node, imageValue(splitImage(value).name, image, pin));
            plan.carries.tag ||= pin !== 'digest';
            plan.carries.digest ||= pin !== 'tag';
            return;
        }
        const map = nodeAt(doc.contents, base, doc)?.node;
        // A chart keeping the digest's hex alone names the key `sha` (Grafana, Prometheus community charts).
        const digestKey = custom.digest !== undefined ? pathOf(custom.digest) : [...base, (0,dist/* isMap */.jh)(map) && !pairOf(map, 'digest') && pairOf(map, 'sha') ? 'sha' : 'digest'];
        const fieldPaths = {
            repository: custom.repository !== undefined ? pathOf(custom.repository) : [...base, 'repository'],
            tag: custom.tag !== undefined ? pathOf(custom.tag) : [...base, 'tag'],
            digest: digestKey,
        };
        const repository = nodeAt(doc.contents, fieldPaths.repository, doc);
        const tag = nodeAt(doc.contents, fieldPaths.tag, doc);
        const digest = nodeAt(doc.contents, fieldPaths.digest, doc);
        if (!repository && !tag && !digest)
            return;
        if (repository) {
            const name = plan.valueOf(index, repository.node);
            const registry = plan.valueOf(index, pairOf(repository.parent, 'registry')?.value);
            const full = registry && name && !(0,oci_src/* hasExplicitRegistry */.Yt)(name) ? `${registry}/${name}` : name;
            seen.push(`${plan.pathText(index, fieldPaths.repository)}: ${full ?? '(not a string)'}`);
            if (full === undefined || normalisedName(full) !== wanted)
                return;
        }
        else {
            plan.note(`no ${plan.pathText(index, fieldPaths.repository)} to check the image name against`);
        }
        matched++;
        const usage = (path) => (chart ? chartUsage(chart, path.slice(0, -1)) : undefined);
        applyPinnedFields(plan, slot(plan, index, fieldPaths.tag, [fieldPaths.repository, fieldPaths.digest], usage(fieldPaths.tag)), slot(plan, index, fieldPaths.digest, [fieldPaths.tag, fieldPaths.repository], usage(fieldPaths.digest)), image, pin);
    });
    if (matched === 0) {
        const looked = single
            ? [single]
            : [
                [...base, 'repository'],
                [...base, 'tag'],
                [...base, 'digest'],
            ];
        throw notFound(plan, image, seen.length > 0 ? seen.join(', ') : `none of ${looked.map((p) => plan.pathText(0, p)).join(', ')}`);
    }
}
/**
 * A value slot at `path`, creatable when its parent map exists. The chart decides: a key its
 * templates never read is not written, and a missing one is created only when they read it.
 * Without the chart, an existing key is written and a missing digest is not invented.
 */
function slot(plan, doc, path, siblings, usage) {
    const document = plan.docs[doc];
    const parentPath = path.slice(0, -1);
    const parent = parentPath.length === 0 ? document.contents : nodeAt(document.contents, parentPath, document)?.node;
    const key = path.at(-1);
    const label = plan.pathText(doc, path);
    if (!(0,dist/* isMap */.jh)(parent) || typeof key !== 'string')
        return { label, current: undefined, creatable: false, set: () => undefined };
    const sameParent = siblings.filter((s) => s.length === path.length && s.slice(0, -1).join('\0') === parentPath.join('\0')).map((s) => String(s.at(-1)));
    const field = mapSlot(plan, doc, parent, parentPath, key, sameParent);
    if (usage) {
        if (!usage.reads(key))
            return { ...field, unread: `the chart's templates (${usage.where}) never read ${label}` };
        return { ...field, form: usage.form(key) };
    }
    if (key === 'sha')
        field.form = 'hex';
    if (field.current === undefined && key !== 'tag') {
        return {
            ...field,
            creatable: false,
            unread: `${plan.file} has no ${label} and the chart's templates are not in the config repository to tell whether it would be read (add the key to ${plan.file} if the chart reads it)`,
        };
    }
    return field;
}

;// CONCATENATED MODULE: ./packages/gitops/src/edit/manifest-images.ts




const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);
/**
 * Every container `image:` in a pod spec anywhere in the documents, so Deployments, Jobs,
 * CronJobs (jobTemplate), Pods and custom resources with pod templates are all covered.
 */
function containerImages(plan) {
    const images = [];
    plan.docs.forEach((doc, index) => {
        walk(doc.contents, [], (node, path) => {
            if (!(0,dist/* isMap */.jh)(node))
                return;
            for (const pair of node.items) {
                const key = keyOf(pair);
                if (key === undefined || !CONTAINER_LISTS.has(key) || !(0,dist/* isSeq */.oP)(pair.value))
                    continue;
                pair.value.items.forEach((container, position) => {
                    const image = pairOf(container, 'image');
                    const value = image ? plan.valueOf(index, image.value) : undefined;
                    if (image && value !== undefined)
                        images.push({ doc: index, path: [...path, key, position, 'image'], node: image.value, value });
                });
            }
        });
    });
    return images;
}
/** Rewrites the matching container images to the name as written plus the pinned tag/digest. */
function editManifestImages(plan, image, wanted, pin) {
    const images = containerImages(plan);
    const matches = images.filter((found) => namesImage(found.value, wanted));
    if (matches.length === 0) {
        throw new TargetNotFoundError(plan.file, 'manifest', image.name, images.length > 0 ? `container images ${[...new Set(images.map((found) => found.value))].join(', ')}` : 'no container image', 'check the image name (registry and path must match; tag and digest are ignored) or the target file');
    }
    for (const match of matches) {
        plan.observe(splitImage(match.value));
        plan.setScalar(match.doc, match.path, match.node, imageValue(splitImage(match.value).name, image, pin));
    }
    plan.carries.tag = pin !== 'digest';
    plan.carries.digest = pin !== 'tag';
}

;// CONCATENATED MODULE: ./packages/gitops/src/edit/edit-image.ts









/**
 * Points the target in `text` at the new image, changing only the scalars that hold it: every
 * other byte (comments, quoting, line endings, BOM) stays. The result is re-parsed and checked
 * to differ from the input in exactly the reported paths. Equal values give no changes and the
 * same text.
 */
function editImage(text, target, image, pin, context = {}) {
    const wanted = checkNewImage(image, pin);
    const plan = new EditPlan(text, target.file, parseYaml(text, target.file));
    let kind = target.kind;
    if (kind === 'auto') {
        const detected = detectKind(plan, target);
        kind = detected.kind;
        plan.note(`edited as ${kind} because ${detected.reason}`);
    }
    switch (kind) {
        case 'manifest':
            editManifestImages(plan, image, wanted, pin);
            break;
        case 'kustomize':
            editKustomizeImages(plan, image, wanted, pin, target.addMissing);
            break;
        case 'helm':
            editHelmValues(plan, target.paths, image, wanted, pin, context.chart);
            break;
        case 'setter':
            editSetterMarkers(plan, target.policy, image, wanted, pin);
            break;
    }
    const result = { kind, notes: plan.notes, carries: plan.carries, current: plan.current };
    if (plan.isEmpty)
        return { text, changes: [], ...result };
    return { ...plan.apply(kind), ...result };
}
const PROBE = { tag: 'service-pipeline-probe', digest: `sha256:${'0'.repeat(64)}` };
/**
 * What a target holds for an image (one entry per place it is referenced), found the way an
 * edit would find it; undefined when the target does not reference the image. Promotion reads
 * an environment's files with it.
 */
function readImage(text, target, name, context = {}) {
    try {
        return editImage(text, target, { name, ...PROBE }, 'tag+digest', context).current;
    }
    catch (error) {
        if (error instanceof TargetNotFoundError)
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/gitops/src/edit/types.ts
const TARGET_KINDS = ['manifest', 'kustomize', 'helm', 'setter'];
const PINS = ['tag', 'digest', 'tag+digest'];

;// CONCATENATED MODULE: ./packages/gitops/src/edit/targets.ts



const PATH_KEYS = ['repository', 'tag', 'digest', 'image'];
const POLICY = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?:[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
function isPathKey(key) {
    return PATH_KEYS.includes(key);
}
/**
 * The `targets` input: one target per line, `FILE [KIND] [KEY=VALUE...]` where KIND is auto
 * (default), manifest, kustomize, helm or setter; helm takes repository=, tag=, digest= or
 * image= value paths, setter takes policy=namespace:name and kustomize takes missing=add.
 * `#` starts a comment.
 */
function parseTargets(input, inputName = 'targets') {
    const targets = [];
    input.split(/\r?\n/).forEach((raw, index) => {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (line === '')
            return;
        const fail = (what, fix) => {
            throw new src/* InputError */.dz(inputName, `line ${index + 1} ("${raw.trim()}") ${what}`, fix);
        };
        const [file, ...words] = line.split(/\s+/);
        let kind;
        const paths = {};
        let policy;
        let addMissing = false;
        for (const word of words) {
            const eq = word.indexOf('=');
            if (eq === -1) {
                if (kind !== undefined)
                    fail(`has a second kind "${word}"`, 'give one kind per line');
                if (word !== 'auto' && !TARGET_KINDS.includes(word)) {
                    fail(`has an unknown kind "${word}"`, `use one of auto, ${TARGET_KINDS.join(', ')}`);
                }
                kind = word;
                continue;
            }
            const key = word.slice(0, eq);
            const value = word.slice(eq + 1);
            if (key === 'policy') {
                if (!POLICY.test(value))
                    fail(`has policy "${value}"`, 'write it as namespace:name, e.g. policy=flux-system:shop');
                policy = value;
            }
            else if (key === 'missing') {
                if (value !== 'add' && value !== 'error')
                    fail(`has missing=${value}`, 'write missing=add (add an images entry when the image has none) or missing=error (the default)');
                addMissing = value === 'add';
            }
            else if (isPathKey(key)) {
                if (!parsePath(value))
                    fail(`has ${key} path "${value}"`, 'write a dotted path, e.g. tag=app.image.tag or tag=images[0].tag');
                paths[key] = value;
            }
            else {
                fail(`has an unknown option "${key}"`, `use ${PATH_KEYS.map((k) => `${k}=`).join(', ')} (helm), policy= (setter) or missing= (kustomize)`);
            }
        }
        const hasPaths = Object.keys(paths).length > 0;
        if (hasPaths && kind !== undefined && kind !== 'helm' && kind !== 'auto')
            fail(`gives value paths to a ${kind} target`, 'value paths are for helm targets only');
        if (policy !== undefined && kind !== undefined && kind !== 'setter' && kind !== 'auto')
            fail(`gives a policy to a ${kind} target`, 'policy= is for setter targets only');
        if (hasPaths && policy !== undefined)
            fail('mixes value paths and a policy', 'use one target line per kind');
        if (addMissing && ((kind !== undefined && kind !== 'kustomize' && kind !== 'auto') || hasPaths || policy !== undefined))
            fail('gives missing=add to a target that is not kustomize', 'missing=add is for kustomization files only');
        if (paths.image !== undefined && Object.keys(paths).length > 1)
            fail('mixes image= with other paths', 'use image= alone for a single `repo:tag` value');
        if (targets.some((t) => t.file === file))
            fail(`repeats ${file}`, 'list each file once');
        const target = { file: file, kind: kind ?? (hasPaths ? 'helm' : policy !== undefined ? 'setter' : 'auto') };
        if (hasPaths)
            target.paths = paths;
        if (policy !== undefined)
            target.policy = policy;
        if (addMissing)
            target.addMissing = true;
        targets.push(target);
    });
    if (targets.length === 0)
        throw new src/* InputError */.dz(inputName, 'lists no file', 'give one target file per line, e.g. apps/shop/deployment.yaml');
    return targets;
}

;// CONCATENATED MODULE: ./packages/gitops/src/edit/index.ts






// EXTERNAL MODULE: ./packages/action-kit/src/retry.ts
var retry = __nccwpck_require__(30);
;// CONCATENATED MODULE: ./packages/gitops/src/git/chart-context.ts

/**
 * The Helm chart a values file belongs to, when its templates are in the config repository: the
 * nearest `Chart.yaml` in the file's directory or above, with every file under its `templates/`
 * and its vendored subcharts' `templates/` (library helpers such as Bitnami's `common`).
 * `key` changes whenever any of them does (for the edit cache).
 */
async function chartContextFor(tree, valuesPath, read) {
    for (let dir = external_node_path_.posix.dirname(valuesPath);; dir = external_node_path_.posix.dirname(dir)) {
        const root = dir === '.' ? '' : dir;
        const prefix = root === '' ? '' : `${root}/`;
        const chartFile = await tree.entry(`${prefix}Chart.yaml`);
        if (chartFile?.type === 'blob' && chartFile.mode !== '120000') {
            const subcharts = [...(await tree.list(`${prefix}charts`))]
                .filter(([, entry]) => entry.type === 'tree')
                .map(([name]) => `${prefix}charts/${name}/templates`);
            const templates = (await Promise.all([`${prefix}templates`, ...subcharts].map((d) => tree.blobsUnder(d))))
                .flat()
                .filter(([, entry]) => entry.mode !== '120000');
            const texts = await read(templates.map(([, entry]) => entry.sha));
            return {
                key: [`${prefix}Chart.yaml`, ...templates.map(([path, entry]) => `${path}:${entry.sha}`)],
                context: { chart: { dir: root, templates: templates.map(([path, entry]) => ({ path, text: texts.get(entry.sha) })) } },
            };
        }
        if (root === '')
            return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/gitops/src/git/repo-paths.ts


/** A target path that would leave the config repository. */
class PathEscapeError extends Error {
    file;
    reason;
    constructor(file, reason) {
        super(`target file "${file}" ${reason}`);
        this.file = file;
        this.reason = reason;
        this.name = 'PathEscapeError';
    }
}
class MissingTargetFileError extends Error {
    file;
    constructor(file) {
        super(`target file "${file}" does not exist in the config repository`);
        this.file = file;
        this.name = 'MissingTargetFileError';
    }
}
/**
 * Checks a target path as written, before anything is fetched: relative, no `..` segment at all
 * (even one that would stay inside: a path says where the file is, plainly), no `.git`
 * internals, no control characters. Returns it normalised (`./a//b.yaml` -> `a/b.yaml`).
 */
function normaliseRepoPath(file) {
    try {
        (0,src/* checkPathText */.ZJ)(file);
    }
    catch (error) {
        if (error instanceof src/* PathRefusedError */.EN)
            throw new PathEscapeError(file, error.what);
        throw error;
    }
    if (external_node_path_.posix.isAbsolute(file) || file.startsWith('\\') || /^[a-zA-Z]:[\\/]/.test(file))
        throw new PathEscapeError(file, 'is absolute');
    const slashed = file.replace(/\\/g, '/');
    if (slashed.split('/').includes('..'))
        throw new PathEscapeError(file, 'contains ".."');
    const normal = external_node_path_.posix.normalize(slashed).replace(/\/$/, '');
    if (normal === '.' || normal === '')
        throw new PathEscapeError(file, 'names the repository root, not a file');
    if (normal.split('/').includes('.git'))
        throw new PathEscapeError(file, 'points into .git');
    return normal;
}
/** normaliseRepoPath for a path a caller gave: a refused one is an ActionError with `fix`. */
function checkedRepoPath(file, fix = 'name files relative to the config repository root, without ".." or a leading "/"') {
    try {
        return normaliseRepoPath(file);
    }
    catch (error) {
        if (error instanceof PathEscapeError)
            throw new src/* ActionError */.lZ(error.message, fix, { cause: error });
        throw error;
    }
}
const MAX_LINKS = 40;
/**
 * Resolves a normalised path in a commit's tree the way the file system of a checkout would,
 * following symlinks (of the file and of its directories), and refuses a path whose real
 * location is outside the repository or inside `.git`. `readLink` returns a symlink's target.
 */
async function resolveInTree(tree, file, readLink) {
    const resolved = [];
    let pending = file.split('/');
    let links = 0;
    let target = '';
    while (pending.length > 0) {
        const part = pending.shift();
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (resolved.length === 0)
                throw new PathEscapeError(file, `is a symlink that resolves outside the config repository (to ${target})`);
            resolved.pop();
            continue;
        }
        if (part === '.git')
            throw new PathEscapeError(file, 'is a symlink into .git');
        const path = [...resolved, part].join('/');
        const entry = await tree.entry(path);
        if (!entry)
            throw new MissingTargetFileError(file);
        if (entry.mode === '120000') {
            if (++links > MAX_LINKS)
                throw new PathEscapeError(file, 'is a symlink loop');
            target = await readLink(entry.sha);
            if (target.startsWith('/'))
                throw new PathEscapeError(file, `is a symlink that resolves outside the config repository (to ${target})`);
            pending = [...target.split('/'), ...pending];
            continue;
        }
        if (entry.type !== 'tree' && pending.some((p) => p !== '' && p !== '.'))
            throw new MissingTargetFileError(file);
        resolved.push(part);
    }
    const entry = await tree.entry(resolved.join('/'));
    if (entry?.type !== 'blob')
        throw new MissingTargetFileError(file);
    return { path: resolved.join('/'), entry };
}

;// CONCATENATED MODULE: ./packages/gitops/src/git/bump-files.ts




/**
 * Reads the target files from a commit's tree and applies every image to every target that
 * holds it, in memory. A file that holds none of the images, or an image that no file holds,
 * is an error (the editor's, naming the file and what it found). Edits are cached by the blob
 * and chart template hashes they were made from, so a retry on a new branch tip re-edits only
 * the files that changed in between.
 */
class TargetEditor {
    transport;
    targets;
    images;
    pin;
    cache = new Map();
    blobs = new Map();
    constructor(transport, targets, images, pin) {
        this.transport = transport;
        this.targets = targets;
        this.images = images;
        this.pin = pin;
    }
    /** The targets at a commit: resolved path, blob, text and (for values files of a chart in the repository) the chart. */
    async readFiles(commit) {
        const tree = await this.transport.tree(commit);
        const resolved = await Promise.all(this.targets.map(async (target) => ({ target, ...(await this.resolve(tree, target.file)) })));
        const contexts = new Map(await Promise.all(resolved.map(async ({ path }) => [path, await chartContextFor(tree, path, (shas) => this.read(shas))])));
        await this.read(resolved.map((r) => r.entry.sha));
        return resolved.map((r) => ({ ...r, text: this.blobs.get(r.entry.sha), chart: contexts.get(r.path) }));
    }
    async edit(commit) {
        const resolved = await this.readFiles(commit);
        const contexts = new Map(resolved.map((r) => [r.path, r.chart]));
        const byPath = new Map();
        for (const r of resolved)
            byPath.set(r.path, [...(byPath.get(r.path) ?? []), r]);
        const result = { carries: new Map(), writes: [], texts: [], changes: [], notes: [] };
        const held = result.carries;
        const misses = new Map();
        for (const [path, group] of byPath) {
            const context = contexts.get(path);
            const key = [path, group[0].entry.sha, ...group.map((g) => g.target.file), ...(context?.key ?? [])].join('\0');
            const edit = this.cache.get(key) ??
                this.editFile(this.blobs.get(group[0].entry.sha), group.map((g) => g.target), context?.context);
            this.cache.set(key, edit);
            for (const [image, carries] of edit.held) {
                const sum = held.get(image) ?? { tag: false, digest: false };
                held.set(image, { tag: sum.tag || carries.tag, digest: sum.digest || carries.digest });
            }
            for (const [image, miss] of edit.misses)
                if (!misses.has(image))
                    misses.set(image, miss);
            result.changes.push(...edit.changes);
            result.notes.push(...edit.notes);
            const before = this.blobs.get(group[0].entry.sha);
            if (edit.text !== before) {
                result.writes.push({ path, mode: group[0].entry.mode, text: edit.text });
                result.texts.push({ path, before, after: edit.text });
            }
        }
        for (const image of this.images) {
            if (!held.has(image.name))
                throw misses.get(image.name) ?? new src/* ActionError */.lZ(`no target holds ${image.name}`, 'add the file that references it to targets');
        }
        return result;
    }
    /** Every image in every target of one file, one after another on the same text. */
    editFile(original, targets, context) {
        let text = original;
        const changes = [];
        const notes = [];
        const held = new Map();
        const misses = new Map();
        for (const target of targets) {
            let count = 0;
            let firstMiss;
            for (const image of this.images) {
                try {
                    const edit = editImage(text, target, image, this.pin, context);
                    text = edit.text;
                    const sum = held.get(image.name) ?? { tag: false, digest: false };
                    held.set(image.name, { tag: sum.tag || edit.carries.tag, digest: sum.digest || edit.carries.digest });
                    count++;
                    changes.push(...edit.changes.map((c) => ({ ...c, file: target.file, image: image.name })));
                    notes.push(...edit.notes.map((note) => `${target.file}: ${note}`));
                }
                catch (error) {
                    if (!(error instanceof TargetNotFoundError) || this.images.length === 1)
                        throw error;
                    firstMiss ??= error;
                    if (!misses.has(image.name))
                        misses.set(image.name, error);
                }
            }
            if (count === 0 && firstMiss)
                throw firstMiss;
        }
        return { text, changes, notes: [...new Set(notes)], held, misses };
    }
    async resolve(tree, file) {
        try {
            return await resolveInTree(tree, file, async (sha) => (await this.read([sha])).get(sha));
        }
        catch (error) {
            if (error instanceof PathEscapeError)
                throw new src/* ActionError */.lZ(error.message, 'point the target at the real file inside the config repository', { cause: error });
            if (error instanceof MissingTargetFileError)
                throw new src/* ActionError */.lZ(error.message, 'check the targets input: paths are relative to the config repository root and case-sensitive', { cause: error });
            throw error;
        }
    }
    async read(shas) {
        const missing = shas.filter((sha) => !this.blobs.has(sha));
        if (missing.length > 0)
            for (const [sha, text] of await this.transport.readBlobs(missing))
                this.blobs.set(sha, text);
        return new Map(shas.map((sha) => [sha, this.blobs.get(sha)]));
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./packages/gitops/src/git/bump-record.ts


const TRAILER_KEYS = [
    ['image', 'Image'],
    ['tag', 'Image-Tag'],
    ['digest', 'Image-Digest'],
    ['created', 'Image-Created'],
    ['environment', 'Environment'],
    ['service', 'Service'],
    ['sourceRepository', 'Source-Repository'],
    ['sourceCommit', 'Source-Commit'],
    ['runUrl', 'Run-URL'],
];
const FIELD_OF_KEY = new Map(TRAILER_KEYS.map(([field, key]) => [key, field]));
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const TAG = /^[\w][\w.-]{0,127}$/;
/** Environment and service name the pull-request branch `service-pipeline/<environment>/<service>`. */
const BRANCH_PART = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$/;
/** Whether `value` can name an environment or a service: one segment of the bot branch `service-pipeline/<environment>/<service>`. */
function isBranchPart(value) {
    return BRANCH_PART.test(value) && !value.endsWith('.lock') && !value.includes('..');
}
/** Whether `value` is an RFC 3339 time (at most nanoseconds) that parses. */
function isRfc3339Time(value) {
    return RFC3339.test(value) && !Number.isNaN(Date.parse(value));
}
/** A build time further ahead than this is a wrong clock or a forgery: it would block every later deploy. */
const MAX_CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;
const MAX_VALUE = 512;
const CONTROL = /[\u0000-\u001f\u007f]/;
/** The first reason `value` cannot be written as one trailer or commit-message value, if any. */
function singleLineProblem(value, max = MAX_VALUE) {
    if (/[\r\n\u2028\u2029\u0085]/.test(value))
        return 'contains a line break';
    if (CONTROL.test(value))
        return 'contains a control character';
    if (value !== value.trim())
        return 'starts or ends with white space';
    if (value.length > max)
        return `is longer than ${max} characters`;
    return undefined;
}
function linesProblems(record) {
    const problems = [];
    for (const [field] of TRAILER_KEYS) {
        const value = record[field];
        if (value === undefined)
            continue;
        const line = singleLineProblem(value, field === 'runUrl' ? 2048 : MAX_VALUE);
        if (line)
            problems.push([field, line]);
    }
    return problems;
}
/** Every reason a record could not have been written by us; empty when it is valid. */
function recordProblems(record, now = Date.now()) {
    const problems = linesProblems(record);
    if (problems.length > 0)
        return problems;
    if (!record.image)
        problems.push(['image', 'is missing']);
    else if (!isImageName(record.image))
        problems.push(['image', 'is not a valid image name without tag or digest']);
    for (const field of ['environment', 'service']) {
        const value = record[field];
        if (!value)
            problems.push([field, 'is missing']);
        else if (!isBranchPart(value))
            problems.push([field, 'is not a valid name (letters, digits, ".", "_" and "-"; it names a git branch)']);
    }
    if (record.tag !== undefined && !TAG.test(record.tag))
        problems.push(['tag', 'is not a valid image tag']);
    if (record.digest !== undefined && !(0,oci_src/* isDigest */.Bc)(record.digest))
        problems.push(['digest', 'is not a valid digest']);
    if (record.created !== undefined) {
        if (!isRfc3339Time(record.created))
            problems.push(['created', 'is not a valid RFC 3339 time']);
        else if (Date.parse(record.created) > now + MAX_CLOCK_SKEW_MS)
            problems.push(['created', 'is more than a day in the future']);
    }
    if (record.tag === undefined && record.digest === undefined)
        problems.push(['tag', 'and digest are both missing']);
    return problems;
}
function isImageName(name) {
    try {
        const parsed = (0,oci_src/* parseReference */.F2)(name, { lowercaseGhcr: false });
        return parsed.tag === undefined && parsed.digest === undefined;
    }
    catch {
        return false;
    }
}
/** Refuses a record we would not write, naming the field (`source.commit` etc. as BumpOptions spell it). */
function checkBumpRecord(record, label = String, options = {}) {
    const [problem] = options.linesOnly ? linesProblems(record) : recordProblems(record);
    if (!problem)
        return;
    const [field, what] = problem;
    const value = record[field];
    throw new src/* ActionError */.lZ(`${label(field)} ${what}${value !== undefined ? ` (${JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}...` : value)})` : ''}`, "pass a single-line value: it is recorded in the config repository's history, where later bumps read it");
}
/**
 * The trailer block of a bump commit: the only place trailers are written. One record after
 * another, each starting with `Image:`; values are checked first, so no value can add a line.
 */
function bumpTrailers(records) {
    if (records.length === 0)
        throw new Error('bumpTrailers: no record');
    for (const record of records)
        checkBumpRecord(record);
    return records
        .flatMap((record) => TRAILER_KEYS.filter(([field]) => record[field] !== undefined && record[field] !== '').map(([field, key]) => `${key}: ${record[field]}`))
        .join('\n');
}
/**
 * The records of a bump commit, read only from a trailer block exactly as `bumpTrailers`
 * writes it: the last paragraph of a message that has a subject, every line one of our keys,
 * each key once per record, every value valid. Anything else (trailers quoted in the body, a
 * foreign tool's block, an injected or repeated line) is not ours, and yields no record.
 */
function readBumpRecords(message, now = Date.now()) {
    const paragraphs = message
        .replace(/\r\n/g, '\n')
        .trim()
        .split(/\n[ \t]*\n/);
    if (paragraphs.length < 2)
        return [];
    const records = [];
    for (const line of paragraphs.at(-1).split('\n')) {
        const match = /^([A-Za-z-]+): (.*)$/.exec(line);
        const field = match ? FIELD_OF_KEY.get(match[1]) : undefined;
        if (!match || !field)
            return [];
        if (field === 'image')
            records.push({});
        const record = records.at(-1);
        if (!record || record[field] !== undefined)
            return [];
        record[field] = match[2];
    }
    if (records.some((record) => recordProblems(record, now).length > 0))
        return [];
    return records;
}
/**
 * Orders an incoming bump against the newest landed one for the same image and environment:
 * by image creation time when both carry one, else by semantic version of the tags when both
 * are versions. The same digest (or, without digests, the same tag) is `same`.
 */
function compareBumps(incoming, landed) {
    const sameDigest = incoming.digest !== undefined && incoming.digest === landed.digest;
    const sameTagOnly = incoming.digest === undefined && landed.digest === undefined && incoming.tag !== undefined && incoming.tag === landed.tag;
    if (sameDigest || sameTagOnly)
        return 'same';
    const a = incoming.created === undefined ? Number.NaN : Date.parse(incoming.created);
    const b = landed.created === undefined ? Number.NaN : Date.parse(landed.created);
    if (!Number.isNaN(a) && !Number.isNaN(b) && a !== b)
        return a > b ? 'newer' : 'older';
    const byVersion = compareSemver(incoming.tag, landed.tag);
    if (byVersion !== undefined && byVersion !== 0)
        return byVersion > 0 ? 'newer' : 'older';
    return 'unordered';
}
const SEMVER = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
/** Semantic-version precedence (build metadata ignored); undefined when either is not a version. */
function compareSemver(a, b) {
    const x = a === undefined ? null : SEMVER.exec(a);
    const y = b === undefined ? null : SEMVER.exec(b);
    if (!x || !y)
        return undefined;
    for (let i = 1; i <= 3; i++) {
        const d = Number(x[i]) - Number(y[i]);
        if (d !== 0)
            return Math.sign(d);
    }
    const pa = x[4];
    const pb = y[4];
    if (pa === undefined || pb === undefined)
        return pa === pb ? 0 : pa === undefined ? 1 : -1;
    const ia = pa.split('.');
    const ib = pb.split('.');
    for (let i = 0; i < Math.max(ia.length, ib.length); i++) {
        const p = ia[i];
        const q = ib[i];
        if (p === undefined || q === undefined)
            return p === undefined ? -1 : 1;
        if (p === q)
            continue;
        const np = /^\d+$/.test(p);
        const nq = /^\d+$/.test(q);
        if (np && nq)
            return Math.sign(Number(p) - Number(q));
        if (np !== nq)
            return np ? -1 : 1;
        return p < q ? -1 : 1;
    }
    return 0;
}

;// CONCATENATED MODULE: ./packages/gitops/src/git/config-repo.ts

/** A Tree over a function that reads one tree object (a directory's entries by name). */
function lazyTree(root, readTree) {
    const list = async (dir) => {
        const at = await entry(dir);
        return at?.type === 'tree' ? readTree(at.sha) : new Map();
    };
    const entry = async (path) => {
        if (path === '')
            return { mode: '040000', type: 'tree', sha: root };
        const slash = path.lastIndexOf('/');
        return (await list(slash === -1 ? '' : path.slice(0, slash))).get(path.slice(slash + 1));
    };
    const blobsUnder = async (dir) => {
        const found = [];
        for (const [name, child] of await list(dir)) {
            const path = dir === '' ? name : `${dir}/${name}`;
            if (child.type === 'tree')
                found.push(...(await blobsUnder(path)));
            else if (child.type === 'blob')
                found.push([path, child]);
        }
        return found;
    };
    return { entry, list, blobsUnder };
}
/** Reads the raw form `git cat-file commit` prints (headers, a blank line, the message). */
function parseRawCommit(raw) {
    const split = raw.indexOf('\n\n');
    const headers = raw.slice(0, split === -1 ? raw.length : split).split('\n');
    return {
        tree: headers.find((h) => h.startsWith('tree '))?.slice(5) ?? '',
        parents: headers.filter((h) => h.startsWith('parent ')).map((h) => h.slice(7)),
        message: split === -1 ? '' : raw.slice(split + 2),
    };
}
/** Where refused bumps wait for the next bump of the same branch to land them (`batch`, see bump-queue.ts). */
const QUEUE_NAMESPACE = 'refs/service-pipeline/queue';
/** `refs/service-pipeline/queue/<branch>/<ms since epoch>-<8 hex>`: a bump queued for exactly this branch. */
function isQueueRef(ref, branch) {
    const prefix = `${QUEUE_NAMESPACE}/${branch}/`;
    return ref.startsWith(prefix) && /^\d{13}-[0-9a-f]{8}$/.test(ref.slice(prefix.length));
}
/** More changed files than a bump of a few images writes: not one. */
const MAX_CHANGED_FILES = 200;
/** The blobs that differ between two trees, each at the same path and mode in both; a string says why the change is not a bump's. */
async function changedBlobs(before, after) {
    const changed = [];
    const walk = async (dir) => {
        const [a, b] = await Promise.all([before.list(dir), after.list(dir)]);
        if (a.size !== b.size || [...a.keys()].some((name) => !b.has(name)))
            return `adds or removes files in ${dir || 'the root'}`;
        for (const [name, entry] of a) {
            const other = b.get(name);
            if (other.sha === entry.sha)
                continue;
            const path = dir === '' ? name : `${dir}/${name}`;
            if (other.mode !== entry.mode || other.type !== entry.type)
                return `changes the type or mode of ${path}`;
            if (entry.type === 'tree') {
                const why = await walk(path);
                if (why)
                    return why;
            }
            else if (entry.type === 'blob' && entry.mode !== '120000') {
                changed.push({ path, mode: entry.mode, old: entry.sha, sha: other.sha });
                if (changed.length > MAX_CHANGED_FILES)
                    return `changes more than ${MAX_CHANGED_FILES} files`;
            }
            else
                return `changes ${path}, which is not a file`;
        }
        return undefined;
    };
    const why = await walk('');
    return why ?? (changed.length === 0 ? 'changes no file' : changed);
}
/** Whether a history walk that has passed the commits in `seen` can stop. */
function passedAll(until, seen) {
    if (!until || until.size === 0)
        return false;
    let left = until.size;
    for (const c of seen)
        if (until.has(c.sha))
            left--;
    return left === 0;
}
function recordKey(key) {
    return `${key.image}\n${key.environment}`;
}
/** The first record per key, reading commit messages newest first. */
function newestRecords(messages, keys) {
    const wanted = new Set(keys.map(recordKey));
    const found = new Map();
    for (const message of messages) {
        for (const record of readBumpRecords(message)) {
            const key = recordKey(record);
            if (wanted.has(key) && !found.has(key))
                found.set(key, record);
        }
        if (found.size === wanted.size)
            break;
    }
    return found;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./packages/gitops/src/git/git-objects.ts




const HASH_BYTES = 20;
/** Parses a tree object: `<mode> <name>\0<binary hash>` entries. */
function parseTree(data) {
    const entries = new Map();
    let at = 0;
    while (at < data.length) {
        const space = data.indexOf(32, at);
        const nul = data.indexOf(0, space);
        const mode = data.subarray(at, space).toString('latin1').padStart(6, '0');
        const name = data.subarray(space + 1, nul).toString('utf8');
        entries.set(name, {
            mode,
            type: mode === '040000' ? 'tree' : mode === '160000' ? 'commit' : 'blob',
            sha: data.subarray(nul + 1, nul + 1 + HASH_BYTES).toString('hex'),
            hashAt: nul + 1,
        });
        at = nul + 1 + HASH_BYTES;
    }
    return { data, entries };
}
function gitObject(type, content) {
    return Buffer.concat([Buffer.from(`${type} ${content.length}\0`), content]);
}
/** The hash git gives a file with this text. */
function blobSha(text) {
    return (0,external_node_crypto_.createHash)('sha1')
        .update(gitObject('blob', Buffer.from(text)))
        .digest('hex');
}
/**
 * Writes git objects straight into a repository's object store (zlib-compressed loose objects,
 * as git writes them), so making a bump commit takes no process at all: the blobs, each tree
 * on the way to them rewritten with the new hash in place (byte for byte otherwise), the commit.
 */
class ObjectWriter {
    gitDir;
    constructor(gitDir) {
        this.gitDir = gitDir;
    }
    write(type, content) {
        const object = gitObject(type, content);
        const sha = (0,external_node_crypto_.createHash)('sha1').update(object).digest('hex');
        const dir = (0,external_node_path_.join)(this.gitDir, 'objects', sha.slice(0, 2));
        const file = (0,external_node_path_.join)(dir, sha.slice(2));
        if (!(0,external_node_fs_.existsSync)(file)) {
            (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
            (0,external_node_fs_.writeFileSync)(file, (0,external_node_zlib_.deflateSync)(object));
        }
        return sha;
    }
    /** The tree `root` with the blobs at `files` (existing paths) replaced; returns the new root tree's hash. */
    async replaceBlobs(root, files, readTree) {
        const tree = await readTree(root);
        const data = Buffer.from(tree.data);
        const byName = new Map();
        for (const [path, blob] of files) {
            const slash = path.indexOf('/');
            const name = slash === -1 ? path : path.slice(0, slash);
            const below = byName.get(name) ?? new Map();
            below.set(slash === -1 ? '' : path.slice(slash + 1), blob);
            byName.set(name, below);
        }
        for (const [name, below] of byName) {
            const entry = tree.entries.get(name);
            if (!entry)
                throw new Error(`ObjectWriter: ${name} is not in tree ${root}`);
            const sha = below.has('') ? below.get('') : await this.replaceBlobs(entry.sha, below, readTree);
            Buffer.from(sha, 'hex').copy(data, entry.hashAt);
        }
        return this.write('tree', data);
    }
}

;// CONCATENATED MODULE: ./packages/gitops/src/git/bump-queue.ts





/**
 * Batch mode: bumps of one branch landing together instead of racing.
 *
 * Uncoordinated retries of a compare-and-swap waste most attempts once many writers start
 * together (each landing costs the others their attempt, as in ALOHA, whose throughput tops out
 * near 1/e). In batch mode a refused bump publishes its commit under
 * `refs/service-pipeline/queue/<branch>/<ms>-<hex>` and waits; the run of the oldest queued bump
 * (or any run not queued itself) copies every queued bump it can onto the tip (a commit each,
 * with its own message, records and author), adds its own edit and lands them all in one atomic
 * push that also deletes their queue refs. The owner of a queued bump finds its ref gone and its commit in
 * the history. A queued bump is copied only when it still is what a bump writes: one parent in
 * the branch's recent history, records newer than anything landed for their images since, every
 * changed file untouched on the tip since, and its blobs exactly what the editor writes for its
 * records' images into those files. Anything else stays queued for its owner, who redoes it.
 */
/** A queued bump older than this is not landed by others (its run is gone or stuck) and is deleted. */
const QUEUE_TTL_MS = 10 * 60_000;
/** A fresh queue ref for `branch`: ordered by time, unique by its random part. */
function queueRef(branch, now = Date.now()) {
    return `${QUEUE_NAMESPACE}/${branch}/${now}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
}
function queuedAt(ref) {
    return Number(/\/(\d{13})-[0-9a-f]{8}$/.exec(ref)?.[1] ?? 0);
}
/** Queued further ahead than runners' clocks drift apart: not from a run, and deleted like an expired one. */
const CLOCK_SKEW_MS = 60_000;
function expired(ref, now) {
    const age = now - queuedAt(ref);
    return age > QUEUE_TTL_MS || age < -CLOCK_SKEW_MS;
}
/**
 * A queued run waits while an older queued bump's run lands the queue (one copier at a time,
 * not every waiter copying the same bumps and all but one losing the race). A bump queued longer
 * ago than this no longer leads: its run may be gone (or it was never a run's), so the next
 * oldest run copies.
 */
const LEADER_PATIENCE_MS = 30_000;
/** The oldest bump queued within LEADER_PATIENCE_MS: its run lands the queue. */
function queueLeader(queued, now = Date.now()) {
    return queued.filter((q) => Math.abs(now - queuedAt(q.ref)) <= LEADER_PATIENCE_MS).sort((a, b) => (a.ref < b.ref ? -1 : 1))[0];
}
/** Queued bumps looked at per landing: a flood of queue refs costs a bounded amount of reads each time. */
const MAX_PER_PUSH = 100;
/** Copies the queued bumps of others (all but `own`) that can land as they are onto `tip`. */
async function chainQueued(transport, tip, queued, options) {
    const now = options.now ?? Date.now();
    const chain = { tip, drop: [], copied: 0, records: [], left: [] };
    // The oldest first, and at most MAX_PER_PUSH of them: the rest wait for the next landing.
    const others = queued
        .filter((q) => q.ref !== options.own)
        .sort((a, b) => (a.ref < b.ref ? -1 : 1))
        .slice(0, MAX_PER_PUSH);
    if (others.length === 0)
        return chain;
    // A queued ref may name anything (whoever can push refs can write one): what is no bump commit is deleted.
    const commits = new Map(await Promise.all(others.map(async (q) => [q.ref, await transport.readCommit(q.commit).catch(() => undefined)])));
    const bases = new Set([...commits.values()].flatMap((c) => c?.parents.slice(0, 1) ?? []));
    const history = await transport.history(tip, options.depth * 10, bases);
    // The checks that need reads run for every queued bump at once; then the copies, in queue
    // order, each on the one before (a later bump of a file or image already copied is left).
    const tipTree = await transport.tree(tip);
    const checked = await Promise.all(others.map(async (q) => {
        if (expired(q.ref, now))
            return { q, found: 'expired' };
        try {
            return { q, found: await copyable(q) };
        }
        catch (error) {
            return { q, found: `could not be read (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` };
        }
    }));
    const touched = new Set();
    const copies = [];
    for (const { q, found } of checked) {
        if (found === 'expired' || found === 'landed' || found === 'not a bump')
            chain.drop.push(q);
        else if (typeof found === 'string')
            chain.left.push({ ref: q.ref, why: found });
        else {
            const file = found.files.find((f) => touched.has(f.path));
            const record = found.records.find((r) => chain.records.some((c) => recordKey(c) === recordKey(r)));
            if (file || record) {
                chain.left.push({
                    ref: q.ref,
                    why: file ? `${file.path} is changed by an earlier queued bump` : `${record.image} is bumped by an earlier queued bump`,
                });
                continue;
            }
            copies.push({ from: q.commit, files: found.files });
            for (const f of found.files)
                touched.add(f.path);
            chain.records.push(...found.records);
            chain.drop.push(q);
            chain.copied++;
        }
    }
    if (copies.length > 0)
        chain.tip = await transport.copyCommits(tip, copies, options.committer);
    return chain;
    async function copyable(q) {
        const commit = commits.get(q.ref);
        // No run queues anything but a one-parent commit with bump records: anything else is deleted.
        if (!commit)
            return 'not a bump';
        const records = readBumpRecords(commit.message);
        if (commit.parents.length !== 1 || records.length === 0)
            return 'not a bump';
        const base = history.findIndex((c) => c.sha === commit.parents[0]);
        if (base === -1)
            return `made on ${commit.parents[0].slice(0, 12)}, not in the last ${options.depth * 10} commits of the branch`;
        const since = history.slice(0, base);
        if (since.some((c) => sameMessage(c.message, commit.message)))
            return 'landed';
        for (const record of records) {
            const newer = landedSince(since, record);
            if (newer && compareBumps(record, newer) !== 'newer')
                return `${record.image} in ${record.environment} has landed since as ${newer.tag ?? newer.digest}`;
        }
        const changed = await transport.changedFiles(commit.parents[0], q.commit);
        if (typeof changed === 'string')
            return changed;
        for (const file of changed) {
            const now = await tipTree.entry(file.path);
            if (now?.sha !== file.old || now.mode !== file.mode)
                return `${file.path} changed since it was queued`;
        }
        const why = await reproduced(transport, commit.parents[0], changed, records);
        if (why)
            return why;
        return { files: changed.map(({ path, mode, sha }) => ({ path, mode, sha })), records };
    }
}
/**
 * Why the editor, given the records' images and the changed files (detected, default Helm
 * paths), does not write exactly the queued blobs on the queued bump's parent; undefined when it
 * does. So only what a bump of those images would write is ever copied, whoever queued it.
 */
async function reproduced(transport, parent, changed, records) {
    const pin = records.every((r) => r.tag && r.digest)
        ? 'tag+digest'
        : records.every((r) => r.tag)
            ? 'tag'
            : records.every((r) => r.digest)
                ? 'digest'
                : undefined;
    if (!pin)
        return 'its records pin tags and digests unevenly';
    const images = records.map((r) => ({ name: r.image, ...(r.tag ? { tag: r.tag } : {}), ...(r.digest ? { digest: r.digest } : {}) }));
    try {
        const editor = new TargetEditor(transport, changed.map((f) => ({ file: f.path, kind: 'auto' })), images, pin);
        const written = new Map((await editor.edit(parent)).writes.map((w) => [w.path, blobSha(w.text)]));
        const differs = changed.find((f) => written.get(f.path) !== f.sha);
        return differs || written.size !== changed.length ? `${differs?.path ?? 'a file'} is not what a bump of its records writes` : undefined;
    }
    catch (error) {
        return `its records cannot be re-applied (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
    }
}
/** Commit messages compared as both transports give them (the API drops the trailing newline). */
function sameMessage(a, b) {
    return a.trimEnd() === b.trimEnd();
}
function landedSince(commits, record) {
    for (const c of commits) {
        const found = readBumpRecords(c.message).find((r) => recordKey(r) === recordKey(record));
        if (found)
            return found;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/gitops/src/git/commit-message.ts

const DEFAULT_COMMIT_MESSAGE = 'Bump {service} in {environment} to {new}';
const MESSAGE_PLACEHOLDERS = [
    'service',
    'environment',
    'image',
    'old',
    'new',
    'tag',
    'digest',
    'source-repository',
    'source-commit',
    'run-url',
];
/** Placeholders in a template that are not known; empty when the template is valid. */
function unknownPlaceholders(template) {
    const known = new Set(MESSAGE_PLACEHOLDERS);
    return [...template.matchAll(/\{([a-z-]+)\}/g)].map((m) => m[1]).filter((name) => !known.has(name));
}
/**
 * Fills `{name}` placeholders; a line whose placeholders are all empty (e.g. `Run: {run-url}`
 * outside Actions) is dropped. A value never adds a line: line breaks and control characters in
 * it (an `{old}` value read from a config file may hold any) become spaces.
 */
function renderCommitMessage(template, values) {
    const lines = [];
    const value = (name) => oneLine(values[name]);
    for (const line of template.replace(/\r\n/g, '\n').split('\n')) {
        const used = [...line.matchAll(/\{([a-z-]+)\}/g)].map((m) => m[1]).filter((name) => Object.hasOwn(values, name));
        if (used.length > 0 && used.every((name) => value(name) === ''))
            continue;
        lines.push(line.replace(/\{([a-z-]+)\}/g, (whole, name) => (Object.hasOwn(values, name) ? value(name) : whole)).trimEnd());
    }
    return lines.join('\n').trim();
}
/**
 * The whole message of a bump commit: the rendered template (the default one when it renders
 * empty, so there always is a subject), a blank line, then our trailer block, which stays the
 * last paragraph whatever the template holds.
 */
function bumpCommitMessage(template, values, records) {
    const rendered = renderCommitMessage(template ?? DEFAULT_COMMIT_MESSAGE, values);
    const message = rendered === '' ? renderCommitMessage(DEFAULT_COMMIT_MESSAGE, values) : rendered;
    return `${message}\n\n${bumpTrailers(records)}\n`;
}
const CONTROL_OR_BREAK = /[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g;
function oneLine(text) {
    return text.replace(CONTROL_OR_BREAK, ' ').trim();
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/diff@9.0.0/node_modules/diff/libesm/diff/base.js
class Diff {
    diff(oldStr, newStr, 
    // Type below is not accurate/complete - see above for full possibilities - but it compiles
    options = {}) {
        let callback;
        if (typeof options === 'function') {
            callback = options;
            options = {};
        }
        else if ('callback' in options) {
            callback = options.callback;
        }
        // Allow subclasses to massage the input prior to running
        const oldString = this.castInput(oldStr, options);
        const newString = this.castInput(newStr, options);
        const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
        const newTokens = this.removeEmpty(this.tokenize(newString, options));
        return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
    }
    diffWithOptionsObj(oldTokens, newTokens, options, callback) {
        var _a;
        const done = (value) => {
            value = this.postProcess(value, options);
            if (callback) {
                setTimeout(function () { callback(value); }, 0);
                return undefined;
            }
            else {
                return value;
            }
        };
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let editLength = 1;
        let maxEditLength = newLen + oldLen;
        if (options.maxEditLength != null) {
            maxEditLength = Math.min(maxEditLength, options.maxEditLength);
        }
        const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
        const abortAfterTimestamp = Date.now() + maxExecutionTime;
        const bestPath = [{ oldPos: -1, lastComponent: undefined }];
        // Seed editLength = 0, i.e. the content starts with the same values
        let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
        if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
            // Identity per the equality and tokenizer
            return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
        }
        // Once we hit the right edge of the edit graph on some diagonal k, we can
        // definitely reach the end of the edit graph in no more than k edits, so
        // there's no point in considering any moves to diagonal k+1 any more (from
        // which we're guaranteed to need at least k+1 more edits).
        // Similarly, once we've reached the bottom of the edit graph, there's no
        // point considering moves to lower diagonals.
        // We record this fact by setting minDiagonalToConsider and
        // maxDiagonalToConsider to some finite value once we've hit the edge of
        // the edit graph.
        // This optimization is not faithful to the original algorithm presented in
        // Myers's paper, which instead pointlessly extends D-paths off the end of
        // the edit graph - see page 7 of Myers's paper which notes this point
        // explicitly and illustrates it with a diagram. This has major performance
        // implications for some common scenarios. For instance, to compute a diff
        // where the new text simply appends d characters on the end of the
        // original text of length n, the true Myers algorithm will take O(n+d^2)
        // time while this optimization needs only O(n+d) time.
        let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
        // Main worker method. checks all permutations of a given edit length for acceptance.
        const execEditLength = () => {
            for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
                let basePath;
                const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
                if (removePath) {
                    // No one else is going to attempt to use this value, clear it
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath - 1] = undefined;
                }
                let canAdd = false;
                if (addPath) {
                    // what newPos will be after we do an insertion:
                    const addPathNewPos = addPath.oldPos - diagonalPath;
                    canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
                }
                const canRemove = removePath && removePath.oldPos + 1 < oldLen;
                if (!canAdd && !canRemove) {
                    // If this path is a terminal then prune
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath] = undefined;
                    continue;
                }
                // Select the diagonal that we want to branch from. We select the prior
                // path whose position in the old string is the farthest from the origin
                // and does not pass the bounds of the diff graph
                if (!canRemove || (canAdd && removePath.oldPos < addPath.oldPos)) {
                    basePath = this.addToPath(addPath, true, false, 0, options);
                }
                else {
                    basePath = this.addToPath(removePath, false, true, 1, options);
                }
                newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
                if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
                    // If we have hit the end of both strings, then we are done
                    return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
                }
                else {
                    bestPath[diagonalPath] = basePath;
                    if (basePath.oldPos + 1 >= oldLen) {
                        maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
                    }
                    if (newPos + 1 >= newLen) {
                        minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
                    }
                }
            }
            editLength++;
        };
        // Performs the length of edit iteration. Is a bit fugly as this has to support the
        // sync and async mode which is never fun. Loops over execEditLength until a value
        // is produced, or until the edit length exceeds options.maxEditLength (if given),
        // in which case it will return undefined.
        if (callback) {
            (function exec() {
                setTimeout(function () {
                    if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
                        return callback(undefined);
                    }
                    if (!execEditLength()) {
                        exec();
                    }
                }, 0);
            }());
        }
        else {
            while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
                const ret = execEditLength();
                if (ret) {
                    return ret;
                }
            }
        }
    }
    addToPath(path, added, removed, oldPosInc, options) {
        const last = path.lastComponent;
        if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: last.count + 1, added: added, removed: removed, previousComponent: last.previousComponent }
            };
        }
        else {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: 1, added: added, removed: removed, previousComponent: last }
            };
        }
    }
    extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
        while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
            newPos++;
            oldPos++;
            commonCount++;
            if (options.oneChangePerToken) {
                basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
            }
        }
        if (commonCount && !options.oneChangePerToken) {
            basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
        }
        basePath.oldPos = oldPos;
        return newPos;
    }
    equals(left, right, options) {
        if (options.comparator) {
            return options.comparator(left, right);
        }
        else {
            return left === right
                || (!!options.ignoreCase && left.toLowerCase() === right.toLowerCase());
        }
    }
    removeEmpty(array) {
        const ret = [];
        for (let i = 0; i < array.length; i++) {
            if (array[i]) {
                ret.push(array[i]);
            }
        }
        return ret;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    castInput(value, options) {
        return value;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    tokenize(value, options) {
        return Array.from(value);
    }
    join(chars) {
        // Assumes ValueT is string, which is the case for most subclasses.
        // When it's false, e.g. in diffArrays, this method needs to be overridden (e.g. with a no-op)
        // Yes, the casts are verbose and ugly, because this pattern - of having the base class SORT OF
        // assume tokens and values are strings, but not completely - is weird and janky.
        return chars.join('');
    }
    postProcess(changeObjects, 
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    options) {
        return changeObjects;
    }
    get useLongestToken() {
        return false;
    }
    buildValues(lastComponent, newTokens, oldTokens) {
        // First we convert our linked list of components in reverse order to an
        // array in the right order:
        const components = [];
        let nextComponent;
        while (lastComponent) {
            components.push(lastComponent);
            nextComponent = lastComponent.previousComponent;
            delete lastComponent.previousComponent;
            lastComponent = nextComponent;
        }
        components.reverse();
        const componentLen = components.length;
        let componentPos = 0, newPos = 0, oldPos = 0;
        for (; componentPos < componentLen; componentPos++) {
            const component = components[componentPos];
            if (!component.removed) {
                if (!component.added && this.useLongestToken) {
                    let value = newTokens.slice(newPos, newPos + component.count);
                    value = value.map(function (value, i) {
                        const oldValue = oldTokens[oldPos + i];
                        return oldValue.length > value.length ? oldValue : value;
                    });
                    component.value = this.join(value);
                }
                else {
                    component.value = this.join(newTokens.slice(newPos, newPos + component.count));
                }
                newPos += component.count;
                // Common case
                if (!component.added) {
                    oldPos += component.count;
                }
            }
            else {
                component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
                oldPos += component.count;
            }
        }
        return components;
    }
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/diff@9.0.0/node_modules/diff/libesm/diff/line.js


class LineDiff extends Diff {
    constructor() {
        super(...arguments);
        this.tokenize = tokenize;
    }
    equals(left, right, options) {
        // If we're ignoring whitespace, we need to normalise lines by stripping
        // whitespace before checking equality. (This has an annoying interaction
        // with newlineIsToken that requires special handling: if newlines get their
        // own token, then we DON'T want to trim the *newline* tokens down to empty
        // strings, since this would cause us to treat whitespace-only line content
        // as equal to a separator between lines, which would be weird and
        // inconsistent with the documented behavior of the options.)
        if (options.ignoreWhitespace) {
            if (!options.newlineIsToken || !left.includes('\n')) {
                left = left.trim();
            }
            if (!options.newlineIsToken || !right.includes('\n')) {
                right = right.trim();
            }
        }
        else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
            if (left.endsWith('\n')) {
                left = left.slice(0, -1);
            }
            if (right.endsWith('\n')) {
                right = right.slice(0, -1);
            }
        }
        return super.equals(left, right, options);
    }
}
const lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
    return lineDiff.diff(oldStr, newStr, options);
}
function diffTrimmedLines(oldStr, newStr, options) {
    options = generateOptions(options, { ignoreWhitespace: true });
    return lineDiff.diff(oldStr, newStr, options);
}
// Exported standalone so it can be used from jsonDiff too.
function tokenize(value, options) {
    if (options.stripTrailingCr) {
        // remove one \r before \n to match GNU diff's --strip-trailing-cr behavior
        value = value.replace(/\r\n/g, '\n');
    }
    const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
    // Ignore the final empty token that occurs if the string ends with a new line
    if (!linesAndNewlines[linesAndNewlines.length - 1]) {
        linesAndNewlines.pop();
    }
    // Merge the content and line separators into single tokens
    for (let i = 0; i < linesAndNewlines.length; i++) {
        const line = linesAndNewlines[i];
        if (i % 2 && !options.newlineIsToken) {
            retLines[retLines.length - 1] += line;
        }
        else {
            retLines.push(line);
        }
    }
    return retLines;
}

;// CONCATENATED MODULE: ./node_modules/.pnpm/diff@9.0.0/node_modules/diff/libesm/patch/create.js

/**
 * Returns true if the filename contains characters that require C-style
 * quoting (as used by Git and GNU diffutils in diff output).
 */
function needsQuoting(s) {
    for (let i = 0; i < s.length; i++) {
        if (s[i] < '\x20' || s[i] > '\x7e' || s[i] === '"' || s[i] === '\\') {
            return true;
        }
    }
    return false;
}
/**
 * C-style quotes a filename, encoding special characters as escape sequences
 * and non-ASCII bytes as octal escapes. This is the inverse of
 * `parseQuotedFileName` in parse.ts.
 *
 * Non-ASCII bytes are encoded as UTF-8 before being emitted as octal escapes.
 * This matches the behaviour of both Git and GNU diffutils, which always emit
 * UTF-8 octal escapes regardless of the underlying filesystem encoding (e.g.
 * Git for Windows converts from NTFS's UTF-16 to UTF-8 internally).
 *
 * If the filename doesn't need quoting, returns it as-is.
 */
function quoteFileNameIfNeeded(s) {
    if (!needsQuoting(s)) {
        return s;
    }
    let result = '"';
    const bytes = new TextEncoder().encode(s);
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        // See https://en.wikipedia.org/wiki/Escape_sequences_in_C#Escape_sequences
        if (b === 0x07) {
            result += '\\a';
        }
        else if (b === 0x08) {
            result += '\\b';
        }
        else if (b === 0x09) {
            result += '\\t';
        }
        else if (b === 0x0a) {
            result += '\\n';
        }
        else if (b === 0x0b) {
            result += '\\v';
        }
        else if (b === 0x0c) {
            result += '\\f';
        }
        else if (b === 0x0d) {
            result += '\\r';
        }
        else if (b === 0x22) {
            result += '\\"';
        }
        else if (b === 0x5c) {
            result += '\\\\';
        }
        else if (b >= 0x20 && b <= 0x7e) {
            // Just a printable ASCII character that is neither a double quote nor a
            // backslash; no need to escape it.
            result += String.fromCharCode(b);
        }
        else {
            // Either part of a non-ASCII character or a control character without a
            // special escape sequence; needs escaping as a 3-digit octal escape
            result += '\\' + b.toString(8).padStart(3, '0');
        }
        i++;
    }
    result += '"';
    return result;
}
const INCLUDE_HEADERS = {
    includeIndex: true,
    includeUnderline: true,
    includeFileHeaders: true
};
const FILE_HEADERS_ONLY = {
    includeIndex: false,
    includeUnderline: false,
    includeFileHeaders: true
};
const OMIT_HEADERS = {
    includeIndex: false,
    includeUnderline: false,
    includeFileHeaders: false
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
    let optionsObj;
    if (!options) {
        optionsObj = {};
    }
    else if (typeof options === 'function') {
        optionsObj = { callback: options };
    }
    else {
        optionsObj = options;
    }
    if (typeof optionsObj.context === 'undefined') {
        optionsObj.context = 4;
    }
    // We copy this into its own variable to placate TypeScript, which thinks
    // optionsObj.context might be undefined in the callbacks below.
    const context = optionsObj.context;
    // @ts-expect-error (runtime check for something that is correctly a static type error)
    if (optionsObj.newlineIsToken) {
        throw new Error('newlineIsToken may not be used with patch-generation functions, only with diffing functions');
    }
    if (!optionsObj.callback) {
        return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
    }
    else {
        const { callback } = optionsObj;
        diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
                const patch = diffLinesResultToPatch(diff);
                // TypeScript is unhappy without the cast because it does not understand that `patch` may
                // be undefined here only if `callback` is StructuredPatchCallbackAbortable:
                callback(patch);
            } }));
    }
    function diffLinesResultToPatch(diff) {
        // STEP 1: Build up the patch with no "\ No newline at end of file" lines and with the arrays
        //         of lines containing trailing newline characters. We'll tidy up later...
        if (!diff) {
            return;
        }
        diff.push({ value: '', lines: [] }); // Append an empty value to make cleanup easier
        function contextLines(lines) {
            return lines.map(function (entry) { return ' ' + entry; });
        }
        const hunks = [];
        let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
        for (let i = 0; i < diff.length; i++) {
            const current = diff[i], lines = current.lines || splitLines(current.value);
            current.lines = lines;
            if (current.added || current.removed) {
                // If we have previous context, start with that
                if (!oldRangeStart) {
                    const prev = diff[i - 1];
                    oldRangeStart = oldLine;
                    newRangeStart = newLine;
                    if (prev) {
                        curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
                        oldRangeStart -= curRange.length;
                        newRangeStart -= curRange.length;
                    }
                }
                // Output our changes
                for (const line of lines) {
                    curRange.push((current.added ? '+' : '-') + line);
                }
                // Track the updated file position
                if (current.added) {
                    newLine += lines.length;
                }
                else {
                    oldLine += lines.length;
                }
            }
            else {
                // Identical context lines. Track line changes
                if (oldRangeStart) {
                    // Close out any changes that have been output (or join overlapping)
                    if (lines.length <= context * 2 && i < diff.length - 2) {
                        // Overlapping
                        for (const line of contextLines(lines)) {
                            curRange.push(line);
                        }
                    }
                    else {
                        // end the range and output
                        const contextSize = Math.min(lines.length, context);
                        for (const line of contextLines(lines.slice(0, contextSize))) {
                            curRange.push(line);
                        }
                        const hunk = {
                            oldStart: oldRangeStart,
                            oldLines: (oldLine - oldRangeStart + contextSize),
                            newStart: newRangeStart,
                            newLines: (newLine - newRangeStart + contextSize),
                            lines: curRange
                        };
                        hunks.push(hunk);
                        oldRangeStart = 0;
                        newRangeStart = 0;
                        curRange = [];
                    }
                }
                oldLine += lines.length;
                newLine += lines.length;
            }
        }
        // Step 2: eliminate the trailing `\n` from each line of each hunk, and, where needed, add
        //         "\ No newline at end of file".
        for (const hunk of hunks) {
            for (let i = 0; i < hunk.lines.length; i++) {
                if (hunk.lines[i].endsWith('\n')) {
                    hunk.lines[i] = hunk.lines[i].slice(0, -1);
                }
                else {
                    hunk.lines.splice(i + 1, 0, '\\ No newline at end of file');
                    i++; // Skip the line we just added, then continue iterating
                }
            }
        }
        return {
            oldFileName: oldFileName, newFileName: newFileName,
            oldHeader: oldHeader, newHeader: newHeader,
            hunks: hunks
        };
    }
}
/**
 * creates a unified diff patch.
 *
 * @param patch either a single structured patch object (as returned by `structuredPatch`) or an
 *   array of them (as returned by `parsePatch`).
 * @param headerOptions behaves the same as the `headerOptions` option of `createTwoFilesPatch`.
 *   Ignored for patches where `isGit` is `true`.
 *
 * When a patch has `isGit: true`, `formatPatch` output is changed to more closely match Git's
 * output: it emits a `diff --git` header, emits Git extended headers as appropriate based on
 * properties like `isRename`, `isCreate`, `newMode`, etc, and will omit `---`/`+++` file
 * headers for patches with no hunks (e.g. renames without content changes).
 */
function formatPatch(patch, headerOptions) {
    var _a, _b, _c, _d, _e, _f;
    if (!headerOptions) {
        headerOptions = INCLUDE_HEADERS;
    }
    if (Array.isArray(patch)) {
        if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every(p => p.isGit)) {
            throw new Error('Cannot omit file headers on a multi-file patch. '
                + '(The result would be unparseable; how would a tool trying to apply '
                + 'the patch know which changes are to which file?)');
        }
        return patch.map(p => formatPatch(p, headerOptions)).join('\n');
    }
    const ret = [];
    // Git patches have a fixed header format (diff --git, extended headers,
    // and ---/+++ when hunks are present), so headerOptions is ignored.
    if (patch.isGit) {
        headerOptions = INCLUDE_HEADERS;
        // Emit Git-style diff --git header and extended headers.
        // Git never puts /dev/null in the "diff --git" line; for file
        // creations/deletions it uses the real filename on both sides.
        if (!patch.oldFileName) {
            throw new Error('oldFileName must be specified for Git patches');
        }
        if (!patch.newFileName) {
            throw new Error('newFileName must be specified for Git patches');
        }
        let gitOldName = patch.oldFileName;
        let gitNewName = patch.newFileName;
        if (patch.isCreate && gitOldName === '/dev/null') {
            gitOldName = gitNewName.replace(/^b\//, 'a/');
        }
        else if (patch.isDelete && gitNewName === '/dev/null') {
            gitNewName = gitOldName.replace(/^a\//, 'b/');
        }
        ret.push('diff --git ' + quoteFileNameIfNeeded(gitOldName) + ' ' + quoteFileNameIfNeeded(gitNewName));
        if (patch.isDelete) {
            ret.push('deleted file mode ' + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : '100644'));
        }
        if (patch.isCreate) {
            ret.push('new file mode ' + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : '100644'));
        }
        if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
            ret.push('old mode ' + patch.oldMode);
            ret.push('new mode ' + patch.newMode);
        }
        if (patch.isRename) {
            ret.push('rename from ' + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : '').replace(/^a\//, '')));
            ret.push('rename to ' + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : '').replace(/^b\//, '')));
        }
        if (patch.isCopy) {
            ret.push('copy from ' + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : '').replace(/^a\//, '')));
            ret.push('copy to ' + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : '').replace(/^b\//, '')));
        }
    }
    else {
        if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== undefined) {
            ret.push('Index: ' + patch.oldFileName);
        }
        if (headerOptions.includeUnderline) {
            ret.push('===================================================================');
        }
    }
    // Emit --- / +++ file headers. For Git patches with no hunks (e.g.
    // pure renames, mode-only changes), Git omits these, so we do too.
    const hasHunks = patch.hunks.length > 0;
    if (headerOptions.includeFileHeaders && patch.oldFileName !== undefined && patch.newFileName !== undefined
        && (!patch.isGit || hasHunks)) {
        ret.push('--- ' + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? '\t' + patch.oldHeader : ''));
        ret.push('+++ ' + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? '\t' + patch.newHeader : ''));
    }
    for (let i = 0; i < patch.hunks.length; i++) {
        const hunk = patch.hunks[i];
        // Unified Diff Format quirk: If the chunk size is 0,
        // the first number is one lower than one would expect.
        // https://www.artima.com/weblogs/viewpost.jsp?thread=164293
        const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
        const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
        ret.push('@@ -' + oldStart + ',' + hunk.oldLines
            + ' +' + newStart + ',' + hunk.newLines
            + ' @@');
        for (const line of hunk.lines) {
            ret.push(line);
        }
    }
    return ret.join('\n') + '\n';
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
    if (typeof options === 'function') {
        options = { callback: options };
    }
    if (!(options === null || options === void 0 ? void 0 : options.callback)) {
        const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
        if (!patchObj) {
            return;
        }
        return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
    }
    else {
        const { callback } = options;
        structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: patchObj => {
                if (!patchObj) {
                    callback(undefined);
                }
                else {
                    callback(formatPatch(patchObj, options.headerOptions));
                }
            } }));
    }
}
function createPatch(fileName, oldStr, newStr, oldHeader, newHeader, options) {
    return createTwoFilesPatch(fileName, fileName, oldStr, newStr, oldHeader, newHeader, options);
}
/**
 * Split `text` into an array of lines, including the trailing newline character (where present)
 */
function splitLines(text) {
    const hasTrailingNl = text.endsWith('\n');
    const result = text.split('\n').map(line => line + '\n');
    if (hasTrailingNl) {
        result.pop();
    }
    else {
        result.push(result.pop().slice(0, -1));
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/gitops/src/git/file-diff.ts

/**
 * A `git diff`-style unified diff of edited files (3 lines of context), computed from the texts
 * the bump wrote, so it is the same whichever way the commit was made (git or the GitHub API).
 */
function unifiedDiff(files) {
    let out = '';
    for (const { path, before, after } of files) {
        if (before === after)
            continue;
        const patch = structuredPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, { context: 3 });
        out += `diff --git a/${path} b/${path}\n--- a/${path}\n+++ b/${path}\n`;
        for (const hunk of patch.hunks) {
            out += `@@ -${range(hunk.oldStart, hunk.oldLines)} +${range(hunk.newStart, hunk.newLines)} @@\n`;
            for (const line of hunk.lines)
                out += `${line}\n`;
        }
    }
    return out;
}
function range(start, lines) {
    return lines === 1 ? String(start) : `${start},${lines}`;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: ./packages/action-kit/src/exec.ts + 1 modules
var exec = __nccwpck_require__(4181);
;// CONCATENATED MODULE: ./packages/gitops/src/git/git-command.ts


/** A git command that exited non-zero; `output` is its stderr (and stdout unless captured), secrets already removed. */
class GitError extends Error {
    args;
    code;
    output;
    constructor(args, code, output) {
        super(`git ${args.join(' ')} failed (exit ${code ?? 'signal'}): ${output.trim().split('\n').slice(-5).join(' | ')}`);
        this.args = args;
        this.code = code;
        this.output = output;
        this.name = 'GitError';
    }
}
/**
 * A git runner bound to one working directory and environment. Every line git prints passes
 * through `redact`, so a credential never reaches an error message or the log.
 */
function gitRunner(cwd, env, redact = (t) => t) {
    const run = async (args, options = {}) => {
        const result = await (0,exec/* runCommand */.d1)('git', args, {
            cwd,
            env,
            captureStdout: true,
            ...(options.input !== undefined ? { input: options.input } : {}),
        });
        const output = redact(result.tail.join('\n'));
        if (options.allowFailure)
            return { code: result.code, stdout: result.stdout, output };
        if (result.code !== 0)
            throw new GitError(args.map(redact), result.code, output);
        return result.stdout;
    };
    return run;
}
/**
 * Environment for git that ignores the user's and the system's configuration (a runner's
 * global config may carry credential helpers or `url.insteadOf` rewrites) and never prompts.
 */
function isolatedGitEnv(extra = {}) {
    const env = {};
    // childEnv drops INPUT_* and runner tokens here, once, for every git this environment starts
    // (runCommand filters too; the long-lived cat-file process is spawned directly).
    for (const [key, value] of Object.entries((0,exec/* childEnv */.gf)(process.env))) {
        if (!key.startsWith('GIT_'))
            env[key] = value;
    }
    return {
        ...env,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_TERMINAL_PROMPT: '0',
        GIT_ASKPASS: 'true',
        SSH_ASKPASS: 'true',
        ...extra,
    };
}
/**
 * One long-lived `git cat-file --batch` for a transaction: every object read (trees along a
 * path, blobs, commit messages) is a line on its stdin instead of a process, which is what
 * makes a retry cheap. Answers arrive in request order; undefined for a missing object.
 */
function gitObjectReader(cwd, env) {
    const child = (0,external_node_child_process_.spawn)('git', ['cat-file', '--batch'], { cwd, env, stdio: ['pipe', 'pipe', 'ignore'] });
    const waiting = [];
    let buffer = Buffer.alloc(0);
    let failed;
    const fail = (error) => {
        failed = error;
        for (const w of waiting.splice(0))
            w.reject(error);
    };
    child.once('error', (error) => fail(new Error(`git cat-file --batch could not start: ${error.message}`)));
    child.once('close', (code) => fail(new Error(`git cat-file --batch exited (${code ?? 'signal'})`)));
    child.stdin.on('error', () => undefined);
    child.stdout.on('data', (chunk) => {
        buffer = Buffer.concat([buffer, chunk]);
        for (;;) {
            const eol = buffer.indexOf(10);
            if (eol === -1 || waiting.length === 0)
                return;
            const header = buffer.subarray(0, eol).toString('latin1');
            const missing = / missing$| ambiguous$/.exec(header);
            if (missing) {
                buffer = buffer.subarray(eol + 1);
                waiting.shift().resolve(undefined);
                continue;
            }
            const [sha, type, size] = header.split(' ');
            const end = eol + 1 + Number(size);
            if (buffer.length < end + 1)
                return;
            const data = Buffer.from(buffer.subarray(eol + 1, end));
            buffer = buffer.subarray(end + 1);
            waiting.shift().resolve({ sha: sha, type: type, data });
        }
    });
    return {
        read(object) {
            if (failed)
                return Promise.reject(failed);
            return new Promise((resolve, reject) => {
                waiting.push({ resolve, reject });
                child.stdin.write(`${object}\n`);
            });
        },
        close() {
            child.removeAllListeners('close');
            child.stdin.end();
            child.kill();
        },
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./packages/gitops/src/git/git-auth.ts



/**
 * Credentials for one git transaction. The token travels as a one-off `http.extraheader` set
 * through GIT_CONFIG_COUNT variables: it is never written to .git/config, never part of a URL,
 * and never on a command line where `ps` could show it. The SSH key lives in a 0600 file in a
 * private temp directory that `dispose` removes.
 */
async function prepareGitAuth(credentials) {
    const env = {};
    const secrets = [];
    let keyDir;
    if (credentials.token) {
        const basic = Buffer.from(`x-access-token:${credentials.token}`).toString('base64');
        Object.assign(env, {
            GIT_CONFIG_COUNT: '1',
            GIT_CONFIG_KEY_0: 'http.extraheader',
            GIT_CONFIG_VALUE_0: `Authorization: Basic ${basic}`,
        });
        secrets.push(credentials.token, basic);
    }
    if (credentials.sshKey) {
        keyDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'sp-ssh-'));
        await (0,promises_.chmod)(keyDir, 0o700);
        const keyFile = (0,external_node_path_.join)(keyDir, 'deploy-key');
        // ssh refuses a key without the final newline that secrets often lose.
        await (0,promises_.writeFile)(keyFile, `${credentials.sshKey.replace(/\r\n/g, '\n').trimEnd()}\n`, { mode: 0o600 });
        const knownHosts = (0,external_node_path_.join)(keyDir, 'known_hosts');
        env.GIT_SSH_COMMAND = [
            'ssh',
            `-i '${keyFile}'`,
            '-o IdentitiesOnly=yes',
            '-o BatchMode=yes',
            '-o StrictHostKeyChecking=accept-new',
            `-o UserKnownHostsFile='${knownHosts}'`,
        ].join(' ');
        secrets.push(credentials.sshKey);
    }
    return {
        env,
        secrets,
        redact: (text) => secrets.reduce((out, secret) => out.split(secret).join('***'), text),
        dispose: async () => {
            if (keyDir)
                await (0,promises_.rm)(keyDir, { recursive: true, force: true });
            keyDir = undefined;
        },
    };
}

;// CONCATENATED MODULE: ./packages/gitops/src/git/git-transport.ts









/**
 * A config repository reached with the git CLI, without a checkout: a bare temp repository,
 * shallow single-branch fetches (incremental after the first), trees, files and commit
 * messages read through one long-lived `cat-file --batch`, the commit's objects written into
 * the object store directly, and a push that is never forced (`--force-with-lease` on the
 * pull-request bot branch). A retry costs a fetch of the new commits and the push, plus reads
 * of the objects that changed: no clone, no checkout, no other process.
 */
async function gitTransport(remote, credentials = {}) {
    const auth = await prepareGitAuth(credentials);
    let dir;
    try {
        dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'sp-bump-'));
        const gitDir = dir;
        const env = isolatedGitEnv(auth.env);
        const git = gitRunner(gitDir, env, auth.redact);
        // The smallest bare repository git accepts, written directly: `git init` would copy its
        // template hooks, a process and dozens of files per bump.
        await Promise.all(['objects', 'refs/heads', 'refs/tags'].map((d) => (0,promises_.mkdir)((0,external_node_path_.join)(gitDir, d), { recursive: true })));
        await (0,promises_.writeFile)((0,external_node_path_.join)(gitDir, 'HEAD'), 'ref: refs/heads/main\n');
        await (0,promises_.writeFile)((0,external_node_path_.join)(gitDir, 'config'), '[core]\n\trepositoryformatversion = 0\n\tbare = true\n');
        const url = remote.startsWith('/') ? `file://${remote}` : remote;
        const objects = gitObjectReader(gitDir, env);
        const trees = new Map();
        const writer = new ObjectWriter(gitDir);
        const branchOf = new Map();
        const deepened = new Set();
        // Whether the remote takes `push --atomic` (the branch and the landed queue refs together).
        let atomic = true;
        const object = async (sha, type) => {
            const found = await objects.read(sha);
            if (!found || found.type !== type)
                throw new Error(`git object ${sha} is not a ${type} in the fetched history`);
            return found.data;
        };
        const readCommit = async (sha) => parseRawCommit((await object(sha, 'commit')).toString('utf8'));
        const rawTree = (sha) => {
            let cached = trees.get(sha);
            if (!cached) {
                cached = object(sha, 'tree').then(parseTree);
                trees.set(sha, cached);
            }
            return cached;
        };
        const readTree = async (sha) => (await rawTree(sha)).entries;
        const fetchRefspec = (branch) => `+refs/heads/${branch}:refs/remotes/origin/${branch}`;
        /** Commit messages from `tip` back through every parent that was fetched, at most `limit`, stopping at `since`. */
        const messagesFrom = async (tip, limit, since) => {
            const messages = [];
            const queue = [tip];
            const seen = new Set(since ? [since] : []);
            while (queue.length > 0 && messages.length < limit) {
                const sha = queue.shift();
                if (seen.has(sha))
                    continue;
                seen.add(sha);
                const commit = await objects.read(sha);
                if (!commit)
                    continue;
                const parsed = parseRawCommit(commit.data.toString('utf8'));
                messages.push(parsed.message);
                queue.push(...parsed.parents);
            }
            return messages;
        };
        return {
            label: auth.redact(remote),
            async defaultBranch() {
                const out = await git(['ls-remote', '--symref', url, 'HEAD']);
                const match = /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(out);
                if (!match)
                    throw new src/* ActionError */.lZ('the config repository does not advertise a default branch (is it empty?)', 'set the branch input, or push a first commit to the repository');
                return match[1];
            },
            async fetchBranch(branch, depth) {
                const args = ['fetch', '-q', '--no-tags', ...(depth !== undefined ? ['--depth', String(depth)] : []), url, fetchRefspec(branch)];
                const result = await git(args, { allowFailure: true });
                if (result.code !== 0) {
                    if (/couldn't find remote ref/i.test(result.output))
                        return undefined;
                    throw new GitError(args, result.code, result.output);
                }
                // FETCH_HEAD names the tip: no rev-parse process per attempt.
                const tip = /^([0-9a-f]{40,64})\t/.exec(await (0,promises_.readFile)((0,external_node_path_.join)(gitDir, 'FETCH_HEAD'), 'utf8'))?.[1];
                if (!tip)
                    throw new Error(`git fetch of ${branch} left no FETCH_HEAD`);
                branchOf.set(tip, branch);
                return tip;
            },
            async tree(commit) {
                return lazyTree((await readCommit(commit)).tree, readTree);
            },
            async readBlobs(shas) {
                const unique = [...new Set(shas)];
                const blobs = await Promise.all(unique.map(async (sha) => [sha, (await object(sha, 'blob')).toString('utf8')]));
                return new Map(blobs);
            },
            async findRecords(tip, keys, options) {
                if (options.since)
                    return newestRecords(await messagesFrom(tip, options.depth, options.since), keys);
                // The history of the tip, newest first, walked through the object reader down to the
                // shallow boundary: a grep for our trailers without a process.
                const search = async () => newestRecords(await messagesFrom(tip, Infinity), keys);
                const found = await search();
                const branch = branchOf.get(tip);
                if (found.size === keys.length || deepened.has(tip) || !branch || !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(gitDir, 'shallow')))
                    return found;
                deepened.add(tip);
                await git(['fetch', '-q', '--no-tags', `--deepen=${options.depth * 10}`, url, fetchRefspec(branch)]);
                return search();
            },
            readCommit,
            async createCommit(parent, files, message, author) {
                const blobs = new Map(files.map((file) => [file.path, writer.write('blob', Buffer.from(file.text))]));
                const tree = await writer.replaceBlobs((await readCommit(parent)).tree, blobs, rawTree);
                const identity = `${author.name} <${author.email}> ${Math.floor(Date.now() / 1000)} +0000`;
                return writer.write('commit', Buffer.from(`tree ${tree}\nparent ${parent}\nauthor ${identity}\ncommitter ${identity}\n\n${message}`));
            },
            async updateBranch(branch, commit, update) {
                // The lease names the bot branch tip this attempt saw (empty: must not exist yet), so a
                // concurrent run's update is never overwritten; the base branch is only fast-forwarded.
                // Queued bumps landed (or expired) go in the same atomic push, each deleted only while it
                // still names the commit that was read: a bump queued twice cannot land twice.
                const drop = update.kind === 'fast-forward' ? (update.drop ?? []) : [];
                const deletions = [...drop.map((q) => `--force-with-lease=${q.ref}:${q.commit}`), url, ...drop.map((q) => `:${q.ref}`)];
                for (;;) {
                    const args = update.kind === 'lease'
                        ? ['push', '--porcelain', `--force-with-lease=refs/heads/${branch}:${update.from ?? ''}`, url, `${commit}:refs/heads/${branch}`]
                        : drop.length > 0 && atomic
                            ? ['push', '--porcelain', '--atomic', ...deletions, `${commit}:refs/heads/${branch}`]
                            : ['push', '--porcelain', url, `${commit}:refs/heads/${branch}`];
                    const pushed = await git(args, { allowFailure: true });
                    if (pushed.code !== 0 && drop.length > 0 && atomic && /does not support --atomic/i.test(pushed.output)) {
                        // A server without atomic pushes: the branch first, then the queue refs (as through the
                        // API); a queued bump whose ref outlives its landing is found in the history and dropped.
                        atomic = false;
                        continue;
                    }
                    if (pushed.code !== 0) {
                        if (isStaleRejection(`${pushed.stdout}\n${pushed.output}`))
                            return 'stale';
                        throw new GitError(args, pushed.code, pushed.output);
                    }
                    if (drop.length > 0 && !atomic)
                        await git(['push', '--porcelain', ...deletions], { allowFailure: true });
                    return 'updated';
                }
            },
            async history(tip, limit, until) {
                const found = [];
                for (let sha = tip; sha && found.length < limit && !passedAll(until, found);) {
                    const commit = await objects.read(sha);
                    if (!commit)
                        break;
                    const parsed = parseRawCommit(commit.data.toString('utf8'));
                    found.push({ sha, message: parsed.message, ...(parsed.parents[0] ? { parent: parsed.parents[0] } : {}) });
                    sha = parsed.parents[0];
                }
                return found;
            },
            async listQueued(branch) {
                const out = await git(['ls-remote', url, `${QUEUE_NAMESPACE}/${branch}/*`]);
                return out.split('\n').flatMap((line) => {
                    const [commit, ref] = line.split('\t');
                    return commit && ref && isQueueRef(ref, branch) ? [{ ref, commit }] : [];
                });
            },
            async fetchQueued(branch, depth) {
                // One fetch for the branch and every bump queued for it.
                const args = [
                    'fetch',
                    '-q',
                    '--no-tags',
                    ...(depth !== undefined ? ['--depth', String(depth)] : []),
                    url,
                    fetchRefspec(branch),
                    `+${QUEUE_NAMESPACE}/${branch}/*:refs/queued/*`,
                ];
                const result = await git(args, { allowFailure: true });
                if (result.code !== 0) {
                    if (/couldn't find remote ref/i.test(result.output))
                        return { tip: undefined, queued: [] };
                    throw new GitError(args, result.code, result.output);
                }
                const lines = (await (0,promises_.readFile)((0,external_node_path_.join)(gitDir, 'FETCH_HEAD'), 'utf8')).split('\n');
                const tip = /^([0-9a-f]{40,64})\t[^\t]*\tbranch '/.exec(lines[0] ?? '')?.[1];
                if (tip)
                    branchOf.set(tip, branch);
                const queued = lines.flatMap((line) => {
                    const match = /^([0-9a-f]{40,64})\t[^\t]*\t'([^']+)' of /.exec(line);
                    return match && isQueueRef(match[2], branch) ? [{ ref: match[2], commit: match[1] }] : [];
                });
                return { tip, queued };
            },
            async changedFiles(parent, commit) {
                return changedBlobs(lazyTree((await readCommit(parent)).tree, readTree), lazyTree((await readCommit(commit)).tree, readTree));
            },
            async queue(ref, commit) {
                const args = ['push', '--porcelain', `--force-with-lease=${ref}:`, url, `${commit}:${ref}`];
                const pushed = await git(args, { allowFailure: true });
                if (pushed.code !== 0)
                    throw new GitError(args, pushed.code, pushed.output);
            },
            async unqueue(queued) {
                const args = ['push', '--porcelain', `--force-with-lease=${queued.ref}:${queued.commit}`, url, `:${queued.ref}`];
                const pushed = await git(args, { allowFailure: true });
                if (pushed.code !== 0)
                    throw new GitError(args, pushed.code, pushed.output);
            },
            async copyCommits(parent, copies, committer) {
                let tip = parent;
                for (const { from, files } of copies) {
                    const raw = (await object(from, 'commit')).toString('utf8');
                    const split = raw.indexOf('\n\n');
                    const author = raw
                        .slice(0, split)
                        .split('\n')
                        .find((h) => h.startsWith('author '));
                    if (!author)
                        throw new Error(`commit ${from} has no author`);
                    const tree = await writer.replaceBlobs((await readCommit(tip)).tree, new Map(files.map((f) => [f.path, f.sha])), rawTree);
                    const identity = `${committer.name} <${committer.email}> ${Math.floor(Date.now() / 1000)} +0000`;
                    tip = writer.write('commit', Buffer.from(`tree ${tree}\nparent ${tip}\n${author}\ncommitter ${identity}\n\n${raw.slice(split + 2)}`));
                }
                return tip;
            },
            async dispose() {
                objects.close();
                await auth.dispose();
                await (0,promises_.rm)(gitDir, { recursive: true, force: true });
            },
        };
    }
    catch (error) {
        await auth.dispose();
        if (dir)
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        throw error;
    }
}
/** `--porcelain` marks a ref git refused as `!`; these are the refusals a re-fetch can cure. */
function isStaleRejection(output) {
    const refused = output.split('\n').some((l) => l.startsWith('!\t') || /\[(remote )?rejected\]/.test(l));
    return refused && /non-fast-forward|fetch first|stale info|failed to update ref|cannot lock ref|failed to lock|incorrect old value/i.test(output);
}

// EXTERNAL MODULE: ./packages/action-kit/src/github.ts
var github = __nccwpck_require__(1797);
;// CONCATENATED MODULE: ./packages/gitops/src/git/github-transport.ts



const PAGE = 100;
/**
 * A config repository on GitHub reached through the Git Data API, without cloning: the branch
 * tip from the ref, files from the trees along their paths (cached by hash, so a retry reads
 * only the directories that changed) and blobs, the bump commit as blob + tree (on
 * the tip's tree) + commit, and the branch moved by a non-forced ref update, which GitHub only
 * accepts as a fast-forward from the tip the commit was made on: a compare-and-swap. History for
 * the ordering check comes from the commits list, a page of 100 at a time.
 */
function githubTransport(api, label) {
    const { client, owner, repo } = api;
    const commits = new Map();
    const authors = new Map();
    // A retry usually writes the same file contents again: upload each once.
    const uploaded = new Map();
    const trees = new Map();
    const readTree = (sha) => {
        let cached = trees.get(sha);
        if (!cached) {
            cached = client.rest.git.getTree({ owner, repo, tree_sha: sha }).then(({ data }) => {
                if (data.truncated)
                    throw new src/* ActionError */.lZ(`a directory of ${label} has more entries than GitHub lists in one answer`, 'use the git transport for this repository (transport: git)');
                const entries = new Map();
                for (const entry of data.tree) {
                    if (entry.path && entry.sha && entry.mode && entry.type)
                        entries.set(entry.path, { mode: entry.mode, type: entry.type, sha: entry.sha });
                }
                return entries;
            });
            trees.set(sha, cached);
        }
        return cached;
    };
    const readCommit = async (sha) => {
        const cached = commits.get(sha);
        if (cached)
            return cached;
        const { data } = await client.rest.git.getCommit({ owner, repo, commit_sha: sha });
        const info = { tree: data.tree.sha, parents: data.parents.map((p) => p.sha), message: data.message };
        commits.set(sha, info);
        authors.set(sha, data.author);
        return info;
    };
    /** Commit messages from `tip` back, at most `limit`, stopping before `since`. */
    const messages = async function* (tip, limit, since) {
        let seen = 0;
        for (let page = 1; seen < limit; page++) {
            const { data } = await client.rest.repos.listCommits({ owner, repo, sha: tip, per_page: PAGE, page });
            for (const commit of data) {
                if (commit.sha === since || seen >= limit)
                    return;
                seen++;
                yield commit.commit.message;
            }
            if (data.length < PAGE)
                return;
        }
    };
    const fetchBranch = async (branch) => {
        try {
            return (await client.rest.git.getRef({ owner, repo, ref: `heads/${branch}` })).data.object.sha;
        }
        catch (error) {
            if (error instanceof github/* GitHubApiError */.O && error.status === 404)
                return undefined;
            throw error;
        }
    };
    const listQueued = async (branch) => {
        const { data } = await client.rest.git.listMatchingRefs({ owner, repo, ref: `${QUEUE_NAMESPACE.replace(/^refs\//, '')}/${branch}/` });
        return data.filter((r) => isQueueRef(r.ref, branch)).map((r) => ({ ref: r.ref, commit: r.object.sha }));
    };
    const unqueue = async (queued) => {
        await client.rest.git.deleteRef({ owner, repo, ref: queued.ref.replace(/^refs\//, '') });
    };
    return {
        label,
        async defaultBranch() {
            return (await client.rest.repos.get({ owner, repo })).data.default_branch;
        },
        fetchBranch,
        async tree(commit) {
            return lazyTree((await readCommit(commit)).tree, readTree);
        },
        async readBlobs(shas) {
            const unique = [...new Set(shas)];
            const blobs = await Promise.all(unique.map(async (sha) => (await client.rest.git.getBlob({ owner, repo, file_sha: sha })).data));
            return new Map(blobs.map((blob, i) => [unique[i], Buffer.from(blob.content, blob.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8')]));
        },
        async findRecords(tip, keys, options) {
            const collect = async (limit) => {
                const all = [];
                for await (const message of messages(tip, limit, options.since)) {
                    all.push(message);
                    if (newestRecords(all, keys).size === keys.length)
                        break;
                }
                return newestRecords(all, keys);
            };
            const found = await collect(options.depth);
            return found.size === keys.length || options.since ? found : collect(options.depth * 10);
        },
        readCommit,
        async createCommit(parent, files, message, author) {
            const base = await readCommit(parent);
            const upload = (text) => {
                let sha = uploaded.get(text);
                if (!sha) {
                    sha = client.rest.git.createBlob({ owner, repo, content: Buffer.from(text).toString('base64'), encoding: 'base64' }).then(({ data }) => data.sha);
                    uploaded.set(text, sha);
                }
                return sha;
            };
            const blobs = await Promise.all(files.map((file) => upload(file.text)));
            const tree = await client.rest.git.createTree({
                owner,
                repo,
                base_tree: base.tree,
                tree: files.map((file, i) => ({ path: file.path, mode: file.mode, type: 'blob', sha: blobs[i] })),
            });
            const identity = { name: author.name, email: author.email, date: new Date().toISOString() };
            const { data } = await client.rest.git.createCommit({
                owner,
                repo,
                message,
                tree: tree.data.sha,
                parents: [parent],
                author: identity,
                committer: identity,
            });
            commits.set(data.sha, { tree: tree.data.sha, parents: [parent], message });
            return data.sha;
        },
        async updateBranch(branch, commit, update) {
            if (update.kind === 'lease')
                throw new Error('githubTransport: a leased ref update has no Git Data API equivalent');
            try {
                await client.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha: commit, force: false });
            }
            catch (error) {
                if (error instanceof github/* GitHubApiError */.O && error.status === 422 && /fast.forward/i.test(error.message))
                    return 'stale';
                throw error;
            }
            // The API has no atomic update of several refs: the queued bumps go after the branch moved,
            // and the bump has landed whatever happens to them. One left behind is found in the history
            // by the next bump (its message landed) and dropped then.
            await Promise.allSettled((update.drop ?? []).map(unqueue));
            return 'updated';
        },
        async history(tip, limit, until) {
            const found = [];
            for (let page = 1; found.length < limit && !passedAll(until, found); page++) {
                const { data } = await client.rest.repos.listCommits({ owner, repo, sha: tip, per_page: PAGE, page });
                for (const commit of data.slice(0, limit - found.length))
                    found.push({ sha: commit.sha, message: commit.commit.message, ...(commit.parents[0] ? { parent: commit.parents[0].sha } : {}) });
                if (data.length < PAGE)
                    break;
            }
            return found;
        },
        listQueued,
        async fetchQueued(branch, _depth) {
            const [tip, queued] = await Promise.all([fetchBranch(branch), listQueued(branch)]);
            return { tip, queued };
        },
        async changedFiles(parent, commit) {
            // One compare instead of a tree read per directory; modes come from the parent's tree.
            const { data } = await client.rest.repos.compareCommits({ owner, repo, base: parent, head: commit, per_page: 1 });
            const files = data.files ?? [];
            if (data.status !== 'ahead' || data.ahead_by !== 1)
                return 'is not one commit on its parent';
            if (files.length === 0)
                return 'changes no file';
            if (files.length > MAX_CHANGED_FILES)
                return `changes more than ${MAX_CHANGED_FILES} files`;
            const before = lazyTree((await readCommit(parent)).tree, readTree);
            const changed = [];
            for (const file of files) {
                const entry = await before.entry(file.filename);
                if (file.status !== 'modified' || !file.sha || entry?.type !== 'blob' || entry.mode === '120000')
                    return `${file.status} ${file.filename}`;
                changed.push({ path: file.filename, mode: entry.mode, old: entry.sha, sha: file.sha });
            }
            return changed;
        },
        async queue(ref, commit) {
            await client.rest.git.createRef({ owner, repo, ref, sha: commit });
        },
        unqueue,
        async copyCommits(parent, copies, committer) {
            // Each copy's tree is the parent's with the files of every copy up to it: made all at once.
            const base = (await readCommit(parent)).tree;
            const trees = await Promise.all(copies.map(async (_copy, i) => {
                const files = new Map(copies.slice(0, i + 1).flatMap((c) => c.files.map((f) => [f.path, f])));
                const tree = await client.rest.git.createTree({
                    owner,
                    repo,
                    base_tree: base,
                    tree: [...files.values()].map((file) => ({ path: file.path, mode: file.mode, type: 'blob', sha: file.sha })),
                });
                return tree.data.sha;
            }));
            let tip = parent;
            for (const [i, { from }] of copies.entries()) {
                const source = await readCommit(from);
                const author = authors.get(from);
                if (!author)
                    throw new Error(`githubTransport: commit ${from} was read without its author`);
                const { data } = await client.rest.git.createCommit({
                    owner,
                    repo,
                    message: source.message,
                    tree: trees[i],
                    parents: [tip],
                    author,
                    committer: { ...committer, date: new Date().toISOString() },
                });
                commits.set(data.sha, { tree: trees[i], parents: [tip], message: source.message });
                tip = data.sha;
            }
            return tip;
        },
        async dispose() { },
    };
}

;// CONCATENATED MODULE: ./packages/gitops/src/git/pull-request.ts
/**
 * Keeps exactly one open pull request per bot branch: updates the title and body of the one
 * that is open, or opens it, then adds labels and requests reviewers (both idempotent on GitHub).
 * Reviewers given as `org/team` are requested as teams.
 */
async function upsertPullRequest(client, request) {
    const { owner, repo, head, base, title, body } = request;
    const open = await client.rest.pulls.list({ owner, repo, head: `${owner}:${head}`, base, state: 'open', per_page: 1 });
    const existing = open.data[0];
    const pull = existing
        ? (await client.rest.pulls.update({ owner, repo, pull_number: existing.number, title, body })).data
        : (await client.rest.pulls.create({ owner, repo, head, base, title, body, maintainer_can_modify: true })).data;
    if (request.labels.length > 0)
        await client.rest.issues.addLabels({ owner, repo, issue_number: pull.number, labels: request.labels });
    const users = request.reviewers.filter((r) => !r.includes('/'));
    const teams = request.reviewers.filter((r) => r.includes('/')).map((r) => r.slice(r.indexOf('/') + 1));
    if (users.length + teams.length > 0) {
        await client.rest.pulls.requestReviewers({ owner, repo, pull_number: pull.number, reviewers: users, team_reviewers: teams });
    }
    return { url: pull.html_url, number: pull.number, created: existing === undefined };
}

;// CONCATENATED MODULE: ./packages/gitops/src/git/validate-edits.ts




/** The `failOn` that lets findings up to a severity through. */
const LETS_THROUGH = { error: 'never', warning: 'error', info: 'warning' };
class BumpValidationError extends src/* ActionError */.lZ {
    findings;
    constructor(findings) {
        super(`the edited files fail validation, so nothing was committed: ${findings.map((f) => `${f.file}:${f.line} ${f.severity} ${f.rule}: ${f.message}`).join('; ')}`, `${[...new Set(findings.map((f) => f.fix))].join('; ')}; or set validate-fail-on to ${LETS_THROUGH[findings.some((f) => f.severity === 'error') ? 'error' : findings.some((f) => f.severity === 'warning') ? 'warning' : 'info']} to let such findings through`);
        this.findings = findings;
        this.name = 'BumpValidationError';
    }
}
const YAML = /\.ya?ml$/;
// A finding's identity apart from its line, which an added images entry can shift.
const key = (f) => [f.tool, f.rule, f.file, f.kind, f.namespace, f.name, f.message].join('\0');
/**
 * Checks the edited files as they are before and after the edit, with the other YAML files of
 * their directories (CRDs, PodDisruptionBudgets, admission policies) as context; with engine
 * tools or both, also with kubeconform, pluto and conftest (the policy directory's Rego). A finding the
 * edit brings in at or above `failOn` refuses the bump; findings the files already had become
 * notes, so old debt in the config repository does not block every deployment. Values files and
 * kustomizations are not rendered here (config-validate in the config repository's own pipeline
 * renders them): a note says which edited files were not checked.
 */
async function validateEdits(validation, texts, tree, read) {
    // Loaded only when a bump validates: its engines and schemas would slow every other start.
    const { atOrAbove, validateFiles, validateRepository } = await Promise.all(/* import() */[__nccwpck_require__.e(92), __nccwpck_require__.e(403)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6403));
    const edited = new Set(texts.map((t) => t.path));
    const siblings = [];
    for (const dir of new Set(texts.map((t) => external_node_path_.posix.dirname(t.path)))) {
        for (const [name, entry] of await tree.list(dir === '.' ? '' : dir)) {
            const path = dir === '.' ? name : `${dir}/${name}`;
            if (entry.type === 'blob' && entry.mode !== '120000' && YAML.test(name) && !edited.has(path))
                siblings.push([path, entry.sha]);
        }
    }
    const blobs = await read(siblings.map(([, sha]) => sha));
    const context = siblings.map(([path, sha]) => ({ path, text: blobs.get(sha) ?? '' }));
    const options = { kubernetesVersion: validation.kubernetesVersion, ...(validation.checks ? { checks: validation.checks } : {}) };
    let before;
    let after;
    if ((validation.engine ?? 'embedded') === 'embedded') {
        before = validateFiles(texts.map((t) => ({ path: t.path, text: t.before })), { ...options, context }).findings;
        after = validateFiles(texts.map((t) => ({ path: t.path, text: t.after })), { ...options, context }).findings;
    }
    else {
        // The real tools read files: a scratch copy of the edited files, their directories and the policies.
        const policies = validation.policyDir ? (await tree.blobsUnder(validation.policyDir)).filter(([, e]) => e.mode !== '120000') : [];
        if (validation.policyDir && policies.length === 0) {
            throw new src/* ActionError */.lZ(`validate-policy-dir "${validation.policyDir}" holds no files in the config repository`, 'point validate-policy-dir at the directory of Rego policies (relative to the repository root), or leave it empty');
        }
        const policyTexts = await read(policies.map(([, e]) => e.sha));
        const shared = [...context, ...policies.map(([path, e]) => ({ path, text: policyTexts.get(e.sha) ?? '' }))];
        const run = async (side) => {
            const root = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'bump-validate-'));
            try {
                for (const f of [...shared, ...texts.map((t) => ({ path: t.path, text: t[side] }))]) {
                    await (0,promises_.mkdir)((0,external_node_path_.join)(root, external_node_path_.posix.dirname(f.path)), { recursive: true });
                    await (0,promises_.writeFile)((0,external_node_path_.join)(root, f.path), f.text);
                }
                const result = await validateRepository({
                    ...options,
                    root,
                    engine: validation.engine,
                    ...(validation.policyDir ? { policyDir: validation.policyDir } : {}),
                    tools: validation.tools ?? {},
                });
                return result.findings.filter((f) => edited.has(f.file));
            }
            finally {
                await (0,promises_.rm)(root, { recursive: true, force: true });
            }
        };
        before = await run('before');
        after = await run('after');
    }
    const existing = new Set(before.map(key));
    const introduced = after.filter((f) => !existing.has(key(f)));
    const refusing = introduced.filter((f) => atOrAbove(f.severity, validation.failOn));
    if (refusing.length > 0)
        throw new BumpValidationError(refusing);
    const notes = [];
    const inFindings = new Set(after.map((f) => f.file));
    const unchecked = texts
        .filter((t) => !inFindings.has(t.path) &&
        validateFiles([{ path: t.path, text: t.after }], { kubernetesVersion: validation.kubernetesVersion, checks: [] }).resources === 0)
        .map((t) => t.path);
    if (unchecked.length > 0)
        notes.push(`validation: not checked: ${unchecked.join(', ')} (no Kubernetes objects; values files and kustomizations are rendered by config-validate in the config repository's pipeline, not here)`);
    for (const f of introduced.filter((x) => !refusing.includes(x)))
        notes.push(`validation (${f.severity}, below validate-fail-on): ${f.file}:${f.line} ${f.rule}: ${f.message}`);
    const old = after.filter((f) => existing.has(key(f)) && atOrAbove(f.severity, validation.failOn));
    if (old.length > 0)
        notes.push(`validation: ${old.length} finding(s) at or above ${validation.failOn} were already in the edited files before this bump (not caused by it), e.g. ${old[0].file}:${old[0].line} ${old[0].rule}: ${old[0].message}`);
    return notes;
}

;// CONCATENATED MODULE: ./packages/gitops/src/git/bump.ts















// A refused update means other jobs are landing commits on the same branch; how many is unknown.
// The refused attempt's length is what one landing costs right now (the first, while everybody
// starts together, is long; later ones only fetch the new commits, re-edit changed files and
// update), so the retry spreads over CONTENDERS such lengths (full jitter), growing 1.5x with
// every refusal. Sizing every wait by the first attempt instead kept waits of seconds for
// retries of 0.1 s (figures in BENCHMARKS.md).
const CONTENDERS = 4;
const MAX_DELAY_MS = 15_000;
/** The wait before the next attempt, after `attempt` refused ones, the last of which took `refusedMs`. */
function contentionDelay(refusedMs, attempt) {
    return Math.round(Math.random() * Math.min(MAX_DELAY_MS, Math.max(20, refusedMs) * CONTENDERS * 1.5 ** (attempt - 1)));
}
// A queued run checks back at about a quarter of the length of its refused attempt (what a landing of
// the queue costs, give or take), a little later each time: soon enough to land or to see its
// bump landed without delay, seldom enough that the checks of many runs do not slow the landing.
function queueDelay(refusedMs, waits) {
    return Math.round((0.5 + Math.random()) * Math.min(500, Math.max(50, refusedMs / 4)) * 1.1 ** Math.min(waits, 15));
}
/** `service-pipeline/<environment>/<service>`: one bot branch, and so one pull request, per service and environment. */
function pullRequestBranch(environment, service) {
    return `service-pipeline/${environment}/${service}`;
}
/** One image: see bumpImages. */
async function bumpImage(options) {
    const { image, service, created, expectedCurrent, source, ...common } = options;
    const one = {
        image,
        service,
        ...(created !== undefined ? { created } : {}),
        ...(expectedCurrent !== undefined ? { expectedCurrent } : {}),
        ...(source ? { source } : {}),
    };
    return runBump({ ...common, images: [one], group: service }, (field) => OPTION_NAMES[field]);
}
/**
 * One bump as a compare-and-swap transaction on the branch: read the tip, check each image
 * against the newest landed bump of it (out-of-order protection) and its expected-current value,
 * edit the targets byte-exactly in memory, commit with one trailer record per image, and move
 * the branch only if it still points at the tip that was read. When another writer was first,
 * fetch the new tip and re-apply the edit (cached per unchanged file), with jittered exponential
 * backoff, up to `maxAttempts`. The images land together or not at all: when one is refused by
 * its guard, nothing is committed. Pull-request mode writes a bot branch (under a lease on its
 * tip) and opens or updates its pull request.
 */
async function bumpImages(options) {
    return runBump(options, (field, index) => `images[${index}].${OPTION_NAMES[field]}`);
}
async function runBump(options, label, resolve) {
    const logger = options.logger ?? src/* silentLogger */.qq;
    const targets = options.targets.map((t) => ({ ...t, file: checkedRepoPath(t.file) }));
    if (options.validate?.policyDir !== undefined)
        options = { ...options, validate: { ...options.validate, policyDir: checkedRepoPath(options.validate.policyDir) } };
    // Every value that lands in history is checked before the remote is touched.
    let records = resolve ? [] : checkImages(options, label);
    checkAuthor(options.author);
    if (options.mode === 'pull-request' && options.batch)
        throw new Error('bumpImages: batch is for push mode (each pull request has its own branch)');
    if (options.mode === 'pull-request' && !options.pullRequest)
        throw new Error('bumpImages: pull-request mode needs options.pullRequest');
    if (options.mode === 'pull-request' && options.githubApi)
        throw new Error('bumpImages: pull-request mode goes through git (its lease has no Git Data API equivalent)');
    const transport = options.githubApi ? githubTransport(options.githubApi, options.remote) : await gitTransport(options.remote, options.credentials);
    try {
        const base = options.branch ?? (await transport.defaultBranch());
        const depth = options.historyDepth ?? 50;
        let settled = options;
        const resolvedNotes = [];
        if (resolve) {
            const tip = await transport.fetchBranch(base, depth);
            if (!tip)
                throw missingBranch(base);
            const resolved = await resolve(transport, tip, depth);
            settled = { ...options, images: resolved.images, pin: resolved.pin };
            resolvedNotes.push(...resolved.notes);
            records = checkImages(settled, label);
        }
        const bot = options.mode === 'pull-request' ? pullRequestBranch(options.environment, options.group ?? settled.images[0].service) : base;
        const run = {
            options: { ...settled, targets },
            transport,
            records,
            editor: new TargetEditor(transport, targets, settled.images.map((i) => i.image), settled.pin),
            base,
            bot,
            depth,
            logger,
        };
        try {
            // `attempt` counts updates of the branch tried; batch mode's waits for the queue to land are not attempts.
            for (let attempt = 1, waits = 0, took = 0;;) {
                const started = Date.now();
                const outcome = await attemptBump(run, attempt === 1 && waits === 0 && !resolve);
                if (outcome.kind === 'done')
                    return { ...outcome.result, notes: [...resolvedNotes, ...outcome.result.notes], branch: bot, attempts: attempt };
                if (outcome.kind === 'wait') {
                    await (0,retry/* sleep */.yy)(queueDelay(took, ++waits));
                    continue;
                }
                took = Date.now() - started;
                if (options.batch && outcome.prepared && !run.queued) {
                    const ref = queueRef(base);
                    await transport.queue(ref, outcome.prepared.commit);
                    run.queued = { ref, ...outcome.prepared };
                }
                await backOff(run, outcome.why, attempt++, took);
            }
        }
        finally {
            if (run.queued)
                await unqueue(run);
        }
    }
    catch (error) {
        throw explainGitError(error, transport.label, Boolean(options.credentials?.sshKey));
    }
    finally {
        await transport.dispose();
    }
}
/** Fails after the last attempt, else waits before the next one. */
async function backOff(run, why, attempt, took) {
    const { options, bot } = run;
    if (attempt >= options.maxAttempts) {
        throw new src/* ActionError */.lZ(`the update of ${bot} was refused ${attempt} times (${why})`, 'other jobs keep updating the config repository at the same moment: raise max-attempts, or serialise the jobs with a `concurrency:` group (when they are bumps too, batch: true lands them together)');
    }
    const delay = run.queued ? queueDelay(took, 0) : contentionDelay(took, attempt);
    const queued = run.queued ? `queued as ${run.queued.ref} for the next bump to land; ` : '';
    run.logger.info(`update of ${bot} refused after ${took} ms (${why}); ${queued}re-applying the edit on the new tip in ${delay} ms (attempt ${attempt + 1} of ${options.maxAttempts})`);
    await (0,retry/* sleep */.yy)(delay);
}
/** Takes this run's queued bump back, only while it still names the published commit (a landing deletes it). */
async function unqueue(run) {
    try {
        await run.transport.unqueue(run.queued);
    }
    catch (error) {
        run.logger.info(`could not delete ${run.queued.ref} (${error.message.split('\n')[0]}); the next bump of the branch deletes it after ${QUEUE_TTL_MS / 60_000} minutes`);
    }
}
function missingBranch(branch) {
    return new src/* ActionError */.lZ(`branch "${branch}" does not exist in the config repository`, 'set the branch input to an existing branch (or leave it empty for the default branch)');
}
async function attemptBump(run, first) {
    const { options, transport, records } = run;
    const prMode = options.mode === 'pull-request';
    // Queued behind an older queued bump, whose run lands the queue: list the queue only, and wait.
    if (run.queued && waitsInQueue(run, await transport.listQueued(run.base)))
        return { kind: 'wait' };
    const depth = first ? run.depth : undefined;
    const { tip, queued } = options.batch ? await transport.fetchQueued(run.base, depth) : { tip: await transport.fetchBranch(run.base, depth), queued: [] };
    if (!tip)
        throw missingBranch(run.base);
    const botTip = prMode ? await transport.fetchBranch(run.bot, 1) : undefined;
    if (run.queued) {
        const landedBy = await landedQueued(run, tip, isQueued(run.queued, queued));
        if (landedBy)
            return landedBy;
    }
    // Batch mode: the queued bumps of others that can land as they are go first, on the tip.
    const chain = queued.length > 0 && !options.dryRun
        ? await chainQueued(transport, tip, queued, { own: run.queued?.ref, committer: options.author, depth: run.depth })
        : undefined;
    for (const left of chain?.left ?? [])
        run.logger.info(`left ${left.ref} for its own run: ${left.why}`);
    const head = chain?.tip ?? tip;
    const landed = new Map(await landedRecords(run, tip));
    for (const record of chain?.records ?? [])
        landed.set(recordKey(record), record);
    const pending = botTip ? readBumpRecords((await transport.readCommit(botTip)).message) : [];
    const notes = [];
    const results = options.images.map((bump, index) => {
        const incoming = records[index];
        const key = recordKey(incoming);
        const result = { image: bump.image.name, service: bump.service, result: 'noop', changes: [] };
        for (const [where, record] of [
            ['waits in the pull request', pending.find((r) => recordKey(r) === key)],
            [`landed on ${run.base}`, landed.get(key)],
        ]) {
            const order = record ? compareBumps(incoming, record) : undefined;
            if (order === 'older')
                return {
                    ...result,
                    result: 'skipped',
                    reason: `a newer image of ${bump.image.name} (${describe(record)}) already ${where}; this run's ${describe(incoming)} is older`,
                };
            if (order === 'unordered')
                notes.push(`the order of ${bump.image.name} ${describe(incoming)} against ${describe(record)}, which ${where}, could not be checked (no image-created on both, and not both semantic versions); pass image-created so a late run cannot replace a newer image`);
        }
        if (incoming.created === undefined && compareSemver(incoming.tag, '0.0.0') === undefined && !landed.has(key)) {
            notes.push(`later runs cannot be ordered against ${bump.image.name} ${describe(incoming)}: it has no image-created and its tag is not a semantic version; pass image-created`);
        }
        return result;
    });
    if (results.some((r) => r.result === 'skipped'))
        return skippedAll(results, notes);
    const edited = await run.editor.edit(head);
    notes.push(...edited.notes);
    for (const [index, bump] of options.images.entries()) {
        const result = results[index];
        const changes = edited.changes.filter((c) => c.image === bump.image.name);
        result.changes = changes.map(withoutImage);
        if (changes.length > 0)
            result.result = 'changed';
        const unexpected = bump.expectedCurrent !== undefined ? changes.find((c) => !valueMatches(c.old, bump.expectedCurrent)) : undefined;
        if (unexpected)
            Object.assign(result, {
                result: 'skipped',
                reason: `${unexpected.file}:${unexpected.line} holds ${unexpected.old}, not the expected-current ${bump.expectedCurrent}`,
                changes: [],
            });
    }
    if (results.some((r) => r.result === 'skipped'))
        return skippedAll(results, notes);
    const changes = edited.changes.map(withoutImage);
    if (changes.length === 0)
        return done('noop', `every target already holds ${results.map((_r, i) => describeImage(options, i)).join(', ')}`);
    const diff = unifiedDiff(edited.texts);
    if (options.validate)
        notes.push(...(await validateEdits(options.validate, edited.texts, await transport.tree(head), (shas) => transport.readBlobs(shas))));
    if (options.dryRun)
        return { kind: 'done', result: { result: 'dry-run', changes, diff, images: results, notes } };
    // The record and the message name what the targets deploy: a digest no target carries is left out.
    const changed = records
        .filter((_, index) => results[index].result === 'changed')
        .map((record) => {
        const carries = edited.carries.get(record.image);
        const { tag, digest, ...rest } = record;
        return {
            ...rest,
            ...(tag !== undefined && carries?.tag ? { tag } : {}),
            ...(digest !== undefined && (carries?.digest || !carries?.tag) ? { digest } : {}),
        };
    });
    const message = bumpCommitMessage(options.commitMessage, messageValues(options, changed, edited.changes), changed);
    const commit = await transport.createCommit(head, edited.writes, message, options.author);
    if (botTip && changed.every((record) => pending.some((p) => recordKey(p) === recordKey(record) && compareBumps(record, p) === 'same'))) {
        const [ours, theirs] = await Promise.all([transport.readCommit(commit), transport.readCommit(botTip)]);
        if (ours.tree === theirs.tree && theirs.parents[0] === tip) {
            const pr = await openOrUpdatePullRequest(run, changed, []);
            return {
                kind: 'done',
                result: {
                    result: 'noop',
                    commitSha: botTip,
                    prUrl: pr.url,
                    changes: [],
                    diff: '',
                    reason: 'the pull request already carries this image on the current base',
                    images: results,
                    notes,
                },
            };
        }
    }
    const drop = [...(chain?.drop ?? []), ...(run.queued ? [run.queued] : [])];
    const update = await transport.updateBranch(prMode ? run.bot : run.base, commit, prMode ? { kind: 'lease', from: botTip } : { kind: 'fast-forward', from: tip, ...(drop.length > 0 ? { drop } : {}) });
    const pushed = { result: 'pushed', commitSha: commit, changes, diff, images: results, notes };
    if (update === 'stale')
        return {
            kind: 'retry',
            why: `${prMode ? run.bot : run.base} moved since ${(prMode ? botTip : tip)?.slice(0, 12) ?? 'it was read'}`,
            // What is queued is this run's edit alone, on the branch tip it read.
            ...(!prMode && head === tip ? { prepared: { commit, message, result: pushed } } : {}),
        };
    if (!prMode) {
        run.queued = undefined;
        if (chain?.copied)
            notes.push(`landed in one push with ${chain.copied} queued bump(s) of other runs`);
        return { kind: 'done', result: pushed };
    }
    const pr = await openOrUpdatePullRequest(run, changed, changes);
    return { kind: 'done', result: { result: pr.created ? 'pr-opened' : 'pr-updated', commitSha: commit, prUrl: pr.url, changes, diff, images: results, notes } };
    function done(result, reason) {
        return { kind: 'done', result: { result, reason, changes: [], diff: '', images: results, notes } };
    }
}
function isQueued(own, queued) {
    return queued.some((q) => q.ref === own.ref && q.commit === own.commit);
}
/** Whether this run's bump is still queued behind an older one (a landing deletes it, on git in the same push). */
function waitsInQueue(run, queued) {
    const leader = queueLeader(queued);
    return isQueued(run.queued, queued) && leader !== undefined && leader.ref < run.queued.ref;
}
/** Batch mode: whether another run landed this run's queued bump (its message is in the history since it was made). */
async function landedQueued(run, tip, stillQueued) {
    const own = run.queued;
    // Gone from the queue: landed, or deleted unlanded (expired), when this run goes on alone.
    if (!stillQueued)
        run.queued = undefined;
    const base = (await run.transport.readCommit(own.commit)).parents[0];
    const history = await run.transport.history(tip, run.depth * 10, new Set(base ? [base] : []));
    const at = history.findIndex((c) => c.sha === base);
    const landed = history.slice(0, Math.max(at, 0)).find((c) => sameMessage(c.message, own.message));
    if (!landed)
        return undefined;
    const notes = [...own.result.notes, `landed by another run's push, with its own bump, as ${landed.sha.slice(0, 12)}`];
    return { kind: 'done', result: { ...own.result, commitSha: landed.sha, notes } };
}
function skippedAll(results, notes) {
    const reasons = results.filter((r) => r.result === 'skipped').map((r) => r.reason);
    const others = results.length > reasons.length ? ' (the images are bumped together, so none was written)' : '';
    return {
        kind: 'done',
        result: {
            result: 'skipped',
            reason: `${reasons.join('; ')}${others}`,
            changes: [],
            diff: '',
            images: results.map((r) => (r.result === 'skipped' ? r : { ...r, changes: [] })),
            notes,
        },
    };
}
/** The newest landed record per image; a retry reads only the commits after the previous tip. */
async function landedRecords(run, tip) {
    if (run.landed && run.landedAt === tip)
        return run.landed;
    const keys = run.records.map((r) => ({ image: r.image, environment: r.environment }));
    const found = await run.transport.findRecords(tip, keys, run.landed && run.landedAt ? { depth: run.depth, since: run.landedAt } : { depth: run.depth });
    run.landed = new Map([...(run.landed ?? []), ...found]);
    run.landedAt = tip;
    return run.landed;
}
function withoutImage({ image: _image, ...change }) {
    return change;
}
function incomingRecord(bump, environment) {
    return {
        image: bump.image.name,
        environment,
        service: bump.service,
        ...(bump.image.tag !== undefined ? { tag: bump.image.tag } : {}),
        ...(bump.image.digest !== undefined ? { digest: bump.image.digest } : {}),
        ...(bump.created !== undefined ? { created: bump.created } : {}),
        ...(bump.source?.repository ? { sourceRepository: bump.source.repository } : {}),
        ...(bump.source?.commit ? { sourceCommit: bump.source.commit } : {}),
        ...(bump.source?.runUrl ? { runUrl: bump.source.runUrl } : {}),
    };
}
const OPTION_NAMES = {
    image: 'image.name',
    tag: 'image.tag',
    digest: 'image.digest',
    created: 'created',
    environment: 'environment',
    service: 'service',
    sourceRepository: 'source.repository',
    sourceCommit: 'source.commit',
    runUrl: 'source.runUrl',
};
/** Every value that lands in history is checked before anything is fetched. */
function checkImages(options, label) {
    if (options.images.length === 0)
        throw new Error('bumpImages: no image');
    const seen = new Set();
    return options.images.map((bump, index) => {
        const record = incomingRecord(bump, options.environment);
        // A line break is named as such first; then the image's own rules (with their fixes); then the rest.
        checkBumpRecord(record, (field) => label(field, index), { linesOnly: true });
        try {
            checkNewImage(bump.image, options.pin);
        }
        catch (error) {
            if (error instanceof src/* ActionError */.lZ)
                throw error;
            throw new src/* ActionError */.lZ(`${label('image', index)}: ${error.message}`, 'pass the image as the push step wrote it', { cause: error });
        }
        checkBumpRecord(record, (field) => label(field, index));
        if (seen.has(bump.image.name))
            throw new src/* ActionError */.lZ(`${label('image', index)} ${bump.image.name} is listed twice`, 'list each image once');
        seen.add(bump.image.name);
        return record;
    });
}
/** The author lands in every commit header, so it is held to the same single-line rule as the trailers. */
function checkAuthor(author) {
    for (const [field, value] of [
        ['author.name', author.name],
        ['author.email', author.email],
    ]) {
        const problem = value === '' ? 'is empty' : (singleLineProblem(value, 256) ?? (/[<>]/.test(value) ? 'contains "<" or ">"' : undefined));
        if (problem)
            throw new src/* ActionError */.lZ(`${field} ${problem} (${JSON.stringify(value.slice(0, 80))})`, 'pass a single-line name and e-mail address');
    }
}
function messageValues(options, records, changes) {
    const join = (values) => [...new Set(values.filter((v) => v !== undefined && v !== ''))].join(', ');
    const single = records.length === 1;
    return {
        service: join(records.map((r) => r.service)),
        environment: options.environment,
        image: join(records.map((r) => r.image)),
        old: join(changes.map((c) => c.old)),
        new: single ? describe(records[0]) : join(records.map((r) => `${r.service} ${describe(r)}`)),
        tag: join(records.map((r) => r.tag)),
        digest: join(records.map((r) => r.digest)),
        'source-repository': join(records.map((r) => r.sourceRepository)),
        'source-commit': join(records.map((r) => r.sourceCommit)),
        'run-url': join(records.map((r) => r.runUrl)),
    };
}
async function openOrUpdatePullRequest(run, records, changes) {
    const { options } = run;
    const pr = options.pullRequest;
    const rows = changes.map((c) => `| \`${c.file}\` | \`${c.path}\` | \`${c.old}\` | \`${c.new}\` |`);
    const subject = records.map((r) => `**${r.service}** \`${describe(r)}\``).join(', ');
    const runUrl = [...new Set(records.map((r) => r.runUrl).filter(Boolean))];
    const body = [
        `Bumps ${subject} in **${options.environment}**.`,
        '',
        ...(rows.length > 0 ? ['| File | Path | Old | New |', '| --- | --- | --- | --- |', ...rows, ''] : []),
        ...runUrl.map((url) => `Run: ${url}`),
        'This branch is rewritten by service-pipeline on every bump; do not push to it.',
    ].join('\n');
    const title = renderCommitMessage(options.commitMessage ?? DEFAULT_COMMIT_MESSAGE, {
        ...messageValues(options, records, []),
        'source-repository': '',
        'source-commit': '',
        'run-url': '',
    }).split('\n')[0];
    return upsertPullRequest(pr.client, {
        owner: pr.owner,
        repo: pr.repo,
        head: run.bot,
        base: run.base,
        title,
        body,
        labels: pr.labels,
        reviewers: pr.reviewers,
    });
}
function valueMatches(current, expected) {
    return current === expected || current.endsWith(`:${expected}`) || current.endsWith(`@${expected}`) || current.includes(`:${expected}@`);
}
function describe(record) {
    if (record.tag && record.digest)
        return `${record.tag}@${record.digest.slice(0, 19)}`;
    return record.tag ?? record.digest ?? '?';
}
function describeImage(options, index) {
    const bump = options.images[index];
    return options.images.length === 1 ? describe(bump.image) : `${bump.image.name} ${describe(bump.image)}`;
}
const AUTH_FAILURE = /Authentication failed|could not read Username|terminal prompts disabled|HTTP 401|HTTP 403|returned error: 40[13]|Permission denied \(publickey|Host key verification failed|access denied|Write access to repository not granted/i;
function explainGitError(error, repo, sshKey) {
    if (!(error instanceof GitError))
        return error;
    if (AUTH_FAILURE.test(error.output)) {
        const fix = sshKey
            ? 'the deploy key was refused: add its public key to the config repository as a deploy key with write access'
            : "the token was refused: pass a token with contents: write on the config repository (the job's GITHUB_TOKEN cannot write to other repositories; use a GitHub App token or a fine-grained PAT)";
        return new src/* ActionError */.lZ(`git could not authenticate to ${repo} (${error.args[0]})`, fix, { cause: error });
    }
    if (/not found|does not appear to be a git repository|Could not resolve host|Connection refused/i.test(error.output)) {
        return new src/* ActionError */.lZ(`git could not reach ${repo}: ${error.output.trim().split('\n').pop()}`, 'check the repository input (owner/name or a git URL) and that the token can see the repository', { cause: error });
    }
    return new src/* ActionError */.lZ(error.message, 'see the git output above; nothing was pushed', { cause: error });
}

;// CONCATENATED MODULE: ./packages/gitops/src/git/promote.ts






/**
 * Promotion: copies the image references environment A runs (read from A's files at the tip of
 * the branch) into environment B's targets, in one commit, usually through a pull request. Each
 * promoted image keeps the build time and source of the bump that brought it to A (when A's
 * history still has it), so B's own out-of-order guard orders promotions like bumps.
 */
async function promoteImages(options) {
    const { from, images } = options;
    if (images.length === 0)
        throw new Error('promoteImages: no image');
    if (from.environment === options.environment)
        throw new src/* ActionError */.lZ(`the promotion copies ${from.environment} into itself`, 'set the environment to promote into, different from the source environment');
    const sourceTargets = from.targets.map((target) => ({
        ...target,
        file: checkedRepoPath(target.file, 'name the source files relative to the config repository root, without ".." or a leading "/"'),
    }));
    const group = options.group ?? (images.length === 1 ? serviceOf(images[0]) : `promotion-from-${from.environment}`);
    const bump = {
        ...options,
        group,
        commitMessage: options.commitMessage ?? `Promote {service} from ${from.environment} to {environment}: {new}`,
        images: [],
        pin: options.pin ?? 'tag',
    };
    return runBump(bump, (field, index) => `images[${index}].${field === 'image' ? 'name' : field}`, async (transport, tip, depth) => {
        const files = await new TargetEditor(transport, sourceTargets, [], 'tag').readFiles(tip);
        const notes = [];
        const refs = images.map(({ name }) => {
            const held = files.flatMap((file) => readImage(file.text, file.target, name, file.chart ? file.chart.context : {}) ?? []);
            if (held.length === 0) {
                throw new src/* ActionError */.lZ(`${from.environment} does not run ${name}: none of ${sourceTargets.map((t) => t.file).join(', ')} references it`, "check the image name and the source environment's target files");
            }
            const tags = [...new Set(held.map((h) => h.tag).filter((t) => t !== undefined))];
            const digests = [...new Set(held.map((h) => h.digest).filter((d) => d !== undefined))];
            if (tags.length > 1 || digests.length > 1) {
                throw new src/* ActionError */.lZ(`the files of ${from.environment} hold different references of ${name} (${[...tags, ...digests].join(', ')})`, `make ${from.environment} run one reference of it first, or promote from the one target that says what runs`);
            }
            return { name, tag: tags[0], digest: digests[0] };
        });
        const landed = await transport.findRecords(tip, images.map(({ name }) => ({ image: name, environment: from.environment })), { depth });
        const pin = options.pin ??
            (refs.every((r) => r.tag && r.digest) ? 'tag+digest' : refs.every((r) => r.tag) ? 'tag' : refs.every((r) => r.digest) ? 'digest' : undefined);
        if (!pin)
            throw new src/* ActionError */.lZ(`the images of ${from.environment} carry neither a common tag nor a common digest`, 'promote them separately');
        const promoted = refs.map((ref, index) => {
            const record = landed.get(recordKey({ image: ref.name, environment: from.environment }));
            const same = record && (ref.digest !== undefined ? record.digest === ref.digest : record.tag === ref.tag);
            if (!same)
                notes.push(`no bump record of ${ref.name} ${ref.tag ?? ref.digest} in ${from.environment}'s history: it is promoted without a build time, so ${options.environment} orders it by its tag`);
            return {
                image: { name: ref.name, ...(ref.tag !== undefined ? { tag: ref.tag } : {}), ...(ref.digest !== undefined ? { digest: ref.digest } : {}) },
                service: images[index].service ?? record?.service ?? serviceOf(images[index]),
                ...(same && record.created ? { created: record.created } : {}),
                ...(same
                    ? {
                        source: {
                            ...(record.sourceRepository ? { repository: record.sourceRepository } : {}),
                            ...(record.sourceCommit ? { commit: record.sourceCommit } : {}),
                            ...(record.runUrl ? { runUrl: record.runUrl } : {}),
                        },
                    }
                    : {}),
            };
        });
        return { images: promoted, pin, notes };
    });
}
function serviceOf(image) {
    return image.service ?? image.name.split('/').pop();
}

;// CONCATENATED MODULE: ./packages/gitops/src/git/index.ts











;// CONCATENATED MODULE: ./packages/gitops/src/index.ts




/***/ }),

/***/ 7843:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  FH: () => (/* reexport */ reference_formatReference),
  Yt: () => (/* reexport */ hasExplicitRegistry),
  Bc: () => (/* reexport */ digest_isDigest),
  F2: () => (/* reexport */ reference_parseReference),
  _M: () => (/* reexport */ repositoryOf)
});

// UNUSED EXPORTS: ANNOTATION_REF_NAME, IN_TOTO_MEDIA_TYPE, IN_TOTO_STATEMENT_V1, ImageConfigError, InvalidReferenceError, MediaType, OciLayout, OciLayoutError, PREDICATE_TYPE_ANNOTATION, PlatformNotFoundError, RegistryClient, RegistryError, attachArtifact, attachStatement, attachStatements, checkStatementSubject, collectImage, configPlatform, copyIntoLayout, describeLocation, digestOf, ensureBlob, findSourceLabel, formatBytes, gzipTarStream, imageFilesystem, imageSubject, isIndex, isLoopbackRegistry, isPlatform, layoutSource, manifestMediaType, mapLimit, openImage, parseImageConfig, parseImageLocation, parseManifest, parsePlatform, parseStatement, pushImage, readImageStatements, readStatements, referrersTag, registryClientFor, registrySource, samePlatform, subjectDigests, tarHeaders, writeImage, writeImageOrIndex, writeIndex, writeLayer, writeStatement

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
;// CONCATENATED MODULE: ./packages/oci/src/digest.ts


const DIGEST_PATTERN = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
function digest_isDigest(value) {
    return DIGEST_PATTERN.test(value);
}
function digest_assertDigest(value, where) {
    if (!digest_isDigest(value)) {
        throw new Error(`${where}: "${value}" is not a valid digest (expected sha256:<64 lowercase hex> or sha512:<128 hex>)`);
    }
    return value;
}
function digest_algorithmOf(digest) {
    return digest.startsWith('sha512:') ? 'sha512' : 'sha256';
}
function digest_encodedOf(digest) {
    return digest.slice(digest.indexOf(':') + 1);
}
function digest_digestOf(data, algorithm = 'sha256') {
    return `${algorithm}:${(0,external_node_crypto_.createHash)(algorithm).update(data).digest('hex')}`;
}
class digest_DigestMismatchError extends Error {
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
class digest_VerifyingStream extends external_node_stream_.Transform {
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
        this.hash = (0,external_node_crypto_.createHash)(digest_algorithmOf(expected));
    }
    _transform(chunk, _encoding, callback) {
        this.bytes += chunk.length;
        if (this.expectedSize !== undefined && this.bytes > this.expectedSize) {
            callback(new digest_DigestMismatchError(this.expected, 'unknown', this.expectedSize, this.bytes, this.where));
            return;
        }
        this.hash.update(chunk);
        callback(null, chunk);
    }
    _flush(callback) {
        const actual = `${digest_algorithmOf(this.expected)}:${this.hash.digest('hex')}`;
        if (actual !== this.expected || (this.expectedSize !== undefined && this.bytes !== this.expectedSize)) {
            callback(new digest_DigestMismatchError(this.expected, actual, this.expectedSize, this.bytes, this.where));
            return;
        }
        callback();
    }
}
/** Hashes a stream while counting its bytes; used when writing blobs whose digest is not known yet. */
class digest_HashingStream extends (/* unused pure expression or super */ null && (Transform)) {
    hash = createHash('sha256');
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
var errors = __nccwpck_require__(1901);
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
class errors_RegistryError extends errors/* ActionError */.lZ {
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
async function errors_readRegistryErrorBody(response) {
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

class image_config_ImageConfigError extends (/* unused pure expression or super */ null && (Error)) {
}
const MAX_CONFIG_BYTES = (/* unused pure expression or super */ null && (8 * 1024 * 1024));
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
        throw new image_config_ImageConfigError(`${where}: config is not an object`);
    const c = value;
    const fail = (field, kind) => {
        throw new image_config_ImageConfigError(`${where}: config.${field} is not ${kind}`);
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
function image_config_parseImageConfig(bytes, where = 'image config') {
    if (bytes.length > MAX_CONFIG_BYTES)
        throw new image_config_ImageConfigError(`${where} is ${bytes.length} bytes (limit ${MAX_CONFIG_BYTES})`);
    let json;
    try {
        json = JSON.parse(bytes.toString());
    }
    catch (error) {
        throw new image_config_ImageConfigError(`${where} is not valid JSON: ${error.message}`);
    }
    if (!json || typeof json !== 'object' || Array.isArray(json))
        throw new image_config_ImageConfigError(`${where} is not a JSON object`);
    const c = json;
    for (const field of ['architecture', 'os']) {
        if (typeof c[field] !== 'string' || c[field] === '')
            throw new image_config_ImageConfigError(`${where}: ${field} is missing`);
    }
    if (c.variant !== undefined && typeof c.variant !== 'string')
        throw new image_config_ImageConfigError(`${where}: variant is not a string`);
    if (c.created !== undefined && typeof c.created !== 'string')
        throw new image_config_ImageConfigError(`${where}: created is not a string`);
    const rootfs = c.rootfs;
    if (!rootfs || typeof rootfs !== 'object' || rootfs.type !== 'layers')
        throw new image_config_ImageConfigError(`${where}: rootfs.type is not "layers"`);
    if (!isStringArray(rootfs.diff_ids) || !rootfs.diff_ids.every(isDigest))
        throw new image_config_ImageConfigError(`${where}: rootfs.diff_ids is not a list of digests`);
    if (c.history !== undefined && c.history !== null && !Array.isArray(c.history))
        throw new image_config_ImageConfigError(`${where}: history is not a list`);
    if (c.history === null)
        delete c.history;
    const container = checkContainerConfig(c.config, where);
    if (container === undefined)
        delete c.config;
    return c;
}
/** The platform a config declares. */
function image_config_configPlatform(config) {
    return { os: config.os, architecture: config.architecture, ...(config.variant ? { variant: config.variant } : {}) };
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
// EXTERNAL MODULE: ./node_modules/.pnpm/tar-stream@3.3.0_bare-buffer@3.7.4/node_modules/tar-stream/index.js
var tar_stream = __nccwpck_require__(8193);
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
function media_types_isIndexMediaType(mediaType) {
    return mediaType !== undefined && INDEX_MEDIA_TYPES.includes(mediaType);
}
function media_types_isManifestMediaType(mediaType) {
    return mediaType !== undefined && MANIFEST_MEDIA_TYPES.includes(mediaType);
}

;// CONCATENATED MODULE: ./packages/oci/src/manifest.ts


const manifest_ANNOTATION_REF_NAME = 'org.opencontainers.image.ref.name';
const manifest_ANNOTATION_SOURCE = 'org.opencontainers.image.source';
function manifest_isIndex(manifest) {
    return Array.isArray(manifest.manifests);
}
class ManifestFormatError extends (/* unused pure expression or super */ null && (Error)) {
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
function manifest_parseManifest(bytes, mediaType, where = 'manifest') {
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
function manifest_parsePlatform(text) {
    if (!isPlatform(text))
        throw new Error(`platform "${text}" is not os/arch[/variant], e.g. linux/amd64`);
    const [os, architecture, variant] = text.split('/');
    return { os, architecture, ...(variant ? { variant } : {}) };
}
function manifest_platformString(platform) {
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
        if (isIndex(manifest)) {
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

function image_source_layoutSource(layout) {
    return {
        label: `OCI layout ${layout.dir}`,
        readBlob: (descriptor) => layout.readBlob(descriptor),
        openBlob: async (descriptor) => layout.openBlob(descriptor),
    };
}
function image_source_registrySource(client, repository) {
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
        mediaType: MediaType.ociIndex,
        manifests,
        ...(options.annotations ? { annotations: options.annotations } : {}),
    };
    const descriptor = await layout.writeJson(MediaType.ociIndex, index);
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
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
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
var external_node_fs_ = __nccwpck_require__(3024);
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
class oci_layout_OciLayout {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    static async open(dir) {
        let text;
        try {
            text = await readFile(join(dir, LAYOUT_FILE), 'utf8');
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
            throw new OciLayoutError('missing', `${join(dir, LAYOUT_FILE)} declares imageLayoutVersion ${String(version)}`, `only ${LAYOUT_VERSION} is supported; rebuild the layout`);
        }
        return new oci_layout_OciLayout(dir);
    }
    /** Opens the layout at `dir`, creating an empty one when the directory has none. */
    static async create(dir) {
        await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true });
        const existing = await stat(join(dir, LAYOUT_FILE)).catch(() => undefined);
        if (!existing) {
            await writeFile(join(dir, LAYOUT_FILE), JSON.stringify({ imageLayoutVersion: LAYOUT_VERSION }));
            await writeFile(join(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: [] }));
        }
        return oci_layout_OciLayout.open(dir);
    }
    blobPath(digest) {
        assertDigest(digest, 'blob digest');
        return join(this.dir, 'blobs', algorithmOf(digest), encodedOf(digest));
    }
    async hasBlob(digest) {
        return (await stat(this.blobPath(digest)).catch(() => undefined))?.isFile() ?? false;
    }
    /** A stream that fails at its end if the stored bytes no longer match the digest. */
    openBlob(descriptor) {
        const verifier = new VerifyingStream(descriptor.digest, descriptor.size, `blob ${descriptor.digest} in ${this.dir}`);
        // Large reads keep per-chunk overhead (hashing calls, fetch body pulls) low on big layers.
        const file = createReadStream(this.blobPath(descriptor.digest), { highWaterMark: 1024 * 1024 });
        file.on('error', (error) => verifier.destroy(this.missingBlob(descriptor.digest, error)));
        return file.pipe(verifier);
    }
    async readBlob(descriptor) {
        let bytes;
        try {
            bytes = await readFile(this.blobPath(descriptor.digest));
        }
        catch (error) {
            throw this.missingBlob(descriptor.digest, error);
        }
        const actual = digestOf(bytes, algorithmOf(descriptor.digest));
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
        const digest = digestOf(bytes);
        if (!(await this.hasBlob(digest))) {
            const temp = join(this.dir, 'blobs', `.tmp-${randomUUID()}`);
            await writeFile(temp, bytes);
            await rename(temp, this.blobPath(digest));
        }
        return { digest, size: bytes.length };
    }
    /** Streams content into the layout, hashing on the way; nothing is held in memory. */
    async writeBlobStream(source) {
        const temp = join(this.dir, 'blobs', `.tmp-${randomUUID()}`);
        const hasher = new HashingStream();
        try {
            await pipeline(source, hasher, createWriteStream(temp));
            const digest = hasher.digest();
            await rename(temp, this.blobPath(digest));
            return { digest, size: hasher.size };
        }
        catch (error) {
            await rm(temp, { force: true });
            throw error;
        }
    }
    async writeJson(mediaType, value, extra = {}) {
        const { digest, size } = await this.writeBlob(JSON.stringify(value));
        return { mediaType, digest, size, ...extra };
    }
    async index() {
        const path = join(this.dir, 'index.json');
        let text;
        try {
            text = await readFile(path, 'utf8');
        }
        catch (error) {
            throw new OciLayoutError('damaged', `${path} cannot be read: ${error.message}`, 'the layout is incomplete; rebuild it');
        }
        try {
            return parseManifest(text, MediaType.ociIndex, path);
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
        const temp = join(this.dir, `.index-${randomUUID()}.json`);
        await writeFile(temp, JSON.stringify({ ...index, manifests }));
        await rename(temp, join(this.dir, 'index.json'));
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
            const files = await readdir(join(this.dir, 'blobs', algorithm)).catch(() => []);
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
function reference_parseReference(input, options = {}) {
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
        if (!digest_isDigest(digest)) {
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
function reference_formatReference(ref) {
    return `${repositoryOf(ref)}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}
/** The host to talk HTTP to: Docker Hub's API does not live at docker.io. */
function reference_registryEndpoint(registry) {
    return registry === DOCKER_HUB ? 'registry-1.docker.io' : registry;
}
/**
 * Loopback registries speak plain HTTP (as Docker treats them as insecure by default);
 * everything else is HTTPS. Only the test and local pipeline registries live on loopback.
 */
function reference_isLoopbackRegistry(registry) {
    const host = registry.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 9 modules
var src = __nccwpck_require__(5984);
// EXTERNAL MODULE: ./packages/action-kit/src/retry.ts
var retry = __nccwpck_require__(30);
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
function auth_repositoryScope(repository, actions) {
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
class auth_RegistryAuth {
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
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./packages/action-kit/src/exec.ts + 1 modules
var exec = __nccwpck_require__(4181);
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
        const child = execFile(`docker-credential-${helper}`, ['get'], { timeout: 15_000, env: childEnv() }, (error, stdout) => {
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
async function credentials_credentialsFromDockerConfig(registry, configDir = process.env.DOCKER_CONFIG ?? join(homedir(), '.docker')) {
    let config;
    try {
        config = JSON.parse(await readFile(join(configDir, 'config.json'), 'utf8'));
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new Error(`cannot read ${join(configDir, 'config.json')}: ${error.message}`);
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
const MAX_MANIFEST_BYTES = (/* unused pure expression or super */ null && (4 * 1024 * 1024));
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
        this.log = options.logger ?? silentLogger;
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
        const digest = digestOf(bytes, isDigest(reference) && reference.startsWith('sha512:') ? 'sha512' : 'sha256');
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
        const expected = digestOf(bytes);
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
        const source = Readable.fromWeb(response.body);
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
            prepare: async () => ({ body: { body: Readable.toWeb(await open()), length: descriptor.size } }),
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
            headers: { accept: MediaType.ociIndex },
            scopes: [pull(repository)],
            operation: `list referrers of ${digest}`,
            repository,
            accept: [200, 404, 400, 405],
        });
        const contentType = response.headers.get('content-type') ?? '';
        if (response.status === 200 && contentType.includes(MediaType.ociIndex)) {
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
        if (current instanceof DigestMismatchError || current instanceof ActionError)
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
async function registry_client_registryClientFor(registry, options = {}) {
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
    if (isIndex(manifest))
        throw new ActionError(`${name} nests an index (${descriptor.digest}) inside its index`, 'use an image whose index points at image manifests');
    let config;
    try {
        config = parseImageConfig(await source.readBlob(manifest.config), `the config ${manifest.config.digest} of ${name}`);
    }
    catch (error) {
        if (error instanceof ImageConfigError)
            throw new ActionError(error.message, 'the image is damaged or not a container image; rebuild it or use another image', { cause: error });
        throw error;
    }
    const declared = configPlatform(config);
    if (descriptor.platform && !samePlatform(descriptor.platform, declared)) {
        throw new ActionError(`${name} lists ${descriptor.digest} as ${platformString(descriptor.platform)}, but its config says ${platformString(declared)}`, 'rebuild the image so each index entry names the platform it holds');
    }
    return { platform: platformString(descriptor.platform ?? declared), descriptor, manifest, config };
}
function makeImage(fields) {
    let loaded;
    const platforms = () => (loaded ??= (async () => {
        if (!isIndex(fields.manifest))
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

/***/ }),

/***/ 1191:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var Scalar = __nccwpck_require__(1091);
var YAMLMap = __nccwpck_require__(372);
var YAMLSeq = __nccwpck_require__(7241);
var resolveBlockMap = __nccwpck_require__(7969);
var resolveBlockSeq = __nccwpck_require__(5612);
var resolveFlowCollection = __nccwpck_require__(8384);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 7277:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(7031);
var composeNode = __nccwpck_require__(5015);
var resolveEnd = __nccwpck_require__(698);
var resolveProps = __nccwpck_require__(9781);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5015:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(5067);
var identity = __nccwpck_require__(2485);
var composeCollection = __nccwpck_require__(1191);
var composeScalar = __nccwpck_require__(7367);
var resolveEnd = __nccwpck_require__(698);
var utilEmptyScalarPosition = __nccwpck_require__(1201);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 7367:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var Scalar = __nccwpck_require__(1091);
var resolveBlockScalar = __nccwpck_require__(2267);
var resolveFlowScalar = __nccwpck_require__(8588);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 8498:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(2300);
var Document = __nccwpck_require__(7031);
var errors = __nccwpck_require__(8078);
var identity = __nccwpck_require__(2485);
var composeDoc = __nccwpck_require__(7277);
var resolveEnd = __nccwpck_require__(698);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7969:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(1923);
var YAMLMap = __nccwpck_require__(372);
var resolveProps = __nccwpck_require__(9781);
var utilContainsNewline = __nccwpck_require__(5709);
var utilFlowIndentCheck = __nccwpck_require__(3849);
var utilMapIncludes = __nccwpck_require__(8929);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 2267:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(1091);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 5612:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(7241);
var resolveProps = __nccwpck_require__(9781);
var utilFlowIndentCheck = __nccwpck_require__(3849);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 698:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 8384:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var Pair = __nccwpck_require__(1923);
var YAMLMap = __nccwpck_require__(372);
var YAMLSeq = __nccwpck_require__(7241);
var resolveEnd = __nccwpck_require__(698);
var resolveProps = __nccwpck_require__(9781);
var utilContainsNewline = __nccwpck_require__(5709);
var utilMapIncludes = __nccwpck_require__(8929);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 8588:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(1091);
var resolveEnd = __nccwpck_require__(698);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 9781:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 5709:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 1201:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 3849:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(5709);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 8929:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 7031:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(5067);
var Collection = __nccwpck_require__(1763);
var identity = __nccwpck_require__(2485);
var Pair = __nccwpck_require__(1923);
var toJS = __nccwpck_require__(542);
var Schema = __nccwpck_require__(2018);
var stringifyDocument = __nccwpck_require__(3611);
var anchors = __nccwpck_require__(5026);
var applyReviver = __nccwpck_require__(3131);
var createNode = __nccwpck_require__(2962);
var directives = __nccwpck_require__(2300);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 5026:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var visit = __nccwpck_require__(4882);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3131:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2962:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(5067);
var identity = __nccwpck_require__(2485);
var Scalar = __nccwpck_require__(1091);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 2300:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var visit = __nccwpck_require__(4882);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 8078:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8009:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(8498);
var Document = __nccwpck_require__(7031);
var Schema = __nccwpck_require__(2018);
var errors = __nccwpck_require__(8078);
var Alias = __nccwpck_require__(5067);
var identity = __nccwpck_require__(2485);
var Pair = __nccwpck_require__(1923);
var Scalar = __nccwpck_require__(1091);
var YAMLMap = __nccwpck_require__(372);
var YAMLSeq = __nccwpck_require__(7241);
var cst = __nccwpck_require__(5599);
var lexer = __nccwpck_require__(1479);
var lineCounter = __nccwpck_require__(7486);
var parser = __nccwpck_require__(978);
var publicApi = __nccwpck_require__(2929);
var visit = __nccwpck_require__(4882);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
exports.Ll = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
exports.As = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 2767:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 5067:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(5026);
var visit = __nccwpck_require__(4882);
var identity = __nccwpck_require__(2485);
var Node = __nccwpck_require__(2427);
var toJS = __nccwpck_require__(542);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 1763:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2962);
var identity = __nccwpck_require__(2485);
var Node = __nccwpck_require__(2427);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 2427:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3131);
var identity = __nccwpck_require__(2485);
var toJS = __nccwpck_require__(542);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 1923:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2962);
var stringifyPair = __nccwpck_require__(6930);
var addPairToJSMap = __nccwpck_require__(8274);
var identity = __nccwpck_require__(2485);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 1091:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var Node = __nccwpck_require__(2427);
var toJS = __nccwpck_require__(542);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 372:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(6090);
var addPairToJSMap = __nccwpck_require__(8274);
var Collection = __nccwpck_require__(1763);
var identity = __nccwpck_require__(2485);
var Pair = __nccwpck_require__(1923);
var Scalar = __nccwpck_require__(1091);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 7241:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2962);
var stringifyCollection = __nccwpck_require__(6090);
var Collection = __nccwpck_require__(1763);
var identity = __nccwpck_require__(2485);
var Scalar = __nccwpck_require__(1091);
var toJS = __nccwpck_require__(542);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 8274:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(2767);
var merge = __nccwpck_require__(8438);
var stringify = __nccwpck_require__(2862);
var identity = __nccwpck_require__(2485);
var toJS = __nccwpck_require__(542);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 2485:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 542:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 4056:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(2267);
var resolveFlowScalar = __nccwpck_require__(8588);
var errors = __nccwpck_require__(8078);
var stringifyString = __nccwpck_require__(7751);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 5715:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 245:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 5599:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(4056);
var cstStringify = __nccwpck_require__(5715);
var cstVisit = __nccwpck_require__(245);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 1479:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(5599);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 7486:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 978:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(5599);
var lexer = __nccwpck_require__(1479);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 2929:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(8498);
var Document = __nccwpck_require__(7031);
var errors = __nccwpck_require__(8078);
var log = __nccwpck_require__(2767);
var identity = __nccwpck_require__(2485);
var lineCounter = __nccwpck_require__(7486);
var parser = __nccwpck_require__(978);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 2018:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var map = __nccwpck_require__(8681);
var seq = __nccwpck_require__(7220);
var string = __nccwpck_require__(8130);
var tags = __nccwpck_require__(4772);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 8681:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var YAMLMap = __nccwpck_require__(372);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 2918:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(1091);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 7220:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var YAMLSeq = __nccwpck_require__(7241);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 8130:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(7751);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 9193:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(1091);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 6223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(1091);
var stringifyNumber = __nccwpck_require__(9927);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 6304:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(9927);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 5494:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(8681);
var _null = __nccwpck_require__(2918);
var seq = __nccwpck_require__(7220);
var string = __nccwpck_require__(8130);
var bool = __nccwpck_require__(9193);
var float = __nccwpck_require__(6223);
var int = __nccwpck_require__(6304);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 7409:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(1091);
var map = __nccwpck_require__(8681);
var seq = __nccwpck_require__(7220);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 4772:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(8681);
var _null = __nccwpck_require__(2918);
var seq = __nccwpck_require__(7220);
var string = __nccwpck_require__(8130);
var bool = __nccwpck_require__(9193);
var float = __nccwpck_require__(6223);
var int = __nccwpck_require__(6304);
var schema = __nccwpck_require__(5494);
var schema$1 = __nccwpck_require__(7409);
var binary = __nccwpck_require__(5557);
var merge = __nccwpck_require__(8438);
var omap = __nccwpck_require__(889);
var pairs = __nccwpck_require__(8539);
var schema$2 = __nccwpck_require__(7719);
var set = __nccwpck_require__(4038);
var timestamp = __nccwpck_require__(9382);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 5557:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(1091);
var stringifyString = __nccwpck_require__(7751);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 832:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(1091);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 1232:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(1091);
var stringifyNumber = __nccwpck_require__(9927);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 5631:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(9927);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 8438:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var Scalar = __nccwpck_require__(1091);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 889:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var toJS = __nccwpck_require__(542);
var YAMLMap = __nccwpck_require__(372);
var YAMLSeq = __nccwpck_require__(7241);
var pairs = __nccwpck_require__(8539);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8539:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var Pair = __nccwpck_require__(1923);
var Scalar = __nccwpck_require__(1091);
var YAMLSeq = __nccwpck_require__(7241);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 7719:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(8681);
var _null = __nccwpck_require__(2918);
var seq = __nccwpck_require__(7220);
var string = __nccwpck_require__(8130);
var binary = __nccwpck_require__(5557);
var bool = __nccwpck_require__(832);
var float = __nccwpck_require__(1232);
var int = __nccwpck_require__(5631);
var merge = __nccwpck_require__(8438);
var omap = __nccwpck_require__(889);
var pairs = __nccwpck_require__(8539);
var set = __nccwpck_require__(4038);
var timestamp = __nccwpck_require__(9382);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 4038:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var Pair = __nccwpck_require__(1923);
var YAMLMap = __nccwpck_require__(372);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 9382:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(9927);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 6309:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2862:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(5026);
var identity = __nccwpck_require__(2485);
var stringifyComment = __nccwpck_require__(5977);
var stringifyString = __nccwpck_require__(7751);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 6090:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var stringify = __nccwpck_require__(2862);
var stringifyComment = __nccwpck_require__(5977);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 5977:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 3611:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var stringify = __nccwpck_require__(2862);
var stringifyComment = __nccwpck_require__(5977);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 9927:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 6930:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);
var Scalar = __nccwpck_require__(1091);
var stringify = __nccwpck_require__(2862);
var stringifyComment = __nccwpck_require__(5977);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 7751:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(1091);
var foldFlowLines = __nccwpck_require__(6309);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 4882:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2485);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


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
/******/ var __webpack_exports__ = __nccwpck_require__(2784);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
