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
/* unused reexport */ __nccwpck_require__(2784)


/***/ }),

/***/ 2784:
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

/***/ 2308:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ readInputs)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5984);
/* harmony import */ var _service_pipeline_oci__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3612);




function regexes(inputs, name) {
    // Commas are regex syntax ({1,3}), so only lines separate expressions.
    return inputs.list(name, { commas: false }).map((source) => {
        try {
            return new RegExp(source);
        }
        catch (error) {
            throw new _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(name, `has an invalid regular expression ${JSON.stringify(source)}: ${error.message}`, 'fix the expression (JavaScript syntax), e.g. ^pr-\\d+$');
        }
    });
}
// The token has a default (the job's GITHUB_TOKEN), so it is not among them.
const PROVIDER_INPUTS = [
    ['image', ['ghcr', 'oci']],
    ['username', ['oci']],
    ['api-url', ['ghcr']],
    ['registry', ['ghcr']],
    ['oci-layout', ['oci-layout']],
];
function repositoryReference(value) {
    const ref = (0,_service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .asInput */ .lv)('image', () => (0,_service_pipeline_oci__WEBPACK_IMPORTED_MODULE_3__/* .parseReference */ .F2)(value));
    if (ref.tag !== undefined || ref.digest !== undefined)
        throw new _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('image', `"${value}" names a tag or digest`, `name the repository only: ${ref.registry}/${ref.repository}`);
    return ref;
}
function isPathEntry(entry, workspace) {
    if (/^(\/|\.\.?\/|\.$)/.test(entry))
        return true;
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, entry), { throwIfNoEntry: false }) !== undefined;
    }
    catch {
        // ENAMETOOLONG and the like: not an existing path, so it is read as a reference.
        return false;
    }
}
/** Reads and validates every input before any network or disk work. */
function readInputs(inputs = new _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0(), workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()) {
    const token = inputs.secret('token', { user: 'username' });
    const provider = inputs.enumValue('provider', ['ghcr', 'oci', 'oci-layout'], 'ghcr');
    // An input the provider does not use is refused, not silently ignored.
    for (const [name, users] of PROVIDER_INPUTS) {
        if (!users.includes(provider) && inputs.has(name))
            throw new _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(name, `is set but provider is ${provider}`, `remove ${name}: only provider ${users.join(' or ')} uses it`);
    }
    let target;
    if (provider === 'oci-layout') {
        // Pruning a layout deletes blobs in it: a write.
        target = { provider, dir: inputs.path('oci-layout', { required: true, mustExist: 'directory', access: 'write' }) };
    }
    else {
        const image = inputs.string('image', {
            required: true,
            hint: provider === 'ghcr' ? 'set it to ghcr.io/OWNER/NAME' : 'set it to registry/repository, e.g. registry.example.com/acme/shop',
        });
        if (provider === 'ghcr') {
            const registry = inputs.string('registry');
            const apiUrl = inputs.string('api-url');
            target = { provider, image, token, ...(apiUrl ? { apiUrl } : {}), ...(registry ? { registry } : {}) };
        }
        else {
            const username = inputs.string('username');
            if (username !== '' && token === '')
                throw new _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('token', 'is empty while username is set', 'pass the password or token for that user');
            target = { provider, reference: repositoryReference(image), ...(username && token ? { credentials: { username, password: token } } : {}) };
        }
    }
    const inUse = inputs.list('in-use');
    const inUsePaths = [];
    const inUseRefs = [];
    for (const entry of inUse) {
        if (isPathEntry(entry, workspace)) {
            const path = inputs.confine('in-use', entry, 'read');
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path, { throwIfNoEntry: false }))
                throw new _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('in-use', `path ${path} does not exist`, 'check out the config repository in an earlier step, or fix the path');
            inUsePaths.push(path);
            continue;
        }
        let ref;
        try {
            ref = (0,_service_pipeline_oci__WEBPACK_IMPORTED_MODULE_3__/* .parseReference */ .F2)(entry);
        }
        catch (error) {
            if (error instanceof _service_pipeline_oci__WEBPACK_IMPORTED_MODULE_3__/* .InvalidReferenceError */ .x_)
                throw new _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('in-use', `entry ${error.what}`, `${error.fix}; paths must start with / or ./`);
            throw error;
        }
        if (ref.tag === undefined && ref.digest === undefined)
            throw new _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('in-use', `entry "${entry}" has neither a tag nor a digest`, 'name the image in use, preferably by digest (registry/repository@sha256:...)');
        inUseRefs.push(entry);
    }
    const maxDeletions = inputs.has('max-deletions') ? inputs.integer('max-deletions', { min: 0 }) : undefined;
    return {
        target,
        graceMs: inputs.duration('grace', '24h'),
        keepUntagged: inputs.integer('keep-untagged', { default: 0, min: 0 }),
        tags: {
            deleteTags: regexes(inputs, 'delete-tags'),
            match: inputs.enumValue('delete-tags-match', ['any', 'all'], 'any'),
            keepTags: regexes(inputs, 'keep-tags'),
        },
        inUseRefs,
        inUsePaths,
        ...(maxDeletions !== undefined ? { maxDeletions } : {}),
        dryRun: inputs.boolean('dry-run', false),
        deleteOrphanedReferrers: inputs.boolean('delete-orphaned-referrers', false),
        concurrency: inputs.integer('concurrency', { default: 4, min: 1, max: 16 }),
    };
}


/***/ }),

/***/ 9532:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5984);
/* harmony import */ var _service_pipeline_oci__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3612);
/* harmony import */ var _service_pipeline_prune__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(2127);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(2308);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(6753);








async function openProvider(target, concurrency) {
    switch (target.provider) {
        case 'ghcr':
            try {
                return new _service_pipeline_prune__WEBPACK_IMPORTED_MODULE_5__/* .GhcrProvider */ .Ic({
                    image: target.image,
                    token: target.token,
                    concurrency,
                    logger: _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .actionLogger */ .v0,
                    ...(target.apiUrl ? { apiUrl: target.apiUrl } : {}),
                    ...(target.registry ? { registryUrl: target.registry } : {}),
                });
            }
            catch (error) {
                if (error instanceof _service_pipeline_prune__WEBPACK_IMPORTED_MODULE_5__/* .GhcrOptionError */ .ER)
                    throw new _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(error.option, error.reason, error.fix);
                throw error;
            }
        case 'oci': {
            const { registry, repository } = target.reference;
            const client = await (0,_service_pipeline_oci__WEBPACK_IMPORTED_MODULE_4__/* .registryClientFor */ .CA)(registry, { logger: _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .actionLogger */ .v0, credentials: target.credentials });
            return new _service_pipeline_prune__WEBPACK_IMPORTED_MODULE_5__/* .OciProvider */ .lV({ client, repository, concurrency });
        }
        case 'oci-layout':
            return _service_pipeline_prune__WEBPACK_IMPORTED_MODULE_5__/* .OciLayoutProvider */ .Px.open(target.dir);
    }
}
async function main() {
    const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readInputs */ .K)();
    const provider = await openProvider(inputs.target, inputs.concurrency);
    const inUse = (0,_service_pipeline_prune__WEBPACK_IMPORTED_MODULE_5__/* .emptyInUse */ .AD)();
    for (const ref of inputs.inUseRefs)
        (0,_service_pipeline_prune__WEBPACK_IMPORTED_MODULE_5__/* .addInUseReference */ .Nr)(inUse, ref, provider.repository);
    for (const path of inputs.inUsePaths) {
        const found = await (0,_service_pipeline_prune__WEBPACK_IMPORTED_MODULE_5__/* .collectInUseFromPath */ .Gt)(inUse, path, provider.repository);
        _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .actionLogger */ .v0.info(`in-use: ${found} image references in ${path}`);
    }
    const result = await _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .actionLogger */ .v0.group(`Pruning ${provider.repository}${inputs.dryRun ? ' (dry run)' : ''}`, () => (0,_service_pipeline_prune__WEBPACK_IMPORTED_MODULE_5__/* .prune */ .R3)(provider, {
        graceMs: inputs.graceMs,
        keepUntagged: inputs.keepUntagged,
        tags: inputs.tags,
        inUse,
        dryRun: inputs.dryRun,
        deleteOrphanedReferrers: inputs.deleteOrphanedReferrers,
        concurrency: inputs.concurrency,
        logger: _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .actionLogger */ .v0,
        ...(inputs.maxDeletions !== undefined ? { maxDeletions: inputs.maxDeletions } : {}),
    }));
    const planPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(process.env.RUNNER_TEMP ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'prune-plan-')), 'plan.json');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(planPath, `${JSON.stringify({ provider: provider.kind, repository: provider.repository, dryRun: result.dryRun, refused: result.refused, entries: result.plan.entries, deletionWaves: result.plan.waves.map((w) => w.map((e) => e.digest)) }, null, 2)}\n`);
    const kept = result.plan.entries.filter((e) => e.action === 'keep');
    (0,_service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .setOutputs */ .n0)({
        'deleted-count': result.deleted.length,
        deleted: result.deleted.map((e) => ({ digest: e.digest, ...(e.versionId !== undefined ? { versionId: e.versionId } : {}), kind: e.kind })),
        'protected-count': kept.length,
        plan: planPath,
    });
    await (0,_service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .writeSummary */ .Sy)((0,_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .pruneSummary */ .t)(result));
    if (result.refused)
        throw new _service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(`${provider.repository}: ${result.refused}`, `review the plan (${planPath}); raise max-deletions if it is right, or narrow delete-tags / raise grace`);
}
await (0,_service_pipeline_action_kit__WEBPACK_IMPORTED_MODULE_3__/* .run */ .eF)('prune', main);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6753:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ pruneSummary)
/* harmony export */ });
/** Long tables make the job summary unreadable; the plan output has every row. */
const MAX_ROWS = 100;
function rows(entries) {
    return entries.slice(0, MAX_ROWS).map((e) => [`\`${e.digest.slice(0, 19)}\``, e.kind, e.tags.map((t) => `\`${t}\``).join(' '), e.reason]);
}
function caption(label, entries) {
    return entries.length > MAX_ROWS ? `${label} (first ${MAX_ROWS} of ${entries.length}; see the plan output)` : label;
}
function pruneSummary(result) {
    const planned = result.plan.waves.flat();
    const deleted = result.dryRun || result.refused ? planned : result.deleted;
    const kept = result.plan.entries.filter((e) => e.action === 'keep');
    const verb = result.dryRun ? 'would delete' : result.refused ? 'refused to delete' : 'deleted';
    const paragraphs = [`${verb} ${deleted.length} manifest(s), kept ${kept.length}.`];
    if (result.refused)
        paragraphs.push(`**Brake:** ${result.refused}.`);
    if (result.droppedAtRecheck.length > 0)
        paragraphs.push(`${result.droppedAtRecheck.length} candidate(s) became reachable during the run and were kept.`);
    const orphansKept = kept.filter((e) => e.orphanOf !== undefined).length;
    if (orphansKept > 0)
        paragraphs.push(`${orphansKept} signature(s), attestation(s) or SBOM(s) whose subject is not in this repository were kept; set delete-orphaned-referrers: true to delete them (not where cosign keeps signatures apart, COSIGN_REPOSITORY).`);
    const missing = result.plan.entries.filter((e) => e.action === 'missing');
    if (missing.length > 0)
        paragraphs.push(`${missing.length} referenced manifest(s) were already missing: ${missing.map((e) => `\`${e.digest.slice(0, 19)}\` (${e.reason})`).join(', ')}.`);
    const headers = ['Digest', 'Kind', 'Tags', 'Why'];
    return {
        heading: `Prune ${result.repository}${result.dryRun ? ' (dry run)' : ''}`,
        paragraphs,
        tables: [
            { caption: caption(result.dryRun || result.refused ? 'Planned deletions' : 'Deleted', deleted), headers, rows: rows(deleted) },
            { caption: caption('Protected', kept), headers, rows: rows(kept) },
        ],
    };
}


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

/***/ 5984:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  lZ: () => (/* reexport */ errors/* ActionError */.lZ),
  dz: () => (/* reexport */ errors/* InputError */.dz),
  G0: () => (/* reexport */ Inputs),
  $x: () => (/* reexport */ errors/* InvalidValueError */.$x),
  v0: () => (/* reexport */ logger/* actionLogger */.v0),
  lv: () => (/* reexport */ errors/* asInput */.lv),
  eF: () => (/* reexport */ run),
  n0: () => (/* reexport */ setOutputs),
  qq: () => (/* reexport */ logger/* silentLogger */.qq),
  Sy: () => (/* reexport */ writeSummary)
});

// UNUSED EXPORTS: GITHUB_REPOSITORY_NAME, PathRefusedError, actionInputSource, annotate, checkPathText, consoleLogger, defaultLayoutDir, isInside, parseByteSize, parseDuration, pipelineDir, renderSummary, setSecret, trivyCacheDir, workflowRunUrl

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

/***/ 3612:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _0: () => (/* reexport */ ANNOTATION_REF_NAME),
  x_: () => (/* reexport */ InvalidReferenceError),
  zu: () => (/* reexport */ media_types_MediaType),
  Al: () => (/* reexport */ oci_layout_OciLayout),
  bP: () => (/* reexport */ RegistryClient),
  gl: () => (/* reexport */ RegistryError),
  Bc: () => (/* reexport */ isDigest),
  nw: () => (/* reexport */ manifest_isIndex),
  gp: () => (/* reexport */ manifest_manifestMediaType),
  sf: () => (/* reexport */ concurrency_mapLimit),
  FB: () => (/* reexport */ image_config_parseImageConfig),
  Ng: () => (/* reexport */ manifest_parseManifest),
  F2: () => (/* reexport */ reference_parseReference),
  CA: () => (/* reexport */ registry_client_registryClientFor)
});

// UNUSED EXPORTS: IN_TOTO_MEDIA_TYPE, IN_TOTO_STATEMENT_V1, ImageConfigError, OciLayoutError, PREDICATE_TYPE_ANNOTATION, PlatformNotFoundError, attachArtifact, attachStatement, attachStatements, checkStatementSubject, collectImage, configPlatform, copyIntoLayout, describeLocation, digestOf, ensureBlob, findSourceLabel, formatBytes, formatReference, gzipTarStream, hasExplicitRegistry, imageFilesystem, imageSubject, isLoopbackRegistry, isPlatform, layoutSource, openImage, parseImageLocation, parsePlatform, parseStatement, pushImage, readImageStatements, readStatements, referrersTag, registrySource, repositoryOf, samePlatform, subjectDigests, tarHeaders, writeImage, writeImageOrIndex, writeIndex, writeLayer, writeStatement

;// CONCATENATED MODULE: ./packages/oci/src/concurrency.ts
/**
 * Runs `task` over `items` with at most `limit` in flight. On the first failure no new
 * task starts; the ones in flight are awaited, then that first error is thrown, so the
 * caller never proceeds (e.g. to tagging) while an upload is still running.
 */
async function concurrency_mapLimit(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    let failure;
    const worker = async () => {
        while (!failure && next < items.length) {
            const index = next++;
            try {
                results[index] = await task(items[index], index);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    if (failure)
        throw failure.error;
    return results;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
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
class VerifyingStream extends external_node_stream_.Transform {
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
class digest_HashingStream extends external_node_stream_.Transform {
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

class image_config_ImageConfigError extends Error {
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
function isIndexMediaType(mediaType) {
    return mediaType !== undefined && INDEX_MEDIA_TYPES.includes(mediaType);
}
function media_types_isManifestMediaType(mediaType) {
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
    if (!media_types_isManifestMediaType(effective))
        throw new ManifestFormatError(`${where} has unsupported media type ${effective}`);
    if (bodyType && mediaType && bodyType !== mediaType && media_types_isManifestMediaType(mediaType)) {
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
    return manifest.mediaType ?? fallback ?? (manifest_isIndex(manifest) ? media_types_MediaType.ociIndex : media_types_MediaType.ociManifest);
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
        return new oci_layout_OciLayout(dir);
    }
    /** Opens the layout at `dir`, creating an empty one when the directory has none. */
    static async create(dir) {
        await (0,promises_.mkdir)((0,external_node_path_.join)(dir, 'blobs', 'sha256'), { recursive: true });
        const existing = await (0,promises_.stat)((0,external_node_path_.join)(dir, LAYOUT_FILE)).catch(() => undefined);
        if (!existing) {
            await (0,promises_.writeFile)((0,external_node_path_.join)(dir, LAYOUT_FILE), JSON.stringify({ imageLayoutVersion: LAYOUT_VERSION }));
            await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'index.json'), JSON.stringify({ schemaVersion: 2, mediaType: media_types_MediaType.ociIndex, manifests: [] }));
        }
        return oci_layout_OciLayout.open(dir);
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
        return manifest_parseManifest(await this.readBlob(descriptor), descriptor.mediaType, `manifest ${descriptor.digest} in ${this.dir}`);
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
            return manifest_parseManifest(text, media_types_MediaType.ociIndex, path);
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
function reference_formatReference(ref) {
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

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
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
        const child = (0,external_node_child_process_namespaceObject.execFile)(`docker-credential-${helper}`, ['get'], { timeout: 15_000, env: childEnv() }, (error, stdout) => {
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
        this.policy = { ...retry/* DEFAULT_RETRY_POLICY */.cO, ...options.retry };
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
        const manifest = manifest_parseManifest(bytes, headerType, `manifest ${repository}@${digest}`);
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
        const source = external_node_stream_.Readable.fromWeb(response.body);
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
            prepare: async () => ({ body: { body: external_node_stream_.Readable.toWeb(await open()), length: descriptor.size } }),
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
                if (!(0,retry/* isNetworkError */.TX)(error))
                    throw error;
                reason = (0,retry/* describeNetworkError */.gl)(error);
                if ((0,retry/* isUnreachableError */.Fy)(error)) {
                    const quick = (0,retry/* unreachableDelay */.SO)(unreachable++);
                    if (quick === undefined)
                        throw fail({ detail: reason, attempts: attempt }, error);
                    delay = quick;
                }
                else {
                    if (attempt >= this.policy.attempts)
                        throw fail({ detail: reason, attempts: attempt }, error);
                    delay = (0,retry/* backoffDelay */.EY)(this.policy, attempt);
                }
                this.log.debug(`${spec.method} ${url}: ${reason}; retrying in ${delay} ms (attempt ${attempt + 1})`);
                await (0,retry/* sleep */.yy)(delay);
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
            const retryable = (0,retry/* isRetryableStatus */.PS)(response.status) || (response.status === 416 && spec.recover !== undefined);
            if (!retryable && (spec.accept === 'any' || spec.accept.includes(response.status)))
                return response;
            const retryAfter = retryable ? (0,retry/* parseRetryAfter */.mu)(response.headers.get('retry-after')) : undefined;
            if (!retryable || attempt >= this.policy.attempts || (retryAfter !== undefined && retryAfter > this.policy.maxRetryAfterMs)) {
                const { codes, detail } = await readRegistryErrorBody(response);
                throw fail({ status: response.status, codes, detail, attempts: attempt });
            }
            await response.body?.cancel();
            delay = (0,retry/* backoffDelay */.EY)(this.policy, attempt, retryAfter);
            this.log.debug(`${spec.method} ${url}: ${response.status}; retrying in ${delay} ms (attempt ${attempt + 1}/${this.policy.attempts})`);
            await (0,retry/* sleep */.yy)(delay);
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

/***/ 2127:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ER: () => (/* reexport */ GhcrOptionError),
  Ic: () => (/* reexport */ GhcrProvider),
  Px: () => (/* reexport */ OciLayoutProvider),
  lV: () => (/* reexport */ OciProvider),
  Nr: () => (/* reexport */ addInUseReference),
  Gt: () => (/* reexport */ collectInUseFromPath),
  AD: () => (/* reexport */ emptyInUse),
  R3: () => (/* reexport */ prune)
});

// UNUSED EXPORTS: buildGraph, planPrune, referrerTagSubject, tagSelected

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./packages/oci/src/index.ts + 26 modules
var src = __nccwpck_require__(3612);
;// CONCATENATED MODULE: ./packages/prune/src/in-use.ts



function emptyInUse() {
    return { digests: new Map(), tags: new Map() };
}
/** `image: ...` in Kubernetes manifests, compose files, Helm values; `"image": "..."` in JSON. */
const IMAGE_LINE = /^[\s-]*"?image"?\s*:\s*["']?([^\s"'#,]+)/gm;
const SCANNED = /\.(ya?ml|json)$/i;
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);
/** Adds one reference: a digest is kept wherever it lives; a tag only counts in the pruned repository. */
function addInUseReference(inUse, text, repository, origin = text) {
    const ref = (0,src/* parseReference */.F2)(text);
    if (ref.digest)
        inUse.digests.set(ref.digest, origin);
    else if (ref.tag !== undefined && `${ref.registry}/${ref.repository}` === repository)
        inUse.tags.set(ref.tag, origin);
}
async function filesUnder(path) {
    if (!(await (0,promises_.stat)(path)).isDirectory())
        return [path];
    const out = [];
    for (const entry of await (0,promises_.readdir)(path, { withFileTypes: true })) {
        const full = (0,external_node_path_.join)(path, entry.name);
        if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name))
            out.push(...(await filesUnder(full)));
        else if (entry.isFile() && SCANNED.test(entry.name))
            out.push(full);
    }
    return out;
}
/**
 * Collects `image:` references from a file or a directory tree (e.g. a checkout of the
 * deployment config repository). Values that are not image references (templated, empty)
 * are skipped: they cannot name a digest.
 */
async function collectInUseFromPath(inUse, path, repository) {
    let found = 0;
    for (const file of await filesUnder(path)) {
        const text = await (0,promises_.readFile)(file, 'utf8');
        for (const match of text.matchAll(IMAGE_LINE)) {
            try {
                addInUseReference(inUse, match[1], repository, `${match[1]} (${file})`);
                found++;
            }
            catch { }
        }
    }
    return found;
}

// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 9 modules
var action_kit_src = __nccwpck_require__(5984);
// EXTERNAL MODULE: ./packages/action-kit/src/errors.ts
var errors = __nccwpck_require__(1901);
// EXTERNAL MODULE: ./packages/action-kit/src/logger.ts
var src_logger = __nccwpck_require__(6718);
// EXTERNAL MODULE: ./packages/action-kit/src/retry.ts
var retry = __nccwpck_require__(30);
// EXTERNAL MODULE: ./packages/action-kit/src/runner.ts
var runner = __nccwpck_require__(1268);
;// CONCATENATED MODULE: ./packages/action-kit/src/github.ts




/** A GitHub API request that failed for good; `status` lets callers treat e.g. 404 as "already gone". */
class GitHubApiError extends errors/* ActionError */.lZ {
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
        return { ms: (0,retry/* backoffDelay */.EY)(SERVER_ERROR_BACKOFF, attempt), reason: `server error ${status}` };
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
    runner/* setSecret */.Pq(options.token);
    // Octokit is loaded by the runs that talk to GitHub, not at every action's start.
    const { getOctokit } = await __nccwpck_require__.e(/* import() */ 918).then(__nccwpck_require__.bind(__nccwpck_require__, 1918));
    const logger = options.logger ?? src_logger/* silentLogger */.qq;
    const maxRetries = options.maxRetries ?? 5;
    const maxWaitMs = options.maxWaitMs ?? 15 * 60_000;
    const sleep = options.sleep ?? retry/* sleep */.yy;
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
                if ((0,retry/* isUnreachableError */.Fy)(caught)) {
                    const quick = (0,retry/* unreachableDelay */.SO)(unreachable++);
                    if (quick === undefined) {
                        throw new errors/* ActionError */.lZ(`GitHub API ${target.method} ${target.url}: ${baseUrl} is unreachable (${(0,retry/* describeNetworkError */.gl)(caught)}) after ${attempt} attempts`, "check the API URL (api-url, GITHUB_API_URL) and the runner's network access to it", { cause: caught });
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

;// CONCATENATED MODULE: ./packages/prune/src/prune-graph.ts

/** `sha256-<hex>` (OCI 1.1 referrers fallback) and cosign's `.sig`, `.att`, `.sbom` tags. */
const REFERRER_TAG = /^(sha256|sha512)-([a-f0-9]{64}|[a-f0-9]{128})(?:\.(sig|att|sbom))?$/;
function referrerTagSubject(tag) {
    const match = REFERRER_TAG.exec(tag);
    if (!match)
        return undefined;
    return { subject: `${match[1]}:${match[2]}`, ...(match[3] ? { suffix: match[3] } : {}) };
}
/** buildx stores provenance/SBOM manifests inside the image index, pointing at the image by annotation. */
const DOCKER_REFERENCE_TYPE = 'vnd.docker.reference.type';
const DOCKER_REFERENCE_DIGEST = 'vnd.docker.reference.digest';
function attestedImage(descriptor) {
    const annotations = descriptor.annotations ?? {};
    return annotations[DOCKER_REFERENCE_TYPE] === 'attestation-manifest' ? annotations[DOCKER_REFERENCE_DIGEST] : undefined;
}
function artifactKind(type) {
    if (!type)
        return undefined;
    if (/sbom|spdx|cyclonedx/i.test(type))
        return 'sbom';
    if (/in-toto|attestation|provenance|vuln/i.test(type))
        return 'attestation';
    if (/sig/i.test(type))
        return 'signature';
    return undefined;
}
/** A runnable image's config (OCI or Docker), as opposed to an artifact's config or the empty blob. */
function isImageConfig(mediaType) {
    return mediaType === src/* MediaType */.zu.ociConfig || mediaType === src/* MediaType */.zu.dockerConfig;
}
/** Digests a manifest makes the graph depend on: children and subject. */
function referencedDigests(manifest) {
    const out = (0,src/* isIndex */.nw)(manifest) ? manifest.manifests.map((d) => d.digest) : [];
    if (manifest.subject)
        out.push(manifest.subject.digest);
    return out;
}
/**
 * Builds the content graph from the inventory and every manifest read (undefined = 404).
 * Discovered digests (children, subjects, referrer-tag subjects) become unlisted nodes.
 */
function buildGraph(inventory, manifests) {
    const graph = new Map();
    const node = (digest) => {
        let found = graph.get(digest);
        if (!found) {
            found = {
                digest,
                kind: 'image',
                exists: manifests.get(digest) !== undefined,
                listed: false,
                userTags: [],
                referrerTags: [],
                children: [],
                subjects: [],
                parents: [],
                referrers: [],
            };
            graph.set(digest, found);
        }
        return found;
    };
    const link = (from, list, to) => {
        if (from[list].includes(to) || to === from.digest)
            return;
        from[list].push(to);
        node(to)[list === 'children' ? 'parents' : 'referrers'].push(from.digest);
    };
    const suffixKinds = { sig: 'signature', att: 'attestation', sbom: 'sbom' };
    const tagKinds = new Map();
    for (const item of inventory) {
        const n = node(item.digest);
        n.listed = true;
        if (item.created && (!n.created || item.created > n.created))
            n.created = item.created;
        if (item.versionId !== undefined)
            n.versionId = item.versionId;
        for (const tag of item.tags) {
            const referrer = referrerTagSubject(tag);
            if (!referrer) {
                if (!n.userTags.includes(tag))
                    n.userTags.push(tag);
                continue;
            }
            if (!n.referrerTags.includes(tag))
                n.referrerTags.push(tag);
            link(n, 'subjects', referrer.subject);
            if (referrer.suffix)
                tagKinds.set(item.digest, suffixKinds[referrer.suffix]);
        }
    }
    for (const [digest, manifest] of manifests) {
        if (!manifest)
            continue;
        const n = node(digest);
        if ((0,src/* isIndex */.nw)(manifest)) {
            for (const child of manifest.manifests) {
                link(n, 'children', child.digest);
                const image = attestedImage(child);
                if (image) {
                    link(node(child.digest), 'subjects', image);
                    node(child.digest).kind = 'attestation';
                }
            }
        }
        if (manifest.subject)
            link(n, 'subjects', manifest.subject.digest);
    }
    for (const n of graph.values()) {
        const manifest = manifests.get(n.digest);
        if (!manifest || n.kind === 'attestation')
            continue;
        const configType = (0,src/* isIndex */.nw)(manifest) ? undefined : manifest.config.mediaType;
        const declared = artifactKind(manifest.artifactType) ?? (configType && !isImageConfig(configType) ? artifactKind(configType) : undefined);
        n.kind = declared ?? tagKinds.get(n.digest) ?? ((0,src/* isIndex */.nw)(manifest) ? 'index' : n.subjects.length > 0 ? 'artifact' : 'image');
    }
    return graph;
}

;// CONCATENATED MODULE: ./packages/prune/src/providers/oci.ts



/** A manifest by digest from a registry repository; undefined when the registry answers 404. */
async function readRegistryManifest(client, repository, digest) {
    try {
        return await client.getManifest(repository, digest);
    }
    catch (error) {
        if (error instanceof src/* RegistryError */.gl && error.status === 404)
            return undefined;
        throw error;
    }
}
/**
 * Any distribution-spec registry. The API lists tags but not untagged manifests, so this
 * provider sees tags, what they reach, and (where the registry has the referrers API) the
 * referrers of tagged manifests. It can therefore prune tags selected by delete-tags and what
 * only they reach, and referrer tags whose subject is gone; untagged leftovers it cannot list
 * stay until the registry's own garbage collection removes them.
 */
class OciProvider {
    kind = 'oci';
    listsUntagged = false;
    repository;
    client;
    path;
    concurrency;
    manifests = new Map();
    constructor(options) {
        this.client = options.client;
        this.path = options.repository;
        this.repository = `${options.client.registry}/${options.repository}`;
        this.concurrency = options.concurrency ?? 4;
    }
    async inventory() {
        const tags = await this.client.listTags(this.path);
        const items = new Map();
        await (0,src/* mapLimit */.sf)(tags, this.concurrency, async (tag) => {
            const head = await this.client.headManifest(this.path, tag);
            // Deleted between listing and reading: nothing to keep or delete.
            if (!head)
                return;
            const item = items.get(head.digest) ?? { digest: head.digest, tags: [] };
            item.tags.push(tag);
            items.set(head.digest, item);
        });
        const tagged = [...items.values()];
        await (0,src/* mapLimit */.sf)(tagged, this.concurrency, async (item) => {
            const created = await this.createdOf(item.digest);
            if (created)
                item.created = created;
        });
        const probe = tagged[0] && (await this.client.referrers(this.path, tagged[0].digest));
        // Without the referrers API the fallback is the sha256-<hex> tags, which the listing already has.
        if (probe?.via === 'referrers-api') {
            await (0,src/* mapLimit */.sf)(tagged, this.concurrency, async (item) => {
                for (const referrer of (await this.client.referrers(this.path, item.digest)).manifests) {
                    if (!items.has(referrer.digest))
                        items.set(referrer.digest, { digest: referrer.digest, tags: [] });
                }
            });
        }
        return [...items.values()];
    }
    async readManifest(digest) {
        const fetched = await this.fetch(digest);
        return fetched && { mediaType: fetched.mediaType, bytes: fetched.bytes };
    }
    async delete(item) {
        try {
            return (await this.client.deleteManifest(this.path, item.digest)) ? 'deleted' : 'gone';
        }
        catch (error) {
            if (error instanceof src/* RegistryError */.gl && error.status === 405) {
                throw new action_kit_src/* ActionError */.lZ(`${this.client.registry} refused to delete ${item.digest} from ${this.path} (405): deletion is disabled on this registry`, 'enable it (distribution: storage.delete.enabled: true, or REGISTRY_STORAGE_DELETE_ENABLED=true) or prune through the provider that owns it', { cause: error });
            }
            if (error instanceof src/* RegistryError */.gl && (error.status === 401 || error.status === 403)) {
                throw new action_kit_src/* ActionError */.lZ(`${this.client.registry} refused to delete ${item.digest} from ${this.path} (${error.status}): the credentials lack delete rights`, `use a token or user allowed to delete in ${this.path} (the \`delete\` action on the repository)`, { cause: error });
            }
            throw error;
        }
    }
    async fetch(digest) {
        if (this.manifests.has(digest))
            return this.manifests.get(digest);
        const fetched = await readRegistryManifest(this.client, this.path, digest);
        this.manifests.set(digest, fetched);
        return fetched;
    }
    /** The image config's `created`; for an index, its newest image. The registry API has no push time. */
    async createdOf(digest, depth = 0) {
        const fetched = await this.fetch(digest);
        if (!fetched || depth > 2)
            return undefined;
        const manifest = fetched.manifest;
        if ((0,src/* isIndex */.nw)(manifest)) {
            let newest;
            for (const child of manifest.manifests) {
                if (child.annotations?.[DOCKER_REFERENCE_TYPE])
                    continue;
                const created = await this.createdOf(child.digest, depth + 1);
                if (created && (!newest || created > newest))
                    newest = created;
            }
            return newest;
        }
        if (!isImageConfig(manifest.config.mediaType))
            return undefined;
        const config = (0,src/* parseImageConfig */.FB)(await this.client.getBlobBytes(this.path, manifest.config), `config ${manifest.config.digest} in ${this.path}`);
        const created = config.created !== undefined ? new Date(config.created) : undefined;
        return created && !Number.isNaN(created.getTime()) ? created : undefined;
    }
}

;// CONCATENATED MODULE: ./packages/prune/src/providers/ghcr.ts




const GHCR = 'ghcr.io';
const PER_PAGE = 100;
/** A GhcrProvider option it refuses; `option` is the name the prune action gives it as an input. */
class GhcrOptionError extends action_kit_src/* InvalidValueError */.$x {
    option;
    constructor(option, reason, fix) {
        super(`the ghcr provider's ${option}`, reason, fix);
        this.option = option;
    }
}
function parseImage(image) {
    let parsed;
    try {
        parsed = (0,src/* parseReference */.F2)(image, { lowercaseGhcr: true });
    }
    catch (error) {
        if (!(error instanceof src/* InvalidReferenceError */.x_))
            throw error;
        throw new GhcrOptionError('image', `"${image}" is not an image name: ${error.reason.replace(/^is not a valid image reference: /, '')}`, 'write it as ghcr.io/OWNER/NAME');
    }
    if (parsed.registry !== GHCR) {
        throw new GhcrOptionError('image', `"${image}" is not on ghcr.io`, 'the ghcr provider prunes ghcr.io/OWNER/NAME; use provider "oci" for other registries');
    }
    if (parsed.tag !== undefined || parsed.digest !== undefined) {
        throw new GhcrOptionError('image', `"${image}" names a tag or digest`, `name the package only: ghcr.io/${parsed.repository}`);
    }
    const [owner, ...rest] = parsed.repository.split('/');
    if (!owner || rest.length === 0)
        throw new GhcrOptionError('image', `"${image}" has no package name`, 'write it as ghcr.io/OWNER/NAME');
    return { owner, name: rest.join('/') };
}
function toItem(version, packageLabel) {
    if (!(0,src/* isDigest */.Bc)(version.name)) {
        // Never plan on a view we do not understand: a non-digest version is not a container manifest.
        throw new action_kit_src/* ActionError */.lZ(`package ${packageLabel} has version ${version.id} named "${version.name}", not a manifest digest`, 'check that the package is a container image (package_type container)');
    }
    return {
        digest: version.name,
        tags: [...(version.metadata?.container?.tags ?? [])],
        created: new Date(version.created_at),
        versionId: version.id,
    };
}
function lastPage(link) {
    const match = link?.match(/[?&]page=(\d+)[^>]*>;\s*rel="last"/);
    return match ? Number(match[1]) : 1;
}
/**
 * GHCR through the GitHub Packages API: every manifest of a container package is a version
 * (tagged or not), so the inventory is complete and deletes go by version id. Manifests are
 * read from the registry with the same token; ghcr.io refuses the OCI DELETE endpoint.
 */
class GhcrProvider {
    kind = 'ghcr';
    listsUntagged = true;
    repository;
    owner;
    name;
    ownerType;
    github;
    registry;
    concurrency;
    scope;
    constructor(options) {
        const { owner, name } = parseImage(options.image);
        if (options.token.trim() === '')
            throw new GhcrOptionError('token', 'is empty', 'pass a token with `packages: read` (and `packages: delete` to delete), e.g. ${{ secrets.GITHUB_TOKEN }} with `permissions: packages: write`');
        const concurrency = options.concurrency ?? 4;
        if (!Number.isInteger(concurrency) || concurrency < 1)
            throw new GhcrOptionError('concurrency', `must be a positive integer, got ${concurrency}`, 'use 1 or more');
        this.owner = owner;
        this.name = name;
        this.repository = `${GHCR}/${owner}/${name}`;
        this.ownerType = options.ownerType ?? 'auto';
        this.concurrency = concurrency;
        const logger = options.logger ?? action_kit_src/* silentLogger */.qq;
        this.github = options.github
            ? Promise.resolve(options.github)
            : githubClient({ token: options.token, ...(options.apiUrl ? { baseUrl: options.apiUrl } : {}), logger });
        // ghcr.io accepts any user name with a token as the password in its token exchange.
        this.registry = new src/* RegistryClient */.bP(options.registryUrl ?? GHCR, { credentials: { username: 'token', password: options.token }, logger });
    }
    get label() {
        return `${this.owner}/${this.name}`;
    }
    resolveScope() {
        this.scope ??= (async () => {
            if (this.ownerType !== 'auto')
                return this.ownerType === 'org' ? 'orgs' : 'users';
            try {
                const { data } = await (await this.github).request('GET /users/{username}', { username: this.owner });
                return data.type === 'Organization' ? 'orgs' : 'users';
            }
            catch (error) {
                if (error instanceof GitHubApiError && error.status === 404) {
                    throw new action_kit_src/* ActionError */.lZ(`GitHub has no user or organization "${this.owner}" (from ${this.repository})`, 'check the owner in the image input', {
                        cause: error,
                    });
                }
                throw error;
            }
        })();
        this.scope.catch(() => {
            this.scope = undefined;
        });
        return this.scope;
    }
    async listPage(scope, page) {
        try {
            const query = { package_type: 'container', package_name: this.name, per_page: PER_PAGE, page };
            const response = scope === 'orgs'
                ? await (await this.github).request('GET /orgs/{org}/packages/{package_type}/{package_name}/versions', { org: this.owner, ...query })
                : await (await this.github).request('GET /users/{username}/packages/{package_type}/{package_name}/versions', { username: this.owner, ...query });
            return { versions: response.data, link: response.headers.link };
        }
        catch (error) {
            if (error instanceof GitHubApiError && (error.status === 404 || error.status === 403)) {
                throw new action_kit_src/* ActionError */.lZ(`could not list the versions of package ${this.label} (${scope === 'orgs' ? 'organization' : 'user'} ${this.owner}): ${error.what}`, 'check the image name and that the token has `packages: read` on this package (for GITHUB_TOKEN: grant the repository access in the package settings)', { cause: error });
            }
            throw error;
        }
    }
    async inventory() {
        const scope = await this.resolveScope();
        const first = await this.listPage(scope, 1);
        const pages = lastPage(first.link);
        const rest = await (0,src/* mapLimit */.sf)(Array.from({ length: pages - 1 }, (_, i) => i + 2), this.concurrency, async (page) => (await this.listPage(scope, page)).versions);
        const byDigest = new Map();
        for (const version of [first.versions, ...rest].flat()) {
            // A version that moved across a page boundary while paging shows up twice; one is enough.
            if (!byDigest.has(version.name))
                byDigest.set(version.name, toItem(version, this.label));
        }
        return [...byDigest.values()];
    }
    async readManifest(digest) {
        const fetched = await readRegistryManifest(this.registry, this.label, digest);
        return fetched && { mediaType: fetched.mediaType, bytes: fetched.bytes };
    }
    async delete(item) {
        if (item.versionId === undefined) {
            throw new action_kit_src/* ActionError */.lZ(`cannot delete ${item.digest} from ${this.repository}: it has no package version id`, 'GHCR deletes only by package version; report this as a bug');
        }
        const scope = await this.resolveScope();
        try {
            const version = { package_type: 'container', package_name: this.name, package_version_id: item.versionId };
            if (scope === 'orgs') {
                await (await this.github).request('DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}', {
                    org: this.owner,
                    ...version,
                });
            }
            else {
                await (await this.github).request('DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}', {
                    username: this.owner,
                    ...version,
                });
            }
            return 'deleted';
        }
        catch (error) {
            if (error instanceof GitHubApiError && error.status === 404)
                return 'gone';
            if (error instanceof GitHubApiError && error.status === 403) {
                throw new action_kit_src/* ActionError */.lZ(`the token may not delete version ${item.versionId} (${item.digest}) of package ${this.label}: ${error.what}`, 'the token needs `packages: delete` and admin rights on the package; for GITHUB_TOKEN add `permissions: packages: write` to the job and give the repository the Admin role under the package settings > Manage Actions access', { cause: error });
            }
            throw error;
        }
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./packages/prune/src/providers/oci-layout.ts




const ANNOTATION_CREATED = 'org.opencontainers.image.created';
function missing(error) {
    return error.code === 'ENOENT';
}
/**
 * A local OCI image layout: `index.json` entries are the inventory (their ref names are the
 * tags); children are plain blobs. Deleting removes the entries of a digest from index.json,
 * then garbage-collects every blob no remaining entry reaches. Do not write into the layout
 * while pruning it: a blob written but not yet named in index.json counts as garbage.
 */
class OciLayoutProvider {
    layout;
    kind = 'oci-layout';
    listsUntagged = false;
    repository;
    // index.json is rewritten whole, so deletions take turns.
    queue = Promise.resolve();
    constructor(layout) {
        this.layout = layout;
        this.repository = layout.dir;
    }
    static async open(dir) {
        return new OciLayoutProvider(await src/* OciLayout */.Al.open(dir));
    }
    async inventory() {
        const items = new Map();
        for (const entry of (await this.layout.index()).manifests) {
            const item = items.get(entry.digest) ?? { digest: entry.digest, tags: [] };
            const name = entry.annotations?.[src/* ANNOTATION_REF_NAME */._0];
            if (name && !item.tags.includes(name))
                item.tags.push(name);
            const annotated = entry.annotations?.[ANNOTATION_CREATED];
            // The blob's write time is when the image entered the layout; an annotation says it better.
            const created = annotated ? new Date(annotated) : (await (0,promises_.stat)(this.layout.blobPath(entry.digest)).catch(() => undefined))?.mtime;
            if (created && !Number.isNaN(created.getTime()) && (!item.created || created > item.created))
                item.created = created;
            items.set(entry.digest, item);
        }
        return [...items.values()];
    }
    async readManifest(digest) {
        let bytes;
        try {
            bytes = await (0,promises_.readFile)(this.layout.blobPath(digest));
        }
        catch (error) {
            if (missing(error))
                return undefined;
            throw error;
        }
        // A layout blob has no served media type: the body's own field, else its shape, says what it is.
        return { mediaType: (0,src/* manifestMediaType */.gp)(JSON.parse(bytes.toString())), bytes };
    }
    delete(item) {
        const next = this.queue.then(() => this.deleteNow(item.digest));
        this.queue = next.catch(() => undefined);
        return next;
    }
    async deleteNow(digest) {
        const index = await this.layout.index();
        const manifests = index.manifests.filter((m) => m.digest !== digest);
        const listed = manifests.length !== index.manifests.length;
        if (listed) {
            const temp = (0,external_node_path_.join)(this.layout.dir, `.index-${(0,external_node_crypto_.randomUUID)()}.json`);
            await (0,promises_.writeFile)(temp, JSON.stringify({ ...index, manifests }));
            await (0,promises_.rename)(temp, (0,external_node_path_.join)(this.layout.dir, 'index.json'));
        }
        const removed = await this.collectGarbage(manifests);
        return listed || removed.has(digest) ? 'deleted' : 'gone';
    }
    /** Removes blobs that no index.json entry reaches (children, configs, layers). */
    async collectGarbage(roots) {
        const reachable = new Set();
        const visit = async (descriptor) => {
            if (reachable.has(descriptor.digest))
                return;
            reachable.add(descriptor.digest);
            const stored = await this.readManifest(descriptor.digest);
            if (!stored)
                return;
            const manifest = (0,src/* parseManifest */.Ng)(Buffer.from(stored.bytes), stored.mediaType, `manifest ${descriptor.digest} in ${this.layout.dir}`);
            if ((0,src/* isIndex */.nw)(manifest))
                for (const child of manifest.manifests)
                    await visit(child);
            else
                for (const blob of [manifest.config, ...manifest.layers])
                    reachable.add(blob.digest);
        };
        for (const root of roots)
            await visit(root);
        const removed = new Set();
        for (const blob of await this.layout.listBlobs()) {
            if (reachable.has(blob))
                continue;
            await (0,promises_.rm)(this.layout.blobPath(blob), { force: true });
            removed.add(blob);
        }
        return removed;
    }
}

;// CONCATENATED MODULE: ./packages/prune/src/prune-plan.ts
const prune_plan_short = (digest) => digest.slice(0, 19);
function tagSelected(tag, filter) {
    if (filter.deleteTags.length === 0)
        return false;
    return filter.match === 'all' ? filter.deleteTags.every((r) => r.test(tag)) : filter.deleteTags.some((r) => r.test(tag));
}
/** The absent subject of a referrer none of whose subjects is in the repository, or undefined. */
function orphanedSubject(node, graph) {
    return node.subjects.length > 0 && node.subjects.every((s) => !graph.get(s)?.exists) ? node.subjects[0] : undefined;
}
/** Why a node must be kept on its own account (not because something kept reaches it). */
function rootReason(node, graph, rules, newestUntagged) {
    const inUse = rules.inUseDigests.get(node.digest);
    if (inUse)
        return `in use: ${inUse}`;
    for (const tag of node.userTags) {
        const ref = rules.inUseTags.get(tag);
        if (ref)
            return `tag "${tag}" is in use: ${ref}`;
        if (rules.tags.keepTags.some((r) => r.test(tag)))
            return `tag "${tag}" matches keep-tags`;
    }
    const unselected = node.userTags.find((tag) => !tagSelected(tag, rules.tags));
    if (unselected !== undefined)
        return `tagged "${unselected}"`;
    const orphanOf = orphanedSubject(node, graph);
    if (orphanOf && !rules.deleteOrphanedReferrers)
        return `${node.kind} of ${prune_plan_short(orphanOf)}, which is not in this repository (delete-orphaned-referrers is off)`;
    if (!node.listed) {
        // Nothing listed reaches it, so whoever uses it is invisible to this provider.
        if (node.parents.length === 0)
            return rules.listsUntagged
                ? 'not a listed version, so it cannot be deleted here'
                : 'not listed (untagged) and not reached from anything listed: its age and users are unknown';
        return undefined;
    }
    // A signature or attestation of unknown age follows its subject: registries expose no push time for them.
    if (!node.created)
        return node.subjects.length > 0 ? undefined : 'age unknown (counts as younger than grace)';
    const age = rules.now.getTime() - node.created.getTime();
    if (age < rules.graceMs)
        return `younger than grace (created ${node.created.toISOString()})`;
    if (newestUntagged.has(node.digest))
        return `one of the ${rules.keepUntagged} newest untagged images older than grace (keep-untagged)`;
    return undefined;
}
function isTopLevelImage(node, graph) {
    return node.listed && node.exists && node.userTags.length === 0 && node.subjects.length === 0 && !node.parents.some((p) => graph.get(p)?.exists);
}
function deleteReason(node, graph, deleted, rules) {
    if (node.userTags.length > 0)
        return `tag${node.userTags.length > 1 ? 's' : ''} ${node.userTags.map((t) => `"${t}"`).join(', ')} selected by delete-tags`;
    const parent = node.parents.find((p) => deleted.has(p));
    if (parent)
        return `only reached from deleted ${prune_plan_short(parent)}`;
    if (node.subjects.length > 0) {
        const subject = node.subjects[0];
        const gone = !graph.get(subject)?.exists;
        return gone ? `${node.kind} of missing ${prune_plan_short(subject)} (delete-orphaned-referrers)` : `${node.kind} of deleted ${prune_plan_short(subject)}`;
    }
    const kept = rules.keepUntagged > 0 ? `, not among the ${rules.keepUntagged} newest` : '';
    return `untagged, older than grace${kept}, not reached from any kept image`;
}
/** Waves where every parent precedes its children and every subject its referrers; orphaned referrers come last. */
function deletionWaves(graph, deleted) {
    const blockers = new Map();
    for (const digest of deleted) {
        const node = graph.get(digest);
        blockers.set(digest, [...node.parents, ...node.subjects].filter((d) => deleted.has(d) && d !== digest).length);
    }
    const isReferrer = (digest) => graph.get(digest).subjects.length > 0;
    const waves = [];
    const done = new Set();
    while (done.size < deleted.size) {
        const ready = [...blockers].filter(([d, n]) => n === 0 && !done.has(d)).map(([d]) => d);
        const firstPass = ready.filter((d) => !isReferrer(d));
        // A cycle (an index listing its own ancestor) cannot be ordered; delete what remains together.
        const wave = firstPass.length > 0 ? firstPass : ready.length > 0 ? ready : [...deleted].filter((d) => !done.has(d));
        wave.sort();
        waves.push(wave);
        for (const digest of wave) {
            done.add(digest);
            const node = graph.get(digest);
            for (const next of [...node.children, ...node.referrers]) {
                if (blockers.has(next) && !done.has(next))
                    blockers.set(next, blockers.get(next) - 1);
            }
        }
    }
    return waves;
}
/**
 * The pure decision: which manifests stay, which go, and why. Keep roots are found first,
 * then everything a kept manifest reaches (children, and its signatures/attestations) is kept;
 * what remains is deleted.
 */
function planPrune(graph, rules) {
    // keep-untagged counts beyond grace: the N newest of the untagged images grace does not already keep.
    const untagged = [...graph.values()].filter((n) => isTopLevelImage(n, graph) && n.created && rules.now.getTime() - n.created.getTime() >= rules.graceMs);
    untagged.sort((a, b) => b.created.getTime() - a.created.getTime() || a.digest.localeCompare(b.digest));
    const newestUntagged = new Set(untagged.slice(0, rules.keepUntagged).map((n) => n.digest));
    const reasons = new Map();
    // The root reason travels along, so "reached from kept X" still says why X is kept.
    const origins = new Map();
    const queue = [];
    for (const node of graph.values()) {
        if (!node.exists)
            continue;
        const reason = rootReason(node, graph, rules, newestUntagged);
        if (reason) {
            reasons.set(node.digest, reason);
            origins.set(node.digest, reason);
            queue.push(node.digest);
        }
    }
    for (let next = 0; next < queue.length; next++) {
        const node = graph.get(queue[next]);
        const origin = origins.get(node.digest);
        const reached = [...node.children.map((d) => [d, 'reached from']), ...node.referrers.map((d) => [d, `${graph.get(d).kind} of`])];
        for (const [digest, how] of reached) {
            if (reasons.has(digest) || !graph.get(digest).exists)
                continue;
            reasons.set(digest, `${how} kept ${prune_plan_short(node.digest)} (${origin})`);
            origins.set(digest, origin);
            queue.push(digest);
        }
    }
    const deleted = new Set([...graph.values()].filter((n) => n.exists && !reasons.has(n.digest)).map((n) => n.digest));
    const entry = (node, action, reason) => {
        const orphanOf = node.exists ? orphanedSubject(node, graph) : undefined;
        return {
            digest: node.digest,
            kind: node.kind,
            tags: [...node.userTags, ...node.referrerTags],
            ...(node.versionId !== undefined ? { versionId: node.versionId } : {}),
            ...(node.created ? { created: node.created.toISOString() } : {}),
            action,
            reason,
            ...(orphanOf ? { orphanOf } : {}),
        };
    };
    const entries = [];
    const byDigest = new Map();
    for (const node of graph.values()) {
        let e;
        if (!node.exists) {
            const by = [...node.parents, ...node.referrers][0];
            e = entry(node, 'missing', by ? `named by ${prune_plan_short(by)} but absent` : 'absent');
        }
        else if (deleted.has(node.digest))
            e = entry(node, 'delete', deleteReason(node, graph, deleted, rules));
        else
            e = entry(node, 'keep', reasons.get(node.digest));
        entries.push(e);
        byDigest.set(node.digest, e);
    }
    const order = { keep: 0, delete: 1, missing: 2 };
    entries.sort((a, b) => order[a.action] - order[b.action] || a.digest.localeCompare(b.digest));
    return { entries, waves: deletionWaves(graph, deleted).map((wave) => wave.map((d) => byDigest.get(d))) };
}

;// CONCATENATED MODULE: ./packages/prune/src/prune.ts




/** Reads every manifest the inventory reaches (children, subjects, referrer-tag subjects), each digest once. */
async function readGraph(provider, inventory, cache, concurrency) {
    let pending = new Set();
    for (const item of inventory) {
        pending.add(item.digest);
        for (const tag of item.tags) {
            const subject = referrerTagSubject(tag)?.subject;
            if (subject)
                pending.add(subject);
        }
    }
    while (pending.size > 0) {
        const batch = [...pending].filter((d) => !cache.has(d));
        pending = new Set();
        await (0,src/* mapLimit */.sf)(batch, concurrency, async (digest) => {
            const stored = await provider.readManifest(digest);
            const manifest = stored && (0,src/* parseManifest */.Ng)(Buffer.from(stored.bytes), stored.mediaType, `manifest ${digest} in ${provider.repository}`);
            cache.set(digest, manifest);
            if (manifest)
                for (const next of referencedDigests(manifest))
                    if (!cache.has(next))
                        pending.add(next);
        });
    }
    return buildGraph(inventory, cache);
}
/** Wraps a failure with where the run stopped; an ActionError keeps its own fix. */
function stopped(provider, where, fallbackFix, error) {
    const message = error instanceof action_kit_src/* ActionError */.lZ ? error.what : error instanceof Error ? error.message : String(error);
    const fix = error instanceof action_kit_src/* ActionError */.lZ ? error.fix : fallbackFix;
    return new action_kit_src/* ActionError */.lZ(`pruning ${provider.repository} stopped ${where}: ${message}`, fix, { cause: error });
}
/**
 * Inventory -> read every manifest -> graph -> plan -> re-check -> delete in waves. Any read
 * failure stops the repository before the first deletion: a partial view would look like
 * unreachable images.
 */
async function prune(provider, options) {
    const log = options.logger ?? action_kit_src/* silentLogger */.qq;
    const cache = new Map();
    const rules = {
        graceMs: options.graceMs,
        keepUntagged: options.keepUntagged,
        tags: options.tags,
        inUseDigests: options.inUse.digests,
        inUseTags: options.inUse.tags,
        listsUntagged: provider.listsUntagged,
        deleteOrphanedReferrers: options.deleteOrphanedReferrers ?? false,
        now: options.now ?? new Date(),
    };
    const planFrom = async (phase) => {
        try {
            const inventory = await provider.inventory();
            log.info(`${provider.repository}: ${inventory.length} manifests listed (${phase})`);
            return planPrune(await readGraph(provider, inventory, cache, options.concurrency), rules);
        }
        catch (error) {
            throw stopped(provider, `while ${phase}, before deleting anything`, 'fix the cause and run again; nothing was deleted from this repository', error);
        }
    };
    const first = await planFrom('planning');
    const candidates = first.waves.flat();
    const result = { repository: provider.repository, plan: first, deleted: [], droppedAtRecheck: [], dryRun: options.dryRun };
    if (options.dryRun || candidates.length === 0)
        return result;
    // Re-plan on a fresh inventory: a tag or version pushed since can only remove deletions.
    const second = await planFrom('re-checking');
    const stillDeleted = new Set(second.waves.flat().map((e) => e.digest));
    result.droppedAtRecheck = candidates.filter((e) => !stillDeleted.has(e.digest));
    for (const dropped of result.droppedAtRecheck)
        log.info(`${dropped.digest} became reachable during the run; keeping it`);
    const firstDeleted = new Set(candidates.map((e) => e.digest));
    result.plan = {
        entries: second.entries.map((e) => e.action === 'delete' && !firstDeleted.has(e.digest) ? { ...e, action: 'keep', reason: 'appeared during the run; left for the next run' } : e),
        waves: second.waves.map((wave) => wave.filter((e) => firstDeleted.has(e.digest))).filter((wave) => wave.length > 0),
    };
    const planned = result.plan.waves.flat();
    if (options.maxDeletions !== undefined && planned.length > options.maxDeletions) {
        result.refused = `the plan deletes ${planned.length} manifests, more than max-deletions (${options.maxDeletions}); nothing was deleted`;
        return result;
    }
    for (const wave of result.plan.waves) {
        await (0,src/* mapLimit */.sf)(wave, options.concurrency, async (entry) => {
            const outcome = await provider.delete({
                digest: entry.digest,
                tags: entry.tags,
                ...(entry.versionId !== undefined ? { versionId: entry.versionId } : {}),
            });
            log.info(`${outcome === 'deleted' ? 'deleted' : 'already gone:'} ${entry.digest} (${entry.kind}: ${entry.reason})`);
            result.deleted.push(entry);
        }).catch((error) => {
            throw stopped(provider, `after ${result.deleted.length} of ${planned.length} deletions`, 'fix the cause and run again; the next run continues where this one stopped', error);
        });
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/prune/src/index.ts
// The public surface of the prune package: providers, the planner and the engine.









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
/******/ var __webpack_exports__ = __nccwpck_require__(9532);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
